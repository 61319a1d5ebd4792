"""Feedback: the organizers' answers to this participant's submissions, as last read from the portal
(docs/protocol-feedback.md), one row per submission answered.

Revision ID: 0009_deskapp
Revises: 0008_review
"""
import sqlalchemy as sa
from alembic import op

from companion.store.models import UTCDateTime

revision = "0009_deskapp"
down_revision = "0008_review"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "feedback",
        sa.Column("submission_id", sa.String(64), primary_key=True),
        sa.Column("course_id", sa.String(64), nullable=False),
        sa.Column("item_id", sa.String(64), nullable=False),
        sa.Column("verdict", sa.String(16), nullable=True),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("updated_at", UTCDateTime(), nullable=False),
        sa.Column("received_at", UTCDateTime(), nullable=False),
    )
    op.create_index("ix_feedback_course_id", "feedback", ["course_id"])


def downgrade() -> None:
    op.drop_index("ix_feedback_course_id", "feedback")
    op.drop_table("feedback")
