"""A signature: one organization's endorsement of one statement."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, Text, UniqueConstraint, false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from signon.extensions import Base
from signon.models.statement import Category, Statement
from signon.models.statuses import SignatureStatus, Standing, allowed
from signon.models.types import EnumString, UTCDateTime
from signon.places import join_place


class Signature(Base):
    __tablename__ = "signature"
    __table_args__ = (
        # The truth about duplicates: one organization signs one statement once.
        UniqueConstraint("statement_id", "organization_key"),
        allowed("status", SignatureStatus),
        Index("ix_signature_statement_id_status", "statement_id", "status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    statement_id: Mapped[int] = mapped_column(ForeignKey("statement.id", ondelete="CASCADE"))
    category_id: Mapped[int] = mapped_column(ForeignKey("category.id"))

    organization_name: Mapped[str] = mapped_column(String(300))
    organization_key: Mapped[str] = mapped_column(String(300))
    city: Mapped[str] = mapped_column(String(120), default="")
    region: Mapped[str] = mapped_column(String(120), default="")
    country: Mapped[str] = mapped_column(String(120), default="")
    website: Mapped[str] = mapped_column(String(500), default="")
    comment: Mapped[str] = mapped_column(Text(), default="")

    phone: Mapped[str] = mapped_column(String(100), default="", server_default="")
    # A person signing in their own name, "listed for identification purposes only".
    individual: Mapped[bool] = mapped_column(default=False, server_default=false())
    # Hidden by a coordinator: kept, and counted nowhere public, until restored.
    hidden: Mapped[bool] = mapped_column(default=False, server_default=false())
    # A lead organization ("initiated by"), listed first.
    pinned: Mapped[bool] = mapped_column(default=False, server_default=false())
    # Whether the contact's email domain is the website's: "verified", "freemail" (a free mail
    # provider's, so nothing is known), "mismatch" (another domain), or "" (not checked: added
    # by a coordinator, imported, or signed before the check existed).
    domain_check: Mapped[str] = mapped_column(String(10), default="", server_default="")
    # Why the name may impersonate another signatory ("looks like Amnesty International: mixed
    # scripts"), for the coordinators; "" when nothing looked wrong at signing time.
    name_warning: Mapped[str] = mapped_column(String(500), default="", server_default="")

    contact_name: Mapped[str] = mapped_column(String(200))
    contact_role: Mapped[str] = mapped_column(String(200), default="")
    contact_email: Mapped[str] = mapped_column(String(320))
    authorized: Mapped[bool] = mapped_column(default=False)

    status: Mapped[SignatureStatus] = mapped_column(EnumString(SignatureStatus, 10), default=SignatureStatus.pending)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
    # When the contact clicked Confirm; under moderation the signature stays pending until approved.
    confirmed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    verified_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    source_ip: Mapped[str] = mapped_column(String(45), default="")
    user_agent: Mapped[str] = mapped_column(String(500), default="")

    statement: Mapped[Statement] = relationship()
    category: Mapped[Category] = relationship()

    @property
    def awaiting_approval(self) -> bool:
        return self.standing == Standing.awaiting_approval

    @property
    def standing(self) -> Standing:
        """The status as coordinators and signatories speak of it: a pending signature awaits
        its signatory's confirmation, then (confirmed, on a moderated statement) approval."""
        if self.status == SignatureStatus.pending:
            return Standing.awaiting_approval if self.confirmed_at is not None else Standing.awaiting_confirmation
        return Standing(self.status)

    @property
    def place(self) -> str:
        """City, region and country as every list shows them ("Tucson, AZ, United States")."""
        return join_place(self.city, self.region, self.country)
