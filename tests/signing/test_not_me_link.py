"""The "this wasn't me" link: every verification email carries a second link. Opening it changes
nothing; its one button withdraws the signature, whatever its state, once, audited, and tells
the statement's coordinators."""

from __future__ import annotations

import dataclasses
import re
from datetime import UTC, datetime

import pytest
from sqlalchemy import func

from signon.models import AuditEvent, OutboxMessage, Signature
from signon.services.mail import signature_links
from signon.services.signing import self_service
from tests import factories

SLUG = "national-guard-letter"
ORGANIZATION = "Centro de Atención al Migrante Exodus"
CONTACT_NAME = "Ana Martínez"
CONTACT_EMAIL = "ana@came.example.org"
NOT_ME = re.compile(r"http://signon\.example\.org(/not-me/[A-Za-z0-9_\-.]+)")
CONFIRM = re.compile(r"http://signon\.example\.org(/confirm/[A-Za-z0-9_\-.]+)")


# --------------------------------------------------------------------------- helpers


def sign(client, smtp, send_outbox) -> str:
    """Sign through the form; return the text of the verification email."""
    smtp.clear()
    response = client.post(f"/s/{SLUG}/sign", data=factories.sign_form(organization=ORGANIZATION))
    assert response.status_code == 303, response.get_data(as_text=True)[:2000]
    assert send_outbox().sent == 1
    (message,) = smtp.to(CONTACT_EMAIL)
    smtp.clear()
    return smtp.text_of(message)


def not_me_link(text: str) -> str:
    match = NOT_ME.search(text)
    assert match, text
    return match.group(1)


def confirm(client, text: str) -> None:
    link = CONFIRM.search(text)
    assert link
    assert client.post(link.group(1)).status_code == 303


def signature(db) -> Signature:
    db.session.expire_all()
    return db.session.execute(db.select(Signature).where(Signature.organization_name == ORGANIZATION)).scalar_one()


def events(db, action: str) -> list[AuditEvent]:
    db.session.expire_all()
    return list(db.session.execute(db.select(AuditEvent).where(AuditEvent.action == action)).scalars())


def outbox_count(db) -> int:
    db.session.expire_all()
    return db.session.execute(db.select(func.count()).select_from(OutboxMessage)).scalar_one()


def listed(app) -> bool:
    html = app.test_client().get(f"/s/{SLUG}").get_data(as_text=True)
    return f'<span class="org">{ORGANIZATION}</span>' in html


def main_of(html: str) -> str:
    return html[html.index("<main") : html.index("</main>")]


@pytest.fixture
def statement(db):
    s = factories.open_statement()
    factories.team_member(s, "maria@coalition.example.org", name="María", notify="each")
    return s


# --------------------------------------------------------------------------- the email


def test_every_verification_email_carries_a_this_wasnt_me_link_built_from_the_base_url(
    client, db, statement, smtp, send_outbox
):
    client.post(f"/s/{SLUG}/sign", data=factories.sign_form(organization=ORGANIZATION))
    send_outbox()
    (message,) = smtp.to(CONTACT_EMAIL)

    text, html = smtp.text_of(message), smtp.html_of(message)
    assert "This wasn't me" in text
    link = not_me_link(text)
    assert f'href="http://signon.example.org{link}">This wasn\'t me</a>' in html
    assert link.removeprefix("/not-me/") != CONFIRM.search(text).group(1).removeprefix("/confirm/")


# --------------------------------------------------------------------------- opening the link


def test_opening_the_link_changes_nothing_and_offers_one_button(client, db, statement, smtp, send_outbox):
    link = not_me_link(sign(client, smtp, send_outbox))
    outbox_before = outbox_count(db)

    page = client.get(link)
    head = client.head(link)

    assert page.status_code == head.status_code == 200
    main = main_of(page.get_data(as_text=True))
    assert ORGANIZATION in main
    assert re.findall(r"<button[^>]*>(.*?)</button>", main, re.S) == ["Withdraw this signature"]
    assert re.findall(r'<form method="post" action="([^"]+)"', main) == [link]
    assert signature(db).status == "pending"
    assert events(db, "signature.withdrawn") == []
    assert outbox_count(db) == outbox_before
    assert page.headers["Cache-Control"] == "private, no-store"


def test_the_page_never_shows_the_contacts_name_or_email(client, db, statement, smtp, send_outbox):
    link = not_me_link(sign(client, smtp, send_outbox))

    before = client.get(link).get_data(as_text=True)
    after = client.post(link).get_data(as_text=True)

    for html in (before, after):
        assert CONTACT_EMAIL not in html
        assert CONTACT_NAME not in html
        assert "ana@" not in html


# --------------------------------------------------------------------------- pressing the button


@pytest.mark.parametrize("state", ["awaiting_confirmation", "awaiting_approval", "verified"])
def test_the_button_withdraws_the_signature_whatever_its_state(client, app, db, smtp, send_outbox, state):
    s = factories.open_statement(moderated=state == "awaiting_approval")
    factories.team_member(s, "maria@coalition.example.org", name="María")
    text = sign(client, smtp, send_outbox)
    if state != "awaiting_confirmation":
        confirm(client, text)
    assert self_service._state(signature(db)) == state
    assert listed(app) == (state == "verified")

    response = client.post(not_me_link(text))

    assert response.status_code == 200
    assert "Signature withdrawn" in response.get_data(as_text=True)
    assert signature(db).status == "withdrawn"
    assert not listed(app)
    (event,) = events(db, "signature.withdrawn")
    assert event.actor == "public"
    assert event.signature_id == signature(db).id
    assert event.details == {"previous_status": state, "via": "not_me"}


def test_a_withdrawn_signature_is_left_out_of_future_exports(
    client, db, runner, statement, smtp, send_outbox, tmp_path
):
    text = sign(client, smtp, send_outbox)
    confirm(client, text)
    output = tmp_path / "before.txt"
    assert runner.invoke(args=["statements", "export", SLUG, "--format", "txt", "--output", str(output)]).exit_code == 0
    assert ORGANIZATION in output.read_text(encoding="utf-8")

    client.post(not_me_link(text))

    output = tmp_path / "after.txt"
    assert runner.invoke(args=["statements", "export", SLUG, "--format", "txt", "--output", str(output)]).exit_code == 0
    assert ORGANIZATION not in output.read_text(encoding="utf-8")


def test_every_coordinator_of_the_statement_is_told_whatever_her_email_choice(client, db, smtp, send_outbox):
    s = factories.open_statement()
    for email, notify in [
        ("each@coalition.example.org", "each"),
        ("digest@coalition.example.org", "digest"),
        ("none@coalition.example.org", "none"),
    ]:
        factories.team_member(s, email, name=notify.title(), notify=notify)
    other = factories.open_statement("other-letter")
    factories.team_member(other, "stranger@elsewhere.example.org", name="Stranger")
    link = not_me_link(sign(client, smtp, send_outbox))

    client.post(link)
    send_outbox()

    told = sorted(str(m["To"]) for m in smtp.messages)
    assert [re.search(r"[\w.]+@[\w.]+", to).group(0) for to in told] == [
        "digest@coalition.example.org",
        "each@coalition.example.org",
        "none@coalition.example.org",
    ]
    text = smtp.text_of(smtp.messages[0])
    assert "says they did not sign" in text
    assert ORGANIZATION in text
    assert f"http://signon.example.org/coordinator/s/{SLUG}/signatures/{signature(db).id}" in text
    assert "did not sign" in str(smtp.messages[0]["Subject"])


def test_pressing_twice_withdraws_once_and_says_already_withdrawn(client, db, statement, smtp, send_outbox):
    link = not_me_link(sign(client, smtp, send_outbox))

    first = client.post(link)
    second = client.post(link)

    assert "Signature withdrawn" in first.get_data(as_text=True)
    assert second.status_code == 200
    assert "Already withdrawn" in second.get_data(as_text=True)
    assert len(events(db, "signature.withdrawn")) == 1
    assert send_outbox().sent == 1  # one coordinator, told once


def test_a_request_that_read_the_signature_before_another_withdrew_it_changes_nothing(
    client, db, statement, smtp, send_outbox, monkeypatch
):
    """Two presses at once: both read "on the list"; the conditional UPDATE lets one through."""
    link = not_me_link(sign(client, smtp, send_outbox))
    assert client.post(link).status_code == 200
    entry = self_service._entry

    def stale(sig, now):
        return dataclasses.replace(entry(sig, now), on_the_list=True, state="awaiting_confirmation")

    monkeypatch.setattr(self_service, "_entry", stale)
    client.post(link)

    assert len(events(db, "signature.withdrawn")) == 1
    assert send_outbox().sent == 1


def test_a_rejected_signature_stays_rejected(client, db, statement, smtp, send_outbox):
    link = not_me_link(sign(client, smtp, send_outbox))
    sig = signature(db)
    sig.status = "rejected"
    db.session.commit()

    assert "Not on the list" in client.get(link).get_data(as_text=True)
    assert "Already withdrawn" in client.post(link).get_data(as_text=True)
    assert signature(db).status == "rejected"
    assert events(db, "signature.withdrawn") == []


def test_once_the_letter_is_published_the_page_gives_the_coordinators_address(client, db, statement, smtp, send_outbox):
    text = sign(client, smtp, send_outbox)
    confirm(client, text)
    statement.status, statement.published_at = "closed", datetime.now(UTC)
    db.session.commit()

    response = client.post(not_me_link(text))

    assert response.status_code == 409
    html = response.get_data(as_text=True)
    assert "The letter has been delivered" in html
    assert "coalition@example.org" in html
    assert signature(db).status == "verified"


def test_a_closed_statement_still_lets_the_signature_be_withdrawn(client, db, statement, smtp, send_outbox):
    text = sign(client, smtp, send_outbox)
    statement.status = "closed"
    db.session.commit()

    assert client.post(not_me_link(text)).status_code == 200
    assert signature(db).status == "withdrawn"


# --------------------------------------------------------------------------- bad links


@pytest.mark.parametrize("token", ["short", "a" * 401, "abc%20def" + "x" * 20, "x" * 19 + "!", "x" * 30 + "%00"])
def test_a_token_of_the_wrong_shape_is_404_before_any_query(client, db, statement, token, monkeypatch):
    def fail(*args, **kwargs):
        raise AssertionError("queried")

    monkeypatch.setattr(signature_links, "read", fail)
    assert client.get(f"/not-me/{token}").status_code == 404
    assert client.post(f"/not-me/{token}").status_code == 404


def test_a_tampered_link_or_a_confirmation_token_is_refused(client, db, statement, smtp, send_outbox):
    text = sign(client, smtp, send_outbox)
    link = not_me_link(text)
    prefix, sig = link.rsplit(".", 1)
    tampered = f"{prefix}.{sig[:5]}{'A' if sig[5] != 'A' else 'B'}{sig[6:]}"
    confirm_token = CONFIRM.search(text).group(1).removeprefix("/confirm/")

    for path in (tampered, f"/not-me/{confirm_token}"):
        assert client.get(path).status_code == 400
        assert client.post(path).status_code == 400
    assert signature(db).status == "pending"


def test_the_link_works_for_thirty_days_longer_than_a_confirmation_link(
    client, app, db, statement, smtp, send_outbox, link_clock
):
    link = not_me_link(sign(client, smtp, send_outbox))
    days = app.config["SIGNON_CONFIRMATION_LINK_DAYS"]

    link_clock(days=days + 29)
    assert client.get(link).status_code == 200
    link_clock(days=2)
    expired = client.post(link)

    assert expired.status_code == 410
    assert "This link has expired" in expired.get_data(as_text=True)
    assert signature(db).status == "pending"


def test_without_the_csrf_token_nothing_changes(client, app, db, statement, smtp, send_outbox):
    link = not_me_link(sign(client, smtp, send_outbox))
    app.config["WTF_CSRF_ENABLED"] = True

    refused = client.post(link)
    assert refused.status_code == 422
    assert "That page had expired" in refused.get_data(as_text=True)
    assert signature(db).status == "pending"

    token = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', client.get(link).get_data(as_text=True))[1]
    assert client.post(link, data={"csrf_token": token}).status_code == 200
    assert signature(db).status == "withdrawn"
