"""The letter as plain text and as Markdown, ready to paste into an email.

Paragraphs are not wrapped (mail clients wrap them); footnotes become numbered notes at the end.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from signon.exports.blocks import Block, Run
from signon.exports.letter import Letter

LIST_KINDS = ("bullet", "number")
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]>])")
# Python-Markdown nests a list item only under four spaces (its tab length).
MARKDOWN_INDENT = "    "
TEXT_INDENT = "   "


def _escape(text: str) -> str:
    """Text that Markdown shows as it is written: no emphasis, link or HTML made of its marks.
    Python-Markdown (signon.markup) cannot escape "<" with a backslash; an entity works in every
    Markdown, and a bare "<" would let a name open an HTML tag."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text).replace("<", "&lt;")


def _plain_runs(runs: Iterable[Run]) -> str:
    parts = []
    for run in runs:
        if run.note is not None:
            parts.append(f"[{run.note}]")
        elif run.href and run.href.removeprefix("mailto:") not in run.text and run.text not in run.href:
            parts.append(f"{run.text} ({run.href.removeprefix('mailto:')})")
        else:
            parts.append(run.text)
    return "".join(parts)


def _markdown_runs(runs: Iterable[Run]) -> str:
    parts = []
    for run in runs:
        if run.note is not None:
            parts.append(f"[^{run.note}]")
            continue
        if run.text == "\n":
            parts.append("  \n")
            continue
        text = _escape(run.text)
        core = text.strip()
        if core and (run.bold or run.italic):
            mark = "**" if run.bold and not run.italic else "*" if run.italic and not run.bold else "***"
            text = text.replace(core, f"{mark}{core}{mark}", 1)
        if run.href and core == _escape(run.href) and run.href.startswith("http"):
            text = text.replace(core, f"<{run.href}>", 1)
        elif run.href and core:
            text = text.replace(core, f"[{core}]({run.href})", 1)
        parts.append(text)
    return "".join(parts)


def _block(block: Block, render: Callable[[Iterable[Run]], str], markdown: bool) -> str:
    text = render(block.runs)
    indent = (MARKDOWN_INDENT if markdown else TEXT_INDENT) * block.level
    if block.kind == "heading":
        return f"{'#' * block.level} {text}" if markdown else text.upper()
    if block.kind == "bullet":
        return f"{indent}- {text}"
    if block.kind == "number":
        return f"{indent}{block.number}. {text}"
    if block.kind == "quote":
        return f"> {text}" if markdown else f"    {text}"
    return text


def _signatories(letter: Letter, markdown: bool, literal: Callable[[str], str]) -> list[str]:
    noun = "signatory" if letter.count == 1 else "signatories"
    out = [f"## Signatories ({letter.count:,})" if markdown else f"SIGNATORIES ({letter.count:,} {noun})", ""]
    for group in letter.groups:
        if group.label:
            out += [f"### {literal(group.label)}" if markdown else group.label, ""]
        for signatory in group.signatories:
            name = literal(signatory.listed_name)
            out.append(f"- {name}, {literal(signatory.place)}" if signatory.place else f"- {name}")
        out.append("")
    if letter.individuals_note:
        out += [literal(letter.individuals_note), ""]
    return out


def _render(letter: Letter, markdown: bool) -> str:
    render = _markdown_runs if markdown else _plain_runs
    # Names, places, the title and the other fields are plain text in every format: in Markdown
    # their marks are escaped, so "Coalition *for* [Justice]" is neither emphasis nor a link.
    literal: Callable[[str], str] = _escape if markdown else str
    out: list[str] = []
    if letter.date_text:
        out += [literal(letter.date_text), ""]
    for addressee in letter.addressees:
        lines = [literal(line) for line in addressee.lines]
        out += ["  \n".join(lines) if markdown else "\n".join(lines), ""]
    out += [f"# {literal(letter.title)}" if markdown else letter.title, ""]
    if letter.salutation:
        out += [literal(letter.salutation), ""]
    open_lists: dict[int, str] = {}  # level -> kind of the list being written at that level
    for block in letter.body:
        if block.kind not in LIST_KINDS:
            open_lists.clear()
        else:
            if open_lists and open_lists.get(block.level, block.kind) == block.kind:
                out.pop()  # the items of one list stand together, without blank lines between them
            # A bulleted list right after a numbered one (or the reverse) keeps its blank line:
            # without it Markdown reads the second list as text of the first list's last item.
            open_lists = {level: kind for level, kind in open_lists.items() if level < block.level}
            open_lists[block.level] = block.kind
        out += [_block(block, render, markdown), ""]
    if letter.closing:
        out += [literal(letter.closing), ""]
    if letter.footnotes:
        if not markdown:
            out += ["Notes", ""]
        for note in letter.footnotes:
            out.append(f"[^{note.number}]: {render(note.runs)}" if markdown else f"[{note.number}] {render(note.runs)}")
        out.append("")
    out += _signatories(letter, markdown, literal)
    return "\n".join(out).rstrip("\n") + "\n"


def render_text(letter: Letter) -> str:
    """The letter as plain text: notes as [1] and a list of notes at the end."""
    return _render(letter, markdown=False)


def render_markdown(letter: Letter) -> str:
    """The letter as Markdown with [^n] footnotes defined at the end."""
    return _render(letter, markdown=True)
