"""Coordinator accounts and what each coordinator may see."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import case, func
from sqlalchemy.exc import IntegrityError

from signon.extensions import db
from signon.models import Category, Coordinator, Membership, Signature, Statement
from signon.models.statuses import Role, SignatureStatus, Standing, StatementStatus
from signon.names import sort_key
from signon.passwords import check_password, hash_password, waste_a_check
from signon.services import audit
from signon.services.errors import CoordinatorExists, DomainError, NotAllowed

MIN_PASSWORD_LENGTH = 12


@dataclass(frozen=True)
class StatementSummary:
    slug: str
    title: str
    status: StatementStatus
    role: Role
    awaiting_approval: int
    awaiting_confirmation: int
    verified: int
    rejected: int
    withdrawn: int


def check_password_length(password: str) -> None:
    """ValueError for a password too short to be kept."""
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValueError(f"the password must have at least {MIN_PASSWORD_LENGTH} characters")


def add_account(
    email: str, name: str, password: str, now: datetime, *, taken: DomainError, actor: str | None = None
) -> Coordinator:
    """A new coordinator account in the current transaction, recorded as made by ``actor`` (by
    the account itself when None); the password is kept only as a scrypt hash. When the address
    has an account already, the transaction is rolled back and ``taken`` raised."""
    coordinator = Coordinator(
        email=email.strip().lower(),
        name=" ".join(name.split()),
        password_hash=hash_password(password),
        created_at=now,
    )
    db.session.add(coordinator)
    try:
        db.session.flush()
    except IntegrityError:
        db.session.rollback()
        raise taken from None
    audit.record(
        now,
        actor or f"coordinator:{coordinator.id}",
        "coordinator.created",
        coordinator_id=coordinator.id,
        email=coordinator.email,
    )
    return coordinator


def create(email: str, name: str, password: str, now: datetime, *, actor: str = "cli") -> Coordinator:
    """A new coordinator account; the password is stored only as a scrypt hash."""
    check_password_length(password)
    coordinator = add_account(email, name, password, now, taken=CoordinatorExists(email), actor=actor)
    db.session.commit()
    return coordinator


def authenticate(email: str, password: str) -> Coordinator | None:
    coordinator = db.session.execute(
        db.select(Coordinator).where(Coordinator.email == email.strip().lower())
    ).scalar_one_or_none()
    if coordinator is None:
        waste_a_check(password)
        return None
    return coordinator if check_password(coordinator.password_hash, password) else None


def load_session(session_id: str) -> Coordinator | None:
    """The coordinator behind a login cookie ("id:version"), unless that session was ended."""
    coordinator_id, _, version = session_id.partition(":")
    if not (coordinator_id.isascii() and coordinator_id.isdigit() and version.isascii() and version.isdigit()):
        return None
    coordinator = db.session.get(Coordinator, int(coordinator_id))
    if coordinator is None or coordinator.session_version != int(version):
        return None
    return coordinator


def end_sessions(coordinator_id: int, now: datetime) -> None:
    """Log out everywhere: every cookie issued before now stops working."""
    coordinator = db.session.get(Coordinator, coordinator_id)
    if coordinator is not None:
        coordinator.session_version += 1
        audit.record(now, f"coordinator:{coordinator_id}", "coordinator.logged_out")
        db.session.commit()


def dashboard(coordinator_id: int) -> list[StatementSummary]:
    """The coordinator's statements with their signature counts per standing, all counted in
    one grouped query: a pending signature awaits approval once confirmed, confirmation before."""
    # A hidden signature is counted nowhere: it is off the public list until restored.
    shown = Signature.hidden.is_(False)
    pending = shown & (Signature.status == SignatureStatus.pending)
    conditions = {
        Standing.awaiting_approval: pending & Signature.confirmed_at.is_not(None),
        Standing.awaiting_confirmation: pending & Signature.confirmed_at.is_(None),
        Standing.verified: shown & (Signature.status == SignatureStatus.verified),
        Standing.rejected: shown & (Signature.status == SignatureStatus.rejected),
        Standing.withdrawn: shown & (Signature.status == SignatureStatus.withdrawn),
    }
    counts = [func.sum(case((condition, 1), else_=0)) for condition in conditions.values()]
    rows = db.session.execute(
        db.select(Statement.slug, Statement.title, Statement.status, Membership.role, *counts)
        .join(Membership, Membership.statement_id == Statement.id)
        .outerjoin(Signature, Signature.statement_id == Statement.id)
        .where(Membership.coordinator_id == coordinator_id)
        .group_by(Statement.id, Statement.slug, Statement.title, Statement.status, Membership.role)
        .order_by(Statement.created_at.desc())
    ).all()
    return [StatementSummary(r[0], r[1], r[2], r[3], *(int(v or 0) for v in r[4:])) for r in rows]


def statement_for(coordinator_id: int, slug: str) -> Statement:
    """The statement, if this coordinator is one of its team; NotAllowed otherwise (shown as 404)."""
    statement = db.session.execute(
        db.select(Statement)
        .join(Membership, Membership.statement_id == Statement.id)
        .where(Statement.slug == slug, Membership.coordinator_id == coordinator_id)
    ).scalar_one_or_none()
    if statement is None:
        raise NotAllowed(slug)
    return statement


def signatures_for(coordinator_id: int, slug: str) -> tuple[Statement, list[tuple[Signature, str]]]:
    """Every signature of the statement with its category label, newest first."""
    statement = statement_for(coordinator_id, slug)
    rows = db.session.execute(
        db.select(Signature, Category.label)
        .join(Category, Signature.category_id == Category.id)
        .where(Signature.statement_id == statement.id)
        .order_by(Signature.created_at.desc(), Signature.id.desc())
    ).all()
    return statement, [(row[0], row[1]) for row in rows]


def signatures_in_list_order(coordinator_id: int, slug: str) -> tuple[Statement, list[tuple[Signature, str]]]:
    statement, rows = signatures_for(coordinator_id, slug)
    rows.sort(key=lambda r: (r[0].category.position, sort_key(r[0].organization_name)))
    return statement, rows


def role_on(coordinator_id: int, statement_id: int) -> Role | None:
    """The coordinator's role on the statement, None when not on its team."""
    return db.session.execute(
        db.select(Membership.role).where(
            Membership.coordinator_id == coordinator_id, Membership.statement_id == statement_id
        )
    ).scalar_one_or_none()
