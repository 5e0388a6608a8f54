"""Names that may pass for a signatory already listed are flagged to the coordinators at
signing: confusable characters ("Аmnesty" with a Cyrillic "А"), mixed scripts in one word, and a
name one letter from another. The signature is stored as usual; a coordinator decides."""

from __future__ import annotations

import pytest

from signon import lookalikes
from signon.extensions import db as _db
from signon.models import Signature
from signon.names import organization_key
from tests import factories
from tests.moderation_support import TABLE, add, rows, statement
from tests.sessions import SLUG, log_in, seeding

SIGN = f"/s/{SLUG}/sign"
AMNESTY = "Amnesty International"
FAKE = "\u0410mnesty International"  # a Cyrillic "А"


def sign(client, name: str, **changes: str) -> None:
    response = client.post(SIGN, data=factories.sign_form(organization=name, **changes))
    assert response.status_code == 303, response.get_data(as_text=True)[:2000]


def warning_of(db, name: str) -> str:
    db.session.expire_all()
    return db.session.execute(db.select(Signature.name_warning).where(Signature.organization_name == name)).scalar_one()


def test_a_cyrillic_letter_in_a_listed_name_is_flagged_as_confusable(app, client, db, team):
    add(app, AMNESTY)
    sign(client, FAKE)
    assert warning_of(db, FAKE) == (
        "mixed scripts (Cyrillic and Latin in one word); looks like Amnesty International: confusable characters"
    )


def test_a_name_one_letter_from_a_listed_one_is_flagged(app, client, db, team):
    add(app, AMNESTY, "awaiting_confirmation")
    sign(client, "Amnesty Internationall")
    assert warning_of(db, "Amnesty Internationall") == "looks like Amnesty International: one letter apart"


def test_mixed_scripts_are_flagged_with_no_look_alike(client, db, team):
    sign(client, "M\u0435dicos del Mundo")  # a Cyrillic "е"
    assert warning_of(db, "M\u0435dicos del Mundo") == "mixed scripts (Cyrillic and Latin in one word)"


def test_a_rejected_signature_is_not_compared(app, client, db, team):
    add(app, AMNESTY, "rejected")
    sign(client, "Amnesty Internationall")
    assert warning_of(db, "Amnesty Internationall") == ""


@pytest.mark.parametrize("name", ["Amnesty International USA", "アムネスティ・インターナショナル日本", "Oxfam"])
def test_an_ordinary_name_is_not_flagged(app, client, db, team, name):
    add(app, AMNESTY)
    sign(client, name)
    assert warning_of(db, name) == ""


def test_coordinators_see_check_this_name_in_the_table_and_on_the_signatorys_page(app, client, db, team):
    add(app, AMNESTY)
    sign(client, FAKE)
    log_in(client)

    found = {row["Organization"]: row for row in rows(client)}
    flag = (
        f"Check this name mixed scripts (Cyrillic and Latin in one word); looks like {AMNESTY}: confusable characters"
    )
    assert f"{FAKE} {flag}" in found
    assert AMNESTY in found  # the original carries no flag
    with seeding(app):
        fake_id = _db.session.execute(_db.select(Signature.id).where(Signature.organization_name == FAKE)).scalar_one()
    page = client.get(f"{TABLE}/{fake_id}").get_data(as_text=True)
    assert '<strong class="check-flag">Check this name</strong> mixed scripts' in page
    assert f"looks like {AMNESTY}: confusable characters" in page


def test_the_table_filters_and_counts_the_names_to_check(app, client, db, team):
    add(app, AMNESTY)
    sign(client, FAKE)
    sign(client, "Oxfam")
    log_in(client)

    names = [row["Organization"].split(" Check this name")[0] for row in rows(client, f"{TABLE}?status=name_warning")]
    assert names == [FAKE]
    assert 'Names to check <span class="count">1</span>' in client.get(TABLE).get_data(as_text=True)


def listed(statement_id: int, category_id: int, number: int, name: str) -> Signature:
    moment = factories.now()
    return Signature(
        statement_id=statement_id,
        category_id=category_id,
        organization_name=name,
        organization_key=organization_key(name),
        contact_name="Someone",
        contact_email=f"contact@org{number}.example.org",
        authorized=True,
        status="verified",
        created_at=moment,
        updated_at=moment,
    )


def test_a_near_name_is_found_among_three_thousand_signatures(app, client, db, team):
    with seeding(app):
        s = statement()
        names = [*(f"Human Rights Group {i} of Region {i * 7}" for i in range(2999)), AMNESTY]
        _db.session.add_all(listed(s.id, s.categories[0].id, i, name) for i, name in enumerate(names))
        _db.session.commit()
    sign(client, "Warm Up Organization")  # the first submission loads Unicode's confusables data
    lookalikes.lookalike_keys.cache_clear()  # and no key of the 3,000 is known yet

    # How fast this stays is measured in bench/signing.py, against a bare Flask endpoint.
    sign(client, "Amnesty Internationall")

    assert warning_of(db, "Amnesty Internationall") == "looks like Amnesty International: one letter apart"
