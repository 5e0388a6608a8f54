"""The final letter: one object that every export format renders, and nothing else.

Frozen dataclasses and pure helpers only: the letter is built from the database in
``signon.services.letters.letters``; nothing here reads it."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, replace

from signon.exports.blocks import Block, Footnote
from signon.models.statuses import PaperSize, SignatureStatus

GROUPINGS = ("category", "alphabetical")
# After the name of a person signing in their own name, as on the public page.
INDIVIDUAL_MARK = "(individual)"
# More names than any page holds (about 60 lines of 9 pt on A4), so page 1 is never short.
FIRST_PAGE_NAMES = 120


@dataclass(frozen=True)
class LetterOptions:
    """What the coordinator chose on the export screen (or on the command line)."""

    statuses: tuple[SignatureStatus, ...] = (SignatureStatus.verified,)
    grouping: str = "category"
    show_location: bool = True
    include_addressees: bool = True
    paper: PaperSize | None = None  # None: the statement's own setting

    def __post_init__(self) -> None:
        if not self.statuses or any(status not in tuple(SignatureStatus) for status in self.statuses):
            raise ValueError(f"statuses must be among {', '.join(SignatureStatus)}")
        if self.grouping not in GROUPINGS:
            raise ValueError(f"grouping must be one of {', '.join(GROUPINGS)}")
        if self.paper is not None and self.paper not in tuple(PaperSize):
            raise ValueError(f"paper must be one of {', '.join(PaperSize)}")

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
    # A person signing in their own name, marked "(individual)" as on the public page.
    individual: bool = False

    @property
    def listed_name(self) -> str:
        """The name as the list prints it: "(individual)" after a person's."""
        return f"{self.name} {INDIVIDUAL_MARK}" if self.individual else self.name

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
    paper: PaperSize
    show_location: bool
    revision: int
    # Changes whenever anything in the letter changes: with the options, the key of a cached file.
    stamp: str
    # Under the names when an individual is among them, as on the public page; else "".
    individuals_note: str = ""

    @property
    def longest_name(self) -> int:
        return max((len(s.listed_name) for g in self.groups for s in g.signatories), default=0)


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
