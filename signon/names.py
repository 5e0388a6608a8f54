"""Organization names: the normalised key that finds duplicates, and the key that sorts lists."""

from __future__ import annotations

import re
import unicodedata

# Dropped without leaving a gap, so that "A.C.L.U." and "ACLU", "Women's" and "Womens" meet.
_JOINING = re.compile(r"[.'’‘`´]")
_SEPARATING = re.compile(r"[\W_]+")


def clean_name(name: str) -> str:
    """The name as it is stored and shown: NFC, single spaces, no spaces at the ends."""
    return " ".join(unicodedata.normalize("NFC", name).split())


def _fold(name: str) -> list[str]:
    decomposed = unicodedata.normalize("NFKD", name)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
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
