"""Invitations to a statement's team: single use, valid for seven days, revocable.

The emailed token is random (``secrets.token_urlsafe``); only its SHA-256 is stored, so a copy
of the database hands out no invitation. Accepting claims the row with a conditional UPDATE, so
two clicks on one link (or two browsers) join once.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import update

from signon.extensions import db
from signon.models import Coordinator, Invitation, Membership, Statement
from signon.models.statuses import Role
from signon.services import audit
from signon.services.errors import DomainError
from signon.services.mail import account_emails
from signon.services.team.coordinators import add_account, check_password_length

VALID_FOR = timedelta(days=7)


class InvitationNotFound(DomainError):
    """No invitation has that token (mistyped, cut short, or from another site): 404."""


class InvitationGone(DomainError):
    """The invitation was used, revoked or has expired (410); ``reason`` says which."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class AlreadyOnTeam(DomainError):
    """The address belongs to a coordinator who is already on this statement's team."""


class AccountExists(DomainError):
    """An account has the invited address: its owner signs in and joins without a new password."""


class WrongAccount(DomainError):
    """The signed-in coordinator is not the one the invitation was sent to."""


@dataclass(frozen=True)
class IssuedInvitation:
    invitation_id: int
    email: str
    token: str


@dataclass(frozen=True)
class InvitationView:
    """What the invitation page shows."""

    email: str
    role: Role
    statement_title: str
    inviter_name: str
    expires_at: datetime
    account_exists: bool


@dataclass(frozen=True)
class Accepted:
    coordinator: Coordinator
    statement_slug: str
    statement_title: str
    already_member: bool


def hash_token(token: str) -> str:
    """What is stored of an emailed token: its SHA-256, in hex."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def normalise_email(email: str) -> str:
    """Addresses are stored and compared in lower case, as coordinator accounts are."""
    return email.strip().lower()


def _coordinator_by_email(email: str) -> Coordinator | None:
    return db.session.execute(
        db.select(Coordinator).where(Coordinator.email == normalise_email(email))
    ).scalar_one_or_none()


def invite(statement_id: int, inviter_id: int, email: str, role: Role, now: datetime) -> IssuedInvitation:
    """A new invitation and its email, in one transaction. Inviting an address again replaces
    its pending invitation (the older link stops working)."""
    if role not in tuple(Role):
        raise ValueError(f"role must be one of {', '.join(Role)}")
    role = Role(role)
    email = normalise_email(email)
    statement = db.session.get(Statement, statement_id)
    if statement is None:
        raise InvitationNotFound(str(statement_id))
    member = db.session.execute(
        db.select(Membership.id)
        .join(Coordinator, Coordinator.id == Membership.coordinator_id)
        .where(Membership.statement_id == statement_id, Coordinator.email == email)
    ).scalar_one_or_none()
    if member is not None:
        raise AlreadyOnTeam(email)
    db.session.execute(
        update(Invitation)
        .where(
            Invitation.statement_id == statement_id,
            Invitation.email == email,
            Invitation.accepted_at.is_(None),
            Invitation.revoked_at.is_(None),
        )
        .values(revoked_at=now)
    )
    token = secrets.token_urlsafe(32)
    invitation = Invitation(
        statement_id=statement_id,
        email=email,
        role=role,
        token_hash=hash_token(token),
        invited_by_id=inviter_id,
        created_at=now,
        expires_at=now + VALID_FOR,
    )
    db.session.add(invitation)
    db.session.flush()
    audit.record(
        now,
        f"coordinator:{inviter_id}",
        "team.invited",
        statement_id=statement_id,
        invitation_id=invitation.id,
        email=email,
        role=role,
    )
    account_emails.invitation(invitation, token, statement, db.session.get(Coordinator, inviter_id), now)
    db.session.commit()
    return IssuedInvitation(invitation.id, email, token)


def _pending(statement_id: int, invitation_id: int) -> Invitation | None:
    return db.session.execute(
        db.select(Invitation).where(
            Invitation.id == invitation_id,
            Invitation.statement_id == statement_id,
            Invitation.accepted_at.is_(None),
            Invitation.revoked_at.is_(None),
        )
    ).scalar_one_or_none()


def is_pending(statement_id: int, invitation_id: int) -> bool:
    """Whether the statement has that invitation, not yet accepted or withdrawn."""
    return _pending(statement_id, invitation_id) is not None


def revoke(statement_id: int, invitation_id: int, actor_id: int, now: datetime) -> str:
    """Withdraws a pending invitation of this statement; returns the address it was for."""
    invitation = _pending(statement_id, invitation_id)
    if invitation is None:
        raise InvitationNotFound(str(invitation_id))
    invitation.revoked_at = now
    audit.record(
        now,
        f"coordinator:{actor_id}",
        "team.invitation_revoked",
        statement_id=statement_id,
        invitation_id=invitation.id,
        email=invitation.email,
    )
    db.session.commit()
    return invitation.email


def _usable(token: str, now: datetime) -> Invitation:
    invitation = db.session.execute(
        db.select(Invitation).where(Invitation.token_hash == hash_token(token))
    ).scalar_one_or_none()
    if invitation is None:
        raise InvitationNotFound(token[:8])
    if invitation.accepted_at is not None:
        raise InvitationGone("accepted")
    if invitation.revoked_at is not None:
        raise InvitationGone("revoked")
    if invitation.expires_at <= now:
        raise InvitationGone("expired")
    return invitation


def view(token: str, now: datetime) -> InvitationView:
    """The invitation behind a link, if it can still be accepted."""
    invitation = _usable(token, now)
    statement = db.session.get(Statement, invitation.statement_id)
    inviter = db.session.get(Coordinator, invitation.invited_by_id) if invitation.invited_by_id else None
    assert statement is not None  # the foreign key cascades: an invitation always has its statement
    return InvitationView(
        email=invitation.email,
        role=invitation.role,
        statement_title=statement.title,
        inviter_name=inviter.name if inviter is not None else "A coordinator",
        expires_at=invitation.expires_at,
        account_exists=_coordinator_by_email(invitation.email) is not None,
    )


def _claim(invitation: Invitation, now: datetime) -> None:
    """Marks the invitation used, unless another request did so first (then InvitationGone)."""
    result = db.session.execute(
        update(Invitation)
        .where(
            Invitation.id == invitation.id,
            Invitation.accepted_at.is_(None),
            Invitation.revoked_at.is_(None),
            Invitation.expires_at > now,
        )
        .values(accepted_at=now)
        .execution_options(synchronize_session=False)
    )
    if result.rowcount != 1:  # type: ignore[attr-defined]
        db.session.rollback()
        raise InvitationGone("accepted")


def _join(invitation: Invitation, coordinator: Coordinator, now: datetime) -> Accepted:
    statement = db.session.get(Statement, invitation.statement_id)
    assert statement is not None
    existing = db.session.execute(
        db.select(Membership).where(
            Membership.statement_id == statement.id, Membership.coordinator_id == coordinator.id
        )
    ).scalar_one_or_none()
    if existing is None:
        db.session.add(Membership(statement_id=statement.id, coordinator_id=coordinator.id, role=invitation.role))
    audit.record(
        now,
        f"coordinator:{coordinator.id}",
        "team.invitation_accepted",
        statement_id=statement.id,
        invitation_id=invitation.id,
        email=invitation.email,
        role=invitation.role if existing is None else existing.role,
    )
    accepted = Accepted(coordinator, statement.slug, statement.title, already_member=existing is not None)
    db.session.commit()
    return accepted


def accept_with_new_account(token: str, name: str, password: str, now: datetime) -> Accepted:
    """Creates the invitee's account (name and password of their choosing) and joins the team."""
    check_password_length(password)
    invitation = _usable(token, now)
    if _coordinator_by_email(invitation.email) is not None:
        raise AccountExists(invitation.email)
    _claim(invitation, now)
    # AccountExists too when the same address signed up through another invitation a moment ago.
    coordinator = add_account(invitation.email, name, password, now, taken=AccountExists(invitation.email))
    return _join(invitation, coordinator, now)


def accept_as(token: str, coordinator_id: int, now: datetime) -> Accepted:
    """The signed-in coordinator joins with the account they have: it must be the invited address."""
    invitation = _usable(token, now)
    coordinator = db.session.get(Coordinator, coordinator_id)
    if coordinator is None or coordinator.email != invitation.email:
        raise WrongAccount(invitation.email)
    _claim(invitation, now)
    return _join(invitation, coordinator, now)
