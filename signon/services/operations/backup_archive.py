"""The backup file: one gzipped tar holding `manifest.json` and the database snapshot.

The snapshot is a SQLite database file (`signon.sqlite3`, made with SQLite's online backup API)
or a `pg_dump --format=custom` archive (`signon.pgdump`). The manifest says what it is: the
Signon release and schema revision that wrote it, the rows in each table and the snapshot's
SHA-256. A backup is one file so that it can be copied, kept and deleted whole.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import os
import tarfile
import time
import zlib
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from signon.services.errors import DomainError

FORMAT = "signon-backup"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
SNAPSHOT_NAMES = {"sqlite": "signon.sqlite3", "postgresql": "signon.pgdump"}
SUFFIX = ".tar.gz"
MAX_MANIFEST_BYTES = 1024 * 1024
CHUNK = 1024 * 1024


class BackupError(DomainError):
    """A backup cannot be made, read or restored; the message says why, for the operator."""


class BackupInvalid(BackupError):
    """The backup file does not hold what its manifest says; ``problems`` lists each finding."""

    def __init__(self, path: Path, problems: list[str]) -> None:
        super().__init__(f"{path}: " + "; ".join(problems))
        self.path = path
        self.problems = problems


@dataclass(frozen=True)
class SnapshotFacts:
    """What a snapshot holds: its schema revision and the rows in each table."""

    revision: str | None
    counts: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class Manifest:
    signon_version: str
    created_at: str
    database: str
    alembic_revision: str
    snapshot: str
    snapshot_bytes: int
    sha256: str
    counts: dict[str, int]
    format: str = FORMAT
    format_version: int = FORMAT_VERSION

    def to_json(self) -> bytes:
        return json.dumps(asdict(self), indent=2, sort_keys=True).encode("utf-8") + b"\n"


def default_name(now: datetime, revision: str) -> str:
    """signon-<UTC timestamp>-<revision>.tar.gz: sorts by time, says which schema it holds."""
    return f"signon-{now:%Y%m%dT%H%M%SZ}-{revision}{SUFFIX}"


def sha256_of(path: Path) -> str:
    """The file's SHA-256, hex."""
    digest = hashlib.sha256()
    with path.open("rb") as f:
        while chunk := f.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def write(destination: Path, manifest: Manifest, snapshot: Path) -> None:
    """Write the archive, readable by its owner only (it holds signatories' contact details)."""
    descriptor = os.open(destination, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "wb") as raw:
        with tarfile.open(fileobj=raw, mode="w:gz") as tar:
            data = manifest.to_json()
            info = tarfile.TarInfo(MANIFEST)
            info.size, info.mode, info.mtime = len(data), 0o600, int(time.time())
            tar.addfile(info, io.BytesIO(data))
            info = tar.gettarinfo(str(snapshot), arcname=manifest.snapshot)
            info.mode, info.uid, info.gid, info.uname, info.gname = 0o600, 0, 0, "", ""
            with snapshot.open("rb") as f:
                tar.addfile(info, f)
        raw.flush()
        os.fsync(raw.fileno())


def read(path: Path, workdir: Path) -> tuple[Manifest, Path]:
    """The manifest and the snapshot, extracted into ``workdir`` (only those two members, by
    name: nothing in the archive chooses where a file is written)."""
    try:
        _read_to_the_end(path)
        with tarfile.open(path, mode="r:*") as tar:
            manifest = parse_manifest(path, _member_bytes(tar, MANIFEST, MAX_MANIFEST_BYTES))
            member = tar.getmember(manifest.snapshot)
            source = tar.extractfile(member) if member.isfile() else None
            if source is None:
                raise BackupInvalid(path, [f"{manifest.snapshot} is not a regular file"])
            snapshot = workdir / SNAPSHOT_NAMES[manifest.database]
            with source, snapshot.open("wb") as out:
                while chunk := source.read(CHUNK):
                    out.write(chunk)
    except KeyError as exc:
        raise BackupInvalid(path, [f"the archive has no {exc.args[0]}"]) from None
    # A flipped byte in the compressed stream surfaces as zlib.error (corrupt deflate data) or
    # as gzip's OSError (CRC or length mismatch), depending on where it falls.
    except (tarfile.TarError, EOFError, OSError, zlib.error) as exc:
        raise BackupInvalid(path, [f"not a readable Signon backup ({exc})"]) from None
    return manifest, snapshot


def _read_to_the_end(path: Path) -> None:
    """Decompress the whole file once, so that gzip checks its CRC and length: tarfile stops
    after the members it is asked for, and would not notice damage in what follows them."""
    with gzip.open(path, "rb") as stream:
        while stream.read(CHUNK):
            pass


def _member_bytes(tar: tarfile.TarFile, name: str, limit: int) -> bytes:
    member = tar.getmember(name)
    source = tar.extractfile(member) if member.isfile() and member.size <= limit else None
    if source is None:
        raise tarfile.TarError(f"{name} is not a regular file under {limit} bytes")
    with source:
        return source.read()


def parse_manifest(path: Path, data: bytes) -> Manifest:
    """The manifest, every field checked; BackupInvalid names the ones missing or malformed."""
    try:
        raw: Any = json.loads(data)
    except ValueError as exc:
        raise BackupInvalid(path, [f"{MANIFEST} is not JSON ({exc})"]) from None
    if not isinstance(raw, dict) or raw.get("format") != FORMAT:
        raise BackupInvalid(path, [f"{MANIFEST} is not a Signon backup manifest"])
    if raw.get("format_version") != FORMAT_VERSION:
        raise BackupInvalid(
            path, [f"backup format {raw.get('format_version')!r}: this Signon reads format {FORMAT_VERSION}"]
        )
    counts = raw.get("counts")
    checks = {
        "signon_version": isinstance(raw.get("signon_version"), str),
        "created_at": isinstance(raw.get("created_at"), str),
        "database": raw.get("database") in SNAPSHOT_NAMES,
        "alembic_revision": isinstance(raw.get("alembic_revision"), str),
        "snapshot": raw.get("snapshot") == SNAPSHOT_NAMES.get(str(raw.get("database"))),
        "snapshot_bytes": isinstance(raw.get("snapshot_bytes"), int),
        "sha256": isinstance(raw.get("sha256"), str) and len(raw["sha256"]) == 64,
        "counts": isinstance(counts, dict) and all(isinstance(n, int) for n in counts.values()),
    }
    wrong = [key for key, ok in checks.items() if not ok]
    if wrong:
        raise BackupInvalid(path, [f"{MANIFEST}: missing or malformed {', '.join(wrong)}"])
    return Manifest(**{key: raw[key] for key in (*checks, "format", "format_version")})


def compare(manifest: Manifest, sha256: str, size: int, facts: SnapshotFacts | None) -> list[str]:
    """Every difference between what the manifest promises and what the snapshot holds (its
    revision and rows only when it could be read: ``facts``)."""
    problems = []
    if sha256 != manifest.sha256:
        problems.append(f"SHA-256 of {manifest.snapshot} is {sha256}, the manifest says {manifest.sha256}")
    if size != manifest.snapshot_bytes:
        problems.append(f"{manifest.snapshot} has {size} bytes, the manifest says {manifest.snapshot_bytes}")
    if facts is None:
        return problems
    if facts.revision != manifest.alembic_revision:
        problems.append(f"schema revision is {facts.revision}, the manifest says {manifest.alembic_revision}")
    for table in sorted(set(manifest.counts) | set(facts.counts)):
        found, promised = facts.counts.get(table), manifest.counts.get(table)
        if found != promised:
            problems.append(f"table {table}: {found} rows, the manifest says {promised}")
    return problems
