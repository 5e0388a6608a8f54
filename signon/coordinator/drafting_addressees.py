"""The statement's addressees: the list with Move up, Move down and Remove buttons, a form to add
one, and a page to edit one. Every button is a small form: nothing needs JavaScript."""

from __future__ import annotations

from flask import abort, flash, get_flashed_messages, redirect, render_template, url_for
from werkzeug.wrappers import Response

from signon.clock import utcnow
from signon.coordinator.blueprint import bp, current_statement
from signon.coordinator.drafting import EDIT_EXPIRED, actor
from signon.coordinator.drafting_forms import AddresseeForm, ButtonForm, MoveForm
from signon.form_expiry import expiry_notice, explain_expiry
from signon.models import Statement
from signon.routing import check_id
from signon.services import addressees
from signon.services.addressees import AddresseeNotFound


def _list_page(statement: Statement, form: AddresseeForm) -> str | tuple[str, int]:
    explain_expiry(form, EDIT_EXPIRED)
    page = render_template(
        "coordinator/addressees.html",
        statement=statement,
        rows=addressees.rows(statement.slug),
        form=form,
        messages=get_flashed_messages(with_categories=True),
    )
    return (page, 422) if form.errors else page


@bp.get("/s/<slug>/addressees")
def statement_addressees(slug: str) -> str | tuple[str, int]:
    statement = current_statement()
    return _list_page(statement, AddresseeForm(formdata=None))


@bp.post("/s/<slug>/addressees")
def add_addressee(slug: str) -> Response | str | tuple[str, int]:
    statement = current_statement()
    form = AddresseeForm()
    if not form.validate():
        return _list_page(statement, form)
    added = addressees.add(slug, form.value(), utcnow(), actor=actor())
    flash(f"Added {added.name}.")
    return redirect(url_for(".statement_addressees", slug=slug, _anchor=f"addressee-{added.id}"), 303)


@bp.route("/s/<slug>/addressees/<addressee_id>/edit", methods=["GET", "POST"])
def edit_addressee(slug: str, addressee_id: str) -> Response | str | tuple[str, int]:
    statement = current_statement()
    try:
        addressee = addressees.get(slug, check_id(addressee_id))
    except AddresseeNotFound:
        abort(404)
    form = AddresseeForm(obj=addressee)
    if form.is_submitted():
        if form.validate():
            addressees.edit(slug, addressee.id, form.value(), utcnow(), actor=actor())
            flash(f"Saved {form.name.data}.")
            return redirect(url_for(".statement_addressees", slug=slug, _anchor=f"addressee-{addressee.id}"), 303)
        explain_expiry(form, EDIT_EXPIRED)
        page = render_template("coordinator/addressee_edit.html", statement=statement, addressee=addressee, form=form)
        return page, 422
    return render_template("coordinator/addressee_edit.html", statement=statement, addressee=addressee, form=form)


@bp.post("/s/<slug>/addressees/<addressee_id>/move")
def move_addressee(slug: str, addressee_id: str) -> Response:
    number = _addressee_of(slug, addressee_id)
    form = MoveForm()
    if not form.validate():
        flash(expiry_notice(form), "error")
    else:
        try:
            addressees.move(slug, number, form.offset, utcnow(), actor=actor())
        except AddresseeNotFound:
            abort(404)
    return redirect(url_for(".statement_addressees", slug=slug, _anchor=f"addressee-{addressee_id}"), 303)


@bp.post("/s/<slug>/addressees/<addressee_id>/remove")
def remove_addressee(slug: str, addressee_id: str) -> Response:
    number = _addressee_of(slug, addressee_id)
    form = ButtonForm()
    if not form.validate():
        flash(expiry_notice(form), "error")
    else:
        try:
            name = addressees.remove(slug, number, utcnow(), actor=actor())
        except AddresseeNotFound:
            abort(404)
        flash(f"Removed {name}.")
    return redirect(url_for(".statement_addressees", slug=slug), 303)


def _addressee_of(slug: str, addressee_id: str) -> int:
    """The id, when it is one of this statement's addressees: checked before any form is read,
    so that another statement's ids answer 404 whatever was posted."""
    number = check_id(addressee_id)
    try:
        addressees.get(slug, number)
    except AddresseeNotFound:
        abort(404)
    return number
