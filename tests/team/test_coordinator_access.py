"""Coordinators through HTTP: signing in and out, where sign-in leads, and who sees which statement."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from urllib.parse import parse_qs, urljoin, urlsplit

import pytest

from signon.extensions import db
from signon.models import Statement
from tests import factories
from tests.pages import table_of

LOGIN_ERROR = "The email address or password is not right"
OTHER_TEAM_SLUG = "other-team-letter"


# --------------------------------------------------------------------------- helpers


def log_in(client, email: str = "maria@lawg.example.org", password: str = factories.PASSWORD, next_: str | None = None):
    url = "/login" if next_ is None else f"/login?next={next_}"
    return client.post(url, data={"email": email, "password": password})


def where_a_browser_goes(location: str, base: str = "http://localhost/login") -> tuple[str, str]:
    """(host, path) a browser would open for this Location header. Browsers read a backslash as a
    slash in http(s) URLs and drop tabs and newlines; urljoin drops those too."""
    target = urlsplit(urljoin(base, location.replace("\\", "/")))
    return target.netloc, target.path


def without_csrf_tokens(html: str) -> str:
    """A page's text with its CSRF token (signed with a timestamp, so it differs per second) blanked."""
    return re.sub(r'name="csrf_token"( type="hidden")? value="[^"]*"', 'name="csrf_token" value=""', html)


@contextmanager
def seeding(app) -> Iterator[None]:
    """An app context for the factories only. Requests must not run inside it: they would share
    its `g`, where Flask-Login caches the signed-in user from one request to the next."""
    with app.app_context():
        yield
        db.session.remove()


def statement_with_slug(slug: str) -> Statement:
    return db.session.execute(db.select(Statement).where(Statement.slug == slug)).scalar_one()


@pytest.fixture
def team(app) -> None:
    """María coordinates two statements; Otto's team runs a third one."""
    with seeding(app):
        ours = factories.open_statement("national-guard-letter", title="National Guard Letter")
        second = factories.open_statement("shelters-letter", title="Protect the Shelters")
        theirs = factories.open_statement(OTHER_TEAM_SLUG, title="The Other Team's Letter")
        factories.coordinator("maria@lawg.example.org", statements=(ours, second))
        factories.coordinator("otto@other.example.org", name="Otto Other", statements=(theirs,))


# --------------------------------------------------------------------------- signing in


def test_coordinator_signs_in_with_email_and_password_and_lands_on_the_dashboard(client, team):
    r = log_in(client)
    assert r.status_code == 303
    assert where_a_browser_goes(r.headers["Location"]) == ("localhost", "/coordinator/")
    dashboard = client.get("/coordinator/")
    assert dashboard.status_code == 200
    assert "National Guard Letter" in dashboard.get_data(as_text=True)


def test_login_form_labels_its_fields_email_and_password(client):
    html = client.get("/login").get_data(as_text=True)
    assert re.search(r'<label[^>]*for="email"[^>]*>Email</label>', html)
    assert re.search(r'<label[^>]*for="password"[^>]*>Password</label>', html)


def test_wrong_password_is_refused_with_422(client, team):
    r = log_in(client, password="not the password at all")
    assert r.status_code == 422
    assert LOGIN_ERROR in r.get_data(as_text=True)
    assert client.get("/coordinator/").status_code == 302


def test_unknown_email_is_refused_with_422(client, team):
    r = log_in(client, email="nobody@example.org")
    assert r.status_code == 422
    assert LOGIN_ERROR in r.get_data(as_text=True)
    assert client.get("/coordinator/").status_code == 302


def test_wrong_password_and_unknown_email_give_the_same_answer_so_neither_is_revealed(app, team):
    wrong_password = log_in(app.test_client(), email="maria@lawg.example.org", password="wrong password here")
    unknown_email = log_in(app.test_client(), email="mario@lawg.example.org", password="wrong password here")
    assert wrong_password.status_code == unknown_email.status_code == 422
    # The same page, apart from the address typed back into the form.
    a = without_csrf_tokens(wrong_password.get_data(as_text=True)).replace("maria@", "EMAIL@")
    b = without_csrf_tokens(unknown_email.get_data(as_text=True)).replace("mario@", "EMAIL@")
    assert a == b
    for hint in ("unknown", "no account", "not registered", "wrong password", "incorrect password"):
        assert hint not in a.lower()


# --------------------------------------------------------------------------- signing out


def test_after_signing_out_the_dashboard_redirects_to_login(client, team):
    log_in(client)
    assert client.get("/coordinator/").status_code == 200
    r = client.post("/logout")
    assert r.status_code == 303
    r = client.get("/coordinator/")
    assert r.status_code == 302
    assert where_a_browser_goes(r.headers["Location"])[1] == "/login"


def test_signing_out_also_ends_the_coordinators_other_sessions(app, team):
    laptop, phone = app.test_client(), app.test_client()
    log_in(laptop)
    log_in(phone)
    assert laptop.get("/coordinator/").status_code == 200
    assert phone.get("/coordinator/").status_code == 200

    laptop.post("/logout")

    r = phone.get("/coordinator/")
    assert r.status_code == 302
    assert where_a_browser_goes(r.headers["Location"])[1] == "/login"
    assert phone.get("/coordinator/s/national-guard-letter/signatures.csv").status_code == 302


def test_signing_out_leaves_other_coordinators_signed_in(app, team):
    maria, otto = app.test_client(), app.test_client()
    log_in(maria)
    log_in(otto, email="otto@other.example.org")
    maria.post("/logout")
    assert otto.get("/coordinator/").status_code == 200


def test_signing_out_is_a_post_so_a_link_cannot_sign_anyone_out(client, team):
    log_in(client)
    assert client.get("/logout").status_code == 405
    assert client.get("/coordinator/").status_code == 200


# --------------------------------------------------------------------------- ?next=


def test_sign_in_follows_next_to_a_local_path(client, team):
    r = log_in(client, next_="/coordinator/s/national-guard-letter/signatures")
    assert r.status_code == 303
    assert where_a_browser_goes(r.headers["Location"]) == (
        "localhost",
        "/coordinator/s/national-guard-letter/signatures",
    )


def test_the_login_page_of_a_protected_page_keeps_it_as_next(client, team):
    r = client.get("/coordinator/s/national-guard-letter/signatures")
    assert r.status_code == 302
    location = urlsplit(r.headers["Location"])
    assert location.path == "/login"
    assert parse_qs(location.query)["next"] == ["/coordinator/s/national-guard-letter/signatures"]


@pytest.mark.parametrize(
    "target",
    [
        "https://evil.example.com",
        "https%3A%2F%2Fevil.example.com%2Fcoordinator%2F",
        "//evil.example.com",
        "%2F%2Fevil.example.com",
        "/%5Cevil.example.com",
        "%5C%5Cevil.example.com",
        "/%09/evil.example.com",
        "/%0A/evil.example.com",
        "http:evil.example.com",
        "javascript:alert(1)",
    ],
)
def test_sign_in_never_follows_next_to_another_site(client, team, target):
    r = log_in(client, next_=target)
    assert r.status_code == 303
    host, _ = where_a_browser_goes(r.headers["Location"])
    assert host == "localhost", repr(r.headers["Location"])
    assert not r.headers["Location"].lower().startswith("javascript:")


@pytest.mark.parametrize("target", ["https://evil.example.com", "//evil.example.com"])
def test_sign_in_with_next_to_another_site_goes_to_the_dashboard(client, team, target):
    r = log_in(client, next_=target)
    assert where_a_browser_goes(r.headers["Location"]) == ("localhost", "/coordinator/")


# --------------------------------------------------------------------------- dashboard


def test_dashboard_lists_only_the_coordinators_own_statements(client, team):
    log_in(client)
    html = client.get("/coordinator/").get_data(as_text=True)
    assert "National Guard Letter" in html
    assert "Protect the Shelters" in html
    assert "The Other Team&#39;s Letter" not in html and "The Other Team's Letter" not in html
    assert OTHER_TEAM_SLUG not in html


def test_dashboard_counts_signatures_per_status(app, client, team):
    with seeding(app):
        ours, theirs = statement_with_slug("national-guard-letter"), statement_with_slug(OTHER_TEAM_SLUG)
        factories.verified_signature(ours, "Latin America Working Group")
        factories.verified_signature(ours, "Hope Border Institute")
        factories.pending_signature(ours, "Kino Border Initiative")
        factories.signature(ours, "Rejected Org", status="rejected")
        factories.verified_signature(ours, "Hidden Org", hidden=True)  # counted nowhere until restored
        for n in range(4):
            factories.verified_signature(theirs, f"Their Signatory {n}")

    log_in(client)
    rows = {
        r["Statement"].split(" Public page")[0]: r for r in table_of(client.get("/coordinator/").get_data(as_text=True))
    }

    assert set(rows) == {"National Guard Letter", "Protect the Shelters"}
    ours_row = rows["National Guard Letter"]
    assert ours_row["Verified"] == "2"
    assert ours_row["Awaiting confirmation"] == "1"
    assert ours_row["Rejected"] == "1"
    assert ours_row["Withdrawn"] == "0"
    assert rows["Protect the Shelters"]["Verified"] == "0"
    assert rows["Protect the Shelters"]["Awaiting confirmation"] == "0"


def test_dashboard_of_a_coordinator_without_statements_lists_none(app, client, team):
    with seeding(app):
        factories.coordinator("newcomer@example.org")
    log_in(client, email="newcomer@example.org")
    html = client.get("/coordinator/").get_data(as_text=True)
    for title in ("National Guard Letter", "Protect the Shelters", "The Other Team"):
        assert title not in html


# --------------------------------------------------------------------------- signatures page


def test_signatures_page_lists_every_signature_with_its_status_contact_name_and_email(app, client, team):
    with seeding(app):
        ours = statement_with_slug("national-guard-letter")
        factories.verified_signature(
            ours, "Latin America Working Group", contact_name="Lisa Haugaard", email="lisa@lawg.example.org"
        )
        factories.pending_signature(
            ours, "Kino Border Initiative", contact_name="Joanna Williams", email="joanna@kino.example.org"
        )
        factories.signature(
            ours, "Rejected Org", status="rejected", contact_name="Rex Jected", email="rex@rejected.example.org"
        )
        factories.signature(
            ours, "Withdrawn Org", status="withdrawn", contact_name="Wendy Drawn", email="wendy@withdrawn.example.org"
        )
        theirs = statement_with_slug(OTHER_TEAM_SLUG)
        factories.verified_signature(
            theirs, "Their Signatory", contact_name="Theo Theirs", email="theo@theirs.example.org"
        )

    log_in(client)
    r = client.get("/coordinator/s/national-guard-letter/signatures")
    assert r.status_code == 200
    rows = {row["Organization"]: row for row in table_of(r.get_data(as_text=True))}

    assert set(rows) == {"Latin America Working Group", "Kino Border Initiative", "Rejected Org", "Withdrawn Org"}
    expected = {
        "Latin America Working Group": ("Verified", "Lisa Haugaard", "lisa@lawg.example.org"),
        "Kino Border Initiative": ("Awaiting confirmation", "Joanna Williams", "joanna@kino.example.org"),
        "Rejected Org": ("Rejected", "Rex Jected", "rex@rejected.example.org"),
        "Withdrawn Org": ("Withdrawn", "Wendy Drawn", "wendy@withdrawn.example.org"),
    }
    for name, (status, contact, email) in expected.items():
        assert rows[name]["Status"] == status
        assert contact in rows[name]["Signed by"]
        assert email in rows[name]["Signed by"]


def test_signatures_page_shows_a_confirmed_signature_under_moderation_as_awaiting_approval(app, client, team):
    with seeding(app):
        signature = factories.pending_signature(statement_with_slug("national-guard-letter"), "Kino Border Initiative")
        signature.confirmed_at = factories.now()
        db.session.commit()
    log_in(client)
    rows = table_of(client.get("/coordinator/s/national-guard-letter/signatures").get_data(as_text=True))
    assert rows[0]["Status"] == "Awaiting approval"


# --------------------------------------------------------------------------- who sees what

PROTECTED = [
    "/coordinator/s/{slug}/signatures",
    "/coordinator/s/{slug}/signatures.csv",
]


@pytest.mark.parametrize("url", PROTECTED)
def test_a_coordinator_of_another_team_gets_404_for_a_statement(client, team, url):
    log_in(client, email="otto@other.example.org")
    assert client.get(url.format(slug="national-guard-letter")).status_code == 404
    assert client.get(url.format(slug=OTHER_TEAM_SLUG)).status_code == 200


@pytest.mark.parametrize("url", PROTECTED)
def test_guessing_the_slug_of_another_teams_statement_gives_404(client, team, url):
    log_in(client)
    r = client.get(url.format(slug=OTHER_TEAM_SLUG))
    assert r.status_code == 404
    assert b"The Other Team" not in r.data


@pytest.mark.parametrize("url", PROTECTED)
def test_a_coordinator_without_statements_gets_404(app, client, team, url):
    with seeding(app):
        factories.coordinator("newcomer@example.org")
    log_in(client, email="newcomer@example.org")
    assert client.get(url.format(slug="national-guard-letter")).status_code == 404


@pytest.mark.parametrize("url", PROTECTED)
def test_a_slug_that_does_not_exist_gives_404(client, team, url):
    log_in(client)
    assert client.get(url.format(slug="no-such-letter")).status_code == 404


@pytest.mark.parametrize("url", PROTECTED)
def test_another_teams_statement_and_a_missing_one_are_indistinguishable(app, client, team, url):
    with seeding(app):
        factories.verified_signature(statement_with_slug(OTHER_TEAM_SLUG), "Their Signatory")
    log_in(client)
    forbidden = client.get(url.format(slug=OTHER_TEAM_SLUG))
    missing = client.get(url.format(slug="no-such-letter"))
    assert forbidden.status_code == missing.status_code == 404
    assert forbidden.headers.get("Content-Type") == missing.headers.get("Content-Type")
    assert forbidden.headers.get("Content-Disposition") == missing.headers.get("Content-Disposition")
    assert without_csrf_tokens(forbidden.get_data(as_text=True)) == without_csrf_tokens(missing.get_data(as_text=True))


@pytest.mark.parametrize("url", [*PROTECTED, "/coordinator/"])
@pytest.mark.parametrize("slug", ["national-guard-letter", "no-such-letter"])
def test_anonymous_visitors_are_redirected_to_login(client, team, url, slug):
    r = client.get(url.format(slug=slug))
    assert r.status_code == 302
    assert where_a_browser_goes(r.headers["Location"])[1] == "/login"
    assert b"Latin America" not in r.data and b"maria@" not in r.data
