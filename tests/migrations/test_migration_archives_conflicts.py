"""A migration never deletes data to satisfy a constraint: 0005 brings names to NFC and
recomputes their duplicate keys, and where two signatures of one statement then collide, the
one not kept is moved whole into archived_row, reported, and recorded in the audit trail."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from flask_migrate import downgrade, upgrade
from sqlalchemy import MetaData, Table, insert, select, text

from signon import create_app
from signon.extensions import db as _db
from tests import paths
from tests.conftest import base_overrides

MIGRATIONS = str(paths.MIGRATIONS)
WHEN = datetime(2026, 11, 1, 12, 0, tzinfo=UTC)

# The same café, typed once with a precomposed "é" and once with "e" + a combining accent, and
# stored by an older version that kept the name as typed and keyed it without normalising.
COMPOSED = "Café Nord"
DECOMPOSED = "Cafe\u0301 Nord"


def _table(name: str) -> Table:
    return Table(name, MetaData(), autoload_with=_db.engine)


def _at(connection: Any, value: datetime) -> datetime:
    return value.replace(tzinfo=None) if connection.dialect.name == "sqlite" else value


def _seed_at_0004(rows: list[dict[str, Any]]) -> None:
    with _db.engine.begin() as connection:
        now = _at(connection, WHEN)
        statement_id = connection.execute(
            insert(_table("statement")).values(
                slug="old-letter",
                status="open",
                revision=1,
                language="en",
                timezone="UTC",
                moderated=False,
                title="Old letter",
                body="Body",
                background="",
                salutation="",
                closing="",
                created_at=now,
                updated_at=now,
            )
        ).inserted_primary_key[0]
        category_id = connection.execute(
            insert(_table("category")).values(statement_id=statement_id, key="national", label="National", position=0)
        ).inserted_primary_key[0]
        for minutes, row in enumerate(rows):
            connection.execute(
                insert(_table("signature")).values(
                    statement_id=statement_id,
                    category_id=category_id,
                    city="Tucson",
                    region="",
                    country="USA",
                    website="",
                    comment="",
                    contact_role="",
                    authorized=True,
                    source_ip="127.0.0.1",
                    user_agent="",
                    created_at=_at(connection, WHEN.replace(minute=minutes)),
                    updated_at=now,
                    **{**row, "verified_at": row["verified_at"] and now},
                )
            )


def _signature(name: str, key: str, status: str, email: str) -> dict[str, Any]:
    return {
        "organization_name": name,
        "organization_key": key,
        "status": status,
        "contact_name": "Ana",
        "contact_email": email,
        "verified_at": WHEN if status == "verified" else None,
    }


@pytest.fixture
def at_0004(tmp_path: Path, smtp_server: Any) -> Iterator[None]:
    app = create_app(base_overrides(f"sqlite:///{tmp_path / 'old.sqlite3'}", smtp_server.inbox.port))
    with app.app_context():
        upgrade(directory=MIGRATIONS, revision="0004")
        try:
            yield
        finally:
            _db.session.remove()
            _db.engine.dispose()


def _archive_conflicts(capsys: pytest.CaptureFixture[str]) -> None:
    _seed_at_0004(
        [
            _signature(COMPOSED, "cafe nord", "pending", "first@cafe.example.org"),
            _signature(DECOMPOSED, "cafe\u0301 nord", "verified", "second@cafe.example.org"),
            _signature("Kino Border Initiative", "kino border initiative", "verified", "k@kino.example.org"),
        ]
    )
    upgrade(directory=MIGRATIONS)
    reported = capsys.readouterr().err

    signatures = _table("signature")
    with _db.engine.connect() as connection:
        kept = connection.execute(select(signatures).order_by(signatures.c.id)).mappings().all()
        archived = connection.execute(select(_table("archived_row"))).mappings().all()
        events = connection.execute(
            text("SELECT action, signature_id FROM audit_event WHERE action = 'signature.archived'")
        ).all()

    # The verified one is kept (and now stored in NFC with its key); the pending twin is archived.
    assert [(row["organization_name"], row["organization_key"], row["status"]) for row in kept] == [
        (COMPOSED, "cafe nord", "verified"),
        ("Kino Border Initiative", "kino border initiative", "verified"),
    ]
    assert kept[0]["contact_email"] == "second@cafe.example.org"
    assert len(archived) == 1
    row = archived[0]
    assert (row["table_name"], row["revision"], row["row_id"]) == ("signature", "0005", 1)
    assert row["data"]["contact_email"] == "first@cafe.example.org"
    assert row["data"]["organization_name"] == COMPOSED
    assert row["data"]["status"] == "pending"
    assert "signature 2" in row["reason"]
    assert events == [("signature.archived", 1)]
    assert "archived signature 1" in reported
    assert "1 signature(s) archived in table archived_row, none deleted" in reported


def test_migration_archives_a_signature_whose_normalised_name_collides_on_sqlite(at_0004, capsys):
    _archive_conflicts(capsys)


def test_migration_brings_a_lone_decomposed_name_to_nfc_without_archiving(at_0004, capsys):
    _seed_at_0004([_signature(DECOMPOSED, "cafe\u0301 nord", "verified", "only@cafe.example.org")])
    upgrade(directory=MIGRATIONS)
    with _db.engine.connect() as connection:
        names = connection.execute(text("SELECT organization_name, organization_key FROM signature")).all()
        archived = connection.execute(text("SELECT COUNT(*) FROM archived_row")).scalar_one()
    assert names == [(COMPOSED, "cafe nord")]
    assert archived == 0


def test_downgrade_refuses_to_drop_an_archive_that_holds_rows(at_0004, capsys):
    _archive_conflicts(capsys)
    # Flask-Migrate reports the error and exits, as `flask db downgrade` would.
    with pytest.raises(SystemExit):
        downgrade(directory=MIGRATIONS, revision="0004")
    assert "it would lose 1 row(s) in archived_row" in capsys.readouterr().err
    with _db.engine.connect() as connection:
        assert connection.execute(text("SELECT COUNT(*) FROM archived_row")).scalar_one() == 1


@pytest.fixture
def at_0004_on_postgresql(fresh_postgresql: str, smtp_server: Any) -> Iterator[None]:
    app = create_app(base_overrides(fresh_postgresql, smtp_server.inbox.port))
    with app.app_context():
        upgrade(directory=MIGRATIONS, revision="0004")
        try:
            yield
        finally:
            _db.session.remove()
            _db.engine.dispose()


def test_migration_archives_a_signature_whose_normalised_name_collides_on_postgresql(at_0004_on_postgresql, capsys):
    _archive_conflicts(capsys)
