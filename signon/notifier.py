"""The coordinators' notification round, as the worker runs it each tick: its own app context,
and a failure logged, never raised, so that it cannot stop the outbox from sending."""

from __future__ import annotations

import logging
from contextlib import suppress

from flask import Flask
from sqlalchemy.exc import SQLAlchemyError

from signon.clock import utcnow
from signon.extensions import db
from signon.lost_connections import log_failed_round
from signon.services.circulation import notifications

log = logging.getLogger(__name__)


def notify_once(app: Flask) -> notifications.NotificationReport:
    """Queue the coordinator emails that are due now; an empty report if the round failed."""
    with app.app_context():
        try:
            report = notifications.run_due(utcnow())
        except Exception as error:
            # The database away for a moment, or a bug: the same emails are due next round.
            log_failed_round(log, "notifications", error)
            with suppress(SQLAlchemyError):
                db.session.rollback()
            return notifications.NotificationReport()
        finally:
            db.session.remove()
    if report.total:
        log.info(
            "notifications: queued %s signature, %s digest, %s reminder and %s closing emails",
            report.signatures, report.digests, report.reminders, report.closed,
        )  # fmt: skip
    return report
