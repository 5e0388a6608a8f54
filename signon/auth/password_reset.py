"""Forgotten passwords: ask for a link by email, then set a new password with it."""

from __future__ import annotations

from flask import current_app, redirect, render_template, request, url_for
from flask_login import login_required
from werkzeug.wrappers import Response

from signon.auth import sessions
from signon.auth.blueprint import bp
from signon.auth.forms import PASSWORD_HINT, ForgotPasswordForm, NewPasswordForm
from signon.clock import utcnow
from signon.extensions import limiter
from signon.form_expiry import explain_expiry
from signon.routing import check_token
from signon.services.errors import LinkExpired, LinkInvalid
from signon.services.team import passwords

EXPIRED_FORM = "This form expired. Type your answers again and send them."


def reset_rate_limit() -> str:
    return str(current_app.config["SIGNON_PASSWORD_RESET_RATE_LIMIT"])


def link_problem(code: int, title: str, message: str) -> tuple[str, int]:
    page = render_template(
        "auth/link_problem.html",
        title=title,
        message=message,
        action_url=url_for(".forgot_password"),
        action="Ask for a new link",
    )
    return page, code


@bp.route("/password/forgot", methods=["GET", "POST"])
@limiter.limit(reset_rate_limit, methods=["POST"])
def forgot_password() -> Response | str | tuple[str, int]:
    form = ForgotPasswordForm()
    if request.method == "GET":
        return render_template("auth/forgot_password.html", form=form)
    if form.validate():
        # The same answer whether or not the address has an account.
        passwords.request_reset(form.email.data, utcnow())
        return redirect(url_for(".forgot_password_sent"), 303)
    explain_expiry(form, EXPIRED_FORM)
    return render_template("auth/forgot_password.html", form=form), 422


@bp.get("/password/forgot/sent")
def forgot_password_sent() -> str:
    minutes = int(passwords.VALID_FOR.total_seconds() // 60)
    return render_template("auth/forgot_password_sent.html", minutes=minutes)


@bp.route("/password/reset/<token>", methods=["GET", "POST"])
def reset_password(token: str) -> Response | str | tuple[str, int]:
    check_token(token)
    try:
        coordinator = passwords.check(token)
    except LinkInvalid:
        return link_problem(
            404, "This link is not valid", "Check that you copied the whole link from the email, or ask for a new one."
        )
    except LinkExpired:
        return link_problem(410, "This link has expired", "Links to set a new password work for one hour.")
    except passwords.LinkUsed:
        return link_problem(
            410,
            "This link has already been used",
            "The password was changed after this link was sent. If that was not you, ask for a new link.",
        )
    form = NewPasswordForm()
    if request.method == "POST":
        if form.validate():
            try:
                coordinator = passwords.reset(token, form.password.data, utcnow())
            except (LinkInvalid, LinkExpired, passwords.LinkUsed):
                return redirect(url_for(".reset_password", token=token), 303)
            sessions.start(coordinator)
            return redirect(url_for(".password_changed"), 303)
        explain_expiry(form, EXPIRED_FORM)
        return reset_page(form, coordinator.email), 422
    return reset_page(form, coordinator.email)


def reset_page(form: NewPasswordForm, email: str) -> str:
    return render_template("auth/reset_password.html", form=form, email=email, password_hint=PASSWORD_HINT)


@bp.get("/password/changed")
@login_required
def password_changed() -> str:
    return render_template("auth/password_changed.html")
