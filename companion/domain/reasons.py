"""Why something happened, as a code with its data: the layers below the UI speak in these, and
``companion.ui.words`` turns them into the participant's language (never a sentence here).

A :class:`Reason` is what the store keeps beside a submission or a download (its code and its data
as JSON) and what :class:`companion.domain.errors.CompanionError` carries.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# ---- the outbox (a submission's last word) ----
CONFLICT = "outbox.conflict"  # the portal holds another version from another computer: received_at
REFUSED = "outbox.refused"  # the portal refused it: portal_code, message (the portal's), field, status
FILE_GONE = "outbox.file_gone"  # a file of it is no longer on this computer: filename, path
CONTENT_CLASH = "outbox.content_clash"  # the portal holds different content under this id
KEPT_PORTAL = "outbox.kept_portal"  # the participant kept the portal's version
COMMITTED = "outbox.committed"  # its fingerprint reached the portal, content to follow: received_at, due
REPLACED = "outbox.replaced"  # replaced by a later submission of the same item

# ---- talking to the portal ----
SIGNED_OUT = "portal.signed_out"  # no sign-in (or it expired): expired (bool)
NO_PORTAL = "portal.none"  # no portal address is set
BUSY = "portal.busy"  # retry_after (seconds)
FAILING = "portal.failing"  # kept answering with errors
UNREACHABLE = "portal.unreachable"
ANSWERED = "portal.answered"  # an error without a message of its own: status
PORTAL_SAID = "portal.said"  # an error with the portal's own message: status, portal_code, message, field
NOT_JSON = "portal.not_json"  # a web page (or other) came back instead of JSON: content_type
ANSWER_TOO_LARGE = "portal.answer_too_large"  # limit (bytes, decompressed): a gzip bomb or a runaway answer
BAD_ANSWER = "portal.bad_answer"  # what (the part of the answer that is missing or wrong)
DAMAGED_UPLOAD = "portal.damaged_upload"  # filename
CONNECTION_DROPPED = "transfer.dropped"
NO_RANGE = "transfer.no_range"
WRONG_PLACE = "transfer.wrong_place"

# ---- a sync pass ----
SYNCED = "sync.synced"  # delivered, waiting, needs_attention

# ---- a course update (services.library.describe_changes) ----
NEW_COURSE = "course.new"  # title (a course the portal offers, now on this computer)
RENAMED = "course.renamed"  # title
NEW_MATERIAL = "course.new_material"  # title
MATERIAL_WITHDRAWN = "course.material_withdrawn"  # title
MATERIAL_UPDATED = "course.material_updated"  # title
NEW_SESSION = "course.new_session"  # title, at (ISO instant), zone (the course's)
SESSION_MOVED = "course.session_moved"  # title, at, zone
SESSION_CANCELLED = "course.session_cancelled"  # title
NEW_DEADLINE = "course.new_deadline"  # title, at, zone
NEW_VERSION = "course.new_version"  # version
KEPT_NEWER = "course.kept_newer"  # title, version (this computer's), portal_version (the portal's older one)

# ---- downloads ----
DOWNLOADED = "download.report"  # done, failed, waiting, stopped
NO_FILE = "download.no_file"  # title
NO_SPACE = "download.no_space"  # needed, free (bytes)
WEB_PAGE = "download.web_page"  # mime
TOO_MANY_BYTES = "download.too_many_bytes"
STOPPED_AT = "download.stopped_at"  # written, expected (bytes)
CHECKSUM = "download.checksum"
SHARE_PORT_BUSY = "share.port_busy"  # port, error (the system's words): sharing could not listen

# ---- data use (why a download waits) ----
HOLD_METERED = "hold.metered"
HOLD_BUDGET = "hold.budget"  # needed, left, budget (bytes)
HOLD_OFFPEAK = "hold.offpeak"  # start, end ("22:00")

# ---- handing in work (domain.assignments.problems) ----
TEXT_EMPTY = "work.text_empty"
TOO_MANY_WORDS = "work.too_many_words"  # words, limit
TOO_FEW_PHOTOS = "work.too_few_photos"  # minimum, chosen
TOO_MANY_PHOTOS = "work.too_many_photos"  # maximum, chosen
WRONG_TYPE = "work.wrong_type"  # filename, mime, accepted (list)
FILE_TOO_LARGE = "work.file_too_large"  # filename, size, limit (bytes)
ANSWER_REQUIRED = "work.answer_required"  # prompt
NOT_A_CHOICE = "work.not_a_choice"  # value, prompt
NOT_READY = "work.not_ready"  # reasons: [{code, data}, ...]

# ---- photos ----
PHOTO_UNREADABLE = "photo.unreadable"  # filename, error
PHOTO_TOO_LARGE = "photo.too_large"  # filename, size (bytes)
NOT_A_PICTURE = "photo.not_a_picture"  # filename

# ---- settings and other refusals of the services ----
BAD_URL = "settings.bad_url"  # url
HTTP_NOT_LOCAL = "settings.http_not_local"  # url
UNKNOWN_ZONE = "settings.unknown_zone"  # name
SETTING_INVALID = "settings.invalid"  # key, value (its repr)
REMINDER_LEAD = "settings.reminder_lead"  # minutes (a reminder must be 1 minute to 14 days ahead)
NO_COURSE = "library.no_course"
UNKNOWN_COURSE = "library.unknown_course"  # course_id, known (list)
UNKNOWN_ITEM = "library.unknown_item"  # course_id, kind ("quiz", "assignment", "session", "attempt"), item
COURSE_INVALID = "course.invalid"  # file, where, problem (author-facing English from the validator)
OLDER_VERSION = "course.older_version"  # course_id, version, installed
NOT_FINISHED = "quiz.not_finished"
NOTHING_TO_RETRY = "quiz.nothing_to_retry"
DATA_UNUSABLE = "store.unusable"  # path, problem (the data folder or database cannot be opened: damaged, read-only)
SEARCH_UNAVAILABLE = "search.unavailable"  # path, problem, sqlite (the version this Python has)
ERROR = "error"  # anything else: the English text of the error is all there is


@dataclass(frozen=True)
class Reason:
    code: str
    data: dict[str, Any] = field(default_factory=dict)

    def get(self, key: str, default: Any = None) -> Any:
        return self.data.get(key, default)

    @staticmethod
    def of(code: str | None, data: dict | None) -> "Reason | None":
        return Reason(code, dict(data or {})) if code else None
