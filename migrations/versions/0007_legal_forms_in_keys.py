"""organization keys that ignore legal forms and the name's acronym

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-08 01:00:00

"Centro de Derechos Humanos del Migrante, A.C." was listed beside "Centro de Derechos Humanos
del Migrante", and "Washington Office on Latin America (WOLA)" beside the name without its
acronym: the duplicate key now leaves out legal-form suffixes and the name's own acronym. This
recomputes every signature's key with those rules (carried in migrations/carried/). Where two
signatures of one statement then share a key, the one kept is the one furthest along
(verified, then pending), then the oldest; each other one is moved whole into archived_row,
with an audit event and a line in the output, never deleted, as 0005 did. Names are not
changed. The downgrade puts 0005's keys back, and refuses when two kept names would share one.
"""

from __future__ import annotations

import importlib.util
import logging
from datetime import UTC, date, datetime
from pathlib import Path
from types import ModuleType
from typing import Any

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

logger = logging.getLogger("alembic.runtime.migration")

_STATUS_RANK = {"verified": 0, "pending": 1, "rejected": 2, "withdrawn": 3}


def _carried() -> ModuleType:
    path = Path(__file__).resolve().parent.parent / "carried" / "organization_keys_0007.py"
    spec = importlib.util.spec_from_file_location("signon_migration_0007_keys", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


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


def _groups(rows: list[dict[str, Any]], key_of: Any) -> dict[tuple[int, str], list[dict[str, Any]]]:
    groups: dict[tuple[int, str], list[dict[str, Any]]] = {}
    for row in rows:
        groups.setdefault((row["statement_id"], key_of(row["organization_name"])), []).append(row)
    return groups


def upgrade():
    keys = _carried()
    bind = op.get_bind()
    signature = sa.Table("signature", sa.MetaData(), autoload_with=bind)
    archived = sa.Table("archived_row", sa.MetaData(), autoload_with=bind)
    audit = sa.Table("audit_event", sa.MetaData(), autoload_with=bind)
    rows = [dict(row._mapping) for row in bind.execute(sa.select(signature))]

    now = _now(bind)
    moved = 0
    rekeyed: list[tuple[int, str]] = []
    for (statement_id, key), members in _groups(rows, keys.new_key).items():
        members.sort(key=lambda r: (_STATUS_RANK.get(r["status"], 9), _plain(r["created_at"]) or "", r["id"]))
        kept, *others = members
        for row in others:
            reason = (
                f"Same organization as signature {kept['id']} ({kept['organization_name']!r}) once legal forms "
                "and acronyms are left out of the key: the unique constraint allows one signature per organization."
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
                "archived signature %s (%r) of statement %s: same organization as signature %s (%r)",
                row["id"], row["organization_name"], statement_id, kept["id"], kept["organization_name"],
            )  # fmt: skip
            moved += 1
        if key != kept["organization_key"]:
            rekeyed.append((kept["id"], key))
    # After the archiving, so that no key is taken twice even for a moment. The key is not
    # shown anywhere, so updated_at stays.
    _set_keys(bind, signature, rekeyed)
    if moved:
        logger.warning("%d signature(s) archived in table archived_row, none deleted", moved)


def downgrade():
    keys = _carried()
    bind = op.get_bind()
    signature = sa.Table("signature", sa.MetaData(), autoload_with=bind)
    rows = [
        dict(row._mapping)
        for row in bind.execute(
            sa.select(signature.c.id, signature.c.statement_id, signature.c.organization_name, signature.c.organization_key)
        )
    ]
    shared = [members for members in _groups(rows, keys.old_key).values() if len(members) > 1]
    if shared:
        names = "; ".join(" / ".join(repr(m["organization_name"]) for m in members) for members in shared[:5])
        raise RuntimeError(
            f"Downgrade below {revision} refused, nothing was changed: under the earlier key these names would "
            f"be one organization and one of them would have to go: {names}. To go back to an earlier version, "
            "restore the backup taken before the upgrade (flask backup restore)."
        )
    changed = [(row["id"], keys.old_key(row["organization_name"])) for row in rows]
    _set_keys(bind, signature, [(row_id, key) for (row_id, key), row in zip(changed, rows) if key != row["organization_key"]])


def _set_keys(bind: sa.engine.Connection, signature: sa.Table, changes: list[tuple[int, str]]) -> None:
    # Two passes, so that two keys swapping places never meet the unique constraint halfway.
    for row_id, _key in changes:
        bind.execute(
            signature.update().where(signature.c.id == row_id).values(organization_key=f"~moving {row_id}")
        )
    for row_id, key in changes:
        bind.execute(signature.update().where(signature.c.id == row_id).values(organization_key=key))
