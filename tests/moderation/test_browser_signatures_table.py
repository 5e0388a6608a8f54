"""The signatures table in Chromium: every action of a row stays in view on a laptop screen,
and one checkbox ticks every row of the page (with a little script; without it, row by row)."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from tests import factories
from tests.conftest import axe_violations
from tests.moderation_support import add
from tests.pages import LoginPage
from tests.sessions import SLUG, make_team


@pytest.fixture
def table(app, page: Page, live_server) -> Page:
    make_team(app, moderated=True)
    add(app, "Latin America Working Group")
    add(app, "Kino Border Initiative", "awaiting_approval")
    add(app, "Hope Border Institute", "awaiting_approval", category="state-and-local")
    add(app, "Witness at the Border", "awaiting_confirmation")
    LoginPage(page).open().sign_in("maria@lawg.example.org", factories.PASSWORD)
    expect(page.get_by_role("heading", level=1)).to_have_text("Your statements")
    return page


@pytest.mark.parametrize("width", [1024, 1280])
def test_every_row_action_is_in_view_and_the_page_never_scrolls_sideways(table: Page, width: int) -> None:
    page = table
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(f"/coordinator/s/{SLUG}/signatures")

    assert page.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth")
    region = page.get_by_role("region", name="Signatures").bounding_box()
    assert region is not None
    for name in ("Approve Kino Border Initiative", "Reject Kino Border Initiative", "Edit Kino Border Initiative"):
        box = page.get_by_role(page_role(name), name=name, exact=True).bounding_box()
        assert box is not None, name
        assert region["x"] <= box["x"] and box["x"] + box["width"] <= region["x"] + region["width"], name


def page_role(name: str) -> str:
    return "link" if name.startswith("Edit") else "button"


def test_one_checkbox_ticks_every_row_of_the_page_for_a_bulk_approval(table: Page) -> None:
    page = table
    page.goto(f"/coordinator/s/{SLUG}/signatures?status=awaiting_approval")
    every = page.get_by_role("checkbox", name="Tick every signature on this page")

    every.check()
    expect(page.get_by_role("checkbox", name="Kino Border Initiative")).to_be_checked()
    expect(page.get_by_role("checkbox", name="Hope Border Institute")).to_be_checked()
    page.get_by_role("checkbox", name="Hope Border Institute").uncheck()
    assert page.evaluate("document.getElementById('tick-all').indeterminate")
    every.check()
    assert axe_violations(page) == []

    page.get_by_role("button", name="Approve", exact=True).click()
    expect(page.get_by_role("status").filter(has_text="Approved 2 signatures")).to_be_visible()
