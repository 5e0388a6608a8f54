"""The final letter as a Word document: real Word styles, A4 or US Letter, notes as Word footnotes.

The package around the text (page, styles, the footnotes part python-docx lacks) is in
``docx_package``. The body is built as elements through python-docx's own XML parser rather than with
``Document.add_paragraph``: that call looks the style up by name and searches the whole body for
the section properties on every paragraph, which makes a 10,000-name letter slow to build.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from urllib.parse import quote

from babel.core import UnknownLocaleError
from babel.numbers import format_decimal
from docx import Document
from docx.document import Document as DocxDocument
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.part import XmlPart
from docx.oxml.ns import nsdecls, qn
from docx.oxml.parser import parse_xml
from docx.oxml.xmlchemy import BaseOxmlElement

from signon.exports.blocks import Block, Footnote, Run
from signon.exports.docx_package import PAPER, Styles, clean, footnotes_part, prepare_styles, set_up_page, tidy_package
from signon.exports.letter import INDIVIDUAL_MARK, Letter, LetterAddressee

LINK_SCHEMES = ("http://", "https://", "mailto:")
PLACE_COLOR = "595959"  # the place beside a signatory's name, quieter than the name
# Kept as they are when an address is percent-encoded for its relationship: Word calls a file
# damaged when a hyperlink target holds a space.
_URL_SAFE = "!#$%&'()*+,-./:;=?@[]_~"


def _w(*names: str) -> tuple[str, ...]:
    return tuple(qn(f"w:{name}") for name in names)


_P, _PPR, _PSTYLE, _R, _RPR, _RSTYLE, _T, _BR, _B, _BCS, _I, _ICS, _COLOR, _JC = _w(
    "p", "pPr", "pStyle", "r", "rPr", "rStyle", "t", "br", "b", "bCs", "i", "iCs", "color", "jc"
)
_KEEP_NEXT, _KEEP_LINES, _NUMPR, _ILVL, _NUMID = _w("keepNext", "keepLines", "numPr", "ilvl", "numId")
_TR, _TR_PR, _CANT_SPLIT, _TC, _TC_PR, _TC_W = _w("tr", "trPr", "cantSplit", "tc", "tcPr", "tcW")
_HYPERLINK, _FOOTNOTE, _FOOTNOTE_REFERENCE, _FOOTNOTE_REF = _w(
    "hyperlink", "footnote", "footnoteReference", "footnoteRef"
)
_VAL, _ID, _HISTORY, _WIDTH, _TYPE = _w("val", "id", "history", "w", "type")
_RID, _XML_SPACE = qn("r:id"), qn("xml:space")

# A borderless two-column table puts the addressees side by side, as the PDF does; no left cell
# margin, so that their text lines up with the body's.
_ADDRESSEES_XML = """<w:tbl {ns}><w:tblPr><w:tblW w:w="{width}" w:type="dxa"/><w:tblLayout w:type="fixed"/>
<w:tblCellMar><w:left w:w="0" w:type="dxa"/><w:right w:w="284" w:type="dxa"/></w:tblCellMar>
<w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" w:noHBand="1" w:noVBand="1"/>
</w:tblPr><w:tblGrid><w:gridCol w:w="{half}"/><w:gridCol w:w="{half}"/></w:tblGrid></w:tbl>"""


def _add(parent: BaseOxmlElement, tag: str, val: str | None = None) -> BaseOxmlElement:
    """A new last child; made by the parent so that it gets python-docx's element classes."""
    child: BaseOxmlElement = parent.makeelement(tag, {} if val is None else {_VAL: val})
    parent.append(child)
    return child


def _number(value: int, language: str) -> str:
    """A count written as the letter's language writes numbers (1,234 or 1.234), as in the PDF."""
    try:
        return format_decimal(value, locale=language.replace("-", "_") or "en")
    except (UnknownLocaleError, ValueError):
        return format_decimal(value, locale="en")


@dataclass
class _Writer:
    """Writes paragraphs and runs into one part (the document or the footnotes), whose
    relationships hold the hyperlinks' addresses."""

    part: XmlPart
    notes: frozenset[int]  # the numbers of the letter's footnotes
    # Footnote number -> the number Word shows for it: Word numbers footnotes in the order of
    # their calls. Shared by the body and the footnotes.
    calls: dict[int, int] = field(default_factory=dict)
    in_footnotes: bool = False  # a footnote cannot hold another footnote

    def paragraph(
        self,
        parent: BaseOxmlElement,
        style: str,
        runs: Iterable[Run] = (),
        *,
        align: str | None = None,
        keep_next: bool = False,
        keep_lines: bool = False,
        num_id: int | None = None,
    ) -> BaseOxmlElement:
        p = _add(parent, _P)
        ppr = _add(p, _PPR)  # children in CT_PPr's order, which Word enforces
        _add(ppr, _PSTYLE, style)
        if keep_next:
            _add(ppr, _KEEP_NEXT)
        if keep_lines:
            _add(ppr, _KEEP_LINES)
        if num_id is not None:
            numpr = _add(ppr, _NUMPR)
            _add(numpr, _ILVL, "0")
            _add(numpr, _NUMID, str(num_id))
        if align:
            _add(ppr, _JC, align)
        self.runs(p, runs)
        return p

    def runs(self, parent: BaseOxmlElement, runs: Iterable[Run]) -> None:
        for run in runs:
            if run.note is not None:
                self.note(parent, run.note)
            else:
                self.text(self.link(parent, run.href), run.text, bold=run.bold, italic=run.italic)

    def text(
        self, parent: BaseOxmlElement, text: str, *, bold: bool = False, italic: bool = False, color: str = ""
    ) -> None:
        r = _add(parent, _R)
        linked = parent.tag == _HYPERLINK
        if linked or bold or italic or color:
            rpr = _add(r, _RPR)  # children in CT_RPr's order
            if linked:
                _add(rpr, _RSTYLE, "Hyperlink")
            if bold:  # bCs and iCs too, or Arabic and Hebrew text stays upright and light
                _add(rpr, _B)
                _add(rpr, _BCS)
            if italic:
                _add(rpr, _I)
                _add(rpr, _ICS)
            if color:
                _add(rpr, _COLOR, color)
        for i, line in enumerate(clean(text).split("\n")):
            if i:
                _add(r, _BR)
            if line:
                t = _add(r, _T)
                t.text = line
                if line[0].isspace() or line[-1].isspace():
                    t.set(_XML_SPACE, "preserve")

    def link(self, parent: BaseOxmlElement, href: str | None) -> BaseOxmlElement:
        """A w:hyperlink to a web or mail address, or the parent itself for any other target."""
        href = (href or "").strip()
        if not href.lower().startswith(LINK_SCHEMES):
            return parent
        r_id = self.part.relate_to(quote(clean(href), safe=_URL_SAFE), RT.HYPERLINK, is_external=True)
        hyperlink = _add(parent, _HYPERLINK)
        hyperlink.set(_RID, r_id)
        hyperlink.set(_HISTORY, "1")
        return hyperlink

    def note(self, parent: BaseOxmlElement, number: int) -> None:
        """A footnote call. Word prints a footnote once, at its only reference, so a second call
        of the same note repeats its number as superscript text."""
        if number not in self.notes:
            return
        r = _add(parent, _R)
        _add(_add(r, _RPR), _RSTYLE, "FootnoteReference")
        if number in self.calls or self.in_footnotes:
            _add(r, _T).text = str(self.calls.get(number, number))
        else:
            self.calls[number] = len(self.calls) + 1
            _add(r, _FOOTNOTE_REFERENCE).set(_ID, str(number))


class _Numbering:
    """Numbered lists that restart: the template has one numbering instance per "List Number"
    style, so without a fresh instance each list of a letter would go on from the one before."""

    def __init__(self, document: DocxDocument, styles: Styles) -> None:
        self.numbering = document.part.numbering_part.element
        self.abstract: dict[str, int] = {}
        for style_id in styles.numbers:
            num_id = document.styles.element.get_by_id(style_id).pPr.numPr.numId.val
            self.abstract[style_id] = self.numbering.num_having_numId(num_id).abstractNumId.val

    def start(self, style_id: str, at: int) -> int:
        num = self.numbering.add_num(self.abstract[style_id])
        num.add_lvlOverride(ilvl=0).add_startOverride(at)
        return int(num.numId)


def _write_blocks(
    document: DocxDocument, writer: _Writer, body: BaseOxmlElement, blocks: Iterable[Block], styles: Styles
) -> None:
    numbering: _Numbering | None = None
    lists: dict[int, tuple[int, int]] = {}  # nesting level -> (numbering instance, last number)
    for block in blocks:
        if block.kind in ("bullet", "number"):
            lists = {level: value for level, value in lists.items() if level <= block.level}
            if block.kind == "bullet":
                writer.paragraph(body, styles.bullets[min(block.level, len(styles.bullets) - 1)], block.runs)
                continue
            numbering = numbering or _Numbering(document, styles)
            style = styles.numbers[min(block.level, len(styles.numbers) - 1)]
            current = lists.get(block.level)
            num_id = current[0] if current and current[1] == block.number - 1 else numbering.start(style, block.number)
            lists[block.level] = (num_id, block.number)
            writer.paragraph(body, style, block.runs, num_id=num_id)
            continue
        lists = {}
        if block.kind == "heading":
            # Level 2 is the top of the body (the title is level 1): Heading 1 in Word's outline,
            # a peer of "Signatories", as in the HTML and Markdown exports.
            writer.paragraph(body, styles.heading(block.level - 1), block.runs)
        else:
            writer.paragraph(body, styles.quote if block.kind == "quote" else styles.normal, block.runs)


def _write_addressees(
    writer: _Writer, body: BaseOxmlElement, addressees: Sequence[LetterAddressee], styles: Styles, width: int
) -> None:
    def address(parent: BaseOxmlElement, addressee: LetterAddressee) -> None:
        p = writer.paragraph(parent, styles.normal, keep_lines=True)
        for i, line in enumerate(addressee.lines):
            writer.text(p, line if i == 0 else "\n" + line, bold=i == 0)

    if len(addressees) == 1:
        address(body, addressees[0])
        return
    table = parse_xml(_ADDRESSEES_XML.format(ns=nsdecls("w"), width=width, half=width // 2))
    body.append(table)
    for first in range(0, len(addressees), 2):
        row = _add(table, _TR)
        _add(_add(row, _TR_PR), _CANT_SPLIT)
        for addressee in (*addressees[first : first + 2], None)[:2]:
            cell = _add(row, _TC)
            cell_width = _add(_add(cell, _TC_PR), _TC_W)
            cell_width.set(_WIDTH, str(width // 2))
            cell_width.set(_TYPE, "dxa")
            if addressee is None:
                _add(cell, _P)  # a cell must end with a paragraph
            else:
                address(cell, addressee)


def _write_footnotes(writer: _Writer, footnotes: Iterable[Footnote]) -> None:
    root = writer.part.element
    for note in footnotes:
        footnote = _add(root, _FOOTNOTE)
        footnote.set(_ID, str(note.number))
        p = writer.paragraph(footnote, "FootnoteText")
        # w:footnoteRef prints the number Word gives the footnote, whatever its id.
        mark = _add(p, _R)
        _add(_add(mark, _RPR), _RSTYLE, "FootnoteReference")
        _add(mark, _FOOTNOTE_REF)
        writer.text(p, " ")
        writer.runs(p, note.runs)


def _write_uncited(writer: _Writer, body: BaseOxmlElement, notes: Sequence[Footnote], styles: Styles) -> None:
    """Notes that no call cites (Markdown keeps them) cannot be Word footnotes: Word drops a
    footnote without a reference. They follow the closing, as endnotes do in the PDF, numbered
    after the footnotes so that no number means two notes."""
    writer.text(writer.paragraph(body, styles.heading(2), keep_next=True), "Notes")
    for number, note in enumerate(notes, start=len(writer.calls) + 1):
        p = writer.paragraph(body, "FootnoteText")
        writer.text(p, f"{number}. ")
        writer.runs(p, note.runs)


def render_docx(letter: Letter) -> bytes:
    """The letter as a Word document (.docx) that Word, LibreOffice and Google Docs open.

    In order: the date (right-aligned), the addressees, the title (Title style), the
    salutation, the body (Normal, Heading n, List Bullet/List Number, Quote), the closing, then
    "Signatories (count)", each group's label as a heading and one "List Bullet" paragraph per
    signatory ("name (individual), place"), then the note on individuals when one is listed.
    Notes are real Word footnotes at the foot of the page, links real hyperlinks, and the page
    A4 or US Letter as ``letter.paper`` says.
    """
    document = Document()
    styles = prepare_styles(document, letter.language)
    section = document.sections[0]
    set_up_page(section, letter.paper)
    tidy_package(document, letter)
    width, _, margin = PAPER[letter.paper]
    text_width = width.twips - 2 * margin.twips

    body = document.element.body
    sect_pr = body.sectPr
    body.remove(sect_pr)  # appended again at the end, where it must be
    writer = _Writer(document.part, frozenset(note.number for note in letter.footnotes))
    if letter.date_text:
        writer.text(writer.paragraph(body, styles.normal, align="right"), letter.date_text)
    if letter.addressees:
        _write_addressees(writer, body, letter.addressees, styles, text_width)
    writer.text(writer.paragraph(body, styles.title), letter.title)
    if letter.salutation:
        writer.text(writer.paragraph(body, styles.normal), letter.salutation)
    _write_blocks(document, writer, body, letter.body, styles)
    if letter.closing:
        writer.text(writer.paragraph(body, styles.normal), letter.closing)
    uncited = [note for note in letter.footnotes if note.number not in writer.calls]
    if uncited:
        _write_uncited(writer, body, uncited, styles)

    writer.text(writer.paragraph(body, styles.heading(1)), f"Signatories ({_number(letter.count, letter.language)})")
    group_style, list_style = styles.heading(2), styles.bullets[0]
    for group in letter.groups:
        if group.label:
            writer.text(writer.paragraph(body, group_style), group.label)
        # The document's bulk (10,000 names): one paragraph and one or two runs each.
        for signatory in group.signatories:
            p = writer.paragraph(body, list_style)
            writer.text(p, signatory.name)
            if signatory.individual:
                writer.text(p, f" {INDIVIDUAL_MARK}", color=PLACE_COLOR)
            if signatory.place:
                writer.text(p, f", {signatory.place}", color=PLACE_COLOR)
    if letter.individuals_note:
        writer.text(writer.paragraph(body, styles.normal), letter.individuals_note)
    body.append(sect_pr)

    cited = [note for note in letter.footnotes if note.number in writer.calls]
    if cited:
        _write_footnotes(_Writer(footnotes_part(document), writer.notes, writer.calls, in_footnotes=True), cited)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
