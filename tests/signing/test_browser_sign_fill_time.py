"""A person signing in a real browser passes the sign form's minimum fill time: with
SIGNON_MIN_FILL_SECONDS=1 (CSRF on, as in production), a form sent after a human pause is
stored and its confirmation email queued. (Bots are in test_sign_form_bot_checks.py: how fast
Playwright fills a form depends on the machine, so a "too fast" browser test would be flaky.)"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from flask import Flask
from playwright.sync_api import Page
from sqlalchemy import func

from signon import create_app
from signon.extensions import db
from signon.models import OutboxMessage, Signature
from tests.conftest import Inbox, base_overrides, empty_tables
from tests.pages import Organization, SignPage
from tests.sessions import seeding


@pytest.fixture
def app(migrated_database: str, smtp: Inbox, tmp_path: Path) -> Iterator[Flask]:
    app = create_app(
        {
            **base_overrides(migrated_database, smtp.port),
            "SIGNON_EXPORT_CACHE": str(tmp_path / "exports"),
            "SIGNON_MIN_FILL_SECONDS": 1,
        }
    )
    yield app
    empty_tables(app)


def stored(app: Flask) -> tuple[int, int]:
    with seeding(app):
        signatures = db.session.execute(db.select(func.count()).select_from(Signature)).scalar_one()
        messages = db.session.execute(db.select(func.count()).select_from(OutboxMessage)).scalar_one()
    return signatures, messages


def test_a_person_who_takes_more_than_the_minimum_fill_time_signs(page: Page, app, live_server, demo_slug):
    assert app.config["SIGNON_MIN_FILL_SECONDS"] == 1
    before = stored(app)

    sign = SignPage(page).open(demo_slug)
    opened = time.monotonic()
    sign.fill(Organization())
    page.wait_for_timeout(max(0.0, 1.3 - (time.monotonic() - opened)) * 1000)
    sign.submit()
    sign.expect_check_email()

    signatures, messages = stored(app)
    assert (signatures, messages) == (before[0] + 1, before[1] + 1)
    with seeding(app):
        names = db.session.execute(db.select(Signature.organization_name)).scalars().all()
    assert "Centre for Housing Rights – Ōsaka" in names
