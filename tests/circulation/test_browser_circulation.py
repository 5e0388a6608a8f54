"""Circulation in a real browser (Debian Chromium through Playwright, CSRF on): the share page
with its copy buttons and live count, the coordinator's choice of email, the message to every
verified signatory, and the history. axe-core finds no WCAG 2.2 AA violation on any of them;
without JavaScript the texts are still there to select and every form still works."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, Page, expect

from signon.extensions import db
from signon.models import AuditEvent, Coordinator, Membership, OutboxMessage, Statement
from tests import factories
from tests.conftest import violation_ids
from tests.pages import LoginPage
from tests.sessions import seeding

SLUG = "national-guard-letter"
TITLE = "U.S. NGOs Denounce National Guard Actions in Migration Enforcement"
MARIA = "maria@lawg.example.org"


def add_verified(app, name: str, email: str) -> None:
    with seeding(app):
        statement = db.session.execute(db.select(Statement).where(Statement.slug == SLUG)).scalar_one()
        factories.verified_signature(statement, name, email=email)


def notify_choice(app) -> str:
    with seeding(app):
        return db.session.execute(
            db.select(Membership.notify).join(Coordinator).where(Coordinator.email == MARIA)
        ).scalar_one()


@pytest.fixture
def statement(app) -> None:
    with seeding(app):
        s = factories.open_statement(SLUG)
        factories.verified_signature(s, "Latin America Working Group", email="lisa@lawg.example.org")
        factories.verified_signature(
            s, "Centro de Atención al Migrante Exodus", category="international", email="ana@came.example.org"
        )
        factories.pending_signature(s, "Kino Border Initiative", email="joanna@kino.example.org")
        factories.coordinator(MARIA, statements=(s,))


def sign_in(page: Page) -> None:
    LoginPage(page).open().sign_in(MARIA, factories.PASSWORD)
    expect(page.get_by_role("heading", level=1)).to_have_text("Your statements")


def open_share_page(page: Page) -> None:
    page.goto(f"/coordinator/s/{SLUG}/signatures")
    page.get_by_role("navigation", name="This statement").get_by_role("link", name="Share").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Share: {TITLE}")


def test_a_coordinator_copies_the_link_and_chooses_a_daily_digest(app, page: Page, live_server, statement):
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    sign_in(page)
    open_share_page(page)

    expect(page.get_by_label("Public link")).to_have_value(f"{live_server}/s/{SLUG}")
    expect(page.get_by_label("Invitation", exact=True)).to_contain_text(f"{live_server}/s/{SLUG}")
    expect(page.locator('dd[data-count="verified"]')).to_have_text("2")
    expect(page.locator('dd[data-count="awaiting_confirmation"]')).to_have_text("1")
    page.screenshot(path="/tmp/circulation-share-page.png", full_page=True)
    assert violation_ids(page) == []

    page.get_by_role("button", name="Copy the public link").click()
    expect(page.get_by_role("status").filter(has_text="Copied")).to_have_text("Copied the public link.")
    assert page.evaluate("navigator.clipboard.readText()") == f"{live_server}/s/{SLUG}"
    page.get_by_role("button", name="Copy the invitation").click()
    expect(page.locator("#copy-status")).to_have_text("Copied the invitation.")
    assert "We invite your organization to sign on" in page.evaluate("navigator.clipboard.readText()")

    expect(page.get_by_label("Each new signature, as soon as it is verified")).to_be_checked()
    page.get_by_label("A daily digest").check()
    page.get_by_role("button", name="Save my choice").click()

    expect(page.get_by_text("Saved: you will receive a daily digest of new signatures.")).to_be_visible()
    expect(page.get_by_label("A daily digest")).to_be_checked()
    assert notify_choice(app) == "digest"
    assert violation_ids(page) == []


def test_the_count_updates_live_and_can_be_paused(app, page: Page, live_server, statement):
    page.clock.install()
    sign_in(page)
    open_share_page(page)
    verified = page.locator('dd[data-count="verified"]')
    expect(verified).to_have_text("2")

    add_verified(app, "Third Organization", "third@example.org")
    page.clock.run_for(31_000)
    expect(verified).to_have_text("3")
    expect(page.locator("#count-time")).to_contain_text("counting live")

    page.get_by_role("button", name="Pause the live count").click()
    expect(page.get_by_role("button", name="Resume the live count")).to_have_attribute("aria-pressed", "true")
    add_verified(app, "Fourth Organization", "fourth@example.org")
    page.clock.run_for(61_000)
    page.wait_for_timeout(200)
    expect(verified).to_have_text("3")
    assert violation_ids(page) == []


def test_a_coordinator_writes_checks_and_sends_a_message_to_every_verified_signatory(
    app, page: Page, live_server, statement
):
    sign_in(page)
    open_share_page(page)
    page.get_by_role("link", name="Message all verified signatories").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Message all verified signatories")
    expect(page.get_by_text("It goes to 2 addresses")).to_be_visible()
    assert violation_ids(page) == []

    # Forgetting the subject shows the error summary, which passes axe too.
    page.get_by_label("Message").fill("Dear partners,\n\nThe letter goes out on Friday.")
    page.get_by_role("button", name="Preview the message").click()
    expect(page.locator("#error-summary")).to_contain_text("Enter a subject")
    assert violation_ids(page) == []

    page.get_by_label("Subject").fill("The letter goes out on Friday")
    page.get_by_role("button", name="Preview the message").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Check the message before it goes")
    expect(page.locator(".mail-body")).to_have_text("Dear partners,\n\nThe letter goes out on Friday.")
    page.screenshot(path="/tmp/circulation-message-preview.png", full_page=True)
    assert violation_ids(page) == []
    with seeding(app):
        assert db.session.execute(db.select(OutboxMessage)).first() is None

    page.get_by_role("button", name="Send to 2 addresses").click()
    expect(page.get_by_text("Your message is on its way to 2 addresses.")).to_be_visible()
    assert violation_ids(page) == []
    with seeding(app):
        recipients = sorted(db.session.execute(db.select(OutboxMessage.recipient)).scalars())
    assert recipients == ["ana@came.example.org", "lisa@lawg.example.org"]

    page.get_by_role("navigation", name="This statement").get_by_role("link", name="History").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(f"History: {TITLE}")
    expect(page.get_by_role("row").nth(1)).to_contain_text("Emailed every verified signatory")
    page.get_by_text("Body", exact=True).click()
    expect(page.locator("details .mail-body")).to_contain_text("The letter goes out on Friday.")
    page.screenshot(path="/tmp/circulation-history-page.png", full_page=True)
    assert violation_ids(page) == []


def test_resending_a_verification_email_from_the_signatures_table(app, page: Page, live_server, statement):
    sign_in(page)
    page.goto(f"/coordinator/s/{SLUG}/signatures")
    page.get_by_role("button", name="Resend verification email to Kino Border Initiative").click()
    expect(page.get_by_text("A new confirmation email is on its way to joanna@kino.example.org")).to_be_visible()
    assert violation_ids(page) == []
    with seeding(app):
        assert db.session.execute(db.select(OutboxMessage.recipient)).scalars().all() == ["joanna@kino.example.org"]
        assert db.session.execute(
            db.select(AuditEvent.action).where(AuditEvent.action == "signature.link_resent")
        ).scalar_one()


@pytest.fixture
def no_script_page(browser: Browser, live_server: str) -> Iterator[Page]:
    context = browser.new_context(base_url=live_server, java_script_enabled=False)
    yield context.new_page()
    context.close()


def test_without_javascript_the_texts_are_there_to_select_and_the_choice_still_saves(
    app, no_script_page: Page, live_server, statement
):
    page = no_script_page
    sign_in(page)
    page.goto(f"/coordinator/s/{SLUG}/share")

    expect(page.get_by_role("button", name=re.compile("^Copy"))).to_have_count(0)
    expect(page.get_by_role("button", name="Pause the live count")).to_have_count(0)
    invitation = page.get_by_label("Invitation", exact=True)
    expect(invitation).to_be_visible()
    expect(invitation).to_contain_text("We invite your organization to sign on")
    expect(page.get_by_label("Public link")).to_have_value(f"{live_server}/s/{SLUG}")
    expect(page.get_by_role("link", name="open it in your email program")).to_have_attribute(
        "href", re.compile(r"^mailto:\?subject=")
    )

    page.get_by_label("No email about new signatures").check()
    page.get_by_role("button", name="Save my choice").click()
    expect(page.get_by_text("Saved: you will not be emailed about new signatures.")).to_be_visible()
    assert notify_choice(app) == "none"
