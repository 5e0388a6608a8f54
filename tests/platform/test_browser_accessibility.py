"""Every page a signer or a coordinator meets passes axe-core's WCAG 2.2 A and AA rules, in Chromium."""

from __future__ import annotations

import re

from playwright.sync_api import Page, expect

from signon.extensions import db
from tests import factories
from tests.conftest import violation_ids
from tests.pages import ConfirmPage, LoginPage, Organization, SignPage, StatementPage, confirmation_link


def test_public_statement_page_passes_axe_wcag22_aa(page: Page, demo_slug):
    statement = StatementPage(page).open(demo_slug)
    expect(statement.signatories).to_contain_text("Kino Border Initiative")
    assert violation_ids(page) == []


def test_public_page_of_a_statement_with_footnotes_in_its_body_passes_axe_wcag22_aa(app, page: Page, live_server):
    with app.app_context():
        statement = factories.open_statement()
        factories.verified_signature(statement, "Ámbito Migrante", category="international")
        slug = statement.slug
        db.session.remove()
    StatementPage(page).open(slug)
    expect(page.locator(".statement-body sup").first).to_be_visible()
    assert violation_ids(page) == []


def test_sign_form_passes_axe_wcag22_aa(page: Page, demo_slug):
    SignPage(page).open(demo_slug)
    expect(page.get_by_role("button", name="Sign on", exact=True)).to_be_visible()
    assert violation_ids(page) == []


def test_sign_form_in_its_error_state_passes_axe_wcag22_aa(page: Page, demo_slug):
    sign = SignPage(page).open(demo_slug)
    sign.submit()
    expect(sign.error_summary).to_be_visible()
    assert violation_ids(page) == []


def test_check_email_page_passes_axe_wcag22_aa(page: Page, demo_slug):
    SignPage(page).open(demo_slug).fill(Organization()).submit()
    expect(page.get_by_role("heading", level=1)).to_have_text("Check your email")
    assert violation_ids(page) == []


def test_confirmation_page_passes_axe_wcag22_aa(page: Page, live_server, demo_slug, smtp, send_outbox):
    org = Organization()
    SignPage(page).open(demo_slug).fill(org).submit()
    assert send_outbox().sent == 1
    ConfirmPage(page).open(confirmation_link(smtp.text_of(smtp.to(org.email)[-1]), live_server))
    expect(page.get_by_role("button", name="Confirm", exact=True)).to_be_visible()
    assert violation_ids(page) == []


def test_login_page_passes_axe_wcag22_aa(page: Page, live_server):
    LoginPage(page).open()
    expect(page.get_by_role("button", name="Sign in", exact=True)).to_be_visible()
    assert violation_ids(page) == []


def test_login_page_in_its_error_state_passes_axe_wcag22_aa(app, page: Page, live_server):
    with app.app_context():
        factories.coordinator("maria@lawg.example.org")
        db.session.remove()
    LoginPage(page).open().sign_in("maria@lawg.example.org", "not the password")
    expect(page).to_have_title(re.compile(r"^Error: "))
    assert violation_ids(page) == []


def test_coordinator_dashboard_and_signatures_page_pass_axe_wcag22_aa(app, page: Page, live_server):
    with app.app_context():
        statement = factories.open_statement()
        factories.verified_signature(statement)
        factories.pending_signature(statement)
        factories.coordinator("maria@lawg.example.org", statements=(statement,))
        db.session.remove()
    LoginPage(page).open().sign_in("maria@lawg.example.org", factories.PASSWORD)
    expect(page.get_by_role("heading", level=1)).to_have_text("Your statements")
    assert violation_ids(page) == []
    page.get_by_role("link", name="U.S. NGOs Denounce National Guard Actions in Migration Enforcement").click()
    expect(page.get_by_role("table")).to_contain_text("Kino Border Initiative")
    assert violation_ids(page) == []


def test_axe_finds_violations_when_there_are_some(page: Page, live_server):
    """The check itself can fail: a page with a known violation is reported."""
    LoginPage(page).open()
    page.evaluate("document.querySelector('label[for=email]').remove()")
    assert "label" in violation_ids(page)
