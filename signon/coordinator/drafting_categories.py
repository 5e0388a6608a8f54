"""The categories signatories choose from: rename each in place, move it up or down, remove it
(refused, with the reason, while signatures are filed under it), and add new ones."""

from __future__ import annotations

from flask import abort, flash, get_flashed_messages, redirect, render_template, url_for
from werkzeug.wrappers import Response

from signon.clock import utcnow
from signon.coordinator.blueprint import bp, current_statement
from signon.coordinator.drafting import EDIT_EXPIRED, actor
from signon.coordinator.drafting_forms import ButtonForm, CategoryForm, MoveForm
from signon.form_expiry import expiry_notice, explain_expiry
from signon.models import Statement
from signon.routing import check_id
from signon.services import categories
from signon.services.categories import CategoryNotFound, CategoryRefused

ADD_PREFIX = "new"


def _page(
    statement: Statement, add_form: CategoryForm, failed: tuple[int, CategoryForm] | None = None
) -> str | tuple[str, int]:
    """The list, each category with its own rename form (the prefix keeps every id unique);
    ``failed`` is a rename form that came back with an error, shown in its place."""
    rows = categories.rows(statement.slug)
    forms = []
    for position, row in enumerate(rows, start=1):
        if failed is not None and failed[0] == row.id:
            form = failed[1]
        else:
            form = CategoryForm(formdata=None, prefix=f"category-{row.id}", data={"label": row.label})
        form.label.label.text = f"Name of category {position}"
        forms.append((row, form))
    add_form.label.label.text = "Name of the new category"
    shown = failed[1] if failed is not None else add_form
    explain_expiry(shown, EDIT_EXPIRED)
    page = render_template(
        "coordinator/categories.html",
        statement=statement,
        rows=forms,
        add_form=add_form,
        form=shown,
        messages=get_flashed_messages(with_categories=True),
    )
    return (page, 422) if shown.errors else page


@bp.get("/s/<slug>/categories")
def statement_categories(slug: str) -> str | tuple[str, int]:
    statement = current_statement()
    return _page(statement, CategoryForm(formdata=None, prefix=ADD_PREFIX))


@bp.post("/s/<slug>/categories")
def add_category(slug: str) -> Response | str | tuple[str, int]:
    statement = current_statement()
    form = CategoryForm(prefix=ADD_PREFIX)
    if form.validate():
        try:
            added = categories.add(slug, form.label.data, utcnow(), actor=actor())
        except CategoryRefused as exc:
            form.label.errors = [str(exc)]
        else:
            flash(f"Added the category “{added.label}”.")
            return redirect(url_for(".statement_categories", slug=slug), 303)
    return _page(statement, form)


@bp.post("/s/<slug>/categories/<category_id>/rename")
def rename_category(slug: str, category_id: str) -> Response | str | tuple[str, int]:
    statement = current_statement()
    number = _category_of(slug, category_id)
    form = CategoryForm(prefix=f"category-{number}")
    if form.validate():
        try:
            renamed = categories.rename(slug, number, form.label.data, utcnow(), actor=actor())
        except CategoryNotFound:
            abort(404)
        except CategoryRefused as exc:
            form.label.errors = [str(exc)]
        else:
            flash(f"Saved the category “{renamed.label}”.")
            return redirect(url_for(".statement_categories", slug=slug), 303)
    return _page(statement, CategoryForm(formdata=None, prefix=ADD_PREFIX), failed=(number, form))


@bp.post("/s/<slug>/categories/<category_id>/move")
def move_category(slug: str, category_id: str) -> Response:
    number = _category_of(slug, category_id)
    form = MoveForm()
    if not form.validate():
        flash(expiry_notice(form), "error")
    else:
        try:
            categories.move(slug, number, form.offset, utcnow(), actor=actor())
        except CategoryNotFound:
            abort(404)
    return redirect(url_for(".statement_categories", slug=slug), 303)


@bp.post("/s/<slug>/categories/<category_id>/remove")
def remove_category(slug: str, category_id: str) -> Response:
    number = _category_of(slug, category_id)
    form = ButtonForm()
    if not form.validate():
        flash(expiry_notice(form), "error")
        return redirect(url_for(".statement_categories", slug=slug), 303)
    try:
        label = categories.remove(slug, number, utcnow(), actor=actor())
    except CategoryNotFound:
        abort(404)
    except CategoryRefused as exc:
        flash(str(exc), "error")
    else:
        flash(f"Removed the category “{label}”.")
    return redirect(url_for(".statement_categories", slug=slug), 303)


def _category_of(slug: str, category_id: str) -> int:
    """The id, when it is one of this statement's categories: checked before any form is read,
    so that another statement's ids answer 404 whatever was posted."""
    number = check_id(category_id)
    try:
        categories.get(slug, number)
    except CategoryNotFound:
        abort(404)
    return number
