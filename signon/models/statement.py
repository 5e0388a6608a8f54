"""A statement: its text, the officials it is addressed to and the categories of signatories."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, String, Text, UniqueConstraint, false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from signon.extensions import Base
from signon.models.statuses import FieldChoice, PaperSize, StatementStatus, allowed
from signon.models.types import EnumString, UTCDateTime

DEFAULT_CATEGORIES = ("National", "State and Local", "International")


class Statement(Base):
    __tablename__ = "statement"
    __table_args__ = (
        allowed("status", StatementStatus),
        allowed("paper_size", PaperSize),
        allowed("website_field", FieldChoice),
        allowed("phone_field", FieldChoice),
        allowed("comment_field", FieldChoice),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(80), unique=True)
    status: Mapped[StatementStatus] = mapped_column(EnumString(StatementStatus, 10), default=StatementStatus.draft)
    # Every change to what the public sees bumps the revision: caches and exports key on it.
    revision: Mapped[int] = mapped_column(default=1)
    language: Mapped[str] = mapped_column(String(20), default="en")
    date: Mapped[date | None] = mapped_column(Date())
    deadline: Mapped[datetime | None] = mapped_column(UTCDateTime())
    timezone: Mapped[str] = mapped_column(String(64), default="UTC")
    moderated: Mapped[bool] = mapped_column(default=False)
    contact_email: Mapped[str | None] = mapped_column(String(320))
    # The paper the final letter is printed on.
    paper_size: Mapped[PaperSize] = mapped_column(
        EnumString(PaperSize, 10), default=PaperSize.a4, server_default=PaperSize.a4.value
    )

    title: Mapped[str] = mapped_column(String(300))
    body: Mapped[str] = mapped_column(Text())
    background: Mapped[str] = mapped_column(Text(), default="")
    salutation: Mapped[str] = mapped_column(String(300), default="")
    closing: Mapped[str] = mapped_column(String(300), default="")

    created_at: Mapped[datetime] = mapped_column(UTCDateTime())
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime())
    # Set once the coordinators publish the final letter: the public page then offers it.
    published_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    # What a closed statement shows in place of the sign form.
    closed_message: Mapped[str] = mapped_column(Text(), default="", server_default="")
    # The private review link's secret (/s/<slug>?review=TOKEN); None when there is none.
    # Kept readable: coordinators copy the link again from the share panel.
    review_token: Mapped[str | None] = mapped_column(String(64))
    # How the sign form asks for each optional field.
    website_field: Mapped[FieldChoice] = mapped_column(
        EnumString(FieldChoice, 10), default=FieldChoice.optional, server_default=FieldChoice.optional.value
    )
    phone_field: Mapped[FieldChoice] = mapped_column(
        EnumString(FieldChoice, 10), default=FieldChoice.hidden, server_default=FieldChoice.hidden.value
    )
    comment_field: Mapped[FieldChoice] = mapped_column(
        EnumString(FieldChoice, 10), default=FieldChoice.optional, server_default=FieldChoice.optional.value
    )
    # Individuals may sign, "listed for identification purposes only".
    allow_individuals: Mapped[bool] = mapped_column(default=False, server_default=false())
    # When the coordinators were told the deadline is 48 hours away, and that it has closed.
    reminder_sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    closed_notice_sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    # Contact details of the signatories are anonymised this many months after the statement
    # closes (`flask privacy purge`); the public list stays. Set when that was done.
    retention_months: Mapped[int] = mapped_column(default=12, server_default="12")
    contacts_purged_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    addressees: Mapped[list[Addressee]] = relationship(
        back_populates="statement", order_by="Addressee.position", cascade="all, delete-orphan"
    )
    categories: Mapped[list[Category]] = relationship(
        back_populates="statement", order_by="Category.position", cascade="all, delete-orphan"
    )

    def is_past_deadline(self, now: datetime) -> bool:
        return self.deadline is not None and now >= self.deadline

    def accepts_signatures(self, now: datetime) -> bool:
        return self.status == StatementStatus.open and not self.is_past_deadline(now)

    def can_publish(self, now: datetime) -> bool:
        """The final letter goes out once signing has ended, and only once. Never from a draft:
        it was never opened, and publishing (which closes it) would make it public."""
        if self.published_at is not None or self.status == StatementStatus.draft:
            return False
        return self.status == StatementStatus.closed or self.is_past_deadline(now)


class Addressee(Base):
    __tablename__ = "addressee"

    id: Mapped[int] = mapped_column(primary_key=True)
    statement_id: Mapped[int] = mapped_column(ForeignKey("statement.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(default=0)
    name: Mapped[str] = mapped_column(String(200))
    title: Mapped[str] = mapped_column(String(300), default="")
    organization: Mapped[str] = mapped_column(String(300), default="")
    # One line of the postal address per line of text.
    address: Mapped[str] = mapped_column(Text(), default="")
    email: Mapped[str] = mapped_column(String(320), default="")
    phone: Mapped[str] = mapped_column(String(100), default="")
    social_handle: Mapped[str] = mapped_column(String(100), default="")

    statement: Mapped[Statement] = relationship(back_populates="addressees")

    @property
    def address_lines(self) -> list[str]:
        return [line for line in self.address.splitlines() if line.strip()]


class Category(Base):
    __tablename__ = "category"
    __table_args__ = (UniqueConstraint("statement_id", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    statement_id: Mapped[int] = mapped_column(ForeignKey("statement.id", ondelete="CASCADE"))
    key: Mapped[str] = mapped_column(String(80))
    label: Mapped[str] = mapped_column(String(100))
    position: Mapped[int] = mapped_column(default=0)

    statement: Mapped[Statement] = relationship(back_populates="categories")
