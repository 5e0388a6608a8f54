"""The history page: every recorded change to a statement and to its signatures, newest first,
with who did it (a coordinator by name, the public, the command line, Signon itself), a sentence
for what was done, the organization concerned, the details of the change, and pages."""

from __future__ import annotations

import html
import re
from datetime import datetime, timedelta

import pytest

from signon.extensions import db
from signon.models import Signature, Statement
from signon.services import audit
from signon.services.statements import history
from tests import factories
from tests.pages import hidden_fields
from tests.sessions import log_in, seeding

SLUG = "national-guard-letter"
HISTORY = f"/coordinator/s/{SLUG}/history"


def rows(page: str) -> list[str]:
    """Each table row's text, tags removed and spaces collapsed."""
    body = page[page.index("<tbody>") : page.index("</tbody>")]
    return [
        " ".join(html.unescape(re.sub(r"<[^>]+>", " ", row)).split())
        for row in re.findall(r"<tr[^>]*>(.*?)</tr>", body, re.S)
    ]


@pytest.fixture
def trail(app, client):
    """María's statement with a signature and a trail of events from every kind of actor, an
    event of another statement, and Otto, who coordinates another statement."""
    base = datetime(2026, 3, 1, 12, 0, tzinfo=factories.now().tzinfo)
    with seeding(app):
        statement = factories.open_statement(SLUG)
        kino = factories.pending_signature(statement, "Kino Border Initiative")
        maria = factories.coordinator("maria@lawg.example.org", statements=(statement,))
        other = factories.open_statement("other-letter")
        factories.coordinator("otto@other.example.org", name="Otto Other", statements=(other,))
        audit.record(base, "cli", "statement.created", statement_id=statement.id, revision=1)
        audit.record(base + timedelta(minutes=1), "public", "signature.submitted", statement_id=statement.id,
                     signature_id=kino.id)  # fmt: skip
        # An older kind of event that names only the signature.
        audit.record(base + timedelta(minutes=2), "public", "signature.confirmed", signature_id=kino.id,
                     status="pending")  # fmt: skip
        audit.record(
            base + timedelta(minutes=3), f"coordinator:{maria.id}", "statement.updated", statement_id=statement.id,
            changed=["title"], before={"title": "Old title", "deadline": "2026-04-01"},
            after={"title": "New title", "deadline": "2026-04-01"},
        )  # fmt: skip
        audit.record(base + timedelta(minutes=4), "system", "statement.closed_notice_sent", statement_id=statement.id,
                     recipients=1, verified=0)  # fmt: skip
        audit.record(base + timedelta(minutes=5), "coordinator:9999", "statement.frobnicated",
                     statement_id=statement.id)  # fmt: skip
        audit.record(base + timedelta(minutes=6), "cli", "statement.closed", statement_id=other.id)
        db.session.commit()
    log_in(client)
    return client


def test_the_history_lists_the_statements_and_its_signatures_events_newest_first(trail):
    r = trail.get(HISTORY)

    assert r.status_code == 200
    page = r.get_data(as_text=True)
    assert "<h1>History: U.S. NGOs Denounce National Guard Actions in Migration Enforcement</h1>" in page
    found = rows(page)
    assert len(found) == 6
    assert found[0].startswith("1 Mar 2026, 12:05 UTC A former coordinator (#9999) statement.frobnicated")
    assert found[1].startswith("1 Mar 2026, 12:04 UTC Signon Told the coordinators that the statement has closed")
    assert found[2].startswith("1 Mar 2026, 12:03 UTC María Coordinator Edited the statement")
    assert found[3].startswith("1 Mar 2026, 12:02 UTC Public Confirmed the signature by email Kino Border Initiative")
    assert found[4].startswith("1 Mar 2026, 12:01 UTC Public Signed; awaiting confirmation by email Kino Border")
    assert found[5].startswith("1 Mar 2026, 12:00 UTC Command line Created the statement")


def test_another_statements_events_are_not_shown(trail):
    page = trail.get(HISTORY).get_data(as_text=True)
    assert "Closed the statement" not in page


def test_an_edit_shows_what_changed_before_and_after(trail):
    edit = rows(trail.get(HISTORY).get_data(as_text=True))[2]
    assert "Title: Old title → changed to New title" in edit
    assert "Deadline" not in edit
    assert "Changed:" not in edit


def test_details_are_listed_by_name(trail):
    closing = rows(trail.get(HISTORY).get_data(as_text=True))[1]
    assert "Recipients: 1" in closing
    assert "Verified: 0" in closing


def test_a_coordinators_choice_of_email_reads_in_words(trail, app):
    trail.post(f"/coordinator/s/{SLUG}/share/notifications", data={"notify": "digest"})
    newest = rows(trail.get(HISTORY).get_data(as_text=True))[0]
    assert "María Coordinator Changed their email about new signatures" in newest
    assert "Change: each new signature → changed to a daily digest" in newest
    assert "Coordinator id" not in newest


def test_a_message_to_the_signatories_is_in_the_history_with_its_text(trail, app):
    with seeding(app):
        statement = db.session.execute(db.select(Statement).where(Statement.slug == SLUG)).scalar_one()
        factories.verified_signature(statement, "Latin America Working Group")
    checked = trail.post(
        f"/coordinator/s/{SLUG}/message",
        data={"subject": "Friday", "body": "Dear partners,\n\nThe letter goes out on Friday.", "step": "preview"},
    )
    trail.post(f"/coordinator/s/{SLUG}/message", data={**hidden_fields(checked.get_data(as_text=True)), "step": "send"})

    page = trail.get(HISTORY).get_data(as_text=True)
    newest = rows(page)[0]
    assert "María Coordinator Emailed every verified signatory" in newest
    assert "Subject: Friday" in newest
    assert "Recipients: 1" in newest
    assert "<details><summary>Body</summary>" in page
    assert "Key" not in newest


def test_a_resent_confirmation_link_names_the_coordinator_and_the_organization(trail, app):
    with seeding(app):
        kino = db.session.execute(
            db.select(Signature.id).where(Signature.organization_name == "Kino Border Initiative")
        ).scalar_one()
    trail.post(f"/coordinator/s/{SLUG}/signatures/{kino}/resend")
    newest = rows(trail.get(HISTORY).get_data(as_text=True))[0]
    assert "María Coordinator Sent a new confirmation link Kino Border Initiative" in newest


def test_a_coordinator_of_another_statement_gets_404(trail, app):
    otto = app.test_client()
    log_in(otto, "otto@other.example.org")
    assert otto.get(HISTORY).status_code == 404


def test_an_anonymous_visitor_is_sent_to_sign_in(trail, app):
    r = app.test_client().get(HISTORY)
    assert r.status_code == 302
    assert "/login" in r.headers["Location"]


def test_an_editor_may_read_the_history(trail, app):
    with seeding(app):
        statement = db.session.execute(db.select(Statement).where(Statement.slug == SLUG)).scalar_one()
        factories.team_member(statement, "ben@lawg.example.org", role="editor")
    ben = app.test_client()
    log_in(ben, "ben@lawg.example.org")
    assert ben.get(HISTORY).status_code == 200


def test_a_statement_without_events_says_so(app, client):
    with seeding(app):
        statement = factories.open_statement(SLUG)
        factories.coordinator("maria@lawg.example.org", statements=(statement,))
    log_in(client)
    assert "Nothing has been recorded for this statement yet." in client.get(HISTORY).get_data(as_text=True)


# --------------------------------------------------------------------------- pages


@pytest.fixture
def long_trail(app, client):
    start = datetime(2026, 3, 1, 12, 0, tzinfo=factories.now().tzinfo)
    with seeding(app):
        statement = factories.open_statement(SLUG)
        factories.coordinator("maria@lawg.example.org", statements=(statement,))
        for i in range(history.PAGE_SIZE * 2 + 5):
            audit.record(
                start + timedelta(minutes=i), "cli", "statement.updated", statement_id=statement.id, revision=i
            )
        db.session.commit()
    log_in(client)
    return client


def test_a_long_history_comes_in_pages_newest_first(long_trail):
    first = long_trail.get(HISTORY).get_data(as_text=True)
    assert len(rows(first)) == history.PAGE_SIZE
    assert f"Revision: {history.PAGE_SIZE * 2 + 4}" in rows(first)[0]
    assert "page 1 of 3" in first
    assert f'href="{HISTORY}?page=2" rel="next">Older events</a>' in first
    assert "Newer events" not in first

    last = long_trail.get(f"{HISTORY}?page=3").get_data(as_text=True)
    assert len(rows(last)) == 5
    assert "Revision: 0" in rows(last)[-1]
    assert f'href="{HISTORY}?page=2" rel="prev">Newer events</a>' in last
    assert "Older events" not in last


def test_a_page_past_the_end_shows_the_last_page(long_trail):
    page = long_trail.get(f"{HISTORY}?page=99").get_data(as_text=True)
    assert "page 3 of 3" in page


@pytest.mark.parametrize("value", ["abc", "0", "-1", "１", "1234567", ""])
def test_a_page_number_that_is_not_one_is_404(long_trail, value):
    assert long_trail.get(f"{HISTORY}?page={value}").status_code == 404


def test_the_coordinator_named_by_an_event_is_shown_by_name(app, client):
    with seeding(app):
        statement = factories.open_statement(SLUG)
        maria = factories.coordinator("maria@lawg.example.org", statements=(statement,))
        ben = factories.coordinator("ben@lawg.example.org", name="Ben Former")
        audit.record(
            factories.now(), f"coordinator:{maria.id}", "team.member_removed",
            statement_id=statement.id, coordinator_id=ben.id,
        )  # fmt: skip
        db.session.commit()
    log_in(client)
    newest = rows(client.get(HISTORY).get_data(as_text=True))[0]
    assert "María Coordinator Removed a coordinator from the team" in newest
    assert "Coordinator: Ben Former" in newest


def test_an_import_is_one_line_with_its_count_and_each_row_stays_on_its_signatorys_page(app, client):
    with seeding(app):
        statement = factories.open_statement(SLUG)
        factories.coordinator("maria@lawg.example.org", statements=(statement,))
        imported = [factories.verified_signature(statement, f"Imported Coalition {n}") for n in range(3)]
        at = factories.now()
        for line, signature in enumerate(imported, start=2):
            audit.record(
                at, "cli", "signature.imported", statement_id=statement.id, signature_id=signature.id, line=line
            )
        audit.record(at, "cli", "signatures.imported", statement_id=statement.id, count=3)
        db.session.commit()
        first = imported[0].id
    log_in(client)

    found = rows(client.get(HISTORY).get_data(as_text=True))
    assert len(found) == 1
    assert "Imported signatures from a spreadsheet" in found[0] and "Count: 3" in found[0]
    own_page = client.get(f"/coordinator/s/{SLUG}/signatures/{first}").get_data(as_text=True)
    assert "Imported from a spreadsheet" in own_page
