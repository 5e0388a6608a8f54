"""The Word package around the letter's text: page size, styles, the footnotes part and the
document properties.

python-docx has no footnote API, so the footnotes part, its relationship, its content type and
the styles it needs are written here as ECMA-376 Part 1 (§17.11) describes them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from docx.document import Document as DocxDocument
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import XmlPart
from docx.oxml.ns import nsdecls, qn
from docx.oxml.parser import parse_xml
from docx.section import Section
from docx.shared import Inches, Length, Mm, Pt, RGBColor
from docx.styles.style import ParagraphStyle

from signon.exports.letter import Letter
from signon.models.statuses import PaperSize

_VAL = qn("w:val")
# Width, height and margins of each paper size the letter can ask for.
PAPER: dict[str, tuple[Length, Length, Length]] = {
    PaperSize.a4: (Mm(210), Mm(297), Mm(25)),
    PaperSize.letter: (Inches(8.5), Inches(11), Inches(1)),
}
TEXT_COLOR = RGBColor(0x1B, 0x1B, 0x1B)  # headings in the colour of the text, as in the PDF


# Characters XML 1.0 cannot hold: lxml refuses them, so one stray control character in a pasted
# name would otherwise fail the whole export.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


# Word's own definitions (under Word's names, so that Word treats them as its built-in styles),
# added when the template lacks them.
_MISSING_STYLES = {
    "FootnoteText": """<w:style {ns} w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/>
        <w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>
        <w:pPr><w:spacing w:after="40" w:line="240" w:lineRule="auto"/></w:pPr>
        <w:rPr><w:sz w:val="18"/><w:szCs w:val="18"/></w:rPr></w:style>""",
    "FootnoteReference": """<w:style {ns} w:type="character" w:styleId="FootnoteReference">
        <w:name w:val="footnote reference"/><w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/>
        <w:unhideWhenUsed/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>""",
    "Hyperlink": """<w:style {ns} w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/>
        <w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/>
        <w:rPr><w:color w:val="0563C1" w:themeColor="hyperlink"/><w:u w:val="single"/></w:rPr></w:style>""",
}
# ECMA-376 §17.11.23: the footnotes part starts with the separator (id -1) and the continuation
# separator (id 0), and settings.xml names both in w:footnotePr, as Word writes them.
_FOOTNOTES_XML = f"""<w:footnotes {nsdecls("w", "r")}>
<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/>
</w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>
<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240"
w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote></w:footnotes>"""
_FOOTNOTE_PR_XML = f'<w:footnotePr {nsdecls("w")}><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>'
# What may follow w:footnotePr in w:settings (CT_Settings, §17.15.1.78): Word refuses a file whose
# settings are out of order.
_AFTER_FOOTNOTE_PR = (
    "w:endnotePr", "w:compat", "w:docVars", "w:rsids", "m:mathPr", "w:attachedSchema", "w:themeFontLang",
    "w:clrSchemeMapping", "w:doNotIncludeSubdocsInStats", "w:doNotAutoCompressPictures", "w:forceUpgrade",
    "w:captions", "w:readModeInkLockDown", "w:smartTagType", "sl:schemaLibrary", "w:shapeDefaults",
    "w:doNotEmbedSmartTags", "w:decimalSymbol", "w:listSeparator",
)  # fmt: skip


_PAGE_NUMBER_XML = f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>'


def clean(text: str) -> str:
    return _NOT_XML.sub("", text)


@dataclass(frozen=True)
class Styles:
    """Style ids, looked up by name once: a lookup per paragraph is what makes python-docx slow."""

    title: str
    normal: str
    headings: tuple[str, ...]
    bullets: tuple[str, ...]
    numbers: tuple[str, ...]
    quote: str

    def heading(self, level: int) -> str:
        return self.headings[min(max(level, 1), len(self.headings)) - 1]


def paragraph_style(document: DocxDocument, name: str) -> ParagraphStyle:
    style = document.styles[name]
    if not isinstance(style, ParagraphStyle):
        raise TypeError(f"{name!r} is not a paragraph style in the template")
    return style


def prepare_styles(document: DocxDocument, language: str) -> Styles:
    styles = document.styles
    for style_id, xml in _MISSING_STYLES.items():
        if styles.element.get_by_id(style_id) is None:
            styles.element.append(parse_xml(xml.format(ns=nsdecls("w"))))
    # A letter, not a report: the template's 26 pt blue title and blue headings are too loud.
    title = paragraph_style(document, "Title")
    title.font.size, title.font.bold, title.font.color.rgb = Pt(15), True, TEXT_COLOR
    title.paragraph_format.space_before, title.paragraph_format.space_after = Pt(12), Pt(14)
    title.paragraph_format.keep_with_next = True
    for rule in title.element.xpath("w:pPr/w:pBdr/w:bottom"):
        rule.attrib.pop(qn("w:themeColor"), None)
        rule.set(qn("w:color"), str(TEXT_COLOR))
        rule.set(qn("w:sz"), "6")
    for name, size, before in (("Heading 1", 13, 18), ("Heading 2", 11.5, 12), ("Heading 3", 11, 10)):
        heading = paragraph_style(document, name)
        heading.font.size, heading.font.color.rgb = Pt(size), TEXT_COLOR
        heading.paragraph_format.space_before, heading.paragraph_format.space_after = Pt(before), Pt(4)
    quote = paragraph_style(document, "Quote")
    quote.paragraph_format.left_indent = quote.paragraph_format.right_indent = Mm(10)
    # Spell checking, hyphenation and the choice of fonts follow w:lang; the template says en-US.
    for lang in styles.element.xpath("w:docDefaults/w:rPrDefault/w:rPr/w:lang") if language else ():
        lang.set(_VAL, language)

    def found(names: Iterable[str]) -> tuple[str, ...]:
        ids: list[str] = []
        for name in names:
            if name not in styles:
                break
            ids.append(styles[name].style_id)
        return tuple(ids)

    return Styles(
        title=title.style_id,
        normal=styles["Normal"].style_id,
        headings=found(f"Heading {n}" for n in range(1, 7)),
        bullets=found(["List Bullet", *(f"List Bullet {n}" for n in range(2, 10))]),
        numbers=found(["List Number", *(f"List Number {n}" for n in range(2, 10))]),
        quote=quote.style_id,
    )


def footnotes_part(document: DocxDocument) -> XmlPart:
    part = XmlPart(PackURI("/word/footnotes.xml"), CT.WML_FOOTNOTES, parse_xml(_FOOTNOTES_XML), document.part.package)
    document.part.relate_to(part, RT.FOOTNOTES)
    settings = document.settings.element
    if not settings.xpath("w:footnotePr"):
        settings.insert_element_before(parse_xml(_FOOTNOTE_PR_XML), *_AFTER_FOOTNOTE_PR)
    return part


def set_up_page(section: Section, paper: PaperSize) -> None:
    width, height, margin = PAPER[paper]
    section.page_width, section.page_height = width, height
    section.top_margin = section.bottom_margin = section.left_margin = section.right_margin = margin
    # The page number at the foot of every page but the first, as letters have it.
    section.different_first_page_header_footer = True
    footer = section.footer.paragraphs[0]
    footer.style = "Footer"
    footer.alignment = WD_ALIGN_PARAGRAPH.CENTER
    footer._p.append(parse_xml(_PAGE_NUMBER_XML))


def tidy_package(document: DocxDocument, letter: Letter) -> None:
    package = document.part.package
    # The template's thumbnail is a picture of an empty page, and its stylesWithEffects part a
    # Word 2010 copy of the styles that would contradict ours: both are optional.
    for r_id in [r for r, rel in package.rels.items() if rel.reltype == RT.THUMBNAIL]:
        del package.rels[r_id]
    for r_id in [r for r, rel in document.part.rels.items() if rel.reltype.endswith("/stylesWithEffects")]:
        document.part.drop_rel(r_id)
    core = document.core_properties
    core.title, core.language, core.author, core.comments = clean(letter.title), letter.language, "Signon", ""
    core_part = package.part_related_by(RT.CORE_PROPERTIES)
    if isinstance(core_part, XmlPart):  # the template's dates (2013) are not this letter's
        core_part.element.remove_all("dcterms:created", "dcterms:modified")
