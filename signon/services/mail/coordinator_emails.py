"""The messages Signon sends to coordinators about their statements, and the coordinators'
message to their signatories: one function and one template pair (.txt and .html) each.
Every function adds to the caller's transaction; the caller commits."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from signon.models import OutboxMessage
from signon.services.mail import outbox
from signon.services.mail.emails import public_url


@dataclass(frozen=True)
class Recipient:
    email: str
    name: str


@dataclass(frozen=True)
class StatementFacts:
    """What every coordinator email says about the statement, and its links."""

    id: int
    slug: str
    title: str
    public_url: str
    signatures_url: str
    share_url: str
    export_url: str
    history_url: str


@dataclass(frozen=True)
class SignatoryLine:
    organization: str
    category: str
    place: str
    signed_by: str
    # What the checks at signing time found: "domain verified" / "unverified domain (…)", and
    # a look-alike name.
    domain: str = ""
    name_warning: str = ""


@dataclass(frozen=True)
class Tally:
    verified: int
    awaiting_confirmation: int
    awaiting_approval: int


def statement_facts(statement_id: int, slug: str, title: str) -> StatementFacts:
    """The statement's links, always from SIGNON_BASE_URL."""
    workspace = f"/coordinator/s/{slug}"
    return StatementFacts(
        id=statement_id,
        slug=slug,
        title=title,
        public_url=public_url(f"/s/{slug}"),
        signatures_url=public_url(f"{workspace}/signatures"),
        share_url=public_url(f"{workspace}/share"),
        export_url=public_url(f"{workspace}/export"),
        history_url=public_url(f"{workspace}/history"),
    )


def local_deadline(deadline: datetime, zone_name: str) -> str:
    """ "15 August 2019 at 23:59 EDT": the deadline as the statement's time zone reads it."""
    local = deadline.astimezone(ZoneInfo(zone_name))
    return f"{local.day} {local:%B %Y} at {local:%H:%M} {local.tzname()}"


def _to_coordinator(
    kind: str, to: Recipient, statement: StatementFacts, subject: str, now: datetime, **context: object
) -> OutboxMessage:
    """Every email about a statement greets its recipient and names the statement."""
    shared = {"to": to, "statement": statement}
    return outbox.queue_email(kind, to.email, subject, shared | context, now, statement_id=statement.id)


def new_signature(
    now: datetime, to: Recipient, statement: StatementFacts, signatory: SignatoryLine, tally: Tally
) -> OutboxMessage:
    """One new verified signature, for a coordinator who asked for each one."""
    subject = f"New signature: {signatory.organization} – {statement.title}"
    return _to_coordinator("notify_signature", to, statement, subject, now, signatory=signatory, tally=tally)


def digest(
    now: datetime, to: Recipient, statement: StatementFacts, signatories: list[SignatoryLine], tally: Tally
) -> OutboxMessage:
    """The new verified signatures since the last digest (also sent instead of a flood of
    single emails when many arrive at once, as after an import)."""
    count = len(signatories)
    noun = "signature" if count == 1 else "signatures"
    subject = f"{count:,} new {noun}: {statement.title}"
    return _to_coordinator("notify_digest", to, statement, subject, now, signatories=signatories, tally=tally)


def deadline_reminder(
    now: datetime, to: Recipient, statement: StatementFacts, deadline_text: str, tally: Tally
) -> OutboxMessage:
    """Sent once, 48 hours before the deadline."""
    subject = f"48 hours left to sign: {statement.title}"
    return _to_coordinator("notify_deadline", to, statement, subject, now, deadline_text=deadline_text, tally=tally)


def closed_notice(now: datetime, to: Recipient, statement: StatementFacts, tally: Tally) -> OutboxMessage:
    """Sent once, when the statement has closed (by hand or at its deadline)."""
    noun = "signature" if tally.verified == 1 else "signatures"
    subject = f"Closed with {tally.verified:,} {noun}: {statement.title}"
    return _to_coordinator("notify_closed", to, statement, subject, now, tally=tally)


def message_to_signatory(
    now: datetime,
    to: Recipient,
    statement: StatementFacts,
    *,
    subject: str,
    paragraphs: list[list[str]],
    organizations: list[str],
    reply_to: str,
) -> OutboxMessage:
    """The coordinators' own message to one verified signatory address."""
    context = {
        "to": to,
        "statement": statement,
        "paragraphs": paragraphs,
        "organizations": organizations,
        "reply_to": reply_to,  # the email says where replies go
    }
    kind = "message_to_signatories"
    # Replies reach the coalition, not Signon's no-reply sender.
    return outbox.queue_email(kind, to.email, subject, context, now, statement_id=statement.id, reply_to=reply_to)


@dataclass(frozen=True)
class Change:
    """One corrected field of a listing, as the coordinators read it."""

    field: str
    before: str
    after: str


def signature_withdrawn(
    now: datetime,
    to: Recipient,
    statement: StatementFacts,
    signatory: SignatoryLine,
    *,
    signature_id: int,
    not_me: bool,
    previous: str,
) -> OutboxMessage:
    """A signature taken off the list by the address that signed: through the "this wasn't me"
    link of its verification email (``not_me``) or through its manage page."""
    what = "Someone says they did not sign" if not_me else "Signature withdrawn"
    return _to_coordinator(
        "notify_withdrawn", to, statement, f"{what}: {signatory.organization} – {statement.title}", now,
        signatory=signatory, not_me=not_me, previous=previous,
        signature_url=f"{statement.signatures_url}/{signature_id}",
    )  # fmt: skip


def signature_corrected(
    now: datetime,
    to: Recipient,
    statement: StatementFacts,
    organization: str,
    changes: list[Change],
    *,
    signature_id: int,
    awaiting_approval: bool,
) -> OutboxMessage:
    """A listing corrected by the address that signed, with the values before and after;
    ``awaiting_approval`` when the new name now waits for the coordinators."""
    return _to_coordinator(
        "notify_corrected", to, statement, f"Signature corrected: {organization} – {statement.title}", now,
        organization=organization, changes=changes, awaiting_approval=awaiting_approval,
        signature_url=f"{statement.signatures_url}/{signature_id}",
    )  # fmt: skip
