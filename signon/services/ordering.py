"""Moving an item of an ordered list (addressees, categories) one place up or down."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, TypeVar


class Positioned(Protocol):
    position: int


T = TypeVar("T", bound=Positioned)


def move_one_place(items: Sequence[T], item: T, offset: int) -> int | None:
    """Swap ``item`` with its neighbour above (offset -1) or below (+1) and renumber every
    ``position`` from 0; its new index, or None when nothing moves (either end of the list)."""
    order = list(items)
    index = order.index(item)
    target = index + offset
    if offset not in (-1, 1) or not 0 <= target < len(order):
        return None
    order[index], order[target] = order[target], order[index]
    for position, each in enumerate(order):
        each.position = position
    return target
