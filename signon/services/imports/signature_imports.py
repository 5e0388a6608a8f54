"""Loading signatories from a spreadsheet (CSV), on the coordinator's word.

``import_csv`` (the command line) takes a file with the fixed header ``HEADER`` and lists every
row or none. The browser's import (``mapped_imports``) maps any CSV's columns onto the same
fields and uses the same checks and the same insert: each cell is checked as the sign form
would, and every organization against the statement's signatures and the file's other rows,
by normalised name.
"""

from __future__ import annotations

import csv
import io
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from email_validator import EmailNotValidError, validate_email
from sqlalchemy.exc import IntegrityError

from signon.extensions import db
from signon.formfields import _FORBIDDEN as CONTROL_CHARACTERS
from signon.formfields import normalise_website, strip
from signon.models import Category, Signature, Statement
from signon.models.statuses import SignatureStatus
from signon.names import clean_name, organization_key
from signon.services import audit
from signon.services.errors import DomainError
from signon.services.statements import statements

HEADER = ("organization", "category", "city", "country", "website", "contact_name", "role", "email")
# What a column of an uploaded file can be mapped to: the header's fields and the region.
FIELDS = ("organization", "category", "city", "region", "country", "website", "contact_name", "role", "email")
MAX_ROWS = 20_000
# The sign form's rules (signon/public/forms.py), column by column.
REQUIRED = frozenset({"organization", "category", "city", "country", "contact_name", "email"})
MAX_LENGTH = {
    "organization": 300,
    "category": 100,
    "city": 120,
    "region": 120,
    "country": 120,
    "website": 500,
    "contact_name": 200,
    "role": 200,
    "email": 320,
}
NAMES = ("organization", "city", "region", "country", "contact_name", "role")
USER_AGENT = "csv import"


@dataclass(frozen=True)
class RowProblem:
    line: int
    message: str


@dataclass(frozen=True)
class ImportReport:
    imported: int
    # Later rows of an organization already in the file: each names both lines; only the first
    # of them is imported.
    skipped: tuple[RowProblem, ...] = ()


class SignatureImportError(DomainError):
    """The file cannot be imported; ``problems`` names each failing line. Nothing was imported."""

    def __init__(self, problems: tuple[RowProblem, ...]) -> None:
        super().__init__(f"{len(problems)} problem(s)")
        self.problems = problems


@dataclass(frozen=True)
class Row:
    line: int
    values: dict[str, str]
    category: Category
    key: str


def records(
    text: str, *, delimiter: str = ",", width: int = len(HEADER)
) -> Iterator[tuple[int, list[str]] | RowProblem]:
    """Each non-blank record with the physical line it starts on (a quoted cell may hold line
    breaks, so a record can span lines); a RowProblem ends the file if the CSV is unreadable."""
    reader = csv.reader(io.StringIO(text.removeprefix("\ufeff"), newline=""), delimiter=delimiter)
    start = 1
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield RowProblem(start, f"not readable as CSV: {exc}")
            return
        # Spreadsheets export empty rows as ",,,," and pad rows with empty trailing cells.
        while len(cells) > width and not cells[-1].strip():
            cells.pop()
        if any(cell.strip() for cell in cells):
            yield start, cells
        start = reader.line_num + 1


def cell_text(raw: str) -> str:
    # A line break inside a cell (Alt+Enter in a spreadsheet) is a space, as in a wrapped name;
    # the sign form, with single-line inputs, never receives one.
    return strip(raw.replace("\r\n", " ").replace("\r", " ").replace("\n", " "))


def _value(column: str, raw: str, categories: dict[str, Category]) -> str:
    """The cell as it will be stored; ValueError says what is wrong with it."""
    value = cell_text(raw)
    if CONTROL_CHARACTERS.search(value):
        raise ValueError("remove the invisible control characters")
    value = unicodedata.normalize("NFC", value)
    if column in NAMES:
        value = clean_name(value)
    if not value:
        if column in REQUIRED:
            raise ValueError("missing")
        return ""
    if len(value) > MAX_LENGTH[column]:
        raise ValueError(f"longer than {MAX_LENGTH[column]} characters")
    if column == "organization" and not organization_key(value):
        raise ValueError("needs letters or digits")
    if column == "category" and _label(value) not in categories:
        listed = ", ".join(c.label for c in categories.values())
        raise ValueError(f'"{value}" is not a category of this statement ({listed})')
    if column == "website":
        try:
            value = normalise_website(value)
        except ValueError:
            raise ValueError("not a web address like https://example.org") from None
        if len(value) > MAX_LENGTH[column]:
            raise ValueError(f"longer than {MAX_LENGTH[column]} characters")
    if column == "email":
        try:
            value = validate_email(value, check_deliverability=False, allow_smtputf8=False).normalized
        except EmailNotValidError as exc:
            raise ValueError(f"not a valid address ({exc})") from None
    return value


def _label(label: str) -> str:
    return " ".join(label.split()).casefold()


def categories_of(statement: Statement) -> dict[str, Category]:
    return {_label(c.label): c for c in statement.categories}


def check_fields(
    line: int, raw: dict[str, str], categories: dict[str, Category]
) -> tuple[Row | None, list[RowProblem]]:
    """The row checked field by field, in the order of ``FIELDS``."""
    values: dict[str, str] = {}
    problems: list[RowProblem] = []
    for column in FIELDS:
        if column not in raw:
            continue
        try:
            values[column] = _value(column, raw[column], categories)
        except ValueError as exc:
            problems.append(RowProblem(line, f"{column}: {exc}"))
    if problems:
        return None, problems
    category = categories[_label(values["category"])]
    return Row(line, values, category, organization_key(values["organization"])), []


def _check(line: int, cells: list[str], categories: dict[str, Category]) -> tuple[Row | None, list[RowProblem]]:
    if len(cells) != len(HEADER):
        hint = "; is a quote left open?" if any("\n" in cell or "\r" in cell for cell in cells) else ""
        message = f"expected {len(HEADER)} cells ({','.join(HEADER)}), found {len(cells)}{hint}"
        return None, [RowProblem(line, message)]
    return check_fields(line, dict(zip(HEADER, cells, strict=True)), categories)


def _taken(statement_id: int) -> dict[str, str]:
    """Keys already used on this statement (whatever the signature's status), with their names."""
    found = db.session.execute(
        db.select(Signature.organization_key, Signature.organization_name).where(Signature.statement_id == statement_id)
    )
    return {key: name for key, name in found}


# The browser's import uses it too; the command calls it by its private name, which its tests replace.
taken_keys = _taken


def already_signed(row: Row, taken: dict[str, str]) -> RowProblem:
    name, listed = row.values["organization"], taken[row.key]
    return RowProblem(row.line, f'organization: "{name}" has already signed this statement (as "{listed}")')


def _parse(text: str, categories: dict[str, Category], taken: dict[str, str]) -> tuple[list[Row], list[RowProblem]]:
    found = records(text)
    first = next(found, None)
    if first is None:
        raise SignatureImportError((RowProblem(1, f"the file is empty: expected the header {','.join(HEADER)}"),))
    if isinstance(first, RowProblem):
        raise SignatureImportError((first,))
    line, cells = first
    if [cell.strip().lower() for cell in cells] != list(HEADER):
        message = f"the header must be {','.join(HEADER)} (found {','.join(cells)})"
        raise SignatureImportError((RowProblem(line, message),))
    rows: list[Row] = []
    problems: list[RowProblem] = []
    repeated: list[RowProblem] = []
    seen: dict[str, int] = {}
    count = 0
    for record in found:
        if isinstance(record, RowProblem):
            problems.append(record)
            break
        line, cells = record
        count += 1
        if count > MAX_ROWS:
            problems.append(RowProblem(line, f"more than {MAX_ROWS:,} signatories: split the file"))
            break
        row, row_problems = _check(line, cells, categories)
        problems.extend(row_problems)
        if row is None:
            continue
        if row.key in taken:
            problems.append(already_signed(row, taken))
        elif row.key in seen:
            repeated.append(RowProblem(line, f"organization: the same organization as line {seen[row.key]}"))
        else:
            seen[row.key] = line
            rows.append(row)
    if problems:
        raise SignatureImportError(tuple(sorted(problems + repeated, key=lambda problem: problem.line)))
    if not rows:
        raise SignatureImportError((RowProblem(line + 1, "no signatories below the header"),))
    return rows, repeated


def _signature(statement_id: int, row: Row, now: datetime) -> Signature:
    v = row.values
    return Signature(
        statement_id=statement_id,
        category_id=row.category.id,
        organization_name=v["organization"],
        organization_key=row.key,
        city=v["city"],
        region=v.get("region", ""),
        country=v["country"],
        website=v.get("website", ""),
        comment="",
        contact_name=v["contact_name"],
        contact_role=v.get("role", ""),
        contact_email=v["email"],
        authorized=True,
        status=SignatureStatus.verified,
        created_at=now,
        updated_at=now,
        confirmed_at=now,
        verified_at=now,
        source_ip="",
        user_agent=USER_AGENT,
    )


def insert_rows(statement_id: int, rows: list[Row], now: datetime, actor: str, **summary: Any) -> None:
    """List the rows as verified signatures, each audited with its line, and commit; an
    IntegrityError (someone signed meanwhile) leaves the session to the caller to roll back."""
    signatures = [_signature(statement_id, row, now) for row in rows]
    db.session.add_all(signatures)
    db.session.flush()
    for row, signature in zip(rows, signatures, strict=True):
        audit.record(
            now, actor, "signature.imported", statement_id=statement_id, signature_id=signature.id, line=row.line
        )
    audit.record(now, actor, "signatures.imported", statement_id=statement_id, count=len(signatures), **summary)
    db.session.commit()


def import_csv(slug: str, text: str, now: datetime, *, actor: str) -> ImportReport:
    """List every row of a CSV file as a verified signature of the statement, on the word of
    ``actor`` (recorded in the audit trail, one event per signature with its line, and one for
    the import), or list none.

    ``text`` is the decoded file: the header row ``HEADER``, then one signatory per row; the
    category is one of the statement's labels, in any case. Every row is checked as the sign
    form checks it, and against the statement's existing signatures and the file's other rows
    by normalised organization name. Any problem raises SignatureImportError naming each line
    (its first physical line) and nothing is written; the import is one transaction. A later
    row of an organization already in the file is no problem: it is skipped, and the report
    names it with the line it repeats.
    Raises StatementNotFound for an unknown slug.
    """
    statement = statements.get_by_slug(slug)
    statement_id = statement.id
    rows, repeated = _parse(text, categories_of(statement), _taken(statement_id))
    try:
        insert_rows(statement_id, rows, now, actor)
    except IntegrityError:
        # Someone signed between the check and the insert: name the lines that now clash.
        db.session.rollback()
        taken = _taken(statement_id)
        raced = tuple(already_signed(row, taken) for row in rows if row.key in taken)
        if not raced:
            raise
        raise SignatureImportError(raced) from None
    except BaseException:
        db.session.rollback()
        raise
    return ImportReport(imported=len(rows), skipped=tuple(repeated))
