"""The messages Signon sends to coordinators about their statements, and the coordinators'
message to their signatories: one function and one template pair (.txt and .html) each.
Every function adds to the caller's transaction; the caller commits."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from flask import render_template

from signon.models import OutboxMessage
from signon.services import outbox
from signon.services.emails import public_url


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


def _send(
    now: datetime, to: Recipient, subject: str, template: str, kind: str, statement_id: int, **context: object
) -> OutboxMessage:
    return outbox.enqueue(
        now,
        recipient=to.email,
        subject=subject,
        text_body=render_template(f"email/{template}.txt", to=to, **context),
        html_body=render_template(f"email/{template}.html", to=to, **context),
        kind=kind,
        statement_id=statement_id,
    )


def new_signature(
    now: datetime, to: Recipient, statement: StatementFacts, signatory: SignatoryLine, tally: Tally
) -> OutboxMessage:
    """One new verified signature, for a coordinator who asked for each one."""
    return _send(
        now, to, f"New signature: {signatory.organization} – {statement.title}", "notify_signature",
        "notify_signature", statement.id, statement=statement, signatory=signatory, tally=tally,
    )  # fmt: skip


def digest(
    now: datetime, to: Recipient, statement: StatementFacts, signatories: list[SignatoryLine], tally: Tally
) -> OutboxMessage:
    """The new verified signatures since the last digest (also sent instead of a flood of
    single emails when many arrive at once, as after an import)."""
    count = len(signatories)
    noun = "signature" if count == 1 else "signatures"
    return _send(
        now, to, f"{count:,} new {noun}: {statement.title}", "notify_digest",
        "notify_digest", statement.id, statement=statement, signatories=signatories, tally=tally,
    )  # fmt: skip


def deadline_reminder(
    now: datetime, to: Recipient, statement: StatementFacts, deadline_text: str, tally: Tally
) -> OutboxMessage:
    """Sent once, 48 hours before the deadline."""
    return _send(
        now, to, f"48 hours left to sign: {statement.title}", "notify_deadline",
        "notify_deadline", statement.id, statement=statement, deadline_text=deadline_text, tally=tally,
    )  # fmt: skip


def closed_notice(now: datetime, to: Recipient, statement: StatementFacts, tally: Tally) -> OutboxMessage:
    """Sent once, when the statement has closed (by hand or at its deadline)."""
    noun = "signature" if tally.verified == 1 else "signatures"
    return _send(
        now, to, f"Closed with {tally.verified:,} {noun}: {statement.title}", "notify_closed",
        "notify_closed", statement.id, statement=statement, tally=tally,
    )  # fmt: skip


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
    message = _send(
        now, to, subject, "message_to_signatories", "message_to_signatories", statement.id,
        statement=statement, paragraphs=paragraphs, organizations=organizations, reply_to=reply_to,
    )  # fmt: skip
    if reply_to:
        # Replies reach the coalition, not Signon's no-reply sender.
        message.headers = {**message.headers, "Reply-To": outbox.ascii_address(reply_to)}
    return message


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
    subject = "Someone says they did not sign" if not_me else "Signature withdrawn"
    return _send(
        now, to, f"{subject}: {signatory.organization} – {statement.title}", "notify_withdrawn",
        "notify_withdrawn", statement.id, statement=statement, signatory=signatory, not_me=not_me,
        previous=previous, signature_url=f"{statement.signatures_url}/{signature_id}",
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
    return _send(
        now, to, f"Signature corrected: {organization} – {statement.title}", "notify_corrected",
        "notify_corrected", statement.id, statement=statement, organization=organization, changes=changes,
        awaiting_approval=awaiting_approval, signature_url=f"{statement.signatures_url}/{signature_id}",
    )  # fmt: skip
