"""With REDIS_URL the public form limits are kept in Redis, shared by every worker; when Redis is
down, signing, confirming and resending still work (the limits fail open, and say so in the
log), because nothing about a signature's correctness depends on the limiter."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import redis
from flask import Flask
from sqlalchemy import func

from signon.extensions import db
from signon.models import OutboxMessage, Signature
from signon.services.mail import emails
from tests import factories
from tests.conftest import Inbox, empty_tables, free_port, rate_limited_app
from tests.sessions import seeding

SLUG = "national-guard-letter"
SIGN = f"/s/{SLUG}/sign"
REDIS = "redis://127.0.0.1:6379/0"


def count(app: Flask, model: type) -> int:
    with seeding(app):
        return db.session.execute(db.select(func.count()).select_from(model)).scalar_one()


# --------------------------------------------------------------------------- Redis down


@pytest.fixture
def redis_down(migrated_database: str, smtp: Inbox, tmp_path: Path) -> Iterator[Flask]:
    """REDIS_URL names a loopback port where nothing listens."""
    app = rate_limited_app(
        migrated_database,
        smtp.port,
        tmp_path,
        REDIS_URL=f"redis://127.0.0.1:{free_port()}/0",
        SIGNON_SIGN_RATE_LIMIT="2 per hour",
        SIGNON_CONFIRM_RATE_LIMIT="2 per hour",
        SIGNON_RESEND_RATE_LIMIT="2 per hour",
    )
    with seeding(app):
        factories.open_statement(SLUG)
    yield app
    empty_tables(app)


def test_with_redis_down_people_still_sign_confirm_and_resend_past_every_limit(redis_down, smtp, caplog, monkeypatch):
    # The migrations' fileConfig (run once for the suite) disables every logger that existed then.
    monkeypatch.setattr(logging.getLogger("flask-limiter"), "disabled", False)
    client = redis_down.test_client()
    with caplog.at_level(logging.ERROR, logger="flask-limiter"):
        for n in range(4):
            signed = client.post(SIGN, data=factories.sign_form(organization=f"Office {n}", email=f"o{n}@example.org"))
            assert signed.status_code == 303
        with seeding(redis_down):
            signature = db.session.execute(db.select(Signature).order_by(Signature.id)).scalars().first()
            link = f"/confirm/{emails.confirm_token(signature)}"
        for _ in range(4):
            assert client.post(f"{link}/resend").status_code == 303
            assert client.post("/confirm/resend", data={"email": "o1@example.org"}).status_code == 303
        for _ in range(4):
            assert client.post(link).status_code == 303

    assert count(redis_down, Signature) == 4
    with seeding(redis_down):
        assert db.session.execute(db.select(Signature.confirmed_at).where(Signature.id == signature.id)).scalar_one()
    assert count(redis_down, OutboxMessage) == 4 + 4 + 4
    # The outage is logged, so that someone notices the limits are not holding.
    assert any("rate limit" in r.getMessage().lower() for r in caplog.records), [r.getMessage() for r in caplog.records]


# --------------------------------------------------------------------------- the real Redis


@pytest.fixture
def real_redis() -> Iterator[tuple[str, str]]:
    """The machine's Redis on 127.0.0.1:6379 and a key prefix of this test's own, removed after."""
    connection = redis.Redis.from_url(REDIS)
    try:
        connection.ping()
    except redis.RedisError:
        pytest.skip("no Redis answering on 127.0.0.1:6379")
    prefix = f"signon-test-{uuid.uuid4().hex}"
    try:
        yield REDIS, prefix
    finally:
        keys = list(connection.scan_iter(match=f"*{prefix}*"))
        if keys:
            connection.delete(*keys)
        connection.close()


def test_with_redis_the_sign_form_limit_holds_across_app_processes(migrated_database, smtp, tmp_path, real_redis):
    url, prefix = real_redis
    settings = {"REDIS_URL": url, "RATELIMIT_KEY_PREFIX": prefix, "SIGNON_SIGN_RATE_LIMIT": "3 per hour"}
    first = rate_limited_app(migrated_database, smtp.port, tmp_path, **settings)
    try:
        with seeding(first):
            factories.open_statement(SLUG)
        invalid = factories.sign_form(organization="")
        for _ in range(2):
            assert first.test_client().post(SIGN, data=invalid).status_code == 422
        # A second app (another gunicorn worker) shares the count through Redis.
        second = rate_limited_app(migrated_database, smtp.port, tmp_path, **settings)
        client = second.test_client()
        assert client.post(SIGN, data=invalid).status_code == 422
        assert client.post(SIGN, data=factories.sign_form()).status_code == 429
        assert count(second, Signature) == 0
        assert list(redis.Redis.from_url(url).scan_iter(match=f"*{prefix}*")), "the count is not kept in Redis"
    finally:
        empty_tables(first)


def test_two_apps_with_their_own_key_prefix_count_apart_in_one_redis(migrated_database, smtp, tmp_path, real_redis):
    url, prefix = real_redis
    limit = {"REDIS_URL": url, "SIGNON_SIGN_RATE_LIMIT": "1 per hour"}
    first = rate_limited_app(migrated_database, smtp.port, tmp_path, RATELIMIT_KEY_PREFIX=f"{prefix}-a", **limit)
    try:
        with seeding(first):
            factories.open_statement(SLUG)
        invalid = factories.sign_form(organization="")
        first.test_client().post(SIGN, data=invalid)
        assert first.test_client().post(SIGN, data=invalid).status_code == 429
        second = rate_limited_app(migrated_database, smtp.port, tmp_path, RATELIMIT_KEY_PREFIX=f"{prefix}-b", **limit)
        assert second.test_client().post(SIGN, data=invalid).status_code == 422
    finally:
        empty_tables(first)
