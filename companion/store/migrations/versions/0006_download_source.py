"""Where each downloaded material came from: ``portal`` or the name of a computer sharing it on the
local network (shown on the Lectures page).

Revision ID: 0006_download_source
Revises: 0005_reasons_and_portal_tables
"""
import sqlalchemy as sa
from alembic import op

revision = "0006_download_source"
down_revision = "0005_reasons_and_portal_tables"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("downloads") as batch:
        batch.add_column(sa.Column("source", sa.String(120), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("downloads") as batch:
        batch.drop_column("source")
