"""Quieter notices: a coordinator is not told of signatures she listed herself (added by hand,
imported or approved in the browser) while the rest of her team is, and nobody hears of new
signatures once the statement's closing notice has gone out, not even of a late confirmation.
What was left out is never sent later. Through the browser, the round and the outbox."""

from __future__ import annotations

import io
import re
from datetime import datetime, timedelta
from urllib.parse import urlsplit

import pytest

from signon.clock import utcnow
from signon.extensions import db
from signon.models import OutboxMessage, Signature
from signon.services.statements import statement_status
from tests import factories
from tests.circulation.notification_rounds import BEN, MARIA, SLUG, run, statement_row
from tests.sessions import log_in, seeding

pytestmark = pytest.mark.usefixtures("settled_at_once")

TABLE = f"/coordinator/s/{SLUG}/signatures"
CONFIRM_LINK = re.compile(r"https?://[^/\s]+(/confirm/[A-Za-z0-9_\-.]+)")
A_DAY_LATER = timedelta(hours=23, minutes=1)


def queued(app, kind: str, to: str | None = None) -> list[OutboxMessage]:
    with seeding(app):
        query = db.select(OutboxMessage).where(OutboxMessage.kind == kind).order_by(OutboxMessage.id)
        if to:
            query = query.where(OutboxMessage.recipient == to)
        rows = list(db.session.execute(query).scalars())
        db.session.expunge_all()
    return rows


def announced_to(app, email: str) -> list[str]:
    """The organizations of the new-signature emails queued for her, in order."""
    return [m.subject.split(" – ")[0].removeprefix("New signature: ") for m in queued(app, "notify_signature", email)]


def as_coordinator(app, email: str):
    client = app.test_client()
    log_in(client, email)
    return client


def add_by_hand(client, organization: str) -> None:
    form = {
        "organization": organization, "category": "national", "city": "Austin", "region": "TX",
        "country": "United States", "contact_name": "Efrén Olivares", "email": "efren@tcrp.example.org",
    }  # fmt: skip
    response = client.post(f"{TABLE}/new", data=form)
    assert response.status_code == 303, response.get_data(as_text=True)


def import_in_browser(client, *organizations: str) -> None:
    """Upload a CSV, map its columns and import it, as the import screens do."""
    lines = ["organization,category,city,country,contact_name,email"]
    lines += [f"{name},National,Tucson,United States,Person {i},person{i}@org{i}.example.org" for i, name in
              enumerate(organizations)]  # fmt: skip
    upload = client.post(
        f"/coordinator/s/{SLUG}/import",
        data={"file": (io.BytesIO("\n".join(lines).encode()), "list.csv")},
        content_type="multipart/form-data",
    )
    assert upload.status_code == 303, upload.get_data(as_text=True)
    mapping = {"organization": "0", "category": "1", "city": "2", "country": "3", "contact_name": "4", "email": "5"}
    confirm = client.post(urlsplit(upload.headers["Location"]).path, data=mapping)
    assert confirm.status_code == 303 and confirm.headers["Location"].endswith("/report"), confirm.status_code


def awaiting_approval(app, name: str) -> int:
    with seeding(app):
        signature = factories.pending_signature(statement_row(), name, email=f"contact@{name[:4].lower()}.example.org")
        signature.confirmed_at = factories.now()
        statement_row().moderated = True
        db.session.commit()
        return signature.id


def approve(client, *signature_ids: int) -> None:
    response = client.post(f"{TABLE}/moderate", data={"ids": [str(i) for i in signature_ids], "action": "approve"})
    assert response.status_code == 303


def verify(app, name: str, at: datetime | None = None) -> None:
    """A signature its signer confirmed (no coordinator had a hand in it)."""
    with seeding(app):
        factories.verified_signature(statement_row(), name, created_at=at or factories.now())


def signed_through_the_form(app, organization: str) -> str:
    """Sign on the public form; returns the confirmation link's path from the queued email."""
    response = app.test_client().post(f"/s/{SLUG}/sign", data=factories.sign_form(organization=organization))
    assert response.status_code == 303, response.get_data(as_text=True)[:2000]
    [email] = [m for m in queued(app, "verify") if organization in m.text_body]
    match = CONFIRM_LINK.search(email.text_body)
    assert match, email.text_body
    return match.group(1)


def past_the_deadline(app) -> None:
    with seeding(app):
        statement_row().deadline = factories.now() - timedelta(minutes=1)
        db.session.commit()


# --------------------------------------------------------------------------- her own signatories


def test_she_is_not_told_of_a_signatory_she_added_by_hand_but_her_teammates_are(app, team, send_outbox, smtp):
    add_by_hand(as_coordinator(app, MARIA), "Texas Civil Rights Project")

    assert run(app).signatures == 0
    assert run(app, utcnow() + A_DAY_LATER).digests == 1

    send_outbox(retry_now=True)  # the digest is written "a day later"
    assert smtp.to(MARIA) == []
    [digest] = smtp.to(BEN)
    assert digest["Subject"].startswith("1 new signature: ")
    assert "- Texas Civil Rights Project (National; Austin, TX, United States)" in smtp.text_of(digest)


def test_the_signatories_he_imported_are_left_out_of_his_digest_but_not_of_hers(app, team):
    import_in_browser(as_coordinator(app, BEN), "Imported Organization A", "Imported Organization B")
    verify(app, "Latin America Working Group")

    run(app)
    assert sorted(announced_to(app, MARIA)) == [
        "Imported Organization A", "Imported Organization B", "Latin America Working Group",
    ]  # fmt: skip

    assert run(app, utcnow() + A_DAY_LATER).digests == 1
    [digest] = queued(app, "notify_digest", BEN)
    assert digest.subject.startswith("1 new signature: ")
    assert "Latin America Working Group" in digest.text_body
    assert "Imported Organization" not in digest.text_body


def test_she_is_not_told_of_signatures_she_approved_but_of_those_a_teammate_approved(app, team):
    kino = awaiting_approval(app, "Kino Border Initiative")
    hope = awaiting_approval(app, "Hope Border Institute")
    approve(as_coordinator(app, MARIA), kino)
    approve(as_coordinator(app, BEN), hope)

    assert run(app).signatures == 1

    assert announced_to(app, MARIA) == ["Hope Border Institute"]


def test_a_digest_of_only_her_own_imports_is_not_sent_and_they_are_never_sent_later(app, team):
    import_in_browser(as_coordinator(app, BEN), "Imported Organization A", "Imported Organization B")
    first = utcnow() + A_DAY_LATER

    assert run(app, first).digests == 0
    assert run(app, first + timedelta(hours=1)).digests == 0
    verify(app, "Latin America Working Group", at=first + timedelta(hours=2))
    assert run(app, first + timedelta(hours=24, minutes=1)).digests == 1

    [digest] = queued(app, "notify_digest", BEN)
    assert digest.subject.startswith("1 new signature: ")
    assert "Imported Organization" not in digest.text_body


def test_a_signature_she_added_and_a_teammate_approved_again_after_a_correction_is_news_to_her(app, team):
    add_by_hand(as_coordinator(app, MARIA), "Texas Civil Rights Project")
    run(app)
    with seeding(app):
        signature = db.session.execute(db.select(Signature)).scalar_one()
        # Its signer corrected the name on a moderated statement: back to awaiting approval.
        signature.status, signature.verified_at, signature.confirmed_at = "pending", None, factories.now()
        statement_row().moderated = True
        db.session.commit()
        signature_id = signature.id

    approve(as_coordinator(app, BEN), signature_id)

    assert run(app).signatures == 1
    assert announced_to(app, MARIA) == ["Texas Civil Rights Project"]


# --------------------------------------------------------------------------- after the closing notice


def test_a_confirmation_after_the_closing_notice_is_announced_to_nobody(app, team):
    link = signed_through_the_form(app, "Late Organization")
    past_the_deadline(app)
    assert run(app).closed == 3

    confirmed = app.test_client().post(link)
    assert confirmed.status_code == 303
    with seeding(app):
        assert db.session.execute(db.select(Signature.status)).scalar_one() == "verified"

    assert run(app).total == 0
    assert run(app, utcnow() + timedelta(days=2)).total == 0
    assert queued(app, "notify_signature") == []
    assert queued(app, "notify_digest") == []


def test_news_from_before_the_closing_notice_is_not_sent_after_it(app, team):
    """Ben's digest was not due when the statement closed: the final count told him instead."""
    verify(app, "Latin America Working Group")
    past_the_deadline(app)

    report = run(app)
    assert (report.signatures, report.closed) == (1, 3)

    assert run(app, utcnow() + A_DAY_LATER).digests == 0
    assert queued(app, "notify_digest") == []


def test_after_reopening_only_signatures_verified_since_are_announced(app, team):
    with seeding(app):
        statement_row().status = "closed"
        db.session.commit()
    assert run(app).closed == 3
    verify(app, "Verified While Closed")
    assert run(app).signatures == 0

    with seeding(app):
        statement_status.set_status(SLUG, "open", factories.now(), actor="cli")
    verify(app, "Verified After Reopening")
    run(app)

    assert announced_to(app, MARIA) == ["Verified After Reopening"]


def test_once_the_deadline_is_moved_later_signatures_are_news_again(app, team):
    past_the_deadline(app)
    assert run(app).closed == 3
    verify(app, "Verified Past The Deadline")
    assert run(app).signatures == 0

    with seeding(app):
        statement_row().deadline = factories.now() + timedelta(days=7)
        db.session.commit()
    verify(app, "Verified After The Extension")
    run(app)

    assert announced_to(app, MARIA) == ["Verified After The Extension"]
