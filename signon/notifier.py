"""The coordinators' notification round, as the worker runs it each tick: its own app context,
and a failure logged, never raised, so that it cannot stop the outbox from sending."""

from __future__ import annotations

import logging

from flask import Flask

from signon.clock import utcnow
from signon.rounds import run_round
from signon.services.circulation import notifications

log = logging.getLogger(__name__)


def notify_once(app: Flask) -> notifications.NotificationReport:
    """Queue the coordinator emails that are due now; an empty report if the round failed."""
    # A failed round leaves the same emails due next round.
    report = run_round(
        app, log, "notifications", lambda: notifications.run_due(utcnow()), notifications.NotificationReport
    )
    if report.total:
        log.info(
            "notifications: queued %s signature, %s digest, %s reminder and %s closing emails",
            report.signatures, report.digests, report.reminders, report.closed,
        )  # fmt: skip
    return report
