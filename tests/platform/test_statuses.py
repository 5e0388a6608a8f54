"""Statuses are enums on the models: the database's check constraints list exactly their values,
the database refuses any other value, and a loaded row holds the enum's member."""

from __future__ import annotations

import re
from collections.abc import Callable
from enum import StrEnum
from typing import Any

import pytest
from sqlalchemy import CheckConstraint, inspect
from sqlalchemy.exc import IntegrityError

from signon.models import Invitation, Membership, Signature, Statement
from signon.models.statuses import FieldChoice, Notify, PaperSize, Role, SignatureStatus, StatementStatus
from signon.models.types import EnumString
from tests import factories

# (model, column, enum): every column that holds one of the closed vocabularies.
COLUMNS: list[tuple[type[Any], str, type[StrEnum]]] = [
    (Statement, "status", StatementStatus),
    (Statement, "paper_size", PaperSize),
    (Statement, "website_field", FieldChoice),
    (Statement, "phone_field", FieldChoice),
    (Statement, "comment_field", FieldChoice),
    (Signature, "status", SignatureStatus),
    (Membership, "role", Role),
    (Membership, "notify", Notify),
    (Invitation, "role", Role),
]
IDS = [f"{model.__tablename__}.{column}" for model, column, _ in COLUMNS]


def quoted(sql: str) -> list[str]:
    """The quoted values a check constraint lists, in its order ('a'::character varying too)."""
    return re.findall(r"'([^']*)'", sql)


def model_check(model: type[Any], column: str) -> CheckConstraint:
    (found,) = (
        c
        for c in model.__table__.constraints
        if isinstance(c, CheckConstraint) and c.name == f"ck_{model.__tablename__}_{column}"
    )
    return found


@pytest.mark.parametrize(("model", "column", "enum"), COLUMNS, ids=IDS)
def test_each_check_constraint_lists_exactly_its_enums_values(model, column, enum):
    values = [member.value for member in enum]
    check = model_check(model, column)
    assert str(check.sqltext) == f"{column} IN ({', '.join(repr(v) for v in values)})"
    assert quoted(str(check.sqltext)) == values
    assert isinstance(model.__table__.c[column].type, EnumString)
    assert model.__table__.c[column].type.enum is enum


@pytest.mark.parametrize(("model", "column", "enum"), COLUMNS, ids=IDS)
def test_the_migrated_database_checks_the_same_values_as_the_enum(db, model, column, enum):
    """The migrations made the database's constraint; the enum must say the same, in order."""
    with db.engine.connect() as connection:
        checks = {c["name"]: c["sqltext"] for c in inspect(connection).get_check_constraints(model.__tablename__)}
    assert quoted(checks[f"ck_{model.__tablename__}_{column}"]) == [member.value for member in enum]


def _statement(**values: Any) -> Statement:
    return Statement(
        slug="enum-check", title="T", body="B", created_at=factories.now(), updated_at=factories.now(), **values
    )


def _signature(**values: Any) -> Signature:
    s = factories.open_statement()
    return Signature(
        statement_id=s.id,
        category_id=s.categories[0].id,
        organization_name="Kino Border Initiative",
        organization_key="kino border initiative",
        contact_name="Ana",
        contact_email="ana@example.org",
        created_at=factories.now(),
        updated_at=factories.now(),
        **values,
    )


def _membership(**values: Any) -> Membership:
    s = factories.open_statement()
    c = factories.coordinator()
    return Membership(statement_id=s.id, coordinator_id=c.id, **values)


def _invitation(**values: Any) -> Invitation:
    s = factories.open_statement()
    return Invitation(
        statement_id=s.id,
        email="ben@example.org",
        token_hash="0" * 64,
        created_at=factories.now(),
        expires_at=factories.now(),
        **values,
    )


BUILDERS: dict[type[Any], Callable[..., Any]] = {
    Statement: _statement,
    Signature: _signature,
    Membership: _membership,
    Invitation: _invitation,
}


@pytest.mark.parametrize(("model", "column", "enum"), COLUMNS, ids=IDS)
def test_a_value_outside_the_enum_is_refused_by_the_database(db, model, column, enum):
    row = BUILDERS[model](**{column: "archived"})
    db.session.add(row)
    with pytest.raises(IntegrityError, match=f"ck_{model.__tablename__}_{column}"):
        db.session.commit()
    db.session.rollback()


@pytest.mark.parametrize(("model", "column", "enum"), COLUMNS, ids=IDS)
def test_every_enum_value_is_stored_and_loaded_as_the_enums_member(db, model, column, enum):
    row = BUILDERS[model]()
    db.session.add(row)
    db.session.commit()
    row_id = row.id
    for member in enum:
        # A plain string in, as a form or a file gives it; the member out.
        setattr(db.session.get(model, row_id), column, member.value)
        db.session.commit()
        db.session.expunge_all()
        value = getattr(db.session.get(model, row_id), column)
        assert isinstance(value, enum)
        assert value is member


def test_a_default_is_the_enums_member(db):
    db.session.add(_membership())
    db.session.commit()
    db.session.expunge_all()
    membership = db.session.execute(db.select(Membership)).scalar_one()
    statement = db.session.get(Statement, membership.statement_id)
    assert (membership.role, membership.notify) == (Role.owner, Notify.each)
    assert isinstance(membership.notify, Notify)
    assert (statement.paper_size, statement.website_field, statement.phone_field) == (
        PaperSize.a4,
        FieldChoice.optional,
        FieldChoice.hidden,
    )
    assert isinstance(statement.phone_field, FieldChoice)
