"""Helpers for the team, invitation, password and session tests: a statement's team seeded in
the database, signing in through the form, and reading what the outbox and the audit trail hold."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from sqlalchemy import func

from signon.extensions import db
from signon.models import AuditEvent, Coordinator, Invitation, Membership, OutboxMessage, Statement
from signon.services.team import invitations
from tests import factories
from tests.conftest import TEST_BASE_URL
from tests.sessions import SLUG, seeding

TITLE = "U.S. NGOs Denounce National Guard Actions in Migration Enforcement"
NEW_PASSWORD = "a brand new passphrase 2026"


def statement_id(slug: str) -> int:
    return db.session.execute(db.select(Statement.id).where(Statement.slug == slug)).scalar_one()


def role_of(app, email: str, slug: str = SLUG) -> str | None:
    with seeding(app):
        return db.session.execute(
            db.select(Membership.role)
            .join(Coordinator, Coordinator.id == Membership.coordinator_id)
            .join(Statement, Statement.id == Membership.statement_id)
            .where(Coordinator.email == email, Statement.slug == slug)
        ).scalar_one_or_none()


def coordinator_by_email(app, email: str) -> Coordinator | None:
    with seeding(app):
        found = db.session.execute(db.select(Coordinator).where(Coordinator.email == email)).scalar_one_or_none()
        if found is not None:
            db.session.expunge(found)
        return found


def audit_events(app, action: str) -> list[AuditEvent]:
    with seeding(app):
        rows = list(
            db.session.execute(db.select(AuditEvent).where(AuditEvent.action == action).order_by(AuditEvent.id))
            .scalars()
            .all()
        )
        db.session.expunge_all()
        return rows


def outbox(app, kind: str | None = None) -> list[OutboxMessage]:
    with seeding(app):
        query = db.select(OutboxMessage).order_by(OutboxMessage.id)
        if kind is not None:
            query = query.where(OutboxMessage.kind == kind)
        rows = list(db.session.execute(query).scalars().all())
        db.session.expunge_all()
        return rows


def count(app, model) -> int:
    with seeding(app):
        return db.session.execute(db.select(func.count()).select_from(model)).scalar_one()


def link_in(text: str, path: str, base_url: str = TEST_BASE_URL) -> str:
    """The first link to ``base_url + path...`` in an email's text."""
    match = re.search(re.escape(base_url + path) + r"[A-Za-z0-9_\-.]+", text)
    assert match, f"no {path} link to {base_url} in:\n{text}"
    return match.group(0)


def path_of(link: str, base_url: str = TEST_BASE_URL) -> str:
    assert link.startswith(base_url)
    return link[len(base_url) :]


def invite(app, email: str = "ines@partner.example.org", role: str = "editor", *, now: datetime | None = None) -> str:
    """An invitation María sends through the service; returns the path of its link."""
    with seeding(app):
        moment = now or factories.now()
        statement = statement_id(SLUG)
        maria = db.session.execute(
            db.select(Coordinator.id).where(Coordinator.email == "maria@lawg.example.org")
        ).scalar_one()
        issued = invitations.invite(statement, maria, email, role, moment)
        return f"/invitations/{issued.token}"


def age_invitations(app, days: float) -> None:
    """Moves every invitation's creation and expiry back by ``days``."""
    with seeding(app):
        for invitation in db.session.execute(db.select(Invitation)).scalars():
            invitation.created_at -= timedelta(days=days)
            invitation.expires_at -= timedelta(days=days)
        db.session.commit()


def without_csrf_tokens(html: str) -> str:
    return re.sub(r'name="csrf_token"[^>]*value="[^"]*"', 'name="csrf_token"', html)
