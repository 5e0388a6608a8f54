"""The trust checks of release 0.5.0, carried by migration 0006: the domain verdict and the
look-alike warning that signing computes, for the signatures made before migration 0005 added
their columns. A copy of signon/names.py (the organization key), signon/domains.py (the
verdict) and signon/lookalikes.py (the warning) as they were then; never edited afterwards.
"""

from __future__ import annotations

import ipaddress
import re
import unicodedata
from collections.abc import Iterable
from functools import cache, lru_cache
from pathlib import Path
from urllib.parse import urlsplit

import idna
from confusable_homoglyphs import categories, confusables  # type: ignore[import-untyped]
from publicsuffixlist import PublicSuffixList

FREE_MAIL_FILE = Path(__file__).with_name("free_mail_domains_0006.txt")

# ---------------------------------------------------------------- organization key (names.py)

_JOINING = re.compile(r"[.'’‘`´]")
_SEPARATING = re.compile(r"[\W_]+")
_INVISIBLE = re.compile("[\u00ad\u034f\u180e\u200b-\u200f\u2060-\u2064\ufeff]")


def _strip_latin_accents(text: str) -> str:
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


def organization_key(name: str) -> str:
    bare = _strip_latin_accents(_INVISIBLE.sub("", name)).casefold()
    bare = bare.replace("&", " and ")
    bare = _JOINING.sub("", bare)
    words = _SEPARATING.sub(" ", bare).split()
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    return " ".join(words)


# ---------------------------------------------------------------- domain verdict (domains.py)

VERIFIED = "verified"
FREEMAIL = "freemail"
MISMATCH = "mismatch"


@cache
def _suffixes() -> PublicSuffixList:
    return PublicSuffixList()


def _ascii_host(host: str) -> str:
    host = host.strip().rstrip(".").lower()
    if not host or host.startswith("["):
        return ""
    try:
        ipaddress.ip_address(host)
    except ValueError:
        pass
    else:
        return ""
    if host.isascii():
        return host
    try:
        return idna.encode(host, uts46=True).decode("ascii")
    except (idna.IDNAError, UnicodeError):
        return ""


def _website_host(url: str) -> str:
    url = url.strip()
    if not url:
        return ""
    try:
        host = urlsplit(url if "://" in url else f"https://{url}").hostname or ""
    except ValueError:
        return ""
    return _ascii_host(host).removeprefix("www.")


def _registrable_domain(host: str) -> str:
    return (_suffixes().privatesuffix(host) or "") if host else ""


@cache
def _free_mail_domains() -> frozenset[str]:
    lines = FREE_MAIL_FILE.read_text(encoding="utf-8").splitlines()
    found = (_ascii_host(line.partition("#")[0]) for line in lines)
    return frozenset(domain for domain in found if domain)


def domain_check(email: str, website: str) -> str:
    """VERIFIED, FREEMAIL or MISMATCH, as signing decided it in release 0.5.0."""
    mail_host = _ascii_host(email.rpartition("@")[2]) if "@" in email else ""
    providers = _free_mail_domains()
    if mail_host and (mail_host in providers or _registrable_domain(mail_host) in providers):
        return FREEMAIL
    mail_domain = _registrable_domain(mail_host)
    if mail_domain and mail_domain == _registrable_domain(_website_host(website)):
        return VERIFIED
    return MISMATCH


# ---------------------------------------------------------------- look-alike warning (lookalikes.py)

_ANY_SCRIPT = frozenset(("COMMON", "INHERITED", "Unknown"))
_WRITTEN_TOGETHER = (
    frozenset(("LATIN", "HAN", "HIRAGANA", "KATAKANA")),
    frozenset(("LATIN", "HAN", "BOPOMOFO")),
    frozenset(("LATIN", "HAN", "HANGUL")),
)
_WORD = re.compile(r"\w+")
_NUMBERS = re.compile(r"\d+")
SHORTEST_FOR_ONE_EDIT = 5


def _scripts(word: str) -> frozenset[str]:
    return frozenset(categories.alias(char) for char in word) - _ANY_SCRIPT


def _mixed_script_word(name: str) -> tuple[str, frozenset[str]] | None:
    for word in _WORD.findall(name):
        found = _scripts(word)
        if len(found) > 1 and not any(found <= together for together in _WRITTEN_TOGETHER):
            return word, found
    return None


@cache
def _representatives() -> dict[str, str]:
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
        chosen = min(group, key=lambda c: (not c.isascii(), ord(c)))
        table.update(dict.fromkeys(group, chosen))
    for char, other in strings.items():
        table[char] = "".join(table.get(c, c) for c in other)
    return table


def _skeleton(text: str) -> str:
    table = _representatives()
    return "".join(table.get(char, char) for char in unicodedata.normalize("NFD", text))


@lru_cache(maxsize=65536)
def _lookalike_keys(key: str) -> tuple[str, str]:
    return organization_key(_skeleton(key)), organization_key(_skeleton(key.upper()))


def _one_edit_apart(a: str, b: str) -> bool:
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
    if min(len(key), len(other)) < SHORTEST_FOR_ONE_EDIT or not _one_edit_apart(key, other):
        return False
    numbers, other_numbers = _NUMBERS.findall(key), _NUMBERS.findall(other)
    return not (numbers and other_numbers and numbers != other_numbers)


def _script_names(found: frozenset[str]) -> str:
    names = sorted(script.title() for script in found)
    return ", ".join(names[:-1]) + " and " + names[-1]


def name_warning(name: str, existing: Iterable[tuple[str, str]]) -> str:
    """Why ``name`` may pass for one of ``existing`` (name, key), oldest first; "" if none."""
    reasons: list[str] = []
    mixed = _mixed_script_word(name)
    if mixed is not None:
        reasons.append(f"mixed scripts ({_script_names(mixed[1])} in one word)")
    key = organization_key(name)
    small, capitals = _lookalike_keys(key)
    near = ""
    for other_name, other_key in existing:
        if other_key == key:
            continue
        other_small, other_capitals = _lookalike_keys(other_key)
        if small == other_small or capitals == other_capitals:
            reasons.append(f"looks like {other_name}: confusable characters")
            near = ""
            break
        if not near and _one_letter_apart(key, other_key):
            near = other_name
    if near:
        reasons.append(f"looks like {near}: one letter apart")
    return "; ".join(reasons)[:500]


def _variants(key: str) -> set[str]:
    """The key and every key one letter shorter: two keys one edit apart share one of these."""
    return {key, *(key[:i] + key[i + 1 :] for i in range(len(key)))}


class EarlierNames:
    """The signatures of a statement before the one being checked, indexed so that a check costs
    about the length of the name rather than the length of the list (0006 checks every older
    signature at once, and must not hold the write lock for minutes on a long list). Gives the
    answers name_warning gives for the same names in the same order."""

    def __init__(self) -> None:
        self._added = 0
        # (order added, name, key, the key's numbers)
        self._by_skeleton: dict[tuple[int, str], list[tuple[int, str, str, list[str]]]] = {}
        self._by_variant: dict[str, list[tuple[int, str, str, list[str]]]] = {}

    def add(self, name: str, key: str) -> None:
        entry = (self._added, name, key, _NUMBERS.findall(key))
        self._added += 1
        small, capitals = _lookalike_keys(key)
        self._by_skeleton.setdefault((0, small), []).append(entry)
        self._by_skeleton.setdefault((1, capitals), []).append(entry)
        if len(key) >= SHORTEST_FOR_ONE_EDIT:
            for variant in _variants(key):
                self._by_variant.setdefault(variant, []).append(entry)

    def warning(self, name: str) -> str:
        reasons: list[str] = []
        mixed = _mixed_script_word(name)
        if mixed is not None:
            reasons.append(f"mixed scripts ({_script_names(mixed[1])} in one word)")
        key = organization_key(name)
        small, capitals = _lookalike_keys(key)
        confusable = [
            entry
            for skeleton in ((0, small), (1, capitals))
            for entry in self._by_skeleton.get(skeleton, ())
            if entry[2] != key
        ]
        if confusable:
            reasons.append(f"looks like {min(confusable)[1]}: confusable characters")
        elif len(key) >= SHORTEST_FOR_ONE_EDIT:
            numbers = _NUMBERS.findall(key)
            # _one_letter_apart, its cheap test first: "Local 1199" is not "Local 1190".
            near = [
                entry
                for variant in _variants(key)
                for entry in self._by_variant.get(variant, ())
                if entry[2] != key
                and not (numbers and entry[3] and numbers != entry[3])
                and _one_edit_apart(key, entry[2])
            ]
            if near:
                reasons.append(f"looks like {min(near)[1]}: one letter apart")
        return "; ".join(reasons)[:500]
