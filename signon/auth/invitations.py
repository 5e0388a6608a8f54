"""The emailed invitation link: a newcomer sets a name and password; someone who already has an
account signs in and joins with it. Broken, used, withdrawn or expired links get a clear 404 or
410 page, never a 500."""

from __future__ import annotations

from flask import flash, get_flashed_messages, redirect, render_template, url_for
from flask_login import current_user
from werkzeug.wrappers import Response

from signon.auth import sessions
from signon.auth.blueprint import bp
from signon.auth.forms import PASSWORD_HINT, AcceptInvitationForm, JoinForm
from signon.clock import utcnow
from signon.form_expiry import expiry_notice, explain_expiry
from signon.routing import check_token
from signon.services.team import invitations
from signon.services.team.invitations import InvitationGone, InvitationNotFound, InvitationView

GONE = {
    "accepted": (
        "This invitation has already been used",
        "Each invitation link works once. If you accepted it, sign in to reach the statement.",
    ),
    "revoked": (
        "This invitation was withdrawn",
        "The statement's owners withdrew it. Ask them for a new invitation if you should be on the team.",
    ),
    "expired": (
        "This invitation has expired",
        "Invitations work for seven days. Ask the statement's owners to invite you again.",
    ),
}


def problem_page(error: InvitationNotFound | InvitationGone) -> tuple[str, int]:
    if isinstance(error, InvitationGone):
        title, message = GONE.get(error.reason, GONE["expired"])
        code = 410
    else:
        title = "This invitation link is not valid"
        message = "Check that you copied the whole link from the email. Invitation links work once."
        code = 404
    page = render_template(
        "auth/link_problem.html", title=title, message=message, action_url=url_for(".login"), action="Sign in"
    )
    return page, code


def signed_in_email() -> str | None:
    return str(current_user.email) if current_user.is_authenticated else None


def invitation_page(token: str, view: InvitationView, form: AcceptInvitationForm, status: int = 200) -> tuple[str, int]:
    page = render_template(
        "auth/invitation.html",
        v=view,
        token=token,
        form=form,
        join_form=JoinForm(),
        signed_in_as=signed_in_email(),
        password_hint=PASSWORD_HINT,
        sign_in_url=url_for(".login", next=url_for(".invitation", token=token)),
        messages=get_flashed_messages(),
    )
    return page, status


@bp.get("/invitations/<token>")
def invitation(token: str) -> tuple[str, int]:
    check_token(token)
    try:
        view = invitations.view(token, utcnow())
    except (InvitationNotFound, InvitationGone) as exc:
        return problem_page(exc)
    return invitation_page(token, view, AcceptInvitationForm(formdata=None))


@bp.post("/invitations/<token>")
def accept_invitation(token: str) -> Response | tuple[str, int]:
    """A newcomer's name and password: the account is created and joins the team."""
    check_token(token)
    now = utcnow()
    try:
        view = invitations.view(token, now)
    except (InvitationNotFound, InvitationGone) as exc:
        return problem_page(exc)
    if view.account_exists:
        return redirect(url_for(".invitation", token=token), 303)
    form = AcceptInvitationForm()
    if not form.validate():
        explain_expiry(form, "This form expired. Type your name and password again and send them.")
        return invitation_page(token, view, form, 422)
    try:
        accepted = invitations.accept_with_new_account(token, form.name.data, form.password.data, now)
    except invitations.AccountExists:
        return redirect(url_for(".invitation", token=token), 303)
    except (InvitationNotFound, InvitationGone) as exc:
        return problem_page(exc)
    sessions.start(accepted.coordinator)
    flash(f"Welcome: you are now on the team of “{accepted.statement_title}”.")
    return redirect(url_for("coordinator.signatures", slug=accepted.statement_slug), 303)


@bp.post("/invitations/<token>/join")
def join_team(token: str) -> Response | tuple[str, int]:
    """A coordinator who already has an account, signed in as the invited address, joins."""
    check_token(token)
    if not current_user.is_authenticated:
        return redirect(url_for(".invitation", token=token), 303)
    form = JoinForm()
    if not form.validate():
        flash(expiry_notice(form))
        return redirect(url_for(".invitation", token=token), 303)
    try:
        accepted = invitations.accept_as(token, current_user.id, utcnow())
    except (InvitationNotFound, InvitationGone) as exc:
        return problem_page(exc)
    except invitations.WrongAccount:
        return redirect(url_for(".invitation", token=token), 303)
    flash(f"Welcome: you are now on the team of “{accepted.statement_title}”.")
    return redirect(url_for("coordinator.signatures", slug=accepted.statement_slug), 303)
