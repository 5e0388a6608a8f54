"""Opening a link from an email changes nothing. Mail scanners (Safe Links and the like) and
link previews GET or HEAD every link in every message, so only a POST may act.

The links are collected from the real emails Signon sends (every message the test SMTP server
receives, text and HTML parts), not from a list kept here: a link added to any email later is
covered without touching this test. The draft's review link, shared by coordinators by email,
is read off the status page. Each link is opened with GET and HEAD, by a stranger and by a
signed-in coordinator; every row of every table is the same afterwards.
"""

from __future__ import annotations

import re
from html import unescape

from signon.extensions import db
from tests import factories
from tests.conftest import TEST_BASE_URL
from tests.faults import database_snapshot
from tests.sessions import MARIA, log_in, seeding

SLUG = "national-guard-letter"
DRAFT_SLUG = "draft-letter"
LINK = re.compile(re.escape(TEST_BASE_URL) + r"""(/[^\s"'<>)\]]*)""")


def links_in(smtp) -> set[str]:
    paths: set[str] = set()
    for message in smtp.messages:
        for part in message.walk():
            if part.get_content_maintype() == "text":
                paths.update(unescape(path).rstrip(".,;") for path in LINK.findall(part.get_content()))
    return paths


def trigger_every_email(app, client, runner) -> str:
    """Do what makes Signon send each kind of email; the review link it shows is returned."""
    signer = factories.sign_form(email="ana@came.example.org")
    assert client.post(f"/s/{SLUG}/sign", data=signer).status_code == 303  # confirmation link
    second = factories.sign_form(organization="The Centro de Atención al Migrante Exodus", email="bo@example.org")
    assert client.post(f"/s/{SLUG}/sign", data=second).status_code == 303  # already signed
    assert client.post("/confirm/resend", data={"email": "ana@came.example.org"}).status_code == 303  # resend
    assert client.post("/manage", data={"email": "ana@came.example.org"}).status_code == 303  # manage link
    assert client.post("/password/forgot", data={"email": MARIA}).status_code == 303  # password reset
    log_in(client)
    invited = client.post(f"/coordinator/s/{SLUG}/team/invite", data={"email": "ines@example.org"})
    assert invited.status_code == 303  # invitation
    assert client.post(f"/coordinator/s/{DRAFT_SLUG}/review-link").status_code == 303
    status_page = client.get(f"/coordinator/s/{DRAFT_SLUG}/status").get_data(as_text=True)
    review = re.search(r'id="review-url" type="text" value="([^"]+)"', status_page)
    assert review, "no review link on the status page"
    client.post("/logout")
    assert runner.invoke(args=["notifications", "send"]).exit_code == 0  # coordinators' email
    return unescape(review.group(1)).removeprefix(TEST_BASE_URL)


def test_get_and_head_on_every_emailed_link_change_nothing(app, client, runner, smtp, send_outbox, migrated_database):
    with seeding(app):
        statement = factories.open_statement()
        draft = factories.draft_statement()
        factories.coordinator(statements=(statement, draft))
        factories.team_member(statement, "ben@lawg.example.org", notify="each")
    review_link = trigger_every_email(app, client, runner)
    while send_outbox().sent:
        pass
    links = links_in(smtp) | {review_link}
    opened = {path.split("/")[1] for path in links}
    for kind in ("confirm", "not-me", "manage", "password", "invitations", "s"):
        assert kind in opened, f"no /{kind}/ link was emailed: {sorted(links)}"
    assert any("/confirm/" in path for path in links) and any("review=" in path for path in links)
    assert any(path.startswith("/manage/") for path in links), sorted(links)

    coordinator = app.test_client()
    log_in(coordinator)
    with app.app_context():
        db.session.remove()
    before = database_snapshot(migrated_database)

    for path in sorted(links):
        for visitor in (app.test_client(), coordinator):
            for method in ("GET", "HEAD"):
                response = visitor.open(path, method=method)
                assert response.status_code < 500, f"{method} {path}: {response.status_code}"

    assert database_snapshot(migrated_database) == before
