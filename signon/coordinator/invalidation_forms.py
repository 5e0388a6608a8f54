"""The forms of bulk invalidation: the criteria, read from the query string for the preview
(which changes nothing), and the same criteria with the previewed ids for the confirmation."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from flask_wtf import FlaskForm
from wtforms import DateTimeLocalField, Field, HiddenField, StringField
from wtforms.validators import Length, Optional, ValidationError

from signon.formfields import PlainText, Reworded, strip
from signon.routing import LARGEST_ID
from signon.services.moderation.bulk_invalidation import (
    Criteria,
    InvalidCriterion,
    decode_ids,
    parse_domain,
    parse_network,
)

NO_CRITERIA = "Give at least one of these: an IP address or network, an email domain, or a time window"
# What a browser's datetime-local input sends, and what a person types where it has none.
MOMENT_FORMATS = ["%Y-%m-%dT%H:%M", "%Y-%m-%dT%H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%d %H:%M:%S"]


class LocalMoment(Reworded, DateTimeLocalField):
    """A date and time in the statement's time zone, refused with words that say what to type."""

    refusal = "Enter a date and time like 2026-03-01 14:30"

    def process_formdata(self, valuelist: list[Any]) -> None:
        super().process_formdata(valuelist)
        # Year 1 or 9999 cannot be moved to UTC or a minute on: no signature is from then anyway.
        moment: datetime | None = getattr(self, "data", None)
        if moment is not None and not 2000 <= moment.year <= 2100:
            self.data = None
            raise ValueError("Enter a date between the years 2000 and 2100")


def _parsed(parse: Any) -> Any:
    def check(form: FlaskForm, field: Field) -> None:
        try:
            field.data = parse(field.data or "")
        except InvalidCriterion as exc:
            raise ValidationError(exc.message) from None

    return check


class CriteriaFields(FlaskForm):
    ip = StringField(
        "IP address or network",
        filters=[strip],
        validators=[Length(max=100), PlainText(), _parsed(parse_network)],
    )
    domain = StringField(
        "Contact email domain",
        filters=[strip],
        validators=[Length(max=253), PlainText(), _parsed(parse_domain)],
    )
    submitted_from = LocalMoment("Submitted from", format=MOMENT_FORMATS, validators=[Optional()])
    submitted_until = LocalMoment("Submitted until", format=MOMENT_FORMATS, validators=[Optional()])

    def criteria(self, zone: str) -> Criteria:
        """The validated criteria; the window in the statement's time zone, "until" taking in
        the whole minute it names."""
        tz = ZoneInfo(zone)
        start: datetime | None = self.submitted_from.data
        end: datetime | None = self.submitted_until.data
        return Criteria(
            network=self.ip.data or "",
            domain=self.domain.data or "",
            submitted_from=start.replace(tzinfo=tz) if start else None,
            submitted_before=end.replace(second=0, microsecond=0, tzinfo=tz) + timedelta(minutes=1) if end else None,
        )

    def carried(self) -> dict[str, str]:
        """The criteria as the confirmation form carries them, in hidden fields."""
        moments = {"submitted_from": self.submitted_from.data, "submitted_until": self.submitted_until.data}
        return {
            "ip": self.ip.data or "",
            "domain": self.domain.data or "",
            **{name: value.isoformat(timespec="seconds") if value else "" for name, value in moments.items()},
        }

    def refuse(self, exc: InvalidCriterion | None = None) -> None:
        """Show a refusal of the service beside the field it is about (the first, when none)."""
        field = getattr(self, exc.field, self.ip) if exc else self.ip
        field.errors = [*field.errors, exc.message if exc else NO_CRITERIA]


class PreviewForm(CriteriaFields):
    """Read from the query string: a preview changes nothing, so it is a GET without a token."""

    class Meta:
        csrf = False


def _ids(form: FlaskForm, field: Field) -> None:
    try:
        field.data = decode_ids(field.data or "", LARGEST_ID)
    except ValueError:
        raise ValidationError("Preview the signatures again, then confirm") from None


class ConfirmForm(CriteriaFields):
    ids = HiddenField(validators=[Length(max=60_000), _ids])
