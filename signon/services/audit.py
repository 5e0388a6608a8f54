"""Recording audit events inside the caller's transaction."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from signon.extensions import db
from signon.models import AuditEvent


def record(
    now: datetime,
    actor: str,
    action: str,
    *,
    statement_id: int | None = None,
    signature_id: int | None = None,
    **details: Any,
) -> AuditEvent:
    """Add an audit event to the current transaction; the caller commits it with its change."""
    event = AuditEvent(
        at=now,
        actor=actor,
        action=action,
        statement_id=statement_id,
        signature_id=signature_id,
        details=details,
    )
    db.session.add(event)
    return event
