"""Sign-in attempts and password reset requests are rate limited per client address (Flask-Limiter):
10 sign-in posts a minute, 5 reset requests an hour. A limited request gets a 429 page that says
when to try again; a Redis outage never turns a sign-in into a 500."""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from flask import Flask

from signon import create_app
from tests import factories
from tests.conftest import Inbox, base_overrides, empty_tables, free_port, rate_limited_app
from tests.sessions import make_team

MARIA = "maria@lawg.example.org"
WRONG = {"email": MARIA, "password": "not the password at all"}
RIGHT = {"email": MARIA, "password": factories.PASSWORD}


@pytest.fixture
def app(migrated_database: str, smtp: Inbox, tmp_path: Path) -> Iterator[Flask]:
    """The app with rate limits on (the suite's default app has them off)."""
    app = rate_limited_app(migrated_database, smtp.port, tmp_path)
    yield app
    empty_tables(app)


def from_address(address: str) -> dict[str, Any]:
    return {"environ_base": {"REMOTE_ADDR": address}}


# --------------------------------------------------------------------------- sign-in


def test_ten_sign_in_attempts_a_minute_are_answered(client, team):
    for _ in range(9):
        assert client.post("/login", data=WRONG).status_code == 422
    assert client.post("/login", data=RIGHT).status_code == 303


def test_the_eleventh_attempt_in_a_minute_gets_a_429_page_saying_when_to_retry(client, team):
    for _ in range(10):
        client.post("/login", data=WRONG)
    limited = client.post("/login", data=WRONG)

    assert limited.status_code == 429
    html = limited.get_data(as_text=True)
    assert "Too many requests" in html
    assert "Try again in" in html
    retry_after = int(limited.headers["Retry-After"])
    assert 1 <= retry_after <= 61  # a moving window: a minute from the first attempt, rounded up
    # In seconds, except exactly one minute (signon/errors.py in_words).
    assert ("Try again in 1 minute" if retry_after == 60 else f"Try again in {retry_after} second") in html
    assert "text/html" in limited.headers["Content-Type"]


def test_a_limited_address_cannot_sign_in_even_with_the_right_password(client, team):
    for _ in range(10):
        client.post("/login", data=WRONG)
    assert client.post("/login", data=RIGHT).status_code == 429
    assert client.get("/coordinator/").status_code == 302


def test_reading_the_sign_in_page_is_not_limited(client, team):
    for _ in range(10):
        client.post("/login", data=WRONG)
    for _ in range(15):
        assert client.get("/login").status_code == 200


def test_the_limit_is_per_client_address(app, team):
    client = app.test_client()
    for _ in range(11):
        client.post("/login", data=WRONG, **from_address("192.0.2.10"))
    assert client.post("/login", data=WRONG, **from_address("192.0.2.10")).status_code == 429
    assert client.post("/login", data=RIGHT, **from_address("192.0.2.11")).status_code == 303


def test_the_limit_lifts_after_a_minute(client, team, monkeypatch):
    for _ in range(10):
        client.post("/login", data=WRONG)
    assert client.post("/login", data=WRONG).status_code == 429
    later = time.time() + 61
    monkeypatch.setattr(time, "time", lambda: later)
    assert client.post("/login", data=RIGHT).status_code == 303


# --------------------------------------------------------------------------- password reset


def test_five_reset_requests_an_hour_then_429(app, client, team):
    for _ in range(5):
        assert client.post("/password/forgot", data={"email": MARIA}).status_code == 303
    limited = client.post("/password/forgot", data={"email": MARIA})
    assert limited.status_code == 429
    assert "Try again in" in limited.get_data(as_text=True)
    assert int(limited.headers["Retry-After"]) > 60
    # Sign-in has its own budget.
    assert client.post("/login", data=RIGHT).status_code == 303


def test_the_reset_limit_counts_unknown_addresses_too(client, team):
    for n in range(5):
        client.post("/password/forgot", data={"email": f"nobody{n}@example.org"})
    assert client.post("/password/forgot", data={"email": MARIA}).status_code == 429


# --------------------------------------------------------------------------- configuration


def test_the_limits_are_off_in_the_test_suites_default_app(migrated_database, smtp, tmp_path):
    app = create_app({**base_overrides(migrated_database, smtp.port), "SIGNON_EXPORT_CACHE": str(tmp_path)})
    try:
        assert app.config["RATELIMIT_ENABLED"] is False
        make_team(app)
        client = app.test_client()
        for _ in range(12):
            assert client.post("/login", data=WRONG).status_code == 422
    finally:
        empty_tables(app)


def test_the_limits_are_on_by_default_outside_tests(migrated_database, smtp):
    settings = {**base_overrides(migrated_database, smtp.port), "SIGNON_ENV": "development"}
    app = create_app(settings)
    assert app.config["RATELIMIT_ENABLED"] is True
    assert app.config["RATELIMIT_STORAGE_URI"] == "memory://"
    # Leave the shared limiter as the rest of the suite expects it.
    create_app(base_overrides(migrated_database, smtp.port))


def test_redis_url_becomes_the_limits_storage(migrated_database, smtp, tmp_path):
    app = rate_limited_app(migrated_database, smtp.port, tmp_path, REDIS_URL="redis://127.0.0.1:6390/0")
    assert app.config["RATELIMIT_STORAGE_URI"] == "redis://127.0.0.1:6390/0"


def closed_port() -> int:
    port = free_port()
    with socket.socket() as s:
        assert s.connect_ex(("127.0.0.1", port)) != 0
    return port


def test_a_redis_outage_never_turns_sign_in_into_a_500(migrated_database, smtp, tmp_path):
    app = rate_limited_app(migrated_database, smtp.port, tmp_path, REDIS_URL=f"redis://127.0.0.1:{closed_port()}/0")
    try:
        make_team(app)
        client = app.test_client()
        for _ in range(12):
            assert client.post("/login", data=WRONG).status_code == 422
        assert client.post("/login", data=RIGHT).status_code == 303
        assert client.post("/password/forgot", data={"email": MARIA}).status_code == 303
    finally:
        empty_tables(app)


@pytest.fixture
def redis_server(tmp_path: Path) -> Iterator[str]:
    """A throwaway redis-server on loopback, when the machine has one."""
    binary = shutil.which("redis-server")
    if binary is None:
        pytest.skip("redis-server not installed (apt-get install redis-server)")
    port = free_port()
    arguments = ["--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", str(tmp_path)]
    process = subprocess.Popen(
        [binary, *arguments],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            with socket.socket() as s:
                if s.connect_ex(("127.0.0.1", port)) == 0:
                    break
            time.sleep(0.05)
        yield f"redis://127.0.0.1:{port}/0"
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_with_redis_the_limit_holds_across_app_processes(migrated_database, smtp, tmp_path, redis_server):
    first = rate_limited_app(migrated_database, smtp.port, tmp_path, REDIS_URL=redis_server)
    try:
        make_team(first)
        for _ in range(6):
            first.test_client().post("/login", data=WRONG)
        # A second app (another gunicorn worker) shares the count through Redis.
        second = rate_limited_app(migrated_database, smtp.port, tmp_path, REDIS_URL=redis_server)
        client = second.test_client()
        for _ in range(4):
            assert client.post("/login", data=WRONG).status_code == 422
        assert client.post("/login", data=WRONG).status_code == 429
    finally:
        empty_tables(first)
