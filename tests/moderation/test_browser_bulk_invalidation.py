"""Bulk invalidation in a real browser (Debian Chromium through Playwright, CSRF on): from the
signatures page to the preview, then the confirmation; once with scripts off, since nothing
here may need JavaScript; axe-core finds no WCAG 2.2 AA violation on the pages."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Browser, Page, expect

from signon.extensions import db
from signon.models import Signature
from tests import factories
from tests.conftest import violation_ids
from tests.moderation_support import add
from tests.pages import LoginPage, open_workspace_page
from tests.sessions import SLUG, make_team, seeding

TITLE = "U.S. NGOs Denounce National Guard Actions in Migration Enforcement"


@pytest.fixture
def flood(app) -> dict[str, int]:
    make_team(app)
    return {
        "bot1": add(app, "Bot Org One", source_ip="203.0.113.5", email="a@spam.example"),
        "bot2": add(app, "Bot Org Two", "awaiting_confirmation", source_ip="203.0.113.77", email="b@spam.example"),
        "real": add(app, "Latin America Working Group", source_ip="192.0.2.10"),
    }


def statuses(app, ids: dict[str, int]) -> dict[str, str]:
    with seeding(app):
        return {key: db.session.get(Signature, number).status for key, number in ids.items()}


def preview_then_confirm(page: Page, *, check_accessibility: bool) -> None:
    LoginPage(page).open().sign_in("maria@lawg.example.org", factories.PASSWORD)
    expect(page.get_by_role("heading", level=1)).to_have_text("Your statements")
    page.goto(f"/coordinator/s/{SLUG}/signatures")
    open_workspace_page(page, "Invalidate in bulk")
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Invalidate signatures in bulk: {TITLE}")
    if check_accessibility:
        assert violation_ids(page) == []

    page.get_by_label("IP address or network").fill("203.0.113.0/24")
    page.get_by_role("button", name="Preview", exact=True).click()

    expect(page.get_by_role("heading", level=2, name="This would invalidate 2 signatures")).to_be_visible()
    rows = page.locator("table.table tbody th").all_inner_texts()
    assert sorted(rows) == ["Bot Org One", "Bot Org Two"]
    if check_accessibility:
        assert violation_ids(page) == []

    page.get_by_role("button", name="Invalidate these 2 signatures").click()
    expect(page.get_by_role("status").filter(has_text="Invalidated 2 signatures")).to_be_visible()
    expect(page.get_by_label("IP address or network")).to_have_value("")


def test_preview_then_confirm(app, flood, page: Page):
    preview_then_confirm(page, check_accessibility=True)
    assert statuses(app, flood) == {"bot1": "rejected", "bot2": "rejected", "real": "verified"}
    page.goto(f"/s/{SLUG}")
    expect(page.locator("#signatories")).to_contain_text("Latin America Working Group")
    expect(page.locator("#signatories")).not_to_contain_text("Bot Org")


def test_preview_then_confirm_without_javascript(app, flood, browser: Browser, live_server: str):
    context = browser.new_context(base_url=live_server, java_script_enabled=False)
    try:
        preview_then_confirm(context.new_page(), check_accessibility=False)
    finally:
        context.close()
    assert statuses(app, flood) == {"bot1": "rejected", "bot2": "rejected", "real": "verified"}


def test_the_privacy_page_sets_the_retention(app, flood, page: Page):
    LoginPage(page).open().sign_in("maria@lawg.example.org", factories.PASSWORD)
    page.goto(f"/coordinator/s/{SLUG}/signatures")
    page.get_by_role("link", name="Privacy").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Privacy: {TITLE}")
    assert violation_ids(page) == []

    page.get_by_label(re.compile("^Months to keep contact details")).fill("36")
    page.get_by_role("button", name="Save", exact=True).click()

    expect(page.get_by_role("status")).to_contain_text("kept 36 months")
    assert violation_ids(page) == []
