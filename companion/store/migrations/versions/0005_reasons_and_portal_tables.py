"""Reasons as codes with data; the portal's receipts and course list in their own tables.

- ``submissions.last_error`` (an English sentence) becomes ``reason_code`` + ``reason_data`` (JSON);
  ``downloads.error`` likewise. Old sentences are read back into codes where they are recognised;
  anything else is kept as the portal's refusal with its text as data, so nothing is lost.
- ``downloads.bytes_done`` goes: the ``.part`` file's length is the one resume offset.
- The settings table held caches of the portal: ``remote_receipts:<course>`` ->
  ``remote_receipts``; ``portal_courses``, ``manifest_etag:<course>``, ``course_changes:<course>`` and
  ``portal_progress_at:<course>`` -> ``portal_courses``.

Revision ID: 0005_reasons_and_portal_tables
Revises: 0004_downloads
"""
import json
import re

import sqlalchemy as sa
from alembic import op

from companion.store.models import UTCDateTime

revision = "0005_reasons_and_portal_tables"
down_revision = "0004_downloads"
branch_labels = None
depends_on = None

_WHEN = re.compile(r"received (.*?) from another computer")
_GONE = re.compile(r"The file (.*?) is no longer on this computer \((.*?)\)")


def reason_from_sentence(text: str | None) -> tuple[str | None, dict | None]:
    """The code (and data) an old English ``last_error`` sentence stood for."""
    if not text:
        return None, None
    if "another version" in text:
        match = _WHEN.search(text)
        return "outbox.conflict", {"received_at": match.group(1) if match else ""}
    if text.startswith("Replaced by your later submission"):
        return "outbox.replaced", {}
    if text.startswith("Kept on this computer"):
        return "outbox.kept_portal", {}
    match = _GONE.search(text)
    if match:
        return "outbox.file_gone", {"filename": match.group(1), "path": match.group(2)}
    if "different content under this item's id" in text:
        return "outbox.content_clash", {}
    return "outbox.refused", {"portal_code": "", "message": text}


def _json(value):
    if value is None or isinstance(value, (dict, list)):
        return value
    try:
        return json.loads(value)
    except (TypeError, ValueError):
        return None


def upgrade() -> None:
    bind = op.get_bind()
    with op.batch_alter_table("submissions") as batch:
        batch.add_column(sa.Column("reason_code", sa.String(40), nullable=True))
        batch.add_column(sa.Column("reason_data", sa.JSON, nullable=True))
    rows = bind.execute(sa.text("SELECT id, last_error FROM submissions WHERE last_error IS NOT NULL")).fetchall()
    for sub_id, sentence in rows:
        code, data = reason_from_sentence(sentence)
        bind.execute(sa.text("UPDATE submissions SET reason_code = :c, reason_data = :d WHERE id = :i"),
                     {"c": code, "d": json.dumps(data) if data is not None else None, "i": sub_id})
    with op.batch_alter_table("submissions") as batch:
        batch.drop_column("last_error")

    with op.batch_alter_table("downloads") as batch:
        batch.add_column(sa.Column("reason_code", sa.String(40), nullable=True))
        batch.add_column(sa.Column("reason_data", sa.JSON, nullable=True))
    # a hold ("waits for ...") is worked out again at the next run; a failure keeps its text
    bind.execute(sa.text("UPDATE downloads SET reason_code = 'error', reason_data = json_object('message', error) "
                         "WHERE error IS NOT NULL AND error NOT LIKE 'waits for%' AND error NOT LIKE 'large file:%'"))
    with op.batch_alter_table("downloads") as batch:
        batch.drop_column("error")
        batch.drop_column("bytes_done")

    op.create_table(
        "remote_receipts",
        sa.Column("course_id", sa.String(64), primary_key=True),
        sa.Column("submission_id", sa.String(64), primary_key=True),
        sa.Column("item_id", sa.String(64), nullable=False, server_default=""),
        sa.Column("kind", sa.String(16), nullable=False, server_default=""),
        sa.Column("status", sa.String(16), nullable=False, server_default=""),
        sa.Column("receipt", sa.JSON, nullable=False),
    )
    op.create_table(
        "portal_courses",
        sa.Column("course_id", sa.String(64), primary_key=True),
        sa.Column("listed", sa.Boolean, nullable=False, server_default=sa.false()),
        sa.Column("manifest_etag", sa.String(200), nullable=True),
        sa.Column("progress_at", UTCDateTime, nullable=True),
        sa.Column("changes", sa.JSON, nullable=True),
    )
    settings = bind.execute(sa.text("SELECT key, value FROM settings")).fetchall()
    courses: dict[str, dict] = {}
    moved = []
    for key, raw in settings:
        value = _json(raw)
        if key.startswith("remote_receipts:"):
            course_id = key.split(":", 1)[1]
            for receipt in value or []:
                if isinstance(receipt, dict) and receipt.get("submission_id"):
                    bind.execute(sa.text(
                        "INSERT OR REPLACE INTO remote_receipts (course_id, submission_id, item_id, kind, status, "
                        "receipt) VALUES (:c, :s, :i, :k, :st, :r)"),
                        {"c": course_id, "s": receipt["submission_id"], "i": receipt.get("item_id") or "",
                         "k": receipt.get("kind") or "", "st": receipt.get("status") or "", "r": json.dumps(receipt)})
        elif key == "portal_courses":
            for course_id in value or []:
                courses.setdefault(course_id, {})["listed"] = True
        elif key.startswith("manifest_etag:"):
            courses.setdefault(key.split(":", 1)[1], {})["manifest_etag"] = value
        elif key.startswith("course_changes:"):
            courses.setdefault(key.split(":", 1)[1], {})["changes"] = json.dumps(value) if value else None
        elif key.startswith("portal_progress_at:"):
            courses.setdefault(key.split(":", 1)[1], {})["progress_at"] = (
                value.replace("+00:00", "").replace("T", " ") if isinstance(value, str) else None)
        else:
            continue
        moved.append(key)
    for course_id, fields in courses.items():
        bind.execute(sa.text("INSERT INTO portal_courses (course_id, listed, manifest_etag, progress_at, changes) "
                             "VALUES (:c, :l, :e, :p, :ch)"),
                     {"c": course_id, "l": bool(fields.get("listed")), "e": fields.get("manifest_etag"),
                      "p": fields.get("progress_at"), "ch": fields.get("changes")})
    for key in moved:
        bind.execute(sa.text("DELETE FROM settings WHERE key = :k"), {"k": key})


def downgrade() -> None:
    op.drop_table("portal_courses")
    op.drop_table("remote_receipts")
    with op.batch_alter_table("downloads") as batch:
        batch.add_column(sa.Column("bytes_done", sa.Integer, nullable=False, server_default="0"))
        batch.add_column(sa.Column("error", sa.Text, nullable=True))
        batch.drop_column("reason_data")
        batch.drop_column("reason_code")
    with op.batch_alter_table("submissions") as batch:
        batch.add_column(sa.Column("last_error", sa.Text, nullable=True))
        batch.drop_column("reason_data")
        batch.drop_column("reason_code")
