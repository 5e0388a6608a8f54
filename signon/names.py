"""Organization names: the normalised key that finds duplicates, and the key that sorts lists."""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from pathlib import Path

# Dropped without leaving a gap, so that "A.C.L.U." and "ACLU", "Women's" and "Womens" meet.
_JOINING = re.compile(r"[.'’‘`´]")
_SEPARATING = re.compile(r"[\W_]+")
# Invisible characters (soft hyphen, zero-width space and joiners, word joiner, BOM): a name
# that differs only by them is the same name.
_INVISIBLE = re.compile("[\u00ad\u034f\u180e\u200b-\u200f\u2060-\u2064\ufeff]")
# Of those, the ones that never mean anything in a name are dropped from what is stored too;
# the joiners (U+200C, U+200D) shape Persian and Indic scripts and stay.
_DROPPED = re.compile("[\u00ad\u200b\u2060\ufeff]")


def clean_name(name: str) -> str:
    """The name as it is stored and shown: NFC, single spaces, no spaces at the ends."""
    return " ".join(_DROPPED.sub("", unicodedata.normalize("NFC", name)).split())


def _strip_latin_accents(text: str) -> str:
    """Accents off Latin, Greek and Cyrillic letters only: in Japanese, Thai or Hindi a mark
    makes another word (ガス is not カス), so it stays."""
    kept: list[str] = []
    base = ""
    for char in unicodedata.normalize("NFKD", text):
        if unicodedata.combining(char):
            if base and ord(base) < 0x0530:
                continue
        else:
            base = char
        kept.append(char)
    return unicodedata.normalize("NFC", "".join(kept))


def _fold(name: str) -> list[str]:
    bare = _strip_latin_accents(_INVISIBLE.sub("", name)).casefold()
    bare = bare.replace("&", " and ")
    bare = _JOINING.sub("", bare)
    words = _SEPARATING.sub(" ", bare).split()
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    return words


LEGAL_FORMS_FILE = Path(__file__).parent / "data" / "legal_forms.txt"
# "Washington Office on Latin America (WOLA)", "Latin America Working Group (LAWG), Inc.",
# "Washington Office on Latin America WOLA": a last word in parentheses or in capitals, then
# at most a legal form. Only an acronym of the words before it is dropped.
_TRAILING_ACRONYM = re.compile(r"(?:\(\s*([^()\s]+)\s*\)|\b([A-Z][A-Z0-9&]+)\b)(?=([^()]*)$)")
_LONGEST_FORM = 6  # words: "S. de R. L. de C. V." folds to s de r l de c v, minus the dots' gaps


@cache
def legal_forms() -> frozenset[str]:
    """The legal-form suffixes of the data file, each folded and written without spaces
    ("S.A. de C.V." -> "sadecv"), so that "S. A. de C. V." and "SA de CV" match it too."""
    forms = set()
    for line in LEGAL_FORMS_FILE.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            forms.add("".join(_fold(line)))
    return frozenset(forms)


def _without_legal_forms(words: list[str]) -> list[str]:
    """``words`` without the legal forms at their end ("Acme Co. Ltd" -> acme), never empty."""
    forms = legal_forms()
    stripped = True
    while stripped:
        stripped = False
        for size in range(min(len(words) - 1, 2 * _LONGEST_FORM), 0, -1):
            if "".join(words[-size:]) in forms:
                words, stripped = words[:-size], True
                break
    return words


def _is_acronym_of(acronym: str, words: list[str]) -> bool:
    """Whether ``acronym`` is spelled by the initials of ``words``, in order, starting with the
    first word's and skipping any (WOLA: Washington Office on Latin America). "(USA)" after
    "Amnesty International" is no acronym of it: it says which section, and stays."""
    letters = "".join(_fold(acronym))
    if len(letters) < 2 or not words or letters[0] != words[0][0]:
        return False
    initials = iter(word[0] for word in words)
    return all(letter in initials for letter in letters)


def organization_key(name: str) -> str:
    """The key that makes one organization sign a statement once.

    It ignores case, accents, punctuation, repeated spaces, a leading "The", legal-form
    suffixes ("A.C.", "Inc.", "e.V.": signon/data/legal_forms.txt) and the name's acronym
    after it, in parentheses or in capitals ("(WOLA)", "WOLA").
    """
    for trailing in _TRAILING_ACRONYM.finditer(name):
        acronym = trailing.group(1) or trailing.group(2)
        before, after = _fold(name[: trailing.start()]), _fold(trailing.group(3))
        only_a_legal_form = _without_legal_forms(["x", *after]) == ["x"]
        if only_a_legal_form and _is_acronym_of(acronym, before):
            return " ".join(_without_legal_forms(before))
    return " ".join(_without_legal_forms(_fold(name)))


def sort_key(name: str) -> tuple[str, str]:
    """Case- and accent-insensitive order that ignores a leading "The"; ties by the name itself."""
    return (" ".join(_fold(name)), name)
