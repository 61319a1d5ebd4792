"""The portal's first schema (what `create_all` made before migrations existed).

Revision ID: 0001
Revises:
"""
import sqlalchemy as sa
from alembic import op

from companion_portal.models import UTC

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "participants",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("login", sa.String(120), nullable=False, unique=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("time_zone", sa.String(64), nullable=False),
        sa.Column("password_hash", sa.String(300), nullable=False),
    )
    op.create_table(
        "tokens",
        sa.Column("token_sha256", sa.String(64), primary_key=True),
        sa.Column("participant_id", sa.String(36), sa.ForeignKey("participants.id"), nullable=False),
        sa.Column("expires_at", UTC(), nullable=False),
        sa.Column("revoked", sa.Boolean(), nullable=False),
    )
    op.create_index("ix_tokens_participant_id", "tokens", ["participant_id"])
    op.create_table(
        "courses",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("title", sa.String(300), nullable=False),
        sa.Column("manifest", sa.JSON(), nullable=False),
        sa.Column("etag", sa.String(80), nullable=False),
        sa.Column("package_dir", sa.Text(), nullable=False),
    )
    op.create_table(
        "uploads",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("participant_id", sa.String(36), sa.ForeignKey("participants.id"), nullable=False),
        sa.Column("submission_id", sa.String(36), nullable=False),
        sa.Column("filename", sa.String(300), nullable=False),
        sa.Column("mime", sa.String(100), nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("verified", sa.Boolean(), nullable=False),
        sa.Column("path", sa.Text(), nullable=False),
    )
    op.create_index("ix_uploads_participant_id", "uploads", ["participant_id"])
    op.create_index("ix_uploads_submission_id", "uploads", ["submission_id"])
    op.create_table(
        "submissions",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("course_id", sa.String(64), sa.ForeignKey("courses.id"), nullable=False),
        sa.Column("participant_id", sa.String(36), sa.ForeignKey("participants.id"), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("item_id", sa.String(64), nullable=False),
        sa.Column("content_sha256", sa.String(64), nullable=False),
        sa.Column("body", sa.JSON(), nullable=False),
        sa.Column("files", sa.JSON(), nullable=False),
        sa.Column("submitted_at", UTC(), nullable=False),
        sa.Column("clock_offset_s", sa.Float(), nullable=False),
        sa.Column("received_at", UTC(), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("score", sa.Float(), nullable=True),
    )
    op.create_index("ix_submissions_course_id", "submissions", ["course_id"])
    op.create_index("ix_submissions_participant_id", "submissions", ["participant_id"])
    op.create_table(
        "attendance",
        sa.Column("course_id", sa.String(64), sa.ForeignKey("courses.id"), primary_key=True),
        sa.Column("session_id", sa.String(64), primary_key=True),
        sa.Column("participant_id", sa.String(36), sa.ForeignKey("participants.id"), primary_key=True),
    )


def downgrade() -> None:
    for table in ("attendance", "submissions", "uploads", "courses", "tokens", "participants"):
        op.drop_table(table)
