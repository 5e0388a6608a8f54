"""A category removed while someone fills in the sign form: the signer gets the form back with
a clear message (422), never a 500, and nothing is stored."""

from __future__ import annotations

from sqlalchemy import delete, func

from signon.extensions import db as _db
from signon.models import Category, OutboxMessage, Signature
from signon.services.signing import signatures
from tests import factories

SIGN = "/s/national-guard-letter/sign"


def test_the_signer_is_asked_to_choose_another_category(app, client, monkeypatch):
    with app.app_context():
        factories.open_statement()
        _db.session.remove()
    original = signatures._new_signature

    def removed_meanwhile(statement, category, data, now, *, status):
        # A coordinator removes the category on another connection, after the form was checked.
        with _db.engine.begin() as other:
            other.execute(delete(Category).where(Category.id == category.id))
        return original(statement, category, data, now, status=status)

    monkeypatch.setattr(signatures, "_new_signature", removed_meanwhile)

    response = client.post(SIGN, data=factories.sign_form(category="national"))

    assert response.status_code == 422
    assert "Choose one of the listed categories" in response.get_data(as_text=True)
    with app.app_context():
        assert _db.session.execute(_db.select(func.count()).select_from(Signature)).scalar_one() == 0
        assert _db.session.execute(_db.select(func.count()).select_from(OutboxMessage)).scalar_one() == 0
        _db.session.remove()
