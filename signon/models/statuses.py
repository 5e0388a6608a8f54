"""The closed vocabularies the models store: each an enum, the one place its values are spelled.

The database's check constraints are derived from these (`allowed`), in declaration order, so
that the SQL they give is the SQL the migrations wrote: adding a value here needs a migration.
Each is a `StrEnum`, so a member equals its value ("verified") wherever a plain string arrives
(a form, a file, a URL, a test)."""

from __future__ import annotations

from enum import StrEnum

from sqlalchemy import CheckConstraint


class StatementStatus(StrEnum):
    draft = "draft"
    open = "open"
    closed = "closed"


class SignatureStatus(StrEnum):
    pending = "pending"
    verified = "verified"
    rejected = "rejected"
    withdrawn = "withdrawn"


class Standing(StrEnum):
    """A signature's status as coordinators and signatories speak of it: a pending signature
    either waits for its signatory's confirmation or, confirmed, for the coordinators' approval."""

    awaiting_confirmation = "awaiting_confirmation"
    awaiting_approval = "awaiting_approval"
    verified = "verified"
    rejected = "rejected"
    withdrawn = "withdrawn"


class Role(StrEnum):
    """A coordinator's role on a statement's team."""

    owner = "owner"
    editor = "editor"


class Notify(StrEnum):
    """How a coordinator hears of new verified signatures: each one, a daily digest, or not at all."""

    each = "each"
    digest = "digest"
    none = "none"


class PaperSize(StrEnum):
    """The paper the final letter is printed on."""

    a4 = "a4"
    letter = "letter"  # US Letter


class FieldChoice(StrEnum):
    """How the sign form shows an optional field: not at all, optional, or required."""

    hidden = "hidden"
    optional = "optional"
    required = "required"


# The signatures on the list or on their way to it: neither rejected nor withdrawn.
LIVE = (SignatureStatus.pending, SignatureStatus.verified)


def allowed(column: str, values: type[StrEnum]) -> CheckConstraint:
    """The check constraint, named for the column, that keeps it to the enum's values."""
    listed = ", ".join(f"'{member.value}'" for member in values)
    return CheckConstraint(f"{column} IN ({listed})", name=column)
