"""Rosters decide who sees a course: the participants' API answers a participant only about the
courses whose roster has them. A portal from before rosters (0005) has none, so this puts on each
course's roster everyone who already took part in it (a submission, a commitment or attendance
recorded), and, on a portal with exactly one course, every participant (all of them were its people).

Revision ID: 0007_enrol
Revises: 0006_deskcerts
"""
from datetime import datetime, timezone

import sqlalchemy as sa
from alembic import op

from companion_portal.models import UTC

revision = "0007_enrol"
down_revision = "0006_deskcerts"
branch_labels = None
depends_on = None


def upgrade() -> None:
    conn = op.get_bind()
    have = set(conn.execute(sa.text("SELECT course_id, participant_id FROM enrolments")).all())
    tables = set(sa.inspect(conn).get_table_names())  # a portal from before 0002 may lack some of them
    took_part: set = set()
    for table in ("submissions", "commitments", "attendance"):
        if table in tables:
            took_part |= set(conn.execute(sa.text(f"SELECT course_id, participant_id FROM {table}")).all())
    courses = [row[0] for row in conn.execute(sa.text("SELECT id FROM courses")).all()] if "courses" in tables else []
    if len(courses) == 1:
        took_part |= {(courses[0], row[0]) for row in conn.execute(sa.text("SELECT id FROM participants")).all()}
    known = set(courses)
    adding = sorted((c, p) for c, p in took_part - have if c in known)
    if not adding:
        return
    enrolments = sa.table("enrolments", sa.column("course_id", sa.String), sa.column("participant_id", sa.String),
                          sa.column("enrolled_at", UTC()))
    now = datetime.now(timezone.utc)
    for i in range(0, len(adding), 1000):
        conn.execute(sa.insert(enrolments), [{"course_id": c, "participant_id": p, "enrolled_at": now}
                                             for c, p in adding[i:i + 1000]])


def downgrade() -> None:
    pass  # the rows added are rosters like any others (a portal before this revision shows them on the desk)
