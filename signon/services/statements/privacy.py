"""How long the signatories' contact details are kept, and their anonymisation once that time
has passed (`flask privacy purge`).

A statement keeps its signatories' contact details for ``retention_months`` after it closed.
It closed at the earlier of its deadline and the last time it was set closed (the audit
trail's "statement.closed", written both by hand and by the deadline); a statement closed
without such an event (imported closed, or older data) counts from its deadline or, failing
that, its last change, so that the date is never earlier than the real closing.

Purging keeps the public list (organization, category, place, website, comment, status) and
blanks everything that identifies or reaches a person: the contact's name, role, email and
phone, and the address and browser a signature came from. The same goes for copies held
elsewhere: the statement's emails (deleted: once sent they are of no use, and they hold names
and links), the contact details in the audit trail of its signatures, and rows a migration
archived. Each purge is one transaction with one audit event, which never holds the values."""

from __future__ import annotations

import calendar
import ipaddress
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import func, or_

from signon.extensions import db
from signon.models import ArchivedRow, AuditEvent, OutboxMessage, Signature, Statement
from signon.models.statuses import StatementStatus
from signon.services import audit
from signon.services.errors import StatementNotFound
from signon.services.mail.outbox import ascii_address
from signon.services.statements import statements

MIN_MONTHS, MAX_MONTHS = 1, 120
PURGED = "statement.contacts_purged"
# The signature's columns that identify or reach a person; each becomes "".
CONTACT_COLUMNS = ("contact_name", "contact_role", "contact_email", "phone", "source_ip", "user_agent")
# Keys of audit details that hold such a value, whatever the event.
CONTACT_KEYS = frozenset(
    {*CONTACT_COLUMNS, "ip", "email", "recipient", "typed_name", "typed_email", "contact", "address"}
)
_EMAIL = re.compile(r"[^\s@<>()\[\],;:\"']+@[^\s@<>()\[\],;:\"']+")
# Candidates only: each is kept unless it parses as an IP address or network.
_IP_LIKE = re.compile(r"[0-9A-Fa-f:.]*[:.][0-9A-Fa-f:.]*(?:/\d{1,3})?")


@dataclass(frozen=True)
class Retention:
    """What a coordinator is told about a statement's retention."""

    months: int
    closed_at: datetime | None
    # When `flask privacy purge` will anonymise the contacts; None while it is not closed.
    purge_from: datetime | None
    purged_at: datetime | None


@dataclass(frozen=True)
class Purge:
    """A statement due for purging, or purged: what went (or would go)."""

    slug: str
    closed_at: datetime
    retention_months: int
    signatures: int
    emails: int = 0
    audit_events: int = 0


class InvalidRetention(ValueError):
    pass


def add_months(moment: datetime, months: int) -> datetime:
    """The same day and time ``months`` later; the month's last day when it is shorter."""
    index = moment.month - 1 + months
    year, month = moment.year + index // 12, index % 12 + 1
    return moment.replace(year=year, month=month, day=min(moment.day, calendar.monthrange(year, month)[1]))


def closed_at(statement: Statement) -> datetime | None:
    """When the statement stopped taking signatures; None unless it is closed."""
    if statement.status != StatementStatus.closed:
        return None
    last_closed = db.session.execute(
        db.select(func.max(AuditEvent.at)).where(
            AuditEvent.statement_id == statement.id, AuditEvent.action == "statement.closed"
        )
    ).scalar_one_or_none()
    moment = last_closed or statement.updated_at
    if statement.deadline is not None and statement.deadline < moment:
        moment = statement.deadline
    return moment


def retention(statement_id: int) -> Retention:
    """The statement's retention, its closing time and when its contacts go."""
    statement = db.session.get(Statement, statement_id)
    if statement is None:
        raise StatementNotFound(str(statement_id))
    closed = closed_at(statement)
    return Retention(
        months=statement.retention_months,
        closed_at=closed,
        purge_from=add_months(closed, statement.retention_months) if closed else None,
        purged_at=statement.contacts_purged_at,
    )


def set_retention(statement_id: int, months: int, now: datetime, *, actor: str) -> bool:
    """Keep the contacts ``months`` (1 to 120) after closing; False when unchanged."""
    if not MIN_MONTHS <= months <= MAX_MONTHS:
        raise InvalidRetention(f"retention must be {MIN_MONTHS} to {MAX_MONTHS} months")
    statement = db.session.get(Statement, statement_id)
    if statement is None:
        raise StatementNotFound(str(statement_id))
    if statement.retention_months == months:
        return False
    before, statement.retention_months = statement.retention_months, months
    statement.updated_at = now
    audit.record(now, actor, "statement.retention_changed", statement_id=statement_id, before=before, after=months)
    db.session.commit()
    return True


def _with_contacts(statement_id: int) -> int:
    return db.session.execute(
        db.select(func.count())
        .select_from(Signature)
        .where(Signature.statement_id == statement_id, or_(*(getattr(Signature, c) != "" for c in CONTACT_COLUMNS)))
    ).scalar_one()


def _due(now: datetime) -> Iterator[tuple[Statement, datetime]]:
    closed = db.session.execute(
        db.select(Statement)
        .where(Statement.status == StatementStatus.closed, Statement.contacts_purged_at.is_(None))
        .order_by(Statement.id)
    ).scalars()
    for statement in closed:
        moment = closed_at(statement)
        if moment is not None and add_months(moment, statement.retention_months) <= now:
            yield statement, moment


def due(now: datetime) -> list[Purge]:
    """The statements whose contacts a purge at ``now`` would anonymise. Changes nothing."""
    return [
        Purge(statement.slug, moment, statement.retention_months, _with_contacts(statement.id))
        for statement, moment in list(_due(now))
    ]


def _scrub_text(text: str) -> str:
    def ip(match: re.Match[str]) -> str:
        try:
            ipaddress.ip_interface(match.group(0))
        except ValueError:
            return match.group(0)
        return ""

    return _IP_LIKE.sub(ip, _EMAIL.sub("", text))


def scrub(value: Any) -> Any:
    """Audit details without contact details: the values of CONTACT_KEYS blanked, and email
    addresses and IP addresses cut out of every other text, at any depth."""
    if isinstance(value, dict):
        return {k: "" if k in CONTACT_KEYS and value[k] not in (None, "") else scrub(v) for k, v in value.items()}
    if isinstance(value, list):
        return [scrub(v) for v in value]
    return _scrub_text(value) if isinstance(value, str) else value


def _clean_audit(statement_id: int, signature_ids: list[int]) -> int:
    """Scrub the events about the statement's signatures. Events about the team (invitations
    name coordinators, not signatories) are left as they are."""
    events = db.session.execute(
        db.select(AuditEvent).where(
            or_(AuditEvent.statement_id == statement_id, AuditEvent.signature_id.in_(signature_ids or [-1]))
        )
    ).scalars()
    cleaned = 0
    for event in events:
        if event.signature_id is None and not event.action.startswith("signature"):
            continue
        details = scrub(event.details or {})
        if details != (event.details or {}):
            event.details = details  # a new dict: the JSON column notices a replacement only
            cleaned += 1
    return cleaned


def _delete_emails(statement_id: int, addresses: set[str]) -> int:
    """The statement's messages once sent or given up, and any to its signatories; a message
    to a coordinator still waiting to go (an invitation) is left to be sent."""
    messages = db.session.execute(db.select(OutboxMessage).where(OutboxMessage.statement_id == statement_id)).scalars()
    deleted = 0
    for message in messages:
        done = message.sent_at is not None or message.failed_at is not None
        if done or message.recipient.casefold() in addresses:
            db.session.delete(message)
            deleted += 1
    # "Manage my signature" emails belong to no one statement (one lists every signature made
    # with the address): those already sent to its signatories go too.
    manage_links = db.session.execute(
        db.select(OutboxMessage).where(
            OutboxMessage.kind == "manage_link",
            OutboxMessage.statement_id.is_(None),
            or_(OutboxMessage.sent_at.is_not(None), OutboxMessage.failed_at.is_not(None)),
        )
    ).scalars()
    for message in manage_links:
        if message.recipient.casefold() in addresses:
            db.session.delete(message)
            deleted += 1
    return deleted


def _clean_archive(statement_id: int) -> None:
    archived = db.session.execute(db.select(ArchivedRow).where(ArchivedRow.table_name == "signature")).scalars()
    for row in archived:
        if isinstance(row.data, dict) and row.data.get("statement_id") == statement_id:
            row.data = {k: "" if k in CONTACT_COLUMNS and v else v for k, v in row.data.items()}


def _purge_one(statement_id: int, moment: datetime, now: datetime, actor: str) -> Purge | None:
    # Two purges at once (a cron job and a person): the second waits, then finds it purged.
    statements.lock(statement_id)
    statement = db.session.execute(
        db.select(Statement).where(Statement.id == statement_id, Statement.contacts_purged_at.is_(None))
    ).scalar_one_or_none()
    if statement is None:
        db.session.rollback()
        return None
    signatures = list(db.session.execute(db.select(Signature).where(Signature.statement_id == statement_id)).scalars())
    addresses = {
        a.casefold() for s in signatures if s.contact_email for a in (s.contact_email, ascii_address(s.contact_email))
    }
    anonymised = 0
    for signature in signatures:
        if any(getattr(signature, column) for column in CONTACT_COLUMNS):
            anonymised += 1
            for column in CONTACT_COLUMNS:
                setattr(signature, column, "")
            # The verdict on the email's domain goes with the email it was about.
            signature.domain_check = ""
            signature.updated_at = now
    emails = _delete_emails(statement_id, addresses)
    events = _clean_audit(statement_id, [s.id for s in signatures])
    _clean_archive(statement_id)
    statement.contacts_purged_at = now
    audit.record(
        now, actor, PURGED, statement_id=statement_id, closed_at=moment.isoformat(),
        retention_months=statement.retention_months, signatures=anonymised, emails=emails, audit_events=events,
    )  # fmt: skip
    db.session.commit()
    return Purge(statement.slug, moment, statement.retention_months, anonymised, emails, events)


def purge(now: datetime, *, actor: str) -> list[Purge]:
    """Anonymise the contacts of every closed statement whose retention has passed, each in
    its own transaction. A statement already purged is skipped, so running it again is safe."""
    found = [(statement.id, moment) for statement, moment in _due(now)]
    db.session.rollback()
    return [done for statement_id, moment in found if (done := _purge_one(statement_id, moment, now, actor))]
