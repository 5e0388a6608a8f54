"""The forms of a signatory's own pages: asking for a manage link, withdrawing, correcting."""

from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import StringField
from wtforms.validators import DataRequired, Length, ValidationError

from signon.formfields import (
    PlainText,
    category_field,
    comment_field,
    place_field,
    region_field,
    strip,
    website_field,
)
from signon.models.statuses import FieldChoice
from signon.names import organization_key
from signon.public.forms import PublicListingForm


class ButtonForm(FlaskForm):
    """Only a CSRF token: the button is the whole form."""


class CorrectionForm(PublicListingForm):
    """The listing as the signatory corrects it: what the public list and the letter show."""

    organization = StringField(
        "Name as listed",
        filters=[strip],
        validators=[DataRequired("Enter the name as it should be listed"), Length(max=300), PlainText()],
    )
    category = category_field()
    city = place_field("City", "Enter the city")
    region = region_field()
    country = place_field("Country", "Enter the country")
    website = website_field()
    comment = comment_field()

    def validate_organization(self, field: StringField) -> None:
        if field.data and not organization_key(field.data):
            raise ValidationError("Enter the name in letters or digits")

    def configure(self, categories: tuple[tuple[str, str], ...], modes: dict[str, FieldChoice]) -> None:
        """Offer the statement's categories, and its website and comment fields as its sign form
        does: removed when hidden (nothing posted for them is read), required when required."""
        self.set_categories(categories)
        self.fit_fields(modes)
