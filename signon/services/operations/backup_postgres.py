"""PostgreSQL snapshots with pg_dump, restored with pg_restore and psql in one transaction.

Taking one: a REPEATABLE READ transaction exports its snapshot; the row counts and the schema
revision are read in it and `pg_dump --snapshot` dumps that same instant, so the manifest
describes exactly what the dump holds while requests keep writing. Restoring: the script
`pg_restore --clean --if-exists --no-owner --no-privileges` writes is fed to psql between a BEGIN
that first drops every table of the schema (so tables a newer release added go too) and a COMMIT
sent only once pg_restore has succeeded: a failure anywhere leaves the database as it was.
The connection details come from DATABASE_URL; the password travels in PGPASSWORD, never on a
command line.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
from collections.abc import Collection
from pathlib import Path
from typing import IO

from sqlalchemy import URL, Connection, Engine, text

from signon.services.operations.backup_archive import BackupError, SnapshotFacts


def _program(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        raise BackupError(f"{name} not found: install the PostgreSQL client tools (postgresql-client)")
    return found


def connection_args(engine: Engine) -> tuple[str, dict[str, str]]:
    """The libpq URL (postgresql://user@host:port/db?options, no password) and the environment
    for the client programs: PGPASSWORD when the URL has a password, no prompting, quiet."""
    url = engine.url
    env = {**os.environ, "PGOPTIONS": "-c client_min_messages=warning"}
    if url.password:
        env["PGPASSWORD"] = str(url.password)
    # Built afresh: URL.set(password=None) would keep the password.
    bare = URL.create("postgresql", url.username, None, url.host, url.port, url.database, url.query)
    libpq = bare.render_as_string(hide_password=False)
    return libpq, env


def _run(args: list[str], env: dict[str, str], what: str) -> None:
    done = subprocess.run(args, env=env, capture_output=True, text=True, check=False)  # noqa: S603 (no shell; fixed programs)
    if done.returncode != 0:
        raise BackupError(f"{what} failed: {done.stderr.strip() or done.returncode}")


def _tables(connection: Connection) -> list[str]:
    query = text("SELECT tablename FROM pg_tables WHERE schemaname = current_schema() ORDER BY tablename")
    return [str(name) for name in connection.execute(query).scalars()]


def _quote(connection: Connection, name: str) -> str:
    return str(connection.dialect.identifier_preparer.quote(name))


def _count(connection: Connection, table: str) -> int:
    return int(connection.execute(text(f"SELECT count(*) FROM {_quote(connection, table)}")).scalar_one())  # noqa: S608 (a table name read from the catalog, quoted)


def _facts(connection: Connection) -> SnapshotFacts:
    tables = _tables(connection)
    revision = None
    if "alembic_version" in tables:
        revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
    return SnapshotFacts(revision, {t: _count(connection, t) for t in tables if t != "alembic_version"})


def take_snapshot(engine: Engine, destination: Path) -> SnapshotFacts:
    """Dump the database into ``destination`` (pg_dump's custom format) at one instant."""
    libpq, env = connection_args(engine)
    pg_dump = _program("pg_dump")
    with engine.connect() as connection:
        connection.execution_options(isolation_level="REPEATABLE READ")
        with connection.begin():
            snapshot_id = connection.execute(text("SELECT pg_export_snapshot()")).scalar_one()
            facts = _facts(connection)
            # pg_dump must start while this transaction, which owns the snapshot, is open.
            args = [pg_dump, "--format=custom", f"--snapshot={snapshot_id}", "--no-password"]
            _run([*args, f"--file={destination}", f"--dbname={libpq}"], env, "pg_dump")
    return facts


def inspect(archive: Path) -> SnapshotFacts:
    """Read every row of the archive through pg_restore (no database needed) and say what it
    holds: the rows of each table's COPY block and the revision in alembic_version."""
    pg_restore = _program("pg_restore")
    process = subprocess.Popen(  # noqa: S603 (no shell; a fixed program)
        [pg_restore, "--data-only", "--file=-", str(archive)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
    )
    assert process.stdout is not None and process.stderr is not None
    counts: dict[str, int] = {}
    revision: str | None = None
    table: str | None = None
    for line in process.stdout:
        if table is None:
            if line.startswith("COPY "):
                # COPY public.signature (id, ...) FROM stdin;
                table = line[5:].split(" ", 1)[0].rsplit(".", 1)[-1].strip('"')
                counts.setdefault(table, 0)
        elif line == "\\.\n":
            table = None
        else:
            counts[table] += 1
            if table == "alembic_version":
                revision = line.rstrip("\n")
    errors = process.stderr.read()
    if process.wait() != 0:
        raise BackupError(f"pg_restore cannot read the archive: {errors.strip()}")
    counts.pop("alembic_version", None)
    return SnapshotFacts(revision, dict(sorted(counts.items())))


def rows_present(engine: Engine, tables: Collection[str]) -> dict[str, int]:
    """Rows in each of ``tables`` that exists and has any."""
    with engine.connect() as connection:
        counts = {t: _count(connection, t) for t in _tables(connection) if t in tables}
    return {t: n for t, n in counts.items() if n}


def restore(archive: Path, engine: Engine) -> SnapshotFacts:
    """Replace every table of the database's schema with the archive's, in one transaction."""
    libpq, env = connection_args(engine)
    pg_restore, psql = _program("pg_restore"), _program("psql")
    with engine.connect() as connection:
        schema = _quote(connection, connection.execute(text("SELECT current_schema()")).scalar_one())
        drops = [f"DROP TABLE IF EXISTS {schema}.{_quote(connection, t)} CASCADE;\n" for t in _tables(connection)]
    engine.dispose()
    restore_args = [pg_restore, "--clean", "--if-exists", "--no-owner", "--no-privileges", "--file=-", str(archive)]
    psql_args = [psql, "--no-psqlrc", "--quiet", "--no-password", "-v", "ON_ERROR_STOP=1", f"--dbname={libpq}"]
    _pipe(restore_args, psql_args, env, "BEGIN;\n" + "".join(drops))
    with engine.connect() as connection:
        return _facts(connection)


def _pipe(restore_args: list[str], psql_args: list[str], env: dict[str, str], preamble: str) -> None:
    """pg_restore's script into psql after ``preamble``; COMMIT only if pg_restore succeeded."""
    loader = subprocess.Popen(  # noqa: S603 (no shell; a fixed program)
        psql_args, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env
    )
    reader = subprocess.Popen(restore_args, stdout=subprocess.PIPE, stderr=subprocess.PIPE)  # noqa: S603
    assert loader.stdin is not None and loader.stderr is not None
    assert reader.stdout is not None and reader.stderr is not None
    fed = _feed(loader.stdin, reader.stdout, preamble)
    reader.stdout.close()  # if psql stopped early, pg_restore must not wait on a full pipe
    read_errors = reader.stderr.read().decode("utf-8", "replace").strip()
    read_ok = reader.wait() == 0 and fed
    # Without the COMMIT, psql reaches the end of its input inside the transaction: rolled back.
    with contextlib.suppress(BrokenPipeError):
        if read_ok:
            loader.stdin.write(b"COMMIT;\n")
        loader.stdin.close()
    load_errors = loader.stderr.read().decode("utf-8", "replace").strip()
    loaded = loader.wait() == 0
    if not loaded:
        raise BackupError(f"nothing restored: psql failed: {load_errors}")
    if not read_ok:
        raise BackupError(f"nothing restored: pg_restore failed: {read_errors or 'psql stopped reading'}")


def _feed(sink: IO[bytes], source: IO[bytes], preamble: str) -> bool:
    """Copy the preamble, then pg_restore's script, into psql; False when psql stopped reading
    (it stops at the first error, and its transaction is rolled back)."""
    try:
        sink.write(preamble.encode("utf-8"))
        shutil.copyfileobj(source, sink)
    except BrokenPipeError:
        return False
    return True
