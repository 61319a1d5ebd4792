"""Certificates issued on the desk (docs/protocol-certificates.md).

Revision ID: 0006_deskcerts
Revises: 0004_desk
"""
import sqlalchemy as sa
from alembic import op

from companion_portal.models import UTC

revision = "0006_deskcerts"
down_revision = "0005_deskpeople"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "certificates",
        sa.Column("code", sa.String(32), primary_key=True),
        sa.Column("course_id", sa.String(64), sa.ForeignKey("courses.id"), nullable=False, index=True),
        sa.Column("participant_id", sa.String(36), sa.ForeignKey("participants.id"), nullable=False, index=True),
        sa.Column("organizer_id", sa.String(36), sa.ForeignKey("organizers.id"), nullable=False),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("course_title", sa.String(300), nullable=False),
        sa.Column("organizers", sa.String(500), nullable=False),
        sa.Column("issued_on", sa.String(10), nullable=False),
        sa.Column("issued_at", UTC(), nullable=False),
        sa.Column("language", sa.String(8), nullable=False),
        sa.Column("verify_base", sa.String(300), nullable=False),
        sa.Column("pdf", sa.LargeBinary(), nullable=True),  # printed when first asked for
        sa.Column("size", sa.Integer(), nullable=True),
        sa.Column("sha256", sa.String(64), nullable=True),
        sa.UniqueConstraint("course_id", "participant_id"),
    )


def downgrade() -> None:
    op.drop_table("certificates")
