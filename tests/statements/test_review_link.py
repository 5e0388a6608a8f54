"""Who reads a draft: its coordinators, and whoever holds its private review link
(/s/<slug>?review=TOKEN, revocable). Everyone else gets 404, as if it did not exist. A draft is
marked DRAFT, never cached by others and never indexed; its sign form is never reachable."""

from __future__ import annotations

import re

import pytest

from signon.models import AuditEvent
from signon.services.statements import drafts, statement_status
from tests import factories
from tests.drafting_support import flashes, statement
from tests.sessions import DRAFT_SLUG, OTTO, log_in, make_team

STATUS = f"/coordinator/s/{DRAFT_SLUG}/status"
PAGE = f"/s/{DRAFT_SLUG}"


@pytest.fixture
def team(db):
    return make_team(draft=True)


def create_link(client) -> str:
    """Create the review link as María does, and read it off the status page."""
    log_in(client)
    assert client.post(f"{STATUS.rsplit('/', 1)[0]}/review-link").status_code == 303
    html = client.get(STATUS).get_data(as_text=True)
    match = re.search(r'id="review-url" type="text" value="([^"]+)"', html)
    assert match, "no review link on the status page"
    client.post("/logout")
    return match.group(1)


def path_of(link: str) -> str:
    return link.removeprefix("http://signon.example.org")


def assert_draft_page(response) -> None:
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    assert re.search(r'<p class="draft-mark"><strong>DRAFT</strong>', html)
    assert '<meta name="robots" content="noindex, nofollow">' in html
    assert response.headers["X-Robots-Tag"] == "noindex, nofollow"
    assert response.headers["Cache-Control"] == "private, no-store"
    assert "ETag" not in response.headers
    assert "<title>Draft: A Draft Letter" in html
    assert "/sign" not in re.sub(r'href="/coordinator[^"]*"', "", html.split("<main", 1)[1])


def test_a_draft_is_404_to_the_public_and_to_other_coordinators(client, team):
    assert client.get(PAGE).status_code == 404
    log_in(client, OTTO)
    assert client.get(PAGE).status_code == 404


def test_its_coordinators_read_the_draft_marked_as_such(client, team):
    log_in(client)

    assert_draft_page(client.get(PAGE))


def test_the_review_link_is_built_from_the_configured_address_and_shows_the_draft(client, team):
    link = create_link(client)

    assert re.fullmatch(r"http://signon\.example\.org/s/draft-letter\?review=[A-Za-z0-9_\-]{32}", link)
    assert_draft_page(client.get(path_of(link)))


@pytest.mark.parametrize("wrong", ["", "x", "wrong-token-of-the-right-length-xx", "%00", "ä" * 32, "a" * 5000])
def test_a_wrong_token_is_404(client, team, wrong):
    create_link(client)

    assert client.get(f"{PAGE}?review={wrong}").status_code == 404


def test_a_truncated_or_extended_token_is_404(client, team):
    link = create_link(client)

    assert client.get(path_of(link)[:-1]).status_code == 404
    assert client.get(path_of(link) + "x").status_code == 404


def test_the_token_is_compared_in_constant_time(client, team, monkeypatch):
    link = create_link(client)
    compared = []
    real = drafts.hmac.compare_digest

    def spy(a, b):
        compared.append((a, b))
        return real(a, b)

    monkeypatch.setattr(drafts.hmac, "compare_digest", spy)

    client.get(path_of(link))

    assert compared, "the review token was not compared with hmac.compare_digest"


def test_a_revoked_link_is_404(client, team):
    link = create_link(client)
    log_in(client)

    client.post(f"/coordinator/s/{DRAFT_SLUG}/review-link/revoke")

    html = client.get(STATUS).get_data(as_text=True)
    assert "The review link no longer works." in flashes(html)
    assert 'id="review-url"' not in html
    client.post("/logout")
    assert client.get(path_of(link)).status_code == 404
    assert statement(DRAFT_SLUG).review_token is None


def test_a_new_link_replaces_the_old_one(client, team):
    first = create_link(client)
    second = create_link(client)

    assert first != second
    assert client.get(path_of(first)).status_code == 404
    assert client.get(path_of(second)).status_code == 200


def test_the_sign_form_of_a_draft_is_not_reachable_even_with_the_review_link(client, team):
    link = create_link(client)
    token = link.split("review=")[1]

    assert client.get(f"{PAGE}/sign?review={token}").status_code == 404
    assert client.post(f"{PAGE}/sign?review={token}", data=factories.sign_form()).status_code == 404


def test_the_token_never_reaches_the_audit_trail(client, team, db):
    link = create_link(client)
    token = link.split("review=")[1]

    rows = db.session.execute(db.select(AuditEvent)).scalars().all()
    assert [e.action for e in rows if e.statement_id == team.draft_id] == ["statement.review_link_created"]
    assert all(token not in str(e.details) for e in rows)


def test_once_open_the_page_is_public_indexable_and_cached(client, team, db):
    statement_status.set_status(DRAFT_SLUG, "open", factories.now(), actor="test")

    response = client.get(PAGE)

    assert response.status_code == 200
    html = response.get_data(as_text=True)
    assert "DRAFT" not in html
    assert "noindex" not in html
    assert "ETag" in response.headers


def test_a_review_link_on_an_open_statement_shows_the_public_page(client, team):
    link = create_link(client)
    statement_status.set_status(DRAFT_SLUG, "open", factories.now(), actor="test")

    response = client.get(path_of(link))

    assert response.status_code == 200
    assert "DRAFT" not in response.get_data(as_text=True)


def test_a_stranger_cannot_create_or_revoke_the_link(client, team):
    log_in(client, OTTO)

    assert client.post(f"/coordinator/s/{DRAFT_SLUG}/review-link").status_code == 404
    assert statement(DRAFT_SLUG).review_token is None


def test_the_first_link_is_announced_as_ready_and_a_new_one_says_the_old_one_stopped(client, team):
    log_in(client)
    status = STATUS
    first = client.post(f"{status.rsplit('/', 1)[0]}/review-link", follow_redirects=True).get_data(as_text=True)
    second = client.post(f"{status.rsplit('/', 1)[0]}/review-link", follow_redirects=True).get_data(as_text=True)

    assert "The review link is ready." in first and "no longer works" not in first
    assert "A new review link is ready. The earlier one no longer works." in second
