"""Downloads of lecture materials: state that survives restarts.

Revision ID: 0004_downloads
Revises: 0003_outbox_sync
"""
import sqlalchemy as sa
from alembic import op

from companion.store.models import UTCDateTime

revision = "0004_downloads"
down_revision = "0003_outbox_sync"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "downloads",
        sa.Column("course_id", sa.String(64), sa.ForeignKey("courses.id"), primary_key=True),
        sa.Column("material_id", sa.String(64), primary_key=True),
        sa.Column("variant", sa.String(16), primary_key=True),
        sa.Column("url", sa.Text, nullable=False),
        sa.Column("size", sa.Integer, nullable=True),
        sa.Column("sha256", sa.String(64), nullable=True),
        sa.Column("mime", sa.String(100), nullable=False),
        sa.Column("state", sa.String(16), nullable=False, index=True),
        sa.Column("bytes_done", sa.Integer, nullable=False, server_default="0"),
        sa.Column("etag", sa.String(200), nullable=True),
        sa.Column("error", sa.Text, nullable=True),
        sa.Column("priority", sa.Integer, nullable=False, server_default="0"),
        sa.Column("path", sa.Text, nullable=True),
        sa.Column("done_sha256", sa.String(64), nullable=True),
        sa.Column("tries", sa.Integer, nullable=False, server_default="0"),
        sa.Column("updated_at", UTCDateTime, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("downloads")
