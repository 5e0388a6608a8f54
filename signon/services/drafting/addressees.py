"""The officials a statement is addressed to: adding, editing, reordering and removing them.

Every change is shown on the public page, so each one bumps the statement's revision."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from signon.extensions import db
from signon.models import Addressee
from signon.services import audit
from signon.services.drafting import ordering
from signon.services.errors import DomainError
from signon.services.statements.statement_files import AddresseeInput
from signon.services.statements.statements import get_by_slug


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


def get(slug: str, addressee_id: int) -> Addressee:
    """One addressee of the statement; AddresseeNotFound for another statement's."""
    addressee = ordering.find(get_by_slug(slug).addressees, addressee_id)
    if addressee is None:
        raise AddresseeNotFound(addressee_id)
    return addressee


def add(slug: str, data: AddresseeInput, now: datetime, *, actor: str) -> Addressee:
    """A new addressee, after the others."""
    statement = get_by_slug(slug)
    addressee = Addressee(position=len(statement.addressees), **vars(data))
    statement.addressees.append(addressee)
    ordering.changed(statement, now)
    db.session.flush()
    audit.record(now, actor, "addressee.added", statement_id=statement.id, addressee_id=addressee.id, name=data.name)
    db.session.commit()
    return addressee


def edit(slug: str, addressee_id: int, data: AddresseeInput, now: datetime, *, actor: str) -> Addressee:
    addressee = get(slug, addressee_id)
    for name, value in vars(data).items():
        setattr(addressee, name, value)
    ordering.changed(addressee.statement, now)
    audit.record(
        now, actor, "addressee.updated", statement_id=addressee.statement_id, addressee_id=addressee.id, name=data.name
    )
    db.session.commit()
    return addressee


def move(slug: str, addressee_id: int, offset: int, now: datetime, *, actor: str) -> None:
    """One place up (offset -1) or down (+1); nothing happens at either end of the list."""
    addressee = get(slug, addressee_id)
    statement = addressee.statement
    ordering.move(statement, statement.addressees, addressee, offset, now, actor=actor, kind="addressee")


def remove(slug: str, addressee_id: int, now: datetime, *, actor: str) -> str:
    """Remove the addressee; returns their name, for the message that says so."""
    addressee = get(slug, addressee_id)
    statement, name = addressee.statement, addressee.name
    ordering.remove(statement, statement.addressees, addressee, now, actor=actor, kind="addressee", name=name)
    db.session.commit()
    return name
