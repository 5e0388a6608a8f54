"""The statement's addressees: the list with Move up, Move down and Remove buttons, a form to add
one, and a page to edit one. Every button is a small form: nothing needs JavaScript."""

from __future__ import annotations

from flask import abort, render_template
from werkzeug.wrappers import Response

from signon.clock import utcnow
from signon.coordinator.blueprint import bp, current_statement
from signon.coordinator.drafting import EDIT_EXPIRED, actor
from signon.coordinator.drafting_forms import AddresseeForm
from signon.coordinator.ordered_lists import OrderedList
from signon.form_expiry import explain_expiry
from signon.routing import check_id
from signon.services.drafting import addressees
from signon.services.drafting.addressees import AddresseeNotFound

ADDRESSEES = OrderedList(
    name="addressees",
    items=addressees.LIST,
    remove=addressees.remove,
    removed="Removed {}.",
    anchor="addressee",
)
ADDRESSEES.add_button_routes()


def _list_page(slug: str, form: AddresseeForm) -> str | tuple[str, int]:
    return ADDRESSEES.page(form, rows=addressees.rows(slug), form=form)


@bp.get("/s/<slug>/addressees")
def statement_addressees(slug: str) -> str | tuple[str, int]:
    current_statement()
    return _list_page(slug, AddresseeForm(formdata=None))


@bp.post("/s/<slug>/addressees")
def add_addressee(slug: str) -> Response | str | tuple[str, int]:
    current_statement()
    form = AddresseeForm()
    if not form.validate():
        return _list_page(slug, form)
    added = addressees.add(slug, form.value(), utcnow(), actor=actor())
    return ADDRESSEES.done(slug, f"Added {added.name}.", added.id)


@bp.route("/s/<slug>/addressees/<addressee_id>/edit", methods=["GET", "POST"])
def edit_addressee(slug: str, addressee_id: str) -> Response | str | tuple[str, int]:
    statement = current_statement()
    try:
        addressee = addressees.LIST.get(slug, check_id(addressee_id))
    except AddresseeNotFound:
        abort(404)
    form = AddresseeForm(obj=addressee)
    if form.is_submitted():
        if form.validate():
            addressees.edit(slug, addressee.id, form.value(), utcnow(), actor=actor())
            return ADDRESSEES.done(slug, f"Saved {form.name.data}.", addressee.id)
        explain_expiry(form, EDIT_EXPIRED)
        page = render_template("coordinator/addressee_edit.html", statement=statement, addressee=addressee, form=form)
        return page, 422
    return render_template("coordinator/addressee_edit.html", statement=statement, addressee=addressee, form=form)
