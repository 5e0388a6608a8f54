"""Helpers for the drafting tests: a team seeded in the database, signing in through the form,
the values a form holds as a browser would post them, and what the database and audit hold."""

from __future__ import annotations

import re
from html import unescape
from html.parser import HTMLParser
from typing import Any

from sqlalchemy import func

from signon.extensions import db
from signon.models import AuditEvent, Statement

NEW_STATEMENT = {
    "title": "Protect Migrant Shelters",
    "slug": "",
    "date": "2026-06-27",
    "language": "en",
    "deadline_date": "2099-08-15",
    "deadline_time": "",
    "timezone": "America/New_York",
    "salutation": "Dear Secretary,",
    "body": "We, the undersigned, ask you to protect migrant shelters.[^1]\n\n[^1]: Amnesty International, 2019.",
    "closing": "Sincerely,",
    "background": "",
}


def new_statement_form(**changes: str | None) -> dict[str, str]:
    """What the New statement form posts; None leaves a field out."""
    form: dict[str, str | None] = {**NEW_STATEMENT, **changes}
    return {name: value for name, value in form.items() if value is not None}


def statement(slug: str) -> Statement:
    db.session.expire_all()
    return db.session.execute(db.select(Statement).where(Statement.slug == slug)).scalar_one()


def count(model: Any, *where: Any) -> int:
    with db.engine.connect() as connection:
        return connection.execute(db.select(func.count()).select_from(model).where(*where)).scalar_one()


def actions(statement_id: int | None = None) -> list[str]:
    """The audit trail's actions, oldest first (for one statement, or all)."""
    query = db.select(AuditEvent.action).order_by(AuditEvent.id)
    if statement_id is not None:
        query = query.where(AuditEvent.statement_id == statement_id)
    with db.engine.connect() as connection:
        return list(connection.execute(query).scalars())


def events(action: str) -> list[AuditEvent]:
    db.session.expire_all()
    return list(db.session.execute(db.select(AuditEvent).where(AuditEvent.action == action)).scalars())


def article(html: str) -> str:
    """The statement's <article>, exactly as sent."""
    match = re.search(r'<article class="statement".*?</article>', html, re.S)
    assert match, "no statement article in the page"
    return match.group(0)


def error_summary(html: str) -> str:
    """The error summary, its entities decoded (so that "organization's" reads as typed)."""
    match = re.search(r'<div class="error-summary".*?</ul>', html, re.S)
    assert match, "no error summary on the page"
    return unescape(match.group(0))


def flashes(html: str) -> list[str]:
    found = re.findall(r'<div class="notice[^"]*" role="[a-z]+">(.*?)</div>', html, re.S)
    return [" ".join(unescape(m).split()) for m in found]


class FormValues(HTMLParser):
    """What a browser would post from the forms of a page whose action contains ``action``:
    inputs (checked boxes and radios only), textareas and selected options; no buttons."""

    def __init__(self, html: str, action: str = "") -> None:
        super().__init__(convert_charrefs=True)
        self.action = action
        self.values: dict[str, str] = {}
        self.labels: dict[str, str] = {}  # control id -> label text
        self._in_form = False
        self._textarea: str | None = None
        self._select: str | None = None
        self._label_for: str | None = None
        self._label_text: list[str] = []
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "form":
            self._in_form = self.action in a.get("action", "")
        if tag == "label":
            self._label_for, self._label_text = a.get("for"), []
        if not self._in_form:
            return
        name = a.get("name")
        if tag == "input" and name and a.get("type") not in ("submit", "button"):
            if a.get("type") in ("checkbox", "radio") and "checked" not in a:
                return
            self.values[name] = a.get("value", "y" if a.get("type") == "checkbox" else "")
        elif tag == "textarea" and name:
            self._textarea = name
            self.values[name] = ""
        elif tag == "select" and name:
            self._select = name
        elif tag == "option" and self._select and "selected" in a:
            self.values[self._select] = a.get("value", "")

    def handle_endtag(self, tag: str) -> None:
        if tag == "form":
            self._in_form = False
        elif tag == "textarea":
            self._textarea = None
        elif tag == "select":
            self._select = None
        elif tag == "label" and self._label_for:
            self.labels[self._label_for] = " ".join("".join(self._label_text).split())
            self._label_for = None

    def handle_data(self, data: str) -> None:
        if self._textarea is not None:
            # A browser drops the one line end that follows <textarea>.
            self.values[self._textarea] += (
                data.removeprefix("\r\n").removeprefix("\n") if not self.values[self._textarea] else data
            )
        if self._label_for is not None:
            self._label_text.append(data)


def form_values(html: str, action: str = "") -> dict[str, str]:
    return FormValues(html, action).values
