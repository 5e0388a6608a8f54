"""The forms of the share page, the message to signatories and the resend button."""

from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import HiddenField, RadioField, StringField, TextAreaField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import AnyOf, DataRequired, InputRequired, Length, Optional, Regexp

from signon.formfields import PlainText, strip, strip_multiline
from signon.models.statuses import Notify

NOTIFY_CHOICES = [
    SelectChoice(Notify.each, "Each new signature, as soon as it is verified"),
    SelectChoice(Notify.digest, "A daily digest: at most one email a day, and only when there are new signatures"),
    SelectChoice(Notify.none, "No email about new signatures"),
]
MESSAGE_STEPS = ("preview", "edit", "send")


def unix_newlines(value: object) -> object:
    # Browsers send a textarea's (and a hidden field's) line breaks as CRLF.
    return value.replace("\r\n", "\n").replace("\r", "\n") if isinstance(value, str) else value


class NotifyForm(FlaskForm):
    notify = RadioField(
        "Email me about new verified signatures",
        choices=NOTIFY_CHOICES,
        validators=[InputRequired("Choose which email you want about new signatures")],
    )


class MessageForm(FlaskForm):
    """Written, then previewed with the number of recipients, then sent: the same fields travel
    through each step, hidden on the preview."""

    subject = StringField(
        "Subject",
        filters=[strip],
        validators=[
            DataRequired("Enter a subject"),
            Length(max=200, message="Keep the subject under 200 characters"),
            PlainText(),
        ],
    )
    body = TextAreaField(
        "Message",
        filters=[unix_newlines, strip_multiline],
        validators=[
            DataRequired("Write the message"),
            Length(max=20_000, message="Keep the message under 20,000 characters"),
            PlainText(),
        ],
    )
    # Made at the preview; sending twice with it sends once.
    key = HiddenField(validators=[Optional(), Regexp(r"^[A-Za-z0-9_-]{16,64}$")])
    # Which button was pressed: each submit button carries name="step".
    step = HiddenField(validators=[AnyOf(MESSAGE_STEPS, message="Press one of the buttons")], default="preview")


class ResendForm(FlaskForm):
    """Only a CSRF token: resending emails a signer, so it is a deliberate POST."""
