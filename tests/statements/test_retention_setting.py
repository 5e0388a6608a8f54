"""The Privacy page: owners choose how many months (1 to 120, 12 by default) the signatories'
contact details are kept after the statement closes, and every coordinator of the statement
sees when they go; `flask privacy purge` follows the choice."""

from __future__ import annotations

from datetime import timedelta
from html import unescape

import pytest

from signon.extensions import db
from signon.models import AuditEvent, Membership, Statement
from signon.services import audit
from tests import factories
from tests.sessions import log_in, seeding

SLUG = "closed-letter"
PAGE = f"/coordinator/s/{SLUG}/privacy"
RANGE = "Enter a number of months from 1 to 120"


@pytest.fixture
def statement_id(app) -> int:
    """A statement closed by hand 40 days ago, owned by María, edited by Eddie."""
    with seeding(app):
        statement = factories.closed_statement(SLUG, deadline=factories.now() + timedelta(days=30))
        audit.record(factories.now() - timedelta(days=40), "cli", "statement.closed", statement_id=statement.id)
        factories.verified_signature(statement, email="lisa@lawg.example.org")
        factories.coordinator("maria@lawg.example.org", statements=(statement,))
        eddie = factories.coordinator("eddie@lawg.example.org", name="Eddie Editor")
        db.session.add(Membership(statement_id=statement.id, coordinator_id=eddie.id, role="editor"))
        factories.coordinator("otto@other.example.org", name="Otto Other")
        db.session.commit()
        return statement.id


def months() -> int:
    db.session.expire_all()
    return db.session.execute(db.select(Statement.retention_months).where(Statement.slug == SLUG)).scalar_one()


def test_an_owner_sets_the_retention_and_it_is_audited(app, client, db, statement_id):
    log_in(client)
    page = client.get(PAGE).get_data(as_text=True)
    assert 'value="12"' in page

    response = client.post(PAGE, data={"months": "24"}, follow_redirects=True)

    assert months() == 24
    assert "Saved: contact details are kept 24 months after the statement closes." in response.get_data(as_text=True)
    (event,) = db.session.execute(
        db.select(AuditEvent).where(AuditEvent.action == "statement.retention_changed")
    ).scalars()
    assert event.details == {"before": 12, "after": 24}


@pytest.mark.parametrize("value", ["0", "121", "-3", "1.5", "twelve", "", "１"])
def test_a_retention_outside_1_to_120_months_is_refused(app, client, db, statement_id, value):
    log_in(client)
    response = client.post(PAGE, data={"months": value})
    assert response.status_code == 422
    assert RANGE in unescape(response.get_data(as_text=True))
    assert months() == 12


def test_the_bounds_are_accepted(app, client, db, statement_id):
    log_in(client)
    client.post(PAGE, data={"months": "1"})
    assert months() == 1
    client.post(PAGE, data={"months": "120"})
    assert months() == 120


def test_the_page_says_when_the_contacts_go(app, client, db, statement_id):
    log_in(client)
    client.post(PAGE, data={"months": "2"})
    with seeding(app):
        closed_on = factories.now() - timedelta(days=40)
    page = client.get(PAGE).get_data(as_text=True)
    assert f"The statement closed on {closed_on.day} {closed_on:%b %Y}" in page
    assert "Its contact details are anonymised from" in page


def test_an_editor_sees_the_retention_but_cannot_change_it(app, client, db, statement_id):
    log_in(client, "eddie@lawg.example.org")
    page = client.get(PAGE)
    assert page.status_code == 200
    assert "Only the statement's owners can change this." in unescape(page.get_data(as_text=True))
    assert 'name="months"' not in page.get_data(as_text=True)
    assert client.post(PAGE, data={"months": "1"}).status_code == 403
    assert months() == 12


def test_a_coordinator_of_another_statement_gets_404(app, client, db, statement_id):
    log_in(client, "otto@other.example.org")
    assert client.get(PAGE).status_code == 404
    assert client.post(PAGE, data={"months": "1"}).status_code == 404
    assert months() == 12


def test_saving_needs_the_csrf_token(app, client, db, statement_id):
    log_in(client)
    app.config["WTF_CSRF_ENABLED"] = True
    response = client.post(PAGE, data={"months": "1"})
    assert response.status_code == 422
    assert months() == 12


def test_the_purge_follows_the_retention_an_owner_chose(app, client, db, runner, statement_id):
    log_in(client)
    assert runner.invoke(args=["privacy", "purge", "--dry-run"]).output.splitlines()[-1].startswith("0 statement(s)")

    client.post(PAGE, data={"months": "1"})
    result = runner.invoke(args=["privacy", "purge"])

    assert result.output.splitlines()[0].startswith("purged closed-letter: ")
    assert result.output.splitlines()[0].split(", ")[1] == "retention 1 months"
    page = client.get(PAGE).get_data(as_text=True)
    assert "The contact details were anonymised on" in page
    assert 'name="months"' not in page
