"""Revoked certificates (docs/protocol-certificates.md): a certificate an organizer revoked, kept so the
verification page can answer "revoked" for its code.

Revision ID: 0008_certperf
Revises: 0007_enrol
"""
import sqlalchemy as sa
from alembic import op

from companion_portal.models import UTC

revision = "0008_certperf"
down_revision = "0007_enrol"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "revoked_certificates",
        sa.Column("code", sa.String(32), primary_key=True),
        sa.Column("course_id", sa.String(64), sa.ForeignKey("courses.id"), nullable=False, index=True),
        sa.Column("participant_id", sa.String(36), sa.ForeignKey("participants.id"), nullable=False, index=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("course_title", sa.String(300), nullable=False),
        sa.Column("issued_on", sa.String(10), nullable=False),
        sa.Column("revoked_on", sa.String(10), nullable=False),
        sa.Column("revoked_at", UTC(), nullable=False),
        sa.Column("revoked_by", sa.String(36), sa.ForeignKey("organizers.id"), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("revoked_certificates")
