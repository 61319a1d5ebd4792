"""The first tables: courses, quiz attempts and answers, attendance, drafts, submissions, settings.

Revision ID: 0001_initial
"""
import sqlalchemy as sa
from alembic import op

from companion.store.models import UTCDateTime

revision = "0001_initial"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "courses",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("title", sa.String(300), nullable=False),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("package_dir", sa.Text, nullable=False),
        sa.Column("manifest", sa.JSON, nullable=False),
        sa.Column("imported_at", UTCDateTime, nullable=False),
        sa.Column("updated_at", UTCDateTime, nullable=False),
        sa.Column("shift_weeks", sa.Integer, nullable=False, server_default="0"),
    )
    op.create_table(
        "quiz_attempts",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("course_id", sa.String(64), sa.ForeignKey("courses.id"), nullable=False, index=True),
        sa.Column("quiz_id", sa.String(64), nullable=False, index=True),
        sa.Column("started_at", UTCDateTime, nullable=False),
        sa.Column("finished_at", UTCDateTime, nullable=True),
        sa.Column("seed", sa.Integer, nullable=True),
        sa.Column("practice", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("mode", sa.String(16), nullable=False, server_default="one_by_one"),
        sa.Column("only_questions", sa.JSON, nullable=True),
        sa.Column("position", sa.Integer, nullable=False, server_default="0"),
        sa.Column("score", sa.Float, nullable=True),
        sa.Column("passed", sa.Boolean, nullable=True),
    )
    op.create_table(
        "quiz_answers",
        sa.Column("attempt_id", sa.String(36), sa.ForeignKey("quiz_attempts.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("question_id", sa.String(64), primary_key=True),
        sa.Column("selected", sa.JSON, nullable=False),
        sa.Column("answered_at", UTCDateTime, nullable=False),
    )
    op.create_table(
        "attendance",
        sa.Column("course_id", sa.String(64), sa.ForeignKey("courses.id"), primary_key=True),
        sa.Column("session_id", sa.String(64), primary_key=True),
        sa.Column("source", sa.String(16), nullable=False),
        sa.Column("recorded_at", UTCDateTime, nullable=False),
    )
    op.create_table(
        "drafts",
        sa.Column("course_id", sa.String(64), sa.ForeignKey("courses.id"), primary_key=True),
        sa.Column("assignment_id", sa.String(64), primary_key=True),
        sa.Column("body", sa.JSON, nullable=False),
        sa.Column("updated_at", UTCDateTime, nullable=False),
    )
    op.create_table(
        "submissions",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("course_id", sa.String(64), sa.ForeignKey("courses.id"), nullable=False, index=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("item_id", sa.String(64), nullable=False),
        sa.Column("state", sa.String(16), nullable=False, index=True),
        sa.Column("submitted_at", UTCDateTime, nullable=False),
        sa.Column("content_sha256", sa.String(64), nullable=False),
        sa.Column("body", sa.JSON, nullable=False),
        sa.Column("files", sa.JSON, nullable=False),
        sa.Column("receipt", sa.JSON, nullable=True),
        sa.Column("last_error", sa.Text, nullable=True),
        sa.Column("tries", sa.Integer, nullable=False, server_default="0"),
        sa.Column("next_attempt_at", UTCDateTime, nullable=True),
        sa.Column("updated_at", UTCDateTime, nullable=False),
    )
    op.create_table(
        "settings",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("value", sa.JSON, nullable=True),
    )


def downgrade() -> None:
    for table in ("settings", "submissions", "drafts", "attendance", "quiz_answers", "quiz_attempts", "courses"):
        op.drop_table(table)
