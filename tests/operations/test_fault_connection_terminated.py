"""Fault: the database ends the connection a request is using, at any point of the request.

PostgreSQL does this to every backend on `pg_ctl restart -m fast`, on a failover, or when an
administrator runs pg_terminate_backend. Wherever it lands (before the view, in it, in a
template, at commit, in the sign-in loader, or in the ROLLBACK that ends every request), the
answer is never a 500: the 503 page with Retry-After when the request could not be served, the
normal answer when it had been served and committed before the drop. The log holds one warning
line per lost connection and no traceback, and nothing is ever half-written.

The end of a request is the trap (issue 18): Flask-SQLAlchemy's teardown sends ROLLBACK after
the response was built, outside every error handler, so its exception used to become the
server's 500 for a page that was complete.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import psycopg
import pytest
from flask import Flask, Response
from sqlalchemy import text
from sqlalchemy.exc import OperationalError

from signon import create_app
from signon.extensions import db
from signon.models import AuditEvent, OutboxMessage, Signature
from signon.services.mail import emails
from signon.services.team import coordinators
from tests import factories
from tests.conftest import Inbox, base_overrides, empty_tables
from tests.faults import (
    Browser,
    all_at_once,
    direct_engine,
    hidden_fields,
    is_postgresql,
    row_counts,
    wait_for,
)
from tests.sessions import MARIA, log_in, seeding

SLUG = "national-guard-letter"
ON_POSTGRESQL = is_postgresql(os.environ.get("DATABASE_URL", ""))
postgresql_only = pytest.mark.skipif(
    not ON_POSTGRESQL,
    reason="pg_terminate_backend needs a PostgreSQL server (set DATABASE_URL); SQLite has no connection to end",
)
WRITTEN = (Signature, OutboxMessage, AuditEvent)
OTHER_BACKENDS = text(
    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()"
)


@pytest.fixture
def statement(app: Flask) -> None:
    with seeding(app):
        statement = factories.open_statement()
        factories.coordinator(statements=(statement,))


@pytest.fixture
def warnings_only(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    caplog.set_level(logging.WARNING)
    return caplog


def assert_one_warning_line_and_no_traceback(caplog: pytest.LogCaptureFixture, says: str) -> None:
    records = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert [(r.levelname, says in r.getMessage()) for r in records] == [("WARNING", True)], caplog.text
    assert "\n" not in records[0].getMessage()
    assert records[0].exc_info is None
    assert "Traceback" not in caplog.text


def assert_unavailable_page(response: Any) -> None:
    assert response.status_code == 503
    assert response.headers["Retry-After"] == "60"
    assert "Signon is briefly unavailable" in response.get_data(as_text=True)


def lose_the_connection_of_this_request(database_url: str) -> None:
    """Leave this request holding a dead connection in an open transaction, as a template that
    reads after the commit and a server that ends the backend just then would: the next thing
    sent on it is the teardown's ROLLBACK."""
    if is_postgresql(database_url):
        pid = db.session.execute(text("SELECT pg_backend_pid()")).scalar_one()
        with direct_engine(database_url) as engine, engine.connect() as other:
            # Autocommit: pg_stat_activity is read once per transaction.
            other.execution_options(isolation_level="AUTOCOMMIT")
            other.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})

            def ended() -> bool:
                query = text("SELECT count(*) FROM pg_stat_activity WHERE pid = :pid")
                return other.execute(query, {"pid": pid}).scalar_one() == 0

            wait_for(ended, 5, "the backend to end")
    else:
        # SQLite has no server to end the connection: closing the file handle under SQLAlchemy
        # makes the next statement fail the same way ("Cannot operate on a closed database").
        db.session.execute(text("SELECT 1"))
        db.session.connection().connection.dbapi_connection.close()  # type: ignore[union-attr]


def after_the_response_is_built(app: Flask, database_url: str) -> None:
    """In the next request only."""
    pending = [True]

    def lose(response: Response) -> Response:
        if pending:
            pending.pop()
            lose_the_connection_of_this_request(database_url)
        return response

    app.after_request(lose)


# --------------------------------------------------------------------------- at the end of a request


@pytest.fixture
def app(migrated_database: str, smtp: Inbox, tmp_path: Path) -> Iterator[Flask]:
    """An app of each test's own in this file: the tests at the end of a request add an
    after_request hook, which Flask accepts only before an app's first request (the suite's
    shared app has served many)."""
    own = create_app({**base_overrides(migrated_database, smtp.port), "SIGNON_EXPORT_CACHE": str(tmp_path / "exports")})
    yield own
    empty_tables(own)


def test_a_connection_lost_after_the_page_was_built_still_answers_200(
    app, client, migrated_database, statement, warnings_only
):
    after_the_response_is_built(app, migrated_database)

    response = client.get(f"/s/{SLUG}")

    assert response.status_code == 200
    assert "National Guard" in response.get_data(as_text=True)
    assert_one_warning_line_and_no_traceback(warnings_only, "database connection lost at the end of a request")
    # The dead connection never went back to the pool: the next request is served normally.
    assert client.get(f"/s/{SLUG}/sign").status_code == 200


def test_a_connection_lost_after_the_signature_was_committed_answers_303_and_the_signature_is_whole(
    app, client, migrated_database, statement, warnings_only
):
    after_the_response_is_built(app, migrated_database)

    response = client.post(f"/s/{SLUG}/sign", data=factories.sign_form())

    assert response.status_code == 303
    assert response.headers["Location"].endswith(f"/s/{SLUG}/check-email")
    assert row_counts(migrated_database, WRITTEN) == {"signature": 1, "outbox_message": 1, "audit_event": 1}
    assert_one_warning_line_and_no_traceback(warnings_only, "database connection lost at the end of a request")


# --------------------------------------------------------------------------- in the sign-in loader


def lost_connection() -> OperationalError:
    """What SQLAlchemy raises when PostgreSQL has ended the backend under a query: psycopg's
    AdminShutdown, wrapped, the connection already invalidated."""
    reason = psycopg.errors.AdminShutdown("terminating connection due to administrator command")
    return OperationalError("SELECT coordinator.id FROM coordinator", {}, reason, connection_invalidated=True)


@pytest.mark.parametrize(
    "path",
    ["/coordinator/", "/coordinator/no-such-page", "/s/no-such-statement/letter.pdf"],
    ids=["signed-in-page", "missing-page", "missing-statement"],
)
def test_a_connection_lost_in_the_sign_in_loader_gets_the_503_page(
    app, client, statement, monkeypatch, warnings_only, path
):
    """On a missing page the error page would be the first to ask who is signed in (base.html
    shows it), and an exception inside an error handler reaches no handler."""
    log_in(client)

    def load_session(session_id: str) -> Any:
        raise lost_connection()

    monkeypatch.setattr(coordinators, "load_session", load_session)

    assert_unavailable_page(client.get(path))
    assert_one_warning_line_and_no_traceback(warnings_only, "database unavailable: terminating connection")

    monkeypatch.undo()
    assert client.get("/coordinator/").status_code == 200


# --------------------------------------------------------------------------- under load


CLIENTS = 8
TERMINATING_SECONDS = 4.0
MAX_ROUNDS = 60  # per client
REQUESTS_PER_ROUND = 9
MAX_TERMINATION_ROUNDS = 400
# Between two rounds of terminations: short enough to land in every part of a request, long
# enough that some requests get through whole (sign, confirm) between two rounds.
PAUSE = 0.05


class Terminator:
    """Ends every other backend of the test database, again and again, from a thread of its
    own, on a connection of its own (pg_terminate_backend never ends the caller's backend)."""

    def __init__(self, database_url: str) -> None:
        self.database_url = database_url
        self.ended = 0
        self.rounds = 0
        self.error: BaseException | None = None
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        try:
            with direct_engine(self.database_url) as engine, engine.connect() as connection:
                connection.execution_options(isolation_level="AUTOCOMMIT")
                deadline = time.monotonic() + TERMINATING_SECONDS
                while not self.stop.is_set() and time.monotonic() < deadline and self.rounds < MAX_TERMINATION_ROUNDS:
                    self.ended += sum(1 for ended in connection.execute(OTHER_BACKENDS).scalars() if ended)
                    self.rounds += 1
                    time.sleep(PAUSE)
        except BaseException as error:  # the test must see it, not a thread's stderr
            self.error = error

    def __enter__(self) -> Terminator:
        self.thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.stop.set()
        self.thread.join(timeout=10)
        assert not self.thread.is_alive(), "the terminating thread never stopped"


def every_kind_of_page(
    base: str, n: int, coordinator_cookies: dict[str, str], tokens: list[str], phase: str
) -> Iterator[Any]:
    """Rounds over every kind of page (REQUESTS_PER_ROUND requests, fewer when a form could not
    be fetched), as a visitor and as the signed-in coordinator; yields (what, status, headers,
    form sent). Each phase signs for organizations of its own: the same organization signing
    again would rightly be sent its link again, a second email the checks would count."""
    visitor = Browser(base)
    coordinator = Browser(base, cookies=dict(coordinator_cookies))
    rounds = 0
    while True:
        rounds += 1
        token = tokens[(n + rounds) % len(tokens)]
        pages: list[tuple[str, Browser, str]] = [
            ("statement", visitor, f"/s/{SLUG}"),
            ("healthz", visitor, "/healthz"),
            ("dashboard", coordinator, "/coordinator/"),
            ("csv", coordinator, f"/coordinator/s/{SLUG}/signatures.csv"),
            ("missing page", coordinator, "/coordinator/no-such-page"),
        ]
        for what, browser, path in pages:
            status, _ = browser.get(path)
            yield what, status, browser.headers, None
        status, html = visitor.get(f"/s/{SLUG}/sign")
        yield "sign form", status, visitor.headers, None
        if status == 200:
            form = {
                **hidden_fields(html),
                **factories.sign_form(
                    organization=f"Shelter {phase}{n}-{rounds}", email=f"s{phase}{n}-{rounds}@shelter.example.org"
                ),
            }
            status, _ = visitor.post(f"/s/{SLUG}/sign", form)
            yield "sign", status, visitor.headers, form
        status, html = visitor.get(f"/confirm/{token}")
        yield "confirm page", status, visitor.headers, None
        if status == 200 and "csrf_token" in html:  # no button once the signature is confirmed
            status, _ = visitor.post(f"/confirm/{token}", hidden_fields(html))
            yield "confirm", status, visitor.headers, None


def visit(
    base: str,
    n: int,
    coordinator_cookies: dict[str, str],
    tokens: list[str],
    keep_going: Callable[[int], bool],
    phase: str,
) -> list[Any]:
    answers: list[Any] = []
    pages = every_kind_of_page(base, n, coordinator_cookies, tokens, phase)
    while keep_going(len(answers)):
        answers.append(next(pages))
    return answers


def stored_organizations(database_url: str) -> set[str]:
    with direct_engine(database_url) as engine, engine.connect() as connection:
        return set(connection.execute(text("SELECT organization_name FROM signature")).scalars())


def assert_nothing_half_written(database_url: str) -> None:
    with direct_engine(database_url) as engine, engine.connect() as connection:
        signatures = {
            row.id: row for row in connection.execute(text("SELECT id, contact_email, confirmed_at FROM signature"))
        }
        verify_recipients = Counter(
            connection.execute(text("SELECT recipient FROM outbox_message WHERE kind = 'verify'")).scalars()
        )
        events = Counter(
            (row.action, row.signature_id)
            for row in connection.execute(text("SELECT action, signature_id FROM audit_event"))
        )
    # Each new signature came with its verification email and its audit event, in one transaction.
    submitted = {sid for action, sid in events if action == "signature.submitted"}
    assert submitted == set(signatures)
    assert all(events["signature.submitted", sid] == 1 for sid in signatures)
    addresses = Counter(s.contact_email for s in signatures.values())
    assert verify_recipients == addresses
    # A confirmation is the status change and its audit event, or neither.
    confirmed = {sid for sid, s in signatures.items() if s.confirmed_at is not None}
    assert {sid for action, sid in events if action == "signature.confirmed"} == confirmed


@postgresql_only
def test_terminating_every_backend_again_and_again_under_load_never_answers_500_and_never_half_writes(
    app, live_server, migrated_database, capfd, caplog
):
    caplog.set_level(logging.WARNING)
    with seeding(app):
        statement = factories.open_statement()
        factories.coordinator(statements=(statement,))
        waiting = [factories.pending_signature(statement, f"Waiting Shelter {i}") for i in range(CLIENTS)]
        tokens = [emails.confirm_token(signature) for signature in waiting]
        # Their verification emails and audit events, as the sign form would have written them.
        for signature in waiting:
            emails.verification(signature, factories.now())
            db.session.add(
                AuditEvent(
                    at=factories.now(),
                    actor="public",
                    action="signature.submitted",
                    statement_id=statement.id,
                    signature_id=signature.id,
                )
            )
        db.session.commit()
    coordinator = Browser(live_server)
    _, login_page = coordinator.get("/login")
    form = {**hidden_fields(login_page), "email": MARIA, "password": factories.PASSWORD}
    assert coordinator.post("/login", form)[0] == 303
    assert coordinator.get("/coordinator/")[0] == 200

    with Terminator(migrated_database) as terminator:
        answers = all_at_once(
            CLIENTS,
            lambda n: visit(
                live_server,
                n,
                coordinator.cookies,
                tokens,
                lambda done: terminator.thread.is_alive() and done < MAX_ROUNDS * REQUESTS_PER_ROUND,
                "during-",
            ),
        )
    assert terminator.error is None, terminator.error
    # Once the database stops ending connections, every page is served again, by itself.
    after = all_at_once(
        CLIENTS,
        lambda n: visit(live_server, n, coordinator.cookies, tokens, lambda done: done < REQUESTS_PER_ROUND, "after-"),
    )

    failures = [a for a in answers + after if isinstance(a, Exception)]
    assert failures == [], failures[:3]
    during = [answer for client in answers for answer in client]
    statuses = Counter(status for _, status, _, _ in during)
    with capfd.disabled():  # shown under -s: what this run measured
        print(
            f"\n{len(during)} requests, {terminator.ended} backends ended in {terminator.rounds} rounds:",
            dict(statuses),
            dict(Counter(r.name for r in caplog.records if r.levelno >= logging.WARNING)),
        )
    assert terminator.ended > 0
    assert len(during) > CLIENTS * REQUESTS_PER_ROUND
    unexpected = [(what, status) for what, status, _, _ in during if not (200 <= status < 500 or status == 503)]
    assert unexpected == []
    assert all(headers.get("Retry-After") == "60" for _, status, headers, _ in during if status == 503)
    # (404: the missing page the coordinator opens on purpose.)
    assert {status for client in after for _, status, _, _ in client} <= {200, 303, 404}

    # A 303 to "check your email" means the signature was stored, whole; nothing else is partial.
    stored = stored_organizations(migrated_database)
    answered_stored = {form["organization"] for _, status, _, form in during if form is not None and status == 303}
    assert answered_stored <= stored
    assert_nothing_half_written(migrated_database)

    # One warning line per lost connection, no traceback anywhere (log, or a server thread's stderr).
    records = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert all(r.levelno == logging.WARNING and r.exc_info is None and "\n" not in r.getMessage() for r in records)
    assert len(records) >= statuses[503]
    assert "Traceback" not in caplog.text
    assert "Traceback" not in capfd.readouterr().err
