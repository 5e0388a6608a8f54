"""A database made by any release, upgraded to head, keeps every row and every visible fact.

data/ holds, for every schema a release shipped, a database filled by that release's own code
(scripts/make_<rev>.py) and dumped for SQLite and PostgreSQL, with the facts that release
showed (<rev>.facts.json). Here each dump is loaded into a scratch database, upgraded with
today's migrations, and read back with today's code: row counts, every signature's status,
the public lists (names, categories, order, count), hidden and pinned names, statement texts;
the links emailed before the upgrade (confirmation, "this wasn't me", manage, review,
invitation, password reset) still work; one step down and up again keeps it all, or the
downgrade is refused before it touches anything.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import time
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from flask import Flask
from flask_migrate import downgrade, upgrade
from itsdangerous.timed import TimestampSigner
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.engine import make_url

import signon.clock
from signon import create_app
from signon.config import sqlalchemy_url
from signon.extensions import db as _db
from tests.conftest import base_overrides
from tests.migrations.scripts.pagefacts import listed

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"
MIGRATIONS = str(HERE.parent.parent / "migrations")
RELEASES = sorted(p.name.removesuffix(".facts.json") for p in DATA.glob("*.facts.json"))


@dataclass
class Upgraded:
    release: str
    facts: dict[str, Any]
    app: Flask
    url: str
    upgrade_error: BaseException | None
    clock: dict[str, float] = field(default_factory=dict)

    def set_clock(self, moment: datetime) -> None:
        """Both clocks (links and app) at this moment, moving on from there."""
        self.clock["offset"] = moment.timestamp() - time.time()


# --------------------------------------------------------------------------- loading the dumps


def _postgresql_server() -> str | None:
    configured = os.environ.get("DATABASE_URL", "")
    url = sqlalchemy_url(configured) if configured else ""
    return url if url.startswith("postgresql") else None


def _load_sqlite(release: str, path: Path) -> str:
    connection = sqlite3.connect(path)
    try:
        connection.executescript((DATA / f"{release}.sqlite.sql").read_text(encoding="utf-8"))
    finally:
        connection.close()
    return f"sqlite:///{path}"


@dataclass
class ScratchPostgres:
    server: str
    name: str

    def url(self) -> str:
        return make_url(self.server).set(database=self.name).render_as_string(hide_password=False)

    def _admin(self, statement: str) -> None:
        engine = create_engine(self.server, isolation_level="AUTOCOMMIT")
        try:
            with engine.connect() as connection:
                connection.execute(text(statement))
        finally:
            engine.dispose()

    def create(self, release: str) -> str:
        self.drop()
        self._admin(f'CREATE DATABASE "{self.name}"')
        libpq = make_url(self.url()).set(drivername="postgresql").render_as_string(hide_password=False)
        subprocess.run(
            ["psql", libpq, "-v", "ON_ERROR_STOP=1", "-q", "-f", str(DATA / f"{release}.postgresql.sql")],
            check=True,
            capture_output=True,
            text=True,
        )
        return self.url()

    def drop(self) -> None:
        self._admin(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')


@pytest.fixture(scope="module", params=RELEASES)
def upgraded(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory, smtp_server: Any
) -> Iterator[Upgraded]:
    """The release's database, loaded from its dump into a scratch database of our own and
    upgraded to head by today's migrations (an upgrade that raises is kept for the tests)."""
    release: str = request.param
    facts = json.loads((DATA / f"{release}.facts.json").read_text(encoding="utf-8"))
    server = _postgresql_server()
    scratch: ScratchPostgres | None = None
    if server:
        scratch = ScratchPostgres(server, f"{make_url(server).database}_release_{release}")
        url = scratch.create(release)
    else:
        url = _load_sqlite(release, tmp_path_factory.mktemp(f"release-{release}") / "signon.sqlite3")
    work = tmp_path_factory.mktemp(f"release-{release}-files")
    app = create_app(
        {
            **base_overrides(url, smtp_server.inbox.port),
            "SECRET_KEY": facts["secret_key"],
            "SIGNON_BASE_URL": facts["base_url"],
            "SIGNON_EXPORT_CACHE": str(work / "exports"),
            "SIGNON_IMPORT_DIR": str(work / "imports"),
        }
    )
    error: BaseException | None = None
    with app.app_context():
        try:
            upgrade(directory=MIGRATIONS)
        except Exception as exc:  # reported by every test of this release
            error = exc
        finally:
            _db.session.remove()
            _db.engine.dispose()
    try:
        yield Upgraded(release, facts, app, url, error)
    finally:
        with app.app_context():
            _db.session.remove()
            _db.engine.dispose()
        if scratch is not None:
            scratch.drop()


@pytest.fixture
def release(upgraded: Upgraded, monkeypatch: pytest.MonkeyPatch) -> Upgraded:
    """The upgraded database, read an hour after the release made it: links are signed and
    checked, and the app tells the time, on that clock."""
    if upgraded.upgrade_error is not None:
        pytest.fail(
            f"upgrading the {upgraded.release} database to head failed: "
            f"{type(upgraded.upgrade_error).__name__}: {upgraded.upgrade_error}"
        )
    moment = datetime.fromisoformat(upgraded.facts["made_until"]).astimezone(UTC) + timedelta(hours=1)
    upgraded.clock["offset"] = moment.timestamp() - time.time()
    monkeypatch.setattr(TimestampSigner, "get_timestamp", lambda self: int(time.time() + upgraded.clock["offset"]))
    original = signon.clock.utcnow

    def utcnow() -> datetime:
        return original() + timedelta(seconds=upgraded.clock["offset"])

    for name, module in list(sys.modules.items()):
        if (name == "signon" or name.startswith("signon.")) and getattr(module, "utcnow", None) is original:
            monkeypatch.setattr(module, "utcnow", utcnow)
    return upgraded


# --------------------------------------------------------------------------- reading the database


def _rows(app: Flask, query: str, **params: Any) -> list[dict[str, Any]]:
    with app.app_context():
        try:
            return [dict(row) for row in _db.session.execute(text(query), params).mappings()]
        finally:
            _db.session.remove()


def _tables(app: Flask) -> set[str]:
    with app.app_context():
        try:
            return set(inspect(_db.engine).get_table_names())
        finally:
            _db.engine.dispose()


def _counts(app: Flask) -> dict[str, int]:
    return {t: _rows(app, f'SELECT COUNT(*) AS n FROM "{t}"')[0]["n"] for t in sorted(_tables(app))}


def _revision(app: Flask) -> str:
    return str(_rows(app, "SELECT version_num FROM alembic_version")[0]["version_num"])


def _signatures(app: Flask, facts: dict[str, Any]) -> dict[int, dict[str, Any]]:
    """Each signature as the facts file describes it, read from the database as it is now."""
    columns = {c for s in facts["signatures"] for c in s}
    found: dict[int, dict[str, Any]] = {}
    query = "SELECT signature.*, statement.slug FROM signature JOIN statement ON statement.id = signature.statement_id"
    for row in _rows(app, query):
        found[row["id"]] = {
            "id": row["id"],
            "statement": row["slug"],
            "name": row["organization_name"],
            "status": row["status"],
            "confirmed": row["confirmed_at"] is not None,
            **{flag: bool(row[flag]) for flag in ("hidden", "pinned", "individual") if flag in columns and flag in row},
        }
    return found


def _page(app: Flask, slug: str) -> dict[str, Any]:
    response = app.test_client().get(f"/s/{slug}")
    assert response.status_code == 200, f"/s/{slug} answered {response.status_code}"
    return listed(response.get_data(as_text=True))


def _public_statements(facts: dict[str, Any]) -> list[dict[str, Any]]:
    return [s for s in facts["statements"] if s["page"] is not None]


def _names(page: dict[str, Any]) -> list[str]:
    return [name for group in page["groups"] for name in group["names"]]


# --------------------------------------------------------------------------- the rules


def test_upgrading_a_release_database_reaches_head(release: Upgraded) -> None:
    heads = sorted(p.name.split("_", 1)[0] for p in Path(MIGRATIONS, "versions").glob("[0-9]*.py"))
    assert _revision(release.app) == heads[-1]


def test_upgrading_a_release_database_keeps_every_row_of_every_table(release: Upgraded) -> None:
    now = _counts(release.app)
    lost = {t: (n, now.get(t, 0)) for t, n in release.facts["tables"].items() if now.get(t, 0) < n}
    assert not lost, f"rows lost by the upgrade (before, after): {lost}"
    added = {t: (n, now[t]) for t, n in release.facts["tables"].items() if now[t] != n}
    assert not added, f"rows added by the upgrade (before, after): {added}"


def test_upgrading_a_release_database_keeps_every_signatory_and_status(release: Upgraded) -> None:
    now = _signatures(release.app, release.facts)
    missing = [s["name"] for s in release.facts["signatures"] if s["id"] not in now]
    assert not missing, f"{len(missing)} of {len(release.facts['signatures'])} signatures gone: {missing[:10]}"
    changed = [(s, now[s["id"]]) for s in release.facts["signatures"] if now[s["id"]] != s]
    assert not changed, f"{len(changed)} signatures changed (before, after): {changed[:5]}"


def test_upgrading_a_release_database_keeps_every_public_list_in_order(release: Upgraded) -> None:
    for statement in _public_statements(release.facts):
        before, after = statement["page"], _page(release.app, statement["slug"])
        assert after["title"] == before["title"]
        assert after["count"] == before["count"], statement["slug"]
        assert [g["label"] for g in after["groups"]] == [g["label"] for g in before["groups"]], statement["slug"]
        for was, now in zip(before["groups"], after["groups"], strict=True):
            assert now["names"] == was["names"], f"{statement['slug']}, {was['label']}"


def test_upgrading_a_release_database_keeps_hidden_names_hidden_and_pinned_names_first(release: Upgraded) -> None:
    flagged = [s for s in release.facts["statements"] if s.get("hidden") or s.get("pinned")]
    if not flagged:
        pytest.skip(f"release {release.release} had no hidden or pinned signatures")
    for statement in flagged:
        page = _page(release.app, statement["slug"])
        assert not set(statement.get("hidden", [])) & set(_names(page)), statement["slug"]
        for group in page["groups"]:
            pinned = [n for n in group["names"] if n in statement.get("pinned", [])]
            assert group["names"][: len(pinned)] == pinned, f"pinned names not first in {group['label']}"


def test_upgrading_a_release_database_keeps_statement_texts_statuses_and_categories(release: Upgraded) -> None:
    for statement in release.facts["statements"]:
        (row,) = _rows(release.app, "SELECT * FROM statement WHERE slug = :slug", slug=statement["slug"])
        assert row["status"] == statement["status"]
        assert bool(row.get("published_at")) == statement["published"]
        assert bool(row["moderated"]) == statement["moderated"]
        assert {k: row[k] for k in statement["texts"]} == statement["texts"]
        labels = _rows(
            release.app, "SELECT label FROM category WHERE statement_id = :id ORDER BY position", id=row["id"]
        )
        assert [r["label"] for r in labels] == statement["categories"]
        names = _rows(
            release.app, "SELECT name FROM addressee WHERE statement_id = :id ORDER BY position", id=row["id"]
        )
        assert [r["name"] for r in names] == statement["addressees"]
        counts = _rows(
            release.app,
            "SELECT status, COUNT(*) AS n FROM signature WHERE statement_id = :id GROUP BY status",
            id=row["id"],
        )
        assert {r["status"]: r["n"] for r in counts} == statement["status_counts"], (
            "pending signatures must stay pending"
        )


def test_confirmation_links_emailed_before_the_upgrade_still_confirm(release: Upgraded) -> None:
    links = [link for link in release.facts["links"] if link["kind"] == "confirm"]
    assert links, "the fixture has no confirmation links"
    latest: dict[int, dict[str, Any]] = {}
    for link in links:
        if link["expect"] == "confirms":
            latest[link["signature_id"]] = link
    client = release.app.test_client()
    for link in links:
        page = client.get(link["path"])
        # Every link opens its page (200); on a link whose statement closed since, the page says so.
        assert page.status_code == 200, f"{link['path']} ({link['name']}): {page.status_code}"
        if link["expect"] == "closed":
            assert "This statement has closed" in page.get_data(as_text=True), f"{link['name']}: not said closed"
    slugs = {}
    for link in latest.values():
        html = client.get(link["path"]).get_data(as_text=True)
        assert 'method="post"' in html.lower(), f"no button on the confirmation page of {link['name']}"
        answer = client.post(link["path"])
        assert answer.status_code == 303, f"{link['name']}: {answer.status_code} {answer.get_data(as_text=True)[:500]}"
        slugs[link["signature_id"]] = answer.headers["Location"].split("/s/", 1)[1].split("#")[0]
    now = _signatures(release.app, release.facts)
    by_slug: dict[str, list[str]] = defaultdict(list)
    for signature_id, link in latest.items():
        assert now[signature_id]["confirmed"], f"{link['name']} not confirmed"
        statement = next(s for s in release.facts["statements"] if s["slug"] == slugs[signature_id])
        if not statement["moderated"]:
            assert now[signature_id]["status"] == "verified"
            by_slug[statement["slug"]].append(link["name"])
    for slug, names in by_slug.items():
        listed_now = _names(_page(release.app, slug))
        assert not set(names) - set(listed_now), f"confirmed but not listed on {slug}: {set(names) - set(listed_now)}"


# A link used up before the upgrade still answers with its page: an invitation accepted or
# withdrawn says it is gone (410); a signatory's page says what became of the signature (200).
USED_UP_LINK_STATUS = {"invitation": 410, "not_me": 200, "manage": 200}


@pytest.mark.parametrize("kind", ["not_me", "manage", "review", "invitation", "password_reset"])
def test_other_links_emailed_before_the_upgrade_still_open(release: Upgraded, kind: str) -> None:
    links = [link for link in release.facts["links"] if link["kind"] == kind]
    if not links:
        pytest.skip(f"release {release.release} sent no {kind} links")
    client = release.app.test_client()
    for link in links:
        if kind == "password_reset":
            # A reset link lives one hour: open it ten minutes after it was emailed.
            (row,) = _rows(release.app, "SELECT created_at FROM outbox_message WHERE id = :id", id=link["outbox_id"])
            emailed = row["created_at"]
            emailed = datetime.fromisoformat(emailed) if isinstance(emailed, str) else emailed
            release.set_clock(emailed.replace(tzinfo=emailed.tzinfo or UTC) + timedelta(minutes=10))
        response = client.get(link["path"])
        expected = link.get("expect_status", 200)
        if expected is None:  # used up before the upgrade (accepted, withdrawn, rejected)
            expected = USED_UP_LINK_STATUS[kind]
        assert response.status_code == expected, f"{kind} link {link['path']}: {response.status_code}"


def _snapshot(release: Upgraded) -> dict[str, Any]:
    return {
        "revision": _revision(release.app),
        "counts": _counts(release.app),
        "signatures": _signatures(release.app, release.facts),
    }


def test_one_step_down_and_up_again_keeps_every_fact_or_is_refused_untouched(release: Upgraded) -> None:
    before = _snapshot(release)
    pages = {s["slug"]: _page(release.app, s["slug"]) for s in _public_statements(release.facts)}
    with release.app.app_context():
        try:
            downgrade(directory=MIGRATIONS, revision="-1")
        except Exception as exc:  # a refusal is an answer: checked below
            refusal: Exception | None = exc
        else:
            refusal = None
        finally:
            _db.session.remove()
            _db.engine.dispose()
    if refusal is not None:
        assert _snapshot(release) == before, f"the refused downgrade changed the database ({refusal})"
        assert str(refusal).strip(), "a refused downgrade says why"
        return
    down = _snapshot(release)
    assert down["revision"] != before["revision"]
    for table, count in before["counts"].items():
        if table in down["counts"]:
            assert down["counts"][table] == count, f"one step down lost rows of {table}"
        else:
            assert count == 0, f"one step down dropped table {table} with {count} rows"
    with release.app.app_context():
        try:
            upgrade(directory=MIGRATIONS)
        finally:
            _db.session.remove()
            _db.engine.dispose()
    assert _snapshot(release) == before
    assert {slug: _page(release.app, slug) for slug in pages} == pages


@pytest.mark.parametrize("made_by", RELEASES)
def test_each_release_database_steps_down_once_keeping_every_row_or_refuses_untouched(
    made_by: str, tmp_path: Path, smtp_server: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    """The release's own last migration, undone on the data that release made: every downgrade
    of a schema that holds what people entered either keeps it or refuses before any change."""
    facts = json.loads((DATA / f"{made_by}.facts.json").read_text(encoding="utf-8"))
    server = _postgresql_server()
    scratch = ScratchPostgres(server, f"{make_url(server).database}_stepdown_{made_by}") if server else None
    url = scratch.create(made_by) if scratch else _load_sqlite(made_by, tmp_path / "signon.sqlite3")
    app = create_app({**base_overrides(url, smtp_server.inbox.port), "SECRET_KEY": facts["secret_key"]})
    try:
        before = (_revision(app), _counts(app))
        with app.app_context():
            try:
                downgrade(directory=MIGRATIONS, revision="-1")
                refused = False
            except SystemExit:  # Flask-Migrate's answer to a refusal, as `flask db downgrade` gives it
                refused = True
            finally:
                _db.session.remove()
                _db.engine.dispose()
        if refused:
            assert "refused, nothing was changed" in capsys.readouterr().err
            assert (_revision(app), _counts(app)) == before
        else:
            lost = {t: n for t, n in before[1].items() if n and _counts(app).get(t, 0) != n}
            assert lost == {}, f"one step down from {made_by} lost rows"
        with app.app_context():
            try:
                upgrade(directory=MIGRATIONS)
            finally:
                _db.session.remove()
                _db.engine.dispose()
        after = _counts(app)
        assert {t: n for t, n in before[1].items() if after.get(t) != n} == {}
    finally:
        with app.app_context():
            _db.engine.dispose()
        if scratch is not None:
            scratch.drop()
