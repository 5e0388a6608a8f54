"""The view side of a statement's ordered lists (addressees, categories), written once: the list
page, the redirect back to it with a message, and the Move and Remove buttons with their
expired-form and not-found handling. Each list's module configures an ``OrderedList`` with its
services, endpoint, template and messages, and keeps its own routes and forms."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

from flask import abort, flash, get_flashed_messages, redirect, render_template, url_for
from flask_wtf import FlaskForm
from werkzeug.wrappers import Response

from signon.clock import utcnow
from signon.coordinator.blueprint import current_statement
from signon.coordinator.drafting import EDIT_EXPIRED, actor
from signon.coordinator.drafting_forms import ButtonForm, MoveForm
from signon.form_expiry import expiry_notice, explain_expiry
from signon.routing import check_id


class GetItem(Protocol):
    def __call__(self, slug: str, item_id: int, /) -> object: ...


class MoveItem(Protocol):
    def __call__(self, slug: str, item_id: int, offset: int, now: datetime, /, *, actor: str) -> None: ...


class RemoveItem(Protocol):
    def __call__(self, slug: str, item_id: int, now: datetime, /, *, actor: str) -> str: ...


@dataclass(frozen=True)
class OrderedList:
    endpoint: str
    """The list page, for instance ``.statement_addressees``."""
    template: str
    get: GetItem
    move: MoveItem
    remove: RemoveItem
    not_found: type[Exception]
    removed: str
    """The message once an item is gone, ``{}`` standing for what ``remove`` returned."""
    refused: tuple[type[Exception], ...] = ()
    """Exceptions whose message is shown as the reason an item was not removed."""
    anchor: str | None = None
    """When set, the list comes back scrolled to ``<anchor>-<id>`` after a change to that item."""

    def page(self, posted: FlaskForm, /, **context: Any) -> str | tuple[str, int]:
        """The list page; 422 when ``posted`` (the form that was sent) came back with errors."""
        explain_expiry(posted, EDIT_EXPIRED)
        page = render_template(
            self.template,
            statement=current_statement(),
            messages=get_flashed_messages(with_categories=True),
            **context,
        )
        return (page, 422) if posted.errors else page

    def back(self, slug: str, item_id: int | str | None = None) -> Response:
        """303 to the list, at the item when this list anchors its rows."""
        anchor = f"{self.anchor}-{item_id}" if self.anchor and item_id is not None else None
        return redirect(url_for(self.endpoint, slug=slug, _anchor=anchor), 303)

    def done(self, slug: str, message: str, item_id: int | None = None) -> Response:
        flash(message)
        return self.back(slug, item_id)

    def item_of(self, slug: str, item_id: str) -> int:
        """The id, when it is one of this statement's items: checked before any form is read,
        so that another statement's ids answer 404 whatever was posted."""
        number = check_id(item_id)
        try:
            self.get(slug, number)
        except self.not_found:
            abort(404)
        return number

    def move_view(self, slug: str, item_id: str) -> Response:
        number = self.item_of(slug, item_id)
        form = MoveForm()
        if not form.validate():
            flash(expiry_notice(form), "error")
        else:
            try:
                self.move(slug, number, form.offset, utcnow(), actor=actor())
            except self.not_found:
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
        except self.not_found:
            abort(404)
        except self.refused as exc:
            flash(str(exc), "error")
        else:
            flash(self.removed.format(name))
        return self.back(slug)
