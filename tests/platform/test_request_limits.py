"""What the public may send: a POST over 64 kB gets 413 and a form of more than 50 fields gets
400, on every public form (signing, confirming, signing in), before anything is stored."""

from __future__ import annotations

from urllib.parse import urlencode

import pytest
from sqlalchemy import func

from signon.extensions import db as _db
from signon.models import OutboxMessage, Signature
from tests import factories

SIGN = "/s/national-guard-letter/sign"


def stored(app) -> tuple[int, int]:
    with app.app_context():
        signatures = _db.session.execute(_db.select(func.count()).select_from(Signature)).scalar_one()
        emails = _db.session.execute(_db.select(func.count()).select_from(OutboxMessage)).scalar_one()
        _db.session.remove()
    return signatures, emails


@pytest.fixture
def statement(db):
    return factories.open_statement()


def test_a_sign_form_just_under_the_limit_is_read(client, statement):
    r = client.post(SIGN, data=factories.sign_form(comment="x" * 900))
    assert r.status_code == 303


def test_a_post_over_64_kb_gets_413_and_nothing_is_stored(app, client, statement):
    r = client.post(SIGN, data=factories.sign_form(comment="x" * (64 * 1024)))

    assert r.status_code == 413
    assert "What you sent is too large" in r.get_data(as_text=True)
    assert stored(app) == (0, 0)


def test_a_form_of_more_than_50_fields_gets_400_and_nothing_is_stored(app, client, statement):
    padding = [(f"extra{n}", "1") for n in range(40)]
    body = urlencode([*factories.sign_form().items(), *padding])

    r = client.post(SIGN, data=body, content_type="application/x-www-form-urlencoded")

    assert r.status_code == 400
    assert stored(app) == (0, 0)


def test_fifty_fields_are_still_a_form(client, statement):
    fields = list(factories.sign_form().items())
    padding = [(f"extra{n}", "1") for n in range(50 - len(fields))]
    body = urlencode([*fields, *padding])
    r = client.post(SIGN, data=body, content_type="application/x-www-form-urlencoded")
    assert r.status_code == 303


def test_one_field_repeated_counts_each_time(app, client, statement):
    body = urlencode([*factories.sign_form().items(), *[("comment", "again")] * 45])
    r = client.post(SIGN, data=body, content_type="application/x-www-form-urlencoded")
    assert r.status_code == 400


@pytest.mark.parametrize("path", ["/login", "/password/forgot", "/confirm/resend", "/confirm/" + "a" * 40])
def test_every_public_form_has_the_same_limits(client, statement, path):
    too_big = client.post(path, data={"email": "x" * (65 * 1024)})
    too_many = client.post(path, data=urlencode([(f"f{n}", "1") for n in range(51)]),
                           content_type="application/x-www-form-urlencoded")  # fmt: skip
    assert (too_big.status_code, too_many.status_code) == (413, 400)
