"""What the sign form asks, and the statement's status: open it, close it, reopen it, the
message shown once it is closed, and the private review link for partners to read a draft."""

from __future__ import annotations

from flask import flash, get_flashed_messages, redirect, render_template, request, url_for
from werkzeug.wrappers import Response

from signon.clock import utcnow
from signon.coordinator.blueprint import bp, current_statement
from signon.coordinator.drafting import EDIT_EXPIRED, actor
from signon.coordinator.drafting_forms import ButtonForm, ClosedMessageForm, SignFormSettingsForm, StatusForm
from signon.form_expiry import expiry_notice, explain_expiry
from signon.models import Statement
from signon.models.statuses import StatementStatus
from signon.services.drafting import drafting
from signon.services.errors import AlreadyPublished
from signon.services.mail.emails import public_url
from signon.services.statements import statement_status as status_service
from signon.services.statements.statement_status import DeadlinePassed, NeverOpened


@bp.route("/s/<slug>/sign-form", methods=["GET", "POST"])
def sign_form_settings(slug: str) -> Response | str | tuple[str, int]:
    statement = current_statement()
    if request.method == "GET":
        form = SignFormSettingsForm.of(drafting.sign_form_settings(slug))
    else:
        form = SignFormSettingsForm()
        if form.validate():
            drafting.update_sign_form(slug, form.value(), utcnow(), actor=actor())
            flash("Saved. The sign form asks for these now.")
            return redirect(url_for(".sign_form_settings", slug=slug), 303)
    explain_expiry(form, EDIT_EXPIRED)
    page = render_template(
        "coordinator/sign_form_settings.html",
        statement=statement,
        form=form,
        messages=get_flashed_messages(with_categories=True),
    )
    return (page, 422) if form.errors else page


def _status_page(statement: Statement, closed_form: ClosedMessageForm) -> str | tuple[str, int]:
    explain_expiry(closed_form, EDIT_EXPIRED)
    token = statement.review_token
    page = render_template(
        "coordinator/status.html",
        statement=statement,
        form=closed_form,
        past_deadline=statement.is_past_deadline(utcnow()),
        review_url=public_url(url_for("public.statement", slug=statement.slug, review=token)) if token else "",
        messages=get_flashed_messages(with_categories=True),
    )
    return (page, 422) if closed_form.errors else page


@bp.get("/s/<slug>/status")
def statement_status(slug: str) -> str | tuple[str, int]:
    statement = current_statement()
    return _status_page(statement, ClosedMessageForm(formdata=None, data={"message": statement.closed_message}))


@bp.post("/s/<slug>/status")
def change_status(slug: str) -> Response:
    form = StatusForm()
    if not form.validate():
        flash(expiry_notice(form), "error")
        return redirect(url_for(".statement_status", slug=slug), 303)
    try:
        change = status_service.set_status(slug, StatementStatus(form.status.data), utcnow(), actor=actor())
    except DeadlinePassed:
        flash("The deadline has passed: set a later deadline on the Text page, then open the statement.", "error")
    except AlreadyPublished:
        flash("The final letter has been published: the statement cannot take signatures again.", "error")
    except NeverOpened:
        flash("A draft cannot be closed: it has never been public.", "error")
    else:
        if change.after == StatementStatus.open:
            flash("Open: the statement is public and takes signatures.")
        elif change.changed:
            flash("Closed: the statement stays public, read-only, with your closed message in place of the form.")
    return redirect(url_for(".statement_status", slug=slug), 303)


@bp.post("/s/<slug>/closed-message")
def save_closed_message(slug: str) -> Response | str | tuple[str, int]:
    statement = current_statement()
    form = ClosedMessageForm()
    if not form.validate():
        return _status_page(statement, form)
    status_service.set_closed_message(slug, form.message.data or "", utcnow(), actor=actor())
    flash("Saved the closed message.")
    return redirect(url_for(".statement_status", slug=slug, _anchor="closed-message"), 303)


@bp.post("/s/<slug>/review-link")
def create_review_link(slug: str) -> Response:
    statement = current_statement()
    form = ButtonForm()
    if not form.validate():
        flash(expiry_notice(form), "error")
    else:
        had_one = statement.review_token is not None
        status_service.create_review_link(slug, utcnow(), actor=actor())
        flash(
            "A new review link is ready. The earlier one no longer works." if had_one else "The review link is ready."
        )
    return redirect(url_for(".statement_status", slug=slug, _anchor="review-link"), 303)


@bp.post("/s/<slug>/review-link/revoke")
def revoke_review_link(slug: str) -> Response:
    form = ButtonForm()
    if not form.validate():
        flash(expiry_notice(form), "error")
    elif status_service.revoke_review_link(slug, utcnow(), actor=actor()):
        flash("The review link no longer works.")
    return redirect(url_for(".statement_status", slug=slug, _anchor="review-link"), 303)
