"""The officials a statement is addressed to: adding, editing, reordering and removing them.

Every change is shown on the public page, so each one bumps the statement's revision."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from signon.exports.letter import LetterAddressee
from signon.extensions import db
from signon.models import Addressee
from signon.services import audit
from signon.services.drafting import ordering
from signon.services.errors import DomainError
from signon.services.statements.statement_files import AddresseeInput
from signon.services.statements.statements import addressee_of, get_by_slug


class AddresseeNotFound(DomainError):
    pass


# The addressees in the order the letter lists them; AddresseeNotFound for another statement's.
LIST = ordering.StatementList[Addressee]("addressee", lambda statement: statement.addressees, AddresseeNotFound)


@dataclass(frozen=True)
class AddresseeRow:
    id: int
    addressee: LetterAddressee


def rows(slug: str) -> list[AddresseeRow]:
    """The addressees in the order the letter lists them."""
    return [AddresseeRow(a.id, addressee_of(a)) for a in get_by_slug(slug).addressees]


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
    addressee = LIST.get(slug, addressee_id)
    for name, value in vars(data).items():
        setattr(addressee, name, value)
    ordering.changed(addressee.statement, now)
    audit.record(
        now, actor, "addressee.updated", statement_id=addressee.statement_id, addressee_id=addressee.id, name=data.name
    )
    db.session.commit()
    return addressee


def remove(slug: str, addressee_id: int, now: datetime, *, actor: str) -> str:
    """Remove the addressee; returns their name, for the message that says so."""
    statement, addressee = LIST.locate(slug, addressee_id)
    name = addressee.name
    LIST.remove(statement, addressee, now, actor=actor, name=name)
    db.session.commit()
    return name
