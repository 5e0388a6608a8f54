"""The statement the letter exports print: a body with three footnotes (with filler enough to push
the third onto a later page), six verified signatories in five scripts and one pending."""

from __future__ import annotations

from tests import factories

FILLER = " ".join(
    f"Sentence {i} of the report describes what the shelters saw, in words long enough to fill the line."
    for i in range(9)
)
BODY = f"""The undersigned organizations are gravely concerned by the actions of the National Guard.[^1]
Since then, 15,000 more were deployed.[^2]

{FILLER}

{FILLER}

{FILLER}

{FILLER}

{FILLER}

We urge the government to clarify the role of the National Guard.[^3]

[^1]: United States Department of State, "U.S.-Mexico Joint Declaration", 7 June 2019. https://www.state.gov/u-s-mexico-joint-declaration/
[^2]: AFP, "15 mil elementos de la Guardia Nacional", Animal Político, 24 June 2019. http://bit.ly/2xfX610
[^3]: Amnesty International, Urgent Action 93.19, https://www.amnesty.org/en/documents/amr41/0626/2019/en/
"""
NOTE_TEXTS = [
    'United States Department of State, "U.S.-Mexico Joint Declaration", 7 June 2019. '
    "https://www.state.gov/u-s-mexico-joint-declaration/",
    'AFP, "15 mil elementos de la Guardia Nacional", Animal Político, 24 June 2019. http://bit.ly/2xfX610',
    "Amnesty International, Urgent Action 93.19, https://www.amnesty.org/en/documents/amr41/0626/2019/en/",
]
CITING = [
    "gravely concerned by the actions of the National Guard.",
    "Since then, 15,000 more were deployed.",
    "We urge the government to clarify the role of the National Guard.",
]
SIGNATORIES = [
    ("Latin America Working Group", "national", "Washington", "United States"),
    ("Centro de Atención al Migrante Éxodo", "international", "Agua Prieta", "México"),
    ("Правозащитный центр «Мемориал»", "international", "Москва", "Россия"),
    ("المنظمة العربية لحقوق الإنسان", "international", "القاهرة", "مصر"),
    ("日本国際人権協会", "international", "東京", "日本"),
    ("한국인권재단", "national", "서울", "대한민국"),
]


def statement_with_signatories(**fields: object) -> None:
    s = factories.open_statement(body=BODY, **fields)
    for name, category, city, country in SIGNATORIES:
        factories.verified_signature(s, name, category=category, city=city, region="", country=country)
    factories.pending_signature(s, "Pending Coalition Not In The Letter", category="national")
