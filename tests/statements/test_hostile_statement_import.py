"""`flask statements import` meets hostile files: Markdown with scripts, event handlers,
`javascript:` and `data:` links and remote images is imported but shown, exported and printed
without any of it live or fetched; enormous, deeply nested, bracket-dense or non-UTF-8 files,
YAML bombs and control characters in the front matter are refused in one line, in bounded
time, with nothing stored."""

from __future__ import annotations

import io
import re
import time
import zipfile
from pathlib import Path
from typing import Any

import pytest
from weasyprint import HTML

from signon.exports import pdf
from signon.extensions import db
from signon.markup import MAX_NESTING, render_markdown
from signon.models import Statement
from signon.services.letters import exports
from tests import factories
from tests.hostile import live_markup
from tests.sessions import seeding

SLUG = "hostile-letter"
FRONT = f"""---
title: A letter with hostile Markdown
slug: {SLUG}
status: open
---
"""

HOSTILE_MARKDOWN = [
    ("script", "<script>alert(1)</script>"),
    ("img-onerror", "<img src=x onerror=alert(1)>"),
    ("svg-onload", "<svg onload=alert(1)></svg>"),
    ("iframe", '<iframe src="https://evil.example/"></iframe>'),
    ("anchor-event", '<a href="https://example.org" onmouseover="alert(1)">hover</a>'),
    ("markdown-javascript", "[click](javascript:alert(1))"),
    ("markdown-javascript-upper", "[click](JAVASCRIPT:alert(1))"),
    ("markdown-javascript-entity", "[click](jav&#x61;script:alert(1))"),
    ("markdown-javascript-tab", "[click](java\tscript:alert(1))"),
    ("markdown-data", "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)"),
    ("markdown-vbscript", "[click](vbscript:msgbox(1))"),
    ("reference-javascript", "[click][evil]\n\n[evil]: javascript:alert(1)"),
    ("remote-image", "![tracker](https://evil.example/t.png)"),
    ("remote-image-html", '<img src="https://evil.example/t2.png">'),
    ("attr-list-event", '[x](https://example.org){: onclick="alert(1)" }'),
    ("attr-list-id", "A paragraph that takes the page's id\n{: #error-summary .notice }"),
    ("style", "<style>body{background:url(https://evil.example/s.png)}</style>"),
    ("form", '<form action="https://evil.example/"><input name=x></form>'),
    ("object", '<object data="https://evil.example/o.swf"></object>'),
    ("meta-refresh", '<meta http-equiv="refresh" content="0;url=https://evil.example/">'),
    ("base", '<base href="https://evil.example/">'),
    ("footnote-javascript", "Cited.[^9]\n\n[^9]: javascript:alert(1)"),
    ("template", "{{1234*5678}} {% for x in range(3) %}LOOP{% endfor %}"),
]
BODY = "\n\n".join(f"Case {name}: {markdown}" for name, markdown in HOSTILE_MARKDOWN) + "\n"


def write(tmp_path: Path, text: str | bytes, name: str = "letter.md") -> Path:
    path = tmp_path / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def import_file(runner: Any, path: Path) -> Any:
    return runner.invoke(args=["statements", "import", str(path)])


def statements_stored(app: Any) -> int:
    with seeding(app):
        return len(db.session.execute(db.select(Statement.id)).all())


def refused(result: Any) -> str:
    """The one line the command printed for a refusal; it exited non-zero without a traceback."""
    assert result.exit_code != 0, result.output
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1, result.output
    return lines[0]


def srcs_and_hrefs(html: str) -> list[str]:
    return re.findall(r'(?:src|href|action|data)\s*=\s*"([^"]*)"', html)


@pytest.fixture
def imported(app, runner, tmp_path) -> str:
    result = import_file(runner, write(tmp_path, FRONT + BODY))
    assert result.exit_code == 0, result.output
    return SLUG


def test_hostile_markdown_is_imported_and_the_public_page_has_none_of_it_live(client, imported):
    html = client.get(f"/s/{imported}").get_data(as_text=True)

    assert live_markup(html) == []
    for name, _ in HOSTILE_MARKDOWN:
        assert f"Case {name}:" in html
    for target in srcs_and_hrefs(html):
        assert not re.match(r"[\x00-\x20]*(javascript|data|vbscript):", re.sub(r"[\t\n\r]", "", target), re.I), target
        assert "evil.example" not in target, target
    assert "7006652" not in html and "LOOPLOOPLOOP" not in html
    assert 'id="error-summary"' not in html.split('class="statement-body"', 1)[1]


def test_a_remote_image_is_not_hot_linked_on_the_public_page(client, imported):
    html = client.get(f"/s/{imported}").get_data(as_text=True)

    assert not re.search(r"<img[^>]*evil\.example", html)
    assert "<img" not in html.split('class="statement-body"', 1)[1].split("</div>", 1)[0]


def test_the_exported_letters_carry_no_live_markup_and_no_remote_resource(app, imported, monkeypatch):
    fetched: list[str] = []
    original = pdf.OfflineURLFetcher.fetch

    def spy(self: Any, url: str, headers: Any = None) -> Any:
        fetched.append(url)
        return original(self, url, headers)

    monkeypatch.setattr(pdf.OfflineURLFetcher, "fetch", spy)
    with seeding(app):
        html = exports.letter_file(imported, "html").content.decode("utf-8")
        document = exports.letter_file(imported, "docx").content
        exports.letter_file(imported, "pdf")

    # The export's own stylesheet is in its head; nothing of the text may add to it.
    assert live_markup(html.split("<body", 1)[1]) == []
    assert not [t for t in srcs_and_hrefs(html) if re.match(r"\s*(javascript|data|vbscript):|.*evil\.example", t)]
    assert not [url for url in fetched if not url.startswith("data:")], fetched
    with zipfile.ZipFile(io.BytesIO(document)) as package:
        rels = " ".join(package.read(name).decode("utf-8") for name in package.namelist() if name.endswith(".rels"))
        media = [name for name in package.namelist() if "media/" in name]
    targets = re.findall(r'Target="([^"]*)"', rels)
    assert not [t for t in targets if re.match(r"(javascript|data|vbscript):|.*evil\.example", t, re.I)], targets
    assert media == []


def test_weasyprint_refuses_every_url_but_data_even_when_the_html_asks_for_one():
    fetcher = pdf.OfflineURLFetcher()
    for url in ("https://evil.example/t.png", "http://127.0.0.1:9/x.css", "file:///etc/passwd", "ftp://evil.example/"):
        with pytest.raises(pdf.RefusedURL):
            fetcher.fetch(url)
    asked: list[str] = []

    class Recording(pdf.OfflineURLFetcher):
        def fetch(self, url: str, headers: Any = None) -> Any:
            asked.append(url)
            return super().fetch(url, headers)

    page = '<img src="https://evil.example/t.png"><link rel="stylesheet" href="file:///etc/passwd"><p>x</p>'
    HTML(string=page, base_url=None, url_fetcher=Recording()).write_pdf()
    assert "https://evil.example/t.png" in asked  # asked, and refused: the PDF is still written


# --------------------------------------------------------------------------- files that must be refused


def test_a_5_megabyte_file_is_refused_in_one_line_and_nothing_is_stored(app, runner, tmp_path):
    text = FRONT + ("An enormous statement. " * 40 + "\n\n") * 5500

    line = refused(import_file(runner, write(tmp_path, text)))

    assert "larger than 1024 kB" in line
    assert statements_stored(app) == 0


NESTED = {
    "10000-nested-quotes": ">" * 10_000 + " deep\n",
    "10000-spaced-quotes": "> " * 10_000 + "deep\n",
    "400-nested-lists": "".join("  " * i + "- item\n" for i in range(400)),
    "500-nested-lists-by-four": "".join("    " * i + "* item\n" for i in range(500)),
    "5000-list-markers-on-a-line": "* " * 5000 + "deep\n",
    "quotes-and-lists": "".join("> - " * i + "x\n" for i in range(100)),
    "50000-brackets": "[" * 50_000 + "x\n",
    "remote-images-run": "![" * 100_000 + "\n",
    "unclosed-links": "[x](" * 20_000 + "\n",
    "footnote-cited-5000-times": "Cited.[^1] " * 5000 + "\n\n[^1]: A source.\n",
}


@pytest.mark.parametrize("body", NESTED.values(), ids=NESTED.keys())
def test_deeply_nested_or_bracket_dense_markdown_is_refused_quickly_naming_its_line(app, runner, tmp_path, body):
    started = time.monotonic()

    line = refused(import_file(runner, write(tmp_path, FRONT + "An opening paragraph.\n\n" + body)))

    assert time.monotonic() - started < 5
    assert re.search(r": line (\d+): the text has ", line), line
    assert int(re.search(r"line (\d+)", line).group(1)) >= 7
    assert statements_stored(app) == 0


def test_nesting_up_to_the_limit_is_still_markdown():
    text = "".join("    " * i + "- level\n" for i in range(MAX_NESTING))

    assert render_markdown(text).count("<ul>") == MAX_NESTING


def test_a_text_past_the_limits_is_shown_as_escaped_plain_paragraphs():
    html = render_markdown("<script>alert(1)</script> " + "[" * 300 + "\n\nSecond & last <b>paragraph</b>.")

    assert html.startswith("<p>&lt;script&gt;alert(1)&lt;/script&gt; [[[")
    assert html.endswith("<p>Second &amp; last &lt;b&gt;paragraph&lt;/b&gt;.</p>")
    assert live_markup(html) == []


@pytest.mark.parametrize("body", NESTED.values(), ids=NESTED.keys())
def test_a_stored_text_past_the_limits_still_renders_its_page_quickly_as_plain_text(app, client, body):
    # Texts can also come from the coordinators' editor: the public page must never hang or fail on one.
    with seeding(app):
        factories.open_statement("deep-letter", body=body)
    started = time.monotonic()

    response = client.get("/s/deep-letter")

    assert response.status_code == 200
    assert time.monotonic() - started < 5


def test_a_file_that_is_not_utf8_is_refused_and_nothing_is_stored(app, runner, tmp_path):
    line = refused(import_file(runner, write(tmp_path, FRONT.encode() + b"Caf\xe9 \xff\xfe text\n")))

    assert "not UTF-8" in line
    assert statements_stored(app) == 0


BILLION_LAUGHS = """---
title: Laughs
a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
---
Text.
"""
YAML_BOMBS = {
    "billion-laughs-unknown-keys": BILLION_LAUGHS,
    "billion-laughs-in-categories": BILLION_LAUGHS.replace("i: &i", "categories: &i"),
    "billion-laughs-in-addressees": BILLION_LAUGHS.replace("i: &i", "addressees: &i"),
    "billion-laughs-in-title": BILLION_LAUGHS.replace("title: Laughs\n", "").replace("i: &i", "title: &i"),
    "nested-flow-sequences": "---\ntitle: " + "[" * 10_000 + "]" * 10_000 + "\n---\nText.\n",
    "nested-mappings": "---\ntitle: " + "{a: " * 5_000 + "x" + "}" * 5_000 + "\n---\nText.\n",
    "python-object-tag": "---\ntitle: !!python/object/apply:os.system ['echo pwned']\n---\nText.\n",
    "recursive-alias": "---\ntitle: &a [*a]\n---\nText.\n",
}


@pytest.mark.parametrize("text", YAML_BOMBS.values(), ids=YAML_BOMBS.keys())
def test_a_yaml_bomb_in_the_front_matter_is_refused_quickly(app, runner, tmp_path, text):
    started = time.monotonic()

    line = refused(import_file(runner, write(tmp_path, text)))

    assert time.monotonic() - started < 5
    assert re.search(r": line \d+: ", line), line
    assert statements_stored(app) == 0


CONTROL_IN_FRONT_MATTER = {
    "title-crlf-bcc": ('title: "A title\\r\\nBcc: injected@example.org"', "title"),
    "title-nul": ('title: "A\\0title"', "title"),
    "title-escape": ('title: "\\e[31mA title"', "title"),
    "title-right-to-left-override": ('title: "A \\u202Eeltit"', "title"),
    "salutation-line-break": ('title: A title\nsalutation: "Dear\\nBcc: x@example.org"', "salutation"),
    "addressee-name-bell": ('title: A title\naddressees:\n  - name: "Ana\\a"', "name"),
    "addressee-address-nul": ('title: A title\naddressees:\n  - name: Ana\n    address: "Street\\0 1"', "address"),
    "category-nul": ('title: A title\ncategories: ["National\\0"]', "categories"),
    "background-escape": ('title: A title\nbackground: "Some \\x1b[2J background"', "background"),
}


@pytest.mark.parametrize(("front", "key"), CONTROL_IN_FRONT_MATTER.values(), ids=CONTROL_IN_FRONT_MATTER.keys())
def test_control_characters_and_line_breaks_in_the_front_matter_are_refused_naming_the_key(
    app, runner, tmp_path, front, key
):
    line = refused(import_file(runner, write(tmp_path, f"---\n{front}\n---\nText.\n")))

    assert re.search(r": line \d+: ", line), line
    assert key in line
    assert statements_stored(app) == 0


@pytest.mark.parametrize("character", ["\x1b", "\x07", "\u202e", "\x7f"])
def test_a_control_character_in_the_text_is_refused_naming_its_line(app, runner, tmp_path, character):
    line = refused(import_file(runner, write(tmp_path, FRONT + f"Line one.\n\nLine{character} two.\n")))

    assert "line 8: the text holds an invisible control character" in line
    assert statements_stored(app) == 0


def test_right_to_left_text_with_its_direction_marks_is_imported(app, runner, tmp_path):
    result = import_file(runner, write(tmp_path, FRONT + "نحن المنظمات\u200f الموقعة أدناه (UN\u200e).\n"))

    assert result.exit_code == 0, result.output
