"""The list of signatories, built once for the public page and for the letter in every format:
who is listed, in which group and order, and what is shown of each."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import groupby
from typing import Any

from sqlalchemy import Row

from signon.extensions import db
from signon.models import Category, Signature
from signon.models.statuses import SignatureStatus
from signon.names import sort_key
from signon.places import join_place

# The heading of the lead organizations, listed before every category.
INITIATED_BY = "Initiated by"
# Shown under the list when anyone in it signed in their own name.
INDIVIDUALS_NOTE = "Individuals sign in their own name; their affiliations are listed for identification purposes only."


@dataclass(frozen=True)
class ListedSignatory:
    name: str
    place: str
    # A person signing in their own name: the affiliation is for identification purposes only.
    individual: bool = False


@dataclass(frozen=True)
class SignatoryGroup:
    label: str  # "" when the list is one alphabetical group
    signatories: tuple[ListedSignatory, ...]


@dataclass(frozen=True)
class SignatoryList:
    groups: tuple[SignatoryGroup, ...]
    count: int
    # Changes whenever a listed signature changes (count and latest change): for cache keys.
    stamp: str

    @property
    def individuals_note(self) -> str:
        """INDIVIDUALS_NOTE when someone listed signed as an individual, else ""."""
        listed = (s for group in self.groups for s in group.signatories)
        return INDIVIDUALS_NOTE if any(s.individual for s in listed) else ""


def listing_group(pinned: bool, position: int, label: str) -> tuple[int, str]:
    """Where a signatory is listed: lead organizations (pinned) first, under INITIATED_BY,
    then the others under their category, in the statement's order."""
    return (-1, INITIATED_BY) if pinned else (position, label)


def signatory_list(
    statement_id: int,
    statuses: tuple[SignatureStatus, ...] = (SignatureStatus.verified,),
    *,
    alphabetical: bool = False,
) -> SignatoryList:
    """The signatories of a statement in these statuses, hidden ones left out, as the public
    page and the letter list them: pinned ones first under "Initiated by", the others grouped by
    category in the statement's order; or, ``alphabetical``, one list with the pinned ones at
    its head. Names sort without case, accents or a leading "The"."""
    rows = db.session.execute(
        db.select(
            Category.position,
            Category.label,
            Signature.organization_name,
            Signature.city,
            Signature.region,
            Signature.country,
            Signature.individual,
            Signature.pinned,
            Signature.updated_at,
        )
        .join(Category, Signature.category_id == Category.id)
        .where(
            Signature.statement_id == statement_id,
            Signature.status.in_(statuses),
            Signature.hidden.is_(False),
        )
    ).all()
    latest = max((r.updated_at for r in rows), default=None)
    stamp = f"{len(rows)}-{latest.timestamp() if latest else 0:.6f}"

    def listed(r: Row[Any]) -> ListedSignatory:
        return ListedSignatory(r.organization_name, join_place(r.city, r.region, r.country), r.individual)

    groups: tuple[SignatoryGroup, ...]
    if alphabetical:
        ordered = sorted(rows, key=lambda r: (not r.pinned, sort_key(r.organization_name)))
        groups = (SignatoryGroup("", tuple(listed(r) for r in ordered)),) if ordered else ()
    else:

        def where(r: Row[Any]) -> tuple[int, str]:
            return listing_group(r.pinned, r.position, r.label)

        ordered = sorted(rows, key=lambda r: (where(r)[0], sort_key(r.organization_name)))
        groups = tuple(
            SignatoryGroup(label, tuple(listed(r) for r in group)) for (_, label), group in groupby(ordered, key=where)
        )
    return SignatoryList(groups, len(rows), stamp)
