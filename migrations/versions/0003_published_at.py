"""statement published_at: when the final letter was published

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25 12:25:00

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('statement', schema=None) as batch_op:
        batch_op.add_column(sa.Column('published_at', sa.DateTime(timezone=True), nullable=True))


def downgrade():
    _refuse_if_downgrade_loses([
        ("published letter(s) (they would look unpublished)", "SELECT COUNT(*) FROM statement WHERE published_at IS NOT NULL"),
    ])
    with op.batch_alter_table('statement', schema=None) as batch_op:
        batch_op.drop_column('published_at')


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
