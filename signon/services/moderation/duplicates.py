"""Possible duplicates among a statement's signatures: the unique key stops the same name twice,
but not "ACLU of Texas" and "ACLU Texas", a typo, or two people signing for one organization
under different names. A pair is flagged when the names are alike once common words are
removed (equal, or one or two letters apart), when both contacts write from the same domain
(free mail providers aside), or when both give the same website.

Comparing every pair would cost n² for thousands of names: candidates come from indexes
instead (each name with one letter deleted, and the rarer words), and only those are compared.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from itertools import combinations
from urllib.parse import urlsplit

from signon.domains import free_mail_domains
from signon.extensions import db
from signon.models import Category, Signature
from signon.models.statuses import LIVE, Standing
from signon.names import organization_key, sort_key

# Words that say nothing about which organization it is, in the languages signatories write.
COMMON_WORDS = frozenset(
    (
        *("the", "of", "for", "and", "in", "on", "at", "to", "a", "an", "de", "del", "la", "el", "los", "las"),
        *("y", "e", "et", "du", "des", "le", "les", "da", "do", "dos", "das"),
        *("inc", "incorporated", "llc", "ltd", "limited", "co", "corp", "corporation", "ac", "c", "sc", "ngo"),
    )
)
# Free mail providers, from the data file the domain check at signing reads too.
FREE_MAIL = free_mail_domains()
# A domain or word shared by more signatures than this is a federation's, a provider's or a
# common word: flagging every pair of them would bury the real duplicates.
MAX_SHARED = 8
_NUMBERS = re.compile(r"\d+")


@dataclass(frozen=True)
class Candidate:
    id: int
    name: str
    category: str
    place: str
    contact: str
    website: str
    status: Standing
    hidden: bool
    created_at: datetime


@dataclass(frozen=True)
class DuplicatePair:
    first: Candidate
    second: Candidate
    reasons: tuple[str, ...]

    @property
    def sides(self) -> tuple[tuple[Candidate, Candidate], ...]:
        """Each signature with the other: the one to keep, and the one merged into it."""
        return ((self.first, self.second), (self.second, self.first))


def core_name(name: str) -> str:
    """The organization key without the words every name has ("of", "the", "Inc.")."""
    return " ".join(word for word in organization_key(name).split() if word not in COMMON_WORDS)


def edit_distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance, or ``limit + 1`` as soon as it is known to exceed ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, char in enumerate(a, 1):
        current = [i]
        for j, other in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (char != other)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return min(previous[-1], limit + 1)


def allowed_distance(a: str, b: str) -> int:
    """Short names differ by a letter and mean another organization ("ACLU", "ACLJ")."""
    shorter = min(len(a), len(b))
    return 0 if shorter < 5 else 1 if shorter < 10 else 2


def email_domain(address: str) -> str:
    """The domain of an address, or "" for a free mail provider."""
    domain = address.rpartition("@")[2].strip().lower()
    return "" if domain in FREE_MAIL else domain


def website_host(url: str) -> str:
    if not url.strip():
        return ""
    host = urlsplit(url if "://" in url else f"https://{url}").hostname or ""
    return host.lower().removeprefix("www.")


def _groups(values: dict[int, str]) -> Iterable[tuple[str, list[int]]]:
    by_value: dict[str, list[int]] = defaultdict(list)
    for signature_id, value in values.items():
        if value:
            by_value[value].append(signature_id)
    return ((value, ids) for value, ids in by_value.items() if 1 < len(ids) <= MAX_SHARED)


def _name_pairs(cores: dict[int, str]) -> set[tuple[int, int]]:
    """Pairs whose core names are alike: candidates share a one-letter deletion of their core
    (which finds one edit and a swap) or a rare word (which finds two edits in other words),
    and are then measured."""
    index: dict[str, set[int]] = defaultdict(set)
    for signature_id, core in cores.items():
        if not core:
            continue
        index["=" + core].add(signature_id)
        for i in range(len(core)):
            index["-" + core[:i] + core[i + 1 :]].add(signature_id)
        for word in set(core.split()):
            index["w" + word].add(signature_id)
    candidates: set[tuple[int, int]] = set()
    for ids in index.values():
        if 1 < len(ids) <= MAX_SHARED:
            candidates.update(combinations(sorted(ids), 2))
    return {(a, b) for a, b in candidates if _alike(cores[a], cores[b])}


def _alike(a: str, b: str) -> bool:
    # "Local 1199" and "Local 1190", "Chapter 12" and "Chapter 13": numbers name different ones.
    if _NUMBERS.findall(a) != _NUMBERS.findall(b):
        return False
    limit = allowed_distance(a, b)
    return edit_distance(a, b, limit) <= limit


def possible_duplicates(statement_id: int) -> list[DuplicatePair]:
    """Pairs of the statement's live signatures (neither rejected nor withdrawn) that may be
    one organization, with the reasons, sorted by the first one's name."""
    found = db.session.execute(
        db.select(Signature, Category.label)
        .join(Category, Signature.category_id == Category.id)
        .where(Signature.statement_id == statement_id, Signature.status.in_(LIVE))
    ).all()
    signatures = {signature.id: (signature, label) for signature, label in found}
    reasons: dict[tuple[int, int], list[str]] = defaultdict(list)
    cores = {i: core_name(s.organization_name) for i, (s, _) in signatures.items()}
    for pair in _name_pairs(cores):
        reasons[pair].append("similar names")
    for domain, ids in _groups({i: email_domain(s.contact_email) for i, (s, _) in signatures.items()}):
        for pair in combinations(sorted(ids), 2):
            reasons[pair].append(f"same email domain ({domain})")
    for host, ids in _groups({i: website_host(s.website) for i, (s, _) in signatures.items()}):
        for pair in combinations(sorted(ids), 2):
            reasons[pair].append(f"same website ({host})")
    pairs = [
        DuplicatePair(_candidate(*signatures[a]), _candidate(*signatures[b]), tuple(why))
        for (a, b), why in reasons.items()
    ]
    pairs.sort(key=lambda p: (sort_key(p.first.name), sort_key(p.second.name)))
    return pairs


def _candidate(signature: Signature, category: str) -> Candidate:
    return Candidate(
        id=signature.id,
        name=signature.organization_name,
        category=category,
        place=signature.place,
        contact=f"{signature.contact_name} <{signature.contact_email}>",
        website=signature.website,
        status=signature.standing,
        hidden=signature.hidden,
        created_at=signature.created_at,
    )
