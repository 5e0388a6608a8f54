"""`flask backup create` writes one file (manifest + consistent snapshot) and `flask backup
verify` checks it, failing loudly on any difference; on SQLite, and PostgreSQL under DATABASE_URL."""

from __future__ import annotations

import hashlib
import io
import json
import re
import tarfile
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, text

from signon import __version__
from signon.extensions import db
from signon.services.operations import backup_archive, backup_postgres, backups
from tests import factories
from tests.sessions import seeding

NAME = re.compile(r"^signon-\d{8}T\d{6}Z-(\w+)\.tar\.gz$")


def seed(app: Any) -> None:
    with seeding(app):
        statement = factories.open_statement()
        factories.verified_signature(statement, "Latin America Working Group")
        factories.pending_signature(statement, "Kino Border Initiative", email="info@kino.example.org")
        factories.coordinator(statements=(statement,))


def live_revision_and_counts(app: Any) -> tuple[str, dict[str, int]]:
    with seeding(app):
        revision = db.session.execute(text("SELECT version_num FROM alembic_version")).scalar_one()
        counts = {
            name: db.session.execute(db.select(db.func.count()).select_from(table)).scalar_one()
            for name, table in db.metadata.tables.items()
        }
    return revision, counts


def create(runner: Any, *args: str) -> Path:
    result = runner.invoke(args=["backup", "create", *args])
    assert result.exit_code == 0, result.output
    path = Path(result.output.split()[1])
    assert path.is_file(), result.output
    return path


def members(path: Path) -> dict[str, bytes]:
    with tarfile.open(path) as tar:
        return {m.name: tar.extractfile(m).read() for m in tar.getmembers()}  # type: ignore[union-attr]


def rewrite(path: Path, files: dict[str, bytes]) -> None:
    path.unlink()
    with tarfile.open(path, "w:gz") as tar:
        for name, data in files.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))


def test_backup_create_writes_one_file_with_a_manifest_of_every_table_and_the_snapshot(app, runner, tmp_path):
    seed(app)
    revision, counts = live_revision_and_counts(app)

    result = runner.invoke(args=["backup", "create", str(tmp_path)])

    assert result.exit_code == 0, result.output
    (path,) = tmp_path.iterdir()
    assert NAME.match(path.name) and NAME.match(path.name).group(1) == revision
    files = members(path)
    manifest = json.loads(files["manifest.json"])
    snapshot_name = manifest["snapshot"]
    assert set(files) == {"manifest.json", snapshot_name}
    assert manifest["signon_version"] == __version__
    assert manifest["alembic_revision"] == revision
    assert manifest["counts"] == counts
    assert manifest["counts"]["signature"] == 2
    assert manifest["sha256"] == hashlib.sha256(files[snapshot_name]).hexdigest()
    assert manifest["snapshot_bytes"] == len(files[snapshot_name])
    # What was written, for the operator.
    assert str(path) in result.output
    assert manifest["sha256"] in result.output
    assert "signature 2" in result.output


def test_backup_file_is_readable_by_its_owner_only(app, runner, tmp_path):
    seed(app)
    path = create(runner, str(tmp_path))
    assert path.stat().st_mode & 0o777 == 0o600


def test_backup_create_without_a_path_writes_into_instance_backups(app, runner, tmp_path):
    seed(app)
    app.instance_path = str(tmp_path / "instance")

    path = create(runner)

    assert path.parent == tmp_path / "instance" / "backups"
    assert NAME.match(path.name)


def test_backup_create_to_a_file_name_refuses_to_overwrite_it(app, runner, tmp_path):
    seed(app)
    target = tmp_path / "nightly.tar.gz"
    assert create(runner, str(target)) == target
    before = target.read_bytes()

    result = runner.invoke(args=["backup", "create", str(target)])

    assert result.exit_code == 1
    assert "already exists" in result.output
    assert target.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["nightly.tar.gz"]


def test_verify_accepts_an_untouched_backup(app, runner, tmp_path):
    seed(app)
    path = create(runner, str(tmp_path))

    result = runner.invoke(args=["backup", "verify", str(path)])

    assert result.exit_code == 0, result.output
    assert "OK" in result.output
    assert "signature 2" in result.output


def test_verify_fails_when_a_byte_of_the_snapshot_changed(app, runner, tmp_path):
    seed(app)
    path = create(runner, str(tmp_path))
    files = members(path)
    name = json.loads(files["manifest.json"])["snapshot"]
    altered = bytearray(files[name])
    altered[len(altered) // 2] ^= 0x01
    rewrite(path, {**files, name: bytes(altered)})

    result = runner.invoke(args=["backup", "verify", str(path)])

    assert result.exit_code == 1
    assert "damaged or altered" in result.output
    assert f"SHA-256 of {name} is" in result.output


def test_verify_never_opens_a_snapshot_whose_checksum_differs(app, runner, tmp_path, monkeypatch):
    # A damaged SQLite file can fail in ways sqlite3 cannot even report (an error message that
    # is not UTF-8): the checksum already says it is damaged, so the database is not opened.
    seed(app)
    path = create(runner, str(tmp_path))
    files = members(path)
    name = json.loads(files["manifest.json"])["snapshot"]
    altered = bytearray(files[name])
    altered[len(altered) // 2] ^= 0x01
    rewrite(path, {**files, name: bytes(altered)})
    opened = []
    monkeypatch.setattr(backups, "_inspect", lambda kind, snapshot: opened.append(snapshot))

    result = runner.invoke(args=["backup", "verify", str(path)])

    assert result.exit_code == 1
    assert f"SHA-256 of {name} is" in result.output
    assert opened == []


def test_verify_fails_when_the_rows_differ_from_the_manifest(app, runner, tmp_path):
    seed(app)
    path = create(runner, str(tmp_path))
    files = members(path)
    manifest = json.loads(files["manifest.json"])
    manifest["counts"]["signature"] = 3
    rewrite(path, {**files, "manifest.json": json.dumps(manifest).encode()})

    result = runner.invoke(args=["backup", "verify", str(path)])

    assert result.exit_code == 1
    assert "table signature: 2 rows, the manifest says 3" in result.output


def test_verify_reads_the_database_and_fails_on_a_truncated_snapshot_even_with_a_matching_checksum(
    app, runner, tmp_path
):
    seed(app)
    path = create(runner, str(tmp_path))
    files = members(path)
    manifest = json.loads(files["manifest.json"])
    damaged = files[manifest["snapshot"]][: len(files[manifest["snapshot"]]) // 2]
    manifest.update(sha256=hashlib.sha256(damaged).hexdigest(), snapshot_bytes=len(damaged))
    rewrite(path, {"manifest.json": json.dumps(manifest).encode(), manifest["snapshot"]: damaged})

    result = runner.invoke(args=["backup", "verify", str(path)])

    assert result.exit_code == 1
    assert "damaged or altered" in result.output
    assert "SHA-256" not in result.output


def test_verify_refuses_a_file_that_is_not_a_backup(app, runner, tmp_path):
    path = tmp_path / "notes.tar.gz"
    path.write_bytes(b"not a backup at all")

    result = runner.invoke(args=["backup", "verify", str(path)])

    assert result.exit_code == 1
    assert "not a readable Signon backup" in result.output


def test_postgres_password_travels_in_pgpassword_never_on_the_command_line():
    engine = create_engine("postgresql+psycopg://signon:s3cret%2Fpw@db.example.org:6543/signon?sslmode=require")

    url, env = backup_postgres.connection_args(engine)

    assert url == "postgresql://signon@db.example.org:6543/signon?sslmode=require"
    assert "s3cret" not in url
    assert env["PGPASSWORD"] == "s3cret/pw"


def test_a_flipped_byte_anywhere_in_the_archive_is_refused_or_changes_nothing_read(tmp_path):
    # Every byte of a small archive flipped in turn. A flip in the tar headers, the deflate
    # stream (zlib.error), the padding after the members or gzip's trailer (OSError) must each
    # come out as BackupInvalid, never a crash and never altered content. A few flips change
    # nothing that is read (the gzip header's mtime, a Huffman code length no symbol uses).
    snapshot = tmp_path / "signon.sqlite3"
    snapshot.write_bytes(b"".join(f"row {i} Latin America Working Group {i * 7 % 13}\n".encode() for i in range(600)))
    manifest = backup_archive.Manifest(
        signon_version=__version__,
        created_at="2026-12-07T00:00:00+00:00",
        database="sqlite",
        alembic_revision="0006",
        snapshot="signon.sqlite3",
        snapshot_bytes=snapshot.stat().st_size,
        sha256=backup_archive.sha256_of(snapshot),
        counts={},
    )
    archive = tmp_path / "backup.tar.gz"
    backup_archive.write(archive, manifest, snapshot)
    original = archive.read_bytes()
    damaged, workdir = tmp_path / "damaged.tar.gz", tmp_path / "work"
    workdir.mkdir()
    refused = 0

    for position in range(len(original)):
        data = bytearray(original)
        data[position] ^= 0xFF
        damaged.write_bytes(bytes(data))
        try:
            read_manifest, extracted = backup_archive.read(damaged, workdir)
        except backup_archive.BackupInvalid:
            refused += 1
            continue
        assert read_manifest == manifest, position
        assert extracted.read_bytes() == snapshot.read_bytes(), position

    assert refused > len(original) * 0.9
