"""What the ordered lists of a statement (addressees, categories) share: finding an item by id,
moving it one place up or down, and removing it with the positions renumbered. Each change bumps
the statement's revision and is recorded as ``<kind>.moved`` or ``<kind>.removed``; what is
particular to each list (categories with signatures, keys) stays in its own module."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any, Protocol, TypeVar

from signon.extensions import db
from signon.models import Statement
from signon.services import audit


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


def move(
    statement: Statement, items: Sequence[L], item: L, offset: int, now: datetime, *, actor: str, kind: str
) -> None:
    """One place up (offset -1) or down (+1), recorded and committed; nothing happens at either
    end of the list."""
    target = move_one_place(items, item, offset)
    if target is None:
        return
    changed(statement, now)
    ids: dict[str, Any] = {f"{kind}_id": item.id}
    audit.record(now, actor, f"{kind}.moved", statement_id=statement.id, **ids, position=target + 1)
    db.session.commit()


def remove(
    statement: Statement, items: list[L], item: L, now: datetime, *, actor: str, kind: str, **details: Any
) -> None:
    """Take the item out of the list and close the gap, recorded with ``details``; the caller
    commits (and may turn a refusal from the database into a message)."""
    item_id = item.id
    items.remove(item)
    renumber(items)
    changed(statement, now)
    ids: dict[str, Any] = {f"{kind}_id": item_id}
    audit.record(now, actor, f"{kind}.removed", statement_id=statement.id, **ids, **details)
