"""Drafting a statement's words: a new statement, editing one, and the live preview.

The preview is rendered on the server from the submitted, unsaved values with the public page's
own partial, so that it matches the public page byte for byte. Without JavaScript the Preview
button posts the form and the page comes back with the preview; with it, static/js/preview.js
posts the same form as the coordinator types and swaps in the fragment."""

from __future__ import annotations

from collections.abc import Callable

from flask import flash, get_flashed_messages, redirect, render_template, request, url_for
from flask_login import current_user
from werkzeug.wrappers import Response

from signon.clock import utcnow
from signon.coordinator.blueprint import bp, current_statement
from signon.coordinator.drafting_forms import StatementForm
from signon.form_expiry import explain_expiry
from signon.models import Statement
from signon.models.statuses import StatementStatus
from signon.services.drafting import drafting
from signon.services.drafting.drafting import InvalidText
from signon.services.statements.statements import PublicStatement, text_of

Page = str | tuple[str, int]


def actor() -> str:
    return f"coordinator:{current_user.id}"


# The CSRF token lasts an hour, and a statement can take longer to write: every drafting page
# comes back with what was typed and a fresh token, and says so plainly.
EDIT_EXPIRED = "This page had expired. Check what you typed and press the button again."


def _form_for(statement: Statement | None) -> StatementForm:
    form = StatementForm()
    if statement is not None and statement.status != StatementStatus.draft:
        # Links to a statement that has been public are out there: its address stays.
        del form.slug
    return form


def _page(form: StatementForm, statement: Statement | None, preview: PublicStatement | None) -> Page:
    explain_expiry(form, EDIT_EXPIRED)
    page = render_template(
        "coordinator/statement_form.html",
        form=form,
        statement=statement,
        preview=preview,
        messages=get_flashed_messages(with_categories=True),
    )
    return (page, 422) if form.errors else page


def _saved(form: StatementForm, save: Callable[[], Statement], message: str) -> Response | None:
    """Save the words with ``save``: then the edit page, with ``message``. None when they break
    a rule, which the form then shows at the field to fix."""
    try:
        statement = save()
    except InvalidText as exc:
        form.error(exc.field, exc.message)
        return None
    flash(message)
    return redirect(url_for(".edit_statement", slug=statement.slug), 303)


@bp.route("/new", methods=["GET", "POST"])
def new_statement() -> Response | Page:
    form = _form_for(None)
    if request.method == "POST" and form.validate():
        saved = _saved(
            form,
            lambda: drafting.create_statement(form.text(), utcnow(), coordinator_id=current_user.id, actor=actor()),
            "Draft saved. Only the statement's coordinators can see it until you open it for signatures.",
        )
        if saved is not None:
            return saved
    return _page(form, None, None)


@bp.route("/s/<slug>/edit", methods=["GET", "POST"])
def edit_statement(slug: str) -> Response | Page:
    statement = current_statement()
    if request.method == "GET":
        form = StatementForm.of(text_of(statement))
        if statement.status != StatementStatus.draft:
            del form.slug
        return _page(form, statement, drafting.saved_preview(statement.slug, utcnow()))
    form = _form_for(statement)
    if form.validate():
        saved = _saved(
            form, lambda: drafting.update_text(slug, form.text(statement.slug), utcnow(), actor=actor()), "Saved."
        )
        if saved is not None:
            return saved
    return _page(form, statement, None)


def _preview(statement: Statement | None) -> Page:
    form = _form_for(statement)
    view = None
    if form.validate():
        try:
            view = drafting.preview(
                statement.slug if statement else None, form.text(statement.slug if statement else ""), utcnow()
            )
        except InvalidText as exc:
            form.error(exc.field, exc.message)
    if request.args.get("fragment") == "1":
        # For preview.js: the article alone, or why there is none.
        if view is not None:
            return render_template("public/_statement_article.html", s=view)
        explain_expiry(form, EDIT_EXPIRED)
        return render_template("coordinator/_preview_problem.html", form=form), 422
    return _page(form, statement, view)


@bp.post("/new/preview")
def preview_new_statement() -> Page:
    return _preview(None)


@bp.post("/s/<slug>/preview")
def preview_statement(slug: str) -> Page:
    return _preview(current_statement())
