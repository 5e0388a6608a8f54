"""Messages put in the outbox and read back from it, and who the SMTP server saw them go to."""

from __future__ import annotations

from signon.clock import utcnow
from signon.extensions import db as _db
from signon.models import OutboxMessage
from signon.services.mail import outbox


def queue(app, *recipients: str, subject: str = "Confirm your signature") -> list[int]:
    """Messages written and committed, as a use case would leave them."""
    with app.app_context():
        now = utcnow()
        messages = [
            outbox.enqueue(now, recipient=r, subject=subject, text_body=f"Hello {r}", kind="test") for r in recipients
        ]
        _db.session.commit()
        ids = [m.id for m in messages]
        _db.session.remove()
    return ids


def stored(app) -> list[OutboxMessage]:
    with app.app_context():
        rows = list(_db.session.execute(_db.select(OutboxMessage).order_by(OutboxMessage.id)).scalars())
        _db.session.expunge_all()
        _db.session.remove()
    return rows


def received_by(smtp) -> list[str]:
    return sorted(str(m["To"]) for m in smtp.messages)
