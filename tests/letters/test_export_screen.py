"""The export screen: a statement's coordinators choose which signatures, their order, the place
names, the addressees, the paper and the format, see the first page, and download the file."""

from __future__ import annotations

import csv
import io
import os
import shutil
import struct
import subprocess
import zipfile
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import parse_qs, urlencode, urlsplit

import pytest
from openpyxl import load_workbook

from signon.extensions import db
from signon.models import Statement
from signon.services.letters import exports
from tests import factories
from tests.sessions import log_in, seeding

SLUG = "national-guard-letter"
OTHER_SLUG = "other-team-letter"
SCREEN = f"/coordinator/s/{SLUG}/export"
FILE = f"/coordinator/s/{SLUG}/export/file"
PREVIEW = f"/coordinator/s/{SLUG}/export/preview.png"
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
# What the form sends when nothing is changed: the defaults.
DEFAULTS: dict[str, str] = {
    "statuses": "verified",
    "grouping": "category",
    "show_location": "y",
    "include_addressees": "y",
    "paper": "",
    "format": "pdf",
}
CONTENT_TYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "html": "text/html; charset=utf-8",
    "txt": "text/plain; charset=utf-8",
    "md": "text/markdown; charset=utf-8",
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}
FILENAMES = {
    "pdf": f"{SLUG}.pdf",
    "docx": f"{SLUG}.docx",
    "html": f"{SLUG}.html",
    "txt": f"{SLUG}.txt",
    "md": f"{SLUG}.md",
    "csv": f"{SLUG}-signatures.csv",
    "xlsx": f"{SLUG}-signatures.xlsx",
}


# --------------------------------------------------------------------------- helpers


def statement_with_slug(slug: str) -> Statement:
    return db.session.execute(db.select(Statement).where(Statement.slug == slug)).scalar_one()


def query(**changes: str | list[str] | None) -> str:
    """The query string the form sends with these changes; None leaves a field out (an unticked box)."""
    fields: dict[str, str | list[str] | None] = {**DEFAULTS, **changes}
    return urlencode({k: v for k, v in fields.items() if v is not None}, doseq=True)


def download(client, fmt: str = "pdf", **changes: str | list[str] | None):
    r = client.get(f"{FILE}?{query(format=fmt, **changes)}")
    assert r.status_code == 200, r.get_data(as_text=True)[:2000]
    return r


def text_of(client, fmt: str = "txt", **changes: str | list[str] | None) -> str:
    return download(client, fmt, **changes).get_data(as_text=True)


def poppler(tool: str) -> str:
    """The path of a poppler-utils tool. Missing, the test skips, except under CI=true."""
    found = shutil.which(tool)
    if found is None:
        reason = f"{tool} not found (apt-get install -y poppler-utils)"
        if os.environ.get("CI") == "true":
            pytest.fail(reason)
        pytest.skip(reason)
    return found


def pdf_text(content: bytes, tmp_path: Path) -> str:
    path = tmp_path / "download.pdf"
    path.write_bytes(content)
    out = subprocess.run(
        [poppler("pdftotext"), "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    return " ".join(out.split())


def cached_files(app, fmt: str = "pdf") -> list[Path]:
    folder = Path(app.config["SIGNON_EXPORT_CACHE"]) / SLUG
    return sorted(folder.glob(f"*.{fmt}")) if folder.is_dir() else []


class FormState(HTMLParser):
    """The state of the export form as a browser would submit it: ticked boxes and radios,
    selected options."""

    def __init__(self) -> None:
        super().__init__()
        self.checked: dict[str, list[str]] = {}
        self.selected: dict[str, str] = {}
        self._select: str | None = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "input" and a.get("type") in ("checkbox", "radio") and "checked" in a:
            self.checked.setdefault(a["name"], []).append(a.get("value") or "")
        elif tag == "select":
            self._select = a.get("name")
        elif tag == "option" and self._select and "selected" in a:
            self.selected[self._select] = a.get("value") or ""

    def handle_endtag(self, tag):
        if tag == "select":
            self._select = None


def form_state(html: str) -> FormState:
    state = FormState()
    state.feed(html)
    return state


def png_size(content: bytes) -> tuple[int, int]:
    assert content.startswith(PNG_MAGIC)
    width, height = struct.unpack(">II", content[16:24])
    return width, height


@pytest.fixture
def maria(app, client):
    """A coordinator of the national-guard-letter, signed in; Otto coordinates another statement.
    The letter has two verified signatories in two categories, one pending and one rejected."""
    with seeding(app):
        ours = factories.open_statement(SLUG)
        theirs = factories.open_statement(OTHER_SLUG, title="The Other Team's Letter")
        factories.verified_signature(
            ours,
            "Latin America Working Group",
            category="national",
            city="Tucson",
            region="AZ",
            email="lisa@lawg.example.org",
        )
        factories.verified_signature(
            ours,
            "Centro de Atención al Migrante Exodus",
            category="international",
            city="Agua Prieta",
            region="Sonora",
            country="Mexico",
            email="ana@came.example.org",
        )
        factories.pending_signature(ours, "Kino Border Initiative", email="joanna@kino.example.org")
        factories.signature(ours, "Rejected Coalition", status="rejected", email="rex@rejected.example.org")
        factories.coordinator("maria@lawg.example.org", statements=(ours,))
        factories.coordinator("otto@other.example.org", name="Otto Other", statements=(theirs,))
    log_in(client)
    return client


# --------------------------------------------------------------------------- who may export


@pytest.mark.parametrize("url", [SCREEN, f"{FILE}?{query()}", f"{PREVIEW}?{query()}"])
def test_an_anonymous_visitor_is_sent_to_the_login_page(app, client, url):
    with seeding(app):
        factories.open_statement(SLUG)
    r = client.get(url)
    assert r.status_code == 302
    location = urlsplit(r.headers["Location"])
    assert location.path == "/login"
    assert parse_qs(location.query)["next"] == [url]  # the choices too, kept for after signing in


@pytest.mark.parametrize("url", [SCREEN, f"{FILE}?{query()}", f"{PREVIEW}?{query()}"])
def test_a_coordinator_of_another_statement_gets_404_for_the_screen_the_file_and_the_preview(maria, app, url):
    otto = app.test_client()
    log_in(otto, "otto@other.example.org")
    r = otto.get(url)
    assert r.status_code == 404
    assert b"Latin America Working Group" not in r.data
    assert otto.get(url.replace(SLUG, OTHER_SLUG)).status_code == 200


@pytest.mark.parametrize("url", [SCREEN, f"{FILE}?{query()}", f"{PREVIEW}?{query()}"])
def test_a_statement_that_does_not_exist_gives_404(maria, url):
    assert maria.get(url.replace(SLUG, "no-such-letter")).status_code == 404


# --------------------------------------------------------------------------- the screen


def test_the_screen_shows_the_defaults_verified_by_category_with_places_and_addressees_as_pdf(maria):
    r = maria.get(SCREEN)
    assert r.status_code == 200
    state = form_state(r.get_data(as_text=True))
    assert state.checked == {
        "statuses": ["verified"],
        "grouping": ["category"],
        "show_location": ["y"],
        "include_addressees": ["y"],
    }
    assert state.selected == {"paper": "", "format": "pdf"}


def test_the_screen_shows_the_choices_of_its_query_string(maria):
    choices = query(
        statuses=["verified", "pending"], grouping="alphabetical", show_location=None, paper="letter", format="docx"
    )
    r = maria.get(f"{SCREEN}?{choices}")
    assert r.status_code == 200
    state = form_state(r.get_data(as_text=True))
    assert state.checked == {
        "statuses": ["verified", "pending"],
        "grouping": ["alphabetical"],
        "include_addressees": ["y"],
    }
    assert state.selected == {"paper": "letter", "format": "docx"}


def test_the_screen_offers_the_download_and_a_preview_with_the_same_choices(maria):
    choices = query(grouping="alphabetical", show_location=None)
    html = maria.get(f"{SCREEN}?{choices}").get_data(as_text=True)
    assert f'formaction="{FILE}"' in html
    assert "Download</button>" in html
    assert "Update the preview</button>" in html
    assert f'src="{PREVIEW}?{choices.replace("&", "&amp;")}"' in html


def test_the_screen_of_an_open_statement_offers_no_publishing_yet(maria):
    html = maria.get(SCREEN).get_data(as_text=True)
    assert "Once the statement closes you can publish the final letter here." in html
    assert f'action="/coordinator/s/{SLUG}/publish"' not in html


# --------------------------------------------------------------------------- invalid choices

INVALID = [
    pytest.param({"format": "exe"}, id="unknown format"),
    pytest.param({"statuses": "deleted"}, id="unknown status"),
    pytest.param({"statuses": ["verified", "everything"]}, id="one unknown status among good ones"),
    pytest.param({"statuses": None}, id="no status at all"),
    pytest.param({"grouping": "by-country"}, id="unknown grouping"),
    pytest.param({"paper": "a3"}, id="unknown paper"),
    pytest.param({"paper": "a4\x00"}, id="nul byte"),
    pytest.param({"format": "pdf' OR 1=1 --"}, id="injection"),
]


@pytest.mark.parametrize("changes", INVALID)
def test_an_invalid_choice_redisplays_the_screen_with_an_error_and_422(maria, changes):
    r = maria.get(f"{SCREEN}?{query(**changes)}")
    assert r.status_code == 422
    html = r.get_data(as_text=True)
    assert 'id="error-summary"' in html
    assert "There is a problem" in html
    assert "preview.png" not in html  # no preview of choices that cannot be made


@pytest.mark.parametrize("changes", INVALID)
def test_an_invalid_choice_downloads_nothing_and_never_fails_with_500(maria, changes):
    r = maria.get(f"{FILE}?{query(**changes)}")
    # The export screen again, with the error.
    assert r.status_code == 422
    assert 'id="error-summary"' in r.get_data(as_text=True)
    assert "attachment" not in r.headers.get("Content-Disposition", "")


@pytest.mark.parametrize("changes", INVALID)
def test_an_invalid_choice_gives_no_preview_but_400(maria, changes):
    r = maria.get(f"{PREVIEW}?{query(**changes)}")
    assert r.status_code == 400
    assert not r.data.startswith(PNG_MAGIC)


def test_a_missing_choice_error_names_it(maria):
    html = maria.get(f"{SCREEN}?{query(statuses=None)}").get_data(as_text=True)
    assert "Choose at least one kind of signature" in html


# --------------------------------------------------------------------------- downloads


@pytest.mark.parametrize("fmt", list(CONTENT_TYPES))
def test_each_format_downloads_as_an_attachment_with_its_content_type_and_a_filename(maria, fmt):
    r = download(maria, fmt)
    assert r.headers["Content-Type"] == CONTENT_TYPES[fmt]
    assert r.headers["Content-Disposition"] == f'attachment; filename="{FILENAMES[fmt]}"'
    assert r.headers["Cache-Control"] == "private, no-store"
    assert len(r.data) > 0


def test_the_csv_is_streamed_rather_than_built_in_memory_first(maria):
    r = download(maria, "csv")
    assert "Content-Length" not in r.headers


def test_the_pdf_is_a_pdf_with_the_title_and_the_signatories(maria, tmp_path):
    content = download(maria, "pdf").data
    assert content.startswith(b"%PDF-")
    text = pdf_text(content, tmp_path)
    assert "U.S. NGOs Denounce National Guard Actions" in text
    assert "Latin America Working Group" in text
    assert "Agua Prieta" in text
    assert "Kino Border Initiative" not in text


def test_the_pdf_never_holds_contact_details(maria, tmp_path):
    text = pdf_text(download(maria, "pdf", statuses=["verified", "pending", "rejected"]).data, tmp_path)
    for email in ("lisa@lawg.example.org", "ana@came.example.org", "joanna@kino.example.org", "Lisa Haugaard"):
        assert email not in text


def test_the_pdf_is_printed_on_the_paper_chosen(maria, tmp_path):
    path = tmp_path / "letter.pdf"
    for paper, size in (("letter", "612 x 792 pts"), ("a4", "595.")):
        path.write_bytes(download(maria, "pdf", paper=paper).data)
        info = subprocess.run([poppler("pdfinfo"), str(path)], check=True, capture_output=True, text=True).stdout
        assert size in info, info


def test_the_docx_is_a_word_document_with_the_title_and_the_signatories(maria):
    archive = zipfile.ZipFile(io.BytesIO(download(maria, "docx").data))
    document = archive.read("word/document.xml").decode("utf-8")
    assert "U.S. NGOs Denounce National Guard Actions in Migration Enforcement" in document
    assert "Latin America Working Group" in document
    assert "Kino Border Initiative" not in document


def test_the_html_is_a_web_page_with_the_title_and_the_signatories(maria):
    html = text_of(maria, "html")
    assert "<html" in html.lower()
    assert "U.S. NGOs Denounce National Guard Actions in Migration Enforcement" in html
    assert "Latin America Working Group" in html


def test_the_markdown_has_the_title_as_a_heading_and_a_heading_per_category(maria):
    md = text_of(maria, "md").splitlines()
    assert "# U.S. NGOs Denounce National Guard Actions in Migration Enforcement" in md
    assert "### National" in md
    assert "### International" in md


def test_the_text_lists_the_verified_signatories_with_their_places(maria):
    text = text_of(maria)
    assert "- Latin America Working Group, Tucson, AZ, United States" in text
    assert "- Centro de Atención al Migrante Exodus, Agua Prieta, Sonora, Mexico" in text
    assert "Kino Border Initiative" not in text
    assert "Rejected Coalition" not in text


def test_hiding_the_location_leaves_out_every_place(maria):
    text = text_of(maria, show_location=None)
    assert "- Latin America Working Group\n" in text
    assert "- Centro de Atención al Migrante Exodus\n" in text
    for place in ("Tucson", "Agua Prieta", "Sonora"):
        assert place not in text


def test_leaving_out_the_addressees_leaves_out_their_block(maria):
    assert "Andrés Manuel López Obrador" in text_of(maria)
    text = text_of(maria, include_addressees=None)
    assert "Andrés Manuel López Obrador" not in text
    assert "Palacio Nacional" not in text
    assert "U.S. NGOs Denounce National Guard Actions in Migration Enforcement" in text


def test_including_pending_signatures_lists_them_too(maria):
    text = text_of(maria, statuses=["verified", "pending"])
    assert "Kino Border Initiative" in text
    assert "Latin America Working Group" in text
    assert "SIGNATORIES (3 signatories)" in text
    only_pending = text_of(maria, statuses="pending")
    assert "Kino Border Initiative" in only_pending
    assert "Latin America Working Group" not in only_pending


def test_alphabetical_order_is_one_list_without_category_headings(maria):
    lines = text_of(maria, grouping="alphabetical", statuses=["verified", "pending"]).splitlines()
    assert "National" not in lines
    assert "International" not in lines
    names = [line.split(",")[0] for line in lines if line.startswith("- ")]
    assert names == [
        "- Centro de Atención al Migrante Exodus",
        "- Kino Border Initiative",
        "- Latin America Working Group",
    ]
    md = text_of(maria, "md", grouping="alphabetical").splitlines()
    assert not [line for line in md if line.startswith("### ")]


def test_grouping_by_category_puts_a_heading_before_each_category(maria):
    lines = text_of(maria).splitlines()
    assert "National" in lines
    assert "International" in lines
    assert lines.index("National") < lines.index("- Latin America Working Group, Tucson, AZ, United States")


def test_the_csv_holds_the_contact_emails_of_the_chosen_statuses_with_a_byte_order_mark(maria):
    raw = download(maria, "csv", statuses=["verified", "pending"]).data
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert {r["email"] for r in rows} == {"lisa@lawg.example.org", "ana@came.example.org", "joanna@kino.example.org"}
    assert {r["status"] for r in rows} == {"verified", "pending"}


def test_the_xlsx_opens_as_a_workbook_with_the_contact_emails(maria):
    workbook = load_workbook(io.BytesIO(download(maria, "xlsx").data), read_only=True)
    rows = list(workbook.active.iter_rows(values_only=True))
    header = list(rows[0])
    emails = {row[header.index("email")] for row in rows[1:]}
    assert emails == {"lisa@lawg.example.org", "ana@came.example.org"}


# --------------------------------------------------------------------------- preview


def test_the_preview_is_a_png_of_the_first_page(maria):
    r = maria.get(f"{PREVIEW}?{query()}")
    assert r.status_code == 200
    assert r.mimetype == "image/png"
    width, height = png_size(r.data)
    assert width == 600
    assert height > width  # a portrait page


def test_the_preview_of_a_first_visit_uses_the_defaults(maria):
    r = maria.get(PREVIEW)
    assert r.status_code == 200
    assert r.data.startswith(PNG_MAGIC)


def test_the_preview_follows_the_paper_chosen(maria):
    a4 = png_size(maria.get(f"{PREVIEW}?{query(paper='a4')}").data)
    letter = png_size(maria.get(f"{PREVIEW}?{query(paper='letter')}").data)
    assert a4[0] == letter[0] == 600
    assert a4[1] > letter[1]  # A4 is taller for its width than US Letter


# --------------------------------------------------------------------------- the cache


@pytest.fixture
def render_count(monkeypatch) -> dict[str, int]:
    """Counts how often the PDF is laid out (the expensive part)."""
    counter = {"pdf": 0}
    mimetype, render = exports.LETTER_FORMATS["pdf"]

    def counting(letter):
        counter["pdf"] += 1
        return render(letter)

    monkeypatch.setitem(exports.LETTER_FORMATS, "pdf", (mimetype, counting))
    return counter


def test_the_second_download_of_the_same_pdf_comes_from_the_cache(maria, app, render_count):
    first = download(maria, "pdf").data
    (cached,) = cached_files(app)
    assert cached.read_bytes() == first

    second = download(maria, "pdf").data

    assert second == first
    assert render_count["pdf"] == 1
    assert cached_files(app) == [cached]


def test_a_cache_that_cannot_be_written_still_serves_the_file(maria, app, tmp_path):
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the cache folder should be")
    app.config["SIGNON_EXPORT_CACHE"] = str(blocked)

    response = download(maria, "pdf")

    assert response.status_code == 200
    assert response.data.startswith(b"%PDF")


def test_the_preview_and_the_download_share_the_cached_pdf(maria, app, render_count):
    download(maria, "pdf")
    assert maria.get(f"{PREVIEW}?{query()}").status_code == 200
    assert render_count["pdf"] == 1


def test_other_choices_are_cached_apart(maria, app, render_count):
    default = download(maria, "pdf").data
    alphabetical = download(maria, "pdf", grouping="alphabetical").data
    assert alphabetical != default
    assert render_count["pdf"] == 2
    assert len(cached_files(app)) == 2


def test_after_a_new_verified_signature_the_pdf_is_built_again_and_lists_it(maria, app, render_count, tmp_path):
    before = download(maria, "pdf").data
    with seeding(app):
        factories.verified_signature(statement_with_slug(SLUG), "Hope Border Institute", city="El Paso", region="TX")

    after = download(maria, "pdf").data

    assert after != before
    assert render_count["pdf"] == 2
    assert "Hope Border Institute" not in pdf_text(before, tmp_path)
    assert "Hope Border Institute" in pdf_text(after, tmp_path)
    # The stale file of the same choices is gone; only the current one is kept.
    (cached,) = cached_files(app)
    assert cached.read_bytes() == after


def test_a_new_pending_signature_does_not_change_the_letter_of_verified_signatories(maria, app, render_count):
    before = download(maria, "pdf").data
    with seeding(app):
        factories.pending_signature(statement_with_slug(SLUG), "Another Pending Group")
    assert download(maria, "pdf").data == before
    assert render_count["pdf"] == 1
