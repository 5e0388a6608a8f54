"""Invalidating a statement's signatures in bulk: every signature still pending or verified
that came from an address or network, an email domain, or a time window (any combination).

A coordinator previews the matches first, then confirms; the confirmation carries the ids that
were previewed, and only those that still match are invalidated, so that signatures arriving
in between are never taken off the list unseen. An invalidated signature is rejected, exactly
as one rejected by hand, with an audit event each and one for the whole action. The signers
are not emailed: a flood is most often a bot's, and its addresses are often someone else's."""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from signon.extensions import db
from signon.models import Signature
from signon.models.statuses import LIVE, SignatureStatus, Standing
from signon.services import audit
from signon.services.errors import DomainError
from signon.services.statements import statements

INVALIDATED = "signature.invalidated"
SUMMARY = "signatures.invalidated"
_DOMAIN = re.compile(r"^(?=.{1,253}$)[^\s@.,;:/\\<>\"'()\[\]]+(?:\.[^\s@.,;:/\\<>\"'()\[\]]+)*$")

Network = ipaddress.IPv4Network | ipaddress.IPv6Network


class NoCriteria(DomainError):
    """Nothing to match on: invalidating "everything" is never what was meant."""


class InvalidCriterion(DomainError):
    """One criterion has the wrong shape; ``field`` names it and the message says what to type."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message


def parse_network(text: str) -> str:
    """An address ("203.0.113.7") or a network ("203.0.113.0/24", IPv4 or IPv6) in its
    canonical form; "" for none. Host bits after the prefix are ignored (203.0.113.7/24 is
    203.0.113.0/24)."""
    text = text.strip()
    if not text:
        return ""
    try:
        network = ipaddress.ip_network(text, strict=False)
    except ValueError:
        raise InvalidCriterion("ip", "Enter an IP address like 203.0.113.7, or a network like 203.0.113.0/24") from None
    full = network.prefixlen == network.max_prefixlen
    return str(network.network_address) if full else str(network)


def parse_domain(text: str) -> str:
    """An email domain ("spam.example"; a leading "@" or "*." is dropped), lower-cased; "" for none."""
    text = text.strip().lower().removeprefix("@").removeprefix("*.").rstrip(".")
    if not text:
        return ""
    if not _DOMAIN.fullmatch(text):
        raise InvalidCriterion("domain", "Enter an email domain like spam.example, without a name or @")
    return text


@dataclass(frozen=True)
class Criteria:
    """What the signatures to invalidate have in common. ``network`` and ``domain`` as returned
    by parse_network and parse_domain; the window is [submitted_from, submitted_before), aware."""

    network: str = ""
    domain: str = ""
    submitted_from: datetime | None = None
    submitted_before: datetime | None = None

    @property
    def empty(self) -> bool:
        return not (self.network or self.domain or self.submitted_from or self.submitted_before)

    def details(self) -> dict[str, str]:
        """The criteria given, for the audit trail."""
        found = {
            "ip": self.network,
            "email_domain": self.domain,
            "submitted_from": self.submitted_from.isoformat() if self.submitted_from else "",
            "submitted_before": self.submitted_before.isoformat() if self.submitted_before else "",
        }
        return {key: value for key, value in found.items() if value}


@dataclass(frozen=True)
class Match:
    id: int
    organization_name: str
    status: Standing  # verified, or awaiting confirmation or approval
    submitted_at: datetime
    email_domain: str
    source_ip: str


@dataclass(frozen=True)
class Preview:
    criteria: Criteria
    matches: tuple[Match, ...]

    @property
    def ids(self) -> tuple[int, ...]:
        return tuple(match.id for match in self.matches)


@dataclass(frozen=True)
class InvalidationReport:
    invalidated: tuple[str, ...]
    # Previewed, but taken off the list meanwhile (by a colleague, by the signer).
    no_longer_matching: int
    # Matching now, but not previewed: left alone, to be previewed again.
    new_matches: int


def _check(criteria: Criteria) -> None:
    if criteria.empty:
        raise NoCriteria("give an IP address or network, an email domain, or a time window")
    start, end = criteria.submitted_from, criteria.submitted_before
    if (start and start.tzinfo is None) or (end and end.tzinfo is None):
        raise ValueError("the time window needs aware datetimes")
    if start and end and start >= end:
        raise InvalidCriterion("submitted_until", "The end of the time window must come after its start")


def email_domain(address: str) -> str:
    return address.rpartition("@")[2].strip().lower().rstrip(".")


def _in_network(source_ip: str, network: Network) -> bool:
    try:
        address = ipaddress.ip_address(source_ip.strip())
    except ValueError:
        return False
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        # A dual-stack server reports an IPv4 client as ::ffff:203.0.113.7.
        return address.ipv4_mapped in network or address in network
    return address in network


def _matches(signature: Signature, criteria: Criteria, network: Network | None) -> bool:
    if criteria.domain:
        domain = email_domain(signature.contact_email)
        if domain != criteria.domain and not domain.endswith("." + criteria.domain):
            return False
    return network is None or _in_network(signature.source_ip, network)


def _matching(statement_id: int, criteria: Criteria) -> list[Signature]:
    """The statement's live signatures that match, oldest first. Addresses and domains are
    compared here rather than in SQL, the same way on SQLite and PostgreSQL: a statement has
    at most a few thousand signatures, and the time window narrows them first."""
    _check(criteria)
    query = db.select(Signature).where(Signature.statement_id == statement_id, Signature.status.in_(LIVE))
    if criteria.submitted_from is not None:
        query = query.where(Signature.created_at >= criteria.submitted_from)
    if criteria.submitted_before is not None:
        query = query.where(Signature.created_at < criteria.submitted_before)
    network = ipaddress.ip_network(criteria.network, strict=False) if criteria.network else None
    found = db.session.execute(query.order_by(Signature.created_at, Signature.id)).scalars()
    return [signature for signature in found if _matches(signature, criteria, network)]


def preview(statement_id: int, criteria: Criteria) -> Preview:
    """The signatures that invalidating with these criteria would take off the list. Changes
    nothing. NoCriteria when none is given; InvalidCriterion for an empty time window."""
    matches = tuple(
        Match(
            id=s.id,
            organization_name=s.organization_name,
            status=s.standing,
            submitted_at=s.created_at,
            email_domain=email_domain(s.contact_email),
            source_ip=s.source_ip,
        )
        for s in _matching(statement_id, criteria)
    )
    return Preview(criteria, matches)


def invalidate(
    statement_id: int, criteria: Criteria, previewed_ids: Iterable[int], now: datetime, *, actor: str
) -> InvalidationReport:
    """Reject the previewed signatures that still match the criteria, in one transaction: an
    audit event each (with the criteria and the status it had) and one for the action. A
    signature that matches now but was not previewed is left alone and counted."""
    previewed = set(previewed_ids)
    # Two confirmations at once (a double click, a colleague): the second waits, then finds
    # the signatures rejected already, so each change is made and recorded once.
    statements.lock(statement_id)
    current = _matching(statement_id, criteria)
    chosen = [signature for signature in current if signature.id in previewed]
    details: dict[str, Any] = dict(criteria.details())
    for signature in chosen:
        previous = signature.status
        signature.status = SignatureStatus.rejected
        signature.updated_at = now
        audit.record(
            now, actor, INVALIDATED,
            statement_id=statement_id, signature_id=signature.id, previous_status=previous, **details,
        )  # fmt: skip
    if chosen:
        audit.record(now, actor, SUMMARY, statement_id=statement_id, count=len(chosen), **details)
    db.session.commit()
    return InvalidationReport(
        invalidated=tuple(signature.organization_name for signature in chosen),
        no_longer_matching=len(previewed) - len(chosen),
        new_matches=len(current) - len(chosen),
    )


def encode_ids(ids: Sequence[int]) -> str:
    """Ids as short ranges ("12-40,45"): a flood of signatures has consecutive ids, and the
    confirmation form carries them all."""
    parts: list[str] = []
    ordered = sorted(set(ids))
    start = previous = None
    for number in [*ordered, None]:
        if number is not None and previous is not None and number == previous + 1:
            previous = number
            continue
        if start is not None:
            parts.append(str(start) if start == previous else f"{start}-{previous}")
        start = previous = number
    return ",".join(parts)


def decode_ids(text: str, largest: int) -> list[int]:
    """The ids encode_ids wrote; ValueError for anything else, or for ids above ``largest``."""
    ids: list[int] = []
    for part in filter(None, text.split(",")):
        low, _, high = part.partition("-")
        if not (low.isascii() and low.isdigit() and (not high or (high.isascii() and high.isdigit()))):
            raise ValueError(part)
        first, last = int(low), int(high or low)
        if not 0 < first <= last <= largest or len(ids) + last - first > 100_000:
            raise ValueError(part)
        ids.extend(range(first, last + 1))
    return ids
