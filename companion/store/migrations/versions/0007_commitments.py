"""The outbox keeps the portal's signed commitment receipt per submission (the on-time proof).

Revision ID: 0007_commitments
Revises: 0006_download_source
"""
import sqlalchemy as sa
from alembic import op

revision = "0007_commitments"
down_revision = "0006_download_source"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("submissions") as batch:
        batch.add_column(sa.Column("commitment", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("submissions") as batch:
        batch.drop_column("commitment")
