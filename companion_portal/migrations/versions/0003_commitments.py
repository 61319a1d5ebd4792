"""Commitments: a submission's content digest received before its content (the on-time proof).

Revision ID: 0003
Revises: 0002
"""
import sqlalchemy as sa
from alembic import op

from companion_portal.models import UTC

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "commitments",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("course_id", sa.String(64), sa.ForeignKey("courses.id"), nullable=False, index=True),
        sa.Column("participant_id", sa.String(36), sa.ForeignKey("participants.id"), nullable=False, index=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("item_id", sa.String(64), nullable=False),
        sa.Column("content_sha256", sa.String(64), nullable=False),
        sa.Column("received_at", UTC(), nullable=False),
    )
    # how a submission was judged on time ("commitment" | "arrival"); a database from before
    # migrations may lack the table altogether, and create_all-era tests build such partial ones
    if sa.inspect(op.get_bind()).has_table("submissions"):
        with op.batch_alter_table("submissions") as batch:
            batch.add_column(sa.Column("on_time_by", sa.String(16), nullable=True))


def downgrade() -> None:
    if sa.inspect(op.get_bind()).has_table("submissions"):
        with op.batch_alter_table("submissions") as batch:
            batch.drop_column("on_time_by")
    op.drop_table("commitments")
