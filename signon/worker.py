"""The outbox worker: a loop that sends due email, in its own process or as a thread."""

from __future__ import annotations

import logging
import threading
from contextlib import suppress

from flask import Flask
from sqlalchemy.exc import SQLAlchemyError

from signon.clock import utcnow
from signon.extensions import db
from signon.lost_connections import describe
from signon.notifier import notify_once
from signon.rounds import run_round
from signon.services.mail import outbox
from signon.services.statements import statement_status

log = logging.getLogger(__name__)


def send_once(app: Flask, *, retry_now: bool = False) -> outbox.SendReport:
    with app.app_context():
        try:
            return outbox.send_due(utcnow(), retry_now=retry_now)
        except SQLAlchemyError as exc:
            # The database is away for a moment: the messages are still there next round.
            log.warning("outbox: database unavailable: %s", describe(exc))
            with suppress(SQLAlchemyError):
                db.session.rollback()
            return outbox.SendReport()
        finally:
            db.session.remove()


def close_expired_once(app: Flask) -> list[str]:
    """Close the open statements whose deadline has passed; a failure is logged, never raised."""
    closed: list[str] = run_round(app, log, "deadlines", lambda: statement_status.close_expired(utcnow()), list)
    if closed:
        log.info("deadlines: closed %s", ", ".join(closed))
    return closed


def run(app: Flask, stop: threading.Event, interval: float | None = None) -> None:
    """Send due messages every few seconds until ``stop`` is set."""
    pause = interval if interval is not None else float(app.config["OUTBOX_POLL_SECONDS"])
    while not stop.is_set():
        close_expired_once(app)  # before the notices, so that a statement closed now is announced now
        notify_once(app)  # coordinators' email first, so that it goes out in this same round
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
