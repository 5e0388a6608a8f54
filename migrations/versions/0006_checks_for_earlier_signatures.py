"""domain verdicts and look-alike warnings for the signatures made before 0005

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-07 21:30:00

Migration 0005 added signature.domain_check and signature.name_warning but left them empty for
every signature already there, so coordinators saw no "Unverified domain" or "Check this name"
on the very signatures collected before the upgrade. This fills them as signing would have:
for each signature that came through the sign form and was never checked (an empty verdict, an
address still held, not a CSV import, which is listed on the coordinators' word), the domain
verdict from its email and website, and the warning against the signatures of its statement
that came before it and were not rejected. Neither shows on the public page, so no updated_at
moves. The rules are those of release 0.5.0, carried in migrations/carried/.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import sqlalchemy as sa
from alembic import op

# revision identifiers, used by Alembic.
revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

IMPORTED_USER_AGENT = "csv import"


def _carried() -> ModuleType:
    path = Path(__file__).resolve().parent.parent / "carried" / "trust_checks_0006.py"
    spec = importlib.util.spec_from_file_location("signon_migration_0006_checks", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def upgrade():
    checks = _carried()
    bind = op.get_bind()
    signature = sa.Table("signature", sa.MetaData(), autoload_with=bind)
    rows = bind.execute(
        sa.select(
            signature.c.id,
            signature.c.statement_id,
            signature.c.organization_name,
            signature.c.organization_key,
            signature.c.status,
            signature.c.contact_email,
            signature.c.website,
            signature.c.user_agent,
            signature.c.domain_check,
        ).order_by(signature.c.statement_id, signature.c.id)
    ).all()
    earlier: dict[int, object] = {}
    for row in rows:
        before = earlier.setdefault(row.statement_id, checks.EarlierNames())
        unchecked = not row.domain_check and row.contact_email and row.user_agent != IMPORTED_USER_AGENT
        if unchecked:
            bind.execute(
                signature.update()
                .where(signature.c.id == row.id)
                .values(
                    domain_check=checks.domain_check(row.contact_email, row.website),
                    name_warning=before.warning(row.organization_name),
                )
            )
        if row.status != "rejected":
            before.add(row.organization_name, row.organization_key)


def downgrade():
    # The verdicts and warnings stay: they are what 0005's columns are for, and a downgrade to
    # 0005 keeps those columns.
    pass
