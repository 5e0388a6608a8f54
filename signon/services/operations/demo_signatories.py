"""A spreadsheet of made-up signatories for trying the import and the exports at scale.

The names are invented but shaped like real ones (accents, Cyrillic, Arabic and CJK scripts,
long and short), so that a 1,000-name letter shows what a real list does to the layout.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator

from signon.services.imports.signature_imports import HEADER

_KINDS = ("Coalition", "Network", "Alliance", "Center", "Project", "Council", "Institute", "Committee", "Fund")
_CAUSES = (
    "Human Rights", "Migrant Justice", "Refugee Rights", "Women's Rights", "Children's Rights",
    "Legal Aid", "Press Freedom", "Indigenous Peoples", "Labor Rights", "Faith in Action",
)  # fmt: skip
_PLACES = (
    ("National", "Washington", "United States"),
    ("State and Local", "El Paso", "United States"),
    ("State and Local", "Tucson", "United States"),
    ("State and Local", "San Diego", "United States"),
    ("International", "Ciudad de México", "México"),
    ("International", "Tegucigalpa", "Honduras"),
    ("International", "Genève", "Suisse"),
    ("National", "New York", "United States"),
)
# One in fifty is written in another script, as on real international letters.
_OTHER_SCRIPTS = (
    ("Правозащитный центр «Мемориал» {n}", "Москва", "Россия"),
    ("المنظمة العربية لحقوق الإنسان {n}", "القاهرة", "مصر"),
    ("日本国際人権協会 {n}", "東京", "日本"),
    ("한국인권재단 {n}", "서울", "대한민국"),
    ("Ελληνικό Συμβούλιο για τους Πρόσφυγες {n}", "Αθήνα", "Ελλάδα"),
)


def _row(n: int) -> list[str]:
    kind, cause = _KINDS[n % len(_KINDS)], _CAUSES[(n // len(_KINDS)) % len(_CAUSES)]
    category, city, country = _PLACES[n % len(_PLACES)]
    if n % 50 == 49:
        pattern, city, country = _OTHER_SCRIPTS[(n // 50) % len(_OTHER_SCRIPTS)]
        category, name = "International", pattern.format(n=n + 1)
    elif n % 7 == 0:
        name = f"{city} {kind} for {cause} No. {n + 1}"
    else:
        name = f"{kind} for {cause} No. {n + 1}"
    domain = f"org{n + 1}.example.org"
    return [name, category, city, country, f"https://{domain}", f"Contact {n + 1}", "Director", f"info@{domain}"]


def signatories_csv(count: int) -> Iterator[str]:
    """CSV lines that `flask signatures import` accepts for the demo statement: its header,
    then ``count`` signatories spread over the demo's three categories."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(HEADER)
    for n in range(count):
        writer.writerow(_row(n))
        if n % 500 == 499:
            yield buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
    yield buffer.getvalue()
