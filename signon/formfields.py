"""Validators and filters shared by every form, and the fields that several forms ask alike."""

from __future__ import annotations

import re
import unicodedata
from typing import Any
from urllib.parse import urlsplit

from wtforms import EmailField, Field, Form, SelectField, StringField, TextAreaField
from wtforms.validators import DataRequired, Email, InputRequired, Length, Optional, ValidationError

from signon.markup import structure_problem

# Control characters (NUL included) and the bidi controls that can make a name read backwards.
_FORBIDDEN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")


# Spaces only (no-break spaces pasted from Word included): control characters that Python's
# str.split() also counts as white space must reach the PlainText check, not vanish.
_SPACES = re.compile("[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")


def strip(value: Any) -> Any:
    return _SPACES.sub(" ", value).strip(" ") if isinstance(value, str) else value


def strip_multiline(value: Any) -> Any:
    return value.strip() if isinstance(value, str) else value


class PlainText:
    """Refuses control characters, NUL and bidi overrides, with a message that says which."""

    def __init__(self, message: str = "Remove the invisible control characters from this field") -> None:
        self.message = message

    def __call__(self, form: Form, field: Field) -> None:
        value = field.data if isinstance(field.data, str) else ""
        allowed_newlines = value.replace("\n", "").replace("\r", "") if field.type == "TextAreaField" else value
        if _FORBIDDEN.search(allowed_newlines) or (field.type != "TextAreaField" and ("\n" in value or "\r" in value)):
            raise ValidationError(self.message)
        if value and unicodedata.normalize("NFC", value) != value:
            field.data = unicodedata.normalize("NFC", value)


def normalise_website(value: str) -> str:
    """'example.org' becomes 'https://example.org'; anything but a web address is refused."""
    value = value.strip()
    if not value:
        return ""
    if "://" not in value:
        value = "https://" + value
    parts = urlsplit(value)
    host = parts.hostname or ""
    if parts.scheme not in ("http", "https") or "." not in host or parts.username or parts.password:
        raise ValueError("not a web address")
    if not re.fullmatch(r"[\w.-]+", host) or host.startswith(".") or host.endswith("."):
        raise ValueError("not a web address")
    return value


class WebAddress:
    def __init__(self, message: str = "Enter a web address like https://example.org, or leave it empty") -> None:
        self.message = message

    def __call__(self, form: Form, field: Field) -> None:
        try:
            field.data = normalise_website(field.data or "")
        except ValueError:
            raise ValidationError(self.message) from None


class Reworded(Field):
    """A field whose refusal of what was typed says what to type (``refusal``), not WTForms'
    "Not a valid date value". Named first among the bases: ``class Day(Reworded, DateField)``."""

    refusal = "Enter a value in the format shown"

    def process_formdata(self, valuelist: list[Any]) -> None:
        try:
            super().process_formdata(valuelist)
        except ValueError:
            raise ValueError(self.refusal) from None


class ListedChoice(SelectField):
    """A select whose refusal of an unlisted value says what to do, not "Not a valid choice"."""

    def __init__(self, *args: Any, message: str = "Choose one of the listed options", **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.refusal = message

    def pre_validate(self, form: Form) -> None:
        listed = {str(value) for value, *_ in (self.choices or [])}
        if self.data not in listed:
            raise ValidationError(self.refusal)


EMAIL_FORMAT = "Enter an email address in the correct format, like name@example.org"


def email_validators(missing: str) -> list[Any]:
    """What every email field that Signon writes to checks: present (``missing`` says what to
    enter), short enough, no control characters, and an address smtplib can send to (no
    non-ASCII local part, which it cannot encode; nothing looked up, the machine may be offline)."""
    return [
        DataRequired(missing),
        # No address is longer (RFC 5321); WTForms' own message would not say what to do.
        Length(max=320, message=EMAIL_FORMAT),
        PlainText(EMAIL_FORMAT),
        Email(EMAIL_FORMAT, check_deliverability=False, allow_smtputf8=False),
    ]


def email_field(label: str, missing: str) -> EmailField:
    """An email address Signon will write to, checked as ``email_validators`` says."""
    return EmailField(label, filters=[strip], validators=email_validators(missing))


# The fields of a signatory's listing that the sign form, the signatory's correction form and
# the coordinator's forms ask alike.


def place_field(label: str, missing: str) -> StringField:
    """A required place name (a city, a country)."""
    return StringField(label, filters=[strip], validators=[DataRequired(missing), Length(max=120), PlainText()])


def region_field() -> StringField:
    return StringField("State or region", filters=[strip], validators=[Optional(), Length(max=120), PlainText()])


def website_field() -> StringField:
    """An optional website, completed to a full https:// address."""
    return StringField("Website", filters=[strip], validators=[Length(max=500), PlainText(), WebAddress()])


def category_field() -> ListedChoice:
    """The signatory's category, one of the statement's (the form sets the choices)."""
    return ListedChoice(
        "Category",
        validators=[InputRequired("Choose the category of your organization")],
        message="Choose one of the listed categories",
    )


def comment_field() -> TextAreaField:
    """The public comment shown beside a signatory's name."""
    return TextAreaField(
        "Public comment",
        filters=[strip_multiline],
        validators=[Length(max=1000, message="Keep the comment under 1,000 characters"), PlainText()],
    )


class RenderableMarkdown:
    """Markdown that renders in bounded time: nothing nested or dense in brackets past the limits
    of markup.structure_problem (the public page would show such text as plain paragraphs)."""

    def __init__(self) -> None:
        self.field_flags: dict[str, Any] = {}

    def __call__(self, form: Form, field: Field) -> None:
        problem = structure_problem(field.data or "")
        if problem is not None:
            line, reason = problem
            raise ValidationError(f"Line {line} has {reason}: simplify it")
