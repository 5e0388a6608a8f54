"""The final letter: one object that every export format renders, and nothing else."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, replace
from itertools import groupby

from signon.exports.blocks import Block, Footnote, read_blocks
from signon.extensions import db
from signon.markup import render_markdown
from signon.models import Category, Signature, Statement
from signon.names import sort_key
from signon.services.statements import format_long_date, get_by_slug, listing_group

STATUSES = ("pending", "verified", "rejected", "withdrawn")
GROUPINGS = ("category", "alphabetical")
PAPER_SIZES = ("a4", "letter")
# More names than any page holds (about 60 lines of 9 pt on A4), so page 1 is never short.
FIRST_PAGE_NAMES = 120


@dataclass(frozen=True)
class LetterOptions:
    """What the coordinator chose on the export screen (or on the command line)."""

    statuses: tuple[str, ...] = ("verified",)
    grouping: str = "category"
    show_location: bool = True
    include_addressees: bool = True
    paper: str | None = None  # None: the statement's own setting

    def __post_init__(self) -> None:
        if not self.statuses or any(status not in STATUSES for status in self.statuses):
            raise ValueError(f"statuses must be among {', '.join(STATUSES)}")
        if self.grouping not in GROUPINGS:
            raise ValueError(f"grouping must be one of {', '.join(GROUPINGS)}")
        if self.paper is not None and self.paper not in PAPER_SIZES:
            raise ValueError(f"paper must be one of {', '.join(PAPER_SIZES)}")

    @property
    def key(self) -> str:
        """A short stable text for cache keys and file names."""
        return "-".join(
            [
                "+".join(sorted(self.statuses)),
                self.grouping,
                "loc" if self.show_location else "noloc",
                "addr" if self.include_addressees else "noaddr",
                self.paper or "default",
            ]
        )


@dataclass(frozen=True)
class LetterAddressee:
    name: str
    title: str
    organization: str
    address_lines: tuple[str, ...]
    email: str
    phone: str
    social_handle: str

    @property
    def lines(self) -> tuple[str, ...]:
        """The address block as it is printed, one line each."""
        contact = [
            f"Phone: {self.phone}" if self.phone else "",
            f"Email: {self.email}" if self.email else "",
            self.social_handle,
        ]
        return tuple(line for line in (self.name, self.title, self.organization, *self.address_lines, *contact) if line)


@dataclass(frozen=True)
class LetterSignatory:
    name: str
    place: str

    @property
    def right_to_left(self) -> bool:
        """Whether the name is written right to left (Arabic, Hebrew, Persian...): its first
        letter decides, as the Unicode bidirectional algorithm decides a paragraph's direction.
        Such a line is laid out right to left, so that the name is read before its place."""
        for character in self.name:
            direction = unicodedata.bidirectional(character)
            if direction in ("L", "R", "AL"):
                return direction != "L"
        return False


@dataclass(frozen=True)
class LetterGroup:
    label: str  # "" when the list is one alphabetical group
    signatories: tuple[LetterSignatory, ...]
    # How many the group holds when ``signatories`` is only its beginning (a first-page preview).
    total: int | None = None

    @property
    def size(self) -> int:
        return len(self.signatories) if self.total is None else self.total


@dataclass(frozen=True)
class Letter:
    slug: str
    title: str
    language: str
    date_text: str
    addressees: tuple[LetterAddressee, ...]
    salutation: str
    body: tuple[Block, ...]
    footnotes: tuple[Footnote, ...]
    closing: str
    groups: tuple[LetterGroup, ...]
    count: int
    paper: str
    show_location: bool
    revision: int
    # Changes whenever anything in the letter changes: with the options, the key of a cached file.
    stamp: str

    @property
    def longest_name(self) -> int:
        return max((len(s.name) for g in self.groups for s in g.signatories), default=0)


def _place(signature: Signature) -> str:
    return ", ".join(part for part in (signature.city, signature.region, signature.country) if part)


def _groups(statement: Statement, options: LetterOptions) -> tuple[tuple[LetterGroup, ...], int, str]:
    rows = db.session.execute(
        db.select(
            Category.position,
            Category.label,
            Signature.organization_name,
            Signature.city,
            Signature.region,
            Signature.country,
            Signature.updated_at,
            Signature.pinned,
        )
        .join(Category, Signature.category_id == Category.id)
        .where(
            Signature.statement_id == statement.id,
            Signature.status.in_(options.statuses),
            Signature.hidden.is_(False),
        )
    ).all()
    latest = max((r.updated_at for r in rows), default=None)
    stamp = f"{len(rows)}-{latest.timestamp() if latest else 0:.6f}"

    def signatory(r: object) -> LetterSignatory:
        parts = (r.city, r.region, r.country)  # type: ignore[attr-defined]
        place = ", ".join(p for p in parts if p) if options.show_location else ""
        return LetterSignatory(r.organization_name, place)  # type: ignore[attr-defined]

    groups: tuple[LetterGroup, ...]
    if options.grouping == "alphabetical":
        # One list, lead organizations (pinned) at its head.
        ordered = sorted(rows, key=lambda r: (not r.pinned, sort_key(r.organization_name)))
        groups = (LetterGroup("", tuple(signatory(r) for r in ordered)),) if ordered else ()
    else:
        # Lead organizations under "Initiated by", then the categories, as on the public page.
        ordered = sorted(
            rows, key=lambda r: (listing_group(r.pinned, r.position, r.label)[0], sort_key(r.organization_name))
        )
        groups = tuple(
            LetterGroup(label, tuple(signatory(r) for r in group))
            for (_, label), group in groupby(ordered, key=lambda r: listing_group(r.pinned, r.position, r.label))
        )
    return groups, len(rows), stamp


def build_letter(slug: str, options: LetterOptions | None = None) -> Letter:
    """The final letter of a statement with its signatories, as the options ask."""
    options = options or LetterOptions()
    statement = get_by_slug(slug)
    body, footnotes = read_blocks(render_markdown(statement.body))
    groups, count, signatures_stamp = _groups(statement, options)
    paper = options.paper or statement.paper_size
    addressees = tuple(
        LetterAddressee(a.name, a.title, a.organization, tuple(a.address_lines), a.email, a.phone, a.social_handle)
        for a in statement.addressees
    )
    return Letter(
        slug=statement.slug,
        title=statement.title,
        language=statement.language,
        date_text=format_long_date(statement.date, statement.language) if statement.date else "",
        addressees=addressees if options.include_addressees else (),
        salutation=statement.salutation,
        body=body,
        footnotes=footnotes,
        closing=statement.closing,
        groups=groups,
        count=count,
        paper=paper,
        show_location=options.show_location,
        revision=statement.revision,
        stamp=f"r{statement.revision}-{signatures_stamp}-{options.key}",
    )


def first_page_only(letter: Letter, names: int = FIRST_PAGE_NAMES) -> Letter:
    """The letter with only as many names as page 1 can hold, counts unchanged: page 1 comes
    out the same, and a 10,000-name list costs its preview nothing."""
    groups: list[LetterGroup] = []
    left = names
    for group in letter.groups:
        if left <= 0:
            break
        groups.append(LetterGroup(group.label, group.signatories[:left], group.size))
        left -= len(group.signatories)
    return replace(letter, groups=tuple(groups), stamp=f"{letter.stamp}-first-page")
