"""What the sign form stores of a name: Unicode NFC whatever the keyboard typed, and never a
control character, NUL or bidi control, which are refused with a message saying what to do."""

from __future__ import annotations

import unicodedata

import pytest

from signon.models import Signature
from tests import factories

SIGN = "/s/national-guard-letter/sign"
REFUSAL = "Remove the invisible control characters from this field"
# As macOS and some phone keyboards send them: a letter, then its accent as a combining mark.
DECOMPOSED = {
    "organization": "Centro de Atencio\u0301n al Migrante E\u0301xodus",
    "contact_name": "Ana Marti\u0301nez",
    "contact_role": "Directora de Comunicacio\u0301n",
    "city": "Ciudad Jua\u0301rez",
    "region": "Michoaca\u0301n",
    "country": "Me\u0301xico",
}
FIELDS = {
    "organization": "organization_name",
    "contact_name": "contact_name",
    "contact_role": "contact_role",
    "city": "city",
    "region": "region",
    "country": "country",
}


def stored(db) -> Signature:
    db.session.expire_all()
    return db.session.execute(db.select(Signature)).scalar_one()


def count(db) -> int:
    db.session.expire_all()
    return len(db.session.execute(db.select(Signature.id)).all())


@pytest.mark.parametrize("field", list(DECOMPOSED))
def test_a_decomposed_accent_is_stored_composed_in_nfc(client, db, field):
    factories.open_statement()

    response = client.post(SIGN, data=factories.sign_form(**{field: DECOMPOSED[field]}))

    assert response.status_code == 303
    value = getattr(stored(db), FIELDS[field])
    assert value == unicodedata.normalize("NFC", DECOMPOSED[field])
    assert "\u0301" not in value


def test_a_decomposed_name_is_the_same_organization_as_the_composed_one(client, db):
    factories.open_statement()
    composed = factories.sign_form(organization="Centro de Atención al Migrante Éxodus")
    assert client.post(SIGN, data=composed).status_code == 303

    client.post(SIGN, data=factories.sign_form(organization=DECOMPOSED["organization"], email="other@example.org"))

    assert count(db) == 1


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("Ox\u200bfam America", "Oxfam America"),  # zero-width space
        ("Ox\u00adfam America", "Oxfam America"),  # soft hyphen
        ("\ufeffOxfam America", "Oxfam America"),  # byte order mark
        ("Oxfam \u2060America", "Oxfam America"),  # word joiner
        ("می\u200cخواهم", "می\u200cخواهم"),  # the zero-width non-joiner spells Persian: kept
    ],
)
def test_invisible_characters_that_mean_nothing_are_dropped_from_the_stored_name(client, db, typed, kept):
    factories.open_statement()

    assert client.post(SIGN, data=factories.sign_form(organization=typed)).status_code == 303

    assert stored(db).organization_name == kept


BIDI_AND_CONTROLS = {
    "left-to-right isolate": "\u2066",
    "pop directional isolate": "\u2069",
    "left-to-right mark": "\u200e",
    "arabic letter mark": "\u061c",
    "pop directional formatting": "\u202c",
    "line feed": "\n",
    "carriage return": "\r",
    "vertical tab": "\x0b",
}


@pytest.mark.parametrize("character", list(BIDI_AND_CONTROLS))
def test_bidi_controls_and_line_breaks_in_the_name_are_refused_with_a_clear_message(client, db, character):
    factories.open_statement()

    response = client.post(SIGN, data=factories.sign_form(organization=f"Ox{BIDI_AND_CONTROLS[character]}fam"))

    assert response.status_code == 422
    assert f'<a href="#organization">{REFUSAL}</a>' in response.get_data(as_text=True)
    assert count(db) == 0


@pytest.mark.parametrize("field", ["region", "contact_role"])
@pytest.mark.parametrize("character", ["\x00", "\u202e"], ids=["NUL", "right-to-left override"])
def test_nul_and_bidi_overrides_in_the_other_name_fields_are_refused(client, db, field, character):
    factories.open_statement()

    response = client.post(SIGN, data=factories.sign_form(**{field: f"Son{character}ora"}))

    assert response.status_code == 422
    assert f'<a href="#{field}">{REFUSAL}</a>' in response.get_data(as_text=True)
    assert count(db) == 0
