"""The final letter as a Word document: the same content as the PDF in Word's own styles (Title,
headings, a bulleted list of signatories), A4 or US Letter as set, notes as real Word footnotes
(their own part, relationship and content type, as OOXML has them) that Word and LibreOffice print
at the foot of the page that cites them, and links as real hyperlinks."""

from __future__ import annotations

import io
import os
import shutil
import signal
import subprocess
import zipfile
from pathlib import Path

import docx
import pytest
from docx.table import Table
from lxml import etree

from signon.exports.docx import render_docx
from signon.exports.letter import Letter, LetterOptions
from signon.models import Signature
from signon.names import organization_key
from signon.services.letters.letters import build_letter
from tests import factories
from tests.letters.footnoted_letter import CITING, NOTE_TEXTS, SIGNATORIES, statement_with_signatories
from tests.pdf_reading import assert_in_order, page_count, page_of, pdf_text, poppler, squeeze

NS = {
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "rel": "http://schemas.openxmlformats.org/package/2006/relationships",
    "ct": "http://schemas.openxmlformats.org/package/2006/content-types",
}
FOOTNOTES_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
FOOTNOTES_RELATIONSHIP = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"
HYPERLINK_RELATIONSHIP = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"
DATE = "June 27, 2019"  # the factory's date in English
TITLE = "U.S. NGOs Denounce National Guard Actions in Migration Enforcement"
NOTE_URLS = [
    "https://www.state.gov/u-s-mexico-joint-declaration/",
    "http://bit.ly/2xfX610",
    "https://www.amnesty.org/en/documents/amr41/0626/2019/en/",
]
SIGNATORY_NAMES = [name for name, *_ in SIGNATORIES]
PENDING = "Pending Coalition Not In The Letter"
OFFICE_TIMEOUT = 120  # seconds; a few are enough, a cold start on a slow machine takes 10-20


# --------------------------------------------------------------------------- helpers


def part(document: bytes, name: str) -> etree._Element:
    """One XML part of the package, read as Word reads it: straight from the zip."""
    with zipfile.ZipFile(io.BytesIO(document)) as package:
        return etree.fromstring(package.read(name))


def part_names(document: bytes) -> list[str]:
    with zipfile.ZipFile(io.BytesIO(document)) as package:
        return package.namelist()


def text_of(element: etree._Element) -> str:
    """The text of a paragraph or footnote: its w:t, with w:br as a line break."""
    pieces = [
        node.text or "" if node.tag == f"{{{NS['w']}}}t" else "\n"
        for node in element.iter(f"{{{NS['w']}}}t", f"{{{NS['w']}}}br")
    ]
    return "".join(pieces)


def paragraphs(document: bytes) -> list[tuple[str, str]]:
    """(style name, text) of every paragraph of the body in reading order, table cells included,
    as python-docx reads them."""
    out: list[tuple[str, str]] = []
    for item in docx.Document(io.BytesIO(document)).iter_inner_content():
        if isinstance(item, Table):
            for row in item.rows:
                for cell in row.cells:
                    out.extend((p.style.name if p.style else "", p.text) for p in cell.paragraphs)
        else:
            out.append((item.style.name if item.style else "", item.text))
    return out


def styled(document: bytes, style: str) -> list[str]:
    return [text for name, text in paragraphs(document) if name == style]


def footnotes(document: bytes) -> list[tuple[str, str]]:
    """(id, text) of each real footnote in /word/footnotes.xml, separators left out; none when
    the package has no footnotes part (a letter without notes needs none)."""
    if "word/footnotes.xml" not in part_names(document):
        return []
    root = part(document, "word/footnotes.xml")
    return [
        (note.get(f"{{{NS['w']}}}id"), text_of(note).strip())
        for note in root.findall("w:footnote", NS)
        if note.get(f"{{{NS['w']}}}type") in (None, "normal")
    ]


def footnote_references(document: bytes) -> list[str]:
    """The ids of the w:footnoteReference calls in document.xml, in reading order."""
    return [
        ref.get(f"{{{NS['w']}}}id")
        for ref in part(document, "word/document.xml").iterfind(".//w:footnoteReference", NS)
    ]


def document_text(document: bytes) -> str:
    """All the text a reader sees: the body, then the footnotes."""
    body = "\n".join(text for _, text in paragraphs(document))
    return body + "\n" + "\n".join(text for _, text in footnotes(document))


def relationships(document: bytes, rels: str) -> list[dict[str, str]]:
    return [dict(rel.attrib) for rel in part(document, rels).findall("rel:Relationship", NS)]


def page_size_mm(document: bytes) -> tuple[float, float]:
    section = docx.Document(io.BytesIO(document)).sections[0]
    assert section.page_width is not None and section.page_height is not None
    return section.page_width.mm, section.page_height.mm


def signatory_lines(letter: Letter) -> list[str]:
    """Each signatory as listed: "name, place"."""
    return [f"{s.name}, {s.place}" if s.place else s.name for g in letter.groups for s in g.signatories]


def docx_of(options: LetterOptions | None = None) -> bytes:
    return render_docx(build_letter("national-guard-letter", options))


@pytest.fixture
def letter(db) -> Letter:
    statement_with_signatories()
    return build_letter("national-guard-letter")


@pytest.fixture
def letter_docx(letter: Letter) -> bytes:
    return render_docx(letter)


# --------------------------------------------------------------------------- the letter as written


def test_docx_holds_the_whole_letter_in_reading_order(letter: Letter, letter_docx: bytes) -> None:
    addressee_lines = [line for addressee in letter.addressees for line in addressee.lines]
    assert len(addressee_lines) > 8 and [g.label for g in letter.groups] == ["National", "International"]
    listed: list[str] = []
    for group in letter.groups:
        listed.append(group.label)
        listed.extend(f"{s.name}, {s.place}" for s in group.signatories)

    assert_in_order(
        document_text(letter_docx),
        [
            DATE,
            *addressee_lines,
            TITLE,
            "Dear Mr. President,",
            *CITING,
            "Sincerely,",
            "Signatories (6)",
            *listed,
            # The footnotes part, read after the body: every note, in the order of the calls.
            *NOTE_TEXTS,
        ],
    )
    assert ("Title", TITLE) in paragraphs(letter_docx)


def test_every_signatory_is_listed_once_with_their_place_in_every_script(letter_docx: bytes) -> None:
    listed = styled(letter_docx, "List Bullet")
    expected = [f"{name}, {city}, {country}" for name, _, city, country in SIGNATORIES]
    # Non-Latin names are real text in logical order (Cyrillic, Arabic, Japanese, Korean).
    assert sorted(listed) == sorted(expected)
    assert_in_order(
        "\n".join(text for _, text in paragraphs(letter_docx)),
        ["National", "Latin America Working Group, Washington, United States", "International"],
    )


def test_pending_signatures_are_not_listed(letter_docx: bytes) -> None:
    assert "Signatories (6)" in styled(letter_docx, "Heading 1")
    assert PENDING not in document_text(letter_docx)


def test_the_letter_uses_word_styles_for_title_headings_and_the_list(letter: Letter, letter_docx: bytes) -> None:
    assert styled(letter_docx, "Title") == [TITLE]
    assert styled(letter_docx, "Heading 1") == ["Signatories (6)"]
    assert styled(letter_docx, "Heading 2") == ["National", "International"]
    assert styled(letter_docx, "List Bullet") == signatory_lines(letter)
    assert styled(letter_docx, "Normal")[:1] == [DATE]


# --------------------------------------------------------------------------- footnotes, as OOXML has them


def test_footnotes_live_in_their_own_part_with_its_content_type_and_relationship(letter_docx: bytes) -> None:
    assert "word/footnotes.xml" in part_names(letter_docx)
    overrides = {
        o.get("PartName"): o.get("ContentType")
        for o in part(letter_docx, "[Content_Types].xml").findall("ct:Override", NS)
    }
    assert overrides["/word/footnotes.xml"] == FOOTNOTES_CONTENT_TYPE
    to_footnotes = [
        rel
        for rel in relationships(letter_docx, "word/_rels/document.xml.rels")
        if rel["Type"] == FOOTNOTES_RELATIONSHIP
    ]
    assert [rel["Target"] for rel in to_footnotes] == ["footnotes.xml"]
    assert to_footnotes[0].get("TargetMode", "Internal") == "Internal"


def test_footnotes_part_starts_with_the_separators_that_settings_name(letter_docx: bytes) -> None:
    notes = part(letter_docx, "word/footnotes.xml").findall("w:footnote", NS)
    w = f"{{{NS['w']}}}"
    assert [(n.get(f"{w}type"), n.get(f"{w}id")) for n in notes[:2]] == [
        ("separator", "-1"),
        ("continuationSeparator", "0"),
    ]
    assert notes[0].find(".//w:separator", NS) is not None
    assert notes[1].find(".//w:continuationSeparator", NS) is not None
    footnote_pr = part(letter_docx, "word/settings.xml").find("w:footnotePr", NS)
    assert footnote_pr is not None
    assert [n.get(f"{w}id") for n in footnote_pr.findall("w:footnote", NS)] == ["-1", "0"]


def test_each_note_is_a_word_footnote_called_once_in_order(letter_docx: bytes) -> None:
    notes = footnotes(letter_docx)
    assert [squeeze(text) for _, text in notes] == [squeeze(note) for note in NOTE_TEXTS]
    ids = [note_id for note_id, _ in notes]
    references = footnote_references(letter_docx)
    # Word prints a footnote at its one reference and numbers them in the order of the calls.
    assert references == ids
    assert len(set(ids)) == 3 and all(int(note_id) > 0 for note_id in ids)
    for note in part(letter_docx, "word/footnotes.xml").findall("w:footnote", NS)[2:]:
        assert note.find(".//w:footnoteRef", NS) is not None, "the note's own number mark"


def test_each_call_stands_after_the_sentence_it_cites(letter_docx: bytes) -> None:
    references = list(part(letter_docx, "word/document.xml").iterfind(".//w:footnoteReference", NS))
    assert len(references) == len(CITING)
    for sentence, reference in zip(CITING, references, strict=True):
        assert squeeze(text_before(reference)).endswith(squeeze(sentence))


def text_before(reference: etree._Element) -> str:
    """The text of a call's paragraph up to the call."""
    paragraph = next(reference.iterancestors(f"{{{NS['w']}}}p"))
    text = ""
    for node in paragraph.iter(f"{{{NS['w']}}}t", f"{{{NS['w']}}}footnoteReference"):
        if node is reference:
            return text
        if node.tag == f"{{{NS['w']}}}t":
            text += node.text or ""
    raise AssertionError("the call is not in its paragraph")


def test_links_in_footnotes_are_word_hyperlinks_to_external_addresses(letter_docx: bytes) -> None:
    targets = {
        rel["Id"]: rel
        for rel in relationships(letter_docx, "word/_rels/footnotes.xml.rels")
        if rel["Type"] == HYPERLINK_RELATIONSHIP
    }
    links = part(letter_docx, "word/footnotes.xml").iterfind(".//w:hyperlink", NS)
    found = [(targets[h.get(f"{{{NS['r']}}}id")], text_of(h)) for h in links]
    assert [(rel["Target"], text) for rel, text in found] == [(url, url) for url in NOTE_URLS]
    assert all(rel["TargetMode"] == "External" for rel, _ in found)


def test_a_note_that_no_call_cites_is_printed_under_notes_after_the_closing(db) -> None:
    body = "We ask you to act.[^1]\n\n[^1]: The cited source.\n[^2]: A source nobody cites.\n"
    factories.open_statement(body=body)
    document = docx_of()
    assert [text for _, text in footnotes(document)] == ["The cited source."]
    assert_in_order(
        "\n".join(text for _, text in paragraphs(document)),
        ["We ask you to act.", "Sincerely,", "Notes", "A source nobody cites.", "Signatories (0)"],
    )
    assert "Notes" in styled(document, "Heading 2")


# --------------------------------------------------------------------------- paper and options


@pytest.mark.parametrize(("paper", "size"), [("a4", (210, 297)), ("letter", (215.9, 279.4))])
def test_docx_is_set_on_the_statements_paper(db, paper: str, size: tuple[float, float]) -> None:
    statement_with_signatories(paper_size=paper)
    width, height = page_size_mm(docx_of())
    assert (width, height) == (pytest.approx(size[0], abs=0.1), pytest.approx(size[1], abs=0.1))


def test_a4_is_the_default_paper(db) -> None:
    statement_with_signatories()
    width, height = page_size_mm(docx_of())
    # python-docx's own template is US Letter: the export must set the page itself.
    assert (width, height) == (pytest.approx(210, abs=0.1), pytest.approx(297, abs=0.1))


def test_export_option_overrides_the_statements_paper(db) -> None:
    statement_with_signatories(paper_size="a4")
    width, height = page_size_mm(docx_of(LetterOptions(paper="letter")))
    assert (width, height) == (pytest.approx(215.9, abs=0.1), pytest.approx(279.4, abs=0.1))


def test_hiding_locations_leaves_the_places_out(db) -> None:
    statement_with_signatories()
    document = docx_of(LetterOptions(show_location=False))
    assert sorted(styled(document, "List Bullet")) == sorted(SIGNATORY_NAMES)
    text = document_text(document)
    for place in ("Agua Prieta", "Москва", "القاهرة", "東京", "서울", "Россия"):
        assert place not in text


def test_without_addressees_the_addressee_block_is_left_out(db) -> None:
    statement_with_signatories()
    document = docx_of(LetterOptions(include_addressees=False))
    text = document_text(document)
    for line in ("Andrés Manuel López Obrador", "Palacio Nacional", "Embassy of Mexico", "mexembusa@sre.gob.mx"):
        assert line not in text
    assert docx.Document(io.BytesIO(document)).tables == []
    assert_in_order(text, [DATE, TITLE, "Dear Mr. President,"])


def test_alphabetical_grouping_gives_one_list_without_group_headings(db) -> None:
    statement_with_signatories()
    letter = build_letter("national-guard-letter", LetterOptions(grouping="alphabetical"))
    document = render_docx(letter)
    assert styled(document, "Heading 2") == []
    assert styled(document, "Heading 1") == ["Signatories (6)"]
    listed = styled(document, "List Bullet")
    assert listed == signatory_lines(letter) and len(listed) == 6
    assert listed[0] == "Centro de Atención al Migrante Éxodo, Agua Prieta, México"


def test_a_control_character_in_a_signatory_name_does_not_break_the_export(db) -> None:
    s = factories.open_statement()
    factories.verified_signature(
        s, "Red\x0bFronteriza\x1f de Albergues", city="Tijuana\x0c", region="", country="México"
    )
    document = docx_of()
    (line,) = styled(document, "List Bullet")
    assert squeeze(line) == squeeze("RedFronteriza de Albergues, Tijuana, México")
    assert not any(ch in document_text(document) for ch in "\x0b\x0c\x1f")


def test_a_control_character_in_the_title_does_not_break_the_export(db) -> None:
    # A statement file's YAML turns "\v" into one: the title is written twice, in the text and
    # in the document's properties.
    factories.open_statement(title="Pasted\x0b Title")
    document = docx_of()
    assert styled(document, "Title") == ["Pasted Title"]
    assert docx.Document(io.BytesIO(document)).core_properties.title == "Pasted Title"


def test_a_list_of_two_thousand_signatories_lists_every_one(db) -> None:
    s = factories.open_statement()
    categories = {c.key: c.id for c in s.categories}
    moment = factories.now()
    names = [f"Organización número {i:04d}" for i in range(2000)]
    rows = [
        {
            "statement_id": s.id,
            "category_id": categories["national" if i % 2 else "international"],
            "organization_name": name,
            "organization_key": organization_key(name),
            "city": "Ciudad de México",
            "country": "México",
            "contact_name": "Ana Martínez",
            "contact_email": f"org{i}@example.org",
            "authorized": True,
            "status": "verified",
            "created_at": moment,
            "updated_at": moment,
            "confirmed_at": moment,
            "verified_at": moment,
        }
        for i, name in enumerate(names)
    ]
    db.session.execute(db.insert(Signature), rows)
    db.session.commit()

    letter = build_letter("national-guard-letter")
    document = render_docx(letter)
    assert letter.count == 2000
    assert styled(document, "Heading 1") == ["Signatories (2,000)"]
    listed = styled(document, "List Bullet")
    assert len(listed) == 2000
    assert sorted(listed) == sorted(f"{name}, Ciudad de México, México" for name in names)


# --------------------------------------------------------------------------- as LibreOffice prints it


def office() -> str:
    """LibreOffice's command. Missing, the test skips, except under CI=true."""
    found = shutil.which("libreoffice") or shutil.which("soffice")
    if found is None:
        reason = "LibreOffice not found (apt-get install -y libreoffice-writer-nogui)"
        if os.environ.get("CI") == "true":
            pytest.fail(reason)
        pytest.skip(reason)
    return found


def office_pdf(document: Path, tmp_path: Path) -> Path:
    """The document printed to PDF by LibreOffice headless, with a private profile so that it
    neither meets a running LibreOffice nor touches the user's."""
    profile, out = tmp_path / "office-profile", tmp_path / "office-pdf"
    command = [
        office(),
        f"-env:UserInstallation={profile.as_uri()}",
        "--headless",
        "--norestore",
        "--convert-to",
        "pdf",
        "--outdir",
        str(out),
        str(document),
    ]
    # Its own process group: on a timeout the soffice.bin it starts is stopped too.
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        output, _ = process.communicate(timeout=OFFICE_TIMEOUT)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.communicate()
        pytest.fail(f"LibreOffice took over {OFFICE_TIMEOUT} s to convert {document.name}")
    printed = out / f"{document.stem}.pdf"
    assert process.returncode == 0 and printed.exists(), output.decode(errors="replace")
    return printed


def test_libreoffice_prints_each_footnote_at_the_foot_of_the_page_that_cites_it(
    letter: Letter, letter_docx: bytes, tmp_path: Path
) -> None:
    poppler("pdftotext")  # before the slow part: skips or fails at once when missing
    document = tmp_path / "letter.docx"
    document.write_bytes(letter_docx)
    printed = office_pdf(document, tmp_path)

    text = pdf_text(printed)
    # An Arabic line may be extracted in display order: the other names are checked in order.
    names = [s.name for g in letter.groups for s in g.signatories if not s.right_to_left]
    assert_in_order(text, [TITLE, "Signatories (6)", *names])
    for note in NOTE_TEXTS:
        assert squeeze(note) in squeeze(text), note

    pages = [page_of(printed, sentence) for sentence in CITING]
    # The filler pushes the third call over the page: notes gathered at the end would fail here.
    assert pages[0] == 1 and pages[2] > pages[0]
    for page, sentence, note in zip(pages, CITING, NOTE_TEXTS, strict=True):
        assert_in_order(pdf_text(printed, page), [sentence, note])
        for other in range(1, page_count(printed) + 1):
            if other != page:
                assert squeeze(note) not in squeeze(pdf_text(printed, other)), (note, other)
