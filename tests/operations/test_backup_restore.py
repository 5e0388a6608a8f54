"""`flask backup restore` fills an empty database, replaces one that holds rows only with --force
and a typed word, refuses a backup from a newer schema, and never leaves a half-restored
database; a backup taken while signatures arrive holds every signature confirmed before it, each
with its email and audit events. On SQLite, and PostgreSQL under DATABASE_URL (the fresh
database is <test database>_restore, created and dropped here)."""

from __future__ import annotations

import re
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from signon import create_app
from signon.config import sqlalchemy_url
from signon.extensions import db
from signon.models import Signature, Statement
from signon.services.operations import backup_archive, backup_postgres
from tests import factories, paths
from tests.conftest import base_overrides, empty_tables
from tests.faults import is_postgresql
from tests.sessions import seeding

SLUG = "national-guard-letter"
MIGRATIONS = str(paths.MIGRATIONS)
LINK = re.compile(r"http://signon\.example\.org(/confirm/[A-Za-z0-9_\-.]+)")
SIGNERS = 4
ROUNDS = 30


# --------------------------------------------------------------------------- helpers


def create_backup(runner: Any, folder: Path) -> Path:
    result = runner.invoke(args=["backup", "create", str(folder)])
    assert result.exit_code == 0, result.output
    return Path(result.output.split()[1])


def organizations(app: Any) -> set[str]:
    with seeding(app):
        return set(db.session.execute(db.select(Signature.organization_name)).scalars())


def add_signature(app: Any, name: str, email: str) -> None:
    """A signature that arrives after the backup."""
    with seeding(app):
        statement = db.session.execute(db.select(Statement).where(Statement.slug == SLUG)).scalar_one()
        factories.verified_signature(statement, name, email=email)


def set_revision(app: Any, revision: str) -> None:
    with seeding(app):
        db.session.execute(text("UPDATE alembic_version SET version_num = :r"), {"r": revision})
        db.session.commit()


def head_revision() -> str:
    return ScriptDirectory(MIGRATIONS).get_current_head() or ""


@pytest.fixture
def revision_reset(app: Any) -> Iterator[None]:
    """Tests that relabel the schema revision put the real one back."""
    yield
    set_revision(app, head_revision())


@pytest.fixture
def fresh_database(migrated_database: str, tmp_path: Path) -> Iterator[str]:
    """The URL of a database that does not exist yet (SQLite) or has nothing in it (PostgreSQL)."""
    if not is_postgresql(migrated_database):
        yield f"sqlite:///{tmp_path / 'restored' / 'signon.sqlite3'}"
        return
    url = make_url(sqlalchemy_url(migrated_database))
    name = f"{url.database}_restore"
    admin = create_engine(url.set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield url.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def app_on(url: str, smtp: Any) -> Any:
    """Signon configured for another database, as on the machine a backup is restored to."""
    return create_app(base_overrides(url, smtp.port))


def read_database(url: str, query: str) -> list[Any]:
    engine = create_engine(sqlalchemy_url(url))
    try:
        with engine.connect() as connection:
            return list(connection.execute(text(query)))
    finally:
        engine.dispose()


# --------------------------------------------------------------------------- restoring


def test_restore_fills_an_empty_database(app, runner, tmp_path, fresh_database, smtp):
    with seeding(app):
        statement = factories.open_statement()
        factories.verified_signature(statement, "Latin America Working Group")
        factories.pending_signature(statement, "Kino Border Initiative", email="info@kino.example.org")
    path = create_backup(runner, tmp_path)

    result = app_on(fresh_database, smtp).test_cli_runner().invoke(args=["backup", "restore", str(path)])

    assert result.exit_code == 0, result.output
    assert f"restored {path} into" in result.output
    assert "db upgrade" not in result.output
    rows = read_database(fresh_database, "SELECT organization_name, status FROM signature ORDER BY id")
    assert [tuple(r) for r in rows] == [
        ("Latin America Working Group", "verified"),
        ("Kino Border Initiative", "pending"),
    ]
    assert read_database(fresh_database, "SELECT version_num FROM alembic_version")[0][0] == head_revision()


def test_restore_fills_a_migrated_database_without_rows(app, runner, tmp_path):
    with seeding(app):
        factories.verified_signature(factories.open_statement(), "Latin America Working Group")
    path = create_backup(runner, tmp_path)
    empty_tables(app)
    assert organizations(app) == set()

    result = runner.invoke(args=["backup", "restore", str(path)])

    assert result.exit_code == 0, result.output
    assert organizations(app) == {"Latin America Working Group"}


def test_restore_refuses_a_database_with_signatures_without_force(app, runner, tmp_path):
    with seeding(app):
        statement = factories.open_statement()
        factories.verified_signature(statement, "Latin America Working Group")
    path = create_backup(runner, tmp_path)
    add_signature(app, "Kino Border Initiative", "info@kino.example.org")

    result = runner.invoke(args=["backup", "restore", str(path)])

    assert result.exit_code == 1
    assert "is not empty" in result.output
    assert "signature 2" in result.output
    assert "--force" in result.output
    assert organizations(app) == {"Latin America Working Group", "Kino Border Initiative"}


def test_restore_with_force_replaces_the_database_once_the_word_is_typed(app, runner, tmp_path):
    with seeding(app):
        statement = factories.open_statement()
        factories.verified_signature(statement, "Latin America Working Group")
    path = create_backup(runner, tmp_path)
    add_signature(app, "Kino Border Initiative", "info@kino.example.org")

    result = runner.invoke(args=["backup", "restore", "--force", str(path)], input="replace\n")

    assert result.exit_code == 0, result.output
    assert 'Type "replace"' in result.output
    assert organizations(app) == {"Latin America Working Group"}


def test_restore_with_force_changes_nothing_unless_the_word_is_typed(app, runner, tmp_path):
    with seeding(app):
        statement = factories.open_statement()
        factories.verified_signature(statement, "Latin America Working Group")
    path = create_backup(runner, tmp_path)
    add_signature(app, "Kino Border Initiative", "info@kino.example.org")

    for answer in ("yes\n", "\n", "REPLACE please\n"):
        result = runner.invoke(args=["backup", "restore", "--force", str(path)], input=answer)
        assert result.exit_code == 1, answer
        assert "not confirmed; nothing restored" in result.output
    assert organizations(app) == {"Latin America Working Group", "Kino Border Initiative"}


def test_restore_refuses_a_backup_from_a_newer_schema(app, runner, tmp_path, fresh_database, smtp, revision_reset):
    with seeding(app):
        factories.verified_signature(factories.open_statement(), "Latin America Working Group")
    set_revision(app, "9999_from_the_future")
    path = create_backup(runner, tmp_path)
    set_revision(app, head_revision())

    result = app_on(fresh_database, smtp).test_cli_runner().invoke(args=["backup", "restore", str(path)])

    assert result.exit_code == 1
    assert "9999_from_the_future" in result.output
    assert "upgrade Signon" in result.output
    if not is_postgresql(fresh_database):
        assert not Path(make_url(fresh_database).database).exists()
    else:
        assert read_database(fresh_database, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")[0][0] == 0


def test_restore_of_an_older_schema_tells_the_operator_to_run_db_upgrade(
    app, runner, tmp_path, fresh_database, smtp, revision_reset
):
    older = ScriptDirectory(MIGRATIONS).get_revision(head_revision()).down_revision
    assert isinstance(older, str)
    with seeding(app):
        factories.verified_signature(factories.open_statement(), "Latin America Working Group")
    set_revision(app, older)
    path = create_backup(runner, tmp_path)
    set_revision(app, head_revision())

    result = app_on(fresh_database, smtp).test_cli_runner().invoke(args=["backup", "restore", str(path)])

    assert result.exit_code == 0, result.output
    assert f"The backup's schema ({older}) is older" in result.output
    assert "flask --app app db upgrade" in result.output
    assert read_database(fresh_database, "SELECT version_num FROM alembic_version")[0][0] == older


def damage_changing_what_is_read(path: Path, start: int) -> None:
    """Flip the first byte from ``start`` on whose flip the archive reader notices. A rare flip
    changes nothing that is read (a Huffman code length no symbol uses): that is no damage."""
    original = path.read_bytes()
    for position in range(start, len(original)):
        data = bytearray(original)
        data[position] ^= 0xFF
        path.write_bytes(bytes(data))
        with tempfile.TemporaryDirectory() as work:
            try:
                backup_archive.read(path, Path(work))
            except backup_archive.BackupInvalid:
                return
    raise AssertionError(f"no flip from byte {start} on is noticed")


@pytest.mark.parametrize("where", [0.1, 0.3, 0.5, 0.7, 0.9, 0.99])
def test_restore_refuses_a_damaged_backup_and_changes_nothing(app, runner, tmp_path, where):
    # The damage falls in the tar headers, the compressed data or gzip's trailer, depending on
    # where: each surfaces as a different exception inside tarfile, and each must be refused.
    with seeding(app):
        statement = factories.open_statement()
        factories.verified_signature(statement, "Latin America Working Group")
    path = create_backup(runner, tmp_path)
    add_signature(app, "Kino Border Initiative", "info@kino.example.org")
    damage_changing_what_is_read(path, int(path.stat().st_size * where))

    result = runner.invoke(args=["backup", "restore", "--force", str(path)], input="replace\n")

    assert result.exit_code == 1, result.output
    assert f"{path} is damaged or altered" in result.output
    assert organizations(app) == {"Latin America Working Group", "Kino Border Initiative"}


def test_postgres_restore_that_fails_midway_leaves_the_database_as_it_was(app, runner, tmp_path):
    if not is_postgresql(app.config["SQLALCHEMY_DATABASE_URI"]):
        pytest.skip("PostgreSQL only: SQLite's backup API writes the target in one transaction")
    with seeding(app):
        factories.verified_signature(factories.open_statement(), "Latin America Working Group")
    archive = tmp_path / "signon.pgdump"
    with seeding(app):
        backup_postgres.take_snapshot(db.engine, archive)
    add_signature(app, "Kino Border Initiative", "info@kino.example.org")
    # The table of contents is whole, the data is cut: the tables are dropped and created again
    # before pg_restore fails.
    archive.write_bytes(archive.read_bytes()[: archive.stat().st_size - 200])

    with seeding(app), pytest.raises(backup_postgres.BackupError, match="nothing restored"):
        backup_postgres.restore(archive, db.engine)

    assert organizations(app) == {"Latin America Working Group", "Kino Border Initiative"}


# --------------------------------------------------------------------------- while signing


def sign_and_confirm(app: Any, n: int, stop: threading.Event, confirmed: dict[str, float], errors: list[str]) -> None:
    """One signer after another through the real HTTP stack: sign, open the emailed link, confirm.
    ``confirmed`` records when each confirmation was answered."""
    client = app.test_client()
    for i in range(ROUNDS):
        if stop.is_set():
            return
        email = f"signer{n}-{i}@org{n}-{i}.example.org"
        form = factories.sign_form(organization=f"Organization {n}-{i}", email=email, website=None)
        response = client.post(f"/s/{SLUG}/sign", data=form)
        if response.status_code != 303:
            errors.append(f"sign {email}: {response.status_code}")
            return
        with app.app_context():
            body = db.session.execute(
                text("SELECT text_body FROM outbox_message WHERE recipient = :r AND kind = 'verify'"), {"r": email}
            ).scalar_one()
            db.session.remove()
        link = LINK.search(body)
        response = client.post(link.group(1)) if link else None
        if response is None or response.status_code != 303:
            errors.append(f"confirm {email}: {response and response.status_code}")
            return
        confirmed[email] = time.monotonic()


def wait_for(predicate: Any, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.02)


def test_a_backup_taken_while_signatures_arrive_restores_every_signature_confirmed_before_it(
    app, client, runner, tmp_path, fresh_database, smtp
):
    with seeding(app):
        factories.open_statement()
    confirmed: dict[str, float] = {}
    errors: list[str] = []
    stop = threading.Event()
    signers = [
        threading.Thread(target=sign_and_confirm, args=(app, n, stop, confirmed, errors), daemon=True)
        for n in range(SIGNERS)
    ]
    for signer in signers:
        signer.start()
    try:
        wait_for(lambda: len(confirmed) >= 12 or errors)
        started = time.monotonic()
        path = create_backup(runner, tmp_path)
        finished = time.monotonic()
        wait_for(lambda: sum(t > finished for t in list(confirmed.values())) >= 4 or errors)
    finally:
        stop.set()
        for signer in signers:
            signer.join(timeout=60)
    assert errors == []
    before = {email for email, t in confirmed.items() if t < started}

    result = app_on(fresh_database, smtp).test_cli_runner().invoke(args=["backup", "restore", str(path)])
    assert result.exit_code == 0, result.output

    restored = {
        email: (status, confirmed_at, signature_id)
        for signature_id, email, status, confirmed_at in read_database(
            fresh_database, "SELECT id, contact_email, status, confirmed_at FROM signature"
        )
    }
    # Every signature confirmed before the backup began is there, confirmed.
    assert before <= set(restored)
    assert all(restored[email][0] == "verified" and restored[email][1] is not None for email in before)
    # Signing went on during and after the backup: the backup is a moment, not the end.
    assert len(restored) < len(organizations(app))
    # Nothing half-written: each signature has its verification email and its audit events.
    emails = {r for (r,) in read_database(fresh_database, "SELECT recipient FROM outbox_message WHERE kind = 'verify'")}
    events = {tuple(e) for e in read_database(fresh_database, "SELECT signature_id, action FROM audit_event")}
    assert emails == set(restored)
    for status, _, signature_id in restored.values():
        assert (signature_id, "signature.submitted") in events
        assert ((signature_id, "signature.confirmed") in events) == (status == "verified")
