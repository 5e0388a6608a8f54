"""The dashboard in Chromium at 1280 px wide: signatures awaiting approval and awaiting
confirmation in columns of their own, each count a link to the signatures table filtered to it,
and no axe-core violations. With SIGNON_SHOTS naming a folder, the page is saved there."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from tests import factories
from tests.conftest import violation_ids
from tests.moderation_support import add
from tests.pages import LoginPage
from tests.sessions import MARIA, make_team

WIDE = {"width": 1280, "height": 800}


@pytest.fixture
def team(app):
    made = make_team(app, moderated=True)
    add(app, "Latin America Working Group")
    add(app, "Kino Border Initiative", "awaiting_approval")
    add(app, "Hope Border Institute", "awaiting_confirmation")
    return made


def test_the_dashboard_shows_both_kinds_of_waiting_signatures_at_1280_px(page: Page, team):
    page.set_viewport_size(WIDE)
    LoginPage(page).open().sign_in(MARIA, factories.PASSWORD)
    expect(page.get_by_role("heading", level=1)).to_have_text("Your statements")

    expect(page.get_by_role("columnheader", name="Awaiting approval")).to_be_visible()
    expect(page.get_by_role("columnheader", name="Awaiting confirmation")).to_be_visible()
    assert violation_ids(page) == []
    if folder := os.environ.get("SIGNON_SHOTS"):
        Path(folder).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(folder) / "dashboard.png"))
    page.get_by_role("cell", name="1").first.get_by_role("link").click()  # awaiting approval
    expect(page.get_by_role("heading", level=1)).to_contain_text("Signatures:")
    expect(page.get_by_role("navigation", name="Signatures by status").locator("[aria-current]")).to_contain_text(
        "Awaiting approval"
    )
