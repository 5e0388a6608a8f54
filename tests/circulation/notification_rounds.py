"""The team the coordinator-notification tests write to, and one notification round run the way
the worker runs it."""

from __future__ import annotations

from datetime import datetime

from signon.clock import utcnow
from signon.extensions import db
from signon.models import Statement
from signon.services.circulation import notifications

SLUG = "national-guard-letter"
MARIA = "maria@lawg.example.org"
BEN = "ben@lawg.example.org"
CLEO = "cleo@lawg.example.org"


def run(app, now: datetime | None = None) -> notifications.NotificationReport:
    """One notification round in its own app context, as the worker runs it."""
    with app.app_context():
        try:
            return notifications.run_due(now or utcnow())
        finally:
            db.session.remove()


def statement_row(slug: str = SLUG) -> Statement:
    return db.session.execute(db.select(Statement).where(Statement.slug == slug)).scalar_one()
