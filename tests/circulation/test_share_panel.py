"""The share page: the public and review links from SIGNON_BASE_URL, an invitation ready to
send, the live count, and each coordinator's own choice of email about new signatures. Only
the statement's coordinators (owners and editors) see it."""

from __future__ import annotations

import html
import re
from datetime import timedelta

import pytest
from sqlalchemy import func

from signon.extensions import db
from signon.models import AuditEvent, Coordinator, Membership, Statement
from tests import factories
from tests.conftest import TEST_BASE_URL
from tests.sessions import log_in, seeding

SLUG = "national-guard-letter"
SHARE = f"/coordinator/s/{SLUG}/share"
TITLE = "U.S. NGOs Denounce National Guard Actions in Migration Enforcement"


def text_of(response) -> str:
    return html.unescape(response.get_data(as_text=True))


def membership(app, email: str = "maria@lawg.example.org") -> Membership:
    with seeding(app):
        found = db.session.execute(
            db.select(Membership).join(Coordinator).where(Coordinator.email == email)
        ).scalar_one()
        db.session.expunge(found)
        return found


@pytest.fixture
def maria(app, client):
    """María owns an open statement with two verified signatures, one awaiting confirmation and
    one awaiting approval; Ben is an editor on it; Otto coordinates another statement."""
    with seeding(app):
        statement = factories.open_statement(SLUG, deadline=factories.now() + timedelta(days=10))
        factories.verified_signature(statement, "Latin America Working Group")
        factories.verified_signature(statement, "Centro de Atención al Migrante Exodus", category="international")
        factories.pending_signature(statement, "Kino Border Initiative")
        awaiting = factories.pending_signature(statement, "Hope Border Institute", email="hope@example.org")
        awaiting.confirmed_at = factories.now()
        factories.signature(statement, "Rejected Coalition", status="rejected")
        db.session.commit()
        factories.coordinator("maria@lawg.example.org", statements=(statement,))
        factories.team_member(statement, "ben@lawg.example.org", role="editor")
        other = factories.open_statement("other-letter")
        factories.coordinator("otto@other.example.org", name="Otto Other", statements=(other,))
    log_in(client)
    return client


# --------------------------------------------------------------------------- what it shows


def test_the_share_page_shows_the_public_link_built_from_the_base_url(maria):
    # Asked for on http://localhost/, it answers with the configured address.
    r = maria.get(SHARE)
    page = text_of(r)
    assert r.status_code == 200
    assert f"<h1>Share: {TITLE}</h1>" in page
    assert f'id="public-link" value="{TEST_BASE_URL}/s/{SLUG}" readonly' in page


def test_without_a_review_token_the_page_says_there_is_no_review_link(maria):
    page = text_of(maria.get(SHARE))
    assert "There is no review link for this statement." in page
    assert "?review=" not in page


def test_with_a_review_token_the_page_shows_the_review_link(maria, app):
    with seeding(app):
        statement = db.session.execute(db.select(Statement).where(Statement.slug == SLUG)).scalar_one()
        statement.review_token = "s3cret-Review_token"
        db.session.commit()
    page = text_of(maria.get(SHARE))
    assert f'id="review-link" value="{TEST_BASE_URL}/s/{SLUG}?review=s3cret-Review_token" readonly' in page


def test_the_invitation_names_the_title_deadline_link_and_what_signing_involves(maria):
    page = text_of(maria.get(SHARE))
    subject = re.search(r'id="invitation-subject" value="([^"]*)"', page)
    text = re.search(r'<textarea[^>]*id="invitation-text"[^>]*>(.*?)</textarea>', page, re.S)
    assert subject and text
    assert subject[1] == f"Invitation to sign on: {TITLE}"
    invitation = text[1]
    assert f'"{TITLE}"' in invitation
    assert "Sign on by " in invitation
    assert f"{TEST_BASE_URL}/s/{SLUG}\n" in invitation
    assert "email address of a person authorized to sign" in invitation
    assert "Contact details are never published" in invitation
    assert "coordinators have approved" not in invitation
    assert "Questions: coalition@example.org" in invitation


def test_the_invitation_of_a_moderated_statement_says_signatures_are_approved(maria, app):
    with seeding(app):
        statement = db.session.execute(db.select(Statement).where(Statement.slug == SLUG)).scalar_one()
        statement.moderated = True
        db.session.commit()
    assert "the coordinators have approved the signature" in text_of(maria.get(SHARE))


def test_the_invitation_can_be_opened_in_an_email_program_without_javascript(maria):
    page = maria.get(SHARE).get_data(as_text=True)
    link = re.search(r'href="(mailto:\?subject=[^"]+)"', page)
    assert link
    assert "Invitation%20to%20sign%20on" in link[1]
    assert f"{TEST_BASE_URL}/s/{SLUG}".replace(":", "%3A").replace("/", "%2F") in link[1]


def test_the_copy_buttons_stay_hidden_until_the_script_shows_them(maria):
    page = maria.get(SHARE).get_data(as_text=True)
    buttons = re.findall(r"<button [^>]*data-copy=[^>]*>", page)
    assert len(buttons) == 3
    assert all(" hidden" in b for b in buttons)
    assert '<script src="/static/js/share.js" defer></script>' in page


def test_the_count_shows_verified_awaiting_confirmation_and_awaiting_approval(maria):
    page = maria.get(SHARE).get_data(as_text=True)
    assert '<dt>Verified</dt><dd data-count="verified">2</dd>' in page
    assert '<dt>Awaiting confirmation</dt><dd data-count="awaiting_confirmation">1</dd>' in page
    assert '<dt>Awaiting approval</dt><dd data-count="awaiting_approval">1</dd>' in page


def test_the_live_count_answers_in_json_and_is_never_cached(maria, app):
    with seeding(app):
        statement = db.session.execute(db.select(Statement).where(Statement.slug == SLUG)).scalar_one()
        factories.verified_signature(statement, "Third Verified Organization")
    r = maria.get(f"{SHARE}/counts")
    assert r.status_code == 200
    assert r.json == {"verified": 3, "awaiting_confirmation": 1, "awaiting_approval": 1}
    assert r.headers["Cache-Control"] == "private, no-store"


def test_hidden_signatures_are_not_counted_as_verified(maria, app):
    with seeding(app):
        statement = db.session.execute(db.select(Statement).where(Statement.slug == SLUG)).scalar_one()
        factories.verified_signature(statement, "Hidden Organization", hidden=True)
    assert maria.get(f"{SHARE}/counts").json["verified"] == 2


def test_a_draft_says_its_public_link_works_once_open(maria, app):
    with seeding(app):
        statement = db.session.execute(db.select(Statement).where(Statement.slug == SLUG)).scalar_one()
        statement.status = "draft"
        db.session.commit()
    assert "This statement is a draft: the public link works once it is open" in text_of(maria.get(SHARE))


# --------------------------------------------------------------------------- her notification email


def test_each_new_signature_is_the_default_choice(maria):
    page = maria.get(SHARE).get_data(as_text=True)
    assert re.search(r'<input checked id="notify-0" name="notify" required type="radio" value="each">', page)
    assert "Whatever you choose, you are emailed 48 hours before the deadline" in page


def test_choosing_the_daily_digest_saves_it_on_her_membership_only(maria, app):
    r = maria.post(f"{SHARE}/notifications", data={"notify": "digest"})

    assert r.status_code == 303
    assert r.headers["Location"].endswith(f"{SHARE}#notifications")
    page = maria.get(SHARE).get_data(as_text=True)
    assert "Saved: you will receive a daily digest of new signatures." in page
    assert re.search(r'<input checked id="notify-1" name="notify" required type="radio" value="digest">', page)
    assert membership(app).notify == "digest"
    assert membership(app, "ben@lawg.example.org").notify == "each"


def test_a_new_choice_applies_from_now_on_and_is_recorded(maria, app):
    before = factories.now()
    maria.post(f"{SHARE}/notifications", data={"notify": "none"})

    saved = membership(app)
    assert saved.notify == "none"
    assert saved.digest_sent_at is not None and saved.digest_sent_at >= before
    with seeding(app):
        event = db.session.execute(
            db.select(AuditEvent).where(AuditEvent.action == "membership.notify_changed")
        ).scalar_one()
        maria_id = db.session.execute(
            db.select(Coordinator.id).where(Coordinator.email == "maria@lawg.example.org")
        ).scalar_one()
        assert event.actor == f"coordinator:{maria_id}"
        assert event.details["before"] == "each"
        assert event.details["after"] == "none"


def test_saving_the_same_choice_again_records_nothing(maria, app):
    maria.post(f"{SHARE}/notifications", data={"notify": "each"})
    with seeding(app):
        assert db.session.execute(db.select(func.count()).select_from(AuditEvent)).scalar_one() == 0


@pytest.mark.parametrize("choice", [None, "", "weekly", "each\x00"])
def test_an_unknown_choice_is_refused_with_a_message_and_changes_nothing(maria, app, choice):
    r = maria.post(f"{SHARE}/notifications", data={} if choice is None else {"notify": choice})
    assert r.status_code == 422
    page = r.get_data(as_text=True)
    assert "There is a problem" in page
    assert membership(app).notify == "each"


def test_an_editor_may_see_the_share_page_and_choose_her_own_email(app, maria):
    ben = app.test_client()
    log_in(ben, "ben@lawg.example.org")
    assert ben.get(SHARE).status_code == 200
    assert ben.post(f"{SHARE}/notifications", data={"notify": "none"}).status_code == 303
    assert membership(app, "ben@lawg.example.org").notify == "none"
    assert membership(app).notify == "each"


def test_without_the_csrf_token_the_choice_is_not_saved(maria, app):
    app.config["WTF_CSRF_ENABLED"] = True
    r = maria.post(f"{SHARE}/notifications", data={"notify": "none"})
    assert r.status_code == 422
    assert membership(app).notify == "each"


def test_with_the_csrf_token_of_the_page_the_choice_is_saved(maria, app):
    app.config["WTF_CSRF_ENABLED"] = True
    page = maria.get(SHARE).get_data(as_text=True)
    form = page[page.index('action="/coordinator/s/national-guard-letter/share/notifications"') :]
    token = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', form)
    assert token
    assert maria.post(f"{SHARE}/notifications", data={"notify": "none", "csrf_token": token[1]}).status_code == 303
    assert membership(app).notify == "none"


# --------------------------------------------------------------------------- who may see it


@pytest.mark.parametrize("path", [SHARE, f"{SHARE}/counts"])
def test_a_coordinator_of_another_statement_gets_404(app, maria, path):
    otto = app.test_client()
    log_in(otto, "otto@other.example.org")
    assert otto.get(path).status_code == 404


def test_a_coordinator_of_another_statement_cannot_change_anyones_choice(app, maria):
    otto = app.test_client()
    log_in(otto, "otto@other.example.org")
    assert otto.post(f"{SHARE}/notifications", data={"notify": "none"}).status_code == 404
    assert membership(app).notify == "each"


@pytest.mark.parametrize("path", [SHARE, f"{SHARE}/counts"])
def test_an_anonymous_visitor_is_sent_to_sign_in(app, maria, path):
    r = app.test_client().get(path)
    assert r.status_code == 302
    assert "/login" in r.headers["Location"]


def test_the_workspace_navigation_links_share_and_history(maria):
    page = maria.get(f"/coordinator/s/{SLUG}/signatures").get_data(as_text=True)
    assert f'href="{SHARE}"' in page
    assert f'href="/coordinator/s/{SLUG}/history"' in page
    share = maria.get(SHARE).get_data(as_text=True)
    assert f'<a href="{SHARE}" aria-current="page">Share</a>' in share
