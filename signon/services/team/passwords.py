"""Password reset by email.

The link is a signed token (its own salt, valid one hour) carrying the coordinator's id and a
fingerprint of their current password hash: once the password changes, every earlier link stops
working, so a link works once without a token table. Setting a new password also bumps the
session version, which ends every other session of that coordinator.
"""

from __future__ import annotations

import hashlib
import hmac
from datetime import datetime, timedelta

from flask import current_app
from sqlalchemy import update

from signon import tokens
from signon.extensions import db
from signon.models import Coordinator
from signon.passwords import hash_password
from signon.services import audit
from signon.services.errors import DomainError, LinkExpired, LinkInvalid
from signon.services.mail import account_emails
from signon.services.team.coordinators import check_password_length

PURPOSE = "reset-password"
VALID_FOR = timedelta(hours=1)


class LinkUsed(DomainError):
    """The link was good, but the password has changed since it was sent (it was used)."""


def fingerprint(password_hash: str) -> str:
    """Changes whenever the password does; reveals nothing about it (the hash is salted)."""
    return hashlib.sha256(password_hash.encode("utf-8")).hexdigest()[:32]


def _secret() -> str:
    return str(current_app.config["SECRET_KEY"])


def request_reset(email: str, now: datetime) -> bool:
    """Emails a reset link when the address is a coordinator's; True then. The caller answers
    the same either way, so that the form does not tell who has an account."""
    coordinator = db.session.execute(
        db.select(Coordinator).where(Coordinator.email == email.strip().lower())
    ).scalar_one_or_none()
    if coordinator is None:
        return False
    token = tokens.make_token(_secret(), PURPOSE, {"c": coordinator.id, "f": fingerprint(coordinator.password_hash)})
    account_emails.password_reset(coordinator, token, now + VALID_FOR, now)
    audit.record(now, "public", "coordinator.password_reset_requested", coordinator_id=coordinator.id)
    db.session.commit()
    return True


def _payload(value: object) -> tuple[int, str]:
    if not isinstance(value, dict):
        raise LinkInvalid()
    coordinator_id, print_ = value.get("c"), value.get("f")
    if not isinstance(coordinator_id, int) or not isinstance(print_, str):
        raise LinkInvalid()
    return coordinator_id, print_


def check(token: str) -> Coordinator:
    """The coordinator whose reset link this is: LinkInvalid, LinkExpired or LinkUsed otherwise."""
    try:
        value = tokens.read_token(_secret(), PURPOSE, token, int(VALID_FOR.total_seconds()))
    except tokens.TokenInvalid:
        raise LinkInvalid() from None
    except tokens.TokenExpired:
        raise LinkExpired(None) from None
    coordinator_id, print_ = _payload(value)
    coordinator = db.session.get(Coordinator, coordinator_id)
    if coordinator is None:
        raise LinkInvalid()
    if not hmac.compare_digest(print_, fingerprint(coordinator.password_hash)):
        raise LinkUsed()
    return coordinator


def reset(token: str, new_password: str, now: datetime) -> Coordinator:
    """Sets the new password and ends every session of the coordinator (one transaction)."""
    check_password_length(new_password)
    coordinator = check(token)
    old_hash = coordinator.password_hash
    # Conditional on the old hash: two submissions of one link change the password once.
    result = db.session.execute(
        update(Coordinator)
        .where(Coordinator.id == coordinator.id, Coordinator.password_hash == old_hash)
        .values(
            password_hash=hash_password(new_password),
            session_version=Coordinator.session_version + 1,
        )
        .execution_options(synchronize_session=False)
    )
    if result.rowcount != 1:  # type: ignore[attr-defined]
        db.session.rollback()
        raise LinkUsed()
    audit.record(now, f"coordinator:{coordinator.id}", "coordinator.password_reset", coordinator_id=coordinator.id)
    db.session.commit()
    db.session.refresh(coordinator)
    return coordinator
