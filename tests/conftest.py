"""Fixtures: app, db, client, runner, smtp (a real aiosmtpd server on loopback), an SMTP guard,
live_server, and Playwright driving Debian's Chromium.

The suite runs on SQLite by default and on PostgreSQL when DATABASE_URL is set. The schema
comes from the migrations, once per session; every test starts from empty tables.
"""

from __future__ import annotations

import contextvars
import logging
import os
import shutil
import smtplib
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from flask import Flask, has_app_context
from flask.testing import FlaskClient, FlaskCliRunner
from flask_migrate import upgrade
from itsdangerous.timed import TimestampSigner
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from werkzeug.serving import make_server

from signon import create_app, worker
from signon.config import sqlalchemy_url
from signon.extensions import db as _db
from signon.extensions import limiter
from signon.services.operations import demo
from tests import paths
from tests.sessions import Team, make_team

TEST_SECRET = "test-secret-key-that-is-long-enough"
TEST_BASE_URL = "http://signon.example.org"

# --------------------------------------------------------------------------- SMTP


def free_port() -> int:
    """aiosmtpd cannot bind port 0 itself (its start-up self-check connects to that port)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Inbox:
    """What the test SMTP server received, in order."""

    messages: list[EmailMessage] = field(default_factory=list)
    envelopes: list[Any] = field(default_factory=list)
    port: int = 0
    refuse_with: str | None = None

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if self.refuse_with:
            return self.refuse_with
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        self.envelopes.append(envelope)
        raw = envelope.original_content or envelope.content
        self.messages.append(message_from_bytes(raw, policy=policy.default))
        return "250 Message accepted for delivery"

    def clear(self) -> None:
        self.messages.clear()
        self.envelopes.clear()
        self.refuse_with = None

    def text_of(self, message: EmailMessage) -> str:
        return message.get_body(("plain",)).get_content()  # type: ignore[union-attr]

    def html_of(self, message: EmailMessage) -> str:
        return message.get_body(("html",)).get_content()  # type: ignore[union-attr]

    def to(self, address: str) -> list[EmailMessage]:
        return [m for m in self.messages if address.lower() in str(m["To"]).lower()]

    def last_text(self) -> str:
        return self.text_of(self.messages[-1])


class SmtpServer:
    """A real SMTP server on loopback that can be stopped and started again on the same port."""

    def __init__(self) -> None:
        self.inbox = Inbox(port=free_port())
        self.controller: Controller | None = None

    def start(self) -> None:
        if self.controller is None:
            self.controller = Controller(self.inbox, hostname="127.0.0.1", port=self.inbox.port)
            self.controller.start()

    def stop(self) -> None:
        if self.controller is not None:
            self.controller.stop()
            self.controller = None


@pytest.fixture(scope="session")
def smtp_server() -> Iterator[SmtpServer]:
    server = SmtpServer()
    server.start()
    yield server
    server.stop()


@pytest.fixture
def smtp(smtp_server: SmtpServer) -> Iterator[Inbox]:
    """The inbox of the test SMTP server, empty at the start of each test."""
    smtp_server.start()
    smtp_server.inbox.clear()
    yield smtp_server.inbox
    smtp_server.start()


@pytest.fixture(autouse=True)
def smtp_guard(monkeypatch: pytest.MonkeyPatch, smtp_server: SmtpServer) -> None:
    """Fail loudly on any SMTP connection except to the test server: no mail ever leaves."""
    original = smtplib.SMTP.connect

    def guarded(self: smtplib.SMTP, host: str = "localhost", port: int = 0, source_address: Any = None) -> Any:
        if host not in ("127.0.0.1", "localhost") or (port and port != smtp_server.inbox.port):
            pytest.fail(f"SMTP connection to {host}:{port} outside the test server")
        return original(self, host, port, source_address)

    monkeypatch.setattr(smtplib.SMTP, "connect", guarded)


@pytest.fixture(autouse=True)
def logging_as_it_was() -> Iterator[None]:
    """Put the root and alembic loggers back after each test. Migrations run alembic's
    fileConfig, which hands the root logger a StreamHandler on the sys.stderr of the moment:
    inside a test using capsys that is a capture stream closed when the test ends, and every
    later log line (werkzeug's request log in a fault test) fails with "Logging error"."""
    watched = [logging.getLogger(), logging.getLogger("alembic"), logging.getLogger("sqlalchemy")]
    saved = [(logger, logger.handlers[:], logger.level, logger.propagate) for logger in watched]
    yield
    for logger, handlers, level, propagate in saved:
        logger.handlers[:] = handlers
        logger.setLevel(level)
        logger.propagate = propagate


# --------------------------------------------------------------------------- database


def pytest_configure(config: pytest.Config) -> None:
    """Under pytest-xdist, each worker runs on a PostgreSQL database of its own on the server
    DATABASE_URL names (test_gw0, test_gw1…), created here when missing; the fixtures drop its
    schema and migrate it. DATABASE_URL is rewritten for the worker, so that every test and
    every command a test starts (and every scratch database named after it) stays in its lane."""
    worker = os.environ.get("PYTEST_XDIST_WORKER")
    configured = os.environ.get("DATABASE_URL", "")
    if not worker or not sqlalchemy_url(configured).startswith("postgresql"):
        return
    url = make_url(sqlalchemy_url(configured))
    own = url.set(database=f"{url.database}_{worker}")
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            exists = connection.execute(text("SELECT 1 FROM pg_database WHERE datname = :name"), {"name": own.database})
            if exists.scalar() is None:
                connection.execute(text(f'CREATE DATABASE "{own.database}"'))
    finally:
        admin.dispose()
    os.environ["DATABASE_URL"] = own.render_as_string(hide_password=False)


@pytest.fixture(scope="session")
def database_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    """SQLite file by default; PostgreSQL when DATABASE_URL is set. A file, not :memory:,
    because the live server answers from other threads."""
    return os.environ.get("DATABASE_URL") or f"sqlite:///{tmp_path_factory.mktemp('db') / 'test.sqlite3'}"


def reset_database(url: str) -> None:
    """An empty database for the migrations to build on."""
    engine = create_engine(sqlalchemy_url(url))
    try:
        if engine.dialect.name == "postgresql":
            with engine.begin() as connection:
                connection.execute(text("DROP SCHEMA public CASCADE"))
                connection.execute(text("CREATE SCHEMA public"))
        else:
            path = engine.url.database
            if path and Path(path).exists():
                Path(path).unlink()
    finally:
        engine.dispose()


def base_overrides(database_url: str, smtp_port: int) -> dict[str, Any]:
    return {
        "SIGNON_ENV": "testing",
        "SECRET_KEY": TEST_SECRET,
        "SIGNON_BASE_URL": TEST_BASE_URL,
        "DATABASE_URL": database_url,
        "MAIL_SERVER": "127.0.0.1",
        "MAIL_PORT": smtp_port,
        "MAIL_TIMEOUT": 5,
        # Flask-Mail sends nothing while TESTING unless told.
        "MAIL_SUPPRESS_SEND": False,
        "MAIL_DEFAULT_SENDER": "Signon <signon@example.org>",
        # HTTP tests post bare forms; the CSRF tests and the browser switch it back on.
        "WTF_CSRF_ENABLED": False,
    }


def rate_limited_app(database_url: str, smtp_port: int, tmp_path: Path, **overrides: Any) -> Flask:
    """An app of its own with the rate limits on (the shared app has them off)."""
    return create_app(
        {
            **base_overrides(database_url, smtp_port),
            "SIGNON_EXPORT_CACHE": str(tmp_path / "exports"),
            "RATELIMIT_ENABLED": True,
            **overrides,
        }
    )


@pytest.fixture(scope="session")
def migrated_database(database_url: str, smtp_server: SmtpServer) -> str:
    """The schema, built once per session by the migrations (never create_all)."""
    reset_database(database_url)
    app = create_app(base_overrides(database_url, smtp_server.inbox.port))
    with app.app_context():
        upgrade(directory=str(paths.MIGRATIONS))
        _db.engine.dispose()
    return database_url


def empty_tables(app: Flask) -> None:
    with app.app_context():
        _db.session.remove()
        tables = list(reversed(_db.metadata.sorted_tables))
        with _db.engine.begin() as connection:
            # DELETE, children first, not TRUNCATE: on tables this small PostgreSQL deletes in
            # about 8 ms where TRUNCATE takes 30 (it rewrites each table), once per test.
            for table in tables:
                connection.execute(table.delete())
            if connection.dialect.name == "postgresql":
                # Ids start at 1 again, as TRUNCATE ... RESTART IDENTITY did.
                sequences = connection.execute(
                    text("SELECT sequencename FROM pg_sequences WHERE schemaname = current_schema()")
                ).scalars()
                for sequence in sequences:
                    connection.execute(text(f'ALTER SEQUENCE "{sequence}" RESTART'))
        _db.engine.dispose()


# What Flask-Limiter keeps on its one extension object rather than per app: the last app
# that called init_app sets it. A test that builds its own app (with the limiter on, or on a
# Redis) rebinds it, so every test of the shared app puts the shared app's back first.
LIMITER_STATE = ("enabled", "_storage", "_limiter", "_key_prefix")


@dataclass(frozen=True)
class SharedApp:
    app: Flask
    limiter_state: dict[str, Any]


@pytest.fixture(scope="session")
def shared_app(migrated_database: str, smtp_server: SmtpServer) -> SharedApp:
    """One app for every test of this process. A fresh app per test threw away its compiled URL
    rules, Jinja templates and SQLAlchemy's compiled-SQL cache: three quarters of the suite's
    time. Tests that need other settings at start-up build their own with create_app."""
    app = create_app(base_overrides(migrated_database, smtp_server.inbox.port))
    return SharedApp(app, {name: vars(limiter)[name] for name in LIMITER_STATE if name in vars(limiter)})


def reset_app(shared: SharedApp, config: dict[str, Any]) -> None:
    """Give the shared app back as the next test expects it: its configuration as it was, and
    nothing that a test left in its state (the rate limiter's counts, the session registry)."""
    shared.app.config.clear()
    shared.app.config.update(config)
    with shared.app.app_context():
        _db.session.remove()
    vars(limiter).update(shared.limiter_state)
    if limiter.enabled:
        limiter.reset()


@pytest.fixture
def app(shared_app: SharedApp, smtp: Inbox, tmp_path: Path) -> Iterator[Flask]:
    """The shared app with this test's own files (exports, imports) and empty tables after it."""
    app = shared_app.app
    saved = dict(app.config)
    vars(limiter).update(shared_app.limiter_state)
    app.config.update(SIGNON_EXPORT_CACHE=str(tmp_path / "exports"), SIGNON_IMPORT_DIR=str(tmp_path / "imports"))
    try:
        yield app
    finally:
        empty_tables(app)
        reset_app(shared_app, saved)


@pytest.fixture
def db(app: Flask) -> Iterator[Any]:
    """The Flask-SQLAlchemy handle inside an app context, for factories and assertions."""
    with app.app_context():
        yield _db
        _db.session.remove()


def _outside_the_test_context(call: Any, *args: Any, **kwargs: Any) -> Any:
    """Run a request or a command as production would: in its own app context, with its own
    database session and `g`, never sharing the test's. What the test wrote is committed first;
    afterwards the test's session starts afresh, so it reads what the request committed."""
    in_test_context = has_app_context()
    if in_test_context:
        _db.session.commit()
    try:
        return contextvars.Context().run(call, *args, **kwargs)
    finally:
        if in_test_context:
            _db.session.commit()


class IsolatedClient(FlaskClient):
    def open(self, *args: Any, **kwargs: Any) -> Any:
        # Buffered: a streamed body is read inside the request's own context, as a server would.
        kwargs.setdefault("buffered", True)
        return _outside_the_test_context(super().open, *args, **kwargs)


class IsolatedCliRunner(FlaskCliRunner):
    def invoke(self, *args: Any, **kwargs: Any) -> Any:
        return _outside_the_test_context(super().invoke, *args, **kwargs)


@pytest.fixture
def client(app: Flask) -> FlaskClient:
    app.test_client_class = IsolatedClient
    return app.test_client()


@pytest.fixture
def runner(app: Flask) -> FlaskCliRunner:
    app.test_cli_runner_class = IsolatedCliRunner
    return app.test_cli_runner()


@pytest.fixture
def send_outbox(app: Flask) -> Any:
    """Run the outbox worker once, as `flask outbox send` would."""

    def send(**kwargs: Any) -> worker.outbox.SendReport:
        return worker.send_once(app, **kwargs)

    return send


# --------------------------------------------------------------------------- live server + browser


@pytest.fixture
def live_server(app: Flask) -> Iterator[str]:
    server = make_server("127.0.0.1", 0, app, threaded=True)
    base = f"http://127.0.0.1:{server.server_port}"
    app.config.update(SIGNON_BASE_URL=base, WTF_CSRF_ENABLED=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield base
    server.shutdown()
    thread.join(timeout=5)


CHROMIUM = os.environ.get("CHROMIUM_PATH") or shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict[str, Any]) -> dict[str, Any]:
    """Debian's Chromium, never a downloaded browser. Without it the browser tests skip,
    except under CI=true, where they fail."""
    if not os.path.exists(CHROMIUM):
        reason = f"Chromium not found at {CHROMIUM} (apt-get install -y chromium)"
        if os.environ.get("CI") == "true":
            pytest.fail(reason)
        pytest.skip(reason)
    return {**browser_type_launch_args, "executable_path": CHROMIUM, "args": CHROMIUM_ARGS}


@pytest.fixture
def browser_context_args(browser_context_args: dict[str, Any], live_server: str) -> dict[str, Any]:
    return {**browser_context_args, "base_url": live_server}


@pytest.fixture
def team(app: Flask) -> Team:
    """María (owner) and Eddie (editor) of one open statement, Otto of another, committed; a
    test module that needs another team overrides this fixture (calling make_team)."""
    return make_team(app)


@pytest.fixture
def demo_slug(app: Flask) -> str:
    """The demo statement, loaded as `make run` loads it, and committed for the live server."""
    with app.app_context():
        result = demo.load(datetime.now(UTC), development=False)
        _db.session.remove()
    return result.slug


@pytest.fixture
def link_clock(monkeypatch: pytest.MonkeyPatch) -> Any:
    """Moves the clock that itsdangerous signs and checks links with; returns advance(**timedelta)."""
    offset = {"seconds": 0.0}
    monkeypatch.setattr(TimestampSigner, "get_timestamp", lambda self: int(time.time() + offset["seconds"]))

    def advance(**delta: float) -> None:
        offset["seconds"] += timedelta(**delta).total_seconds()

    return advance


def axe_violations(page: Any) -> list[dict[str, Any]]:
    """axe-core's WCAG 2.2 A and AA violations in the page as it is now."""
    import axe_playwright_python

    script = Path(axe_playwright_python.__file__).parent / "axe.min.js"
    # Evaluated through the DevTools protocol: a <script> tag would be blocked by our CSP.
    page.evaluate(script.read_text(encoding="utf-8") + "\n;true")
    tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
    result = page.evaluate("tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", tags)
    return list(result["violations"])


def violation_ids(page: Any) -> list[str]:
    """The ids of axe's violations, each printed with the elements that break it."""
    violations = axe_violations(page)
    for v in violations:
        print(f"{page.url} {v['id']} ({v['impact']}): {v['help']} {v['helpUrl']}")
        for node in v["nodes"]:
            print(f"    {node['target']}: {node.get('failureSummary', '').strip()}")
    return [v["id"] for v in violations]


def wait_until(predicate: Any, timeout: float = 5.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.05)
    return bool(predicate())
