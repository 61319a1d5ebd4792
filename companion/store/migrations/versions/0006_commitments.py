"""The outbox keeps the portal's signed commitment receipt per submission (the on-time proof).

Revision ID: 0006_commitments
Revises: 0005_reasons_and_portal_tables
"""
import sqlalchemy as sa
from alembic import op

revision = "0006_commitments"
down_revision = "0005_reasons_and_portal_tables"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("submissions") as batch:
        batch.add_column(sa.Column("commitment", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("submissions") as batch:
        batch.drop_column("commitment")
