"""The form of a statement's privacy page: how long contact details are kept after closing."""

from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import Field, IntegerField
from wtforms.validators import InputRequired, NumberRange, ValidationError

from signon.services.statements.privacy import MAX_MONTHS, MIN_MONTHS

RANGE = f"Enter a number of months from {MIN_MONTHS} to {MAX_MONTHS}"


def _ascii_digits(form: FlaskForm, field: Field) -> None:
    # int() reads full-width and other Unicode digits too.
    if not all(raw.isascii() for raw in field.raw_data or ()):
        raise ValidationError(RANGE)


class RetentionForm(FlaskForm):
    months = IntegerField(
        "Months to keep contact details after the statement closes",
        validators=[InputRequired(RANGE), _ascii_digits, NumberRange(min=MIN_MONTHS, max=MAX_MONTHS, message=RANGE)],
    )

    def say_range(self) -> None:
        """One message for every refusal: "abc" or "1.5" too says what to type, not "Not a
        valid integer value"."""
        if self.months.errors:
            self.months.errors = [RANGE]
