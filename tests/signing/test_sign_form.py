"""The sign form at /s/<slug>/sign: labels, validation, refusals, and what a valid submission stores."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest
from sqlalchemy import func

from signon.models import AuditEvent, OutboxMessage, Signature
from signon.services.mail import outbox as outbox_service
from tests import factories

SLUG = "national-guard-letter"
SIGN = f"/s/{SLUG}/sign"

LABELS = {
    "Organization name": "organization",
    "Category": "category",
    "City": "city",
    "Country": "country",
    "Website": "website",
    "Your name": "contact_name",
    "Your role": "contact_role",
    "Email": "email",
    "I am authorized to sign on behalf of this organization": "authorized",
    "Public comment": "comment",
}


valid_form = factories.sign_form


class Page(HTMLParser):
    """The parts of a page these tests read: title, labels, controls and their values."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.title = ""
        self.labels: dict[str, dict[str, str]] = {}  # label text -> attributes
        self.elements: dict[str, tuple[str, dict[str, str]]] = {}  # id -> (tag, attributes)
        self.controls: dict[str, tuple[str, dict[str, str]]] = {}  # name -> (tag, attributes)
        self.textareas: dict[str, str] = {}
        self.selected: dict[str, str] = {}
        self.options: dict[str, list[tuple[str, str]]] = {}
        self._label: tuple[dict[str, str], list[str]] | None = None
        self._in_title = False
        self._textarea: str | None = None
        self._select: str | None = None
        self._option: dict[str, str] | None = None
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if "id" in a:
            self.elements[a["id"]] = (tag, a)
        if tag in ("input", "select", "textarea") and "name" in a:
            self.controls[a["name"]] = (tag, a)
        if tag == "label":
            self._label = (a, [])
        elif tag == "title":
            self._in_title = True
        elif tag == "textarea":
            self._textarea = a.get("name", "")
            self.textareas[self._textarea] = ""
        elif tag == "select":
            self._select = a.get("name", "")
            self.options[self._select] = []
        elif tag == "option" and self._select is not None:
            self._option = a
            self.options[self._select].append((a.get("value", ""), ""))
            if "selected" in a:
                self.selected[self._select] = a.get("value", "")

    def handle_endtag(self, tag: str) -> None:
        if tag == "label" and self._label is not None:
            attributes, text = self._label
            self.labels[" ".join("".join(text).split())] = attributes
            self._label = None
        elif tag == "title":
            self._in_title = False
        elif tag == "textarea":
            self._textarea = None
        elif tag == "select":
            self._select = None
        elif tag == "option":
            self._option = None

    def handle_data(self, data: str) -> None:
        if self._label is not None:
            self._label[1].append(data)
        if self._in_title:
            self.title += data
        if self._textarea is not None:
            self.textareas[self._textarea] += data
        if self._option is not None and self._select is not None:
            value, text = self.options[self._select][-1]
            self.options[self._select][-1] = (value, text + data)

    def value(self, name: str) -> str:
        if name in self.textareas:
            return self.textareas[name].strip()
        if name in self.selected:
            return self.selected[name]
        return self.controls[name][1].get("value", "")


def count(db, model, *where) -> int:
    """Rows committed to the database, read on a connection of its own."""
    with db.engine.connect() as connection:
        return connection.execute(db.select(func.count()).select_from(model).where(*where)).scalar_one()


def stored_signature(db) -> Signature:
    db.session.expire_all()
    return db.session.execute(db.select(Signature)).scalar_one()


def error_summary(html: str) -> str:
    match = re.search(r'<div class="error-summary".*?</ul>', html, re.S)
    assert match, "no error summary on the page"
    return match.group(0)


# --------------------------------------------------------------------------- the form


@pytest.mark.parametrize("label", list(LABELS))
def test_every_input_has_a_visible_label(client, db, label):
    factories.open_statement()

    page = Page(client.get(SIGN).get_data(as_text=True))

    assert label in page.labels, f"no label reading {label!r}"
    attributes = page.labels[label]
    assert "visually-hidden" not in attributes.get("class", "")
    tag, control = page.elements[attributes["for"]]
    assert tag in ("input", "select", "textarea")
    assert control["name"] == LABELS[label]


def test_the_authorization_checkbox_is_a_required_checkbox(client, db):
    factories.open_statement()

    page = Page(client.get(SIGN).get_data(as_text=True))

    tag, control = page.controls["authorized"]
    assert tag == "input"
    assert control["type"] == "checkbox"
    assert "required" in control


def test_the_category_list_offers_the_statements_categories_in_order(client, db):
    factories.open_statement(categories=("Faith groups", "Unions", "Universities"))

    page = Page(client.get(SIGN).get_data(as_text=True))

    listed = [text for value, text in page.options["category"] if value]
    assert listed == ["Faith groups", "Unions", "Universities"]


# --------------------------------------------------------------------------- invalid input


def test_a_submission_without_the_authorization_is_refused(client, db):
    factories.open_statement()

    response = client.post(SIGN, data=valid_form(authorized=None))

    assert response.status_code == 422
    html = response.get_data(as_text=True)
    assert "Confirm that you are authorized to sign on behalf of this organization" in html
    assert count(db, Signature) == 0


def test_invalid_input_is_answered_422_with_an_error_summary_at_the_top_linking_to_each_field(client, db):
    factories.open_statement()

    response = client.post(SIGN, data={})

    assert response.status_code == 422
    html = response.get_data(as_text=True)
    summary = error_summary(html)
    assert html.index('class="error-summary"') < html.index("<h1")
    assert "There is a problem" in summary
    targets = re.findall(r'<a href="#([\w-]+)">', summary)
    assert set(targets) >= {"organization", "category", "city", "country", "contact_name", "email", "authorized"}
    page = Page(html)
    for target in targets:
        assert target in page.elements, f"the summary links to #{target}, which is not on the page"
    assert count(db, Signature) == 0
    assert count(db, OutboxMessage) == 0


@pytest.mark.parametrize(
    ("field", "message"),
    [
        ("organization", "Enter the name of your organization"),
        ("city", "Enter your organization&#39;s city"),
        ("country", "Enter your organization&#39;s country"),
        ("contact_name", "Enter your name"),
        ("email", "Enter your email address"),
    ],
)
def test_each_missing_field_shows_its_own_error_next_to_it(client, db, field, message):
    factories.open_statement()

    response = client.post(SIGN, data=valid_form(**{field: ""}))

    assert response.status_code == 422
    html = response.get_data(as_text=True)
    error = re.search(rf'<p class="error-message" id="{field}-error">(.*?)</p>', html, re.S)
    assert error, f"no error message beside {field}"
    assert message in error.group(1)
    assert f'<a href="#{field}">{message}</a>' in error_summary(html)
    _, control = Page(html).controls[field]
    assert control.get("aria-invalid") == "true"
    assert f"{field}-error" in control.get("aria-describedby", "")
    # Only the field in error is marked as such.
    assert html.count('class="error-message"') == 1


def test_the_title_of_a_page_with_errors_starts_with_error(client, db):
    factories.open_statement()

    response = client.post(SIGN, data=valid_form(city=""))

    assert response.status_code == 422
    assert Page(response.get_data(as_text=True)).title.startswith("Error: ")
    assert not Page(client.get(SIGN).get_data(as_text=True)).title.startswith("Error")


@pytest.mark.parametrize("email", ["ana", "ana@", "ana@came", "ana @came.example.org", "ana@came..example.org"])
def test_an_email_address_in_the_wrong_format_is_refused(client, db, email):
    factories.open_statement()

    response = client.post(SIGN, data=valid_form(email=email))

    assert response.status_code == 422
    assert "Enter an email address in the correct format, like name@example.org" in response.get_data(as_text=True)
    assert count(db, Signature) == 0


def test_a_name_without_letters_or_digits_is_refused(client, db):
    factories.open_statement()

    response = client.post(SIGN, data=valid_form(organization="!!! ---"))

    assert response.status_code == 422
    assert "Enter the name of your organization, in letters or digits" in response.get_data(as_text=True)
    assert count(db, Signature) == 0


CONTROL_CHARACTERS = {
    "NUL": "\x00",
    "bell": "\x07",
    "escape": "\x1b",
    "unit separator": "\x1f",
    "delete": "\x7f",
    "C1 control": "\x9b",
    "right-to-left override": "\u202e",
    "left-to-right embedding": "\u202a",
    "first strong isolate": "\u2068",
    "right-to-left mark": "\u200f",
}


FIELD_AND_CHARACTER = [
    *[("organization", character) for character in CONTROL_CHARACTERS],
    *[
        (field, character)
        for field in ("city", "country", "contact_name", "comment")
        for character in ("NUL", "bell", "right-to-left override")
    ],
]


@pytest.mark.parametrize(("field", "name"), FIELD_AND_CHARACTER, ids=[f"{f}-{c}" for f, c in FIELD_AND_CHARACTER])
def test_control_characters_in_a_field_are_refused_with_a_message(client, db, field, name):
    character = CONTROL_CHARACTERS[name]
    factories.open_statement()
    typed = valid_form()[field] or "Thank you"

    response = client.post(SIGN, data=valid_form(**{field: f"{typed[:3]}{character}{typed[3:]}"}))

    assert response.status_code == 422
    html = response.get_data(as_text=True)
    assert f'<a href="#{field}">Remove the invisible control characters from this field</a>' in error_summary(html)
    assert count(db, Signature) == 0
    assert count(db, OutboxMessage) == 0


@pytest.mark.parametrize("character", ["\x00", "\u202e"], ids=["NUL", "right-to-left override"])
def test_control_characters_in_the_email_address_are_refused(client, db, character):
    factories.open_statement()

    response = client.post(SIGN, data=valid_form(email=f"ana{character}@came.example.org"))

    assert response.status_code == 422
    assert '<a href="#email">Enter an email address in the correct format' in response.get_data(as_text=True)
    assert count(db, Signature) == 0


@pytest.mark.parametrize("category", ["nope", "International", "faith-groups", " international"])
def test_a_category_that_is_not_listed_is_refused(client, db, category):
    factories.open_statement()
    # A category of another statement is not listed on this one.
    factories.open_statement("other-letter", categories=("Faith groups",))

    response = client.post(SIGN, data=valid_form(category=category))

    assert response.status_code == 422
    html = response.get_data(as_text=True)
    assert '<a href="#category">Choose one of the listed categories</a>' in error_summary(html)
    assert count(db, Signature) == 0


# --------------------------------------------------------------------------- website


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("example.org", "https://example.org"),
        ("www.came.example.org/about", "https://www.came.example.org/about"),
        ("  example.org  ", "https://example.org"),
        ("http://example.org", "http://example.org"),
    ],
)
def test_a_website_is_stored_as_a_web_address(client, db, typed, stored):
    factories.open_statement()

    response = client.post(SIGN, data=valid_form(website=typed))

    assert response.status_code == 303
    assert stored_signature(db).website == stored


@pytest.mark.parametrize(
    "typed",
    [
        "javascript:alert(1)",
        "JavaScript:alert(document.cookie)",
        "javascript://example.org/%0Aalert(1)",
        "data:text/html,<script>alert(1)</script>",
        "ftp://example.org",
        "https://user:secret@example.org",
        "not a website",
    ],
)
def test_a_website_that_is_not_a_web_address_is_refused(client, db, typed):
    factories.open_statement()

    response = client.post(SIGN, data=valid_form(website=typed))

    assert response.status_code == 422
    html = response.get_data(as_text=True)
    assert '<a href="#website">Enter a web address like https://example.org, or leave it empty</a>' in html
    assert count(db, Signature) == 0


# --------------------------------------------------------------------------- a valid submission


def test_a_valid_submission_redirects_303_to_check_your_email(client, db):
    factories.open_statement()

    response = client.post(SIGN, data=valid_form())

    assert response.status_code == 303
    assert response.headers["Location"].endswith(f"/s/{SLUG}/check-email")
    page = client.get(response.headers["Location"])
    assert page.status_code == 200
    text = page.get_data(as_text=True)
    assert "Check your email" in text
    assert "7 days" in text


def test_a_valid_submission_stores_a_pending_signature_with_its_email_in_the_outbox(client, db):
    factories.open_statement()

    client.post(SIGN, data=valid_form(website="came.example.org", comment="  Con gusto.  "))

    signature = stored_signature(db)
    assert signature.status == "pending"
    assert signature.confirmed_at is None
    assert signature.verified_at is None
    assert signature.organization_name == "Centro de Atención al Migrante Exodus"
    assert signature.category.key == "international"
    assert (signature.city, signature.region, signature.country) == ("Agua Prieta", "Sonora", "Mexico")
    assert signature.website == "https://came.example.org"
    assert (signature.contact_name, signature.contact_role) == ("Ana Martínez", "Director")
    assert signature.contact_email == "ana@came.example.org"
    assert signature.authorized is True
    assert signature.comment == "Con gusto."
    messages = db.session.execute(db.select(OutboxMessage)).scalars().all()
    assert [(m.recipient, m.kind, m.sent_at) for m in messages] == [("ana@came.example.org", "verify", None)]
    assert count(db, AuditEvent, AuditEvent.action == "signature.submitted") == 1


def test_a_pending_signature_is_not_on_the_public_page(client, db):
    factories.open_statement()

    client.post(SIGN, data=valid_form())

    public = client.get(f"/s/{SLUG}").get_data(as_text=True)
    assert "Centro de Atención al Migrante Exodus" not in public
    assert "0 organizations have signed" in public


def test_a_signature_is_not_stored_when_its_email_cannot_be_queued(client, db, monkeypatch):
    factories.open_statement()

    def outbox_unavailable(*args, **kwargs):
        raise RuntimeError("outbox unavailable")

    monkeypatch.setattr(outbox_service, "enqueue", outbox_unavailable)

    with pytest.raises(RuntimeError):
        client.post(SIGN, data=valid_form())
    db.session.rollback()

    assert count(db, Signature) == 0
    assert count(db, AuditEvent) == 0


# --------------------------------------------------------------------------- statements that take no signatures


@pytest.mark.parametrize("method", ["GET", "POST"])
@pytest.mark.parametrize("make", [factories.closed_statement, factories.past_deadline_statement])
def test_a_closed_or_past_deadline_statement_refuses_signatures_with_410(client, db, method, make):
    statement = make()

    response = client.open(f"/s/{statement.slug}/sign", method=method, data=valid_form())

    assert response.status_code == 410
    html = response.get_data(as_text=True)
    assert "no longer accepting signatures" in html
    assert 'name="organization"' not in html
    assert f'href="/s/{statement.slug}"' in html
    assert count(db, Signature) == 0
    assert count(db, OutboxMessage) == 0
    assert count(db, AuditEvent) == 0


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_a_draft_statement_has_no_sign_form(client, db, method):
    factories.draft_statement()

    response = client.open("/s/draft-letter/sign", method=method, data=valid_form())

    assert response.status_code == 404
    html = response.get_data(as_text=True)
    assert "Page not found" in html
    assert "U.S. NGOs Denounce" not in html
    assert count(db, Signature) == 0


@pytest.mark.parametrize(
    "slug",
    [
        "no-such-letter",
        "National-Guard-Letter",
        "national-guard-letter%20",
        "national-guard-letter%00",
        "national-guard-letter%0A",
        "national_guard_letter",
        "national-guard-letter'--",
        "%E2%80%AEnational-guard-letter",
        "ｎational-guard-letter",
        "-national-guard-letter",
        "a" * 81,
    ],
)
@pytest.mark.parametrize("method", ["GET", "POST"])
def test_an_unknown_or_malformed_slug_is_404(client, db, slug, method):
    factories.open_statement()

    response = client.open(f"/s/{slug}/sign", method=method, data=valid_form())

    assert response.status_code == 404
    assert "Page not found" in response.get_data(as_text=True)
    assert count(db, Signature) == 0


# --------------------------------------------------------------------------- CSRF


def test_a_csrf_failure_re_renders_the_form_with_what_was_typed(app, client, db):
    app.config["WTF_CSRF_ENABLED"] = True
    factories.open_statement()
    typed = valid_form(website="came.example.org", comment="Con gusto.", csrf_token="expired-or-forged")

    response = client.post(SIGN, data=typed)

    assert response.status_code == 422
    html = response.get_data(as_text=True)
    assert "This form expired. Check your answers and send it again." in error_summary(html)
    page = Page(html)
    assert page.title.startswith("Error: ")
    for name in ("organization", "category", "city", "region", "country", "contact_name", "contact_role", "email"):
        assert page.value(name) == typed[name], name
    assert page.value("comment") == "Con gusto."
    assert "checked" in page.controls["authorized"][1]
    assert count(db, Signature) == 0

    # The re-rendered form carries a fresh token: sending it again works.
    again = {**typed, "csrf_token": page.value("csrf_token")}
    assert client.post(SIGN, data=again).status_code == 303
    assert stored_signature(db).organization_name == typed["organization"]


def test_a_submission_without_a_csrf_token_is_not_stored(app, client, db):
    app.config["WTF_CSRF_ENABLED"] = True
    factories.open_statement()

    response = client.post(SIGN, data=valid_form())

    assert response.status_code == 422
    assert "This form expired" in response.get_data(as_text=True)
    assert count(db, Signature) == 0
    assert count(db, OutboxMessage) == 0
