"""The forms the public fills in: signing, confirming, asking for a new link."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from flask_wtf import FlaskForm
from wtforms import BooleanField, Field, HiddenField, StringField, TelField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import DataRequired, Length, StopValidation, ValidationError

from signon.formfields import (
    ListedChoice,
    PlainText,
    category_field,
    comment_field,
    email_field,
    place_field,
    region_field,
    strip,
    website_field,
)
from signon.models.statuses import FieldChoice
from signon.names import organization_key

# Flask-Mail and smtplib cannot send to a non-ASCII local part; the machine is offline.


# What each optional field says when the statement's coordinators make it required.
REQUIRED_MESSAGES = {
    "website": "Enter your organization's website",
    "phone": "Enter a phone number",
    "comment": "Enter a comment",
}


class _UnlessIndividual:
    """Required, except from a person who signs as an individual."""

    def __init__(self, message: str) -> None:
        self.message = message
        self.field_flags: dict[str, Any] = {}

    def __call__(self, form: SignForm, field: Field) -> None:
        individual = getattr(form, "individual", None)
        if individual is not None and individual.data:
            if not field.data:
                raise StopValidation()
            return
        if not field.data:
            raise StopValidation(self.message)


class PublicListingForm(FlaskForm):
    """What the sign form and the signatory's correction form share: the statement's categories,
    and its optional fields shown, required or removed as it says. No fields of its own, so that
    each form keeps its fields in its own order."""

    category: ListedChoice

    def set_categories(self, choices: Iterable[tuple[str, str]]) -> None:
        self.category.choices = [
            SelectChoice("", "Choose a category"),
            *(SelectChoice(value, label) for value, label in choices),
        ]

    def fit_fields(self, modes: dict[str, FieldChoice]) -> None:
        """Each named field is hidden (removed, so that nothing posted for it is read), optional
        or required."""
        for name, mode in modes.items():
            if mode == FieldChoice.hidden:
                delattr(self, name)
            elif mode == FieldChoice.required:
                field = self[name]
                # A new list: the field's validators are shared by every instance of the form.
                field.validators = [DataRequired(REQUIRED_MESSAGES[name]), *field.validators]
                field.flags.required = True

    def text(self, name: str) -> str:
        """A field's value, or "" when the statement hides that field."""
        field = getattr(self, name, None)
        return (field.data or "") if field is not None else ""


class SignForm(PublicListingForm):
    individual = BooleanField("I am signing as an individual, not for an organization")
    organization = StringField(
        "Organization name",
        filters=[strip],
        validators=[DataRequired("Enter the name of your organization"), Length(max=300), PlainText()],
    )
    category = category_field()
    city = place_field("City", "Enter your organization's city")
    region = region_field()
    country = place_field("Country", "Enter your organization's country")
    website = website_field()
    contact_name = StringField(
        "Your name", filters=[strip], validators=[DataRequired("Enter your name"), Length(max=200), PlainText()]
    )
    contact_role = StringField("Your role", filters=[strip], validators=[Length(max=200), PlainText()])
    email = email_field("Email", "Enter your email address")
    phone = TelField("Phone", filters=[strip], validators=[Length(max=100), PlainText()])
    authorized = BooleanField(
        "I am authorized to sign on behalf of this organization",
        validators=[DataRequired("Confirm that you are authorized to sign on behalf of this organization")],
    )
    comment = comment_field()
    # Bot checks (signon/public/bot_checks.py), read only by the view and never stored. The trap is
    # hidden from people and named like nothing a browser autofills, so only a bot fills it in.
    referral = StringField("Leave this field empty: it is here to catch automated spam")
    shown_at = HiddenField()

    def validate_organization(self, field: StringField) -> None:
        if field.data and not organization_key(field.data):
            raise ValidationError("Enter the name of your organization, in letters or digits")
        # An individual is listed as "Name, Affiliation", which must fit where a name is kept.
        if self.flag("individual") and len(field.data or "") + len(self.contact_name.data or "") > 298:
            raise ValidationError("Shorten the organization: with your name it must fit in 300 characters")

    def validate_contact_name(self, field: StringField) -> None:
        # An individual's own name is what the list shows, and what finds a second signature.
        if self.flag("individual") and not organization_key(field.data or ""):
            raise ValidationError("Enter your name, in letters or digits")

    def configure(self, modes: dict[str, FieldChoice], *, allow_individuals: bool) -> None:
        """Fit the form to the statement: each of website, phone and comment is hidden
        (removed, so that nothing posted for it is read), optional or required; the
        individual checkbox only where individuals may sign."""
        self.fit_fields(modes)
        if not allow_individuals:
            delattr(self, "individual")
            return
        # A person signing in their own name may have no organization, and speaks for none.
        self.organization.validators = [
            _UnlessIndividual("Enter the name of your organization, or tick that you sign as an individual"),
            *self.organization.validators[1:],
        ]
        self.authorized.validators = [
            _UnlessIndividual("Confirm that you are authorized to sign on behalf of this organization")
        ]
        self.organization.flags.required = False
        self.authorized.flags.required = False

    def flag(self, name: str) -> bool:
        field = getattr(self, name, None)
        return bool(field.data) if field is not None else False


class ConfirmForm(FlaskForm):
    """Only a CSRF token: the button is the whole form."""


class ResendForm(FlaskForm):
    """An address to send links to: new confirmation links, or links to manage signatures."""

    email = email_field("Email", "Enter the email address you signed with")
