"""What the ordered lists of a statement (addressees, categories) share: finding an item by id,
moving it one place up or down, and removing it with the positions renumbered. Each change bumps
the statement's revision and is recorded as ``<kind>.moved`` or ``<kind>.removed``; what is
particular to each list (categories with signatures, keys) stays in its own module."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Generic, Protocol, TypeVar

from signon.extensions import db
from signon.models import Statement
from signon.services import audit
from signon.services.errors import DomainError
from signon.services.statements.statements import get_by_slug


class Positioned(Protocol):
    position: int


class Listed(Positioned, Protocol):
    id: int


T = TypeVar("T", bound=Positioned)
L = TypeVar("L", bound=Listed)


def find(items: Iterable[L], item_id: int) -> L | None:
    """The item with this id, or None when the list holds none."""
    for item in items:
        if item.id == item_id:
            return item
    return None


def changed(statement: Statement, now: datetime) -> None:
    """Every change to a list is shown on the public page: a new revision."""
    statement.revision += 1
    statement.updated_at = now


def renumber(items: Sequence[Positioned]) -> None:
    for position, item in enumerate(items):
        item.position = position


def move_one_place(items: Sequence[T], item: T, offset: int) -> int | None:
    """Swap ``item`` with its neighbour above (offset -1) or below (+1) and renumber every
    ``position`` from 0; its new index, or None when nothing moves (either end of the list)."""
    order = list(items)
    index = order.index(item)
    target = index + offset
    if offset not in (-1, 1) or not 0 <= target < len(order):
        return None
    order[index], order[target] = order[target], order[index]
    renumber(order)
    return target


@dataclass(frozen=True)
class StatementList(Generic[L]):
    """One of a statement's ordered lists, reached through the statement's slug: finding an item,
    moving it, taking it out. What each list adds (its rows, its refusals) stays in its module."""

    kind: str
    """Names the list in the audit trail: ``<kind>.moved``, ``<kind>.removed``, ``<kind>_id``."""
    items_of: Callable[[Statement], list[L]]
    not_found: type[DomainError]
    """Raised for an id the statement's list does not hold (another statement's included)."""

    def locate(self, slug: str, item_id: int) -> tuple[Statement, L]:
        """The statement and the item of its list with this id."""
        statement = get_by_slug(slug)
        item = find(self.items_of(statement), item_id)
        if item is None:
            raise self.not_found(item_id)
        return statement, item

    def get(self, slug: str, item_id: int) -> L:
        return self.locate(slug, item_id)[1]

    def move(self, slug: str, item_id: int, offset: int, now: datetime, *, actor: str) -> None:
        """One place up (offset -1) or down (+1), recorded and committed; nothing happens at
        either end of the list."""
        statement, item = self.locate(slug, item_id)
        target = move_one_place(self.items_of(statement), item, offset)
        if target is None:
            return
        changed(statement, now)
        ids: dict[str, Any] = {f"{self.kind}_id": item.id}
        audit.record(now, actor, f"{self.kind}.moved", statement_id=statement.id, **ids, position=target + 1)
        db.session.commit()

    def remove(self, statement: Statement, item: L, now: datetime, *, actor: str, **details: Any) -> None:
        """Take the item out of the list and close the gap, recorded with ``details``; the caller
        commits (and may turn a refusal from the database into a message)."""
        items = self.items_of(statement)
        item_id = item.id
        items.remove(item)
        renumber(items)
        changed(statement, now)
        ids: dict[str, Any] = {f"{self.kind}_id": item_id}
        audit.record(now, actor, f"{self.kind}.removed", statement_id=statement.id, **ids, **details)
