"""Drafting in a real browser: Debian Chromium driven by Playwright, CSRF on. A coordinator writes a
statement with a footnote and two addressees, watches the preview, opens it, and the public sees
it; every form also works with JavaScript off; every page passes axe-core's WCAG 2.2 AA rules."""

from __future__ import annotations

import re
from pathlib import Path

from playwright.sync_api import Browser, Page, expect

from signon.extensions import db
from signon.models import Statement
from tests import factories
from tests.conftest import violation_ids
from tests.pages import LoginPage, SignPage, open_workspace_page

TITLE = "Protect the Migrant Shelters of Sonora"
BODY = (
    "We, the undersigned organizations, ask you to protect the shelters.[^1]\n\n"
    "[^1]: Amnesty International, Urgent Action 93.19, https://www.amnesty.org/en/documents/amr41/0626/2019/en/"
)
SCREENSHOTS = Path("/tmp/drafting-screens")


def shot(page: Page, name: str) -> None:
    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)


def nav(page: Page, name: str) -> None:
    open_workspace_page(page, name)


def add_addressee(page: Page, name: str, title: str, address: str) -> None:
    page.get_by_label("Name", exact=True).fill(name)
    page.get_by_label("Title or position").fill(title)
    page.get_by_label("Postal address").fill(address)
    page.get_by_role("button", name="Add the addressee").click()
    expect(page.get_by_role("status")).to_have_text(f"Added {name}.")


def test_a_coordinator_drafts_previews_and_opens_a_statement_that_the_public_then_sees(
    app, page: Page, browser: Browser, live_server
):
    with app.app_context():
        factories.coordinator("maria@lawg.example.org")
        db.session.remove()

    LoginPage(page).open().sign_in("maria@lawg.example.org", factories.PASSWORD)
    expect(page.get_by_role("heading", level=1)).to_have_text("Your statements")
    assert violation_ids(page) == []
    page.get_by_role("link", name="New statement").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("New statement")
    assert violation_ids(page) == []

    # She writes; the preview follows as she types (preview.js), rendered by the server.
    page.get_by_label("Title", exact=True).fill(TITLE)
    page.get_by_label("Text of the statement").fill(BODY)
    preview = page.locator("#preview-content")
    expect(preview.get_by_role("heading", level=1)).to_have_text(TITLE)
    expect(preview.locator("sup a[href='#fn:1']")).to_have_text("1")
    expect(preview.locator(".draft-mark")).to_contain_text("DRAFT")
    page.get_by_label("Date", exact=True).fill("2099-08-15")
    page.get_by_label("Time zone").select_option("America/Mexico_City")
    page.get_by_label("Salutation").fill("Dear Governor,")
    page.get_by_label("Closing").fill("Sincerely,")
    expect(preview).to_contain_text("Sign on by 15 August 2099")
    expect(preview).to_contain_text("Dear Governor,")
    page.get_by_role("button", name="Save the draft").click()

    expect(page).to_have_url(re.compile(r"/coordinator/s/protect-the-migrant-shelters-of-sonora/edit$"))
    expect(page.get_by_role("status")).to_contain_text("Draft saved")
    shot(page, "edit")
    assert violation_ids(page) == []

    # Two addressees.
    nav(page, "Addressees")
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Addressees: {TITLE}")
    assert violation_ids(page) == []
    add_addressee(page, "Governor Alfonso Durazo", "Gobernador de Sonora", "Palacio de Gobierno\nHermosillo, Sonora")
    add_addressee(page, "Ambassador Ken Salazar", "U.S. Ambassador to Mexico", "Paseo de la Reforma 305\nCDMX")
    page.get_by_role("button", name="Move up Ambassador Ken Salazar").click()
    expect(page.locator(".item-list address strong")).to_have_text(
        ["Ambassador Ken Salazar", "Governor Alfonso Durazo"]
    )
    shot(page, "addressees")
    assert violation_ids(page) == []

    # The Preview button shows them in place, before she opens it.
    nav(page, "Text")
    page.get_by_role("button", name="Preview", exact=True).click()
    expect(page.locator("#preview-content .addressee")).to_have_count(2)
    expect(page.locator("#preview-content")).to_contain_text("Gobernador de Sonora")
    assert violation_ids(page) == []

    # A partner reads the draft through the review link.
    nav(page, "Status and review link")
    assert violation_ids(page) == []
    page.get_by_role("button", name="Create a review link").click()
    link = page.get_by_role("textbox", name="Review link").input_value()
    assert link.startswith(f"{live_server}/s/protect-the-migrant-shelters-of-sonora?review=")
    shot(page, "status")
    assert violation_ids(page) == []
    partner = browser.new_context(base_url=live_server)
    reader = partner.new_page()
    reader.goto(link)
    expect(reader.locator(".draft-mark")).to_contain_text("DRAFT")
    expect(reader.get_by_role("heading", level=1)).to_have_text(TITLE)
    shot(reader, "review")
    assert violation_ids(reader) == []
    assert reader.goto("/s/protect-the-migrant-shelters-of-sonora").status == 404

    # She opens it; the public sees it, footnote and addressees included.
    page.get_by_role("button", name="Open for signatures").click()
    expect(page.get_by_role("status")).to_contain_text("Open: the statement is public")
    reader.goto("/s/protect-the-migrant-shelters-of-sonora")
    expect(reader.get_by_role("heading", level=1)).to_have_text(TITLE)
    expect(reader.locator(".draft-mark")).to_have_count(0)
    expect(reader.locator(".statement-body sup a[href='#fn:1']")).to_be_visible()
    expect(reader.locator("li#fn\\:1")).to_contain_text("Amnesty International")
    expect(reader.locator(".addressee strong")).to_have_text(["Ambassador Ken Salazar", "Governor Alfonso Durazo"])
    expect(reader.get_by_role("link", name="Sign on for your organization")).to_be_visible()
    assert violation_ids(reader) == []
    partner.close()


def test_every_drafting_form_works_with_javascript_off(app, browser: Browser, live_server):
    with app.app_context():
        statement = factories.open_statement()
        factories.verified_signature(statement)
        factories.coordinator("maria@lawg.example.org", statements=(statement,))
        db.session.remove()
    context = browser.new_context(base_url=live_server, java_script_enabled=False)
    page = context.new_page()
    LoginPage(page).open().sign_in("maria@lawg.example.org", factories.PASSWORD)
    page.goto("/coordinator/s/national-guard-letter/edit")

    page.get_by_label("Title", exact=True).fill("A Title Seen Before Saving")
    page.get_by_role("button", name="Preview", exact=True).click()
    expect(page.locator("#preview-content h1")).to_have_text("A Title Seen Before Saving")
    expect(page.get_by_label("Title", exact=True)).to_have_value("A Title Seen Before Saving")
    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.get_by_role("status")).to_have_text("Saved.")

    nav(page, "Categories")
    page.get_by_label("Name of category 3").fill("Abroad")
    page.get_by_role("button", name="Rename category 3").click()
    expect(page.get_by_label("Name of category 3")).to_have_value("Abroad")
    page.get_by_role("button", name="Remove National").click()
    expect(page.get_by_role("alert")).to_contain_text("“National” cannot be removed: 1 signature")
    shot(page, "categories-refused")
    page.get_by_role("button", name="Move down National").click()
    expect(page.get_by_label("Name of category 2")).to_have_value("National")

    nav(page, "Sign form")
    page.locator("#phone").get_by_label("Required").check()
    page.get_by_label("Let people sign as individuals").check()
    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.get_by_role("status")).to_contain_text("Saved")

    nav(page, "Status and review link")
    page.get_by_label("Message shown once the statement is closed").fill("Thank you. The letter was delivered.")
    page.get_by_role("button", name="Save the message").click()
    page.get_by_role("button", name="Close now").click()
    expect(page.get_by_role("status")).to_contain_text("Closed")
    page.goto("/s/national-guard-letter")
    expect(page.locator(".sign-panel")).to_contain_text("Thank you. The letter was delivered.")
    with app.app_context():
        saved = db.session.execute(db.select(Statement)).scalar_one()
        assert (saved.title, saved.status, saved.phone_field, saved.allow_individuals) == (
            "A Title Seen Before Saving",
            "closed",
            "required",
            True,
        )
        db.session.remove()
    context.close()


def test_the_drafting_pages_in_their_error_states_pass_axe(app, page: Page, live_server):
    with app.app_context():
        statement = factories.open_statement()
        factories.coordinator("maria@lawg.example.org", statements=(statement,))
        addressee_id = statement.addressees[0].id
        db.session.remove()
    LoginPage(page).open().sign_in("maria@lawg.example.org", factories.PASSWORD)

    page.goto("/coordinator/new")
    page.get_by_role("button", name="Save the draft").click()
    expect(page).to_have_title(re.compile(r"^Error: "))
    expect(page.locator("#error-summary")).to_contain_text("Enter a title")
    expect(page.locator("#error-summary")).to_be_focused()
    assert violation_ids(page) == []

    page.goto("/coordinator/s/national-guard-letter/addressees")
    page.get_by_role("button", name="Add the addressee").click()
    expect(page.locator("#error-summary")).to_contain_text("Enter the name")
    assert violation_ids(page) == []

    page.goto(f"/coordinator/s/national-guard-letter/addressees/{addressee_id}/edit")
    expect(page.get_by_label("Name", exact=True)).to_have_value("Andrés Manuel López Obrador")
    assert violation_ids(page) == []

    page.goto("/coordinator/s/national-guard-letter/categories")
    page.get_by_label("Name of category 1").fill("International")
    page.get_by_role("button", name="Rename category 1").click()
    expect(page.locator("#error-summary")).to_contain_text("There is already a category called")
    assert violation_ids(page) == []

    page.goto("/coordinator/s/national-guard-letter/sign-form")
    assert violation_ids(page) == []

    # The live preview of text that cannot be shown says what to fix, and passes axe too.
    page.goto("/coordinator/s/national-guard-letter/edit")
    page.get_by_label("Text of the statement").fill("A note never defined.[^9]")
    expect(page.locator("#preview-problems")).to_contain_text("Footnote [^9] is cited but never defined")
    assert violation_ids(page) == []


def test_the_sign_form_with_every_field_and_individuals_passes_axe(app, page: Page, live_server):
    with app.app_context():
        factories.open_statement(
            phone_field="required", website_field="required", comment_field="optional", allow_individuals=True
        )
        db.session.remove()

    sign = SignPage(page).open("national-guard-letter")
    expect(sign.field("Phone")).to_be_visible()
    expect(page.get_by_label("I am signing as an individual, not for an organization")).to_be_visible()
    assert violation_ids(page) == []
    sign.submit()
    expect(sign.error_summary).to_contain_text("Enter a phone number")
    assert violation_ids(page) == []
