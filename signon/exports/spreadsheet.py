"""Signatures as a spreadsheet for coordinators: every field, private contact details included."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterable, Iterator

# openpyxl ships no types (types-openpyxl is not among the dev requirements).
from openpyxl import Workbook  # type: ignore[import-untyped]
from openpyxl.cell import WriteOnlyCell  # type: ignore[import-untyped]
from openpyxl.styles import Font  # type: ignore[import-untyped]
from openpyxl.utils import get_column_letter  # type: ignore[import-untyped]

from signon.models import Signature

Column = tuple[str, Callable[[Signature, str], object]]
COLUMNS: tuple[Column, ...] = (
    ("id", lambda s, c: s.id),
    ("organization", lambda s, c: s.organization_name),
    ("category", lambda s, c: c),
    ("city", lambda s, c: s.city),
    ("region", lambda s, c: s.region),
    ("country", lambda s, c: s.country),
    ("website", lambda s, c: s.website),
    ("contact_name", lambda s, c: s.contact_name),
    ("role", lambda s, c: s.contact_role),
    ("email", lambda s, c: s.contact_email),
    ("phone", lambda s, c: s.phone),
    ("authorized", lambda s, c: "yes" if s.authorized else "no"),
    ("comment", lambda s, c: s.comment),
    ("status", lambda s, c: s.status),
    ("individual", lambda s, c: "yes" if s.individual else "no"),
    ("hidden", lambda s, c: "yes" if s.hidden else "no"),
    ("pinned", lambda s, c: "yes" if s.pinned else "no"),
    ("submitted_at", lambda s, c: s.created_at.isoformat()),
    ("confirmed_at", lambda s, c: s.confirmed_at.isoformat() if s.confirmed_at else ""),
    ("verified_at", lambda s, c: s.verified_at.isoformat() if s.verified_at else ""),
    ("ip", lambda s, c: s.source_ip),
    ("user_agent", lambda s, c: s.user_agent),
)
# A cell starting with one of these is a formula to Excel and LibreOffice.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: object) -> str:
    """Text that a spreadsheet shows as text, never runs as a formula."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def csv_lines(rows: Iterable[tuple[Signature, str]]) -> Iterator[str]:
    """UTF-8 CSV with a byte-order mark (so Excel reads accents), streamed a row at a time."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)

    def flush() -> str:
        value = buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
        return value

    writer.writerow([name for name, _ in COLUMNS])
    yield "\ufeff" + flush()
    for signature, category in rows:
        writer.writerow([neutralise(get(signature, category)) for _, get in COLUMNS])
        yield flush()


SHEET_TITLE = "Signatures"
# Column widths in characters; a column not listed gets DEFAULT_WIDTH.
WIDTHS = {
    "id": 8,
    "organization": 40,
    "website": 32,
    "contact_name": 24,
    "email": 32,
    "authorized": 11,
    "comment": 48,
    "status": 10,
    "submitted_at": 26,
    "confirmed_at": 26,
    "verified_at": 26,
    "user_agent": 40,
}
DEFAULT_WIDTH = 18
# Characters that XML 1.0 (so XLSX) cannot hold; openpyxl raises on them rather than drop them.
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")


def xlsx_bytes(rows: Iterable[tuple[Signature, str]]) -> bytes:
    """An XLSX workbook with one sheet of the CSV's columns: a bold, frozen header, then one row
    per signature, every cell a neutralised string. Written in openpyxl's write-only mode, so
    memory stays flat however many rows there are."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(SHEET_TITLE)
    sheet.freeze_panes = "A2"
    for index, (name, _) in enumerate(COLUMNS, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = WIDTHS.get(name, DEFAULT_WIDTH)
    bold = Font(bold=True)

    def text_cell(value: object, font: Font | None = None) -> WriteOnlyCell:
        cell = WriteOnlyCell(sheet, value=_XML_ILLEGAL.sub("\ufffd", neutralise(value)))
        # Always a string: openpyxl would store a value starting with "=" as a formula. The
        # quote that neutralise() adds still matters: editing the cell in Excel re-reads it.
        cell.data_type = "s"
        if font is not None:
            cell.font = font
        return cell

    sheet.append([text_cell(name, bold) for name, _ in COLUMNS])
    for signature, category in rows:
        sheet.append([text_cell(get(signature, category)) for _, get in COLUMNS])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
