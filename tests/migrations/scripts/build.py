"""Rebuild the fixture databases of tests/migrations/data from the releases that shipped them.

    .venv/bin/python tests/migrations/scripts/build.py [rev ...]

For each release: a git worktree of its commit, its make_<rev>.py run there (THAT release's
code and migrations) on a fresh SQLite file and on a fresh PostgreSQL database, then the dumps
(`<rev>.sqlite.sql`, `<rev>.postgresql.sql`) and the facts the release showed (`<rev>.facts.json`).
Both runs share one clock, so they must report the same facts; a difference stops the build.

PostgreSQL: SIGNON_FIXTURE_PG (default postgresql://postgres@127.0.0.1:5432), where the scratch
databases mig_<rev> are created and dropped.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE.parent / "data"
REPO = HERE.parents[2]
PYTHON = sys.executable
# The last commit where each revision was the head migration. A new release adds its line here
# and its make_<rev>.py beside this file.
RELEASES = {
    "0001": "319653d",
    "0002": "2a976ea",
    "0003": "a85ed1f",
    "0004": "26f4679",
    "0005": "569b1f0a61b219e6b86f1156601ac4b251411e60",
    "0006": "26ee544fbcf665c475374d7f327e8ceca7d9a593",
}
PG_SERVER = os.environ.get("SIGNON_FIXTURE_PG", "postgresql://postgres@127.0.0.1:5432")


def run(*args: str, **kwargs: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(args, check=True, text=True, **kwargs)  # type: ignore[call-overload]


def psql(database: str, command: str) -> None:
    run("psql", f"{PG_SERVER}/{database}", "-v", "ON_ERROR_STOP=1", "-q", "-c", command)


def make(rev: str, worktree: Path, database_url: str, facts: Path, made_at: str, work: Path) -> None:
    env = {
        **os.environ,
        "PYTHONPATH": str(worktree),
        "DATABASE_URL": database_url,
        "FIXTURE_MADE_AT": made_at,
        "FIXTURE_FACTS": str(facts),
        "FIXTURE_WORK": str(work),
        "FIXTURE_COMMIT": RELEASES[rev],
    }
    # The release's own instance/config.py must not leak in; SIGNON_* from the shell neither.
    for name in [n for n in env if n.startswith(("SIGNON_", "MAIL_", "REDIS_"))]:
        del env[name]
    run(PYTHON, str(HERE / f"make_{rev}.py"), cwd=worktree, env=env)


def sqlite_dump(path: Path) -> str:
    connection = sqlite3.connect(path)
    try:
        return "\n".join(connection.iterdump()) + "\n"
    finally:
        connection.close()


def build(rev: str, keep: bool) -> None:
    commit = RELEASES[rev]
    scratch = Path(tempfile.mkdtemp(prefix=f"signon-fixture-{rev}-"))
    worktree = scratch / "worktree"
    run("git", "-C", str(REPO), "worktree", "add", "--detach", str(worktree), commit)
    made_at = datetime.now(UTC).replace(microsecond=0).isoformat()
    database = f"mig_{rev}"
    try:
        print(f"[{rev}] {commit}: SQLite", flush=True)
        sqlite_file = scratch / f"{rev}.sqlite3"
        make(rev, worktree, f"sqlite:///{sqlite_file}", scratch / "sqlite.json", made_at, scratch / "work-sqlite")
        (DATA / f"{rev}.sqlite.sql").write_text(sqlite_dump(sqlite_file), encoding="utf-8")

        print(f"[{rev}] {commit}: PostgreSQL", flush=True)
        psql("postgres", f"DROP DATABASE IF EXISTS {database} WITH (FORCE)")
        psql("postgres", f"CREATE DATABASE {database}")
        url = PG_SERVER.replace("postgresql://", "postgresql+psycopg://", 1) + f"/{database}"
        make(rev, worktree, url, scratch / "postgresql.json", made_at, scratch / "work-postgresql")
        dump = run(
            "pg_dump", "--no-owner", "--no-privileges", "--format=plain", f"{PG_SERVER}/{database}",
            capture_output=True,
        ).stdout  # fmt: skip
        (DATA / f"{rev}.postgresql.sql").write_text(dump, encoding="utf-8")

        sqlite_facts = json.loads((scratch / "sqlite.json").read_text(encoding="utf-8"))
        pg_facts = json.loads((scratch / "postgresql.json").read_text(encoding="utf-8"))
        if sqlite_facts != pg_facts:
            (DATA / f"{rev}.facts.postgresql.json").write_text(
                json.dumps(pg_facts, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
            )
            raise SystemExit(f"[{rev}] SQLite and PostgreSQL report different facts: see data/{rev}.facts.*.json")
        shutil.copy(scratch / "sqlite.json", DATA / f"{rev}.facts.json")
        counts = sqlite_facts["tables"]
        print(f"[{rev}] done: {sum(counts.values())} rows in {len(counts)} tables; {counts}", flush=True)
    finally:
        psql("postgres", f"DROP DATABASE IF EXISTS {database} WITH (FORCE)")
        run("git", "-C", str(REPO), "worktree", "remove", "--force", str(worktree))
        if not keep:
            shutil.rmtree(scratch, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("revisions", nargs="*", help="releases to rebuild (default: all)")
    parser.add_argument("--keep", action="store_true", help="keep the scratch directory (databases, exports)")
    args = parser.parse_args()
    DATA.mkdir(exist_ok=True)
    for rev in args.revisions or list(RELEASES):
        if rev not in RELEASES:
            raise SystemExit(f"unknown release {rev}: one of {', '.join(RELEASES)}")
        build(rev, args.keep)


if __name__ == "__main__":
    main()
