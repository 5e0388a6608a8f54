"""Creating and editing a statement's text through HTTP: the New statement form, the edit form,
their validation, who may use them, and what saving changes on the public page."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from signon.models import AuditEvent, Category, Membership, Statement
from tests import factories
from tests.drafting_support import actions, count, error_summary, form_values, new_statement_form, statement
from tests.sessions import DRAFT_SLUG, EDDIE, OTTO, SLUG, log_in, make_team

EDIT = f"/coordinator/s/{SLUG}/edit"
DRAFT_EDIT = f"/coordinator/s/{DRAFT_SLUG}/edit"


@pytest.fixture
def team(db):
    return make_team(draft=True)


def edit_values(client, url: str = EDIT) -> dict[str, str]:
    response = client.get(url)
    assert response.status_code == 200
    return form_values(response.get_data(as_text=True), "/edit")


# --------------------------------------------------------------------------- creating


def test_the_dashboard_offers_a_new_statement_button(client, team):
    log_in(client)

    html = client.get("/coordinator/").get_data(as_text=True)

    assert 'href="/coordinator/new"' in html
    assert ">New statement</a>" in html


def test_a_new_statement_is_a_draft_owned_by_its_creator_with_the_default_categories(client, team, db):
    log_in(client, EDDIE)

    response = client.post("/coordinator/new", data=new_statement_form())

    assert response.status_code == 303
    assert response.headers["Location"] == "/coordinator/s/protect-migrant-shelters/edit"
    created = statement("protect-migrant-shelters")
    assert created.status == "draft"
    assert created.title == "Protect Migrant Shelters"
    assert created.date == date(2026, 6, 27)
    assert created.salutation == "Dear Secretary,"
    assert created.closing == "Sincerely,"
    assert created.body.startswith("We, the undersigned")
    assert [c.label for c in created.categories] == ["National", "State and Local", "International"]
    membership = db.session.execute(db.select(Membership).where(Membership.statement_id == created.id)).scalar_one()
    assert (membership.coordinator_id, membership.role) == (team.eddie, "owner")
    assert actions(created.id) == ["statement.created"]
    assert "Draft saved" in client.get(response.headers["Location"]).get_data(as_text=True)


def test_a_new_draft_is_not_public(client, team):
    log_in(client)
    client.post("/coordinator/new", data=new_statement_form())
    client.post("/logout")

    assert client.get("/s/protect-migrant-shelters").status_code == 404
    assert client.get("/s/protect-migrant-shelters/sign").status_code == 404


def test_without_a_web_address_one_is_made_from_the_title_and_never_taken_twice(client, team):
    log_in(client)

    first = client.post("/coordinator/new", data=new_statement_form(title="Stop the Raids!"))
    second = client.post("/coordinator/new", data=new_statement_form(title="Stop the raids"))

    assert first.headers["Location"] == "/coordinator/s/stop-the-raids/edit"
    assert second.headers["Location"] == "/coordinator/s/stop-the-raids-2/edit"


def test_a_web_address_made_from_a_long_title_is_cut_between_words(client, team):
    log_in(client)
    title = "Joint statement of civil society organizations on the protection of migrant shelters along the border"

    first = client.post("/coordinator/new", data=new_statement_form(title=title))
    second = client.post("/coordinator/new", data=new_statement_form(title=title))

    # Cut at 72 characters, "...-protection-of-migr" would end mid-word: the cut falls before it.
    made = "joint-statement-of-civil-society-organizations-on-the-protection-of"
    assert first.headers["Location"] == f"/coordinator/s/{made}/edit"
    assert second.headers["Location"] == f"/coordinator/s/{made}-2/edit"


def test_a_chosen_web_address_is_kept(client, team):
    log_in(client)

    response = client.post("/coordinator/new", data=new_statement_form(slug="shelters-2026"))

    assert response.headers["Location"] == "/coordinator/s/shelters-2026/edit"


def test_the_deadline_is_read_in_the_chosen_time_zone(client, team):
    log_in(client)

    client.post(
        "/coordinator/new",
        data=new_statement_form(deadline_date="2099-08-15", deadline_time="17:00", timezone="America/New_York"),
    )

    # 17:00 in New York in August is 21:00 UTC.
    assert statement("protect-migrant-shelters").deadline == datetime(2099, 8, 15, 21, 0, tzinfo=UTC)
    assert statement("protect-migrant-shelters").timezone == "America/New_York"


def test_a_deadline_without_a_time_is_the_end_of_that_day(client, team):
    log_in(client)

    client.post(
        "/coordinator/new",
        data=new_statement_form(deadline_date="2099-08-15", deadline_time="", timezone="America/Mexico_City"),
    )

    saved = statement("protect-migrant-shelters")
    assert saved.deadline == datetime(2099, 8, 16, 5, 59, tzinfo=UTC)  # 23:59 in Mexico City (UTC-6)


def test_no_deadline_is_allowed(client, team):
    log_in(client)

    client.post("/coordinator/new", data=new_statement_form(deadline_date="", deadline_time=""))

    assert statement("protect-migrant-shelters").deadline is None


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"title": "  "}, "title", "Enter a title"),
        ({"body": ""}, "body", "Enter the text of the statement"),
        ({"slug": "Not A Slug"}, "slug", "Use lower-case letters, digits and single hyphens"),
        ({"slug": "two--hyphens"}, "slug", "Use lower-case letters, digits and single hyphens"),
        ({"language": "english!"}, "language", "Enter a language code"),
        ({"timezone": "Mars/Olympus_Mons"}, "timezone", "Choose a time zone from the list"),
        ({"date": "2026-02-30"}, "date", "Enter a real date"),
        ({"deadline_date": "15/08/2099"}, "deadline_date", "Enter a real date"),
        ({"deadline_date": "", "deadline_time": "17:00"}, "deadline_time", "Enter the date of the deadline"),
        ({"deadline_time": "5pm"}, "deadline_time", "Enter a time like 17:00"),
        ({"title": "x" * 301}, "title", "Keep it under 300 characters"),
        ({"salutation": "Dear\x00all"}, "salutation", "Remove the invisible control characters"),
        ({"body": "Cited.[^2]\n\n[^1]: Defined."}, "body", "Footnote [^2] is cited but never defined"),
        # Text Markdown would take minutes (or recurse too deep) to render.
        ({"body": "> " * 40 + "deep"}, "body", "Line 1 has lists or quotes nested more than 16 deep: simplify it"),
        ({"background": "Intro\n\n" + "* " * 500}, "background", "Line 3 has lists or quotes nested"),
    ],
)
def test_an_invalid_statement_is_refused_with_422_and_an_error_beside_the_field(client, team, changes, field, message):
    log_in(client)

    response = client.post("/coordinator/new", data=new_statement_form(**changes))

    assert response.status_code == 422
    html = response.get_data(as_text=True)
    summary = error_summary(html)
    assert f'href="#{field}"' in summary
    assert message in summary
    assert f'id="{field}-error"' in html
    assert "<title>Error: " in html
    assert count(Statement) == 3


def test_an_invalid_statement_keeps_what_was_typed(client, team):
    log_in(client)
    typed = new_statement_form(title="", body="Keep **this** text.\n\nAnd this.", salutation="Dear all,")

    html = client.post("/coordinator/new", data=typed).get_data(as_text=True)

    values = form_values(html, "/coordinator/new")
    assert values["body"] == typed["body"]
    assert values["salutation"] == "Dear all,"
    assert values["timezone"] == "America/New_York"


def test_a_web_address_already_in_use_is_refused(client, team):
    log_in(client)

    response = client.post("/coordinator/new", data=new_statement_form(slug=SLUG))

    assert response.status_code == 422
    assert "Another statement already has this web address" in error_summary(response.get_data(as_text=True))
    assert count(Statement) == 3


# --------------------------------------------------------------------------- editing


def test_the_edit_form_shows_the_saved_text_with_the_deadline_in_its_own_time_zone(client, db):
    saved = factories.open_statement(
        SLUG, deadline=datetime(2099, 8, 15, 21, 0, tzinfo=UTC), timezone="America/New_York", background="More."
    )
    factories.coordinator(statements=(saved,))
    log_in(client)

    values = edit_values(client)

    assert values["title"] == saved.title
    assert values["body"] == saved.body.strip()
    assert values["date"] == "2019-06-27"
    assert values["deadline_date"] == "2099-08-15"
    assert values["deadline_time"] == "17:00"
    assert values["timezone"] == "America/New_York"
    assert values["salutation"] == "Dear Mr. President,"
    assert values["closing"] == "Sincerely,"
    assert values["background"] == "More."
    assert values["language"] == "en"


def test_saving_changes_the_public_page_bumps_the_revision_and_is_audited(client, team):
    before = statement(SLUG).revision
    log_in(client)
    values = edit_values(client)
    values.update(title="A Better Title", body="New words.[^a]\n\n[^a]: A source.", background="Why it matters.")

    response = client.post(EDIT, data=values)

    assert response.status_code == 303
    assert response.headers["Location"] == EDIT
    saved = statement(SLUG)
    assert saved.title == "A Better Title"
    assert saved.revision == before + 1
    public = client.get(f"/s/{SLUG}").get_data(as_text=True)
    assert "<h1>A Better Title</h1>" in public
    assert "New words." in public
    assert "Why it matters." in public
    (event,) = [e for e in factories.db.session.execute(factories.db.select(AuditEvent)).scalars()]
    assert event.action == "statement.updated"
    assert event.actor == f"coordinator:{team.maria}"
    assert set(event.details["changed"]) == {"title", "body", "background"}


def test_saving_the_same_text_changes_nothing(client, team):
    before = statement(SLUG).revision
    log_in(client)

    response = client.post(EDIT, data=edit_values(client))

    assert response.status_code == 303
    assert statement(SLUG).revision == before
    assert actions(team.statement_id) == []


def test_an_editor_may_edit_the_text(client, team):
    log_in(client, EDDIE)
    values = edit_values(client)
    values["closing"] = "In solidarity,"

    assert client.post(EDIT, data=values).status_code == 303
    assert statement(SLUG).closing == "In solidarity,"


def test_the_web_address_of_a_draft_can_change(client, team):
    log_in(client)
    values = edit_values(client, DRAFT_EDIT)
    values["slug"] = "renamed-draft"

    response = client.post(DRAFT_EDIT, data=values)

    assert response.headers["Location"] == "/coordinator/s/renamed-draft/edit"
    assert statement("renamed-draft").id == team.draft_id


def test_the_web_address_of_a_statement_that_has_been_public_cannot_change(client, team):
    log_in(client)
    html = client.get(EDIT).get_data(as_text=True)
    assert 'name="slug"' not in html
    values = form_values(html, "/edit")
    values.update(slug="something-else", title="Still Here")

    response = client.post(EDIT, data=values)

    assert response.headers["Location"] == EDIT
    assert statement(SLUG).title == "Still Here"


def test_an_invalid_edit_is_refused_and_saves_nothing(client, team):
    log_in(client)
    values = edit_values(client)
    values.update(title="", body="Changed")

    response = client.post(EDIT, data=values)

    assert response.status_code == 422
    assert "Enter a title" in error_summary(response.get_data(as_text=True))
    assert statement(SLUG).body.startswith("The undersigned organizations")


# --------------------------------------------------------------------------- who may


DRAFTING_PAGES = [
    ("GET", f"/coordinator/s/{SLUG}/edit"),
    ("POST", f"/coordinator/s/{SLUG}/edit"),
    ("POST", f"/coordinator/s/{SLUG}/preview"),
    ("GET", f"/coordinator/s/{SLUG}/addressees"),
    ("POST", f"/coordinator/s/{SLUG}/addressees"),
    ("GET", f"/coordinator/s/{SLUG}/categories"),
    ("POST", f"/coordinator/s/{SLUG}/categories"),
    ("GET", f"/coordinator/s/{SLUG}/sign-form"),
    ("POST", f"/coordinator/s/{SLUG}/sign-form"),
    ("GET", f"/coordinator/s/{SLUG}/status"),
    ("POST", f"/coordinator/s/{SLUG}/status"),
    ("POST", f"/coordinator/s/{SLUG}/closed-message"),
    ("POST", f"/coordinator/s/{SLUG}/review-link"),
    ("POST", f"/coordinator/s/{SLUG}/review-link/revoke"),
]


@pytest.mark.parametrize(("method", "path"), DRAFTING_PAGES)
def test_a_coordinator_of_another_statement_gets_404(client, team, method, path):
    log_in(client, OTTO)

    response = client.open(path, method=method, data={"title": "Hijacked", "status": "closed"})

    assert response.status_code == 404
    assert statement(SLUG).status == "open"
    assert actions(team.statement_id) == []


@pytest.mark.parametrize(
    ("method", "path"), [*DRAFTING_PAGES, ("GET", "/coordinator/new"), ("POST", "/coordinator/new")]
)
def test_someone_not_signed_in_is_sent_to_sign_in(client, team, method, path):
    response = client.open(path, method=method, data=new_statement_form())

    assert response.status_code == 302
    assert response.headers["Location"].startswith("/login")
    assert count(Statement) == 3


def test_an_expired_form_saves_nothing_keeps_the_text_and_can_be_sent_again(app, client, team):
    log_in(client)
    app.config["WTF_CSRF_ENABLED"] = True

    response = client.post("/coordinator/new", data=new_statement_form(csrf_token="expired-or-forged"))

    assert response.status_code == 422
    html = response.get_data(as_text=True)
    assert "This page had expired. Check what you typed and press the button again." in error_summary(html)
    assert count(Statement) == 3
    assert count(Category) == 9
    again = form_values(html, "/coordinator/new")
    assert again["body"] == new_statement_form()["body"]
    assert client.post("/coordinator/new", data=again).status_code == 303
    assert count(Statement) == 4
