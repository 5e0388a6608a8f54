"""The forms of the signatures table, a signatory's page, adding a signatory and merging."""

from __future__ import annotations

from typing import Any

from flask_wtf import FlaskForm
from wtforms import (
    HiddenField,
    IntegerField,
    RadioField,
    SearchField,
    SelectField,
    SelectMultipleField,
    StringField,
    TextAreaField,
)
from wtforms.fields.choices import SelectChoice
from wtforms.validators import DataRequired, InputRequired, Length, NumberRange, Optional, ValidationError

from signon.formfields import (
    ListedChoice,
    PlainText,
    email_field,
    place_field,
    strip,
    strip_multiline,
    website_field,
)
from signon.names import organization_key
from signon.routing import LARGEST_ID
from signon.services.moderation.moderation import ACTIONS
from signon.services.moderation.signature_table import SORTS, STATUS_FILTERS

# The largest id a signature can have; a longer number in a form is not one of ours.


class TableForm(FlaskForm):
    """Read from the query string: filtering changes nothing, so it is a GET without a token."""

    class Meta:
        csrf = False

    status = SelectField("Status", choices=[SelectChoice(k, label) for k, label in STATUS_FILTERS], default="all")
    category = SelectField("Category", default="")
    q = SearchField("Name, contact or email", filters=[strip], validators=[Length(max=200), PlainText()])
    sort = SelectField("Sort by", choices=[SelectChoice(k, label) for k, label in SORTS], default="date")
    page = IntegerField("Page", default=1, validators=[Optional(), NumberRange(min=1, max=1_000_000)])

    def set_categories(self, categories: tuple[tuple[str, str], ...]) -> None:
        self.category.choices = [SelectChoice("", "Every category"), *(SelectChoice(k, v) for k, v in categories)]


def _ids(form: FlaskForm, field: SelectMultipleField) -> None:
    if any(not 0 < value <= LARGEST_ID for value in field.data or ()):
        raise ValidationError("Choose signatures from the table")


class BulkForm(FlaskForm):
    """The table is one form: a checkbox per row, a button per action, and per-row buttons
    (``row`` = "action:id") for the one-click approval of a single signature."""

    ids = SelectMultipleField("Signatures", coerce=int, validate_choice=False, validators=[_ids])
    action = SelectField(choices=[SelectChoice(a, a) for a in ACTIONS], validate_choice=False)
    row = StringField(validators=[Optional(), Length(max=40)])
    message = TextAreaField(
        "Message to the signers you reject",
        filters=[strip_multiline],
        validators=[Length(max=2000, message="Keep the message under 2,000 characters"), PlainText()],
    )
    back = HiddenField(validators=[Length(max=1000)])

    def chosen(self) -> tuple[str, list[int]] | None:
        """The action and the signatures it is for, or None when the form says neither."""
        if self.row.data:
            action, _, raw_id = self.row.data.partition(":")
            if action in ACTIONS and raw_id.isascii() and raw_id.isdigit() and 0 < int(raw_id) <= LARGEST_ID:
                return action, [int(raw_id)]
            return None
        if self.action.data in ACTIONS and self.ids.data:
            return self.action.data, list(self.ids.data)
        return None


class ModerationForm(FlaskForm):
    moderated = RadioField(
        "When a signer confirms by email",
        choices=[
            SelectChoice("off", "List the signature at once"),
            SelectChoice("on", "Hold the signature until a coordinator approves it"),
        ],
        validators=[InputRequired("Choose when confirmed signatures are listed")],
    )


class ActionForm(FlaskForm):
    """One action on one signatory, from its page."""

    action = ListedChoice("Action", choices=[SelectChoice(a, a) for a in ACTIONS])
    message = TextAreaField(
        "Message to the signer",
        filters=[strip_multiline],
        validators=[Length(max=2000, message="Keep the message under 2,000 characters"), PlainText()],
    )


def _name_with_letters(form: FlaskForm, field: StringField) -> None:
    if not organization_key(field.data or ""):
        raise ValidationError("Enter the name in letters or digits")


class ListingForm(FlaskForm):
    """How a signatory is listed: what a coordinator corrects."""

    organization = StringField(
        "Name as listed",
        filters=[strip],
        validators=[DataRequired("Enter the name to list"), Length(max=300), PlainText(), _name_with_letters],
    )
    category = ListedChoice("Category", validators=[InputRequired("Choose a category")])
    city = StringField("City", filters=[strip], validators=[Length(max=120), PlainText()])
    region = StringField("State or region", filters=[strip], validators=[Length(max=120), PlainText()])
    country = StringField("Country", filters=[strip], validators=[Length(max=120), PlainText()])

    def set_categories(self, categories: list[tuple[str, str]]) -> None:
        self.category.choices = [SelectChoice(key, label) for key, label in categories]


class AddSignatoryForm(ListingForm):
    """A signatory added on the coordinator's word, such as an organization that replied by email."""

    organization = StringField(
        "Organization name",
        filters=[strip],
        validators=[
            DataRequired("Enter the organization's name"),
            Length(max=300),
            PlainText(),
            _name_with_letters,
        ],
    )
    city = place_field("City", "Enter the city")
    country = place_field("Country", "Enter the country")
    website = website_field()
    contact_name = StringField(
        "Contact's name",
        filters=[strip],
        validators=[DataRequired("Enter the name of the person who signed"), Length(max=200), PlainText()],
    )
    contact_role = StringField("Contact's role", filters=[strip], validators=[Length(max=200), PlainText()])
    email = email_field("Contact's email", "Enter the contact's email address")

    def set_categories(self, categories: list[tuple[str, str]]) -> None:
        super().set_categories(categories)
        self.category.choices.insert(0, SelectChoice("", "Choose a category"))


class MergeForm(FlaskForm):
    keep = IntegerField(validators=[InputRequired(), NumberRange(min=1, max=LARGEST_ID)])
    merge = IntegerField(validators=[InputRequired(), NumberRange(min=1, max=LARGEST_ID)])

    def validate_merge(self, field: IntegerField) -> None:
        if field.data == self.keep.data:
            raise ValidationError("Choose two different signatures")


def table_query_args(values: dict[str, Any]) -> dict[str, str]:
    """The table's filters worth keeping in a link: those that differ from the defaults."""
    defaults = {"status": "all", "category": "", "q": "", "sort": "date", "page": "1"}
    return {k: str(v) for k, v in values.items() if k in defaults and v not in (None, "") and str(v) != defaults[k]}
