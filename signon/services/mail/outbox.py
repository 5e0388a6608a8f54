"""The outbox: email written with the change that caused it, sent later, never lost."""

from __future__ import annotations

import logging
import smtplib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.utils import format_datetime, make_msgid
from urllib.parse import urlsplit

from email_validator import EmailNotValidError, validate_email
from flask import current_app, render_template
from sqlalchemy import func, or_, update

from signon import clock, mailer
from signon.extensions import db
from signon.models import OutboxMessage

log = logging.getLogger(__name__)

FIRST_RETRY = timedelta(seconds=30)
LONGEST_RETRY = timedelta(hours=1)
# How long a worker may hold claimed messages before another may take them over.
LEASE = timedelta(minutes=5)
# Emails anyone on the internet can make Signon send to an address of their choosing: capped per
# recipient (SIGNON_RECIPIENT_EMAILS_PER_HOUR) so that the forms cannot be used to flood an inbox.
PUBLIC_KINDS = ("verify", "already_signed", "manage_link")
CAP_WINDOW = timedelta(hours=1)
HELD = "held: recipient cap"


@dataclass(frozen=True)
class SendReport:
    sent: int = 0
    retrying: int = 0
    failed: int = 0


def retry_delay(attempts: int) -> timedelta:
    """30 s after the first failure, doubling, at most an hour."""
    # The exponent is bounded first: 2**1000 seconds would overflow timedelta.
    return min(FIRST_RETRY * (2 ** min(max(attempts - 1, 0), 12)), LONGEST_RETRY)


def ascii_address(address: str) -> str:
    """The address as SMTP can carry it (IDNA 2008 domain), since Flask-Mail uses IDNA 2003."""
    try:
        return validate_email(address, check_deliverability=False, allow_smtputf8=False).ascii_email or address
    except EmailNotValidError:
        return address


def queue_email(
    kind: str,
    recipient: str,
    subject: str,
    context: Mapping[str, object],
    now: datetime,
    *,
    statement_id: int | None = None,
    reply_to: str = "",
) -> OutboxMessage:
    """Render the message's template pair, ``email/<kind>.txt`` and ``.html``, with ``context``
    and add it to the caller's transaction as an outbox message of that kind (see `enqueue`).
    The caller commits. ``reply_to``, when given, sends replies there instead of to Signon."""
    return enqueue(
        now,
        recipient=recipient,
        subject=subject,
        text_body=render_template(f"email/{kind}.txt", **context),
        html_body=render_template(f"email/{kind}.html", **context),
        kind=kind,
        statement_id=statement_id,
        reply_to=reply_to,
    )


def enqueue(
    now: datetime,
    *,
    recipient: str,
    subject: str,
    text_body: str,
    html_body: str = "",
    kind: str = "",
    statement_id: int | None = None,
    reply_to: str = "",
) -> OutboxMessage:
    """Add a message to the caller's transaction; it is sent once that transaction commits.

    A message of one of the PUBLIC_KINDS to an address that already had its hourly share is
    still stored, but held: marked failed with a last_error starting "held: recipient cap",
    never sent, and visible wherever failed messages are."""
    address = ascii_address(recipient)
    held = kind in PUBLIC_KINDS and _over_recipient_cap(address, now)
    message = OutboxMessage(
        recipient=address,
        # A title may hold a line break; a header must not.
        subject=" ".join(subject.split())[:300],
        text_body=text_body,
        html_body=html_body,
        headers=_headers(now, reply_to),
        kind=kind,
        statement_id=statement_id,
        created_at=now,
        next_attempt_at=now,
        failed_at=now if held else None,
        last_error=f"{HELD} ({_recipient_cap()} emails an hour to one address)" if held else "",
    )
    if held:
        log.warning("outbox: a %r email was held: its recipient had its hourly share of public emails", kind)
    db.session.add(message)
    return message


def _headers(now: datetime, reply_to: str) -> dict[str, str]:
    """Fixed when the message is written, so that a retry sends the very same message."""
    base_host = urlsplit(current_app.config["SIGNON_BASE_URL"]).hostname
    headers = {
        "Message-ID": make_msgid(domain=base_host or "signon"),
        "Date": format_datetime(now),
        "Auto-Submitted": "auto-generated",
    }
    if reply_to:
        # Replies reach that address (the coalition's), not Signon's no-reply sender.
        headers["Reply-To"] = ascii_address(reply_to)
    return headers


def _recipient_cap() -> int:
    return int(current_app.config["SIGNON_RECIPIENT_EMAILS_PER_HOUR"])


def _over_recipient_cap(address: str, now: datetime) -> bool:
    """Whether the address already has its hourly share of public emails, counting those written
    earlier in this transaction (autoflush) and not counting held ones, which it never receives."""
    cap = _recipient_cap()
    if cap <= 0:
        return False
    count = db.session.execute(
        db.select(func.count())
        .select_from(OutboxMessage)
        .where(
            func.lower(OutboxMessage.recipient) == address.lower(),
            OutboxMessage.kind.in_(PUBLIC_KINDS),
            OutboxMessage.created_at > now - CAP_WINDOW,
            or_(OutboxMessage.failed_at.is_(None), ~OutboxMessage.last_error.startswith(HELD)),
        )
    ).scalar_one()
    return int(count) >= cap


def _due_ids(now: datetime, limit: int, retry_now: bool) -> list[int]:
    due = db.select(OutboxMessage.id).where(
        OutboxMessage.sent_at.is_(None),
        OutboxMessage.failed_at.is_(None),
        or_(OutboxMessage.claimed_until.is_(None), OutboxMessage.claimed_until < now),
    )
    if not retry_now:
        due = due.where(OutboxMessage.next_attempt_at <= now)
    due = due.order_by(OutboxMessage.next_attempt_at, OutboxMessage.id).limit(limit)
    # PostgreSQL: two workers skip each other's rows; SQLite has one writer and ignores this.
    return list(db.session.execute(due.with_for_update(skip_locked=True)).scalars())


def claim(now: datetime, limit: int, retry_now: bool = False) -> list[OutboxMessage]:
    """Take due messages for this worker, under a lease, in a transaction of their own."""
    claimed: list[int] = []
    for message_id in _due_ids(now, limit, retry_now):
        result = db.session.execute(
            update(OutboxMessage)
            .where(
                OutboxMessage.id == message_id,
                OutboxMessage.sent_at.is_(None),
                or_(OutboxMessage.claimed_until.is_(None), OutboxMessage.claimed_until < now),
            )
            .values(claimed_until=now + LEASE)
        )
        if result.rowcount == 1:  # type: ignore[attr-defined]
            claimed.append(message_id)
    db.session.commit()
    if not claimed:
        return []
    rows = db.session.execute(db.select(OutboxMessage).where(OutboxMessage.id.in_(claimed)))
    return sorted(rows.scalars(), key=lambda m: (m.next_attempt_at, m.id))


def _still_mine(message: OutboxMessage, mine: datetime | None, now: datetime) -> bool:
    """Renew this message's lease (``mine``, as this worker set it) just before sending it, if
    this worker still holds it. A slow server can make a batch outlast the lease it was claimed
    under; another worker may then have taken the rest, and only one may send each message."""
    fresh = max(now, clock.utcnow()) + LEASE
    renewed = db.session.execute(
        update(OutboxMessage)
        .where(OutboxMessage.id == message.id, OutboxMessage.sent_at.is_(None), OutboxMessage.claimed_until == mine)
        .values(claimed_until=fresh)
        .execution_options(synchronize_session=False)
    ).rowcount  # type: ignore[attr-defined]
    db.session.commit()
    if renewed != 1:
        log.info("outbox message %s was taken over by another worker", message.id)
        return False
    return True


def _envelope(message: OutboxMessage) -> mailer.Envelope:
    return mailer.Envelope(
        recipient=message.recipient,
        subject=message.subject,
        text_body=message.text_body,
        html_body=message.html_body,
        headers=dict(message.headers),
    )


def _mark_sent(message: OutboxMessage, now: datetime, transport: str) -> None:
    message.sent_at = now
    message.attempts += 1
    message.claimed_until = None
    message.last_error = ""
    message.transport = transport
    db.session.commit()


def _mark_retry(message: OutboxMessage, now: datetime, error: str) -> None:
    message.attempts += 1
    message.next_attempt_at = now + retry_delay(message.attempts)
    message.claimed_until = None
    message.last_error = error[:2000]
    db.session.commit()


def _mark_failed(message: OutboxMessage, now: datetime, error: str) -> None:
    message.attempts += 1
    message.failed_at = now
    message.claimed_until = None
    message.last_error = error[:2000]
    db.session.commit()


def send_due(now: datetime, *, retry_now: bool = False, limit: int | None = None) -> SendReport:
    """Send every message that is due, each at most once per call; failures wait with backoff.

    ``retry_now`` also sends messages still waiting out their backoff. Each message is
    committed as sent right after the server accepts it, so a crash resends at most one.
    """
    batch = claim(now, limit or int(current_app.config["OUTBOX_BATCH_SIZE"]), retry_now)
    if not batch:
        return SendReport()
    if current_app.config["SIGNON_DEVMAIL"]:
        for message in batch:
            _mark_sent(message, now, "devmail")
        return SendReport(sent=len(batch))
    sent = retrying = failed = 0
    # Read now: once a commit expires them, these rows show whatever another worker wrote since.
    leases = {message.id: message.claimed_until for message in batch}
    taken_over: set[int] = set()
    try:
        with mailer.open_connection() as connection:
            for message in batch:
                if not _still_mine(message, leases[message.id], now):
                    taken_over.add(message.id)
                    continue
                try:
                    mailer.send(connection, _envelope(message))
                except mailer.PermanentFailure as exc:
                    log.warning("outbox message %s refused for good: %s", message.id, exc)
                    _mark_failed(message, now, str(exc))
                    failed += 1
                except (smtplib.SMTPException, OSError) as exc:
                    _mark_retry(message, now, f"{type(exc).__name__}: {exc}")
                    retrying += 1
                else:
                    _mark_sent(message, now, "smtp")
                    sent += 1
    except (smtplib.SMTPException, OSError) as exc:
        # The server could not be reached (or dropped us): every message not yet sent waits.
        log.warning("SMTP server unavailable: %s", exc)
        for message in batch:
            if message.id in taken_over:
                continue
            if message.sent_at is None and message.failed_at is None and message.claimed_until is not None:
                _mark_retry(message, now, f"{type(exc).__name__}: {exc}")
                retrying += 1
    return SendReport(sent=sent, retrying=retrying, failed=failed)


def recent(limit: int = 100) -> list[OutboxMessage]:
    """The newest messages, for the development mailbox."""
    return list(db.session.execute(db.select(OutboxMessage).order_by(OutboxMessage.id.desc()).limit(limit)).scalars())


def get(message_id: int) -> OutboxMessage | None:
    return db.session.get(OutboxMessage, message_id)
