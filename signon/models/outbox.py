"""Outgoing email, stored in the transaction that caused it and sent by a worker."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from signon.extensions import Base
from signon.models.types import UTCDateTime


class OutboxMessage(Base):
    __tablename__ = "outbox_message"
    __table_args__ = (Index("ix_outbox_message_due", "sent_at", "failed_at", "next_attempt_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    recipient: Mapped[str] = mapped_column(String(320))
    subject: Mapped[str] = mapped_column(String(300))
    text_body: Mapped[str] = mapped_column(Text())
    html_body: Mapped[str] = mapped_column(Text(), default="")
    # Message-ID and Date are fixed when the message is written, so a retry is the same message.
    headers: Mapped[dict[str, Any]] = mapped_column(JSON(), default=dict)
    kind: Mapped[str] = mapped_column(String(40), default="")
    statement_id: Mapped[int | None] = mapped_column(index=True)

    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    attempts: Mapped[int] = mapped_column(default=0)
    next_attempt_at: Mapped[datetime] = mapped_column(UTCDateTime())
    # A worker holds a message until this time; past it, another worker may take it over.
    claimed_until: Mapped[datetime | None] = mapped_column(UTCDateTime())
    last_error: Mapped[str] = mapped_column(Text(), default="")
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # Set when the server refused the message for good (a 5xx answer): it is not retried.
    failed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    transport: Mapped[str] = mapped_column(String(20), default="")
