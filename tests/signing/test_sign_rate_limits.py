"""The public forms are rate limited per client address: 60 sign form posts, 60 confirmations
and 20 resend requests an hour by default (room for an office of 20 people behind one
address), each set by its own SIGNON_*_RATE_LIMIT. Reading a form is never limited. A limited
post gets the 429 page, which says when to retry and that nothing was saved, and stores
nothing. The address is the connection's own unless SIGNON_PROXY_HOPS proxies are trusted."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from sqlalchemy import func

from signon import create_app
from signon.config import ConfigError
from signon.extensions import db
from signon.models import OutboxMessage, Signature, Statement
from signon.services.mail import emails
from tests import factories
from tests.conftest import Inbox, base_overrides, empty_tables, rate_limited_app
from tests.sessions import seeding

SLUG = "national-guard-letter"
SIGN = f"/s/{SLUG}/sign"
INVALID = factories.sign_form(organization="")  # answered 422: cheap, and it still counts


@pytest.fixture
def app(migrated_database: str, smtp: Inbox, tmp_path: Path) -> Iterator[Flask]:
    """The app with rate limits on (the suite's default app has them off)."""
    app = rate_limited_app(migrated_database, smtp.port, tmp_path)
    with seeding(app):
        factories.open_statement(SLUG)
    yield app
    empty_tables(app)


def limited_app(migrated_database: str, smtp: Inbox, tmp_path: Path, **overrides: Any) -> Flask:
    app = rate_limited_app(migrated_database, smtp.port, tmp_path, **overrides)
    with seeding(app):
        factories.open_statement(SLUG)
    return app


def from_address(address: str) -> dict[str, Any]:
    return {"environ_base": {"REMOTE_ADDR": address}}


def count(app: Flask, model: type) -> int:
    with seeding(app):
        return db.session.execute(db.select(func.count()).select_from(model)).scalar_one()


def confirm_link(app: Flask) -> str:
    with seeding(app):
        statement = db.session.execute(db.select(Statement)).scalar_one()
        signature = factories.pending_signature(statement)
        return f"/confirm/{emails.confirm_token(signature)}"


# --------------------------------------------------------------------------- the sign form


def test_sixty_sign_form_posts_an_hour_from_one_address_are_answered_then_429(client):
    for _ in range(60):
        assert client.post(SIGN, data=INVALID).status_code == 422
    assert client.post(SIGN, data=INVALID).status_code == 429
    assert client.post(SIGN, data=factories.sign_form()).status_code == 429


def test_a_limited_signature_gets_a_429_page_saying_when_to_retry_and_nothing_is_stored(
    migrated_database, smtp, tmp_path
):
    app = limited_app(migrated_database, smtp, tmp_path, SIGNON_SIGN_RATE_LIMIT="2 per hour")
    try:
        client = app.test_client()
        for _ in range(2):
            assert client.post(SIGN, data=INVALID).status_code == 422
        limited = client.post(SIGN, data=factories.sign_form())

        assert limited.status_code == 429
        html = limited.get_data(as_text=True)
        assert "Too many requests" in html
        assert "Try again in 60 minutes" in html
        assert "was not saved" in html
        assert 3500 <= int(limited.headers["Retry-After"]) <= 3601  # an hour from the first post, rounded up
        assert count(app, Signature) == 0
        assert count(app, OutboxMessage) == 0
    finally:
        empty_tables(app)


def test_reading_the_sign_form_is_never_limited(migrated_database, smtp, tmp_path):
    app = limited_app(migrated_database, smtp, tmp_path, SIGNON_SIGN_RATE_LIMIT="1 per hour")
    try:
        client = app.test_client()
        client.post(SIGN, data=INVALID)
        assert client.post(SIGN, data=INVALID).status_code == 429
        for _ in range(5):
            assert client.get(SIGN).status_code == 200
    finally:
        empty_tables(app)


def test_the_sign_form_limit_is_per_client_address(migrated_database, smtp, tmp_path):
    app = limited_app(migrated_database, smtp, tmp_path, SIGNON_SIGN_RATE_LIMIT="2 per hour")
    try:
        client = app.test_client()
        for _ in range(2):
            client.post(SIGN, data=INVALID, **from_address("192.0.2.10"))
        assert client.post(SIGN, data=INVALID, **from_address("192.0.2.10")).status_code == 429
        assert client.post(SIGN, data=factories.sign_form(), **from_address("192.0.2.11")).status_code == 303
    finally:
        empty_tables(app)


def test_a_forged_forwarded_header_does_not_dodge_the_limit_when_no_proxy_is_trusted(migrated_database, smtp, tmp_path):
    app = limited_app(migrated_database, smtp, tmp_path, SIGNON_SIGN_RATE_LIMIT="2 per hour", SIGNON_PROXY_HOPS=0)
    try:
        client = app.test_client()
        for n in range(2):
            client.post(SIGN, data=INVALID, headers={"X-Forwarded-For": f"198.51.100.{n}"}, **from_address("10.0.0.5"))
        forged = client.post(
            SIGN, data=factories.sign_form(), headers={"X-Forwarded-For": "198.51.100.99"}, **from_address("10.0.0.5")
        )
        assert forged.status_code == 429
        assert count(app, Signature) == 0
    finally:
        empty_tables(app)


def test_behind_a_trusted_proxy_each_client_it_forwards_has_its_own_count(migrated_database, smtp, tmp_path):
    app = limited_app(migrated_database, smtp, tmp_path, SIGNON_SIGN_RATE_LIMIT="2 per hour", SIGNON_PROXY_HOPS=1)
    try:
        client = app.test_client()
        proxy = from_address("10.0.0.1")
        for _ in range(2):
            client.post(SIGN, data=INVALID, headers={"X-Forwarded-For": "203.0.113.1"}, **proxy)
        assert client.post(SIGN, data=INVALID, headers={"X-Forwarded-For": "203.0.113.1"}, **proxy).status_code == 429
        other = client.post(SIGN, data=factories.sign_form(), headers={"X-Forwarded-For": "203.0.113.2"}, **proxy)
        assert other.status_code == 303
    finally:
        empty_tables(app)


# --------------------------------------------------------------------------- confirming


def test_sixty_confirmation_posts_an_hour_from_one_address_then_429(app, client):
    link = confirm_link(app)
    for _ in range(60):
        assert client.post(link).status_code == 303
    limited = client.post(link)
    assert limited.status_code == 429
    assert "Try again in" in limited.get_data(as_text=True)
    # The page with the button only reads: a mail scanner opening it never uses up the count.
    assert client.get(link).status_code == 200


def test_a_limited_confirmation_confirms_nothing(migrated_database, smtp, tmp_path):
    app = limited_app(migrated_database, smtp, tmp_path, SIGNON_CONFIRM_RATE_LIMIT="1 per hour")
    try:
        client = app.test_client()
        client.post("/confirm/" + "x" * 40)  # a wrong link still counts
        assert client.post(confirm_link(app)).status_code == 429
        with seeding(app):
            assert db.session.execute(db.select(Signature.status)).scalar_one() == "pending"
    finally:
        empty_tables(app)


# --------------------------------------------------------------------------- resending


def test_twenty_resend_requests_an_hour_shared_by_both_resend_pages_then_429(app, client):
    link = confirm_link(app)
    for n in range(10):
        assert client.post("/confirm/resend", data={"email": f"nobody{n}@example.org"}).status_code == 303
    for _ in range(10):
        assert client.post(f"{link}/resend").status_code == 303
    assert client.post("/confirm/resend", data={"email": "ana@came.example.org"}).status_code == 429
    assert client.post(f"{link}/resend").status_code == 429
    assert client.get("/confirm/resend").status_code == 200


def test_a_limited_resend_sends_nothing(migrated_database, smtp, tmp_path):
    app = limited_app(migrated_database, smtp, tmp_path, SIGNON_RESEND_RATE_LIMIT="1 per hour")
    try:
        link = confirm_link(app)
        client = app.test_client()
        client.post("/confirm/resend", data={"email": "nobody@example.org"})
        assert client.post(f"{link}/resend").status_code == 429
        assert count(app, OutboxMessage) == 0
    finally:
        empty_tables(app)


# --------------------------------------------------------------------------- configuration


def test_each_public_limit_is_read_from_its_environment_variable(monkeypatch, migrated_database, smtp, tmp_path):
    settings = {
        "SIGNON_SIGN_RATE_LIMIT": "100 per hour",
        "SIGNON_CONFIRM_RATE_LIMIT": "90 per hour",
        "SIGNON_RESEND_RATE_LIMIT": "30 per hour",
        "SIGNON_MANAGE_RATE_LIMIT": "25 per hour",
    }
    for name, value in settings.items():
        monkeypatch.setenv(name, value)
    app = rate_limited_app(migrated_database, smtp.port, tmp_path)
    for name, value in settings.items():
        assert app.config[name] == value


def test_the_defaults_leave_room_for_an_office_behind_one_address(migrated_database, smtp, tmp_path):
    app = rate_limited_app(migrated_database, smtp.port, tmp_path)
    assert app.config["SIGNON_SIGN_RATE_LIMIT"] == "60 per hour"
    assert app.config["SIGNON_CONFIRM_RATE_LIMIT"] == "60 per hour"
    assert app.config["SIGNON_RESEND_RATE_LIMIT"] == "20 per hour"
    assert app.config["SIGNON_MANAGE_RATE_LIMIT"] == "20 per hour"


@pytest.mark.parametrize("name", ["SIGNON_SIGN_RATE_LIMIT", "SIGNON_CONFIRM_RATE_LIMIT", "SIGNON_RESEND_RATE_LIMIT"])
def test_a_limit_that_is_not_a_rate_stops_the_app_from_starting(migrated_database, smtp, tmp_path, name):
    with pytest.raises(ConfigError, match=name):
        rate_limited_app(migrated_database, smtp.port, tmp_path, **{name: "sixty an hour"})


def test_the_public_limits_are_off_in_the_test_suites_default_app(migrated_database, smtp, tmp_path):
    app = create_app({**base_overrides(migrated_database, smtp.port), "SIGNON_EXPORT_CACHE": str(tmp_path)})
    try:
        with seeding(app):
            factories.open_statement(SLUG)
        client = app.test_client()
        for _ in range(65):
            assert client.post(SIGN, data=INVALID).status_code == 422
    finally:
        empty_tables(app)
