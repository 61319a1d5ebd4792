"""Limits against abuse: sign-in failures per login and address; uploads' age (to expire open ones)
and a lease on each upload (one writer at a time across processes and machines).

Revision ID: 0002
Revises: 0001
"""
import sqlalchemy as sa
from alembic import op

from companion_portal.models import UTC

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sign_in_failures",
        sa.Column("key", sa.String(200), primary_key=True),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("last_failure_at", UTC(), nullable=False),
        sa.Column("locked_until", UTC(), nullable=True),
    )
    with op.batch_alter_table("uploads") as batch:
        # rows from before this revision count as created now (they expire two days later)
        batch.add_column(sa.Column("created_at", UTC(), nullable=False,
                                   server_default=sa.text("CURRENT_TIMESTAMP")))
        batch.add_column(sa.Column("lease_holder", sa.String(32), nullable=True))
        batch.add_column(sa.Column("lease_until", UTC(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("uploads") as batch:
        batch.drop_column("lease_until")
        batch.drop_column("lease_holder")
        batch.drop_column("created_at")
    op.drop_table("sign_in_failures")
