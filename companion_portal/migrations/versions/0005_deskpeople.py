"""The desk's rosters: who is enrolled in which course (added one by one or from a roster file),
the language each participant reads and the organizer whose desk made their account, and each live
session's minimum minutes present.

Revision ID: 0005_deskpeople
Revises: 0004_desk
"""
import sqlalchemy as sa
from alembic import op

from companion_portal.models import UTC

revision = "0005_deskpeople"
down_revision = "0004_desk"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "enrolments",
        sa.Column("course_id", sa.String(64), sa.ForeignKey("courses.id"), primary_key=True),
        sa.Column("participant_id", sa.String(36), sa.ForeignKey("participants.id"), primary_key=True, index=True),
        sa.Column("enrolled_at", UTC(), nullable=False),
    )
    op.create_table(
        "session_rules",
        sa.Column("course_id", sa.String(64), sa.ForeignKey("courses.id"), primary_key=True),
        sa.Column("session_id", sa.String(64), primary_key=True),
        sa.Column("minimum_minutes", sa.Float(), nullable=False),
    )
    with op.batch_alter_table("participants") as batch:
        batch.add_column(sa.Column("language", sa.String(16), nullable=False, server_default=""))
        batch.add_column(sa.Column("created_by", sa.String(36), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("participants") as batch:
        batch.drop_column("created_by")
        batch.drop_column("language")
    op.drop_table("session_rules")
    op.drop_table("enrolments")
