"""Coordinators: the people who run statements, and which statements they run."""

from __future__ import annotations

from datetime import datetime

from flask_login import UserMixin
from sqlalchemy import ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from signon.extensions import Base
from signon.models.statuses import Notify, Role, allowed
from signon.models.types import EnumString, UTCDateTime


class Coordinator(UserMixin, Base):
    __tablename__ = "coordinator"

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(320), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    password_hash: Mapped[str] = mapped_column(String(300))
    # Bumped on logout and password change, so that every older session cookie stops working.
    session_version: Mapped[int] = mapped_column(default=1)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())

    memberships: Mapped[list[Membership]] = relationship(back_populates="coordinator")

    def get_id(self) -> str:
        return f"{self.id}:{self.session_version}"


class Membership(Base):
    __tablename__ = "membership"
    __table_args__ = (
        UniqueConstraint("statement_id", "coordinator_id"),
        allowed("role", Role),
        allowed("notify", Notify),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    statement_id: Mapped[int] = mapped_column(ForeignKey("statement.id", ondelete="CASCADE"))
    coordinator_id: Mapped[int] = mapped_column(ForeignKey("coordinator.id", ondelete="CASCADE"), index=True)
    role: Mapped[Role] = mapped_column(EnumString(Role, 20), default=Role.owner)
    notify: Mapped[Notify] = mapped_column(
        EnumString(Notify, 10), default=Notify.each, server_default=Notify.each.value
    )
    # The last daily digest sent to this coordinator for this statement.
    digest_sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    coordinator: Mapped[Coordinator] = relationship(back_populates="memberships")


class Invitation(Base):
    """An invitation to join a statement's team: single use (accepted_at), expiring, revocable."""

    __tablename__ = "invitation"
    __table_args__ = (allowed("role", Role),)

    id: Mapped[int] = mapped_column(primary_key=True)
    statement_id: Mapped[int] = mapped_column(ForeignKey("statement.id", ondelete="CASCADE"), index=True)
    email: Mapped[str] = mapped_column(String(320))
    role: Mapped[Role] = mapped_column(EnumString(Role, 20), default=Role.editor)
    # SHA-256 of the emailed token: a leaked database does not hand out invitations.
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    invited_by_id: Mapped[int | None] = mapped_column(ForeignKey("coordinator.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime())
    accepted_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
