"""A statement's status: draft (coordinators and review link holders only), open (public,
taking signatures) or closed (public, read-only, its closed message in place of the form).

The deadline closes an open statement by itself: the worker calls ``close_expired`` on every
round, and so does `flask statements close-expired`. A closed statement can be reopened."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime

from signon.extensions import db
from signon.models import Statement
from signon.models.statuses import StatementStatus
from signon.services import audit
from signon.services.errors import AlreadyPublished, DomainError
from signon.services.statements.statements import get_by_slug

MAX_CLOSED_MESSAGE = 5_000


class DeadlinePassed(DomainError):
    """Opening would close it again at once: the deadline must move later first."""


class NeverOpened(DomainError):
    """A draft cannot be closed: closing makes a statement public."""


@dataclass(frozen=True)
class StatusChange:
    slug: str
    before: StatementStatus
    after: StatementStatus

    @property
    def changed(self) -> bool:
        return self.before != self.after


def set_status(slug: str, status: StatementStatus, now: datetime, *, actor: str) -> StatusChange:
    """Open a draft, close an open statement, or reopen a closed one.

    Opening is refused once the deadline has passed (the statement would close again at
    once) and once the final letter is published. Asking for the status it already has
    changes nothing."""
    if status not in (StatementStatus.open, StatementStatus.closed):
        raise ValueError(f"a statement can be opened or closed, not set to {status!r}")
    status = StatementStatus(status)
    statement = get_by_slug(slug)
    before = statement.status
    if before == status:
        return StatusChange(slug, before, before)
    if status == StatementStatus.closed and before == StatementStatus.draft:
        raise NeverOpened(slug)
    if status == StatementStatus.open:
        if statement.published_at is not None:
            raise AlreadyPublished(slug)
        if statement.is_past_deadline(now):
            raise DeadlinePassed(slug)
    action = {StatementStatus.open: "statement.opened", StatementStatus.closed: "statement.closed"}[status]
    if before == StatementStatus.closed and status == StatementStatus.open:
        action = "statement.reopened"
    statement.status = status
    if action == "statement.reopened":
        # Closing again later earns its own closing notice, and the deadline its reminder.
        statement.closed_notice_sent_at = statement.reminder_sent_at = None
    statement.revision += 1
    statement.updated_at = now
    audit.record(now, actor, action, statement_id=statement.id, revision=statement.revision)
    db.session.commit()
    return StatusChange(slug, before, status)


def set_closed_message(slug: str, message: str, now: datetime, *, actor: str) -> Statement:
    """What a closed statement shows in place of the sign form (Markdown; empty for none)."""
    message = message.strip()
    if len(message) > MAX_CLOSED_MESSAGE:
        raise ValueError(f"the closed message is longer than {MAX_CLOSED_MESSAGE} characters")
    statement = get_by_slug(slug)
    if statement.closed_message == message:
        return statement
    statement.closed_message = message
    statement.revision += 1
    statement.updated_at = now
    audit.record(now, actor, "statement.closed_message_updated", statement_id=statement.id, revision=statement.revision)
    db.session.commit()
    return statement


def close_expired(now: datetime, *, actor: str = "deadline") -> list[str]:
    """Close every open statement whose deadline has passed; returns their slugs. Cheap when
    there is none, so that the worker can ask on every round."""
    expired = (
        db.session.execute(
            db.select(Statement)
            .where(Statement.status == StatementStatus.open, Statement.deadline.is_not(None), Statement.deadline <= now)
            .order_by(Statement.id)
            # Two workers (or a worker and the command) never close the same statement twice.
            .with_for_update(skip_locked=True)
        )
        .scalars()
        .all()
    )
    for statement in expired:
        statement.status = StatementStatus.closed
        statement.revision += 1
        statement.updated_at = now
        audit.record(
            now, actor, "statement.closed", statement_id=statement.id, revision=statement.revision, reason="deadline"
        )
    if expired:
        db.session.commit()
    return [statement.slug for statement in expired]


def create_review_link(slug: str, now: datetime, *, actor: str) -> str:
    """A new private review token (/s/<slug>?review=TOKEN); any earlier one stops working."""
    statement = get_by_slug(slug)
    statement.review_token = secrets.token_urlsafe(24)
    # The token itself is never written to the audit trail.
    audit.record(now, actor, "statement.review_link_created", statement_id=statement.id)
    db.session.commit()
    return statement.review_token


def revoke_review_link(slug: str, now: datetime, *, actor: str) -> bool:
    """The review link stops working; False when there was none."""
    statement = get_by_slug(slug)
    if statement.review_token is None:
        return False
    statement.review_token = None
    audit.record(now, actor, "statement.review_link_revoked", statement_id=statement.id)
    db.session.commit()
    return True
