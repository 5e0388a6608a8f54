"""Circulating a statement: the share page (links, invitation text, live count, the coordinator's
notification email), the message to every verified signatory, and resending a confirmation
email to a signer who has not confirmed."""

from __future__ import annotations

from flask import abort, flash, get_flashed_messages, jsonify, redirect, render_template, url_for
from flask_login import current_user
from werkzeug.wrappers import Response

from signon.clock import utcnow
from signon.coordinator.blueprint import bp, current_statement
from signon.coordinator.circulation_forms import MessageForm, NotifyForm, ResendForm
from signon.form_expiry import expiry_notice
from signon.models import Statement
from signon.models.statuses import Notify
from signon.routing import check_id
from signon.services.circulation import circulation, notifications, signatory_messages
from signon.services.circulation.signatory_messages import (
    MessageAlreadySent,
    MessageInput,
    NoRecipients,
    NotAwaitingConfirmation,
    SentRecently,
)
from signon.services.errors import SignatureNotFound, StatementClosed

NOTIFY_SAVED = {
    Notify.each: "Saved: you will be emailed about each new signature.",
    Notify.digest: "Saved: you will receive a daily digest of new signatures.",
    Notify.none: "Saved: you will not be emailed about new signatures.",
}
# The largest id an integer column holds.


def _share_page(statement: Statement, form: NotifyForm, status: int = 200) -> tuple[str, int]:
    now = utcnow()
    panel = circulation.share_panel(statement.id, current_user.id, now)
    if form.notify.data is None:
        form.notify.data = panel.notify
    page = render_template(
        "coordinator/share.html",
        statement=statement,
        panel=panel,
        form=form,
        now=now,
        messages=get_flashed_messages(),
    )
    return page, status


@bp.get("/s/<slug>/share")
def share(slug: str) -> tuple[str, int]:
    statement = current_statement()
    return _share_page(statement, NotifyForm(formdata=None))


@bp.get("/s/<slug>/share/counts")
def share_counts(slug: str) -> Response:
    """The live count, for the share page's script."""
    statement = current_statement()
    tally = notifications.tally(statement.id)
    response = jsonify(
        verified=tally.verified,
        awaiting_confirmation=tally.awaiting_confirmation,
        awaiting_approval=tally.awaiting_approval,
    )
    response.headers["Cache-Control"] = "private, no-store"
    return response


@bp.post("/s/<slug>/share/notifications")
def save_notifications(slug: str) -> Response | tuple[str, int]:
    statement = current_statement()
    form = NotifyForm()
    if not form.validate():
        return _share_page(statement, form, 422)
    choice = Notify(form.notify.data)
    circulation.set_notify(statement.id, current_user.id, choice, utcnow())
    flash(NOTIFY_SAVED[choice])
    return redirect(url_for(".share", slug=slug, _anchor="notifications"), 303)


def _message_page(statement: Statement, form: MessageForm, template: str, status: int = 200) -> tuple[str, int]:
    page = render_template(
        template,
        statement=statement,
        form=form,
        recipients=signatory_messages.recipient_count(statement.id),
        reply_to=signatory_messages.reply_address(statement.id, current_user.id),
    )
    return page, status


@bp.get("/s/<slug>/message")
def message(slug: str) -> tuple[str, int]:
    statement = current_statement()
    return _message_page(statement, MessageForm(formdata=None), "coordinator/message.html")


@bp.post("/s/<slug>/message")
def message_step(slug: str) -> Response | tuple[str, int]:
    """Write, preview (with the number of recipients), then send; "Change the message" goes back."""
    statement = current_statement()
    form = MessageForm()
    if form.step.data == "edit" or not form.validate():
        return _message_page(statement, form, "coordinator/message.html", 200 if form.step.data == "edit" else 422)
    if form.step.data == "preview":
        if not form.key.data:
            form.key.data = signatory_messages.new_message_key()
        return _message_page(statement, form, "coordinator/message_preview.html")
    data = MessageInput(
        subject=str(form.subject.data),
        body=str(form.body.data),
        key=form.key.data or signatory_messages.new_message_key(),
    )
    try:
        sent = signatory_messages.send_message(statement.id, data, utcnow(), coordinator_id=current_user.id)
    except NoRecipients:
        form.body.errors = [*form.body.errors, "There is no verified signatory to write to yet"]
        return _message_page(statement, form, "coordinator/message.html", 422)
    except MessageAlreadySent:
        flash("That message was already sent; it was not sent again.")
    else:
        flash(f"Your message is on its way to {sent:,} {'address' if sent == 1 else 'addresses'}.")
    return redirect(url_for(".share", slug=slug), 303)


@bp.post("/s/<slug>/signatures/<signature_id>/resend")
def resend_verification(slug: str, signature_id: str) -> Response:
    statement = current_statement()
    row_id = check_id(signature_id)
    form = ResendForm()
    if not form.validate():
        flash(expiry_notice(form))
        return redirect(url_for(".signatures", slug=slug), 303)
    try:
        signature = signatory_messages.resend_verification(
            statement.id, row_id, utcnow(), coordinator_id=current_user.id
        )
    except SignatureNotFound:
        abort(404)
    except NotAwaitingConfirmation:
        flash("That signature is no longer awaiting confirmation: no email was sent.")
    except StatementClosed:
        flash("The statement is closed: a confirmation link would no longer work, so none was sent.")
    except SentRecently as exc:
        ago = "less than a minute" if exc.minutes_ago < 1 else f"{exc.minutes_ago} minutes"
        flash(f"A confirmation email went to this signer {ago} ago. Wait a few minutes before sending another.")
    else:
        flash(f"A new confirmation email is on its way to {signature.contact_email} ({signature.organization_name}).")
    return redirect(url_for(".signatures", slug=slug), 303)
