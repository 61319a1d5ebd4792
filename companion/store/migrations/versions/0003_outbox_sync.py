"""Outbox sync: the clock offset known at Submit, and the participant's choice on a conflict.

Revision ID: 0003_outbox_sync
Revises: 0002_reminders
"""
import sqlalchemy as sa
from alembic import op

revision = "0003_outbox_sync"
down_revision = "0002_reminders"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("submissions") as batch:
        batch.add_column(sa.Column("clock_offset_s", sa.Float, nullable=False, server_default="0"))
        batch.add_column(sa.Column("resolution", sa.String(16), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("submissions") as batch:
        batch.drop_column("resolution")
        batch.drop_column("clock_offset_s")
