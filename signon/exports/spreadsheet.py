"""Signatures as a spreadsheet for coordinators: every field, private contact details included."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable, Iterator

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
    ("authorized", lambda s, c: "yes" if s.authorized else "no"),
    ("comment", lambda s, c: s.comment),
    ("status", lambda s, c: s.status),
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
