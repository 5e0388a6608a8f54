"""The forms of the browser import: the upload, the column mapping, and the confirmation."""

from __future__ import annotations

from string import ascii_uppercase

from flask_wtf import FlaskForm
from flask_wtf.file import FileField, FileRequired
from wtforms import Field
from wtforms.fields.choices import SelectChoice

from signon.formfields import ListedChoice
from signon.services.imports.mapped_imports import FIELD_LABELS, ColumnMapping
from signon.services.imports.signature_imports import FIELDS, REQUIRED


class UploadForm(FlaskForm):
    file = FileField("CSV file", validators=[FileRequired("Choose the CSV file to import")])


def column_letter(index: int) -> str:
    """The spreadsheet's name of a column: A, B, ... Z, AA, AB..."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = ascii_uppercase[rest] + letters
    return letters


class _MappingFields(FlaskForm):
    organization = ListedChoice(FIELD_LABELS["organization"], default="")
    category = ListedChoice(FIELD_LABELS["category"], default="")
    city = ListedChoice(FIELD_LABELS["city"], default="")
    region = ListedChoice(FIELD_LABELS["region"], default="")
    country = ListedChoice(FIELD_LABELS["country"], default="")
    website = ListedChoice(FIELD_LABELS["website"], default="")
    contact_name = ListedChoice(FIELD_LABELS["contact_name"], default="")
    role = ListedChoice(FIELD_LABELS["role"], default="")
    email = ListedChoice(FIELD_LABELS["email"], default="")
    default_category = ListedChoice("Category of rows without one", default="")

    def configure(self, header: tuple[str, ...], categories: list[str]) -> None:
        columns = [SelectChoice("", "Not in the file")] + [
            SelectChoice(str(i), f"{column_letter(i)}: {title or '(no title)'}") for i, title in enumerate(header)
        ]
        for name in FIELDS:
            self[name].choices = columns
        self.default_category.choices = [SelectChoice("", "None: skip such rows")] + [
            SelectChoice(label, label) for label in categories
        ]

    def fields_in_order(self) -> list[Field]:
        return [self[name] for name in FIELDS]

    def validate(self, extra_validators: object = None) -> bool:
        valid = super().validate(extra_validators)
        used: dict[str, str] = {}
        for name in FIELDS:
            field = self[name]
            if field.errors:
                continue
            if not field.data:
                if name in REQUIRED and not (name == "category" and self.default_category.data):
                    field.errors.append(f"Choose the column that holds the {FIELD_LABELS[name].lower()}")
                    valid = False
            elif field.data in used:
                field.errors.append(f"That column is already chosen for the {FIELD_LABELS[used[field.data]].lower()}")
                valid = False
            else:
                used[field.data] = name
        return valid

    def mapping(self) -> ColumnMapping:
        return ColumnMapping(
            columns={name: int(self[name].data) for name in FIELDS if self[name].data},
            category=self.default_category.data or "",
        )


class MappingForm(_MappingFields):
    """Read from the query string: previewing changes nothing, so it is a GET without a token."""

    class Meta:
        csrf = False


class ConfirmImportForm(_MappingFields):
    """The mapping again, in hidden fields, with a token: importing writes."""
