"""Fault: the database goes away during signing and comes back.

On PostgreSQL the app talks to the database through a loopback TCP proxy started by the test; a
"restart" is the proxy dropping every connection and refusing new ones, then accepting again.
In the gap, pages and forms answer 503 with a page that says to try again in a minute (and
Retry-After), /healthz answers 503, nothing is half-written, and once the database is back the
service resumes by itself (pool_pre_ping; no restart of Signon). On SQLite, a write lock held
past the busy timeout is the same kind of fault and gets the same 503 page.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Iterator

import pytest
from flask import Flask
from sqlalchemy.engine import make_url

from signon import create_app, worker
from signon.config import sqlalchemy_url
from signon.extensions import db
from signon.models import AuditEvent, OutboxMessage, Signature
from signon.notifier import notify_once
from signon.services import audit
from tests import factories
from tests.conftest import base_overrides
from tests.faults import TcpProxy, database_address, is_postgresql, proxied_url, row_counts
from tests.sessions import log_in, seeding

SLUG = "national-guard-letter"
ON_POSTGRESQL = is_postgresql(os.environ.get("DATABASE_URL", ""))
postgresql_only = pytest.mark.skipif(
    not ON_POSTGRESQL, reason="a database server restart needs PostgreSQL (SQLite is a file, see the lock test)"
)
sqlite_only = pytest.mark.skipif(ON_POSTGRESQL, reason="the busy timeout and write lock are SQLite's")
WRITTEN = (Signature, OutboxMessage, AuditEvent)


def sign_form(n: int = 1) -> dict[str, str]:
    return factories.sign_form(organization=f"Border Shelter {n}", email=f"ana{n}@shelter.example.org")


def assert_unavailable_page(response) -> None:
    assert response.status_code == 503
    assert response.headers["Retry-After"] == "60"
    assert response.mimetype == "text/html"
    html = " ".join(response.get_data(as_text=True).split())
    assert "Signon is briefly unavailable" in html
    assert "Try again in a minute" in html


@pytest.fixture
def proxy(migrated_database: str) -> Iterator[TcpProxy]:
    proxy = TcpProxy(*database_address(migrated_database))
    yield proxy
    proxy.close()


@pytest.fixture
def proxied_app(app: Flask, proxy: TcpProxy, migrated_database: str, smtp) -> Iterator[Flask]:
    """Signon as production runs it, but reaching PostgreSQL through the proxy."""
    proxied = create_app(base_overrides(proxied_url(migrated_database, proxy), smtp.port))
    yield proxied
    with proxied.app_context():
        db.engine.dispose()


@pytest.fixture
def statement(app: Flask) -> None:
    with seeding(app):
        statement = factories.open_statement()
        factories.coordinator(statements=(statement,))


@postgresql_only
def test_during_a_database_restart_pages_forms_and_healthz_answer_503_and_service_resumes_by_itself(
    proxied_app, proxy, migrated_database, statement
):
    visitor = proxied_app.test_client()
    coordinator = proxied_app.test_client()
    log_in(coordinator)
    assert visitor.get(f"/s/{SLUG}").status_code == 200
    assert visitor.get("/healthz").status_code == 200

    proxy.cut()

    assert_unavailable_page(visitor.get(f"/s/{SLUG}"))
    assert_unavailable_page(visitor.get(f"/s/{SLUG}/sign"))
    assert_unavailable_page(visitor.post(f"/s/{SLUG}/sign", data=sign_form()))
    # A signed-in coordinator's page too: the 503 page must not ask the database who she is.
    assert_unavailable_page(coordinator.get("/coordinator/"))
    health = visitor.get("/healthz")
    assert health.status_code == 503
    assert health.get_json()["status"] == "unavailable"
    assert health.headers["Retry-After"] == "60"
    assert row_counts(migrated_database, WRITTEN) == {"signature": 0, "outbox_message": 0, "audit_event": 0}

    proxy.resume()

    assert visitor.get("/healthz").status_code == 200
    assert visitor.get(f"/s/{SLUG}").status_code == 200
    assert coordinator.get("/coordinator/").status_code == 200
    response = visitor.post(f"/s/{SLUG}/sign", data=sign_form())
    assert response.status_code == 303
    assert row_counts(migrated_database, WRITTEN) == {"signature": 1, "outbox_message": 1, "audit_event": 1}


@postgresql_only
def test_during_a_database_restart_a_signed_in_coordinator_gets_the_503_page_where_an_error_page_was_due(
    proxied_app, proxy, statement, caplog
):
    """An error page shows who is signed in, so it would be the first to ask the database, and an
    exception inside an error handler reaches no handler: the sign-in is looked up first."""
    coordinator = proxied_app.test_client()
    log_in(coordinator)
    caplog.set_level(logging.WARNING)

    proxy.cut()

    assert_unavailable_page(coordinator.get("/coordinator/no-such-page"))
    assert_unavailable_page(coordinator.get("/s/no-such-statement/letter.pdf"))
    messages = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
    assert len(messages) == 2
    assert all(m.startswith("database unavailable: ") and "\n" not in m for m in messages)
    assert "Traceback" not in caplog.text

    proxy.resume()
    assert coordinator.get("/coordinator/no-such-page").status_code == 404


@postgresql_only
def test_a_connection_lost_in_the_middle_of_signing_leaves_no_signature_without_its_email_and_audit_event(
    proxied_app, proxy, migrated_database, statement, monkeypatch
):
    """The signature row is already sent to the server when the connection drops: the open
    transaction dies with it, so the signature, its outbox row and its audit event all go."""
    real_record = audit.record

    def record_after_the_database_went_away(*args, **kwargs):
        proxy.cut()
        return real_record(*args, **kwargs)

    monkeypatch.setattr(audit, "record", record_after_the_database_went_away)
    visitor = proxied_app.test_client()

    assert_unavailable_page(visitor.post(f"/s/{SLUG}/sign", data=sign_form()))
    assert row_counts(migrated_database, WRITTEN) == {"signature": 0, "outbox_message": 0, "audit_event": 0}

    monkeypatch.setattr(audit, "record", real_record)
    proxy.resume()

    # The person sends the form again, as the page asks: it is stored once, whole.
    assert visitor.post(f"/s/{SLUG}/sign", data=sign_form()).status_code == 303
    assert row_counts(migrated_database, WRITTEN) == {"signature": 1, "outbox_message": 1, "audit_event": 1}


@postgresql_only
def test_a_restart_between_two_requests_goes_unnoticed(proxied_app, proxy, statement):
    """Pooled connections died with the restart: each is tested before use and replaced."""
    visitors = [proxied_app.test_client() for _ in range(3)]
    for visitor in visitors:
        assert visitor.get(f"/s/{SLUG}").status_code == 200

    proxy.cut()
    proxy.resume()

    for visitor in visitors:
        assert visitor.get(f"/s/{SLUG}").status_code == 200
        assert visitor.post(f"/s/{SLUG}/sign", data=sign_form(visitors.index(visitor))).status_code == 303


@sqlite_only
def test_a_write_lock_held_past_the_busy_timeout_gets_the_503_page_and_nothing_is_written(
    app, migrated_database, smtp, statement
):
    impatient = create_app({**base_overrides(migrated_database, smtp.port), "SIGNON_SQLITE_BUSY_TIMEOUT": 0.3})
    visitor = impatient.test_client()
    path = make_url(sqlalchemy_url(migrated_database)).database
    other_writer = sqlite3.connect(path, isolation_level=None)
    try:
        other_writer.execute("BEGIN IMMEDIATE")  # a long write elsewhere: a migration, a big import

        # Readers go on under WAL; the writer waits its turn, then gets a page that says retry.
        assert visitor.get(f"/s/{SLUG}").status_code == 200
        assert_unavailable_page(visitor.post(f"/s/{SLUG}/sign", data=sign_form()))
        assert row_counts(migrated_database, WRITTEN) == {"signature": 0, "outbox_message": 0, "audit_event": 0}
    finally:
        other_writer.rollback()
        other_writer.close()

    assert visitor.post(f"/s/{SLUG}/sign", data=sign_form()).status_code == 303
    assert row_counts(migrated_database, WRITTEN) == {"signature": 1, "outbox_message": 1, "audit_event": 1}
    with impatient.app_context():
        db.engine.dispose()


@postgresql_only
def test_the_outbox_worker_rides_out_a_database_restart_and_sends_the_mail_afterwards(
    app, proxied_app, proxy, statement, smtp, caplog
):
    assert proxied_app.test_client().post(f"/s/{SLUG}/sign", data=sign_form()).status_code == 303
    proxy.cut()

    # Every part of a worker round is logged and survives; nothing is lost or marked.
    assert worker.send_once(proxied_app).sent == 0
    assert worker.close_expired_once(proxied_app) == []
    assert notify_once(proxied_app).total == 0
    assert "outbox: database unavailable" in caplog.text
    assert "deadlines: database unavailable" in caplog.text
    assert "notifications: database unavailable" in caplog.text
    # An outage is no bug: one warning line for each round, never a traceback.
    assert "Traceback" not in caplog.text and "round failed" not in caplog.text
    assert smtp.messages == []

    proxy.resume()
    assert worker.send_once(proxied_app).sent == 1
    assert [str(m["To"]) for m in smtp.messages] == ["ana1@shelter.example.org"]
