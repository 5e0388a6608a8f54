"""`flask statements export SLUG --format F --output FILE`: the final letter or the signatures
written to a file, with the same choices as the export screen."""

from __future__ import annotations

import csv
import io
import os
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook

from signon.exports.spreadsheet import COLUMNS
from tests import factories

SLUG = "national-guard-letter"
TITLE = "U.S. NGOs Denounce National Guard Actions in Migration Enforcement"


# --------------------------------------------------------------------------- helpers


def export(runner, output: Path, fmt: str, *options: str, slug: str = SLUG):
    return runner.invoke(args=["statements", "export", slug, "--format", fmt, "--output", str(output), *options])


def exported(runner, tmp_path: Path, fmt: str, *options: str) -> Path:
    output = tmp_path / f"out.{fmt}"
    result = export(runner, output, fmt, *options)
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == f"wrote {output} ({output.stat().st_size:,} bytes)"
    return output


def exported_text(runner, tmp_path: Path, *options: str, fmt: str = "txt") -> str:
    return exported(runner, tmp_path, fmt, *options).read_text(encoding="utf-8")


def error_line(result) -> str:
    """The one line the command printed on stderr."""
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.output
    assert "Traceback" not in result.output
    return lines[0]


def pdftotext(path: Path) -> str:
    tool = shutil.which("pdftotext")
    if tool is None:
        reason = "pdftotext not found (apt-get install -y poppler-utils)"
        if os.environ.get("CI") == "true":
            pytest.fail(reason)
        pytest.skip(reason)
    out = subprocess.run([tool, "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True, text=True).stdout
    return " ".join(out.split())


@pytest.fixture
def statement(db):
    s = factories.open_statement(SLUG)
    factories.verified_signature(
        s, "Latin America Working Group", category="national", city="Tucson", region="AZ", email="lisa@lawg.example.org"
    )
    factories.verified_signature(
        s,
        "Centro de Atención al Migrante Exodus",
        category="international",
        city="Agua Prieta",
        region="Sonora",
        country="Mexico",
        email="ana@came.example.org",
    )
    factories.pending_signature(s, "Kino Border Initiative", email="joanna@kino.example.org")
    factories.signature(s, "Withdrawn Alliance", status="withdrawn", email="wendy@withdrawn.example.org")
    return s


# --------------------------------------------------------------------------- each format


def test_pdf_is_written_with_the_title_and_the_verified_signatories(runner, statement, tmp_path):
    path = exported(runner, tmp_path, "pdf")
    assert path.read_bytes().startswith(b"%PDF-")
    text = pdftotext(path)
    assert TITLE in text
    assert "Latin America Working Group" in text
    assert "Kino Border Initiative" not in text
    assert "lisa@lawg.example.org" not in text


def test_docx_is_a_word_document(runner, statement, tmp_path):
    path = exported(runner, tmp_path, "docx")
    with zipfile.ZipFile(path) as archive:
        assert "[Content_Types].xml" in archive.namelist()
        document = archive.read("word/document.xml").decode("utf-8")
    assert TITLE in document
    assert "Centro de Atención al Migrante Exodus" in document


def test_html_is_a_web_page(runner, statement, tmp_path):
    html = exported_text(runner, tmp_path, fmt="html")
    assert html.lower().lstrip().startswith("<!doctype html")
    assert TITLE in html
    assert "Latin America Working Group" in html


def test_txt_is_the_letter_as_plain_text(runner, statement, tmp_path):
    text = exported_text(runner, tmp_path)
    assert TITLE in text.splitlines()
    assert "- Latin America Working Group, Tucson, AZ, United States" in text
    assert "SIGNATORIES (2 signatories)" in text


def test_md_is_the_letter_as_markdown(runner, statement, tmp_path):
    md = exported_text(runner, tmp_path, fmt="md").splitlines()
    assert f"# {TITLE}" in md
    assert "## Signatories (2)" in md
    assert "### National" in md


def test_csv_has_a_byte_order_mark_the_header_and_the_contact_emails(runner, statement, tmp_path):
    raw = exported(runner, tmp_path, "csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    assert raw.count(b"\xef\xbb\xbf") == 1
    reader = csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline=""))
    assert next(reader) == [name for name, _ in COLUMNS]
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert {r["email"] for r in rows} == {"lisa@lawg.example.org", "ana@came.example.org"}


def test_xlsx_opens_in_openpyxl_with_the_header_and_the_signatures(runner, statement, tmp_path):
    workbook = load_workbook(exported(runner, tmp_path, "xlsx"), read_only=True)
    rows = list(workbook.active.iter_rows(values_only=True))
    assert list(rows[0]) == [name for name, _ in COLUMNS]
    email = rows[0].index("email")
    assert {row[email] for row in rows[1:]} == {"lisa@lawg.example.org", "ana@came.example.org"}


def test_an_existing_file_is_replaced(runner, statement, tmp_path):
    output = tmp_path / "out.txt"
    output.write_text("an older export, much longer than the new one " * 1000, encoding="utf-8")
    assert export(runner, output, "txt").exit_code == 0
    assert output.read_text(encoding="utf-8").startswith("June 27, 2019")


# --------------------------------------------------------------------------- options


def test_status_options_choose_the_signatures(runner, statement, tmp_path):
    text = exported_text(runner, tmp_path, "--status", "pending")
    assert "Kino Border Initiative" in text
    assert "Latin America Working Group" not in text

    text = exported_text(runner, tmp_path, "--status", "verified", "--status", "withdrawn")
    assert "Withdrawn Alliance" in text
    assert "Latin America Working Group" in text
    assert "Kino Border Initiative" not in text


def test_status_options_choose_the_rows_of_the_csv(runner, statement, tmp_path):
    raw = exported(runner, tmp_path, "csv", "--status", "pending", "--status", "withdrawn").read_bytes()
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert {r["status"] for r in rows} == {"pending", "withdrawn"}


def test_alphabetical_grouping_is_one_list_without_category_headings(runner, statement, tmp_path):
    lines = exported_text(runner, tmp_path, "--grouping", "alphabetical").splitlines()
    assert "National" not in lines
    assert "International" not in lines
    names = [line for line in lines if line.startswith("- ")]
    assert names[0].startswith("- Centro de Atención")
    assert names[1].startswith("- Latin America Working Group")


def test_hide_location_leaves_out_every_place(runner, statement, tmp_path):
    text = exported_text(runner, tmp_path, "--hide-location")
    assert "- Latin America Working Group\n" in text
    for place in ("Tucson", "Agua Prieta", "Sonora"):
        assert place not in text


def test_no_addressees_leaves_out_the_addressee_block(runner, statement, tmp_path):
    assert "Andrés Manuel López Obrador" in exported_text(runner, tmp_path)
    text = exported_text(runner, tmp_path, "--no-addressees")
    assert "Andrés Manuel López Obrador" not in text
    assert TITLE in text


def test_paper_option_sets_the_page_size_of_the_pdf(runner, statement, tmp_path):
    pdfinfo = shutil.which("pdfinfo")
    if pdfinfo is None:
        pytest.skip("pdfinfo not found (apt-get install -y poppler-utils)")
    for paper, size in (("letter", "612 x 792 pts"), ("a4", "595.")):
        path = exported(runner, tmp_path, "pdf", "--paper", paper)
        info = subprocess.run([pdfinfo, str(path)], check=True, capture_output=True, text=True).stdout
        assert size in info, info


# --------------------------------------------------------------------------- mistakes


@pytest.mark.parametrize("fmt", ["pdf", "csv", "xlsx"])
def test_an_unknown_slug_exits_1_with_one_line_and_writes_nothing(runner, statement, tmp_path, fmt):
    output = tmp_path / f"out.{fmt}"
    result = export(runner, output, fmt, slug="no-such-letter")
    assert result.exit_code == 1
    assert error_line(result) == "Error: no statement with the slug 'no-such-letter'"
    assert not output.exists()


@pytest.mark.parametrize(
    "args",
    [
        pytest.param(["--format", "exe"], id="unknown format"),
        pytest.param(["--format", "pdf", "--status", "deleted"], id="unknown status"),
        pytest.param(["--format", "pdf", "--grouping", "by-country"], id="unknown grouping"),
        pytest.param(["--format", "pdf", "--paper", "a3"], id="unknown paper"),
    ],
)
def test_a_bad_choice_is_a_usage_error_with_exit_2(runner, statement, tmp_path, args):
    output = tmp_path / "out"
    result = runner.invoke(args=["statements", "export", SLUG, "--output", str(output), *args])
    assert result.exit_code == 2
    assert "Invalid value" in result.stderr
    assert "Traceback" not in result.output
    assert not output.exists()


def test_the_format_and_the_output_are_required(runner, statement, tmp_path):
    assert runner.invoke(args=["statements", "export", SLUG, "--output", str(tmp_path / "out")]).exit_code == 2
    assert runner.invoke(args=["statements", "export", SLUG, "--format", "pdf"]).exit_code == 2


@pytest.mark.parametrize("fmt", ["txt", "pdf", "csv"])
def test_an_output_path_in_a_missing_folder_exits_1_with_a_message(runner, statement, tmp_path, fmt):
    output = tmp_path / "no-such-folder" / f"out.{fmt}"
    result = export(runner, output, fmt)
    assert result.exit_code == 1
    line = error_line(result)
    assert line.startswith(f"Error: {output}: ")
    assert "No such file or directory" in line


@pytest.mark.parametrize("fmt", ["txt", "xlsx", "csv"])
def test_an_output_path_under_a_file_exits_1_with_a_message(runner, statement, tmp_path, fmt):
    """Unwritable even for root: the "folder" is a file."""
    (tmp_path / "notes.txt").write_text("a file, not a folder", encoding="utf-8")
    output = tmp_path / "notes.txt" / f"out.{fmt}"
    result = export(runner, output, fmt)
    assert result.exit_code == 1
    assert error_line(result) == f"Error: {output}: Not a directory"


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root may write anywhere")
@pytest.mark.parametrize("fmt", ["txt", "csv"])
def test_an_output_path_in_a_read_only_folder_exits_1_with_a_message(runner, statement, tmp_path, fmt):
    folder = tmp_path / "read-only"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        output = folder / f"out.{fmt}"
        result = export(runner, output, fmt)
        assert result.exit_code == 1
        assert error_line(result) == f"Error: {output}: Permission denied"
        assert not output.exists()
    finally:
        folder.chmod(0o755)


def test_an_output_path_that_is_a_folder_is_refused(runner, statement, tmp_path):
    result = export(runner, tmp_path, "txt")
    # Refused by --output's own check (a file, not a folder): click's usage error.
    assert result.exit_code == 2
    assert "is a directory" in result.output
    assert "Traceback" not in result.output
