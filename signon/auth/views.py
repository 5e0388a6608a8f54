"""Signing coordinators in and out; importing this module also registers the password reset and
invitation pages on the same blueprint."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from flask import current_app, redirect, render_template, request, url_for
from flask_login import current_user
from werkzeug.wrappers import Response

from signon.auth import invitations, password_reset, sessions
from signon.auth.blueprint import bp
from signon.auth.forms import LoginForm, LogoutForm
from signon.clock import utcnow
from signon.extensions import limiter, login_manager
from signon.form_expiry import explain_expiry
from signon.models import Coordinator
from signon.services.team import coordinators

__all__ = ["bp", "invitations", "password_reset", "sessions"]

login_manager.login_view = "auth.login"
login_manager.login_message = "Sign in to see that page."


@login_manager.user_loader
def load_user(session_id: str) -> Coordinator | None:
    return coordinators.load_session(session_id)


def safe_next(target: str | None) -> str:
    """Only a path on this site: never another host, so the link cannot send people elsewhere."""
    fallback = url_for("coordinator.dashboard")
    # Browsers drop tabs and line breaks inside URLs, so "/\t/evil.example" would become "//evil.example".
    if not target or re.search(r"[\x00-\x20\x7f\\]", target):
        return fallback
    parts = urlsplit(target)
    if not target.startswith("/") or target.startswith("//") or parts.scheme or parts.netloc:
        return fallback
    return target


def login_rate_limit() -> str:
    return str(current_app.config["SIGNON_LOGIN_RATE_LIMIT"])


@bp.route("/login", methods=["GET", "POST"])
@limiter.limit(login_rate_limit, methods=["POST"])
def login() -> Response | str | tuple[str, int]:
    if current_user.is_authenticated:
        return redirect(url_for("coordinator.dashboard"))
    form = LoginForm()
    if request.method == "POST":
        if form.validate():
            coordinator = coordinators.authenticate(form.email.data, form.password.data)
            if coordinator is not None:
                sessions.start(coordinator)
                return redirect(safe_next(request.args.get("next")), 303)
            form.email.errors = ["The email address or password is not right"]
        explain_expiry(form, "This form expired. Type your email and password again.")
        return render_template("auth/login.html", form=form), 422
    return render_template("auth/login.html", form=form)


@bp.post("/logout")
def logout() -> Response:
    form = LogoutForm()
    if form.validate() and current_user.is_authenticated:
        # Ends this session and every other one of the same coordinator.
        coordinators.end_sessions(current_user.id, utcnow())
    sessions.end()
    return redirect(url_for("public.home"), 303)
