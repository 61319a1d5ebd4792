"""Reminders: planned from the schedule, fired once.

Revision ID: 0002_reminders
Revises: 0001_initial
"""
import sqlalchemy as sa
from alembic import op

from companion.store.models import UTCDateTime

revision = "0002_reminders"
down_revision = "0001_initial"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "reminders",
        sa.Column("course_id", sa.String(64), sa.ForeignKey("courses.id"), primary_key=True),
        sa.Column("key", sa.String(160), primary_key=True),
        sa.Column("agenda_id", sa.String(140), nullable=False),
        sa.Column("fire_at", UTCDateTime, nullable=False, index=True),
        sa.Column("fired_at", UTCDateTime, nullable=True),
    )


def downgrade() -> None:
    op.drop_table("reminders")
