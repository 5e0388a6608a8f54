"""The forms the public fills in: signing, confirming, asking for a new link."""

from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import BooleanField, EmailField, StringField, TextAreaField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import DataRequired, Email, InputRequired, Length, Optional, ValidationError

from signon.formfields import ListedChoice, PlainText, WebAddress, strip, strip_multiline
from signon.names import organization_key

EMAIL_FORMAT = "Enter an email address in the correct format, like name@example.org"
# Flask-Mail and smtplib cannot send to a non-ASCII local part; the machine is offline.
email_format = Email(EMAIL_FORMAT, check_deliverability=False, allow_smtputf8=False)


class SignForm(FlaskForm):
    organization = StringField(
        "Organization name",
        filters=[strip],
        validators=[DataRequired("Enter the name of your organization"), Length(max=300), PlainText()],
    )
    category = ListedChoice(
        "Category",
        validators=[InputRequired("Choose the category of your organization")],
        message="Choose one of the listed categories",
    )
    city = StringField(
        "City",
        filters=[strip],
        validators=[DataRequired("Enter your organization's city"), Length(max=120), PlainText()],
    )
    region = StringField("State or region", filters=[strip], validators=[Optional(), Length(max=120), PlainText()])
    country = StringField(
        "Country",
        filters=[strip],
        validators=[DataRequired("Enter your organization's country"), Length(max=120), PlainText()],
    )
    website = StringField("Website", filters=[strip], validators=[Length(max=500), PlainText(), WebAddress()])
    contact_name = StringField(
        "Your name", filters=[strip], validators=[DataRequired("Enter your name"), Length(max=200), PlainText()]
    )
    contact_role = StringField("Your role", filters=[strip], validators=[Length(max=200), PlainText()])
    email = EmailField(
        "Email",
        filters=[strip],
        validators=[DataRequired("Enter your email address"), Length(max=320), PlainText(EMAIL_FORMAT), email_format],
    )
    authorized = BooleanField(
        "I am authorized to sign on behalf of this organization",
        validators=[DataRequired("Confirm that you are authorized to sign on behalf of this organization")],
    )
    comment = TextAreaField(
        "Public comment",
        filters=[strip_multiline],
        validators=[Length(max=1000, message="Keep the comment under 1,000 characters"), PlainText()],
    )

    def validate_organization(self, field: StringField) -> None:
        if not organization_key(field.data or ""):
            raise ValidationError("Enter the name of your organization, in letters or digits")

    def set_categories(self, choices: list[tuple[str, str]]) -> None:
        self.category.choices = [
            SelectChoice("", "Choose a category"),
            *(SelectChoice(value, label) for value, label in choices),
        ]


class ConfirmForm(FlaskForm):
    """Only a CSRF token: the button is the whole form."""


class ResendForm(FlaskForm):
    email = EmailField(
        "Email",
        filters=[strip],
        validators=[DataRequired("Enter the email address you signed with"), Length(max=320), email_format],
    )
