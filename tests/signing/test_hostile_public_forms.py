"""Every public form meets hostile input (the tables of tests/hostile.py) field by field and
answers with a 4xx that says what is wrong or a clean acceptance: never a 5xx, nothing reflected
unescaped, and no header injected into the email an acceptance sends.

A new public form is one more entry in FORM_TARGETS."""

from __future__ import annotations

import io
import json
import re
from typing import Any
from urllib.parse import urlencode

import pytest

from signon import tokens
from signon.extensions import db
from signon.models import Coordinator, OutboxMessage, Signature, Statement
from signon.services.mail import emails
from signon.services.team import invitations, passwords
from tests import factories
from tests.conftest import TEST_SECRET
from tests.hostile import (
    CATEGORIES,
    EMAILS,
    EVALUATED,
    EXTRA_FIELDS,
    FAMILIES,
    HOSTILE_INPUTS,
    MAILED_FAMILIES,
    WEBSITES,
    FormTarget,
    assert_answered,
    assert_clean_message,
    assert_no_reflection,
    clear_message,
)
from tests.sessions import MARIA, seeding

SLUG = "national-guard-letter"
SIGNER = "ana@came.example.org"
LISTED = "lisa@lawg.example.org"
# Signatures _prepare_statement stores: one pending, one verified.
SEEDED = 2
NEW_PASSWORD = "a new password, long enough"


def _sign_base(n: int) -> dict[str, str]:
    return factories.sign_form(organization=f"Hostile Test Org {n}", phone="", email=f"signer{n}@came.example.org")


def _prepare_statement(app: Any) -> None:
    # These tests send many emails to one address on purpose: the per-recipient cap is not their subject.
    app.config["SIGNON_RECIPIENT_EMAILS_PER_HOUR"] = 100_000
    with seeding(app):
        statement = factories.open_statement(SLUG, phone_field="optional")
        factories.pending_signature(statement, "Kino Border Initiative", email=SIGNER)
        factories.verified_signature(statement, "Latin America Working Group", email=LISTED)
        factories.coordinator(MARIA, statements=(statement,))


def _token(app: Any, make: Any, email: str = SIGNER) -> str:
    with seeding(app):
        signature = db.session.execute(db.select(Signature).where(Signature.contact_email == email)).scalar_one()
        return str(make(signature))


def _signature_token(app: Any, n: int) -> str:
    return _token(app, emails.confirm_token)


def _reset_path(app: Any, n: int) -> str:
    # A fresh link for each post: an accepted reset changes the password, which uses the link up.
    with seeding(app):
        maria = db.session.execute(db.select(Coordinator).where(Coordinator.email == MARIA)).scalar_one()
        token = tokens.make_token(
            TEST_SECRET, passwords.PURPOSE, {"c": maria.id, "f": passwords.fingerprint(maria.password_hash)}
        )
    return f"/password/reset/{token}"


def _invitation_path(app: Any, n: int) -> str:
    with seeding(app):
        maria = db.session.execute(db.select(Coordinator).where(Coordinator.email == MARIA)).scalar_one()
        statement = db.session.execute(db.select(Statement).where(Statement.slug == SLUG)).scalar_one()
        issued = invitations.invite(statement.id, maria.id, f"new{n}@partner.example.org", "editor", factories.now())
    return f"/invitations/{issued.token}"


SIGN_FIELDS = (
    "organization", "city", "region", "country", "website", "contact_name", "contact_role", "email", "phone", "comment",
)  # fmt: skip

FORM_TARGETS = [
    FormTarget(
        "sign",
        _prepare_statement,
        lambda app, n: f"/s/{SLUG}/sign",
        _sign_base,
        SIGN_FIELDS,
        recipient=lambda n, values: values["email"],
    ),
    FormTarget(
        "resend-by-email",
        _prepare_statement,
        lambda app, n: "/confirm/resend",
        lambda n: {"email": SIGNER},
        ("email",),
        recipient=lambda n, values: SIGNER if values["email"] == SIGNER else None,
    ),
    FormTarget(
        "confirm",
        _prepare_statement,
        lambda app, n: f"/confirm/{_signature_token(app, n)}",
        lambda n: {},
        ("csrf_token", "confirm"),
    ),
    FormTarget(
        "resend-for-link",
        _prepare_statement,
        lambda app, n: f"/confirm/{_signature_token(app, n)}/resend",
        lambda n: {},
        ("csrf_token", "email"),
        recipient=lambda n, values: SIGNER,
    ),
    FormTarget(
        "login",
        _prepare_statement,
        lambda app, n: "/login",
        lambda n: {"email": MARIA, "password": "not the password"},
        ("email", "password"),
    ),
    FormTarget(
        "forgot-password",
        _prepare_statement,
        lambda app, n: "/password/forgot",
        lambda n: {"email": MARIA},
        ("email",),
        recipient=lambda n, values: MARIA if values["email"] == MARIA else None,
    ),
    FormTarget(
        "reset-password",
        _prepare_statement,
        _reset_path,
        lambda n: {"password": NEW_PASSWORD, "confirm": NEW_PASSWORD},
        ("password",),
        extra={"mirror": {"password": "confirm"}},
    ),
    FormTarget(
        "accept-invitation",
        _prepare_statement,
        _invitation_path,
        lambda n: {"name": f"Inés {n}", "password": NEW_PASSWORD, "confirm": NEW_PASSWORD},
        ("name", "password"),
        extra={"mirror": {"password": "confirm"}},
    ),
]
# Built by the self-service work (signon/public/manage.py): "this wasn't me" and "manage my signature".
FORM_TARGETS += [
    FormTarget(
        "not-me",
        _prepare_statement,
        lambda app, n: f"/not-me/{_token(app, emails.not_me_token)}",
        lambda n: {},
        ("csrf_token", "confirm"),
        accepted=(200, 303),
    ),
    FormTarget(
        "manage-request",
        _prepare_statement,
        lambda app, n: "/manage",
        lambda n: {"email": LISTED},
        ("email",),
        recipient=lambda n, values: LISTED if values["email"] == LISTED else None,
    ),
    FormTarget(
        "manage-correct",
        _prepare_statement,
        lambda app, n: f"/manage/{_token(app, emails.manage_token, LISTED)}/correct",
        lambda n: {
            "organization": f"Corrected Org {n}",
            "category": "international",
            "city": "Washington",
            "region": "DC",
            "country": "United States",
        },
        ("organization", "city", "region", "country", "website", "comment"),
        accepted=(200, 303),
    ),
]
EMAIL_TARGETS = [t for t in FORM_TARGETS if "email" in t.fields and t.name != "resend-for-link"]


def test_the_tables_hold_at_least_60_distinct_hostile_inputs() -> None:
    assert len({h.id for h in HOSTILE_INPUTS}) == len(HOSTILE_INPUTS)
    assert len({h.value for h in HOSTILE_INPUTS}) >= 60
    assert len(HOSTILE_INPUTS) >= 60


def post_each_field(
    client: Any, app: Any, target: FormTarget, value: str, first: int = 0, **kwargs: Any
) -> list[dict[str, str]]:
    """Post ``value`` in each of the target's fields in turn (the ``n``-th post counted from
    ``first``, so that no two posts of a test collide); returns the posts that were accepted."""
    accepted = []
    for n, name in enumerate(target.fields, start=first):
        values = {**target.base(n), name: value}
        mirror = target.extra.get("mirror", {}).get(name)
        if mirror:
            values[mirror] = value
        response = client.post(target.path(app, n), data=values, **kwargs)
        if assert_answered(response, value, accepted=target.accepted) == "accepted":
            accepted.append({"n": str(n), **values})
    return accepted


def assert_mail_is_clean(smtp: Any, send_outbox: Any, target: FormTarget, accepted: list[dict[str, str]], value: str):
    """Send what the outbox holds to the test SMTP server; each message has one recipient, the
    one in its To header, and nothing injected; each acceptance's email went where it should."""
    smtp.clear()
    send_outbox()
    for message, envelope in zip(smtp.messages, smtp.envelopes, strict=True):
        to = str(message["To"]).rsplit("<", 1)[-1].rstrip(">")
        assert_clean_message(message, envelope.rcpt_tos, [to], [value])
    for values in accepted:
        recipient = target.recipient(int(values["n"]), values)
        if recipient is not None:
            assert any(r.lower() == recipient.lower() for e in smtp.envelopes for r in e.rcpt_tos), (recipient, values)


@pytest.mark.parametrize("family", FAMILIES)
@pytest.mark.parametrize("target", FORM_TARGETS, ids=[t.name for t in FORM_TARGETS])
def test_hostile_text_in_every_field_is_refused_clearly_or_accepted_cleanly(
    app, client, smtp, send_outbox, target: FormTarget, family: str
):
    target.prepare(app)

    for index, hostile in enumerate(FAMILIES[family]):
        accepted = post_each_field(client, app, target, hostile.value, first=index * 100)
        if family == "header":
            # Through a real SMTP server: what a mail client would see.
            assert_mail_is_clean(smtp, send_outbox, target, accepted, hostile.value)
        elif family in MAILED_FAMILIES:
            assert_outbox_is_clean(app, hostile.value)


def assert_outbox_is_clean(app: Any, value: str) -> None:
    """The messages waiting in the outbox, as they will be sent: one plain recipient, a
    one-line subject, bodies without live markup or an evaluated template."""
    with seeding(app):
        for message in db.session.execute(db.select(OutboxMessage)).scalars():
            assert "\n" not in message.subject and "\r" not in message.subject
            assert re.fullmatch(r"[^\s<>,;@]+@[^\s<>,;@]+", message.recipient), message.recipient
            assert_no_reflection(message.html_body, value)
            assert EVALUATED not in message.text_body and TEST_SECRET not in message.text_body


# The hostile names the sign form refuses, each with its one answer: the form again with the
# error (422), or 413 for a body over the 64 kB a public POST may carry, refused before any view.
# Every other name is stored as typed, with the 303 to "check your email".
REFUSED_IN_A_NAME = {
    "crlf-bcc": 422, "lf-bcc": 422, "cr-bcc": 422, "crlf-body": 422, "crlf-to": 422, "next-line": 422,
    "nul-inside": 422, "nul-only": 422, "bell-backspace": 422, "ansi-escape": 422, "delete": 422,
    "vertical-tab-form-feed": 422, "right-to-left-override": 422, "left-to-right-override": 422, "isolates": 422,
    "right-to-left-mark": 422, "arabic-letter-mark": 422, "only-invisible": 422, "combining-pileup": 422,
    "100-kilobytes": 413, "20-kilobytes": 422, "only-spaces": 422,
}  # fmt: skip


@pytest.mark.parametrize("family", FAMILIES)
def test_control_bidi_and_oversized_names_are_refused_and_the_rest_stored_as_typed(app, client, db, family):
    _prepare_statement(app)

    for hostile in FAMILIES[family]:
        response = client.post(f"/s/{SLUG}/sign", data=factories.sign_form(organization=hostile.value))

        outcome = assert_answered(response, hostile.value)
        stored = db.session.execute(db.select(Signature).where(Signature.id > SEEDED)).scalars().all()
        if hostile.id in REFUSED_IN_A_NAME:
            assert (outcome, stored) == ("refused", []), hostile.id
            assert response.status_code == REFUSED_IN_A_NAME[hostile.id], hostile.id
        else:
            assert outcome == "accepted", (hostile.id, clear_message(response.get_data(as_text=True)))
            assert response.status_code == 303, hostile.id
            (signature,) = stored
            assert signature.status == "pending"
            db.session.delete(signature)
            db.session.commit()


def test_an_absurd_email_is_refused_and_an_international_one_is_sent_to_its_idna_2008_form(
    client, app, db, smtp, send_outbox
):
    _prepare_statement(app)

    for n, (hostile, expected) in enumerate(EMAILS):
        response = client.post(f"/s/{SLUG}/sign", data=_sign_base(n) | {"email": hostile.value})

        outcome = assert_answered(response, hostile.value)
        if expected is None:
            assert (outcome, response.status_code) == ("refused", 422), hostile.id
            assert "email address" in clear_message(response.get_data(as_text=True)), hostile.id
        else:
            assert outcome == "accepted", hostile.id

    send_outbox()
    received = {
        envelope.rcpt_tos[0].lower(): message for envelope, message in zip(smtp.envelopes, smtp.messages, strict=True)
    }
    # IDNA 2003 (Flask-Mail's own encoding) would address straße.de as strasse.de: another domain.
    assert sorted(received) == sorted(expected.lower() for _, expected in EMAILS if expected)
    for hostile, expected in EMAILS:
        if expected:
            envelope = next(e for e in smtp.envelopes if e.rcpt_tos[0].lower() == expected.lower())
            assert_clean_message(received[expected.lower()], envelope.rcpt_tos, [expected], [hostile.value])


@pytest.mark.parametrize("target", EMAIL_TARGETS[1:], ids=[t.name for t in EMAIL_TARGETS[1:]])
def test_an_absurd_email_never_reaches_an_email_header_from_any_form(client, app, smtp, send_outbox, target):
    target.prepare(app)
    email_only = FormTarget(**{**target.__dict__, "fields": ("email",)})

    for n, (hostile, expected) in enumerate(EMAILS):
        accepted = post_each_field(client, app, email_only, hostile.value, first=n)

        assert bool(accepted) == (expected is not None) or target.name == "login", hostile.id
        assert_mail_is_clean(smtp, send_outbox, target, accepted, hostile.value)


def test_only_a_web_address_is_taken_as_a_website(client, app, db):
    _prepare_statement(app)

    for n, (hostile, allowed) in enumerate(WEBSITES):
        response = client.post(f"/s/{SLUG}/sign", data=_sign_base(n) | {"website": hostile.value})

        outcome = assert_answered(response, hostile.value)
        if allowed:
            assert outcome == "accepted", hostile.id
            website = db.session.execute(
                db.select(Signature.website).where(Signature.organization_name == f"Hostile Test Org {n}")
            ).scalar_one()
            assert website.startswith("https://")
        else:
            assert outcome == "refused", hostile.id
            assert "Enter a web address" in clear_message(response.get_data(as_text=True)), hostile.id


def test_a_category_that_is_not_listed_is_refused(client, app, db):
    _prepare_statement(app)

    for hostile in CATEGORIES:
        response = client.post(f"/s/{SLUG}/sign", data=_sign_base(0) | {"category": hostile.value})

        assert assert_answered(response, hostile.value) == "refused", hostile.id
        assert response.status_code == 422
        assert "Choose one of the listed categories" in clear_message(response.get_data(as_text=True))
    assert stored_signatures(db) == SEEDED


def test_fields_a_person_cannot_set_are_ignored_and_the_signature_stays_pending(client, app, db):
    _prepare_statement(app)

    response = client.post(f"/s/{SLUG}/sign", data=_sign_base(0) | EXTRA_FIELDS)

    assert response.status_code == 303
    signature = db.session.execute(db.select(Signature).where(Signature.id > SEEDED)).scalar_one()
    assert signature.id != 1 and signature.statement_id == 1
    assert (signature.status, signature.confirmed_at, signature.verified_at) == ("pending", None, None)
    assert not signature.hidden and not signature.pinned
    assert signature.source_ip != EXTRA_FIELDS["source_ip"]
    assert signature.domain_check != "verified"
    assert signature.organization_key != EXTRA_FIELDS["organization_key"]


# --------------------------------------------------------------------------- bodies that are not a browser's form


def raw_post(client: Any, path: str, body: bytes, content_type: str, **kwargs: Any) -> Any:
    return client.post(path, data=body, content_type=content_type, **kwargs)


def stored_signatures(db: Any) -> int:
    db.session.expire_all()
    return len(db.session.execute(db.select(Signature.id)).all())


@pytest.mark.parametrize("target", FORM_TARGETS, ids=[t.name for t in FORM_TARGETS])
def test_a_body_that_is_not_utf8_is_refused_with_400_and_a_message(client, app, db, target):
    target.prepare(app)
    before = stored_signatures(db)
    fields = target.base(0) or {"x": "y"}
    body = urlencode(fields).encode() + b"&" + next(iter(fields)).encode() + b"=%FF%FEabc\xff"

    response = raw_post(client, target.path(app, 0), body, "application/x-www-form-urlencoded")

    assert response.status_code == 400
    assert "UTF-8" in response.get_data(as_text=True)
    assert clear_message(response.get_data(as_text=True))
    assert stored_signatures(db) == before


@pytest.mark.parametrize("target", FORM_TARGETS, ids=[t.name for t in FORM_TARGETS])
def test_thirty_thousand_fields_get_400(client, app, target):
    target.prepare(app)

    response = raw_post(client, target.path(app, 0), b"a&" * 30_000, "application/x-www-form-urlencoded")

    assert response.status_code == 400
    assert clear_message(response.get_data(as_text=True))


def test_a_10_megabyte_body_gets_413_and_nothing_is_stored(client, app, db):
    _prepare_statement(app)

    response = raw_post(
        client, f"/s/{SLUG}/sign", b"comment=" + b"x" * (10 * 1024 * 1024), "application/x-www-form-urlencoded"
    )

    assert response.status_code == 413
    assert clear_message(response.get_data(as_text=True)) == "What you sent is too large"
    assert stored_signatures(db) == SEEDED


@pytest.mark.parametrize(
    "content_type", ["application/json", "text/plain", "application/xml", "application/octet-stream"]
)
@pytest.mark.parametrize("target", FORM_TARGETS, ids=[t.name for t in FORM_TARGETS])
def test_a_body_in_another_format_than_a_form_gets_415_and_nothing_is_stored(client, app, db, target, content_type):
    target.prepare(app)
    before = stored_signatures(db)
    values = target.base(0) or {"confirm": "1"}
    body = json.dumps(values) if content_type == "application/json" else urlencode(values)

    response = raw_post(client, target.path(app, 0), body.encode(), content_type)

    assert response.status_code == 415
    assert "form" in clear_message(response.get_data(as_text=True)).lower()
    assert stored_signatures(db) == before


def test_a_file_sent_with_the_sign_form_is_ignored(client, app, db):
    _prepare_statement(app)

    data = {**_sign_base(0), "file": (io.BytesIO(b"MZ" + b"\x00" * 1000), "payload.exe")}
    response = client.post(f"/s/{SLUG}/sign", data=data, content_type="multipart/form-data")

    assert assert_answered(response) == "accepted"
    assert stored_signatures(db) == SEEDED + 1


def test_a_multipart_form_of_thousands_of_parts_is_refused(client, app, db):
    _prepare_statement(app)

    data = {f"f{n}": "1" for n in range(2000)}
    response = client.post(f"/s/{SLUG}/sign", data=data, content_type="multipart/form-data")

    # More than a public POST may carry (64 kB, 100 parts): 413 before any view runs.
    assert response.status_code == 413
    assert clear_message(response.get_data(as_text=True))
    assert stored_signatures(db) == SEEDED


# --------------------------------------------------------------------------- CSRF: missing, stale, foreign


TYPED = "Asociación <b>Hostil</b> & Co"


def csrf_token_of(client: Any, path: str) -> str:
    html = client.get(path).get_data(as_text=True)
    match = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', html)
    assert match, html[:500]
    return match.group(1)


@pytest.mark.parametrize("case", ["missing", "foreign", "expired", "garbage"])
def test_a_sign_form_without_a_good_csrf_token_comes_back_with_what_was_typed(app, client, db, link_clock, case):
    _prepare_statement(app)
    app.config["WTF_CSRF_ENABLED"] = True
    path = f"/s/{SLUG}/sign"
    data = _sign_base(0) | {"organization": TYPED}
    if case == "foreign":
        data["csrf_token"] = csrf_token_of(app.test_client(), path)
        client.get(path)
    elif case == "expired":
        data["csrf_token"] = csrf_token_of(client, path)
        link_clock(hours=2)
    elif case == "garbage":
        client.get(path)
        data["csrf_token"] = '"><script>alert(1)</script>'

    response = client.post(path, data=data)

    html = response.get_data(as_text=True)
    assert assert_answered(response, data.get("csrf_token", "")) == "refused"
    assert response.status_code == 422
    assert clear_message(html) == "This form expired. Check your answers and send it again."
    assert 'value="Asociación &lt;b&gt;Hostil&lt;/b&gt; &amp; Co"' in html
    assert stored_signatures(db) == SEEDED


# What each public form answers without its CSRF token. A form comes back with what was typed
# and the notice (422), "not-me" too; "confirm" sends the person back to its button (303, with
# a notice); "resend-for-link" answers with the 400 error page.
EXPIRED_FORM_STATUS = {
    "resend-by-email": 422,
    "confirm": 303,
    "resend-for-link": 400,
    "login": 422,
    "forgot-password": 422,
    "reset-password": 422,
    "accept-invitation": 422,
    "not-me": 422,
    "manage-request": 422,
    "manage-correct": 422,
}


@pytest.mark.parametrize(
    "target",
    FORM_TARGETS[1:],
    ids=[t.name for t in FORM_TARGETS[1:]],
)
def test_every_other_public_form_without_a_csrf_token_changes_nothing_and_says_it_expired(
    app, client, db, smtp, send_outbox, target
):
    target.prepare(app)
    app.config["WTF_CSRF_ENABLED"] = True
    path = target.path(app, 0)
    with seeding(app):
        before = [(c.password_hash, c.session_version) for c in db.session.execute(db.select(Coordinator)).scalars()]
        before.append(db.session.execute(db.select(Signature.status, Signature.organization_name)).all())

    data = target.base(0) | ({"password": factories.PASSWORD} if target.name == "login" else {})
    response = client.post(path, data=data)

    assert_answered(response, accepted=(303,))
    assert response.status_code == EXPIRED_FORM_STATUS[target.name]
    if target.name == "confirm":
        assert response.headers["Location"] == path
    else:
        assert clear_message(response.get_data(as_text=True))
        assert "expired" in response.get_data(as_text=True)
    send_outbox()
    assert smtp.messages == [m for m in smtp.messages if "invit" in str(m["Subject"]).lower()]
    with seeding(app):
        after = [(c.password_hash, c.session_version) for c in db.session.execute(db.select(Coordinator)).scalars()]
        after.append(db.session.execute(db.select(Signature.status, Signature.organization_name)).all())
    assert before == after
