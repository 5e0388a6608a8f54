"""The coordinators' notification round, as the worker runs it each tick: its own app context,
and a failure logged, never raised, so that it cannot stop the outbox from sending."""

from __future__ import annotations

import logging

from flask import Flask

from signon.clock import utcnow
from signon.extensions import db
from signon.services import notifications

log = logging.getLogger(__name__)


def notify_once(app: Flask) -> notifications.NotificationReport:
    """Queue the coordinator emails that are due now; an empty report if the round failed."""
    with app.app_context():
        try:
            report = notifications.run_due(utcnow())
        except Exception:
            # The database away for a moment, or a bug: the same emails are due next round.
            log.exception("notifications: round failed")
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
