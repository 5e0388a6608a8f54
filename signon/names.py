"""Organization names: the normalised key that finds duplicates, and the key that sorts lists."""

from __future__ import annotations

import re
import unicodedata

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


def organization_key(name: str) -> str:
    """The key that makes one organization sign a statement once.

    It ignores case, accents, punctuation, repeated spaces and a leading "The".
    """
    return " ".join(_fold(name))


def sort_key(name: str) -> tuple[str, str]:
    """Case- and accent-insensitive order that ignores a leading "The"; ties by the name itself."""
    return (" ".join(_fold(name)), name)
