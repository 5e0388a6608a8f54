"""The body of a letter as blocks of text runs, read from the sanitised HTML of its Markdown.

Every export format renders these blocks, so a footnote, a link or an emphasis means the same
thing in the PDF, the Word file and the plain text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser

BLOCK_KINDS = ("paragraph", "heading", "bullet", "number", "quote")


@dataclass(frozen=True)
class Run:
    """A stretch of text with one style. A run with ``note`` set is a footnote call; its
    text is empty and ``note`` is the footnote's number."""

    text: str
    bold: bool = False
    italic: bool = False
    href: str | None = None
    note: int | None = None


@dataclass(frozen=True)
class Block:
    """A paragraph, a heading (``level`` 2 to 6), a list item (``level`` = nesting depth from 0;
    ``number`` = its position in a numbered list, from 1) or a quoted paragraph."""

    kind: str
    runs: tuple[Run, ...]
    level: int = 0
    number: int = 0

    @property
    def text(self) -> str:
        return "".join(run.text for run in self.runs)


@dataclass(frozen=True)
class Footnote:
    number: int
    runs: tuple[Run, ...]

    @property
    def text(self) -> str:
        return "".join(run.text for run in self.runs)


@dataclass
class _List:
    ordered: bool
    count: int = 0


@dataclass
class _State:
    blocks: list[Block] = field(default_factory=list)
    notes: dict[str, list[Run]] = field(default_factory=dict)
    note_order: list[str] = field(default_factory=list)


class _BlockReader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.state = _State()
        self.runs: list[Run] = []
        self.kind = "paragraph"
        self.level = 0
        self.number = 0
        self.bold = 0
        self.italic = 0
        self.href: str | None = None
        self.lists: list[_List] = []
        self.quote = 0
        self.in_notes = False
        self.note_label: str | None = None
        self.call_target: str | None = None
        self.skip = 0

    # --- helpers
    def _flush(self) -> None:
        runs = _tidy(self.runs)
        self.runs = []
        if not runs:
            return
        if self.in_notes and self.note_label is not None:
            existing = self.state.notes.setdefault(self.note_label, [])
            if existing:
                existing.append(Run(" "))
            existing.extend(runs)
            return
        kind = "quote" if self.quote and self.kind == "paragraph" else self.kind
        self.state.blocks.append(Block(kind, tuple(runs), self.level, self.number))

    def _add(self, text: str) -> None:
        if self.skip or not text:
            return
        self.runs.append(Run(text, bool(self.bold), bool(self.italic), self.href))

    # --- parser callbacks
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        classes = (attributes.get("class") or "").split()
        if tag == "div" and "footnote" in classes:
            self._flush()
            self.in_notes = True
        elif tag == "li" and self.in_notes:
            self.note_label = (attributes.get("id") or "").removeprefix("fn:")
            self.state.note_order.append(self.note_label)
        elif tag in ("p", "tr"):
            self._flush()
            if not self.lists:
                self.kind, self.level, self.number = "paragraph", 0, 0
        elif tag in ("h2", "h3", "h4", "h5", "h6", "h1"):
            self._flush()
            self.kind, self.level, self.number = "heading", max(int(tag[1]), 2), 0
        elif tag in ("ul", "ol") and not self.in_notes:
            self._flush()
            self.lists.append(_List(ordered=tag == "ol", count=int(attributes.get("start") or 1) - 1))
        elif tag == "li" and self.lists:
            self._flush()
            current = self.lists[-1]
            current.count += 1
            self.kind = "number" if current.ordered else "bullet"
            self.level, self.number = len(self.lists) - 1, current.count if current.ordered else 0
        elif tag == "blockquote":
            self._flush()
            self.quote += 1
        elif tag in ("strong", "b"):
            self.bold += 1
        elif tag in ("em", "i"):
            self.italic += 1
        elif tag == "a" and "footnote-backref" in classes:
            self.skip += 1
        elif tag == "a" and "footnote-ref" in classes:
            self.call_target = (attributes.get("href") or "").removeprefix("#fn:")
            self.skip += 1
        elif tag == "a":
            self.href = attributes.get("href")
        elif tag == "br":
            self._add("\n")
        elif tag in ("td", "th") and self.runs:
            self._add(" | ")

    def handle_endtag(self, tag: str) -> None:
        if tag == "div" and self.in_notes:
            self._flush()
            self.in_notes = False
            self.note_label = None
        elif tag == "li" and self.in_notes:
            self._flush()
            self.note_label = None
        elif tag in ("p", "tr", "h1", "h2", "h3", "h4", "h5", "h6"):
            self._flush()
            if tag.startswith("h"):
                self.kind, self.level = "paragraph", 0
        elif tag in ("ul", "ol") and self.lists and not self.in_notes:
            self._flush()
            self.lists.pop()
            if self.lists:
                self.kind, self.level = ("number" if self.lists[-1].ordered else "bullet"), len(self.lists) - 1
            else:
                self.kind, self.level, self.number = "paragraph", 0, 0
        elif tag == "li" and self.lists:
            self._flush()
        elif tag == "blockquote":
            self._flush()
            self.quote = max(self.quote - 1, 0)
        elif tag in ("strong", "b"):
            self.bold = max(self.bold - 1, 0)
        elif tag in ("em", "i"):
            self.italic = max(self.italic - 1, 0)
        elif tag == "a" and self.skip:
            self.skip -= 1
            if self.call_target is not None:
                self.runs.append(Run("", note=-1, href=self.call_target))
                self.call_target = None
        elif tag == "a":
            self.href = None

    def handle_data(self, data: str) -> None:
        # Line breaks in the HTML source are white space; only <br> makes a "\n" run.
        self._add(data.replace("\r", " ").replace("\n", " "))


def _fold(text: str) -> str:
    """HTML's white space rule: any run of spaces and line breaks is one space."""
    if text == "\n":
        return text
    core = " ".join(text.split())
    if not core:
        return " " if text else ""
    return (" " if text[:1].isspace() else "") + core + (" " if text[-1:].isspace() else "")


def _tidy(runs: list[Run]) -> list[Run]:
    """Runs with white space folded, no doubled space between runs, none at either end."""
    folded: list[Run] = []
    for run in runs:
        if run.note is not None:
            folded.append(run)
            continue
        text = _fold(run.text.replace("\xa0", " "))
        previous = folded[-1].text if folded else "\n"
        if text.startswith(" ") and (previous.endswith((" ", "\n")) or not folded):
            text = text[1:]
        if text:
            folded.append(Run(text, run.bold, run.italic, run.href))
    if folded and folded[-1].note is None:
        last = folded[-1]
        folded[-1] = Run(last.text.rstrip(" "), last.bold, last.italic, last.href)
        if not folded[-1].text:
            folded.pop()
    return folded


def read_blocks(html: str) -> tuple[tuple[Block, ...], tuple[Footnote, ...]]:
    """Blocks and numbered footnotes from the sanitised HTML of ``markup.render_markdown``."""
    reader = _BlockReader()
    reader.feed(html)
    reader.close()
    reader._flush()
    state = reader.state
    numbers = {label: i + 1 for i, label in enumerate(state.note_order)}

    def numbered(runs: tuple[Run, ...]) -> tuple[Run, ...]:
        return tuple(
            Run("", note=numbers[run.href or ""]) if run.note is not None and (run.href or "") in numbers else run
            for run in runs
            if run.note is None or (run.href or "") in numbers
        )

    blocks = tuple(Block(b.kind, numbered(b.runs), b.level, b.number) for b in state.blocks)
    notes = tuple(Footnote(numbers[label], tuple(state.notes.get(label, []))) for label in state.note_order)
    return blocks, notes
