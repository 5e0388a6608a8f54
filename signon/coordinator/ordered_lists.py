"""The view side of a statement's ordered lists (addressees, categories), written once: the list
page, the redirect back to it with a message, and the Move and Remove buttons with their
expired-form and not-found handling. Each list's module configures an ``OrderedList`` with its
name, services and messages, and keeps its own routes and forms for the rest."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

from flask import abort, flash, get_flashed_messages, redirect, render_template, url_for
from flask_wtf import FlaskForm
from werkzeug.wrappers import Response

from signon.clock import utcnow
from signon.coordinator.blueprint import bp, current_statement
from signon.coordinator.drafting import EDIT_EXPIRED, actor
from signon.coordinator.drafting_forms import ButtonForm, MoveForm
from signon.form_expiry import expiry_notice, explain_expiry
from signon.routing import check_id
from signon.services.drafting.ordering import StatementList


class RemoveItem(Protocol):
    def __call__(self, slug: str, item_id: int, now: datetime, /, *, actor: str) -> str: ...


@dataclass(frozen=True)
class OrderedList:
    name: str
    """The list page is ``.statement_<name>`` at ``/s/<slug>/<name>``, from ``coordinator/<name>.html``."""
    items: StatementList[Any]
    """The service's list: finding an item, moving it, and the exception for an id it lacks."""
    remove: RemoveItem
    removed: str
    """The message once an item is gone, ``{}`` standing for what ``remove`` returned."""
    refused: tuple[type[Exception], ...] = ()
    """Exceptions whose message is shown as the reason an item was not removed."""
    anchor: str | None = None
    """When set, the list comes back scrolled to ``<anchor>-<id>`` after a change to that item."""

    def add_button_routes(self) -> None:
        """The routes of the Move and Remove buttons: POST ``/s/<slug>/<name>/<kind_id>/move`` and
        ``.../remove``, named ``move_<kind>`` and ``remove_<kind>`` after the service list's kind."""
        rule = f"/s/<slug>/{self.name}"
        kind = self.items.kind
        argument = f"{kind}_id"

        def move(slug: str, **ids: str) -> Response:
            return self.move_view(slug, ids[argument])

        def remove(slug: str, **ids: str) -> Response:
            return self.remove_view(slug, ids[argument])

        bp.add_url_rule(f"{rule}/<{argument}>/move", f"move_{kind}", move, methods=["POST"])
        bp.add_url_rule(f"{rule}/<{argument}>/remove", f"remove_{kind}", remove, methods=["POST"])

    def page(self, posted: FlaskForm, /, **context: Any) -> str | tuple[str, int]:
        """The list page; 422 when ``posted`` (the form that was sent) came back with errors."""
        explain_expiry(posted, EDIT_EXPIRED)
        page = render_template(
            f"coordinator/{self.name}.html",
            statement=current_statement(),
            messages=get_flashed_messages(with_categories=True),
            **context,
        )
        return (page, 422) if posted.errors else page

    def back(self, slug: str, item_id: int | str | None = None) -> Response:
        """303 to the list, at the item when this list anchors its rows."""
        anchor = f"{self.anchor}-{item_id}" if self.anchor and item_id is not None else None
        return redirect(url_for(f".statement_{self.name}", slug=slug, _anchor=anchor), 303)

    def done(self, slug: str, message: str, item_id: int | None = None) -> Response:
        flash(message)
        return self.back(slug, item_id)

    def item_of(self, slug: str, item_id: str) -> int:
        """The id, when it is one of this statement's items: checked before any form is read,
        so that another statement's ids answer 404 whatever was posted."""
        number = check_id(item_id)
        try:
            self.items.get(slug, number)
        except self.items.not_found:
            abort(404)
        return number

    def move_view(self, slug: str, item_id: str) -> Response:
        number = self.item_of(slug, item_id)
        form = MoveForm()
        if not form.validate():
            flash(expiry_notice(form), "error")
        else:
            try:
                self.items.move(slug, number, form.offset, utcnow(), actor=actor())
            except self.items.not_found:
                abort(404)
        return self.back(slug, item_id)

    def remove_view(self, slug: str, item_id: str) -> Response:
        number = self.item_of(slug, item_id)
        form = ButtonForm()
        if not form.validate():
            flash(expiry_notice(form), "error")
            return self.back(slug)
        try:
            name = self.remove(slug, number, utcnow(), actor=actor())
        except self.items.not_found:
            abort(404)
        except self.refused as exc:
            flash(str(exc), "error")
        else:
            flash(self.removed.format(name))
        return self.back(slug)
