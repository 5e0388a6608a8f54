"""Managing a signature in a real browser (Debian Chromium through Playwright, CSRF on, mail
through real SMTP): from the statement page, ask for a link, open it, withdraw."""

from __future__ import annotations

import re

from playwright.sync_api import Page, expect

from signon.extensions import db
from signon.models import Signature
from tests import factories
from tests.conftest import axe_violations
from tests.pages import StatementPage
from tests.sessions import seeding

SLUG = "national-guard-letter"
NAME = "Latin America Working Group"
EMAIL = "contact@lawg.example.org"


def test_a_signatory_asks_for_a_link_opens_it_and_withdraws(page: Page, app, live_server, smtp, send_outbox):
    with seeding(app):
        s = factories.open_statement(SLUG)
        factories.team_member(s, "maria@coalition.example.org", name="María")
        factories.verified_signature(s, NAME, email=EMAIL)
        factories.verified_signature(s, "Kino Border Initiative", email="kino@example.org")

    statement = StatementPage(page).open(SLUG)
    expect(statement.signatories).to_contain_text(NAME)
    page.get_by_role("link", name="Manage your signature").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Manage your signature")
    page.get_by_label("Email", exact=True).fill(EMAIL.upper())
    page.get_by_role("button", name="Send me a link").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Check your email")
    expect(page.get_by_role("main")).to_contain_text("If that address signed a statement here")

    assert send_outbox().sent == 1
    (message,) = smtp.to(EMAIL)
    link = re.search(re.escape(live_server) + r"/manage/\S+", smtp.text_of(message))
    assert link, smtp.text_of(message)

    page.goto(link.group(0))
    expect(page.get_by_role("heading", level=1)).to_have_text("Manage your signature")
    expect(page.locator("dl.summary")).to_contain_text(NAME)
    assert axe_violations(page) == []
    page.get_by_role("button", name="Withdraw this signature").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Signature withdrawn")

    StatementPage(page).open(SLUG)
    expect(statement.signatories).not_to_contain_text(NAME)
    expect(statement.signatories).to_contain_text("Kino Border Initiative")
    with seeding(app):
        status = db.session.execute(db.select(Signature.status).where(Signature.organization_name == NAME))
        assert status.scalar_one() == "withdrawn"
    send_outbox()
    assert len(smtp.to("maria@coalition.example.org")) == 1
