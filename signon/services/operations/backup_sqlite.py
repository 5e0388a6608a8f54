"""SQLite snapshots with the online backup API, both ways.

Taking one: `Connection.backup` copies every page in one step under a read transaction, so in
WAL mode requests keep writing meanwhile and the copy is the database at one instant. Restoring:
the same API copies the checked snapshot into the target inside one write transaction, so the
target is either the old database or the restored one, never a mix. Renaming a file over the
target would not do: a `-wal` file left beside it would be replayed onto the new file, and
processes still holding the old file open would go on writing to it.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Collection, Iterator
from pathlib import Path

from signon.services.operations.backup_archive import BackupError, SnapshotFacts

BUSY_TIMEOUT_SECONDS = 30.0


@contextlib.contextmanager
def _connect(path: Path, mode: str = "rw") -> Iterator[sqlite3.Connection]:
    # A URI with mode=rw or ro never creates a missing file, unlike a plain path.
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode={mode}", uri=True, timeout=BUSY_TIMEOUT_SECONDS)
    try:
        yield connection
    finally:
        connection.close()


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _tables(connection: sqlite3.Connection) -> list[str]:
    rows = connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name"
    )
    return [str(name) for (name,) in rows]


def _count(connection: sqlite3.Connection, table: str) -> int:
    return int(connection.execute(f"SELECT count(*) FROM {_quote(table)}").fetchone()[0])  # noqa: S608 (a table name read from the schema, quoted)


def facts(connection: sqlite3.Connection) -> SnapshotFacts:
    """The schema revision and the rows of every table (but alembic_version) of a database."""
    tables = _tables(connection)
    revision = None
    if "alembic_version" in tables:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        revision = str(row[0]) if row else None
    return SnapshotFacts(revision, {t: _count(connection, t) for t in tables if t != "alembic_version"})


def take_snapshot(source: Path, destination: Path) -> SnapshotFacts:
    """Copy the live database at ``source`` into the new file ``destination``."""
    if not source.is_file():
        raise BackupError(f"{source}: no such database file")
    with _connect(source) as live, contextlib.closing(sqlite3.connect(destination)) as copy:
        live.backup(copy)
        # A self-contained file: rollback journal, not WAL, so nothing lives beside it.
        copy.execute("PRAGMA journal_mode=DELETE")
        return facts(copy)


def inspect(snapshot: Path) -> SnapshotFacts:
    """Check a snapshot (a private copy: checking may write to it) and say what it holds."""
    try:
        with _connect(snapshot) as connection:
            result = [str(row[0]) for row in connection.execute("PRAGMA integrity_check")]
            if result != ["ok"]:
                raise BackupError("integrity check failed: " + "; ".join(result[:5]))
            return facts(connection)
    # A corrupt schema can make sqlite3 fail to decode its own error message.
    except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
        raise BackupError(f"the snapshot is not a readable SQLite database ({exc})") from None


def rows_present(target: Path, tables: Collection[str]) -> dict[str, int]:
    """Rows in each of ``tables`` that has any, in the database at ``target`` (absent: none)."""
    if not target.exists():
        return {}
    with _connect(target) as connection:
        present = [t for t in _tables(connection) if t in tables]
        counts = {t: _count(connection, t) for t in present}
    return {t: n for t, n in counts.items() if n}


def restore(snapshot: Path, target: Path) -> SnapshotFacts:
    """Replace the whole database at ``target`` (created if missing) with ``snapshot``."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with (
        _connect(snapshot, "ro") as source,
        contextlib.closing(sqlite3.connect(target, timeout=BUSY_TIMEOUT_SECONDS)) as destination,
    ):
        try:
            source.backup(destination)
        except sqlite3.Error as exc:
            raise BackupError(f"{target}: nothing restored ({exc})") from None
        return facts(destination)
