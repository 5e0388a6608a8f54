"""Exporting a statement: the final letter in every format, and the signatures as spreadsheets.

A finished letter file is kept per statement revision, signatory list and options, so that
the second download of a 10,000-name PDF costs nothing and a web worker is tied up once.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from flask import current_app

from signon.exports import docx, html, pdf, spreadsheet, text
from signon.exports.letter import Letter, LetterOptions, first_page_only
from signon.extensions import db
from signon.models import Category, Signature
from signon.names import sort_key
from signon.services.letters.letters import build_letter
from signon.services.statements.statements import get_by_slug

LETTER_FORMATS: dict[str, tuple[str, Callable[[Letter], bytes]]] = {
    "pdf": ("application/pdf", pdf.render_pdf),
    "docx": ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx.render_docx),
    "html": ("text/html; charset=utf-8", lambda letter: html.render_html(letter).encode("utf-8")),
    "txt": ("text/plain; charset=utf-8", lambda letter: text.render_text(letter).encode("utf-8")),
    "md": ("text/markdown; charset=utf-8", lambda letter: text.render_markdown(letter).encode("utf-8")),
}
SHEET_FORMATS = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}
FORMATS = (*LETTER_FORMATS, *SHEET_FORMATS)


@dataclass(frozen=True)
class ExportFile:
    content: bytes
    mimetype: str
    filename: str


def cache_dir() -> Path:
    configured = current_app.config.get("SIGNON_EXPORT_CACHE")
    return Path(configured) if configured else Path(current_app.instance_path) / "exports"


def _cached(folder: Path, name: str, stale: str, build: Callable[[], bytes]) -> bytes:
    """The file ``name`` in ``folder``, built once. Building it removes the files of that folder
    whose names end with ``stale``: the same format and options of an earlier revision. A cache
    that cannot be written (full disk, read-only folder) is logged and the file served anyway."""
    path = folder / name
    if path.is_file():
        return path.read_bytes()
    content = build()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        # Written aside and renamed, so a reader never sees half a file.
        handle, temporary = tempfile.mkstemp(dir=folder, prefix=".part-")
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(content)
            os.replace(temporary, path)
        finally:
            Path(temporary).unlink(missing_ok=True)
        for old in folder.glob(f"*{stale}"):
            if old != path:
                old.unlink(missing_ok=True)
    except OSError:
        current_app.logger.exception("export cache %s could not be written", folder)
    return content


def _rendered(letter: Letter, fmt: str, options: LetterOptions) -> bytes:
    _, render = LETTER_FORMATS[fmt]
    suffix = f"-{options.key}.{fmt}"
    return _cached(cache_dir() / letter.slug, f"{letter.stamp}.{fmt}", suffix, lambda: render(letter))


def letter_file(slug: str, fmt: str, options: LetterOptions | None = None) -> ExportFile:
    """The final letter with its signatories, as PDF, Word, HTML, plain text or Markdown.

    The file is kept (one folder per statement) until the statement, its signatories or the
    options change, so that asking again costs nothing."""
    if fmt not in LETTER_FORMATS:
        raise ValueError(f"format must be one of {', '.join(LETTER_FORMATS)}")
    options = options or LetterOptions()
    letter = build_letter(slug, options)
    return ExportFile(_rendered(letter, fmt, options), LETTER_FORMATS[fmt][0], f"{letter.slug}.{fmt}")


def prepare_letter_files(slug: str, formats: tuple[str, ...]) -> None:
    """Build the letter's files with the default options ahead of time, from one Letter, so
    that the first visitors do not wait. A failure is logged, not raised: the caller's change
    has happened, and a download builds a missing file itself."""
    options = LetterOptions()
    letter = build_letter(slug, options)
    for fmt in formats:
        try:
            _rendered(letter, fmt, options)
        except Exception:
            current_app.logger.exception("could not prepare the %s of %s", fmt, slug)


def first_page_png(slug: str, options: LetterOptions | None = None, *, width: int = 600) -> bytes:
    """Page 1 of the PDF the options give, as a PNG for the export screen. Laid out with only
    the names page 1 can hold, so it takes the same second for 10 names or 10,000."""
    options = options or LetterOptions()
    full = build_letter(slug, options)
    letter = first_page_only(full)
    return _cached(
        cache_dir() / full.slug,
        f"{full.stamp}.first-page.png",
        f"-{options.key}.first-page.png",
        lambda: pdf.preview_png(pdf.render_pdf(letter), width=width),
    )


def signature_rows(slug: str, statuses: tuple[str, ...] | None = None) -> list[tuple[Signature, str]]:
    """Signatures with their category label, in the order of the letter (category, then name)."""
    statement = get_by_slug(slug)
    query = (
        db.select(Signature, Category.label)
        .join(Category, Signature.category_id == Category.id)
        .where(Signature.statement_id == statement.id)
    )
    if statuses:
        query = query.where(Signature.status.in_(statuses))
    rows = [(row[0], row[1]) for row in db.session.execute(query).all()]
    positions = {c.id: c.position for c in statement.categories}
    rows.sort(key=lambda r: (positions.get(r[0].category_id, 0), sort_key(r[0].organization_name)))
    return rows


def signatures_csv(slug: str, statuses: tuple[str, ...] | None = None) -> Iterator[str]:
    """Every field of the signatures as CSV lines, streamed: for coordinators only.
    Raises StatementNotFound at once, before the first line."""
    return spreadsheet.csv_lines(signature_rows(slug, statuses))


def signatures_xlsx(slug: str, statuses: tuple[str, ...] | None = None) -> ExportFile:
    """Every field of the signatures as an XLSX workbook: for coordinators only."""
    content = spreadsheet.xlsx_bytes(signature_rows(slug, statuses))
    return ExportFile(content, SHEET_FORMATS["xlsx"], f"{slug}-signatures.xlsx")
