"""The officials a statement is addressed to: adding, editing, reordering and removing them.

Every change is shown on the public page, so each one bumps the statement's revision."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from signon.extensions import db
from signon.models import Addressee, Statement
from signon.services import audit
from signon.services.errors import DomainError
from signon.services.ordering import move_one_place
from signon.services.statement_files import AddresseeInput
from signon.services.statements import get_by_slug


class AddresseeNotFound(DomainError):
    pass


@dataclass(frozen=True)
class AddresseeRow:
    id: int
    name: str
    title: str
    organization: str
    address_lines: tuple[str, ...]
    email: str
    phone: str
    social_handle: str


def rows(slug: str) -> list[AddresseeRow]:
    """The addressees in the order the letter lists them."""
    return [
        AddresseeRow(a.id, a.name, a.title, a.organization, tuple(a.address_lines), a.email, a.phone, a.social_handle)
        for a in get_by_slug(slug).addressees
    ]


def _changed(statement: Statement, now: datetime) -> None:
    statement.revision += 1
    statement.updated_at = now


def _renumber(statement: Statement) -> None:
    for position, addressee in enumerate(statement.addressees):
        addressee.position = position


def get(slug: str, addressee_id: int) -> Addressee:
    """One addressee of the statement; AddresseeNotFound for another statement's."""
    statement = get_by_slug(slug)
    for addressee in statement.addressees:
        if addressee.id == addressee_id:
            return addressee
    raise AddresseeNotFound(addressee_id)


def add(slug: str, data: AddresseeInput, now: datetime, *, actor: str) -> Addressee:
    """A new addressee, after the others."""
    statement = get_by_slug(slug)
    addressee = Addressee(position=len(statement.addressees), **vars(data))
    statement.addressees.append(addressee)
    _changed(statement, now)
    db.session.flush()
    audit.record(now, actor, "addressee.added", statement_id=statement.id, addressee_id=addressee.id, name=data.name)
    db.session.commit()
    return addressee


def edit(slug: str, addressee_id: int, data: AddresseeInput, now: datetime, *, actor: str) -> Addressee:
    addressee = get(slug, addressee_id)
    for name, value in vars(data).items():
        setattr(addressee, name, value)
    _changed(addressee.statement, now)
    audit.record(
        now, actor, "addressee.updated", statement_id=addressee.statement_id, addressee_id=addressee.id, name=data.name
    )
    db.session.commit()
    return addressee


def move(slug: str, addressee_id: int, offset: int, now: datetime, *, actor: str) -> None:
    """One place up (offset -1) or down (+1); nothing happens at either end of the list."""
    addressee = get(slug, addressee_id)
    statement = addressee.statement
    target = move_one_place(statement.addressees, addressee, offset)
    if target is None:
        return
    _changed(statement, now)
    audit.record(
        now, actor, "addressee.moved", statement_id=statement.id, addressee_id=addressee.id, position=target + 1
    )
    db.session.commit()


def remove(slug: str, addressee_id: int, now: datetime, *, actor: str) -> str:
    """Remove the addressee; returns their name, for the message that says so."""
    addressee = get(slug, addressee_id)
    statement, name = addressee.statement, addressee.name
    statement.addressees.remove(addressee)
    _renumber(statement)
    _changed(statement, now)
    audit.record(now, actor, "addressee.removed", statement_id=statement.id, addressee_id=addressee_id, name=name)
    db.session.commit()
    return name
