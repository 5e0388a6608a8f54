"""The letter as plain text and as Markdown, ready to paste into an email.

Paragraphs are not wrapped (mail clients wrap them); footnotes become numbered notes at the end.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from signon.exports.blocks import Block, Run
from signon.exports.letter import Letter

LIST_KINDS = ("bullet", "number")
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>])")


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
        text = _MARKDOWN_SPECIAL.sub(r"\\\1", run.text)
        core = text.strip()
        if core and (run.bold or run.italic):
            mark = "**" if run.bold and not run.italic else "*" if run.italic and not run.bold else "***"
            text = text.replace(core, f"{mark}{core}{mark}", 1)
        if run.href and core == _MARKDOWN_SPECIAL.sub(r"\\\1", run.href) and run.href.startswith("http"):
            text = text.replace(core, f"<{run.href}>", 1)
        elif run.href and core:
            text = text.replace(core, f"[{core}]({run.href})", 1)
        parts.append(text)
    return "".join(parts)


def _block(block: Block, render: Callable[[Iterable[Run]], str], markdown: bool) -> str:
    text = render(block.runs)
    indent = "   " * block.level
    if block.kind == "heading":
        return f"{'#' * block.level} {text}" if markdown else text.upper()
    if block.kind == "bullet":
        return f"{indent}- {text}"
    if block.kind == "number":
        return f"{indent}{block.number}. {text}"
    if block.kind == "quote":
        return f"> {text}" if markdown else f"    {text}"
    return text


def _signatories(letter: Letter, markdown: bool) -> list[str]:
    noun = "signatory" if letter.count == 1 else "signatories"
    out = [f"## Signatories ({letter.count:,})" if markdown else f"SIGNATORIES ({letter.count:,} {noun})", ""]
    for group in letter.groups:
        if group.label:
            out += [f"### {group.label}" if markdown else group.label, ""]
        for signatory in group.signatories:
            name = _MARKDOWN_SPECIAL.sub(r"\\\1", signatory.name) if markdown else signatory.name
            out.append(f"- {name}, {signatory.place}" if signatory.place else f"- {name}")
        out.append("")
    return out


def _render(letter: Letter, markdown: bool) -> str:
    render = _markdown_runs if markdown else _plain_runs
    out: list[str] = []
    if letter.date_text:
        out += [letter.date_text, ""]
    for addressee in letter.addressees:
        lines = list(addressee.lines)
        out += ["  \n".join(lines) if markdown else "\n".join(lines), ""]
    out += [f"# {letter.title}" if markdown else letter.title, ""]
    if letter.salutation:
        out += [letter.salutation, ""]
    for previous, block in zip((None, *letter.body), letter.body, strict=False):
        if previous is not None and previous.kind in LIST_KINDS and block.kind in LIST_KINDS:
            out.pop()  # the items of one list stand together, without blank lines between them
        out += [_block(block, render, markdown), ""]
    if letter.closing:
        out += [letter.closing, ""]
    if letter.footnotes:
        if not markdown:
            out += ["Notes", ""]
        for note in letter.footnotes:
            out.append(f"[^{note.number}]: {render(note.runs)}" if markdown else f"[{note.number}] {render(note.runs)}")
        out.append("")
    out += _signatories(letter, markdown)
    return "\n".join(out).rstrip("\n") + "\n"


def render_text(letter: Letter) -> str:
    """The letter as plain text: notes as [1] and a list of notes at the end."""
    return _render(letter, markdown=False)


def render_markdown(letter: Letter) -> str:
    """The letter as Markdown with [^n] footnotes defined at the end."""
    return _render(letter, markdown=True)
