"""Coordinator sessions: started at sign-in, ended at most PERMANENT_SESSION_LIFETIME later.

Flask re-signs a permanent session cookie on every request, so its own expiry slides while the
coordinator keeps clicking. The sign-in time kept in the session makes the limit absolute.
"""

from __future__ import annotations

from flask import current_app, session
from flask_login import login_user, logout_user

from signon import clock
from signon.auth.blueprint import bp
from signon.models import Coordinator

SIGNED_IN_AT = "signed_in_at"


def start(coordinator: Coordinator) -> None:
    """Signs the coordinator in for at most PERMANENT_SESSION_LIFETIME, without "remember me"."""
    session.permanent = True
    login_user(coordinator)
    session[SIGNED_IN_AT] = int(clock.utcnow().timestamp())


def end() -> None:
    """Signs this browser out (other sessions end through the coordinator's session version)."""
    logout_user()
    session.pop(SIGNED_IN_AT, None)


def expired(started: object) -> bool:
    if not isinstance(started, int | float) or isinstance(started, bool):
        return True
    lifetime = current_app.permanent_session_lifetime.total_seconds()
    return clock.utcnow().timestamp() - started > lifetime


@bp.before_app_request
def end_expired_session() -> None:
    """A session older than the lifetime is signed out; the coordinator blueprint's guard then asks to sign in."""
    if "_user_id" in session and expired(session.get(SIGNED_IN_AT)):
        end()
