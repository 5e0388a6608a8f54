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


# 0007: legal forms and the name's own acronym leave the key.
CENTRO = "Centro de Derechos Humanos del Migrante"


@pytest.fixture(params=["sqlite", "postgresql"])
def at_0006(request: pytest.FixtureRequest, tmp_path: Path, smtp_server: Any) -> Iterator[None]:
    if request.param == "postgresql":
        database = request.getfixturevalue("fresh_postgresql")
    else:
        database = f"sqlite:///{tmp_path / 'old.sqlite3'}"
    app = create_app(base_overrides(database, smtp_server.inbox.port))
    with app.app_context():
        upgrade(directory=MIGRATIONS, revision="0006")
        try:
            yield
        finally:
            _db.session.remove()
            _db.engine.dispose()


def _keys_and_archive() -> tuple[list[tuple[str, str, str]], list[Any], list[Any]]:
    signatures = _table("signature")
    with _db.engine.connect() as connection:
        kept = connection.execute(
            select(signatures.c.organization_name, signatures.c.organization_key, signatures.c.status).order_by(
                signatures.c.id
            )
        ).all()
        archived = connection.execute(select(_table("archived_row"))).mappings().all()
        events = connection.execute(
            text("SELECT signature_id, details FROM audit_event WHERE action = 'signature.archived'")
        ).all()
    return [tuple(row) for row in kept], list(archived), list(events)


def test_0007_keeps_one_signature_per_organization_once_legal_forms_and_acronyms_leave_the_key(at_0006, capsys):
    _seed_at_0004(
        [
            _signature(
                f"{CENTRO}, A.C.", "centro de derechos humanos del migrante ac", "pending", "a@cdhm.example.org"
            ),
            _signature(CENTRO, "centro de derechos humanos del migrante", "verified", "b@cdhm.example.org"),
            _signature(
                "Washington Office on Latin America (WOLA)",
                "washington office on latin america wola",
                "verified",
                "w@wola.example.org",
            ),
            _signature("Amnesty International (USA)", "amnesty international usa", "verified", "a@aiusa.example.org"),
        ]
    )

    upgrade(directory=MIGRATIONS)

    kept, archived, events = _keys_and_archive()
    # The verified Centro is kept; names are not changed, only keys.
    assert kept == [
        (CENTRO, "centro de derechos humanos del migrante", "verified"),
        ("Washington Office on Latin America (WOLA)", "washington office on latin america", "verified"),
        ("Amnesty International (USA)", "amnesty international usa", "verified"),
    ]
    [row] = archived
    assert (row["table_name"], row["revision"], row["row_id"]) == ("signature", "0007", 1)
    assert row["data"]["organization_name"] == f"{CENTRO}, A.C."
    assert row["data"]["contact_email"] == "a@cdhm.example.org"
    assert "signature 2" in row["reason"]
    assert [signature_id for signature_id, _details in events] == [1]
    reported = capsys.readouterr().err
    assert "archived signature 1" in reported and "1 signature(s) archived in table archived_row" in reported


def test_0007_downgrade_puts_the_earlier_keys_back(at_0006, capsys):
    _seed_at_0004(
        [
            _signature(
                "Washington Office on Latin America (WOLA)",
                "washington office on latin america wola",
                "verified",
                "w@wola.example.org",
            )
        ]
    )
    upgrade(directory=MIGRATIONS)

    downgrade(directory=MIGRATIONS, revision="0006")

    kept, archived, _events = _keys_and_archive()
    assert kept == [
        ("Washington Office on Latin America (WOLA)", "washington office on latin america wola", "verified")
    ]
    assert archived == []


def test_0007_downgrade_refuses_when_two_kept_names_would_share_the_earlier_key(at_0006, capsys):
    # Apart under 0007 (a capitalised acronym leaves the key, a word in lower case stays),
    # one organization under 0006's key: going back would have to drop one of them.
    _seed_at_0004(
        [
            _signature(
                "Washington Office on Latin America WOLA",
                "washington office on latin america wola",
                "verified",
                "w@wola.example.org",
            )
        ]
    )  # fmt: skip
    upgrade(directory=MIGRATIONS)
    with _db.engine.begin() as connection:
        connection.execute(
            insert(_table("signature")).values(
                statement_id=1, category_id=1, organization_name="Washington Office on Latin America wola",
                organization_key="washington office on latin america wola", status="verified",
                contact_name="Ana", contact_email="x@wola.example.org", city="", region="", country="USA",
                website="", comment="", contact_role="", authorized=True, source_ip="127.0.0.1", user_agent="",
                created_at=_at(connection, WHEN), updated_at=_at(connection, WHEN),
            )
        )  # fmt: skip
    capsys.readouterr()

    with pytest.raises(SystemExit):
        downgrade(directory=MIGRATIONS, revision="0006")

    assert "Downgrade below 0007 refused, nothing was changed" in capsys.readouterr().err
    kept, _archived, _events = _keys_and_archive()
    assert [key for _name, key, _status in kept] == [
        "washington office on latin america",
        "washington office on latin america wola",
    ]
