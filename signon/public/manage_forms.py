"""The forms of a signatory's own pages: asking for a manage link, withdrawing, correcting."""

from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import EmailField, StringField, TextAreaField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import DataRequired, InputRequired, Length, Optional, ValidationError

from signon.formfields import ListedChoice, PlainText, WebAddress, email_validators, strip, strip_multiline
from signon.names import organization_key
from signon.public.forms import REQUIRED_MESSAGES


class ManageRequestForm(FlaskForm):
    email = EmailField("Email", filters=[strip], validators=email_validators("Enter the email address you signed with"))


class ButtonForm(FlaskForm):
    """Only a CSRF token: the button is the whole form."""


class CorrectionForm(FlaskForm):
    """The listing as the signatory corrects it: what the public list and the letter show."""

    organization = StringField(
        "Name as listed",
        filters=[strip],
        validators=[DataRequired("Enter the name as it should be listed"), Length(max=300), PlainText()],
    )
    category = ListedChoice(
        "Category",
        validators=[InputRequired("Choose the category of your organization")],
        message="Choose one of the listed categories",
    )
    city = StringField(
        "City", filters=[strip], validators=[DataRequired("Enter the city"), Length(max=120), PlainText()]
    )
    region = StringField("State or region", filters=[strip], validators=[Optional(), Length(max=120), PlainText()])
    country = StringField(
        "Country", filters=[strip], validators=[DataRequired("Enter the country"), Length(max=120), PlainText()]
    )
    website = StringField("Website", filters=[strip], validators=[Length(max=500), PlainText(), WebAddress()])
    comment = TextAreaField(
        "Public comment",
        filters=[strip_multiline],
        validators=[Length(max=1000, message="Keep the comment under 1,000 characters"), PlainText()],
    )

    def validate_organization(self, field: StringField) -> None:
        if field.data and not organization_key(field.data):
            raise ValidationError("Enter the name in letters or digits")

    def configure(self, categories: tuple[tuple[str, str], ...], modes: dict[str, str]) -> None:
        """Offer the statement's categories, and its website and comment fields as its sign form
        does: removed when hidden (nothing posted for them is read), required when required."""
        self.category.choices = [
            SelectChoice("", "Choose a category"),
            *(SelectChoice(value, label) for value, label in categories),
        ]
        for name, mode in modes.items():
            if mode == "hidden":
                delattr(self, name)
            elif mode == "required":
                field = self[name]
                # A new list: the field's validators are shared by every instance of the form.
                field.validators = [DataRequired(REQUIRED_MESSAGES[name]), *field.validators]
                field.flags.required = True

    def text(self, name: str) -> str:
        """A field's value, or "" when the statement hides that field."""
        field = getattr(self, name, None)
        return (field.data or "") if field is not None else ""
