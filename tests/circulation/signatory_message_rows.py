"""What a message to the signatories leaves behind: its rows in the outbox and its audit events."""

from __future__ import annotations

from signon.extensions import db
from signon.models import AuditEvent, OutboxMessage

SLUG = "national-guard-letter"


def queued(app) -> list[OutboxMessage]:
    with app.app_context():
        rows = list(db.session.execute(db.select(OutboxMessage).order_by(OutboxMessage.id)).scalars())
        db.session.expunge_all()
        db.session.remove()
    return rows


def events(app, action: str = "statement.message_sent") -> list[AuditEvent]:
    with app.app_context():
        rows = list(db.session.execute(db.select(AuditEvent).where(AuditEvent.action == action)).scalars())
        db.session.expunge_all()
        db.session.remove()
    return rows
