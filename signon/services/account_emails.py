"""The messages about coordinator accounts: an invitation to a team, a password reset link.
One function and one template pair (.txt and .html) each; links always from SIGNON_BASE_URL."""

from __future__ import annotations

from datetime import datetime

from flask import render_template

from signon.models import Coordinator, Invitation, OutboxMessage, Statement
from signon.services import outbox
from signon.services.emails import public_url

ROLE_WORDS = {
    "owner": "an owner (everything, including adding and removing coordinators)",
    "editor": "an editor (everything except adding and removing coordinators)",
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
    return outbox.enqueue(
        now,
        recipient=invite.email,
        subject=f"You are invited to coordinate: {statement.title}",
        text_body=render_template("email/invitation.txt", **context),
        html_body=render_template("email/invitation.html", **context),
        kind="invitation",
        statement_id=statement.id,
    )


def password_reset(coordinator: Coordinator, token: str, valid_until: datetime, now: datetime) -> OutboxMessage:
    """The email with the link that sets a new password (one hour, once)."""
    context = {
        "coordinator": coordinator,
        "link": public_url(f"/password/reset/{token}"),
        "valid_until": valid_until,
        "forgot_url": public_url("/password/forgot"),
    }
    return outbox.enqueue(
        now,
        recipient=coordinator.email,
        subject="Set a new password for Signon",
        text_body=render_template("email/password_reset.txt", **context),
        html_body=render_template("email/password_reset.html", **context),
        kind="password_reset",
    )
