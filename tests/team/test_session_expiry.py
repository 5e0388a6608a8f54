"""Coordinator sessions expire: at most PERMANENT_SESSION_LIFETIME (12 hours by default) after
signing in, whether the browser kept the cookie or the coordinator kept clicking."""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from itsdangerous.timed import TimestampSigner

import signon.clock
from signon import create_app
from tests.conftest import Inbox, base_overrides, empty_tables
from tests.sessions import SLUG, log_in, make_team

TEAM = f"/coordinator/s/{SLUG}/team"
TWELVE_HOURS = timedelta(hours=12)


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Any:
    """Moves every clock a session depends on: the one itsdangerous signs the cookie with and the
    one Signon reads the time from. Returns advance(**timedelta)."""
    offset = {"seconds": 0.0}
    real_utcnow = signon.clock.utcnow
    monkeypatch.setattr(TimestampSigner, "get_timestamp", lambda self: int(time.time() + offset["seconds"]))
    monkeypatch.setattr(signon.clock, "utcnow", lambda: real_utcnow() + timedelta(seconds=offset["seconds"]))

    def advance(**delta: float) -> None:
        offset["seconds"] += timedelta(**delta).total_seconds()

    return advance


def redirected_to_login(response) -> bool:
    return response.status_code == 302 and "/login" in response.headers["Location"]


def session_cookie_expiry(response) -> datetime:
    [cookie] = [c for c in response.headers.getlist("Set-Cookie") if c.startswith("session=")]
    expires = next(part.split("=", 1)[1] for part in cookie.split("; ") if part.lower().startswith("expires="))
    return parsedate_to_datetime(expires)


def test_signing_in_gives_a_cookie_that_expires_in_twelve_hours(app, client, team):
    assert app.permanent_session_lifetime == TWELVE_HOURS
    response = log_in(client)
    expiry = session_cookie_expiry(response)
    assert abs(expiry - (datetime.now(UTC) + TWELVE_HOURS)) < timedelta(minutes=1)


def test_a_session_just_under_twelve_hours_old_still_works(client, team, clock):
    log_in(client)
    clock(hours=11, minutes=59)
    assert client.get(TEAM).status_code == 200


def test_a_session_older_than_twelve_hours_is_sent_to_sign_in(client, team, clock):
    log_in(client)
    clock(hours=12, minutes=1)
    response = client.get(TEAM)
    assert redirected_to_login(response)
    assert client.get("/coordinator/").status_code == 302


def test_an_expired_session_cannot_post_either(client, team, clock):
    log_in(client)
    clock(hours=13)
    response = client.post(f"{TEAM}/invite", data={"email": "ines@partner.example.org"})
    assert redirected_to_login(response)


def test_a_session_in_use_all_day_still_ends_twelve_hours_after_signing_in(client, team, clock):
    log_in(client)
    for _ in range(5):
        clock(hours=2, minutes=20)
        assert client.get(TEAM).status_code == 200  # 11 h 40 min in: still signed in
    clock(minutes=30)
    assert redirected_to_login(client.get(TEAM))


def test_a_cookie_kept_past_its_expiry_is_not_honoured(app, client, team):
    """The browser's Expires is only advice: the sign-in time inside the signed cookie decides."""
    log_in(client)
    with client.session_transaction() as session:
        session["signed_in_at"] = int(time.time()) - int(TWELVE_HOURS.total_seconds()) - 60
    assert redirected_to_login(client.get(TEAM))


def test_a_session_without_a_sign_in_time_is_not_honoured(app, client, team):
    log_in(client)
    with client.session_transaction() as session:
        del session["signed_in_at"]
    assert redirected_to_login(client.get(TEAM))


def test_signing_in_again_after_expiry_works(client, team, clock):
    log_in(client)
    clock(hours=13)
    assert redirected_to_login(client.get(TEAM))
    log_in(client)
    assert client.get(TEAM).status_code == 200


@pytest.fixture
def short_sessions_app(migrated_database: str, smtp: Inbox, tmp_path: Path) -> Iterator[Flask]:
    app = create_app(
        {
            **base_overrides(migrated_database, smtp.port),
            "SIGNON_EXPORT_CACHE": str(tmp_path / "exports"),
            "PERMANENT_SESSION_LIFETIME": 600,
        }
    )
    yield app
    empty_tables(app)


def test_the_lifetime_follows_permanent_session_lifetime(short_sessions_app, clock):
    make_team(short_sessions_app)
    client = short_sessions_app.test_client()
    response = log_in(client)
    assert abs(session_cookie_expiry(response) - (datetime.now(UTC) + timedelta(minutes=10))) < timedelta(minutes=1)
    clock(minutes=9)
    assert client.get(TEAM).status_code == 200
    clock(minutes=2)
    assert redirected_to_login(client.get(TEAM))


def test_the_lifetime_can_be_set_from_the_environment(monkeypatch, migrated_database, smtp):
    monkeypatch.setenv("PERMANENT_SESSION_LIFETIME", "3600")
    app = create_app(base_overrides(migrated_database, smtp.port))
    assert app.permanent_session_lifetime == timedelta(hours=1)
