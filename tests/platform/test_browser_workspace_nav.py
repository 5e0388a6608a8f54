"""The statement's workspace navigation in Chromium at 1280 px wide: its links and the names of
its groups stand on one row, a group opens without JavaScript, the page shown is marked with
aria-current, and axe-core finds nothing. With SIGNON_SHOTS naming a folder, each page is saved
there as a screenshot."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Locator, Page, expect

from tests import factories
from tests.conftest import violation_ids
from tests.moderation_support import add
from tests.pages import LoginPage
from tests.sessions import MARIA, SLUG, make_team

WIDE = {"width": 1280, "height": 800}
WORKSPACE = f"/coordinator/s/{SLUG}"
# A page of the workspace (the name its template gives it): its path and the link to it.
PAGES = {
    "text": ("edit", "Text"),
    "status": ("status", "Status and review link"),
    "signatures": ("signatures", "Signatures"),
    "invalidate": ("invalidate", "Invalidate in bulk"),
    "team": ("team", "Team"),
}


@pytest.fixture
def team(app):
    made = make_team(app, moderated=True)
    add(app, "Latin America Working Group")
    add(app, "Kino Border Initiative", "awaiting_approval")
    add(app, "Hope Border Institute", "awaiting_confirmation")
    return made


def screenshot(page: Page, name: str) -> None:
    folder = os.environ.get("SIGNON_SHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(folder) / f"{name}.png"))


def workspace_nav(page: Page) -> Locator:
    return page.get_by_role("navigation", name="This statement")


def tops(items: Locator) -> dict[str, int]:
    """The top edge of each visible item, by its text."""
    found = {}
    for item in items.all():
        box = item.bounding_box()
        assert box is not None, f"{item.inner_text()!r} is not shown"
        found[item.inner_text().strip()] = round(box["y"])
    return found


@pytest.mark.parametrize("current", list(PAGES))
def test_the_workspace_navigation_stands_on_one_row_at_1280_px(page: Page, team, current: str):
    page.set_viewport_size(WIDE)
    LoginPage(page).open().sign_in(MARIA, factories.PASSWORD)
    path, name = PAGES[current]
    page.goto(f"{WORKSPACE}/{path}")
    nav = workspace_nav(page)

    row = tops(nav.locator(":scope > ul > li > a, :scope > ul > li > details > summary"))
    assert len(row) >= 10 and len(set(row.values())) == 1, row
    assert nav.locator("a").count() == 15  # every page of the workspace, and the public page
    marked = nav.locator("[aria-current]")
    expect(marked).to_have_count(1)
    expect(marked).to_have_text(name)
    expect(marked).to_have_attribute("aria-current", "page")
    assert violation_ids(page) == []
    screenshot(page, f"workspace-{current}")


def test_a_group_opens_on_its_name_and_lists_its_pages_below_the_row(page: Page, team):
    page.set_viewport_size(WIDE)
    LoginPage(page).open().sign_in(MARIA, factories.PASSWORD)
    page.goto(f"{WORKSPACE}/signatures")
    nav = workspace_nav(page)
    expect(nav.get_by_role("link", name="Possible duplicates")).to_be_hidden()

    nav.get_by_text("Signature tools").click()

    row = tops(nav.get_by_role("link", name="Signatures", exact=True))
    for name in ("Import", "Possible duplicates", "Invalidate in bulk"):
        link = nav.get_by_role("link", name=name, exact=True)
        expect(link).to_be_visible()
        assert tops(link)[name] > row["Signatures"]
    assert violation_ids(page) == []
    screenshot(page, "workspace-group-open")
    nav.get_by_role("link", name="Possible duplicates").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Possible duplicates")


def test_the_groups_work_without_javascript(browser: Browser, live_server, team):
    context = browser.new_context(base_url=live_server, java_script_enabled=False, viewport=WIDE)
    page = context.new_page()
    try:
        LoginPage(page).open().sign_in(MARIA, factories.PASSWORD)
        page.goto(f"{WORKSPACE}/edit")
        nav = workspace_nav(page)

        nav.get_by_text("Set up").click()
        nav.get_by_role("link", name="Categories").click()

        expect(page).to_have_url(f"{live_server}{WORKSPACE}/categories")
        expect(workspace_nav(page).locator("[aria-current]")).to_have_text("Categories")
    finally:
        context.close()
