"""Publishing the final letter once a statement has closed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import update

from signon.extensions import db
from signon.models import Signature, Statement
from signon.models.statuses import SignatureStatus, StatementStatus
from signon.services import audit
from signon.services.errors import AlreadyPublished, NotPublished, StatementIsDraft, StatementStillOpen
from signon.services.mail import emails
from signon.services.statements.statements import get_by_slug, get_public

PUBLIC_FORMATS = ("pdf", "docx")


@dataclass(frozen=True)
class PublishReport:
    slug: str
    emails: int


def publish(slug: str, now: datetime, *, actor: str) -> PublishReport:
    """Publish the final letter: the public page offers the PDF and Word files, and every
    verified signatory is emailed the link (once per address), all in one transaction."""
    statement = get_by_slug(slug)
    if statement.published_at is not None:
        raise AlreadyPublished(slug)
    if statement.status == StatementStatus.draft:
        raise StatementIsDraft(slug)
    if not statement.can_publish(now):
        raise StatementStillOpen(slug)
    # Claimed by a conditional update: of two Publish presses at once, one sends the emails.
    claimed = db.session.execute(
        update(Statement)
        .where(Statement.id == statement.id, Statement.published_at.is_(None))
        .values(status=StatementStatus.closed, published_at=now, revision=Statement.revision + 1, updated_at=now)
        .execution_options(synchronize_session=False)
    )
    if claimed.rowcount != 1:  # type: ignore[attr-defined]
        db.session.rollback()
        raise AlreadyPublished(slug)
    recipients = db.session.execute(
        db.select(Signature.contact_email, Signature.contact_name, Signature.organization_name)
        .where(
            Signature.statement_id == statement.id,
            Signature.status == SignatureStatus.verified,
            # A hidden signature is not on the letter: its contact is not told it is out.
            Signature.hidden.is_(False),
        )
        .order_by(Signature.id)
    ).all()
    seen: set[str] = set()
    for email, _name, _organization in recipients:
        if not email or email.casefold() in seen:
            continue
        seen.add(email.casefold())
        emails.letter_published(statement, email, now)
    audit.record(now, actor, "statement.published", statement_id=statement.id, emails=len(seen))
    db.session.commit()
    return PublishReport(statement.slug, len(seen))


def published_statement(slug: str) -> Statement:
    """A statement whose final letter the public may download."""
    statement = get_public(slug)
    if statement.published_at is None:
        raise NotPublished(slug)
    return statement
