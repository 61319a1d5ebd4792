"""The portal's limits against abuse (OWASP ASVS level 1 as the checklist); docs/portal-limits.md
states them for clients and other portals. The size caps are part of the protocol; the throttling
and quotas can be tuned per portal (``PortalConfig.limits``)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

# ---- sizes (protocol level) ----
SIGN_IN_BODY_BYTES = 4 * 1024  # POST /session
JSON_BODY_BYTES = 512 * 1024  # every other request body but a tus PATCH
TEXT_CHARS = 100_000  # any one string inside a submission's body (an essay, a survey answer)
KEY_CHARS = 100  # any key inside a submission's body
BODY_DEPTH = 6  # nesting of objects and lists inside a submission's body
BODY_VALUES = 5_000  # values (strings, numbers, objects, lists…) inside a submission's body
FILES_PER_SUBMISSION = 20
LOGIN_CHARS, PASSWORD_CHARS = 120, 500
ID_CHARS = 64  # item ids, course ids
FILENAME_CHARS, MIME_CHARS, URL_CHARS = 300, 100, 500
METADATA_CHARS = 4 * 1024  # the tus Upload-Metadata header
DESK_SIGN_IN_BYTES = 16 * 1024  # (120 + 500 characters) × 12 bytes of %XX%XX%XX%XX at worst, and a token
DESK_FORM_BYTES = 6 * 1024 * 1024  # a desk form with a file: a meeting report (5 MB), a roster (1 MB)
DESK_UPLOAD_BYTES = 2 * 1024**3  # a course published from the desk (streamed to disk, never held in memory)
DESK_UPLOAD_PATH = "/desk/courses/upload"

# ---- time ----
BODY_SECONDS = 30.0  # to send a whole JSON body (512 KB at 256 kbit/s takes 16 s); a trickle gets 408


@dataclass(frozen=True)
class Limits:
    # sign-in: after `free` failures in a row, each further failure locks that login (or that client
    # address) for 1 s, 2 s, 4 s … up to `max_lock`; a success clears the login's count, and a quiet
    # hour forgets a count.
    sign_in_free_per_login: int = 5
    sign_in_free_per_address: int = 50  # one office's NAT may carry many participants
    sign_in_max_lock: timedelta = timedelta(minutes=15)
    sign_in_forget_after: timedelta = timedelta(hours=1)
    # uploads per participant
    open_uploads: int = 10  # created and not yet complete
    open_upload_bytes: int = 100_000_000
    stored_bytes: int = 500_000_000  # everything the participant has uploaded
    open_upload_expiry: timedelta = timedelta(days=2)  # an open upload untouched this long is removed

    def lock_for(self, failures: int, free: int) -> timedelta:
        if failures <= free:
            return timedelta(0)
        return min(timedelta(seconds=2 ** min(failures - free - 1, 20)), self.sign_in_max_lock)
