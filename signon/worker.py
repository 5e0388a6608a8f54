"""The outbox worker: a loop that sends due email, in its own process or as a thread."""

from __future__ import annotations

import logging
import threading

from flask import Flask
from sqlalchemy.exc import SQLAlchemyError

from signon.clock import utcnow
from signon.extensions import db
from signon.services import outbox

log = logging.getLogger(__name__)


def send_once(app: Flask, *, retry_now: bool = False) -> outbox.SendReport:
    with app.app_context():
        try:
            return outbox.send_due(utcnow(), retry_now=retry_now)
        except SQLAlchemyError as exc:
            # The database is away for a moment: the messages are still there next round.
            log.warning("outbox: database unavailable: %s", exc)
            db.session.rollback()
            return outbox.SendReport()
        finally:
            db.session.remove()


def run(app: Flask, stop: threading.Event, interval: float | None = None) -> None:
    """Send due messages every few seconds until ``stop`` is set."""
    pause = interval if interval is not None else float(app.config["OUTBOX_POLL_SECONDS"])
    while not stop.is_set():
        try:
            report = send_once(app)
        except Exception:
            # One bad round must not stop every later email: log it and go on.
            log.exception("outbox: round failed")
            report = outbox.SendReport()
        if report.sent or report.retrying or report.failed:
            log.info("outbox: %s sent, %s to retry, %s failed", report.sent, report.retrying, report.failed)
        stop.wait(pause)


def start_thread(app: Flask) -> threading.Event:
    """The in-process worker used by `make run`; set the returned event to stop it."""
    stop = threading.Event()
    threading.Thread(target=run, args=(app, stop), name="outbox-worker", daemon=True).start()
    return stop
