"""The team in a real browser (Debian Chromium through Playwright, CSRF on): an owner invites a
colleague, the invitation arrives on the SMTP test server, the colleague opens the link, sets a
name and password and lands on the statement; the owner then makes them an owner. Every page
passes axe-core's WCAG 2.2 AA rules."""

from __future__ import annotations

import re

from playwright.sync_api import Page, expect

from signon.extensions import db
from tests import factories
from tests.accounts import NEW_PASSWORD, TITLE, link_in
from tests.conftest import violation_ids
from tests.pages import LoginPage
from tests.sessions import SLUG

INES = "ines@partner.example.org"
TEAM = f"/coordinator/s/{SLUG}/team"


def members(page: Page) -> dict[str, str]:
    """Name -> the role shown in the team table (its select's value for owners)."""
    rows = page.locator("table").first.locator("tbody tr")
    found = {}
    for i in range(rows.count()):
        row = rows.nth(i)
        name = row.locator("th").inner_text().strip()
        select = row.locator("select")
        found[name] = select.input_value() if select.count() else row.locator("td").nth(1).inner_text().strip().lower()
    return found


def test_an_owner_invites_a_colleague_who_joins_from_the_email(app, page: Page, live_server, smtp, send_outbox):
    with app.app_context():
        statement = factories.open_statement(SLUG)
        factories.coordinator("maria@lawg.example.org", name="María Owner", statements=(statement,))
        db.session.remove()

    # María opens her statement's team page from the workspace navigation.
    LoginPage(page).open().sign_in("maria@lawg.example.org", factories.PASSWORD)
    expect(page.get_by_role("heading", level=1)).to_have_text("Your statements")
    page.goto(f"/coordinator/s/{SLUG}/export")
    page.get_by_role("navigation", name="This statement").get_by_role("link", name="Team").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Team: {TITLE}")
    expect(page.get_by_role("link", name="Team", exact=True)).to_have_attribute("aria-current", "page")
    assert members(page) == {"María Owner (you)": "owner"}
    assert violation_ids(page) == []

    # She invites Inés as an editor (the default).
    expect(page.get_by_label("Editor: everything except adding and removing coordinators")).to_be_checked()
    page.get_by_label("Email address").fill(INES)
    page.get_by_role("button", name="Send the invitation").click()
    expect(page.get_by_role("status")).to_contain_text(f"Invitation sent to {INES}")
    expect(page.get_by_role("row", name=re.compile(INES))).to_contain_text("Editor")
    assert violation_ids(page) == []

    # The email arrives on the SMTP server.
    assert send_outbox().sent == 1
    [message] = smtp.to(INES)
    assert TITLE in message["Subject"]
    link = link_in(smtp.text_of(message), "/invitations/", base_url=live_server)

    # Inés, in her own browser, opens the link: a form for her name and a password.
    other = page.context.browser.new_context(base_url=live_server)
    ines = other.new_page()
    ines.goto(link)
    expect(ines.get_by_role("heading", level=1)).to_have_text(f"Join the team: {TITLE}")
    expect(ines.get_by_text("María Owner invited")).to_be_visible()
    assert violation_ids(ines) == []

    # A mistyped second password is shown at the top and by the field.
    ines.get_by_label("Your name").fill("Inés Partner")
    ines.get_by_label("New password", exact=True).fill(NEW_PASSWORD)
    ines.get_by_label("New password again").fill(NEW_PASSWORD + " typo")
    ines.get_by_role("button", name="Create my account and join").click()
    expect(ines.locator("#error-summary")).to_contain_text("The two passwords are not the same")
    expect(ines.get_by_label("Your name")).to_have_value("Inés Partner")
    assert violation_ids(ines) == []

    ines.get_by_label("New password", exact=True).fill(NEW_PASSWORD)
    ines.get_by_label("New password again").fill(NEW_PASSWORD)
    ines.get_by_role("button", name="Create my account and join").click()

    # She lands on the statement, signed in, and is on its team as an editor.
    expect(ines).to_have_url(re.compile(rf"/coordinator/s/{SLUG}/signatures$"))
    expect(ines.get_by_role("heading", level=1)).to_contain_text(TITLE)
    ines.get_by_role("navigation", name="This statement").get_by_role("link", name="Team").click()
    assert members(ines) == {"María Owner": "owner", "Inés Partner (you)": "editor"}
    expect(ines.get_by_role("button", name=re.compile("Change role"))).to_have_count(0)
    assert violation_ids(ines) == []

    # The link works once.
    response = ines.goto(link)
    assert response is not None and response.status == 410
    expect(ines.get_by_role("heading", level=1)).to_have_text("This invitation has already been used")
    assert violation_ids(ines) == []
    other.close()

    # María makes Inés an owner, without JavaScript needed: a select and a button.
    page.reload()
    page.get_by_label("Role of Inés Partner").select_option("owner")
    page.get_by_role("button", name="Change role of Inés Partner").click()
    expect(page.get_by_role("status")).to_contain_text("Inés Partner is now an owner.")
    assert members(page) == {"María Owner (you)": "owner", "Inés Partner": "owner"}
    assert violation_ids(page) == []


def test_the_team_pages_work_without_javascript(app, browser, live_server):
    with app.app_context():
        statement = factories.open_statement(SLUG)
        factories.coordinator("maria@lawg.example.org", name="María Owner", statements=(statement,))
        factories.coordinator("eddie@lawg.example.org", name="Eddie Editor", statements=(statement,))
        db.session.remove()
    context = browser.new_context(base_url=live_server, java_script_enabled=False)
    page = context.new_page()
    LoginPage(page).open().sign_in("maria@lawg.example.org", factories.PASSWORD)
    page.goto(TEAM)

    page.get_by_label("Email address").fill("not an address")
    page.get_by_role("button", name="Send the invitation").click()
    expect(page.locator("#error-summary")).to_contain_text("Enter an email address in the correct format")

    page.get_by_role("link", name="Remove Eddie Editor").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Remove Eddie Editor from the team?")
    page.get_by_role("button", name="Remove Eddie Editor").click()
    expect(page.get_by_role("status")).to_contain_text("Eddie Editor was removed from the team.")
    assert list(members(page)) == ["María Owner (you)"]
    context.close()


def test_the_password_pages_pass_axe(app, page: Page, live_server, smtp, send_outbox):
    with app.app_context():
        factories.coordinator("maria@lawg.example.org", name="María Owner")
        db.session.remove()
    page.goto("/login")
    page.get_by_role("link", name="Forgot your password?").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Forgot your password?")
    assert violation_ids(page) == []
    page.get_by_role("button", name="Email me a link").click()
    expect(page.locator("#error-summary")).to_contain_text("Enter the email address you sign in with")
    assert violation_ids(page) == []
    page.get_by_label("Email").fill("maria@lawg.example.org")
    page.get_by_role("button", name="Email me a link").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Check your email")
    assert violation_ids(page) == []

    assert send_outbox().sent == 1
    link = link_in(smtp.last_text(), "/password/reset/", base_url=live_server)
    page.goto(link)
    expect(page.get_by_role("heading", level=1)).to_have_text("Set a new password")
    assert violation_ids(page) == []
    page.get_by_label("New password", exact=True).fill(NEW_PASSWORD)
    page.get_by_label("New password again").fill(NEW_PASSWORD)
    page.get_by_role("button", name="Set the new password").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Your password has been changed")
    assert violation_ids(page) == []
    page.get_by_role("link", name="Go to your statements").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Your statements")
