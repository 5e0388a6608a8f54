"""`flask privacy purge [--dry-run]`: the contact details of a closed statement are anonymised
once it has been closed longer than its retention (12 months unless its owners chose), in the
signatures, the emails and the history; the public list and the exports stay."""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import UTC, datetime, timedelta

from openpyxl import load_workbook

from signon.extensions import db
from signon.models import ArchivedRow, AuditEvent, OutboxMessage, Signature, Statement
from signon.services import audit
from tests import factories
from tests.moderation_support import public_groups
from tests.sessions import log_in, seeding

SLUG = "closed-letter"
DAY = timedelta(days=1)
CONTACTS = ("contact_name", "contact_role", "contact_email", "phone", "source_ip", "user_agent")


def purge(runner, *args: str):
    result = runner.invoke(args=["privacy", "purge", *args])
    assert result.exit_code == 0, result.output
    return result.output.splitlines()


def closed(app, slug: str = SLUG, *, closed_days_ago: int | None = None, **fields) -> int:
    """A closed statement with two signatories; by default it closed at its deadline, 400 days
    ago. With ``closed_days_ago``, it was closed by hand that long ago, before its deadline."""
    with seeding(app):
        deadline = factories.now() + (30 * DAY if closed_days_ago is not None else -400 * DAY)
        statement = factories.closed_statement(slug, deadline=deadline, **fields)
        if closed_days_ago is not None:
            audit.record(
                factories.now() - closed_days_ago * DAY, "coordinator:1", "statement.closed", statement_id=statement.id
            )
        factories.verified_signature(
            statement, "Latin America Working Group", email="lisa@lawg.example.org",
            contact_name="Lisa Haugaard", source_ip="203.0.113.5", user_agent="Firefox/140", phone="+1 202 555 0100",
            website="https://lawg.example.org", comment="In solidarity.",
        )  # fmt: skip
        factories.signature(
            statement, "Kino Border Initiative", status="rejected", email="joanna@kino.example.org",
            contact_name="Joanna Williams", source_ip="2001:db8::7",
        )  # fmt: skip
        db.session.commit()
        return statement.id


def signatures(slug: str = SLUG) -> list[Signature]:
    db.session.expire_all()
    return list(
        db.session.execute(
            db.select(Signature).join(Statement).where(Statement.slug == slug).order_by(Signature.id)
        ).scalars()
    )


def statement(slug: str = SLUG) -> Statement:
    db.session.expire_all()
    return db.session.execute(db.select(Statement).where(Statement.slug == slug)).scalar_one()


def test_purge_anonymises_the_contacts_of_a_statement_closed_longer_than_its_retention(app, db, runner):
    closed(app)

    lines = purge(runner)

    assert re.fullmatch(
        r"purged closed-letter: closed \d{4}-\d\d-\d\d \d\d:\d\d UTC, retention 12 months, "
        r"2 signatures anonymised, 0 emails deleted, \d+ history entries cleaned",
        lines[0],
    ), lines
    assert lines[1:] == ["1 statement(s) purged"]
    for signature in signatures():
        assert {column: getattr(signature, column) for column in CONTACTS} == dict.fromkeys(CONTACTS, "")
    kept = signatures()[0]
    assert (kept.organization_name, kept.website, kept.comment, kept.city, kept.status) == (
        "Latin America Working Group", "https://lawg.example.org", "In solidarity.", "Washington", "verified",
    )  # fmt: skip
    assert statement().contacts_purged_at is not None
    (event,) = db.session.execute(
        db.select(AuditEvent).where(AuditEvent.action == "statement.contacts_purged")
    ).scalars()
    assert event.actor == "cli" and event.details["signatures"] == 2 and event.details["retention_months"] == 12


def test_the_domain_verdict_goes_with_the_email_it_was_about(app, db, runner):
    closed(app)
    with seeding(app):
        for signature in signatures():
            signature.domain_check = "verified"
        db.session.commit()

    purge(runner)

    assert {signature.domain_check for signature in signatures()} == {""}


def test_the_public_list_stays_whole_after_the_purge(app, client, db, runner):
    closed(app)
    before = client.get(f"/s/{SLUG}").get_data(as_text=True)
    purge(runner)
    after = client.get(f"/s/{SLUG}").get_data(as_text=True)
    assert public_groups(client, SLUG) == {"National": ["Latin America Working Group"]}
    assert after[after.index('id="signatories"') :] == before[before.index('id="signatories"') :]


def test_the_coordinators_exports_still_work_with_empty_contact_columns(app, client, db, runner):
    closed(app)
    with seeding(app):
        factories.coordinator(statements=(statement(),))
    purge(runner)
    log_in(client)

    download = client.get(f"/coordinator/s/{SLUG}/signatures.csv")
    xlsx = client.get(f"/coordinator/s/{SLUG}/export/file", query_string={"format": "xlsx", "statuses": "verified"})
    csv_export = client.get(
        f"/coordinator/s/{SLUG}/export/file", query_string={"format": "csv", "statuses": "verified"}
    )

    assert download.status_code == xlsx.status_code == csv_export.status_code == 200
    rows = list(csv.DictReader(io.StringIO(download.get_data(as_text=True).lstrip("\ufeff"))))
    assert sorted(row["organization"] for row in rows) == ["Kino Border Initiative", "Latin America Working Group"]
    assert {(row["contact_name"], row["email"], row["ip"], row["user_agent"], row["phone"]) for row in rows} == {
        ("", "", "", "", "")
    }
    sheet = load_workbook(io.BytesIO(xlsx.data)).active
    header, *values = [list(row) for row in sheet.iter_rows(values_only=True)]
    (only,) = values
    assert only[header.index("organization")] == "Latin America Working Group"
    assert only[header.index("email")] is None  # an empty cell, as openpyxl reads one
    assert "Latin America Working Group" in csv_export.get_data(as_text=True)


def test_a_statement_within_its_retention_or_still_open_is_left_alone(app, db, runner):
    closed(app, "recent-letter", closed_days_ago=330)
    closed(app, "short-retention", closed_days_ago=40, retention_months=1)
    with seeding(app):
        old_but_open = factories.open_statement("still-open", deadline=factories.now() + DAY)
        factories.verified_signature(old_but_open, created_at=factories.now() - 800 * DAY)

    lines = purge(runner)

    assert [line.split(":")[0] for line in lines[:-1]] == ["purged short-retention"]
    assert all(s.contact_email for s in signatures("recent-letter"))
    assert all(s.contact_email for s in signatures("still-open"))
    assert not any(s.contact_email for s in signatures("short-retention"))


def test_the_retention_runs_from_the_last_closing_not_from_an_earlier_one(app, db, runner):
    statement_id = closed(app, "reopened-letter", closed_days_ago=500)
    with seeding(app):
        # Reopened later, and closed again 100 days ago.
        audit.record(factories.now() - 400 * DAY, "cli", "statement.reopened", statement_id=statement_id)
        audit.record(factories.now() - 100 * DAY, "cli", "statement.closed", statement_id=statement_id)
        db.session.commit()
    assert purge(runner) == ["0 statement(s) purged"]


def test_a_dry_run_lists_what_would_go_and_changes_nothing(app, db, runner):
    closed(app)
    with seeding(app):
        deadline = statement().deadline

    lines = purge(runner, "--dry-run")

    assert lines == [
        f"would purge closed-letter: closed {deadline:%Y-%m-%d %H:%M} UTC, retention 12 months, "
        "2 signatures with contact details",
        "1 statement(s) would be purged; nothing was changed (dry run)",
    ]
    assert [s.contact_email for s in signatures()] == ["lisa@lawg.example.org", "joanna@kino.example.org"]
    assert statement().contacts_purged_at is None
    assert db.session.execute(db.select(AuditEvent).where(AuditEvent.action == "statement.contacts_purged")).all() == []


def test_a_purged_statement_is_skipped_the_next_time(app, db, runner):
    closed(app)
    purge(runner)
    first = statement().contacts_purged_at

    assert purge(runner) == ["0 statement(s) purged"]
    assert purge(runner, "--dry-run") == ["0 statement(s) would be purged; nothing was changed (dry run)"]
    assert statement().contacts_purged_at == first
    events = db.session.execute(db.select(AuditEvent).where(AuditEvent.action == "statement.contacts_purged")).all()
    assert len(events) == 1


def _message(statement_id: int | None, recipient: str, *, sent: bool, kind: str = "verify") -> int:
    moment = datetime(2025, 1, 1, tzinfo=UTC)
    message = OutboxMessage(
        recipient=recipient, subject="Confirm your signature", text_body=f"Dear {recipient}, confirm: https://x/confirm/t",
        kind=kind, statement_id=statement_id, created_at=moment, next_attempt_at=moment,
        sent_at=moment if sent else None,
    )  # fmt: skip
    db.session.add(message)
    db.session.commit()
    return message.id


def test_the_statements_emails_to_its_signatories_are_deleted(app, db, runner):
    ours = closed(app)
    theirs = closed(app, "other-letter", closed_days_ago=10)
    with seeding(app):
        sent_to_signer = _message(ours, "lisa@lawg.example.org", sent=True)
        waiting_for_signer = _message(ours, "Joanna@Kino.example.org", sent=False, kind="signature_rejected")
        sent_to_coordinator = _message(ours, "maria@lawg.example.org", sent=True, kind="notify_signature")
        invitation_waiting = _message(ours, "ben@lawg.example.org", sent=False, kind="invitation")
        other_statement = _message(theirs, "lisa@lawg.example.org", sent=True)

    lines = purge(runner)

    assert "3 emails deleted" in lines[0]
    left = set(db.session.execute(db.select(OutboxMessage.id)).scalars())
    assert left == {invitation_waiting, other_statement}
    assert not left & {sent_to_signer, waiting_for_signer, sent_to_coordinator}


def test_manage_link_emails_already_sent_to_its_signatories_are_deleted(app, db, runner):
    closed(app)
    with seeding(app):
        sent_to_signer = _message(None, "lisa@lawg.example.org", sent=True, kind="manage_link")
        waiting_for_signer = _message(None, "lisa@lawg.example.org", sent=False, kind="manage_link")
        sent_to_stranger = _message(None, "someone@else.example.org", sent=True, kind="manage_link")

    purge(runner)

    left = set(db.session.execute(db.select(OutboxMessage.id)).scalars())
    assert sent_to_signer not in left
    # A link asked for and still to go is delivered; one to a person of no purged list stays.
    assert {waiting_for_signer, sent_to_stranger} <= left


def test_contact_details_are_taken_out_of_the_history_of_its_signatures(app, db, runner):
    ours = closed(app)
    theirs = closed(app, "other-letter", closed_days_ago=10)
    with seeding(app):
        lisa, kino = (s.id for s in signatures())
        audit.record(
            factories.now(), "public", "signature.duplicate_refused", statement_id=ours, signature_id=lisa,
            typed_name="Lisa Haugaard", source_ip="203.0.113.5",
        )  # fmt: skip
        audit.record(
            factories.now(), "coordinator:1", "signature.link_resent", statement_id=ours, signature_id=kino,
            recipient="joanna@kino.example.org",
        )  # fmt: skip
        audit.record(
            factories.now(), "coordinator:1", "signature.rejected", statement_id=ours, signature_id=kino,
            previous_status="pending", message="Write to joanna@kino.example.org from 2001:db8::7 at 14:30:00, please.",
        )  # fmt: skip
        audit.record(
            factories.now(), "coordinator:1", "signatures.invalidated", statement_id=ours, count=1, ip="203.0.113.0/24"
        )
        audit.record(factories.now(), "coordinator:1", "team.invited", statement_id=ours, email="ben@lawg.example.org")
        their_lisa = signatures("other-letter")[0].id
        audit.record(
            factories.now(), "public", "signature.duplicate_refused", statement_id=theirs, signature_id=their_lisa,
            typed_name="Lisa", source_ip="203.0.113.5",
        )  # fmt: skip
        db.session.commit()

    purge(runner)

    def details(action: str, statement_id: int) -> dict:
        db.session.expire_all()
        return db.session.execute(
            db.select(AuditEvent.details).where(AuditEvent.action == action, AuditEvent.statement_id == statement_id)
        ).scalar_one()

    assert details("signature.duplicate_refused", ours) == {"typed_name": "", "source_ip": ""}
    assert details("signature.link_resent", ours) == {"recipient": ""}
    assert details("signature.rejected", ours) == {
        "previous_status": "pending",
        "message": "Write to  from  at 14:30:00, please.",
    }
    assert details("signatures.invalidated", ours) == {"count": 1, "ip": ""}
    # The team's own events and another statement's are not the signatories' contacts.
    assert details("team.invited", ours) == {"email": "ben@lawg.example.org"}
    assert details("signature.duplicate_refused", theirs)["source_ip"] == "203.0.113.5"
    trail = json.dumps(
        [e.details for e in db.session.execute(db.select(AuditEvent).where(AuditEvent.statement_id == ours)).scalars()]
    )
    for value in ("lawg.example.org", "kino.example.org", "203.0.113.5", "Lisa Haugaard", "Firefox"):
        assert value not in trail.replace("ben@lawg.example.org", "")


def test_archived_rows_of_its_signatures_are_anonymised_too(app, db, runner):
    ours = closed(app)
    with seeding(app):
        row = ArchivedRow(
            archived_at=factories.now(), revision="0005", table_name="signature", row_id=99, reason="duplicate key",
            data={"id": 99, "statement_id": ours, "organization_name": "LAWG", "contact_email": "lisa@lawg.example.org",
                  "contact_name": "Lisa Haugaard", "source_ip": "203.0.113.5"},
        )  # fmt: skip
        db.session.add(row)
        db.session.commit()

    purge(runner)

    db.session.expire_all()
    data = db.session.execute(db.select(ArchivedRow.data)).scalar_one()
    assert data == {
        "id": 99, "statement_id": ours, "organization_name": "LAWG", "contact_email": "", "contact_name": "",
        "source_ip": "",
    }  # fmt: skip
