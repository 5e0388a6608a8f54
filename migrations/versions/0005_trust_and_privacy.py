"""trust and privacy: domain check and name warning on signatures, retention per statement,
the archive of rows a migration had to move, and names brought to NFC with their keys

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02 04:30:00

Names are stored in NFC and their duplicate key is recomputed with the current rules. Where two
signatures of one statement then share a key, the unique constraint would refuse one of them:
it is moved whole into archived_row (with an audit event and a line in the output), never
deleted. The one kept is the one furthest along (verified, then pending), then the oldest.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from datetime import UTC, date, datetime
from typing import Any

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

logger = logging.getLogger("alembic.runtime.migration")

_STATUS_RANK = {"verified": 0, "pending": 1, "rejected": 2, "withdrawn": 3}

# The name rules of this release (signon/names.py as it shipped with 0005), carried here: a
# migration never imports the application, whose modules move and whose rules change later.
_JOINING = re.compile(r"[.'’‘`´]")
_SEPARATING = re.compile(r"[\W_]+")
_INVISIBLE = re.compile("[\u00ad\u034f\u180e\u200b-\u200f\u2060-\u2064\ufeff]")
_DROPPED = re.compile("[\u00ad\u200b\u2060\ufeff]")


def clean_name(name: str) -> str:
    """The name as it is stored and shown: NFC, single spaces, no spaces at the ends."""
    return " ".join(_DROPPED.sub("", unicodedata.normalize("NFC", name)).split())


def _strip_latin_accents(text: str) -> str:
    kept: list[str] = []
    base = ""
    for char in unicodedata.normalize("NFKD", text):
        if unicodedata.combining(char):
            if base and ord(base) < 0x0530:
                continue
        else:
            base = char
        kept.append(char)
    return unicodedata.normalize("NFC", "".join(kept))


def organization_key(name: str) -> str:
    """Case, accents, punctuation, repeated spaces and a leading "The" ignored."""
    bare = _strip_latin_accents(_INVISIBLE.sub("", name)).casefold()
    bare = bare.replace("&", " and ")
    bare = _JOINING.sub("", bare)
    words = _SEPARATING.sub(" ", bare).split()
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def _plain(value: Any) -> Any:
    if isinstance(value, datetime):
        aware = value if value.tzinfo is not None else value.replace(tzinfo=UTC)
        return aware.astimezone(UTC).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return value


def _now(bind: sa.engine.Connection) -> datetime:
    now = datetime.now(UTC)
    return now.replace(tzinfo=None) if bind.dialect.name == "sqlite" else now


def _renormalise_names() -> int:
    bind = op.get_bind()
    signature = sa.Table("signature", sa.MetaData(), autoload_with=bind)
    archived = sa.Table("archived_row", sa.MetaData(), autoload_with=bind)
    audit = sa.Table("audit_event", sa.MetaData(), autoload_with=bind)
    rows = [dict(row._mapping) for row in bind.execute(sa.select(signature))]

    groups: dict[tuple[int, str], list[dict[str, Any]]] = {}
    for row in rows:
        name = clean_name(row["organization_name"])
        groups.setdefault((row["statement_id"], organization_key(name)), []).append(row)

    now = _now(bind)
    moved = 0
    renamed: list[tuple[dict[str, Any], str, str]] = []
    for (statement_id, key), members in groups.items():
        members.sort(key=lambda r: (_STATUS_RANK.get(r["status"], 9), _plain(r["created_at"]) or "", r["id"]))
        kept, *others = members
        for row in others:
            reason = (
                f"Same organization as signature {kept['id']} ({kept['organization_name']!r}) once names are "
                "compared in NFC: the unique constraint allows one signature per organization."
            )
            bind.execute(
                archived.insert().values(
                    archived_at=now,
                    revision=revision,
                    table_name="signature",
                    row_id=row["id"],
                    reason=reason,
                    data={column: _plain(value) for column, value in row.items()},
                )
            )
            bind.execute(
                audit.insert().values(
                    at=now,
                    actor="system",
                    action="signature.archived",
                    statement_id=statement_id,
                    signature_id=row["id"],
                    details={"revision": revision, "kept": kept["id"], "name": row["organization_name"]},
                )
            )
            bind.execute(signature.delete().where(signature.c.id == row["id"]))
            logger.warning(
                "archived signature %s (%r) of statement %s: same organization as signature %s",
                row["id"], row["organization_name"], statement_id, kept["id"],
            )  # fmt: skip
            moved += 1
        name = clean_name(kept["organization_name"])
        if name != kept["organization_name"] or key != kept["organization_key"]:
            renamed.append((kept, name, key))
    # After the archiving, so that no key is taken twice even for a moment. A renamed signature
    # changes what the public page shows: updated_at moves, so the page's ETag does too.
    for row, name, key in renamed:
        bind.execute(
            signature.update()
            .where(signature.c.id == row["id"])
            .values(organization_name=name, organization_key=key, updated_at=now)
        )
    if moved:
        logger.warning("%d signature(s) archived in table archived_row, none deleted", moved)
    return moved


def upgrade():
    op.create_table(
        "archived_row",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("archived_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("revision", sa.String(length=32), nullable=False),
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("row_id", sa.Integer(), nullable=False),
        sa.Column("reason", sa.String(length=500), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_archived_row")),
    )
    with op.batch_alter_table("signature", schema=None) as batch_op:
        batch_op.add_column(sa.Column("domain_check", sa.String(length=10), server_default="", nullable=False))
        batch_op.add_column(sa.Column("name_warning", sa.String(length=500), server_default="", nullable=False))
    with op.batch_alter_table("statement", schema=None) as batch_op:
        batch_op.add_column(sa.Column("retention_months", sa.Integer(), server_default="12", nullable=False))
        batch_op.add_column(sa.Column("contacts_purged_at", sa.DateTime(timezone=True), nullable=True))
    _renormalise_names()


def downgrade():
    _refuse_if_downgrade_loses([
        # Going back would drop the archive: copy it elsewhere first.
        ("row(s) in archived_row", "SELECT COUNT(*) FROM archived_row"),
        ("signature domain check(s)", "SELECT COUNT(*) FROM signature WHERE domain_check <> ''"),
        ("name warning(s)", "SELECT COUNT(*) FROM signature WHERE name_warning <> ''"),
        ("statement retention setting(s)", "SELECT COUNT(*) FROM statement WHERE retention_months <> 12"),
        ("contact purge mark(s)", "SELECT COUNT(*) FROM statement WHERE contacts_purged_at IS NOT NULL"),
    ])
    with op.batch_alter_table("statement", schema=None) as batch_op:
        batch_op.drop_column("contacts_purged_at")
        batch_op.drop_column("retention_months")
    with op.batch_alter_table("signature", schema=None) as batch_op:
        batch_op.drop_column("name_warning")
        batch_op.drop_column("domain_check")
    op.drop_table("archived_row")


def _refuse_if_downgrade_loses(checks):
    """Refuse, before anything is dropped, a downgrade that would lose what people entered.

    Each check is (what would be lost, SQL counting it). The whole command runs in one
    transaction (migrations/env.py), so a refusal here also undoes the steps above this one."""
    bind = op.get_bind()
    lost = [f"{count} {what}" for what, sql in checks if (count := bind.execute(sa.text(sql)).scalar_one())]
    if lost:
        raise RuntimeError(
            f"Downgrade below {revision} refused, nothing was changed: it would lose " + "; ".join(lost)
            + ". This step cannot be undone on a database that holds them: to go back to an earlier "
            "version, restore the backup taken before the upgrade (flask backup restore)."
        )
