"""Coordinators writing to signatories: one message to every verified signatory, and a new
confirmation link for one who has not confirmed yet. Both go through the outbox and the audit
trail records who sent what."""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func

from signon.extensions import db
from signon.models import AuditEvent, Coordinator, Signature, Statement
from signon.models.statuses import SignatureStatus, Standing, StatementStatus
from signon.services import audit
from signon.services.errors import DomainError, SignatureNotFound, StatementClosed, StatementNotFound
from signon.services.mail import coordinator_emails, emails
from signon.services.mail.coordinator_emails import Recipient
from signon.services.statements import statements

MESSAGE_SENT = "statement.message_sent"
# A second link within this time is most likely a double click, or the first one still on its way.
RESEND_PAUSE = timedelta(minutes=5)


class NoRecipients(DomainError):
    """The statement has no verified signatory to write to."""


class MessageAlreadySent(DomainError):
    """This very message (same confirmation key) was sent already: a second press of Send."""


class NotAwaitingConfirmation(DomainError):
    """The signature was confirmed (or rejected, or withdrawn): there is no link to resend."""


class SentRecently(DomainError):
    """A confirmation link went to this signer a moment ago."""

    def __init__(self, minutes_ago: int) -> None:
        super().__init__("sent recently")
        self.minutes_ago = minutes_ago


@dataclass(frozen=True)
class MessageInput:
    subject: str
    body: str
    # Made when the coordinator previews the message; a second Send with it sends nothing.
    key: str


@dataclass(frozen=True)
class _Address:
    email: str
    name: str
    organizations: list[str]


def new_message_key() -> str:
    return secrets.token_urlsafe(18)


def _addresses(statement_id: int) -> list[_Address]:
    """One entry per distinct address (case ignored) among the verified, listed signatories."""
    rows = db.session.execute(
        db.select(Signature.contact_email, Signature.contact_name, Signature.organization_name)
        .where(
            Signature.statement_id == statement_id,
            Signature.status == SignatureStatus.verified,
            Signature.hidden.is_(False),
        )
        .order_by(Signature.id)
    ).all()
    found: dict[str, _Address] = {}
    for email, name, organization in rows:
        if not email:
            continue
        entry = found.setdefault(email.casefold(), _Address(email, name, []))
        entry.organizations.append(organization)
    return list(found.values())


def recipient_count(statement_id: int) -> int:
    """How many emails a message to the verified signatories would be: one per address."""
    return int(
        db.session.execute(
            db.select(func.count(func.distinct(func.lower(Signature.contact_email)))).where(
                Signature.statement_id == statement_id,
                Signature.status == SignatureStatus.verified,
                Signature.hidden.is_(False),
                Signature.contact_email != "",
            )
        ).scalar_one()
    )


def _paragraphs(body: str) -> list[list[str]]:
    """The text as paragraphs of lines, so that the HTML email keeps its shape."""
    blocks = body.replace("\r\n", "\n").replace("\r", "\n").split("\n\n")
    return [[line.rstrip() for line in block.strip("\n").split("\n")] for block in blocks if block.strip()]


def _already_sent(statement_id: int, key: str, now: datetime) -> bool:
    recent = db.session.execute(
        db.select(AuditEvent.details).where(
            AuditEvent.statement_id == statement_id,
            AuditEvent.action == MESSAGE_SENT,
            AuditEvent.at >= now - timedelta(days=1),
        )
    ).scalars()
    return any(isinstance(details, dict) and details.get("key") == key for details in recent)


def send_message(statement_id: int, data: MessageInput, now: datetime, *, coordinator_id: int) -> int:
    """Queue the message to every verified signatory, one email per distinct address, and record
    it in the audit trail, in one transaction. Replies go to the statement's contact address,
    or to the coordinator who wrote. Returns how many emails were queued."""
    # Two presses of Send at once: the second waits, then finds the first one's audit event.
    statements.lock(statement_id)
    statement = db.session.get(Statement, statement_id)
    coordinator = db.session.get(Coordinator, coordinator_id)
    if statement is None or coordinator is None:
        raise StatementNotFound(statement_id)
    if _already_sent(statement_id, data.key, now):
        raise MessageAlreadySent(data.key)
    addresses = _addresses(statement_id)
    if not addresses:
        raise NoRecipients(statement.slug)
    facts = coordinator_emails.statement_facts(statement.id, statement.slug, statement.title)
    reply_to = statement.contact_email or coordinator.email
    paragraphs = _paragraphs(data.body)
    for address in addresses:
        coordinator_emails.message_to_signatory(
            now, Recipient(address.email, address.name), facts,
            subject=data.subject, paragraphs=paragraphs, organizations=address.organizations, reply_to=reply_to,
        )  # fmt: skip
    audit.record(
        now, f"coordinator:{coordinator_id}", MESSAGE_SENT, statement_id=statement_id,
        subject=data.subject, body=data.body, recipients=len(addresses), key=data.key,
    )  # fmt: skip
    db.session.commit()
    return len(addresses)


def reply_address(statement_id: int, coordinator_id: int) -> str:
    """Where replies to a message would go: the statement's contact, or the coordinator."""
    statement = db.session.get(Statement, statement_id)
    coordinator = db.session.get(Coordinator, coordinator_id)
    return (statement.contact_email if statement else None) or (coordinator.email if coordinator else "")


def resend_verification(statement_id: int, signature_id: int, now: datetime, *, coordinator_id: int) -> Signature:
    """A new confirmation email for a signer of this statement who has not confirmed yet, sent
    at a coordinator's request and recorded as hers."""
    signature = db.session.get(Signature, signature_id)
    if signature is None or signature.statement_id != statement_id:
        raise SignatureNotFound(signature_id)
    if signature.standing != Standing.awaiting_confirmation:
        raise NotAwaitingConfirmation(signature_id)
    if signature.statement.status == StatementStatus.closed:
        raise StatementClosed(signature.statement.slug)
    last = db.session.execute(
        db.select(AuditEvent.at)
        .where(
            AuditEvent.signature_id == signature_id,
            AuditEvent.action.in_(("signature.submitted", "signature.link_resent")),
        )
        .order_by(AuditEvent.at.desc())
        .limit(1)
    ).scalar_one_or_none()
    if last is not None and now - last < RESEND_PAUSE:
        raise SentRecently(max(int((now - last).total_seconds() // 60), 0))
    emails.verification(signature, now)
    audit.record(
        now, f"coordinator:{coordinator_id}", "signature.link_resent",
        statement_id=statement_id, signature_id=signature_id, recipient=signature.contact_email,
    )  # fmt: skip
    db.session.commit()
    return signature
