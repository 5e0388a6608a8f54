"""The body of a letter as the HTML templates (the PDF's and the standalone page's) lay it out.

The letter's body is a flat sequence of blocks; HTML (and so the PDF's structure tags) wants
nested lists and a footnote's text where it is first cited. These small frozen shapes are what
the templates loop over, so that they only loop and branch.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from signon.exports.blocks import Block, Footnote, Run
from signon.exports.letter import Letter


@dataclass(frozen=True)
class NoteCall:
    """A footnote call. At its first call ``footnote`` is set and the template places the
    note's text there, which WeasyPrint floats to the foot of that page; a later call to the
    same note repeats only its number."""

    number: int
    footnote: Footnote | None


Inline = Run | NoteCall


@dataclass(frozen=True)
class Paragraph:
    kind: str  # "paragraph" or "heading"
    level: int
    inlines: tuple[Inline, ...]


@dataclass(frozen=True)
class Quote:
    paragraphs: tuple[tuple[Inline, ...], ...]


@dataclass(frozen=True)
class ListItem:
    inlines: tuple[Inline, ...]
    children: tuple[BodyList, ...]


@dataclass(frozen=True)
class BodyList:
    ordered: bool
    start: int
    items: tuple[ListItem, ...]


Segment = Paragraph | Quote | BodyList


@dataclass(frozen=True)
class BodyLayout:
    segments: tuple[Segment, ...]
    # Notes that no call cites (Markdown keeps them): printed as endnotes after the body.
    uncited: tuple[Footnote, ...]


class _BodyBuilder:
    """Turns the letter's blocks into segments, placing each note's text at its first call."""

    def __init__(self, footnotes: Iterable[Footnote]) -> None:
        self.notes = {note.number: note for note in footnotes}
        self.placed: set[int] = set()

    def build(self, blocks: Iterable[Block]) -> BodyLayout:
        segments: list[Segment] = []
        pending: list[Block] = []  # consecutive list items, or consecutive quoted paragraphs
        for block in blocks:
            if pending and _group(block) != _group(pending[0]):
                segments.extend(self._flush(pending))
                pending = []
            if _group(block):
                pending.append(block)
            else:
                segments.append(Paragraph(block.kind, block.level, self._inlines(block.runs)))
        segments.extend(self._flush(pending))
        uncited = tuple(note for number, note in self.notes.items() if number not in self.placed)
        return BodyLayout(tuple(segments), uncited)

    def _flush(self, pending: list[Block]) -> tuple[Segment, ...]:
        if not pending:
            return ()
        if pending[0].kind == "quote":
            return (Quote(tuple(self._inlines(block.runs) for block in pending)),)
        return self._lists(pending, min(block.level for block in pending))

    def _lists(self, items: list[Block], level: int) -> tuple[BodyList, ...]:
        """Consecutive list items as nested lists: a deeper item belongs to the item above it;
        at one level, a switch between bullets and numbers starts a new list."""
        lists: list[BodyList] = []
        index = 0
        while index < len(items):
            ordered = items[index].kind == "number"
            start = items[index].number or 1
            entries: list[ListItem] = []
            while index < len(items) and (items[index].kind == "number") == ordered:
                block = items[index]
                index += 1
                deeper: list[Block] = []
                while index < len(items) and items[index].level > level:
                    deeper.append(items[index])
                    index += 1
                children = self._lists(deeper, min(item.level for item in deeper)) if deeper else ()
                entries.append(ListItem(self._inlines(block.runs), children))
            lists.append(BodyList(ordered, start, tuple(entries)))
        return tuple(lists)

    def _inlines(self, runs: Iterable[Run]) -> tuple[Inline, ...]:
        out: list[Inline] = []
        for run in runs:
            if run.note is None:
                out.append(run)
            elif run.note in self.placed or run.note not in self.notes:
                out.append(NoteCall(run.note, None))
            else:
                self.placed.add(run.note)
                out.append(NoteCall(run.note, self.notes[run.note]))
        return tuple(out)


def _group(block: Block) -> str:
    """Which blocks gather into one element: list items with list items, quotes with quotes."""
    if block.kind in ("bullet", "number"):
        return "list"
    return "quote" if block.kind == "quote" else ""


def body_layout(letter: Letter) -> BodyLayout:
    """The letter's body as the PDF and HTML templates lay it out."""
    return _BodyBuilder(letter.footnotes).build(letter.body)
