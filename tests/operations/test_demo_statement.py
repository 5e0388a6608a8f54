"""`flask demo load`: a realistic joint letter to look at and sign, loaded as often as wanted."""

from __future__ import annotations

import re
from datetime import timedelta

from sqlalchemy import func

from signon.clock import utcnow
from signon.extensions import db as _db
from signon.markup import footnote_labels
from signon.models import Addressee, AuditEvent, Category, Coordinator, Membership, Signature, Statement
from signon.services.team import coordinators

DEMO_URL = "http://signon.example.org/s/protect-migrant-shelters"


def load(runner):
    result = runner.invoke(args=["demo", "load"])
    assert result.exit_code == 0, result.output
    return result


def demo_statement() -> Statement:
    return _db.session.execute(_db.select(Statement).where(Statement.slug == "protect-migrant-shelters")).scalar_one()


def counts(app) -> dict[str, int]:
    with app.app_context():
        found = {
            model.__name__: _db.session.execute(_db.select(func.count()).select_from(model)).scalar_one()
            for model in (Statement, Addressee, Category, Signature, Coordinator, Membership)
        }
        _db.session.remove()
    return found


def test_demo_load_prints_the_demo_url(app, runner):
    result = load(runner)

    assert f"Demo statement: {DEMO_URL}" in result.stdout.splitlines()


def test_the_demo_is_an_open_letter_with_footnotes_addressees_and_a_future_deadline(app, runner):
    load(runner)

    with app.app_context():
        statement = demo_statement()
        cited, defined = footnote_labels(statement.body)
        assert len(cited) >= 3
        assert cited <= defined
        assert len(statement.addressees) == 2
        assert all(a.name and a.title for a in statement.addressees)
        assert statement.status == "open"
        assert statement.deadline is not None
        assert statement.deadline > utcnow() + timedelta(days=7)
        assert statement.accepts_signatures(utcnow())
        _db.session.remove()


def test_the_demo_has_verified_signatories_in_at_least_two_categories(app, runner):
    load(runner)

    with app.app_context():
        rows = _db.session.execute(
            _db.select(Signature.organization_name, Signature.status, Category.key)
            .join(Category, Signature.category_id == Category.id)
            .where(Signature.statement_id == demo_statement().id)
        ).all()
        _db.session.remove()
    assert len(rows) >= 4
    assert {r.status for r in rows} == {"verified"}
    assert len({r.key for r in rows}) >= 2


def test_the_demo_coordinator_owns_the_demo_and_can_sign_in_with_the_printed_password(app, runner):
    result = load(runner)

    match = re.search(r"Demo coordinator: (\S+) / password: (\S+)", result.stdout)
    assert match, result.stdout
    email, password = match.groups()
    with app.app_context():
        coordinator = coordinators.authenticate(email, password)
        assert coordinator is not None
        role = _db.session.execute(
            _db.select(Membership.role).where(
                Membership.coordinator_id == coordinator.id, Membership.statement_id == demo_statement().id
            )
        ).scalar_one()
        assert role == "owner"
        _db.session.remove()


def test_loading_the_demo_twice_duplicates_nothing(app, runner):
    load(runner)
    first = counts(app)

    second_run = load(runner)

    assert counts(app) == first
    assert first["Statement"] == 1
    assert first["Addressee"] == 2
    assert f"Demo statement: {DEMO_URL}" in second_run.stdout.splitlines()
    # The existing coordinator keeps the password printed the first time.
    assert "password" not in second_run.stdout


def test_loading_the_demo_twice_keeps_one_audit_trail_entry_per_signatory(app, runner):
    load(runner)
    load(runner)

    with app.app_context():
        added = _db.session.execute(
            _db.select(func.count()).select_from(AuditEvent).where(AuditEvent.action == "signature.added_verified")
        ).scalar_one()
        signatures = _db.session.execute(_db.select(func.count()).select_from(Signature)).scalar_one()
        _db.session.remove()
    assert added == signatures


def test_the_public_page_of_the_demo_shows_its_letter_and_signatories(app, runner, client):
    load(runner)
    with app.app_context():
        statement = demo_statement()
        names = [
            name
            for (name,) in _db.session.execute(
                _db.select(Signature.organization_name).where(Signature.statement_id == statement.id)
            )
        ]
        labels = {c.label for c in statement.categories}
        addressees = [a.name for a in statement.addressees]
        title = statement.title
        _db.session.remove()

    response = client.get("/s/protect-migrant-shelters")

    assert response.status_code == 200
    page = response.get_data(as_text=True)
    assert title in page
    for name in addressees:
        assert name in page
    for name in names:
        assert name in page
    used_labels = [label for label in labels if f"<h3>{label}</h3>" in page]
    assert len(used_labels) >= 2
    assert page.count('class="footnote-ref"') >= 3
    assert f"{len(names)} organizations have signed." in page
