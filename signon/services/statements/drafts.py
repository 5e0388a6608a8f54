"""Who reads a draft: its coordinators, and whoever holds its current review link
(/s/<slug>?review=TOKEN). For anyone else a draft does not exist."""

from __future__ import annotations

import hmac
from datetime import datetime

from signon.extensions import db
from signon.models import Membership, Statement
from signon.models.statuses import StatementStatus
from signon.services.errors import StatementNotFound
from signon.services.statements.statements import PublicStatement, get_by_slug, read_model, text_of


def may_read(statement: Statement, *, coordinator_id: int | None, review_token: str | None) -> bool:
    """True for a coordinator on the statement's team, and for its current review token."""
    if coordinator_id is not None:
        member = db.session.execute(
            db.select(Membership.id).where(
                Membership.statement_id == statement.id, Membership.coordinator_id == coordinator_id
            )
        ).first()
        if member is not None:
            return True
    if review_token and statement.review_token:
        # Constant time, so that the token cannot be guessed one character at a time.
        return hmac.compare_digest(statement.review_token.encode(), review_token.encode("utf-8", "replace"))
    return False


def draft_view(slug: str, now: datetime, *, coordinator_id: int | None, review_token: str | None) -> PublicStatement:
    """The public page of a draft for those who may read it; StatementNotFound for anyone else.
    (A statement that is not a draft reads as on its public page.)"""
    statement = get_by_slug(slug)
    if statement.status == StatementStatus.draft and not may_read(
        statement, coordinator_id=coordinator_id, review_token=review_token
    ):
        raise StatementNotFound(slug)
    return read_model(statement, text_of(statement), now)
