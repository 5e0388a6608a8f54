"""A statement's status: a draft is opened, an open statement closed (its chosen message in place of
the form) and reopened; the deadline closes it by itself, through the worker's round and through
`flask statements close-expired`."""

from __future__ import annotations

import threading
from datetime import timedelta

import pytest

from signon import worker
from signon.extensions import db
from signon.models import Statement
from signon.services.letters import publication
from signon.services.statements import statement_status
from tests import factories
from tests.conftest import wait_until
from tests.drafting_support import actions, events, flashes, statement
from tests.sessions import DRAFT_SLUG, OTTO, SLUG, log_in, make_team

STATUS = f"/coordinator/s/{SLUG}/status"
DRAFT_STATUS = f"/coordinator/s/{DRAFT_SLUG}/status"


@pytest.fixture
def team(db):
    return make_team(draft=True)


def set_deadline(slug: str, delta: timedelta) -> None:
    s = statement(slug)
    s.deadline = factories.now() + delta
    db.session.commit()


# --------------------------------------------------------------------------- opening, closing, reopening


def test_opening_a_draft_makes_it_public_and_signable(client, team):
    before = statement(DRAFT_SLUG).revision
    log_in(client)
    assert "Open for signatures</button>" in client.get(DRAFT_STATUS).get_data(as_text=True)

    response = client.post(DRAFT_STATUS, data={"status": "open"})

    assert response.status_code == 303
    assert "Open: the statement is public and takes signatures." in flashes(
        client.get(DRAFT_STATUS).get_data(as_text=True)
    )
    client.post("/logout")
    page = client.get(f"/s/{DRAFT_SLUG}")
    assert page.status_code == 200
    assert "DRAFT" not in page.get_data(as_text=True)
    assert client.get(f"/s/{DRAFT_SLUG}/sign").status_code == 200
    assert statement(DRAFT_SLUG).status == "open"
    assert statement(DRAFT_SLUG).revision == before + 1
    assert actions(team.draft_id) == ["statement.opened"]


def test_closing_shows_the_closed_message_in_place_of_the_form(client, team):
    log_in(client)
    client.post(
        f"/coordinator/s/{SLUG}/closed-message",
        data={
            "message": "Thank you to every organization that signed. Read [the press release](https://example.org/news)."
        },
    )

    response = client.post(STATUS, data={"status": "closed"})

    assert response.status_code == 303
    assert statement(SLUG).status == "closed"
    page = client.get(f"/s/{SLUG}").get_data(as_text=True)
    assert "closed to new signatures" in page
    assert "Thank you to every organization that signed." in page
    assert 'href="https://example.org/news"' in page
    assert f'href="/s/{SLUG}/sign"' not in page
    sign = client.get(f"/s/{SLUG}/sign")
    assert sign.status_code == 410
    assert "Thank you to every organization that signed." in sign.get_data(as_text=True)
    assert 'name="organization"' not in sign.get_data(as_text=True)
    assert actions(team.statement_id) == ["statement.closed_message_updated", "statement.closed"]


def test_the_closed_message_is_sanitised(client, team):
    log_in(client)
    client.post(f"/coordinator/s/{SLUG}/closed-message", data={"message": "Bye <script>alert(1)</script>"})
    client.post(STATUS, data={"status": "closed"})

    page = client.get(f"/s/{SLUG}").get_data(as_text=True)

    assert "Bye" in page
    assert "<script>alert" not in page


def test_the_closed_message_is_saved_and_shown_again_on_the_status_page(client, team):
    before = statement(SLUG).revision
    log_in(client)

    client.post(f"/coordinator/s/{SLUG}/closed-message", data={"message": "  We delivered the letter.  "})

    assert statement(SLUG).closed_message == "We delivered the letter."
    assert statement(SLUG).revision == before + 1
    assert "We delivered the letter.</textarea>" in client.get(STATUS).get_data(as_text=True)


def test_a_closed_statement_is_reopened(client, team):
    log_in(client)
    client.post(STATUS, data={"status": "closed"})
    assert "Reopen for signatures</button>" in client.get(STATUS).get_data(as_text=True)

    client.post(STATUS, data={"status": "open"})

    assert statement(SLUG).status == "open"
    assert client.get(f"/s/{SLUG}/sign").status_code == 200
    assert actions(team.statement_id) == ["statement.closed", "statement.reopened"]


def test_reopening_after_the_deadline_is_refused_until_the_deadline_moves(client, team):
    log_in(client)
    client.post(STATUS, data={"status": "closed"})
    set_deadline(SLUG, -timedelta(hours=1))

    client.post(STATUS, data={"status": "open"})

    html = client.get(STATUS).get_data(as_text=True)
    assert "The deadline has passed: set a later deadline on the Text page" in " ".join(flashes(html))
    assert statement(SLUG).status == "closed"
    set_deadline(SLUG, timedelta(days=3))
    client.post(STATUS, data={"status": "open"})
    assert statement(SLUG).status == "open"


def test_opening_a_draft_whose_deadline_has_passed_is_refused(client, team):
    set_deadline(DRAFT_SLUG, -timedelta(minutes=1))
    log_in(client)

    client.post(DRAFT_STATUS, data={"status": "open"})

    assert statement(DRAFT_SLUG).status == "draft"
    assert client.get(f"/s/{DRAFT_SLUG}").status_code == 200  # María still sees her draft
    client.post("/logout")
    assert client.get(f"/s/{DRAFT_SLUG}").status_code == 404


def test_a_draft_cannot_be_closed(client, team):
    log_in(client)

    client.post(DRAFT_STATUS, data={"status": "closed"})

    assert statement(DRAFT_SLUG).status == "draft"
    assert "A draft cannot be closed" in " ".join(flashes(client.get(DRAFT_STATUS).get_data(as_text=True)))


def test_a_statement_whose_final_letter_is_published_is_not_reopened(client, team):
    set_deadline(SLUG, -timedelta(minutes=1))
    publication.publish(SLUG, factories.now(), actor="test")
    log_in(client)

    assert "Reopen for signatures" not in client.get(STATUS).get_data(as_text=True)
    client.post(STATUS, data={"status": "open"})

    assert statement(SLUG).status == "closed"


@pytest.mark.parametrize("status", ["draft", "published", ""])
def test_an_unknown_status_is_refused(client, team, status):
    log_in(client)

    client.post(STATUS, data={"status": status})

    assert statement(SLUG).status == "open"


def test_a_stranger_cannot_change_the_status(client, team):
    log_in(client, OTTO)

    assert client.post(STATUS, data={"status": "closed"}).status_code == 404
    assert statement(SLUG).status == "open"


# --------------------------------------------------------------------------- the deadline closes it


def expired_and_others() -> None:
    factories.past_deadline_statement("late-letter")
    factories.draft_statement("late-draft", deadline=factories.now() - timedelta(days=1))
    factories.open_statement("future-letter", deadline=factories.now() + timedelta(days=1))
    factories.closed_statement("closed-letter", deadline=factories.now() - timedelta(days=1))


def statuses() -> dict[str, str]:
    db.session.expire_all()
    return dict(db.session.execute(db.select(Statement.slug, Statement.status)).all())


def test_close_expired_closes_open_statements_past_their_deadline_only(db):
    expired_and_others()
    revision = statement("late-letter").revision

    closed = statement_status.close_expired(factories.now())

    assert closed == ["late-letter"]
    assert statuses() == {
        "late-letter": "closed",
        "late-draft": "draft",
        "future-letter": "open",
        "closed-letter": "closed",
    }
    assert statement("late-letter").revision == revision + 1
    (event,) = events("statement.closed")
    assert (event.actor, event.details["reason"]) == ("deadline", "deadline")
    assert statement_status.close_expired(factories.now()) == []


def test_the_cli_closes_expired_statements(runner, db):
    expired_and_others()

    result = runner.invoke(args=["statements", "close-expired"])

    assert result.exit_code == 0, result.output
    assert "closed http://signon.example.org/s/late-letter" in result.output
    assert "1 statement(s) closed" in result.output
    assert statuses()["late-letter"] == "closed"
    assert statuses()["future-letter"] == "open"
    (event,) = events("statement.closed")
    assert event.actor == "cli"


def test_the_cli_says_so_when_nothing_is_due(runner, db):
    factories.open_statement("future-letter")

    result = runner.invoke(args=["statements", "close-expired"])

    assert result.exit_code == 0
    assert "0 statement(s) closed" in result.output


def test_the_worker_closes_a_statement_on_its_next_round(app, db, smtp):
    factories.past_deadline_statement("late-letter")
    db.session.remove()
    stop = threading.Event()
    thread = threading.Thread(target=worker.run, args=(app, stop, 0.05), daemon=True)
    thread.start()
    try:
        assert wait_until(lambda: statuses().get("late-letter") == "closed", timeout=10)
    finally:
        stop.set()
        thread.join(timeout=10)
    assert [e.actor for e in events("statement.closed")] == ["deadline"]


def test_one_worker_round_closes_expired_statements_and_reports_them(app, db):
    factories.past_deadline_statement("late-letter")
    db.session.remove()

    assert worker.close_expired_once(app) == ["late-letter"]
    assert worker.close_expired_once(app) == []


def test_a_statement_closed_by_its_deadline_shows_its_closed_message(client, db):
    factories.past_deadline_statement("late-letter", closed_message="The letter went to the President on Monday.")
    statement_status.close_expired(factories.now())

    page = client.get("/s/late-letter").get_data(as_text=True)

    assert "The letter went to the President on Monday." in page
