"""Backups a coordinator can restore: take one while Signon serves, check one, restore one.

A backup is one file (see backup_archive): a consistent snapshot made with the database's own
online backup (SQLite's backup API, pg_dump) and a manifest of what it holds. Restoring fills an
empty database; a database that holds rows is replaced only when the caller says so (the command
asks the operator to type a word). A backup from a newer schema than this code knows is refused;
one from an older schema is restored as it is, and `flask db upgrade` brings it up to date.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from flask import current_app

from signon.extensions import db
from signon.services.operations import backup_archive, backup_postgres, backup_sqlite, release
from signon.services.operations.backup_archive import BackupError, BackupInvalid, Manifest, SnapshotFacts
from signon.version import __version__


class BackupTooNew(BackupError):
    """The backup's schema revision is one this code does not know: a newer Signon wrote it."""


class TargetNotEmpty(BackupError):
    """The database to restore into holds rows; ``rows`` says how many in which tables."""

    def __init__(self, target: str, rows: dict[str, int]) -> None:
        super().__init__(f"{target} is not empty")
        self.rows = rows


@dataclass(frozen=True)
class CreatedBackup:
    path: Path
    archive_bytes: int
    manifest: Manifest


@dataclass(frozen=True)
class OpenedBackup:
    """A backup whose snapshot was checked against its manifest, extracted to ``snapshot``."""

    path: Path
    manifest: Manifest
    snapshot: Path


@dataclass(frozen=True)
class RestorePlan:
    target: str
    rows_present: dict[str, int]
    upgrade_needed: bool
    code_revision: str


def database_kind() -> str:
    """The kind of database DATABASE_URL names: "sqlite" or "postgresql"."""
    return str(db.engine.dialect.name)


def create(destination: Path | None, backups_dir: Path, now: datetime) -> CreatedBackup:
    """Snapshot the database while it keeps serving and write the backup file: ``destination``,
    or a file named for the time and revision inside it when it is a directory, or inside
    ``backups_dir`` when it is None. The file is checked before it takes its final name."""
    kind = database_kind()
    folder = destination if destination is None or destination.is_dir() else destination.parent
    folder = backups_dir if folder is None else folder
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=".signon-backup-", dir=folder) as work:
        snapshot = Path(work) / backup_archive.SNAPSHOT_NAMES[kind]
        facts = _take_snapshot(kind, snapshot)
        if facts.revision is None:
            raise BackupError("the database has no Signon schema yet: run `flask db upgrade` first")
        manifest = Manifest(
            signon_version=__version__,
            created_at=now.isoformat(timespec="seconds"),
            database=kind,
            alembic_revision=facts.revision,
            snapshot=snapshot.name,
            snapshot_bytes=snapshot.stat().st_size,
            sha256=backup_archive.sha256_of(snapshot),
            counts=facts.counts,
        )
        name = backup_archive.default_name(now, facts.revision)
        final = folder / name if destination is None or destination.is_dir() else destination
        if final.exists():
            raise BackupError(f"{final} already exists: choose another name")
        partial = Path(work) / name
        backup_archive.write(partial, manifest, snapshot)
        with open_backup(partial):
            pass
        os.replace(partial, final)
    return CreatedBackup(final, final.stat().st_size, manifest)


def _take_snapshot(kind: str, snapshot: Path) -> SnapshotFacts:
    if kind == "sqlite":
        return backup_sqlite.take_snapshot(_sqlite_path(), snapshot)
    return backup_postgres.take_snapshot(db.engine, snapshot)


def verify(path: Path) -> Manifest:
    """Check a backup: its snapshot's SHA-256, that the database in it reads (SQLite's integrity
    check; every row through pg_restore) and holds the revision and rows the manifest says.
    BackupInvalid lists every difference."""
    with open_backup(path) as opened:
        return opened.manifest


@contextmanager
def open_backup(path: Path) -> Iterator[OpenedBackup]:
    """The checked backup, its snapshot extracted into a temporary directory for the block."""
    with tempfile.TemporaryDirectory(prefix="signon-backup-") as work:
        manifest, snapshot = backup_archive.read(path, Path(work))
        sha256, size = backup_archive.sha256_of(snapshot), snapshot.stat().st_size
        facts: SnapshotFacts | None = None
        failure = []
        # A snapshot that is not the one the manifest describes is damaged: opening it could
        # only add noise (SQLite's messages about a corrupt schema are not even valid UTF-8).
        if (sha256, size) == (manifest.sha256, manifest.snapshot_bytes):
            try:
                facts = _inspect(manifest.database, snapshot)
            except BackupError as exc:
                failure = [str(exc)]
        problems = backup_archive.compare(manifest, sha256, size, facts) + failure
        if problems:
            raise BackupInvalid(path, problems)
        yield OpenedBackup(path, manifest, snapshot)


def _inspect(kind: str, snapshot: Path) -> SnapshotFacts:
    if kind == "sqlite":
        return backup_sqlite.inspect(snapshot)
    return backup_postgres.inspect(snapshot)


def plan_restore(backup: OpenedBackup) -> RestorePlan:
    """What restoring ``backup`` here would do. BackupError when it cannot: a backup of the
    other kind of database, or of a schema newer than this code (BackupTooNew)."""
    manifest, kind = backup.manifest, database_kind()
    if manifest.database != kind:
        raise BackupError(
            f"this is a backup of a {manifest.database} database and Signon is configured for {kind}: "
            f"restore it into a {manifest.database} database"
        )
    migrations = current_app.extensions["migrate"].directory
    head = release.code_revision(migrations)
    if manifest.alembic_revision not in release.known_revisions(migrations):
        raise BackupTooNew(
            f"this backup holds schema revision {manifest.alembic_revision}, written by Signon "
            f"{manifest.signon_version}; this Signon ({__version__}) knows revisions up to {head}: "
            f"upgrade Signon to {manifest.signon_version} or later first, then restore"
        )
    tables = set(db.metadata.tables)
    if kind == "sqlite":
        rows = backup_sqlite.rows_present(_sqlite_path(), tables)
    else:
        rows = backup_postgres.rows_present(db.engine, tables)
    upgrade_needed = manifest.alembic_revision != head
    return RestorePlan(_target_name(), rows, upgrade_needed, head)


def restore(backup: OpenedBackup, *, replace: bool) -> RestorePlan:
    """Restore ``backup`` into the configured database, all or nothing; the plan it carried out
    (the database then holds the manifest's rows). TargetNotEmpty when the database holds rows
    in any Signon table and ``replace`` is False."""
    plan = plan_restore(backup)
    if plan.rows_present and not replace:
        raise TargetNotEmpty(plan.target, plan.rows_present)
    db.session.remove()
    db.engine.dispose()
    if database_kind() == "sqlite":
        facts = backup_sqlite.restore(backup.snapshot, _sqlite_path())
    else:
        facts = backup_postgres.restore(backup.snapshot, db.engine)
    db.engine.dispose()
    if facts.counts != backup.manifest.counts or facts.revision != backup.manifest.alembic_revision:
        raise BackupError(f"{plan.target} does not hold what the backup does after restoring: check it by hand")
    return plan


def _sqlite_path() -> Path:
    name = db.engine.url.database
    if not name or name == ":memory:":
        raise BackupError("DATABASE_URL names an in-memory SQLite database: there is nothing to back up")
    return Path(name)


def _target_name() -> str:
    url = db.engine.url
    if url.get_backend_name() == "sqlite":
        return str(_sqlite_path())
    return f"database {url.database} on {url.host or 'localhost'}:{url.port or 5432}"
