"""The categories signatories choose from (National, State and Local, International by default):
renaming, reordering, adding and removing them. A category keeps its key when renamed, so that
the signatures filed under it stay there."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func
from sqlalchemy.exc import IntegrityError

from signon.extensions import db
from signon.models import Category, Signature, Statement
from signon.services import audit
from signon.services.drafting import ordering
from signon.services.errors import DomainError
from signon.services.statements.statement_files import slugify
from signon.services.statements.statements import get_by_slug

MAX_LABEL = 100


class CategoryNotFound(DomainError):
    pass


class CategoryRefused(DomainError):
    """A change to the categories that cannot be made; the message says why, for the coordinator."""


# The statement's categories, in the order the sign form offers them; CategoryNotFound for any other id.
LIST = ordering.StatementList[Category]("category", lambda statement: statement.categories, CategoryNotFound)


@dataclass(frozen=True)
class CategoryRow:
    id: int
    label: str
    signatures: int


def _clean_label(label: str) -> str:
    label = " ".join(label.split())
    if not label or not slugify(label):
        raise CategoryRefused("Enter a name for the category, with letters or digits")
    if len(label) > MAX_LABEL:
        raise CategoryRefused(f"Keep the name of the category under {MAX_LABEL} characters")
    return label


def _refuse_same_label(statement: Statement, label: str, except_id: int | None = None) -> None:
    for category in statement.categories:
        if category.id != except_id and category.label.casefold() == label.casefold():
            raise CategoryRefused(f"There is already a category called “{category.label}”")


def rows(slug: str) -> list[CategoryRow]:
    """The categories in order, each with how many signatures (of any status) it holds."""
    statement = get_by_slug(slug)
    counts = dict(
        db.session.execute(
            db.select(Signature.category_id, func.count())
            .where(Signature.statement_id == statement.id)
            .group_by(Signature.category_id)
        ).all()
    )
    return [CategoryRow(c.id, c.label, int(counts.get(c.id, 0))) for c in statement.categories]


def add(slug: str, label: str, now: datetime, *, actor: str) -> Category:
    """A new category, last in the list."""
    statement = get_by_slug(slug)
    label = _clean_label(label)
    _refuse_same_label(statement, label)
    keys = {c.key for c in statement.categories}
    base = slugify(label, 70) or "category"
    key, n = base, 1
    while key in keys:
        n += 1
        key = f"{base}-{n}"
    category = Category(key=key, label=label, position=len(statement.categories))
    statement.categories.append(category)
    ordering.changed(statement, now)
    db.session.flush()
    audit.record(now, actor, "category.added", statement_id=statement.id, category_id=category.id, label=label)
    db.session.commit()
    return category


def rename(slug: str, category_id: int, label: str, now: datetime, *, actor: str) -> Category:
    category = LIST.get(slug, category_id)
    label = _clean_label(label)
    if label == category.label:
        return category
    _refuse_same_label(category.statement, label, except_id=category.id)
    before, category.label = category.label, label
    ordering.changed(category.statement, now)
    audit.record(
        now, actor, "category.renamed", statement_id=category.statement_id, category_id=category.id,
        before=before, label=label,
    )  # fmt: skip
    db.session.commit()
    return category


def remove(slug: str, category_id: int, now: datetime, *, actor: str) -> str:
    """Remove a category no signature is filed under; returns its label. Refused, with a
    message that says why, while it holds signatures or when it is the only one."""
    statement, category = LIST.locate(slug, category_id)
    used = db.session.execute(
        db.select(func.count()).select_from(Signature).where(Signature.category_id == category.id)
    ).scalar_one()
    if used:
        noun = "signature" if used == 1 else "signatures"
        raise CategoryRefused(
            f"“{category.label}” cannot be removed: {used:,} {noun} filed under it would have no category. "
            "Rename it instead."
        )
    if len(statement.categories) == 1:
        raise CategoryRefused("A statement needs at least one category: add another before removing this one")
    label = category.label
    LIST.remove(statement, category, now, actor=actor, label=label)
    try:
        db.session.commit()
    except IntegrityError:
        # A signature was filed under it between the count and the delete.
        db.session.rollback()
        raise CategoryRefused(f"“{label}” cannot be removed: a signature has just been filed under it") from None
    return label
