"""A statement's team: who coordinates it, in which role, and who is invited.

Owners may do everything, including adding and removing coordinators; editors everything else.
A statement always keeps at least one owner. Role changes and removals lock the statement's
memberships (PostgreSQL) and count the owners after the change (SQLite serialises writers), so
two owners demoting each other at once cannot leave the statement without one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func
from sqlalchemy.orm import aliased

from signon.extensions import db
from signon.models import Coordinator, Invitation, Membership
from signon.models.statuses import Role
from signon.services import audit
from signon.services.errors import DomainError


class MemberNotFound(DomainError):
    """No coordinator with that id is on this statement's team (404)."""


class LastOwner(DomainError):
    """The change would leave the statement without an owner."""


@dataclass(frozen=True)
class Member:
    coordinator_id: int
    name: str
    email: str
    role: Role
    is_you: bool


@dataclass(frozen=True)
class PendingInvitation:
    id: int
    email: str
    role: Role
    invited_by: str
    created_at: datetime
    expires_at: datetime
    expired: bool


@dataclass(frozen=True)
class TeamView:
    members: list[Member]
    invitations: list[PendingInvitation]
    your_role: Role | None
    owners: int

    @property
    def you_manage(self) -> bool:
        """Whether the viewer may invite, change roles and remove coordinators."""
        return self.your_role == Role.owner

    @property
    def you_can_leave(self) -> bool:
        return self.your_role == Role.editor or self.owners > 1

    def member(self, coordinator_id: int) -> Member | None:
        return next((m for m in self.members if m.coordinator_id == coordinator_id), None)


def view(statement_id: int, viewer_id: int, now: datetime) -> TeamView:
    """The members (owners first, then by name) and the invitations not yet used or withdrawn."""
    rows = db.session.execute(
        db.select(Coordinator.id, Coordinator.name, Coordinator.email, Membership.role)
        .join(Membership, Membership.coordinator_id == Coordinator.id)
        .where(Membership.statement_id == statement_id)
        .order_by(Membership.role.desc(), func.lower(Coordinator.name), Coordinator.id)
    ).all()
    members = [Member(r[0], r[1], r[2], r[3], is_you=r[0] == viewer_id) for r in rows]
    inviter = aliased(Coordinator)
    pending = db.session.execute(
        db.select(Invitation, inviter.name)
        .outerjoin(inviter, inviter.id == Invitation.invited_by_id)
        .where(
            Invitation.statement_id == statement_id,
            Invitation.accepted_at.is_(None),
            Invitation.revoked_at.is_(None),
        )
        .order_by(Invitation.created_at.desc(), Invitation.id.desc())
    ).all()
    invitations = [
        PendingInvitation(
            id=inv.id,
            email=inv.email,
            role=inv.role,
            invited_by=name or "a former coordinator",
            created_at=inv.created_at,
            expires_at=inv.expires_at,
            expired=inv.expires_at <= now,
        )
        for inv, name in pending
    ]
    you = next((m for m in members if m.is_you), None)
    return TeamView(
        members=members,
        invitations=invitations,
        your_role=you.role if you else None,
        owners=sum(1 for m in members if m.role == Role.owner),
    )


def is_member(statement_id: int, coordinator_id: int) -> bool:
    """Whether the coordinator is on the statement's team."""
    found = db.session.execute(
        db.select(Membership.id).where(
            Membership.statement_id == statement_id, Membership.coordinator_id == coordinator_id
        )
    ).scalar_one_or_none()
    return found is not None


def _locked_membership(statement_id: int, coordinator_id: int) -> Membership:
    # FOR UPDATE on every membership of the statement: concurrent changes to its team queue up.
    memberships = db.session.execute(
        db.select(Membership).where(Membership.statement_id == statement_id).with_for_update()
    ).scalars()
    found = next((m for m in memberships if m.coordinator_id == coordinator_id), None)
    if found is None:
        db.session.rollback()
        raise MemberNotFound(str(coordinator_id))
    return found


def _refuse_if_ownerless(statement_id: int) -> None:
    owners = db.session.execute(
        db.select(func.count())
        .select_from(Membership)
        .where(Membership.statement_id == statement_id, Membership.role == Role.owner)
    ).scalar_one()
    if owners == 0:
        db.session.rollback()
        raise LastOwner(str(statement_id))


def change_role(statement_id: int, coordinator_id: int, role: Role, actor_id: int, now: datetime) -> Member:
    """Makes a member an owner or an editor; the last owner cannot become an editor."""
    if role not in tuple(Role):
        raise ValueError(f"role must be one of {', '.join(Role)}")
    role = Role(role)
    membership = _locked_membership(statement_id, coordinator_id)
    before = membership.role
    membership.role = role
    db.session.flush()
    _refuse_if_ownerless(statement_id)
    if before != role:
        audit.record(
            now,
            f"coordinator:{actor_id}",
            "team.role_changed",
            statement_id=statement_id,
            coordinator_id=coordinator_id,
            before=before,
            after=role,
        )
    coordinator = membership.coordinator
    member = Member(coordinator.id, coordinator.name, coordinator.email, role, is_you=coordinator.id == actor_id)
    db.session.commit()
    return member


def remove(statement_id: int, coordinator_id: int, actor_id: int, now: datetime) -> Member:
    """Takes a member off the team (or, when actor and member are the same, leaves it); the last
    owner can do neither. Their account stays: they may coordinate other statements."""
    membership = _locked_membership(statement_id, coordinator_id)
    coordinator = membership.coordinator
    member = Member(coordinator.id, coordinator.name, coordinator.email, membership.role, coordinator.id == actor_id)
    db.session.delete(membership)
    db.session.flush()
    _refuse_if_ownerless(statement_id)
    audit.record(
        now,
        f"coordinator:{actor_id}",
        "team.left" if member.is_you else "team.member_removed",
        statement_id=statement_id,
        coordinator_id=coordinator_id,
        email=coordinator.email,
        role=member.role,
    )
    db.session.commit()
    return member
