"""The messages about coordinator accounts: an invitation to a team, a password reset link.
One function and one template pair (.txt and .html) each; links always from SIGNON_BASE_URL."""

from __future__ import annotations

from datetime import datetime

from signon.models import Coordinator, Invitation, OutboxMessage, Statement
from signon.models.statuses import Role
from signon.services.mail import outbox
from signon.services.mail.emails import public_url

ROLE_WORDS = {
    Role.owner: "an owner (everything, including adding and removing coordinators)",
    Role.editor: "an editor (everything except adding and removing coordinators)",
}


def invitation(
    invite: Invitation, token: str, statement: Statement, inviter: Coordinator | None, now: datetime
) -> OutboxMessage:
    """The email with the single-use link that lets the invitee join the statement's team."""
    context = {
        "statement": statement,
        "inviter": inviter.name if inviter is not None else "A coordinator",
        "role": ROLE_WORDS[invite.role],
        "link": public_url(f"/invitations/{token}"),
        "valid_until": invite.expires_at,
    }
    subject = f"You are invited to coordinate: {statement.title}"
    return outbox.queue_email("invitation", invite.email, subject, context, now, statement_id=statement.id)


def password_reset(coordinator: Coordinator, token: str, valid_until: datetime, now: datetime) -> OutboxMessage:
    """The email with the link that sets a new password (one hour, once)."""
    context = {
        "coordinator": coordinator,
        "link": public_url(f"/password/reset/{token}"),
        "valid_until": valid_until,
        "forgot_url": public_url("/password/forgot"),
    }
    return outbox.queue_email("password_reset", coordinator.email, "Set a new password for Signon", context, now)
