"""The coordinator's forms."""

from __future__ import annotations

from flask_wtf import FlaskForm
from wtforms import BooleanField, RadioField, SelectField, SelectMultipleField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import DataRequired
from wtforms.widgets import CheckboxInput, ListWidget

from signon.exports.letter import LetterOptions
from signon.models.statuses import PaperSize, SignatureStatus

FORMAT_CHOICES = [
    SelectChoice("pdf", "PDF"),
    SelectChoice("docx", "Word (.docx)"),
    SelectChoice("html", "Web page (.html)"),
    SelectChoice("txt", "Plain text (.txt)"),
    SelectChoice("md", "Markdown (.md)"),
    SelectChoice("csv", "Signatures with contact details (.csv)"),
    SelectChoice("xlsx", "Signatures with contact details (.xlsx)"),
]
STATUS_CHOICES = [
    SelectChoice(SignatureStatus.verified, "Verified"),
    SelectChoice(SignatureStatus.pending, "Awaiting confirmation or approval"),
    SelectChoice(SignatureStatus.rejected, "Rejected"),
    SelectChoice(SignatureStatus.withdrawn, "Withdrawn"),
]


class CheckboxList(SelectMultipleField):
    widget = ListWidget(prefix_label=False)
    option_widget = CheckboxInput()


class ExportForm(FlaskForm):
    """Read from the query string: exporting changes nothing, so it is a GET without a token."""

    class Meta:
        csrf = False

    format = SelectField("Format", choices=FORMAT_CHOICES, default="pdf")
    statuses = CheckboxList(
        "Signatures to include",
        choices=STATUS_CHOICES,
        default=[SignatureStatus.verified],
        validators=[DataRequired("Choose at least one kind of signature")],
    )
    grouping = RadioField(
        "Order of the signatories",
        choices=[
            SelectChoice("category", "Grouped by category"),
            SelectChoice("alphabetical", "One alphabetical list"),
        ],
        default="category",
    )
    show_location = BooleanField("Show each signatory's location", default=True)
    include_addressees = BooleanField("Include the addressee block", default=True)
    paper = SelectField(
        "Paper size",
        choices=[
            SelectChoice("", "As set for the statement"),
            SelectChoice(PaperSize.a4, "A4"),
            SelectChoice(PaperSize.letter, "US Letter"),
        ],
        default="",
    )

    def options(self) -> LetterOptions:
        return LetterOptions(
            statuses=tuple(SignatureStatus(status) for status in self.statuses.data),
            grouping=self.grouping.data,
            show_location=bool(self.show_location.data),
            include_addressees=bool(self.include_addressees.data),
            paper=PaperSize(self.paper.data) if self.paper.data else None,
        )


class PublishForm(FlaskForm):
    """Only a CSRF token: publishing emails every signatory, so it is a deliberate POST."""
