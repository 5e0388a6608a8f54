"""Circulating a statement: the share panel (links, an invitation to pass on, the live count)
and each coordinator's choice of email about new signatures."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from urllib.parse import quote

from flask import render_template

from signon.extensions import db
from signon.models import Membership, Statement
from signon.models.statuses import Notify, StatementStatus
from signon.services import audit
from signon.services.circulation.notifications import tally
from signon.services.circulation.signatory_messages import recipient_count
from signon.services.errors import NotAllowed
from signon.services.mail.coordinator_emails import Tally
from signon.services.mail.emails import public_url
from signon.services.statements.statements import deadline_in_words


@dataclass(frozen=True)
class SharePanel:
    slug: str
    title: str
    status: StatementStatus
    accepts_signatures: bool
    public_url: str
    # None when the statement has no review link.
    review_url: str | None
    deadline_text: str
    invitation_subject: str
    invitation_text: str
    # The invitation as a mailto: link, to open it in an email program.
    invitation_mailto: str
    counts: Tally
    # This coordinator's choice.
    notify: Notify
    # Distinct addresses of the verified signatories: who a message would reach.
    message_recipients: int


def _membership(statement_id: int, coordinator_id: int) -> Membership:
    membership = db.session.execute(
        db.select(Membership).where(
            Membership.statement_id == statement_id, Membership.coordinator_id == coordinator_id
        )
    ).scalar_one_or_none()
    if membership is None:
        raise NotAllowed(statement_id)
    return membership


def invitation(statement: Statement) -> tuple[str, str]:
    """The subject and text of an email inviting organizations to sign: title, deadline,
    link and what signing involves."""
    context = {
        "statement": statement,
        "link": public_url(f"/s/{statement.slug}"),
        "deadline_text": deadline_in_words(statement.deadline, statement.timezone),
    }
    subject = f"Invitation to sign on: {statement.title}"
    return " ".join(subject.split()), render_template("coordinator/share_invitation.txt", **context).strip() + "\n"


def share_panel(statement_id: int, coordinator_id: int, now: datetime) -> SharePanel:
    """Everything the share page shows to this coordinator of the statement."""
    membership = _membership(statement_id, coordinator_id)
    statement = db.session.get(Statement, statement_id)
    assert statement is not None  # the membership's foreign key says so
    subject, text = invitation(statement)
    return SharePanel(
        slug=statement.slug,
        title=statement.title,
        status=statement.status,
        accepts_signatures=statement.accepts_signatures(now),
        public_url=public_url(f"/s/{statement.slug}"),
        review_url=public_url(f"/s/{statement.slug}?review={quote(statement.review_token, safe='')}")
        if statement.review_token
        else None,
        deadline_text=deadline_in_words(statement.deadline, statement.timezone),
        invitation_subject=subject,
        invitation_text=text,
        invitation_mailto=f"mailto:?subject={quote(subject, safe='')}&body={quote(text, safe='')}",
        counts=tally(statement_id),
        notify=membership.notify,
        message_recipients=recipient_count(statement_id),
    )


def set_notify(statement_id: int, coordinator_id: int, choice: Notify, now: datetime) -> bool:
    """Save how this coordinator hears of new verified signatures of this statement: each
    one, a daily digest or none. A change applies from now on: nothing verified earlier is
    sent, so that switching never floods her inbox. False when nothing changed."""
    if choice not in tuple(Notify):
        raise ValueError(choice)
    choice = Notify(choice)
    membership = _membership(statement_id, coordinator_id)
    if membership.notify == choice:
        return False
    before = membership.notify
    membership.notify = choice
    membership.digest_sent_at = now
    audit.record(
        now, f"coordinator:{coordinator_id}", "membership.notify_changed",
        statement_id=statement_id, coordinator_id=coordinator_id, before=before, after=choice,
    )  # fmt: skip
    db.session.commit()
    return True
