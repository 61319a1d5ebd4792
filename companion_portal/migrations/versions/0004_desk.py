"""The organizer's desk: organizers, the courses each runs, their browser sessions, and feedback.

Revision ID: 0004_desk
Revises: 0003
"""
import sqlalchemy as sa
from alembic import op

from companion_portal.models import UTC

revision = "0004_desk"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "organizers",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("login", sa.String(120), nullable=False, unique=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("password_hash", sa.String(300), nullable=False),
    )
    op.create_table(
        "course_organizers",
        sa.Column("course_id", sa.String(64), sa.ForeignKey("courses.id"), primary_key=True),
        sa.Column("organizer_id", sa.String(36), sa.ForeignKey("organizers.id"), primary_key=True, index=True),
    )
    op.create_table(
        "desk_sessions",
        sa.Column("token_sha256", sa.String(64), primary_key=True),
        sa.Column("organizer_id", sa.String(36), sa.ForeignKey("organizers.id"), nullable=False, index=True),
        sa.Column("csrf", sa.String(64), nullable=False),
        sa.Column("expires_at", UTC(), nullable=False),
    )
    op.create_table(
        "feedback",
        sa.Column("submission_id", sa.String(36), sa.ForeignKey("submissions.id"), primary_key=True),
        sa.Column("course_id", sa.String(64), sa.ForeignKey("courses.id"), nullable=False, index=True),
        sa.Column("participant_id", sa.String(36), sa.ForeignKey("participants.id"), nullable=False, index=True),
        sa.Column("organizer_id", sa.String(36), sa.ForeignKey("organizers.id"), nullable=False),
        sa.Column("verdict", sa.String(16), nullable=False),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("updated_at", UTC(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("feedback")
    op.drop_table("desk_sessions")
    op.drop_table("course_organizers")
    op.drop_table("organizers")
