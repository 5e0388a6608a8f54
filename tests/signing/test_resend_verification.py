"""A coordinator resends the confirmation email to a signer who has not confirmed: a POST from
the signatures table, only for that statement's own pending signers, recorded as hers, and not
twice within a few minutes. The new link confirms the signature."""

from __future__ import annotations

import html
import re
from datetime import timedelta

import pytest

from signon.extensions import db
from signon.models import AuditEvent, Coordinator, OutboxMessage, Signature, Statement
from signon.services import audit
from tests import factories
from tests.conftest import TEST_BASE_URL
from tests.sessions import log_in, seeding

SLUG = "national-guard-letter"
SIGNATURES = f"/coordinator/s/{SLUG}/signatures"


def signature_id(app, name: str) -> int:
    with seeding(app):
        return db.session.execute(db.select(Signature.id).where(Signature.organization_name == name)).scalar_one()


def resend(client, sig_id: int, slug: str = SLUG, **data: str):
    return client.post(f"/coordinator/s/{slug}/signatures/{sig_id}/resend", data=data)


def page_after(client, response) -> str:
    assert response.status_code == 303
    assert response.headers["Location"].endswith(SIGNATURES)
    return html.unescape(client.get(response.headers["Location"]).get_data(as_text=True))


def queued(app) -> list[OutboxMessage]:
    with app.app_context():
        rows = list(db.session.execute(db.select(OutboxMessage).order_by(OutboxMessage.id)).scalars())
        db.session.expunge_all()
        db.session.remove()
    return rows


@pytest.fixture
def maria(app, client):
    """María's statement: Kino awaits confirmation, Hope awaits approval, LAWG is verified.
    Otto's statement has its own pending signer."""
    with seeding(app):
        statement = factories.open_statement(SLUG)
        factories.pending_signature(statement, "Kino Border Initiative", email="joanna@kino.example.org")
        awaiting = factories.pending_signature(statement, "Hope Border Institute", email="hope@example.org")
        awaiting.confirmed_at = factories.now()
        factories.verified_signature(statement, "Latin America Working Group")
        db.session.commit()
        factories.coordinator("maria@lawg.example.org", statements=(statement,))
        other = factories.open_statement("other-letter")
        factories.pending_signature(other, "Other Pending Org", email="other@example.org")
        factories.coordinator("otto@other.example.org", name="Otto Other", statements=(other,))
    log_in(client)
    return client


def test_the_signatures_table_offers_the_resend_button_only_for_signers_awaiting_confirmation(maria, app):
    page = maria.get(SIGNATURES).get_data(as_text=True)
    buttons = re.findall(r'formaction="(/coordinator/s/[^"]+/resend)"', page)
    assert buttons == [f"{SIGNATURES}/{signature_id(app, 'Kino Border Initiative')}/resend"]
    assert 'Resend verification email<span class="visually-hidden"> to Kino Border Initiative</span>' in page


def test_resending_queues_a_new_confirmation_email_and_says_so(maria, app):
    kino = signature_id(app, "Kino Border Initiative")

    page = page_after(maria, resend(maria, kino))

    assert "A new confirmation email is on its way to joanna@kino.example.org (Kino Border Initiative)." in page
    [message] = queued(app)
    assert message.recipient == "joanna@kino.example.org"
    assert message.kind == "verify"


def test_the_new_link_arrives_over_smtp_and_confirms_the_signature(maria, app, send_outbox, smtp):
    resend(maria, signature_id(app, "Kino Border Initiative"))
    assert send_outbox().sent == 1

    text = smtp.text_of(smtp.to("joanna@kino.example.org")[0])
    link = re.search(rf"{re.escape(TEST_BASE_URL)}(/confirm/\S+)", text)
    assert link
    visitor = app.test_client()
    assert visitor.get(link[1]).status_code == 200
    assert visitor.post(link[1]).status_code == 303
    with seeding(app):
        kino = db.session.get(Signature, signature_id(app, "Kino Border Initiative"))
        assert kino is not None and kino.status == "verified"


def test_the_resend_is_recorded_as_the_coordinators(maria, app):
    kino = signature_id(app, "Kino Border Initiative")
    resend(maria, kino)
    with seeding(app):
        event = db.session.execute(
            db.select(AuditEvent).where(AuditEvent.action == "signature.link_resent")
        ).scalar_one()
        maria_id = db.session.execute(
            db.select(Coordinator.id).where(Coordinator.email == "maria@lawg.example.org")
        ).scalar_one()
        assert event.actor == f"coordinator:{maria_id}"
        assert event.signature_id == kino
        assert (
            event.statement_id == db.session.execute(db.select(Statement.id).where(Statement.slug == SLUG)).scalar_one()
        )


def test_a_second_resend_within_minutes_is_refused(maria, app):
    kino = signature_id(app, "Kino Border Initiative")
    resend(maria, kino)

    page = page_after(maria, resend(maria, kino))

    assert "A confirmation email went to this signer less than a minute ago." in page
    assert len(queued(app)) == 1


def test_a_resend_after_the_pause_is_sent(maria, app):
    kino = signature_id(app, "Kino Border Initiative")
    with seeding(app):
        audit.record(
            factories.now() - timedelta(minutes=6), "public", "signature.submitted",
            statement_id=None, signature_id=kino,
        )  # fmt: skip
        db.session.commit()
    resend(maria, kino)
    assert len(queued(app)) == 1


@pytest.mark.parametrize("name", ["Hope Border Institute", "Latin America Working Group"])
def test_a_confirmed_signature_gets_no_email(maria, app, name):
    page = page_after(maria, resend(maria, signature_id(app, name)))
    assert "That signature is no longer awaiting confirmation: no email was sent." in page
    assert queued(app) == []


def test_on_a_closed_statement_no_link_is_sent(maria, app):
    with seeding(app):
        db.session.execute(db.select(Statement).where(Statement.slug == SLUG)).scalar_one().status = "closed"
        db.session.commit()
    page = page_after(maria, resend(maria, signature_id(app, "Kino Border Initiative")))
    assert "The statement is closed" in page
    assert queued(app) == []


def test_a_signature_of_another_statement_is_404_under_this_one(maria, app):
    assert resend(maria, signature_id(app, "Other Pending Org")).status_code == 404
    assert queued(app) == []


@pytest.mark.parametrize("sig_id", ["999999", "99999999999999999999", "１"])
def test_an_unknown_or_absurd_id_is_404(maria, app, sig_id):
    r = maria.post(f"{SIGNATURES}/{sig_id}/resend")
    assert r.status_code == 404
    assert queued(app) == []


def test_a_coordinator_of_another_statement_gets_404(maria, app):
    otto = app.test_client()
    log_in(otto, "otto@other.example.org")
    assert resend(otto, signature_id(app, "Kino Border Initiative")).status_code == 404
    assert queued(app) == []


def test_an_anonymous_visitor_is_sent_to_sign_in(maria, app):
    r = resend(app.test_client(), signature_id(app, "Kino Border Initiative"))
    assert r.status_code == 302
    assert "/login" in r.headers["Location"]
    assert queued(app) == []


def test_a_link_cannot_resend(maria, app):
    assert maria.get(f"{SIGNATURES}/{signature_id(app, 'Kino Border Initiative')}/resend").status_code == 405
    assert queued(app) == []


def test_without_the_csrf_token_nothing_is_sent(maria, app):
    app.config["WTF_CSRF_ENABLED"] = True
    page = page_after(maria, resend(maria, signature_id(app, "Kino Border Initiative")))
    assert "The page had expired. Press the button again." in page
    assert queued(app) == []


def test_the_table_form_with_its_token_resends(maria, app):
    app.config["WTF_CSRF_ENABLED"] = True
    page = maria.get(SIGNATURES).get_data(as_text=True)
    token = re.search(r'name="csrf_token" value="([^"]+)"', page)
    assert token
    resend(maria, signature_id(app, "Kino Border Initiative"), csrf_token=token[1])
    assert len(queued(app)) == 1
