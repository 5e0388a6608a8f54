"""The audit trail: who did what to which statement or signature, and when."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, String
from sqlalchemy.orm import Mapped, mapped_column

from signon.extensions import Base
from signon.models.types import UTCDateTime


class AuditEvent(Base):
    __tablename__ = "audit_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime())
    # "public", "cli", "system" or "coordinator:<id>".
    actor: Mapped[str] = mapped_column(String(80))
    action: Mapped[str] = mapped_column(String(60))
    # Plain ids, no foreign keys: the trail outlives what it speaks of.
    statement_id: Mapped[int | None] = mapped_column(index=True)
    signature_id: Mapped[int | None] = mapped_column(index=True)
    details: Mapped[dict[str, Any]] = mapped_column(JSON(), default=dict)
