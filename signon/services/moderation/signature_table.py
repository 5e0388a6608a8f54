"""The coordinators' signatures table: one page of a statement's signatures, filtered by status
(or by what the checks at signing found) and category, searched by name, sorted, with the count
of each status. The filtering, sorting and paging run in the database, so a statement with
thousands of signatures stays quick."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, and_, case, false, func, or_, true

from signon import domains
from signon.extensions import db
from signon.models import Category, Signature
from signon.models.statuses import LIVE, SignatureStatus, Standing
from signon.names import organization_key

# The filters, in the order the page lists them. All but "all", "hidden" and "pinned" count
# signatures that are not hidden: a hidden signature counts once, as hidden. The last two count
# the live signatures (neither rejected nor withdrawn) that the checks at signing flagged.
STATUS_FILTERS = (
    ("all", "All"),
    (Standing.awaiting_approval, "Awaiting approval"),
    (Standing.awaiting_confirmation, "Awaiting confirmation"),
    (Standing.verified, "Verified"),
    (Standing.rejected, "Rejected"),
    (Standing.withdrawn, "Withdrawn"),
    ("hidden", "Hidden"),
    ("pinned", "Initiated by (pinned)"),
    ("unverified_domain", "Unverified domain"),
    ("name_warning", "Names to check"),
)
# Filters for what the checks at signing found: on the page only when they find something.
CHECK_FILTERS = frozenset(("unverified_domain", "name_warning"))
SORTS = (("date", "Newest first"), ("name", "Name"), ("category", "Category, then name"))
PER_PAGE = 50


@dataclass(frozen=True)
class TableQuery:
    status: str = "all"
    category: str = ""  # a category key; empty for every category
    search: str = ""
    sort: str = "date"
    page: int = 1
    per_page: int = PER_PAGE


@dataclass(frozen=True)
class DomainNote:
    """What the domain check at signing found, as coordinators read it."""

    verified: bool
    label: str  # "Domain verified" or "Unverified domain"
    why: str  # "email at gmail.com, a free mail provider"


@dataclass(frozen=True)
class TableRow:
    id: int
    organization_name: str
    website: str
    category: str
    place: str
    contact_name: str
    contact_role: str
    contact_email: str
    status: Standing
    status_label: str
    hidden: bool
    pinned: bool
    created_at: datetime
    domain: DomainNote | None = None
    name_warning: str = ""


@dataclass(frozen=True)
class StatusCount:
    key: str
    label: str
    count: int


@dataclass(frozen=True)
class SignatureTable:
    rows: tuple[TableRow, ...]
    counts: tuple[StatusCount, ...]
    matching: int
    page: int
    pages: int
    categories: tuple[tuple[str, str], ...]  # (key, label) in the statement's order


_LABELS = dict(STATUS_FILTERS)
UNVERIFIED = (domains.FREEMAIL, domains.MISMATCH)


def _condition(status: str) -> ColumnElement[bool]:
    shown = Signature.hidden.is_(False)
    conditions: dict[str, ColumnElement[bool]] = {
        "all": true(),
        Standing.awaiting_approval: and_(
            shown, Signature.status == SignatureStatus.pending, Signature.confirmed_at.is_not(None)
        ),
        Standing.awaiting_confirmation: and_(
            shown, Signature.status == SignatureStatus.pending, Signature.confirmed_at.is_(None)
        ),
        Standing.verified: and_(shown, Signature.status == SignatureStatus.verified),
        Standing.rejected: and_(shown, Signature.status == SignatureStatus.rejected),
        Standing.withdrawn: and_(shown, Signature.status == SignatureStatus.withdrawn),
        "hidden": Signature.hidden.is_(True),
        "pinned": Signature.pinned.is_(True),
        "unverified_domain": and_(shown, Signature.status.in_(LIVE), Signature.domain_check.in_(UNVERIFIED)),
        "name_warning": and_(shown, Signature.status.in_(LIVE), Signature.name_warning != ""),
    }
    return conditions.get(status, false())


def counts(statement_id: int) -> tuple[StatusCount, ...]:
    """How many of the statement's signatures each filter shows, in one query."""
    columns = [func.coalesce(func.sum(case((_condition(key), 1), else_=0)), 0) for key, _ in STATUS_FILTERS]
    found = db.session.execute(db.select(*columns).where(Signature.statement_id == statement_id)).one()
    return tuple(
        StatusCount(key, label, int(n))
        for (key, label), n in zip(STATUS_FILTERS, found, strict=True)
        if n or key not in CHECK_FILTERS
    )


def _search(text: str) -> ColumnElement[bool]:
    """Names as the duplicate check folds them (case, accents, punctuation), the name as
    written (the key leaves out an acronym or a legal form, which people search for too), or
    the contact."""
    folded = organization_key(text)
    plain = text.strip().lower()
    return or_(
        Signature.organization_key.contains(folded, autoescape=True) if folded else false(),
        func.lower(Signature.organization_name).contains(plain, autoescape=True),
        func.lower(Signature.contact_name).contains(plain, autoescape=True),
        func.lower(Signature.contact_email).contains(plain, autoescape=True),
    )


def page(statement_id: int, query: TableQuery) -> SignatureTable:
    """One page of the statement's signatures as the query asks; a page past the end shows the last."""
    where = [Signature.statement_id == statement_id, _condition(query.status)]
    if query.category:
        where.append(Category.key == query.category)
    if query.search.strip():
        where.append(_search(query.search))
    base = db.select(Signature, Category.label).join(Category, Signature.category_id == Category.id).where(*where)
    matching = db.session.execute(db.select(func.count()).select_from(base.subquery())).scalar_one()
    pages = max(1, -(-matching // query.per_page))
    current = min(max(query.page, 1), pages)
    order = {
        "name": (Signature.organization_key, Signature.organization_name, Signature.id),
        "category": (Category.position, Signature.organization_key, Signature.id),
    }.get(query.sort, (Signature.created_at.desc(), Signature.id.desc()))
    found = db.session.execute(base.order_by(*order).limit(query.per_page).offset((current - 1) * query.per_page))
    categories = db.session.execute(
        db.select(Category.key, Category.label).where(Category.statement_id == statement_id).order_by(Category.position)
    ).all()
    return SignatureTable(
        rows=tuple(_row(signature, label) for signature, label in found),
        counts=counts(statement_id),
        matching=matching,
        page=current,
        pages=pages,
        categories=tuple((key, label) for key, label in categories),
    )


def domain_note(signature: Signature) -> DomainNote | None:
    """The domain check's verdict with its reason; None if the signature was never checked
    (added by a coordinator, imported, or signed before the check existed)."""
    if not signature.domain_check:
        return None
    verified = signature.domain_check == domains.VERIFIED
    return DomainNote(
        verified=verified,
        label="Domain verified" if verified else "Unverified domain",
        why=domains.explain(signature.domain_check, signature.contact_email, signature.website),
    )


def _row(signature: Signature, category: str) -> TableRow:
    status = signature.standing
    return TableRow(
        id=signature.id,
        organization_name=signature.organization_name,
        website=signature.website,
        category=category,
        place=signature.place,
        contact_name=signature.contact_name,
        contact_role=signature.contact_role,
        contact_email=signature.contact_email,
        status=status,
        status_label=_LABELS[status],
        hidden=signature.hidden,
        pinned=signature.pinned,
        created_at=signature.created_at,
        domain=domain_note(signature),
        name_warning=signature.name_warning,
    )
