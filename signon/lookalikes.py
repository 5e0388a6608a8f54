"""Names that may pass for another signatory: "Аmnesty International" with a Cyrillic "А",
a word mixing scripts, or "Amnesty Internationall" one letter from a name already listed.
The unique key (signon.names.organization_key) refuses the same name twice; these are the
names it lets through, flagged for a coordinator to look at.

Confusable characters are compared through a skeleton, as Unicode's UTS #39 does: each
character is replaced by one representative of the characters that look like it, from Unicode's
confusables data (bundled with confusable_homoglyphs). Two names with one skeleton look alike.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import cache, lru_cache

from confusable_homoglyphs import categories, confusables  # type: ignore[import-untyped]

from signon.names import organization_key

# Characters of these belong to every script: digits, punctuation, combining marks.
_ANY_SCRIPT = frozenset(("COMMON", "INHERITED", "Unknown"))
# Scripts that are written together in one word (UTS #39, "highly restrictive"): Japanese mixes
# Han, Hiragana and Katakana, and Latin appears with any of the East Asian ones ("NGO日本").
_WRITTEN_TOGETHER = (
    frozenset(("LATIN", "HAN", "HIRAGANA", "KATAKANA")),
    frozenset(("LATIN", "HAN", "BOPOMOFO")),
    frozenset(("LATIN", "HAN", "HANGUL")),
)
_WORD = re.compile(r"\w+")
_NUMBERS = re.compile(r"\d+")
# Below this, one letter makes another name ("ACLU" and "ACLJ"): a flag would be noise.
SHORTEST_FOR_ONE_EDIT = 5


def scripts(word: str) -> frozenset[str]:
    """The scripts of a word's letters, by their Unicode names (LATIN, CYRILLIC)."""
    return frozenset(categories.alias(char) for char in word) - _ANY_SCRIPT


def mixed_script_word(name: str) -> tuple[str, frozenset[str]] | None:
    """The first word of the name whose letters come from scripts not written together, with
    those scripts; None when every word keeps to one."""
    for word in _WORD.findall(name):
        found = scripts(word)
        if len(found) > 1 and not any(found <= together for together in _WRITTEN_TOGETHER):
            return word, found
    return None


@cache
def _representatives() -> dict[str, str]:
    """Each confusable character with the representative of the characters it looks like.

    The data lists, for each character, those it may be confused with, in both directions:
    the classes are its connected parts. A character whose look-alike is a string ("m" and
    "rn") stands for that string."""
    parent: dict[str, str] = {}

    def root(char: str) -> str:
        parent.setdefault(char, char)
        while parent[char] != char:
            parent[char] = parent[parent[char]]
            char = parent[char]
        return char

    strings: dict[str, str] = {}
    for char, entries in confusables.confusables_data.items():
        if len(char) != 1:
            continue
        for entry in entries:
            # Right-to-left look-alikes come wrapped in left-to-right marks.
            other = entry["c"].strip("\u200e\u200f")
            if len(other) == 1:
                parent[root(char)] = root(other)
            elif other:
                strings[char] = other
    members: dict[str, list[str]] = {}
    for char in parent:
        members.setdefault(root(char), []).append(char)
    table: dict[str, str] = {}
    for group in members.values():
        # The same representative whatever the order of the data: ASCII first, then the lowest.
        chosen = min(group, key=lambda c: (not c.isascii(), ord(c)))
        table.update(dict.fromkeys(group, chosen))
    for char, other in strings.items():
        table[char] = "".join(table.get(c, c) for c in other)
    return table


def skeleton(text: str) -> str:
    """The text with each character replaced by the representative of its look-alikes."""
    table = _representatives()
    return "".join(table.get(char, char) for char in unicodedata.normalize("NFD", text))


@lru_cache(maxsize=65536)
def lookalike_keys(key: str) -> tuple[str, str]:
    """The skeletons of an organization key in small letters and in capitals, folded again: two
    names that share either look the same on the page. Both, because some letters pass for
    others in one case only (Greek "Κ" for "K" but "κ" not for "k"; "rn" for "m")."""
    return organization_key(skeleton(key)), organization_key(skeleton(key.upper()))


def one_edit_apart(a: str, b: str) -> bool:
    """Whether one letter inserted, deleted or replaced makes ``a`` into ``b`` (not equal)."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    start = 0
    while start < len(a) and a[start] == b[start]:
        start += 1
    if len(a) == len(b):
        return a[start + 1 :] == b[start + 1 :]
    return a[start:] == b[start + 1 :]


def _one_letter_apart(key: str, other: str) -> bool:
    if min(len(key), len(other)) < SHORTEST_FOR_ONE_EDIT or not one_edit_apart(key, other):
        return False
    # "Local 1199" and "Local 1190", "Chapter 12" and "Chapter 13": numbers name different ones.
    # A digit in place of a letter ("Intern4tional") is still flagged.
    numbers, other_numbers = _NUMBERS.findall(key), _NUMBERS.findall(other)
    return not (numbers and other_numbers and numbers != other_numbers)


def _script_names(found: frozenset[str]) -> str:
    names = sorted(script.title() for script in found)
    return ", ".join(names[:-1]) + " and " + names[-1]


def name_warning(name: str, existing: Iterable[tuple[str, str]]) -> str:
    """Why ``name`` may pass for another signatory, or "" when nothing looks wrong.

    ``existing`` holds the (name, organization key) of the signatures already there, oldest
    first; the first look-alike found is named. One pass over them, with no pairwise work
    beyond a linear comparison of keys of nearly equal length."""
    reasons: list[str] = []
    mixed = mixed_script_word(name)
    if mixed is not None:
        reasons.append(f"mixed scripts ({_script_names(mixed[1])} in one word)")
    key = organization_key(name)
    small, capitals = lookalike_keys(key)
    near = ""
    for other_name, other_key in existing:
        if other_key == key:
            continue
        other_small, other_capitals = lookalike_keys(other_key)
        if small == other_small or capitals == other_capitals:
            reasons.append(f"looks like {other_name}: confusable characters")
            near = ""
            break
        if not near and _one_letter_apart(key, other_key):
            near = other_name
    if near:
        reasons.append(f"looks like {near}: one letter apart")
    return "; ".join(reasons)[:500]
