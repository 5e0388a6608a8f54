"""Email to coordinators about their statements: each new verified signature or a daily digest
(her choice, per statement), a reminder 48 hours before the deadline, and a notice once the
statement has closed. All of it goes through the outbox.

`run_due(now)` runs every round of the worker and from `flask notifications send`. Each email is
claimed by a conditional UPDATE (`... WHERE stamp IS NULL`, or `WHERE cursor = <the value read>`)
whose row count says whether this run won it, in the transaction that queues the email: running
twice, or in two workers at once, sends nothing twice.

A membership's `digest_sent_at` is its cursor: she has been told of every signature verified up
to that moment. Only signatures verified at least SETTLE ago are announced, so that one whose
confirmation was stamped just before a round but committed just after it is never skipped. A
new membership starts its cursor at the first run after it was made, so that a new coordinator
is not sent the whole list; choosing another kind of email moves it to "now".

Two kinds of signatures are not news to her, and her cursor moves past them all the same, so
that they are never sent later: those she listed herself (added by hand, imported or approved:
the audit event that made the signature verified names her), and any at all once the statement's
closing notice has been queued, whose final count is the last word (a confirmation after the
deadline, before the statement is closed, is not news). Reopening the statement, or moving its
deadline later, lifts that silence.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, Exists, and_, case, exists, func, or_, update

from signon.extensions import db
from signon.models import AuditEvent, Category, Coordinator, Membership, Signature, Statement
from signon.models.statuses import Notify, SignatureStatus, StatementStatus
from signon.services import audit
from signon.services.mail import coordinator_emails
from signon.services.mail.coordinator_emails import Recipient, SignatoryLine, Tally
from signon.services.moderation.signature_table import domain_note

DIGEST_EVERY = timedelta(hours=24)
REMINDER_BEFORE = timedelta(hours=48)
SETTLE = timedelta(minutes=1)
# More new signatures than this at once (an import, a busy hour) become one email, not a flood.
EACH_LIMIT = 20
# The audit events by which a coordinator lists a signature as verified on her own word.
LISTED_BY_A_COORDINATOR = ("signature.added_verified", "signature.imported", "signature.approved")


@dataclass(frozen=True)
class NotificationReport:
    """How many emails this run queued, by kind."""

    signatures: int = 0
    digests: int = 0
    reminders: int = 0
    closed: int = 0

    @property
    def total(self) -> int:
        return self.signatures + self.digests + self.reminders + self.closed


def run_due(now: datetime) -> NotificationReport:
    """Queue every coordinator email that is due at ``now``, each exactly once."""
    _start_new_cursors(now)
    signatures, digests = _signature_news(now)
    return NotificationReport(
        signatures=signatures,
        digests=digests,
        reminders=_deadline_reminders(now),
        closed=_closed_notices(now),
    )


def tally(statement_id: int) -> Tally:
    """Verified (and not hidden), awaiting confirmation, awaiting approval."""
    pending = Signature.status == SignatureStatus.pending
    row = db.session.execute(
        db.select(
            func.sum(
                case((and_(Signature.status == SignatureStatus.verified, Signature.hidden.is_(False)), 1), else_=0)
            ),
            func.sum(case((and_(pending, Signature.confirmed_at.is_(None)), 1), else_=0)),
            func.sum(case((and_(pending, Signature.confirmed_at.is_not(None)), 1), else_=0)),
        ).where(Signature.statement_id == statement_id)
    ).one()
    return Tally(int(row[0] or 0), int(row[1] or 0), int(row[2] or 0))


# --------------------------------------------------------------------------- new signatures


def _start_new_cursors(now: datetime) -> None:
    # Read first: an UPDATE every round would take SQLite's write lock every round.
    if db.session.execute(db.select(Membership.id).where(Membership.digest_sent_at.is_(None)).limit(1)).first() is None:
        return
    # Racing workers both write "now": harmless, and nothing is sent here.
    db.session.execute(
        update(Membership)
        .where(Membership.digest_sent_at.is_(None))
        .values(digest_sent_at=now)
        .execution_options(synchronize_session=False)
    )
    db.session.commit()


def _has_news(until: datetime) -> Exists:
    return exists().where(
        Signature.statement_id == Membership.statement_id,
        Signature.status == SignatureStatus.verified,
        Signature.verified_at > Membership.digest_sent_at,
        Signature.verified_at <= until,
    )


@dataclass(frozen=True)
class _Due:
    membership_id: int
    coordinator_id: int
    notify: Notify
    cursor: datetime
    to: Recipient
    statement_id: int
    slug: str
    title: str


def _due_memberships(until: datetime) -> list[_Due]:
    rows = db.session.execute(
        db.select(
            Membership.id,
            Membership.coordinator_id,
            Membership.notify,
            Membership.digest_sent_at,
            Coordinator.email,
            Coordinator.name,
            Statement.id,
            Statement.slug,
            Statement.title,
        )
        .join(Coordinator, Coordinator.id == Membership.coordinator_id)
        .join(Statement, Statement.id == Membership.statement_id)
        .where(
            Membership.digest_sent_at.is_not(None),
            or_(
                Membership.notify == Notify.each,
                and_(Membership.notify == Notify.digest, Membership.digest_sent_at <= until - DIGEST_EVERY),
            ),
            _has_news(until),
        )
        .order_by(Membership.id)
    ).all()
    return [_Due(r[0], r[1], r[2], r[3], Recipient(r[4], r[5]), r[6], r[7], r[8]) for r in rows]


def _claim_cursor(membership_id: int, notify: Notify, cursor: datetime, until: datetime) -> bool:
    won = db.session.execute(
        update(Membership)
        .where(Membership.id == membership_id, Membership.notify == notify, Membership.digest_sent_at == cursor)
        .values(digest_sent_at=until)
        .execution_options(synchronize_session=False)
    ).rowcount  # type: ignore[attr-defined]
    return bool(won == 1)


def _listed_by(coordinator_id: int) -> Exists:
    """Whether she made the signature verified: the event that listed it (added, imported or
    approved) is written with the same ``now`` as its ``verified_at``, and names her as actor
    (``coordinator:<id>``, see `models/audit.py`). A signature approved again after a correction
    counts for whoever approved it last."""
    return exists().where(
        AuditEvent.signature_id == Signature.id,
        AuditEvent.at == Signature.verified_at,
        AuditEvent.action.in_(LISTED_BY_A_COORDINATOR),
        AuditEvent.actor == f"coordinator:{coordinator_id}",
    )


def _closing_notice_stands(now: datetime) -> ColumnElement[bool]:
    """The team has had the final count, and the statement is still closed or past its deadline
    (a deadline moved later opens it again, like reopening, which clears the notice)."""
    return and_(Statement.closed_notice_sent_at.is_not(None), _counts_as_closed(now))


def _new_signatories(
    statement_id: int, coordinator_id: int, after: datetime, until: datetime, now: datetime
) -> list[SignatoryLine]:
    """What is news to her: signatures verified in (after, until], except those she listed
    herself, and none while the closing notice stands (read after her cursor was claimed, so
    that a notice another worker queued meanwhile is seen)."""
    rows = db.session.execute(
        db.select(Signature, Category.label)
        .join(Category, Category.id == Signature.category_id)
        .join(Statement, Statement.id == Signature.statement_id)
        .where(
            Signature.statement_id == statement_id,
            Signature.status == SignatureStatus.verified,
            Signature.verified_at > after,
            Signature.verified_at <= until,
            ~_listed_by(coordinator_id),
            ~_closing_notice_stands(now),
        )
        .order_by(Signature.verified_at, Signature.id)
    ).all()
    return [_line(signature, label) for signature, label in rows]


def _line(signature: Signature, category: str) -> SignatoryLine:
    place = signature.place
    signed_by = signature.contact_name + (f", {signature.contact_role}" if signature.contact_role else "")
    domain = domain_note(signature)
    return SignatoryLine(
        signature.organization_name,
        category,
        place,
        signed_by,
        domain=f"{domain.label} ({domain.why})" if domain else "",
        name_warning=signature.name_warning,
    )


def _signature_news(now: datetime) -> tuple[int, int]:
    settled = now - SETTLE
    singles = digests = 0
    for due in _due_memberships(settled):
        if not _claim_cursor(due.membership_id, due.notify, due.cursor, settled):
            db.session.rollback()  # another worker told her already
            continue
        # Her cursor moves past what is not news to her too, so that it is never sent later.
        news = _new_signatories(due.statement_id, due.coordinator_id, due.cursor, settled, now)
        facts = coordinator_emails.statement_facts(due.statement_id, due.slug, due.title)
        counts = tally(due.statement_id)
        if due.notify == Notify.each and len(news) <= EACH_LIMIT:
            for line in news:
                coordinator_emails.new_signature(now, due.to, facts, line, counts)
            singles += len(news)
        elif news:
            coordinator_emails.digest(now, due.to, facts, news, counts)
            digests += 1
        db.session.commit()
    return singles, digests


# --------------------------------------------------------------------------- deadline and closing


def team(statement_id: int) -> list[Recipient]:
    """Every coordinator of the statement, whatever she chose for news of new signatures."""
    rows = db.session.execute(
        db.select(Coordinator.email, Coordinator.name)
        .join(Membership, Membership.coordinator_id == Coordinator.id)
        .where(Membership.statement_id == statement_id)
        .order_by(Coordinator.id)
    ).all()
    return [Recipient(email, name) for email, name in rows]


def _claim_stamp(statement_id: int, column: str, now: datetime) -> Statement | None:
    stamp = getattr(Statement, column)
    won = db.session.execute(
        update(Statement)
        .where(Statement.id == statement_id, stamp.is_(None))
        .values({column: now})
        .execution_options(synchronize_session=False)
    ).rowcount  # type: ignore[attr-defined]
    if won != 1:
        db.session.rollback()
        return None
    return db.session.get(Statement, statement_id)


def _deadline_reminders(now: datetime) -> int:
    due = db.session.execute(
        db.select(Statement.id).where(
            Statement.status == StatementStatus.open,
            Statement.reminder_sent_at.is_(None),
            Statement.deadline.is_not(None),
            Statement.deadline > now,
            Statement.deadline <= now + REMINDER_BEFORE,
        )
    ).scalars()
    sent = 0
    for statement_id in list(due):
        statement = _claim_stamp(statement_id, "reminder_sent_at", now)
        if statement is None or statement.deadline is None:
            continue
        facts = coordinator_emails.statement_facts(statement.id, statement.slug, statement.title)
        deadline_text = coordinator_emails.local_deadline(statement.deadline, statement.timezone)
        counts = tally(statement.id)
        team_members = team(statement.id)
        for to in team_members:
            coordinator_emails.deadline_reminder(now, to, facts, deadline_text, counts)
        audit.record(
            now, "system", "statement.deadline_reminder_sent", statement_id=statement.id, recipients=len(team_members)
        )
        db.session.commit()
        sent += len(team_members)
    return sent


def _counts_as_closed(now: datetime) -> ColumnElement[bool]:
    """Closed, or past its deadline (a statement stays open for confirmations until closed)."""
    return or_(
        Statement.status == StatementStatus.closed,
        and_(Statement.deadline.is_not(None), Statement.deadline <= now),
    )


def _closed_notices(now: datetime) -> int:
    due = db.session.execute(
        db.select(Statement.id).where(
            Statement.closed_notice_sent_at.is_(None),
            Statement.status != StatementStatus.draft,
            _counts_as_closed(now),
        )
    ).scalars()
    sent = 0
    for statement_id in list(due):
        statement = _claim_stamp(statement_id, "closed_notice_sent_at", now)
        if statement is None:
            continue
        facts = coordinator_emails.statement_facts(statement.id, statement.slug, statement.title)
        counts = tally(statement.id)
        team_members = team(statement.id)
        for to in team_members:
            coordinator_emails.closed_notice(now, to, facts, counts)
        audit.record(
            now, "system", "statement.closed_notice_sent",
            statement_id=statement.id, recipients=len(team_members), verified=counts.verified,
        )  # fmt: skip
        db.session.commit()
        sent += len(team_members)
    return sent
