"""Moderation in a real browser (Debian Chromium through Playwright, CSRF on, no script of ours):
filter the table, approve in bulk, correct a name, import a small CSV through the mapping
screen, switch moderation on, merge a duplicate; axe-core finds no WCAG 2.2 AA violation on
any of these pages."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from signon.extensions import db
from signon.models import Signature
from tests import factories
from tests.conftest import violation_ids
from tests.moderation_support import add, statement
from tests.pages import LoginPage, open_workspace_page
from tests.sessions import SLUG, make_team, seeding

TITLE = "U.S. NGOs Denounce National Guard Actions in Migration Enforcement"
CSV = """Timestamp,Email Address,Organization name,Type of organization,City,Country,Your name
3/1/2026 10:00:00,efren@tcrp.example.org,Texas Civil Rights Project,State and Local,Austin,United States,Efrén Olivares
3/1/2026 10:05:00,joanna@kino.example.org,KINO BORDER INITIATIVE,National,Nogales,United States,Joanna Williams
3/1/2026 10:09:00,not an address,Bad Email Org,National,Austin,United States,Bob
"""


@pytest.fixture
def signed_in(app, page: Page, live_server, tmp_path):
    app.config["SIGNON_IMPORT_DIR"] = str(tmp_path / "imports")
    make_team(app, moderated=True)
    add(app, "Latin America Working Group")
    add(app, "Kino Border Initiative", "awaiting_approval")
    add(app, "Hope Border Institute", "awaiting_approval", category="state-and-local")
    add(app, "Witness at the Border", "awaiting_confirmation")
    LoginPage(page).open().sign_in("maria@lawg.example.org", factories.PASSWORD)
    expect(page.get_by_role("heading", level=1)).to_have_text("Your statements")
    page.goto(f"/coordinator/s/{SLUG}/signatures")
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Signatures: {TITLE}")
    return page


def table_names(page: Page) -> list[str]:
    return page.locator("table.table tbody th").all_inner_texts()


def test_filter_and_approve_in_bulk(signed_in: Page, app):
    page = signed_in
    assert violation_ids(page) == []

    page.get_by_label("Status", exact=True).select_option(label="Awaiting approval")
    page.get_by_role("button", name="Show", exact=True).click()
    expect(page.locator("p.matching")).to_have_text("2 signatures match.")
    assert sorted(table_names(page)) == ["Hope Border Institute", "Kino Border Initiative"]
    expect(page.get_by_role("link", name=re.compile(r"^Awaiting approval 2$"))).to_have_attribute(
        "aria-current", "true"
    )
    assert violation_ids(page) == []

    page.get_by_role("checkbox", name="Kino Border Initiative").check()
    page.get_by_role("checkbox", name="Hope Border Institute").check()
    page.get_by_role("button", name="Approve", exact=True).click()

    expect(page.get_by_role("status").filter(has_text="Approved 2 signatures")).to_be_visible()
    expect(page.get_by_text("No signature matches these filters.")).to_be_visible()
    expect(page.get_by_label("Status", exact=True)).to_have_value("awaiting_approval")
    assert violation_ids(page) == []

    page.goto(f"/s/{SLUG}")
    expect(page.locator("#signatories")).to_contain_text("Kino Border Initiative")
    expect(page.locator("#signatories")).to_contain_text("Hope Border Institute")


def test_correct_a_name_from_the_signatory_page(signed_in: Page):
    page = signed_in
    page.get_by_role("link", name="Latin America Working Group", exact=True).click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Latin America Working Group")
    assert violation_ids(page) == []

    page.get_by_label("Name as listed").fill("")
    page.get_by_role("button", name="Save the listing").click()
    expect(page.locator("#error-summary")).to_contain_text("Enter the name to list")
    assert violation_ids(page) == []

    page.get_by_label("Name as listed").fill("Latin America Working Group (LAWG)")
    page.get_by_role("button", name="Save the listing").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Latin America Working Group (LAWG)")
    expect(page.get_by_role("status")).to_contain_text("Saved.")
    expect(page.locator(".history-list")).to_contain_text(
        "name “Latin America Working Group” → “Latin America Working Group (LAWG)”"
    )
    assert violation_ids(page) == []


def test_import_a_small_csv_through_the_mapping_screen(signed_in: Page, tmp_path):
    page = signed_in
    path = tmp_path / "responses.csv"
    path.write_text(CSV, encoding="utf-8")
    open_workspace_page(page, "Import")
    expect(page.get_by_role("heading", level=1)).to_have_text("Import signatories")
    assert violation_ids(page) == []

    page.get_by_label("CSV file").set_input_files(str(path))
    page.get_by_role("button", name="Upload and map the columns").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Map the columns of responses.csv")
    expect(page.get_by_label("Organization name")).to_have_value("2")
    expect(page.get_by_label("Contact's email")).to_have_value("1")
    assert violation_ids(page) == []

    page.get_by_role("button", name="Preview the import").click()
    expect(page.get_by_text("1 row will be imported")).to_be_visible()
    preview = page.locator("table.table")
    expect(preview).to_contain_text("has already signed this statement")
    expect(preview).to_contain_text("email: not a valid address")
    assert violation_ids(page) == []

    page.get_by_role("button", name="Import 1 signatory").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Import report: responses.csv")
    expect(page.get_by_role("status")).to_contain_text("Imported 1 signatory")
    expect(page.locator("table").first).to_contain_text("Bad Email Org")
    assert violation_ids(page) == []

    page.get_by_role("link", name="See the signatures").click()
    expect(page.locator("table.table")).to_contain_text("Texas Civil Rights Project")


def test_switch_moderation_off_add_a_signatory_and_merge_a_duplicate(signed_in: Page, app):
    page = signed_in
    page.get_by_label("List the signature at once").check()
    page.get_by_role("button", name="Save the moderation mode").click()
    expect(page.get_by_role("status").filter(has_text="Moderation is off")).to_be_visible()
    with seeding(app):
        assert statement().moderated is False

    page.get_by_role("link", name="Add a signatory").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Add a signatory")
    assert violation_ids(page) == []
    page.get_by_role("button", name="Add the signatory").click()
    expect(page.locator("#error-summary")).to_contain_text("Enter the organization's name")
    assert violation_ids(page) == []
    page.get_by_label("Organization name").fill("Latin America Workng Group")
    page.get_by_label("Category").select_option(label="National")
    page.get_by_label("City").fill("Washington")
    page.get_by_label("Country").fill("United States")
    page.get_by_label("Contact's name").fill("Lisa Haugaard")
    page.get_by_label("Contact's email").fill("lisa@lawg.example.org")
    page.get_by_role("button", name="Add the signatory").click()
    expect(page.get_by_role("status")).to_contain_text("Added Latin America Workng Group")

    open_workspace_page(page, "Possible duplicates")
    expect(page.get_by_role("heading", level=1)).to_have_text("Possible duplicates")
    expect(page.get_by_text("1 pair to check.")).to_be_visible()
    assert violation_ids(page) == []
    page.get_by_role("button", name=re.compile(r"^Keep this one \(Latin America Working Group\)")).click()
    expect(page.get_by_role("status").first).to_contain_text("Merged: Latin America Working Group is kept")
    expect(page.get_by_text("No possible duplicates among the signatures.")).to_be_visible()
    assert violation_ids(page) == []
    with seeding(app):
        rejected = db.session.execute(db.select(Signature).where(Signature.status == "rejected")).scalars().all()
        assert [s.organization_name for s in rejected] == ["Latin America Workng Group"]
