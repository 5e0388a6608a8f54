"""A withdrawn signature does not keep its organization off the list: when someone used an
organization's name and its contact said "this wasn't me", the organization can still sign,
with a fresh confirmation. A rejected signature still blocks (the coordinators decided)."""

from __future__ import annotations

import re

from signon.models import AuditEvent, Signature
from tests import factories

SLUG = "national-guard-letter"
NAME = "Centro de Atención al Migrante Exodus"
NOT_ME = re.compile(r"http://signon\.example\.org(/not-me/[A-Za-z0-9_\-.]+)")
CONFIRM = re.compile(r"http://signon\.example\.org(/confirm/[A-Za-z0-9_\-.]+)")


def sign(client, smtp, send_outbox, email: str, **fields: str) -> str:
    smtp.clear()
    response = client.post(f"/s/{SLUG}/sign", data=factories.sign_form(organization=NAME, email=email, **fields))
    assert response.status_code == 303
    assert response.headers["Location"].endswith(f"/s/{SLUG}/check-email")
    send_outbox()
    (message,) = smtp.to(email)
    return smtp.text_of(message)


def link(pattern: re.Pattern[str], text: str) -> str:
    found = pattern.search(text)
    assert found, text
    return found.group(1)


def the_signature(db) -> Signature:
    db.session.expire_all()
    return db.session.execute(db.select(Signature)).scalar_one()


def test_an_organization_signs_again_after_its_name_was_withdrawn_as_not_me(db, client, smtp, send_outbox):
    factories.open_statement()
    impostor = sign(client, smtp, send_outbox, "ana@came.example.org", contact_name="Not Ana")
    assert client.post(link(NOT_ME, impostor)).status_code == 200  # the "withdrawn" page, at once
    assert the_signature(db).status == "withdrawn"

    real = sign(client, smtp, send_outbox, "director@came.example.org", contact_name="Rosa Díaz", city="Nogales")

    signature = the_signature(db)
    assert signature.status == "pending"
    assert signature.confirmed_at is None
    assert (signature.contact_email, signature.contact_name, signature.city) == (
        "director@came.example.org",
        "Rosa Díaz",
        "Nogales",
    )
    assert "Confirm" in real or "confirm" in real
    assert client.post(link(CONFIRM, real)).status_code == 303
    assert the_signature(db).status == "verified"
    actions = [e.action for e in db.session.execute(db.select(AuditEvent).order_by(AuditEvent.id)).scalars()]
    assert "signature.withdrawn" in actions
    assert actions.index("signature.signed_again") > actions.index("signature.withdrawn")


def test_the_old_confirmation_link_of_a_withdrawn_signature_cannot_confirm_the_new_one(db, client, smtp, send_outbox):
    factories.open_statement()
    impostor = sign(client, smtp, send_outbox, "ana@came.example.org")
    old_confirm = link(CONFIRM, impostor)
    client.post(link(NOT_ME, impostor))
    sign(client, smtp, send_outbox, "director@came.example.org")

    client.post(old_confirm)

    # The link names the signature row, which now belongs to a new signer: whoever holds the
    # old email must not confirm for them. It is only a fresh link to the new address that does.
    assert the_signature(db).confirmed_at is None


def test_a_rejected_signature_still_keeps_its_name_off_the_list(db, client, smtp, send_outbox):
    s = factories.open_statement()
    factories.signature(s, NAME, status="rejected")

    text = sign(client, smtp, send_outbox, "director@came.example.org")

    assert the_signature(db).status == "rejected"
    assert "no longer active" in text
