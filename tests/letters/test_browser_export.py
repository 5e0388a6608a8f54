"""The export screen in a real browser: Debian Chromium driven by Playwright, CSRF on. A coordinator
sees the first page, changes the choices, updates the preview and downloads the PDF."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from playwright.sync_api import Page, expect

from signon.extensions import db
from tests import factories
from tests.conftest import violation_ids
from tests.pages import LoginPage

TITLE = "U.S. NGOs Denounce National Guard Actions in Migration Enforcement"
SCREENSHOT = Path("/tmp/export-screen.png")


def preview_width(page: Page) -> int:
    """The natural width of the preview once it has loaded; 0 if it failed to load."""
    preview = page.get_by_role("img", name="First page of the letter as it will print")
    expect(preview).to_be_visible()
    page.wait_for_function(
        "() => { const img = document.querySelector('figure.preview img'); return img && img.complete; }"
    )
    return int(preview.evaluate("img => img.naturalWidth"))


def test_a_coordinator_previews_changes_the_choices_and_downloads_the_pdf(app, page: Page, live_server, tmp_path):
    with app.app_context():
        statement = factories.closed_statement("national-guard-letter")
        factories.verified_signature(statement, "Latin America Working Group", city="Tucson", region="AZ")
        factories.verified_signature(
            statement, "Centro de Atención al Migrante Exodus", category="international", city="Agua Prieta"
        )
        factories.pending_signature(statement, "Kino Border Initiative")
        factories.coordinator("maria@lawg.example.org", statements=(statement,))
        db.session.remove()

    LoginPage(page).open().sign_in("maria@lawg.example.org", factories.PASSWORD)
    expect(page.get_by_role("heading", level=1)).to_have_text("Your statements")
    page.get_by_role("link", name=TITLE).click()
    page.get_by_role("link", name="Export the letter").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Export: {TITLE}")

    # The defaults, and the first page of the letter they give.
    expect(page.get_by_label("Verified", exact=True)).to_be_checked()
    expect(page.get_by_label("Awaiting confirmation or approval")).not_to_be_checked()
    expect(page.get_by_label("Grouped by category")).to_be_checked()
    expect(page.get_by_label("Show each signatory's location")).to_be_checked()
    expect(page.get_by_label("Include the addressee block")).to_be_checked()
    expect(page.get_by_label("Format")).to_have_value("pdf")
    assert preview_width(page) > 0
    page.screenshot(path=str(SCREENSHOT), full_page=True)
    assert violation_ids(page) == []

    # New choices: one alphabetical list, no places, US Letter.
    page.get_by_label("One alphabetical list").check()
    page.get_by_label("Show each signatory's location").uncheck()
    page.get_by_label("Paper size").select_option(label="US Letter")
    page.get_by_role("button", name="Update the preview").click()

    expect(page).to_have_url(re.compile(r"/coordinator/s/national-guard-letter/export\?"))
    choices = parse_qs(urlsplit(page.url).query, keep_blank_values=True)
    assert choices["grouping"] == ["alphabetical"]
    assert choices["paper"] == ["letter"]
    assert "show_location" not in choices
    expect(page.get_by_label("One alphabetical list")).to_be_checked()
    expect(page.get_by_label("Show each signatory's location")).not_to_be_checked()
    expect(page.get_by_label("Paper size")).to_have_value("letter")
    src = page.locator("figure.preview img").get_attribute("src") or ""
    assert "grouping=alphabetical" in src
    assert "paper=letter" in src
    assert preview_width(page) > 0
    assert violation_ids(page) == []

    # The download, with the same choices.
    with page.expect_download() as download_info:
        page.get_by_role("button", name="Download", exact=True).click()
    download = download_info.value
    assert download.suggested_filename == "national-guard-letter.pdf"
    saved = tmp_path / download.suggested_filename
    download.save_as(saved)
    assert saved.read_bytes().startswith(b"%PDF-")

    # Downloading leaves the screen as it was.
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Export: {TITLE}")
    assert violation_ids(page) == []


def test_an_invalid_choice_in_the_address_shows_the_error_summary_and_passes_axe(app, page: Page, live_server):
    with app.app_context():
        statement = factories.open_statement("national-guard-letter")
        factories.coordinator("maria@lawg.example.org", statements=(statement,))
        db.session.remove()
    LoginPage(page).open().sign_in("maria@lawg.example.org", factories.PASSWORD)
    expect(page.get_by_role("heading", level=1)).to_have_text("Your statements")

    response = page.goto("/coordinator/s/national-guard-letter/export?grouping=category&format=exe")

    assert response is not None and response.status == 422
    expect(page.locator("#error-summary")).to_contain_text("Choose at least one kind of signature")
    expect(page.locator("#error-summary")).to_contain_text("Not a valid choice")
    assert violation_ids(page) == []
