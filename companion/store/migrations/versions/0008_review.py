"""Spaced review: one FSRS card per answered question, and a log of every review.

Revision ID: 0008_review
Revises: 0007_commitments
"""
import sqlalchemy as sa
from alembic import op

revision = "0008_review"
down_revision = "0007_commitments"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "review_cards",
        sa.Column("course_id", sa.String(64), primary_key=True),
        sa.Column("quiz_id", sa.String(64), primary_key=True),
        sa.Column("question_id", sa.String(64), primary_key=True),
        sa.Column("due", sa.DateTime(), nullable=False),
        sa.Column("state", sa.Integer(), nullable=False),
        sa.Column("step", sa.Integer(), nullable=True),
        sa.Column("stability", sa.Float(), nullable=True),
        sa.Column("difficulty", sa.Float(), nullable=True),
        sa.Column("last_review", sa.DateTime(), nullable=True),
        sa.Column("last_correct", sa.Boolean(), nullable=True),
        sa.Column("reviews", sa.Integer(), nullable=False),
        sa.Column("lapses", sa.Integer(), nullable=False),
    )
    op.create_index("ix_review_cards_due", "review_cards", ["due"])
    op.create_table(
        "review_log",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("course_id", sa.String(64), nullable=False),
        sa.Column("quiz_id", sa.String(64), nullable=False),
        sa.Column("question_id", sa.String(64), nullable=False),
        sa.Column("reviewed_at", sa.DateTime(), nullable=False),
        sa.Column("rating", sa.Integer(), nullable=False),
        sa.Column("chosen", sa.Boolean(), nullable=False),
        sa.Column("correct", sa.Boolean(), nullable=False),
        sa.Column("duration_ms", sa.Integer(), nullable=True),
        sa.Column("source", sa.String(16), nullable=False),
    )
    op.create_index("ix_review_log_reviewed_at", "review_log", ["reviewed_at"])


def downgrade() -> None:
    op.drop_index("ix_review_log_reviewed_at", "review_log")
    op.drop_table("review_log")
    op.drop_index("ix_review_cards_due", "review_cards")
    op.drop_table("review_cards")
