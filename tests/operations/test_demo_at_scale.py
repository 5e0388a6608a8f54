"""Trying Signon at scale as a new user: `flask demo signatories` writes a spreadsheet of
made-up signatories that `flask signatures import` loads, `flask statements close` ends
signing, and the final letter then exports in every format."""

from __future__ import annotations

import csv
import re
import zipfile
from pathlib import Path

from sqlalchemy import func

from signon.extensions import db as _db
from signon.models import AuditEvent, Signature, Statement
from signon.services.imports.signature_imports import HEADER

SLUG = "protect-migrant-shelters"


def invoke(runner, *args: str) -> str:
    result = runner.invoke(args=list(args))
    assert result.exit_code == 0, result.output
    return result.output


def test_demo_signatories_writes_a_csv_the_importer_accepts(app, runner, tmp_path: Path) -> None:
    path = tmp_path / "signatories.csv"
    invoke(runner, "demo", "load")
    output = invoke(runner, "demo", "signatories", "--count", "300", "--output", str(path))
    assert f"flask --app app signatures import {SLUG} {path}" in output

    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    assert tuple(rows[0]) == HEADER
    assert len(rows) == 301
    names = [r[0] for r in rows[1:]]
    assert len(set(names)) == 300
    assert any("Мемориал" in name for name in names) and any("日本" in name for name in names)
    assert {r[1] for r in rows[1:]} == {"National", "State and Local", "International"}

    assert "imported 300 signatories" in invoke(runner, "signatures", "import", SLUG, str(path))
    with app.app_context():
        statement_id = _db.session.execute(_db.select(Statement.id).where(Statement.slug == SLUG)).scalar_one()
        verified = _db.session.execute(
            _db.select(func.count()).where(Signature.statement_id == statement_id, Signature.status == "verified")
        ).scalar_one()
        imported = _db.session.execute(
            _db.select(func.count()).where(AuditEvent.action == "signature.imported")
        ).scalar_one()
    assert verified == 300 + 6  # the demo's own six
    assert imported == 300


def test_demo_signatories_refuses_a_count_out_of_range(app, runner, tmp_path: Path) -> None:
    result = runner.invoke(args=["demo", "signatories", "--count", "0", "--output", str(tmp_path / "x.csv")])
    assert result.exit_code == 2
    assert not (tmp_path / "x.csv").exists()


def test_statements_close_stops_signing_and_is_recorded(app, runner, client) -> None:
    invoke(runner, "demo", "load")
    assert "closed http://signon.example.org/s/protect-migrant-shelters" in invoke(runner, "statements", "close", SLUG)
    assert f"{SLUG} was already closed" in invoke(runner, "statements", "close", SLUG)

    assert client.get(f"/s/{SLUG}/sign").status_code == 410
    assert client.get(f"/s/{SLUG}").status_code == 200
    with app.app_context():
        closed = _db.session.execute(
            _db.select(func.count()).where(AuditEvent.action == "statement.closed")
        ).scalar_one()
    assert closed == 1


def test_statements_close_names_an_unknown_slug(app, runner) -> None:
    result = runner.invoke(args=["statements", "close", "no-such-letter"])
    assert result.exit_code == 1
    assert "no statement with the slug 'no-such-letter'" in result.output


def test_the_closed_demo_with_imported_signatories_exports_in_every_format(app, runner, tmp_path: Path) -> None:
    path = tmp_path / "signatories.csv"
    invoke(runner, "demo", "load")
    invoke(runner, "demo", "signatories", "--count", "120", "--output", str(path))
    invoke(runner, "signatures", "import", SLUG, str(path))
    invoke(runner, "statements", "close", SLUG)
    last = "Committee for Refugee Rights No. 116"  # an imported name, listed in every letter format

    for fmt in ("pdf", "docx", "html", "txt", "md", "csv", "xlsx"):
        out = tmp_path / f"letter.{fmt}"
        invoke(runner, "statements", "export", SLUG, "--format", fmt, "--output", str(out))
        content = out.read_bytes()
        if fmt == "pdf":
            assert content.startswith(b"%PDF")
        elif fmt in ("docx", "xlsx"):
            assert zipfile.is_zipfile(out)
        else:
            text = content.decode("utf-8-sig")
            assert last in text
            if fmt != "csv":
                assert re.search(r"Signatories \(126\b", text, re.IGNORECASE)
