"""Signing in a real browser: Debian Chromium driven by Playwright, CSRF on, mail through real SMTP."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from signon.extensions import db
from tests import factories
from tests.pages import ConfirmPage, Organization, SignPage, StatementPage, confirmation_link


def test_an_organization_signs_confirms_by_email_and_is_listed_under_its_category(
    page: Page, live_server, demo_slug, smtp, send_outbox, tmp_path
):
    org = Organization()
    statement = StatementPage(page).open(demo_slug)
    expect(statement.signatories).to_contain_text("Kino Border Initiative")
    expect(statement.signatories).not_to_contain_text(org.name)

    sign = statement.start_signing()
    expect(page).to_have_url(re.compile(rf"/s/{demo_slug}/sign$"))
    sign.fill(org).submit()
    sign.expect_check_email()

    report = send_outbox()
    assert report.sent == 1
    (message,) = smtp.to(org.email)
    link = confirmation_link(smtp.text_of(message), live_server)

    # Not listed until the link is opened and Confirm pressed.
    StatementPage(page).open(demo_slug)
    expect(statement.signatories).not_to_contain_text(org.name)

    confirm = ConfirmPage(page).open(link)
    expect(page.get_by_role("heading", level=1)).to_have_text("Confirm your signature")
    expect(confirm.detail("Organization")).to_have_text(org.name)
    expect(confirm.detail("Category")).to_have_text(org.category)
    expect(confirm.detail("Location")).to_contain_text(org.city)
    expect(confirm.detail("Location")).to_contain_text(org.country)
    expect(confirm.detail("Website")).to_have_text(org.website)
    expect(confirm.detail("Signed by")).to_have_text(f"{org.contact_name}, {org.role}")

    listed = confirm.confirm()
    expect(page).to_have_url(re.compile(rf"/s/{demo_slug}#signatories$"))
    expect(page.get_by_role("status")).to_contain_text(org.name)
    expect(listed.signatories_under(org.category)).to_contain_text(org.name)
    expect(listed.signatories_under("National")).not_to_contain_text(org.name)
    page.screenshot(path=str(tmp_path / "signatories.png"), full_page=True)
    assert (tmp_path / "signatories.png").stat().st_size > 0


def test_confirming_twice_lists_the_organization_once(page: Page, live_server, demo_slug, smtp, send_outbox):
    org = Organization(name="Hope for Families", category="National", email="hope@families.example.org")
    SignPage(page).open(demo_slug).fill(org).submit()
    send_outbox()
    link = confirmation_link(smtp.text_of(smtp.to(org.email)[-1]), live_server)
    ConfirmPage(page).open(link).confirm()
    ConfirmPage(page).open(link)
    expect(page.get_by_role("heading", level=1)).to_have_text("Already confirmed")
    expect(page.get_by_role("button", name="Confirm", exact=True)).to_have_count(0)
    listed = StatementPage(page).open(demo_slug).signatories_under("National")
    expect(listed.get_by_text(org.name, exact=True)).to_have_count(1)


def test_an_invalid_submission_focuses_the_error_summary_and_titles_the_page_as_an_error(page: Page, demo_slug):
    sign = SignPage(page).open(demo_slug)
    expect(page).not_to_have_title(re.compile(r"^Error: "))
    sign.submit()
    expect(page).to_have_title(re.compile(r"^Error: "))
    expect(sign.error_summary).to_be_focused()
    expect(sign.error_summary).to_contain_text("Enter the name of your organization")
    expect(sign.error_summary).to_contain_text("Enter your email address")
    expect(sign.error_summary).to_contain_text("Confirm that you are authorized")


def test_each_link_in_the_error_summary_moves_focus_to_its_field(page: Page, demo_slug):
    sign = SignPage(page).open(demo_slug)
    sign.submit()
    links = sign.error_links
    expect(links).not_to_have_count(0)
    targets = [links.nth(i).get_attribute("href") for i in range(links.count())]
    assert {"#organization", "#category", "#email", "#authorized"} <= set(targets)
    for i, target in enumerate(targets):
        sign.error_links.nth(i).click()
        expect(page.locator(target)).to_be_focused()


def test_an_invalid_submission_keeps_what_was_typed_and_names_only_the_wrong_field(page: Page, demo_slug):
    org = Organization(email="not an email address")
    sign = SignPage(page).open(demo_slug).fill(org)
    sign.submit()
    expect(page).to_have_title(re.compile(r"^Error: "))
    expect(sign.error_links).to_have_count(1)
    expect(sign.error_links).to_have_text(re.compile("Enter an email address in the correct format"))
    expect(sign.field("Organization name")).to_have_value(org.name)
    expect(sign.field("City")).to_have_value(org.city)
    expect(sign.field("Category")).to_have_value("international")
    expect(sign.authorized).to_be_checked()
    expect(sign.field("Email")).to_have_attribute("aria-invalid", "true")


def test_the_form_works_without_javascript_and_autofocuses_the_error_summary(
    new_context, live_server, demo_slug, smtp, send_outbox
):
    context = new_context(java_script_enabled=False)
    page = context.new_page()
    org = Organization(name="Riverside Residents' Association", email="residents@riverside.example.org")

    sign = SignPage(page).open(demo_slug)
    sign.submit()
    expect(page).to_have_title(re.compile(r"^Error: "))
    expect(sign.error_summary).to_be_focused()

    sign.fill(org).submit()
    sign.expect_check_email()
    assert send_outbox().sent == 1
    assert org.name in smtp.text_of(smtp.to(org.email)[-1])


@pytest.mark.parametrize("make", [factories.closed_statement, factories.past_deadline_statement])
def test_the_sign_url_of_a_closed_statement_shows_the_closed_page(app, page: Page, make):
    with app.app_context():
        slug = make().slug
        db.session.remove()
    page.goto(f"/s/{slug}/sign")
    expect(page.get_by_role("heading", level=1)).to_have_text("This statement is no longer accepting signatures")
    expect(page.get_by_role("button", name="Sign on", exact=True)).to_have_count(0)
    expect(page.get_by_label("Organization name")).to_have_count(0)
    expect(page.get_by_role("link", name="Read the statement and its signatories")).to_have_attribute(
        "href", f"/s/{slug}"
    )
