"""The forms coordinators draft a statement with: its words, addressees, categories, sign form
and status. The shapes are checked here; the rules (slug taken, footnotes defined, a category
with signatures) are the services', whose refusals the views show beside the field."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from typing import Any
from zoneinfo import ZoneInfo, available_timezones

from flask_wtf import FlaskForm
from wtforms import BooleanField, DateField, EmailField, RadioField, StringField, TextAreaField, TimeField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import AnyOf, DataRequired, Email, Length, Optional, Regexp, ValidationError

from signon.formfields import ListedChoice, PlainText, RenderableMarkdown, Reworded, strip, strip_multiline
from signon.models.statuses import FieldChoice, StatementStatus
from signon.services.drafting.drafting import MAX_BACKGROUND, MAX_BODY, SignFormSettings
from signon.services.statements.statement_files import LANGUAGE, SLUG, AddresseeInput, StatementText

# Every IANA zone with a region ("America/Mexico_City"), and UTC, sorted for the select.
TIMEZONES = ["UTC", *sorted(z for z in available_timezones() if "/" in z and not z.startswith(("Etc/", "SystemV/")))]
END_OF_DAY = time(23, 59)
FIELD_MODE_CHOICES = [
    SelectChoice(FieldChoice.hidden, "Not asked"),
    SelectChoice(FieldChoice.optional, "Optional"),
    SelectChoice(FieldChoice.required, "Required"),
]


class FriendlyDate(Reworded, DateField):
    refusal = "Enter a real date, like 2026-06-27"


class FriendlyTime(Reworded, TimeField):
    refusal = "Enter a time like 17:00, or leave it empty for the end of the day"


def _one_line(max_length: int) -> list[Any]:
    return [Length(max=max_length, message=f"Keep it under {max_length:,} characters"), PlainText()]


class StatementForm(FlaskForm):
    title = StringField(
        "Title", filters=[strip], validators=[DataRequired("Enter a title"), *_one_line(300)]
    )  # fmt: skip
    slug = StringField(
        "Web address",
        filters=[strip],
        validators=[
            Optional(),
            Length(max=80, message="Keep the web address under 80 characters"),
            Regexp(SLUG, message="Use lower-case letters, digits and single hyphens, like joint-letter-2026"),
        ],
    )
    date = FriendlyDate("Date of the letter", validators=[Optional()])
    language = StringField(
        "Language",
        default="en",
        filters=[strip],
        validators=[
            DataRequired("Enter a language code such as en or es"),
            Length(max=20),
            Regexp(LANGUAGE, message="Enter a language code such as en, es or pt-BR"),
        ],
    )
    deadline_date = FriendlyDate("Date", validators=[Optional()])
    deadline_time = FriendlyTime("Time", format=["%H:%M", "%H:%M:%S"], validators=[Optional()])
    timezone = ListedChoice(
        "Time zone",
        choices=[SelectChoice(zone, zone.replace("_", " ")) for zone in TIMEZONES],
        default="UTC",
        message="Choose a time zone from the list",
    )
    salutation = StringField("Salutation", filters=[strip], validators=_one_line(300))
    body = TextAreaField(
        "Text of the statement",
        filters=[strip_multiline],
        validators=[
            DataRequired("Enter the text of the statement"),
            Length(max=MAX_BODY, message=f"Keep the text under {MAX_BODY:,} characters"),
            PlainText(),
            RenderableMarkdown(),
        ],
    )
    closing = StringField("Closing", filters=[strip], validators=_one_line(300))
    background = TextAreaField(
        "Additional information",
        filters=[strip_multiline],
        validators=[
            Length(max=MAX_BACKGROUND, message=f"Keep it under {MAX_BACKGROUND:,} characters"),
            PlainText(),
            RenderableMarkdown(),
        ],
    )

    def validate_deadline_time(self, field: TimeField) -> None:
        if field.data is not None and self.deadline_date.data is None:
            raise ValidationError("Enter the date of the deadline, or leave the time empty too")

    @classmethod
    def of(cls, text: StatementText) -> StatementForm:
        """The form filled in with saved words; the deadline in the statement's own time zone."""
        local = text.deadline.astimezone(ZoneInfo(text.timezone)) if text.deadline else None
        return cls(
            data={
                "title": text.title,
                "slug": text.slug,
                "date": text.date,
                "language": text.language,
                "deadline_date": local.date() if local else None,
                "deadline_time": local.time().replace(second=0, microsecond=0) if local else None,
                "timezone": text.timezone,
                "salutation": text.salutation,
                "body": text.body,
                "closing": text.closing,
                "background": text.background,
            }
        )

    def error(self, name: str, message: str) -> None:
        """Show a service's refusal beside its field (beside the title if that field is not shown)."""
        field = self._fields.get(name) or self.title
        field.errors = [*field.errors, message]

    def deadline(self) -> datetime | None:
        day: date | None = self.deadline_date.data
        if day is None:
            return None
        # A date alone means the whole of that day, where the statement is run.
        moment = datetime.combine(day, self.deadline_time.data or END_OF_DAY, tzinfo=ZoneInfo(self.timezone.data))
        return moment.astimezone(UTC)

    def text(self, current_slug: str = "") -> StatementText:
        """The typed words; without a web address, the statement keeps its own (or, when new,
        gets one made from the title)."""
        slug_field = getattr(self, "slug", None)
        return StatementText(
            title=self.title.data,
            body=self.body.data.replace("\r\n", "\n"),
            slug=(slug_field.data if slug_field is not None else "") or current_slug,
            language=self.language.data,
            date=self.date.data,
            deadline=self.deadline(),
            timezone=self.timezone.data,
            salutation=self.salutation.data or "",
            closing=self.closing.data or "",
            background=(self.background.data or "").replace("\r\n", "\n"),
        )


class AddresseeForm(FlaskForm):
    name = StringField("Name", filters=[strip], validators=[DataRequired("Enter the name"), *_one_line(200)])
    title = StringField("Title or position", filters=[strip], validators=_one_line(300))
    organization = StringField("Organization", filters=[strip], validators=_one_line(300))
    address = TextAreaField(
        "Postal address",
        filters=[strip_multiline],
        validators=[Length(max=2000, message="Keep the address under 2,000 characters"), PlainText()],
    )
    email = EmailField(
        "Email",
        filters=[strip],
        validators=[
            Optional(),
            Length(max=320),
            Email("Enter an email address like name@example.org", check_deliverability=False),
        ],
    )
    phone = StringField("Phone", filters=[strip], validators=_one_line(100))
    social_handle = StringField("Social media", filters=[strip], validators=_one_line(100))

    def value(self) -> AddresseeInput:
        lines = [line.strip() for line in (self.address.data or "").splitlines()]
        return AddresseeInput(
            name=self.name.data,
            title=self.title.data or "",
            organization=self.organization.data or "",
            address="\n".join(line for line in lines if line),
            email=self.email.data or "",
            phone=self.phone.data or "",
            social_handle=self.social_handle.data or "",
        )


class CategoryForm(FlaskForm):
    """Adding a category, or renaming one (with a prefix per category, so that ids stay unique)."""

    label = StringField(
        "Name of the new category",
        filters=[strip],
        validators=[DataRequired("Enter a name for the category"), *_one_line(100)],
    )


class MoveForm(FlaskForm):
    """Move up or down: the button pressed says which."""

    direction = StringField(validators=[AnyOf(["up", "down"], message="Press Move up or Move down")])

    @property
    def offset(self) -> int:
        return -1 if self.direction.data == "up" else 1


class ButtonForm(FlaskForm):
    """Only a CSRF token: the button is the whole form."""


class StatusForm(FlaskForm):
    status = StringField(
        validators=[AnyOf([StatementStatus.open, StatementStatus.closed], message="Press one of the buttons")]
    )


class ClosedMessageForm(FlaskForm):
    message = TextAreaField(
        "Message shown once the statement is closed",
        filters=[strip_multiline],
        validators=[Length(max=5000, message="Keep the message under 5,000 characters"), PlainText()],
    )


class SignFormSettingsForm(FlaskForm):
    website = RadioField("Website", choices=FIELD_MODE_CHOICES, default=FieldChoice.optional)
    phone = RadioField("Phone", choices=FIELD_MODE_CHOICES, default=FieldChoice.hidden)
    comment = RadioField("Public comment", choices=FIELD_MODE_CHOICES, default=FieldChoice.optional)
    allow_individuals = BooleanField("Let people sign as individuals")

    @classmethod
    def of(cls, settings: SignFormSettings) -> SignFormSettingsForm:
        return cls(data=vars(settings))

    def value(self) -> SignFormSettings:
        return SignFormSettings(
            website=FieldChoice(self.website.data),
            phone=FieldChoice(self.phone.data),
            comment=FieldChoice(self.comment.data),
            allow_individuals=bool(self.allow_individuals.data),
        )
