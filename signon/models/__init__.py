"""All models, importable without the web layer (for migrations, the worker and tests)."""

from signon.models.archive import ArchivedRow
from signon.models.audit import AuditEvent
from signon.models.coordinator import Coordinator, Invitation, Membership
from signon.models.outbox import OutboxMessage
from signon.models.signature import Signature
from signon.models.statement import Addressee, Category, Statement

__all__ = [
    "Addressee",
    "ArchivedRow",
    "AuditEvent",
    "Category",
    "Coordinator",
    "Invitation",
    "Membership",
    "OutboxMessage",
    "Signature",
    "Statement",
]
