"""Helpers for the moderation tests: a statement's team, signing in, signatures in named states,
and reading the signatures table, the audit trail and the outbox."""

from __future__ import annotations

import re
from typing import Any

from signon.extensions import db
from signon.models import AuditEvent, OutboxMessage, Signature, Statement
from tests import factories
from tests.pages import table_of
from tests.sessions import SLUG, seeding

TABLE = f"/coordinator/s/{SLUG}/signatures"


def statement(slug: str = SLUG) -> Statement:
    return db.session.execute(db.select(Statement).where(Statement.slug == slug)).scalar_one()


def add(app, name: str, state: str = "verified", slug: str = SLUG, **fields: Any) -> int:
    """A signature in a named state: verified, awaiting_approval, awaiting_confirmation, rejected,
    withdrawn; ``hidden`` and ``pinned`` may be given too. Returns its id."""
    status = {"awaiting_approval": "pending", "awaiting_confirmation": "pending"}.get(state, state)
    fields.setdefault("email", f"contact@{re.sub(r'[^a-z0-9]+', '-', name.lower()).strip('-')}.example.org")
    with seeding(app):
        signature = factories.signature(statement(slug), name, status=status, **fields)
        if state == "awaiting_approval":
            signature.confirmed_at = factories.now()
            db.session.commit()
        return signature.id


def flood(app) -> dict[str, int]:
    """Two from one network, one from elsewhere, and a genuine one."""
    return {
        "bot1": add(app, "Bot Org One", source_ip="203.0.113.5", email="a@spam.example"),
        "bot2": add(app, "Bot Org Two", "awaiting_confirmation", source_ip="203.0.113.77", email="b@SPAM.example"),
        "bot3": add(app, "Bot Org Three", source_ip="198.51.100.9", email="c@mail.spam.example"),
        "real": add(app, "Latin America Working Group", source_ip="192.0.2.10", email="lisa@lawg.example.org"),
    }


def get(signature_id: int) -> Signature:
    db.session.expire_all()
    signature = db.session.get(Signature, signature_id)
    assert signature is not None
    return signature


def events(action: str | None = None) -> list[AuditEvent]:
    query = db.select(AuditEvent).order_by(AuditEvent.id)
    if action:
        query = query.where(AuditEvent.action == action)
    return list(db.session.execute(query).scalars())


def outbox() -> list[OutboxMessage]:
    return list(db.session.execute(db.select(OutboxMessage).order_by(OutboxMessage.id)).scalars())


def rows(client, url: str = TABLE) -> list[dict[str, str]]:
    response = client.get(url)
    assert response.status_code == 200, response.status_code
    return table_of(response.get_data(as_text=True))


def names(client, url: str = TABLE) -> list[str]:
    return [row["Organization"] for row in rows(client, url)]


def public_groups(client, slug: str = SLUG) -> dict[str, list[str]]:
    """The public page's signatories: {group heading: [names in order]}, headings in order."""
    page = client.get(f"/s/{slug}").get_data(as_text=True)
    section = page[page.index('id="signatories"') :]
    groups: dict[str, list[str]] = {}
    for heading, body in re.findall(r"<h3>(.*?)</h3>\s*<ul[^>]*>(.*?)</ul>", section, flags=re.S):
        groups[heading] = re.findall(r'<span class="org">(.*?)</span>', body)
    return groups
