"""Two quiet bot checks on the sign form: a field people never see (the trap) and a minimum fill
time (SIGNON_MIN_FILL_SECONDS, 3 by default) counted from a signed timestamp written into the
form. A bot, whichever check catches it, gets exactly the answer a person gets (303 to "check
your email"), and nothing is stored or sent; so do duplicates. A person is never asked anything."""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from flask import Flask
from itsdangerous import URLSafeSerializer
from sqlalchemy import func

from signon import create_app
from signon.config import ConfigError
from signon.extensions import db
from signon.models import AuditEvent, OutboxMessage, Signature
from signon.public import bot_checks
from tests import factories, paths
from tests.conftest import TEST_SECRET, Inbox, base_overrides, empty_tables
from tests.sessions import seeding

SLUG = "national-guard-letter"
SIGN = f"/s/{SLUG}/sign"
THANKS = f"/s/{SLUG}/check-email"
ROOT = paths.ROOT


@pytest.fixture
def app(migrated_database: str, smtp: Inbox, tmp_path: Path) -> Iterator[Flask]:
    app = create_app(
        {
            **base_overrides(migrated_database, smtp.port),
            "SIGNON_EXPORT_CACHE": str(tmp_path / "exports"),
            "SIGNON_MIN_FILL_SECONDS": 3,
        }
    )
    with seeding(app):
        factories.open_statement(SLUG)
    yield app
    empty_tables(app)


def shown_stamp(client) -> str:
    html = client.get(SIGN).get_data(as_text=True)
    found = re.search(r'<input id="shown_at" name="shown_at" type="hidden" value="([^"]+)">', html)
    assert found, "the form carries no timestamp"
    return found.group(1)


def shown_ago(seconds: float, slug: str = SLUG, secret: str = TEST_SECRET) -> str:
    """The timestamp of a form shown that many seconds ago, as the server would have written it."""
    return bot_checks.stamp(secret, slug, time.time() - seconds)


def stored(app: Flask) -> tuple[int, int]:
    with seeding(app):
        signatures = db.session.execute(db.select(func.count()).select_from(Signature)).scalar_one()
        messages = db.session.execute(db.select(func.count()).select_from(OutboxMessage)).scalar_one()
    return signatures, messages


def answer(response) -> tuple[int, str]:
    return response.status_code, response.headers.get("Location", "")


# --------------------------------------------------------------------------- people


def test_a_person_who_takes_a_few_seconds_signs(app, client):
    response = client.post(SIGN, data=factories.sign_form(shown_at=shown_ago(4), referral=""))
    assert answer(response) == (303, THANKS)
    assert stored(app) == (1, 1)


def test_a_form_sent_back_with_errors_keeps_the_time_it_was_first_shown(app, client):
    first = shown_stamp(client)
    html = client.post(SIGN, data=factories.sign_form(organization="", shown_at=first)).get_data(as_text=True)
    assert f'name="shown_at" type="hidden" value="{first}"' in html


def test_a_form_sent_back_with_errors_and_no_valid_timestamp_gets_a_fresh_one(app, client):
    """A person whose page lost its timestamp (an old copy of the form, say) can still sign once
    they fix their answers, rather than being taken for a bot forever."""
    html = client.post(SIGN, data=factories.sign_form(organization="", shown_at="lost")).get_data(as_text=True)
    fresh = re.search(r'name="shown_at" type="hidden" value="([^"]+)"', html)
    assert fresh
    assert bot_checks.seconds_since_shown(TEST_SECRET, SLUG, fresh.group(1), time.time()) is not None


# --------------------------------------------------------------------------- bots


def test_a_filled_in_trap_gets_the_thank_you_page_and_nothing_is_stored_or_sent(app, client, send_outbox, smtp):
    response = client.post(SIGN, data=factories.sign_form(shown_at=shown_ago(30), referral="http://spam.example.com"))
    assert answer(response) == (303, THANKS)
    assert stored(app) == (0, 0)
    send_outbox()
    assert smtp.messages == []


def test_a_form_sent_back_within_three_seconds_gets_the_thank_you_page_and_nothing_is_stored(app, client):
    response = client.post(SIGN, data=factories.sign_form(shown_at=shown_stamp(client)))
    assert answer(response) == (303, THANKS)
    assert stored(app) == (0, 0)
    # Just short of the minimum is still too fast.
    assert answer(client.post(SIGN, data=factories.sign_form(shown_at=shown_ago(2.5)))) == (303, THANKS)
    assert stored(app) == (0, 0)


@pytest.mark.parametrize(
    "stamp",
    [
        None,
        "",
        "not-a-timestamp",
        URLSafeSerializer("another secret altogether", salt=bot_checks.SALT).dumps({"s": SLUG, "t": 0}),
        URLSafeSerializer(TEST_SECRET, salt="another purpose").dumps({"s": SLUG, "t": 0}),
        URLSafeSerializer(TEST_SECRET, salt=bot_checks.SALT).dumps({"s": SLUG, "t": "0"}),
        URLSafeSerializer(TEST_SECRET, salt=bot_checks.SALT).dumps([SLUG, 0]),
        "for another statement",
        "tampered",
    ],
    ids=["missing", "empty", "garbage", "other-secret", "other-salt", "text-time", "list", "other-slug", "tampered"],
)
def test_a_missing_or_forged_timestamp_gets_the_thank_you_page_and_nothing_is_stored(app, client, stamp):
    if stamp == "for another statement":
        stamp = shown_ago(60, slug="another-letter")
    elif stamp == "tampered":
        good = shown_ago(60)
        stamp = good[:-2] + ("AA" if not good.endswith("AA") else "BB")
    response = client.post(SIGN, data=factories.sign_form(shown_at=stamp))
    assert answer(response) == (303, THANKS)
    assert stored(app) == (0, 0)


def test_a_bot_is_logged_but_leaves_no_trace_in_the_audit_trail(app, client, caplog, monkeypatch):
    # The migrations' fileConfig (run once for the suite) disables every logger that existed then.
    monkeypatch.setattr(logging.getLogger("signon.public.views"), "disabled", False)
    with caplog.at_level(logging.INFO, logger="signon.public.views"):
        client.post(SIGN, data=factories.sign_form(shown_at=shown_ago(30), referral="x"))
    assert any("taken for a bot" in r.getMessage() for r in caplog.records)
    with seeding(app):
        assert db.session.execute(db.select(func.count()).select_from(AuditEvent)).scalar_one() == 0


def test_good_duplicate_trapped_and_hurried_submissions_all_get_the_same_answer(app, client):
    good = client.post(SIGN, data=factories.sign_form(shown_at=shown_ago(10)))
    duplicate = client.post(SIGN, data=factories.sign_form(shown_at=shown_ago(10), email="other@came.example.org"))
    trapped = client.post(SIGN, data=factories.sign_form(shown_at=shown_ago(10), referral="bot"))
    hurried = client.post(SIGN, data=factories.sign_form(shown_at=shown_stamp(client)))

    assert answer(good) == answer(duplicate) == answer(trapped) == answer(hurried) == (303, THANKS)
    assert good.get_data() == duplicate.get_data() == trapped.get_data() == hurried.get_data()
    assert stored(app) == (1, 2)  # the signature, its link, and the "already signed" email


# --------------------------------------------------------------------------- the trap is out of people's way


def test_the_trap_is_hidden_from_people_screen_readers_and_the_tab_key(app, client):
    html = client.get(SIGN).get_data(as_text=True)
    block = re.search(r'<div class="form-extra" aria-hidden="true">(.*?)</div>', html, re.S)
    assert block, "the trap is not in a hidden, aria-hidden block"
    field = re.search(r"<input [^>]*>", block.group(1)).group(0)  # type: ignore[union-attr]
    assert 'name="referral"' in field
    assert 'tabindex="-1"' in field
    assert 'autocomplete="off"' in field
    assert 'value=""' in field
    assert "Leave this field empty" in block.group(1)
    css = (ROOT / "static" / "signon.css").read_text(encoding="utf-8")
    rule = re.search(r"\.form-extra \{([^}]*)\}", css)
    assert rule and "position: absolute" in rule.group(1) and "left: -10000px" in rule.group(1)


def test_the_trap_is_named_like_no_field_a_browser_fills_in_by_itself():
    # Autofill fills fields it recognises by name: a person's browser must never fill the trap.
    assert not re.search(r"mail|url|web|site|name|phone|tel|address|city|country|org|zip", "referral")


def test_a_trap_value_sent_back_with_errors_is_not_shown_again(app, client):
    html = client.post(SIGN, data=factories.sign_form(organization="", referral="bot text")).get_data(as_text=True)
    assert "bot text" not in html


# --------------------------------------------------------------------------- configuration


def test_the_minimum_is_three_seconds_outside_tests_and_off_in_the_suites_default_app(migrated_database, smtp):
    settings = base_overrides(migrated_database, smtp.port)
    assert create_app(settings).config["SIGNON_MIN_FILL_SECONDS"] == 0
    assert create_app({**settings, "SIGNON_ENV": "development"}).config["SIGNON_MIN_FILL_SECONDS"] == 3
    create_app(settings)  # leave the shared limiter as the rest of the suite expects it


def test_the_minimum_is_read_from_its_variable_and_never_above_three_seconds(monkeypatch, migrated_database, smtp):
    monkeypatch.setenv("SIGNON_MIN_FILL_SECONDS", "2")
    assert create_app(base_overrides(migrated_database, smtp.port)).config["SIGNON_MIN_FILL_SECONDS"] == 2
    monkeypatch.setenv("SIGNON_MIN_FILL_SECONDS", "10")
    with pytest.raises(ConfigError, match="SIGNON_MIN_FILL_SECONDS"):
        create_app(base_overrides(migrated_database, smtp.port))
