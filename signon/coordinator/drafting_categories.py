"""The categories signatories choose from: rename each in place, move it up or down, remove it
(refused, with the reason, while signatures are filed under it), and add new ones."""

from __future__ import annotations

from flask import abort
from werkzeug.wrappers import Response

from signon.clock import utcnow
from signon.coordinator.blueprint import bp, current_statement
from signon.coordinator.drafting import actor
from signon.coordinator.drafting_forms import CategoryForm
from signon.coordinator.ordered_lists import OrderedList
from signon.services.drafting import categories
from signon.services.drafting.categories import CategoryNotFound, CategoryRefused

ADD_PREFIX = "new"

CATEGORIES = OrderedList(
    name="categories",
    items=categories.LIST,
    remove=categories.remove,
    removed="Removed the category “{}”.",
    refused=(CategoryRefused,),
)
CATEGORIES.add_button_routes()


def _page(slug: str, add_form: CategoryForm, failed: tuple[int, CategoryForm] | None = None) -> str | tuple[str, int]:
    """The list, each category with its own rename form (the prefix keeps every id unique);
    ``failed`` is a rename form that came back with an error, shown in its place."""
    forms = []
    for position, row in enumerate(categories.rows(slug), start=1):
        if failed is not None and failed[0] == row.id:
            form = failed[1]
        else:
            form = CategoryForm(formdata=None, prefix=f"category-{row.id}", data={"label": row.label})
        form.label.label.text = f"Name of category {position}"
        forms.append((row, form))
    add_form.label.label.text = "Name of the new category"
    shown = failed[1] if failed is not None else add_form
    return CATEGORIES.page(shown, rows=forms, add_form=add_form, form=shown)


@bp.get("/s/<slug>/categories")
def statement_categories(slug: str) -> str | tuple[str, int]:
    current_statement()
    return _page(slug, CategoryForm(formdata=None, prefix=ADD_PREFIX))


@bp.post("/s/<slug>/categories")
def add_category(slug: str) -> Response | str | tuple[str, int]:
    current_statement()
    form = CategoryForm(prefix=ADD_PREFIX)
    if form.validate():
        try:
            added = categories.add(slug, form.label.data, utcnow(), actor=actor())
        except CategoryRefused as exc:
            form.label.errors = [str(exc)]
        else:
            return CATEGORIES.done(slug, f"Added the category “{added.label}”.")
    return _page(slug, form)


@bp.post("/s/<slug>/categories/<category_id>/rename")
def rename_category(slug: str, category_id: str) -> Response | str | tuple[str, int]:
    current_statement()
    number = CATEGORIES.item_of(slug, category_id)
    form = CategoryForm(prefix=f"category-{number}")
    if form.validate():
        try:
            renamed = categories.rename(slug, number, form.label.data, utcnow(), actor=actor())
        except CategoryNotFound:
            abort(404)
        except CategoryRefused as exc:
            form.label.errors = [str(exc)]
        else:
            return CATEGORIES.done(slug, f"Saved the category “{renamed.label}”.")
    return _page(slug, CategoryForm(formdata=None, prefix=ADD_PREFIX), failed=(number, form))
