"""Importing signatories from any CSV file in the browser, such as a Google Form's responses:
its columns are mapped onto the fields of ``flask signatures import``, a preview says what will
happen to each row, and the import lists the rows that pass, in one transaction, and reports
those skipped and why. The cells are checked, and the rows inserted and audited, by the same
code as the command (``signature_imports``)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy.exc import IntegrityError

from signon.extensions import db
from signon.models import Statement
from signon.names import clean_name
from signon.places import join_place
from signon.services.errors import DomainError, StatementNotFound
from signon.services.imports.signature_imports import (
    FIELDS,
    Row,
    RowProblem,
    already_signed,
    categories_of,
    cell_text,
    check_fields,
    insert_rows,
    records,
    taken_keys,
)
from signon.services.statements import statements

MAX_UPLOAD_BYTES = 2 * 1024 * 1024
MAX_UPLOAD_ROWS = 5_000
# Each column is an option in each of the mapping screen's ten menus: a row of 10,000 cells
# would make a page of 100,000 options. Google Forms' sheets have a column per question.
MAX_UPLOAD_COLUMNS = 500
FIELD_LABELS = {
    "organization": "Organization name",
    "category": "Category",
    "city": "City",
    "region": "State or region",
    "country": "Country",
    "website": "Website",
    "contact_name": "Contact's name",
    "role": "Contact's role",
    "email": "Contact's email",
}
# How Google Forms and people title each column: the first column whose title matches, and is
# not taken yet, is proposed.
_TITLE_WORDS = {
    "organization": re.compile(r"organi[sz]ation|organi[sz]acion|\bgroup\b|\bcompany\b|institution|\bngo\b|\borg\b"),
    "category": re.compile(r"categor|\btype\b|\bscope\b|\blevel\b"),
    "city": re.compile(r"\bcity\b|\btown\b|ciudad|municipality"),
    "region": re.compile(r"\bstate\b|region|province|provincia|estado"),
    "country": re.compile(r"country|\bpais\b|\bpaís\b"),
    "website": re.compile(r"web|\burl\b|\bsite\b"),
    "email": re.compile(r"e-?mail|correo"),
    "role": re.compile(r"\brole\b|\btitle\b|position|cargo"),
    "contact_name": re.compile(r"name|nombre|contact|signer|signatory"),
}
# Words that also appear in the titles of other fields ("Organization website").
_GENERIC = ("organization", "contact_name")


class UploadRefused(DomainError):
    """The uploaded file cannot be read as a CSV file of signatories; the message says why."""


class UploadTooLarge(UploadRefused):
    def __init__(self) -> None:
        megabytes = MAX_UPLOAD_BYTES // (1024 * 1024)
        super().__init__(f"The file is larger than {megabytes} MB: split it into smaller files.")


@dataclass(frozen=True)
class UploadedTable:
    """The shape of an uploaded file: its column titles and how many rows follow them."""

    header: tuple[str, ...]
    rows: int


@dataclass(frozen=True)
class ColumnMapping:
    """Which column (counted from 0) of an uploaded file holds each field. ``category`` is the
    label of the category given to a row whose file has no category column or an empty cell."""

    columns: Mapping[str, int] = field(default_factory=dict)
    category: str = ""


@dataclass(frozen=True)
class RowOutcome:
    """What happens to one row of an uploaded file: imported, or skipped for ``problems``."""

    line: int
    organization: str
    category: str
    place: str
    contact: str
    problems: tuple[str, ...] = ()

    @property
    def imported(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class ImportPlan:
    rows: tuple[RowOutcome, ...]

    @property
    def imported(self) -> tuple[RowOutcome, ...]:
        return tuple(row for row in self.rows if row.imported)

    @property
    def skipped(self) -> tuple[RowOutcome, ...]:
        return tuple(row for row in self.rows if not row.imported)


def delimiter_of(text: str) -> str:
    """The separator of a CSV file, read from its first line: a comma (Google Forms), or the
    semicolon or tab that spreadsheets use in some languages."""
    first = text.removeprefix("\ufeff").split("\n", 1)[0]
    return max((",", ";", "\t"), key=first.count) if first else ","


def decode_upload(data: bytes) -> str:
    """The uploaded file as text; UploadRefused unless it is UTF-8 and within the limits."""
    if len(data) > MAX_UPLOAD_BYTES:
        raise UploadTooLarge()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise UploadRefused(
            "The file is not UTF-8 text. In Google Sheets use File > Download > CSV; in Excel, save it as “CSV UTF-8”."
        ) from None
    if "\x00" in text:
        raise UploadRefused("The file is not a CSV file: it holds binary data.")
    return text


def table_of(text: str) -> UploadedTable:
    """The file's column titles and row count; UploadRefused when it has no rows below its
    titles, is not readable as CSV, or has more than MAX_UPLOAD_ROWS rows or
    MAX_UPLOAD_COLUMNS columns."""
    found = records(text, delimiter=delimiter_of(text), width=0)
    first = next(found, None)
    if first is None:
        raise UploadRefused("The file is empty.")
    if isinstance(first, RowProblem):
        raise UploadRefused(f"The file is not readable as CSV: {first.message}.")
    if len(first[1]) > MAX_UPLOAD_COLUMNS:
        raise UploadRefused(f"The file has more than {MAX_UPLOAD_COLUMNS} columns: keep only those to import.")
    count = 0
    for record in found:
        if isinstance(record, RowProblem):
            raise UploadRefused(f"Line {record.line} is not readable as CSV: {record.message}.")
        count += 1
        if count > MAX_UPLOAD_ROWS:
            raise UploadRefused(f"The file has more than {MAX_UPLOAD_ROWS:,} rows: split it into smaller files.")
    if count == 0:
        raise UploadRefused("The file has column titles but no rows below them.")
    return UploadedTable(tuple(clean_name(cell_text(title)) for title in first[1]), count)


def guess_mapping(header: tuple[str, ...]) -> dict[str, int]:
    """The column each field most likely sits in, from the column titles. A title that names a
    specific field ("Organization website", "Contact email") is never taken for the name."""
    titles = [title.casefold() for title in header]
    specific = [name for name in _TITLE_WORDS if name not in _GENERIC]
    guessed: dict[str, int] = {}
    for name in (*specific, *_GENERIC):
        for index, title in enumerate(titles):
            if index in guessed.values() or not _TITLE_WORDS[name].search(title):
                continue
            if name in _GENERIC and any(_TITLE_WORDS[other].search(title) for other in specific):
                continue
            guessed[name] = index
            break
    return guessed


def _mapped(cells: list[str], mapping: ColumnMapping) -> dict[str, str]:
    raw = {name: "" for name in FIELDS}
    for name, index in mapping.columns.items():
        if name in raw and 0 <= index < len(cells):
            raw[name] = cells[index]
    if not cell_text(raw["category"]):
        raw["category"] = mapping.category
    return raw


def _outcome(line: int, raw: dict[str, str], problems: list[str]) -> RowOutcome:
    shown = {name: clean_name(cell_text(value)) for name, value in raw.items()}
    email = shown["email"]
    return RowOutcome(
        line=line,
        organization=shown["organization"],
        category=shown["category"],
        place=join_place(shown["city"], shown["region"], shown["country"]),
        contact=f"{shown['contact_name']} <{email}>" if email else shown["contact_name"],
        problems=tuple(problems),
    )


def _plan(statement_id: int, text: str, mapping: ColumnMapping) -> tuple[ImportPlan, list[Row]]:
    statement = db.session.get(Statement, statement_id)
    if statement is None:
        raise StatementNotFound(str(statement_id))
    categories, taken = categories_of(statement), taken_keys(statement_id)
    outcomes: list[RowOutcome] = []
    rows: list[Row] = []
    seen: dict[str, int] = {}
    found = records(text, delimiter=delimiter_of(text), width=0)
    next(found, None)  # the column titles
    for record in found:
        if isinstance(record, RowProblem):
            outcomes.append(RowOutcome(record.line, "", "", "", "", (record.message,)))
            break
        if len(outcomes) >= MAX_UPLOAD_ROWS:
            break
        line, cells = record
        raw = _mapped(cells, mapping)
        row, problems = check_fields(line, raw, categories)
        messages = [problem.message for problem in problems]
        if row is not None:
            if row.key in taken:
                messages.append(already_signed(row, taken).message)
            elif row.key in seen:
                messages.append(f"organization: the same organization as line {seen[row.key]}")
            else:
                seen[row.key] = line
                rows.append(row)
        outcomes.append(_outcome(line, raw, messages))
    return ImportPlan(tuple(outcomes)), rows


def plan_mapped(slug: str, text: str, mapping: ColumnMapping) -> ImportPlan:
    """What importing the file with this mapping would do to each row below its column titles.
    Changes nothing. Raises StatementNotFound for an unknown slug."""
    return _plan(statements.get_by_slug(slug).id, text, mapping)[0]


def import_mapped(slug: str, text: str, mapping: ColumnMapping, now: datetime, *, actor: str) -> ImportPlan:
    """List the rows that pass as verified signatures on the word of ``actor``, in one
    transaction, and skip the others (invalid cells, organizations that already signed, a
    repeat within the file). Returns what happened to each row."""
    return _import(statements.get_by_slug(slug).id, text, mapping, now, actor, retries=2)


def _import(
    statement_id: int, text: str, mapping: ColumnMapping, now: datetime, actor: str, retries: int
) -> ImportPlan:
    plan, rows = _plan(statement_id, text, mapping)
    if not rows:
        return plan
    try:
        insert_rows(statement_id, rows, now, actor, skipped=len(plan.skipped), source="browser")
    except IntegrityError:
        # Someone signed between the check and the insert: plan again against the new list.
        db.session.rollback()
        if retries == 0:
            raise
        return _import(statement_id, text, mapping, now, actor, retries - 1)
    except BaseException:
        db.session.rollback()
        raise
    return plan
