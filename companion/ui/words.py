"""The one place where codes from below become words for people (Qt-free: the CLI uses it too).

The layers under the UI say *why* with a :class:`companion.domain.reasons.Reason` (a code and its
data) or a :class:`companion.domain.errors.CompanionError` carrying one; this module says it in the
participant's language through ``translate("words", ...)``, writing numbers, sizes and plurals by the
locale (``companion.domain.i18n``). An unknown code falls back to the English text it came with.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime

from companion.domain import reasons as r
from companion.domain.errors import CompanionError
from companion.domain.i18n import number, size, translate
from companion.domain.reasons import Reason

C = "words"


def _tr(text: str, *args: object) -> str:
    return translate(C, text).format(*args)


def _n(text: str, n: int, *args: object) -> str:
    return translate(C, text, None, n).format(*args)


def _moment(iso: str, zone: str) -> str:
    from companion.domain.timefmt import moment

    try:
        return moment(datetime.fromisoformat(iso.replace("Z", "+00:00")), zone or "UTC")
    except (ValueError, TypeError, KeyError):
        return iso


def _received(data: dict) -> str:
    when = data.get("received_at") or ""
    return _moment(when, data.get("zone") or "UTC") if when else ""


# the portal's own error codes (PROTOCOL.md) that a participant meets, in their language; any other
# code is said with the portal's own message
_PORTAL_CODES: dict[str, Callable[[], str]] = {
    "bad_credentials": lambda: _tr("The login or the password is wrong."),
    "token_expired": lambda: _tr("Your sign-in has expired. Sign in again and Companion carries on where it "
                                 "stopped."),
    "unknown_course": lambda: _tr("The portal does not offer this course."),
    "unknown_material": lambda: _tr("The portal no longer has this material."),
    "too_large": lambda: _tr("The file is larger than the portal accepts."),
    "digest_mismatch": lambda: _tr("The work arrived damaged (its checksum did not match); it will be sent again."),
    "checksum_mismatch": lambda: _tr("The work arrived damaged (its checksum did not match); it will be sent again."),
}


def _portal_said(d: dict) -> str:
    said = d.get("message") or ""
    known = _PORTAL_CODES.get(d.get("portal_code") or "")
    if known is not None:
        return known()
    if said:
        return _tr("The portal says: {0}", said)
    if d.get("status"):
        return _tr("The portal answered with error {0}.", d["status"])
    return _tr("The portal refused it.")


# code -> how to say it (data -> words)
_SAY: dict[str, Callable[[dict], str]] = {
    # the outbox
    r.CONFLICT: lambda d: _tr("The portal already holds another version of this item, received {0} from another "
                              "computer. Send yours as well (the newest counts) or keep the portal's; nothing is "
                              "deleted either way.", _received(d)),
    r.REFUSED: lambda d: _portal_said(d) if d.get("portal_code") in _PORTAL_CODES else _tr(
        "The portal refused it. {0}", _portal_said(d)),
    r.FILE_GONE: lambda d: _tr("The file {0} is no longer on this computer ({1}); submit the assignment again with "
                               "the photo.", d.get("filename", ""), d.get("path", "")),
    r.CONTENT_CLASH: lambda d: _tr("The portal holds different content under this item's id. Nothing was "
                                   "overwritten; send your version again as a new submission."),
    r.KEPT_PORTAL: lambda d: _tr("Kept on this computer; the portal's version counts."),
    r.REPLACED: lambda d: _tr("Replaced by your later submission."),
    # the portal
    r.SIGNED_OUT: lambda d: (_portal_said(d) if d.get("portal_code") in _PORTAL_CODES
                             else _tr("Your sign-in has expired. Sign in again and Companion carries on where it "
                                      "stopped.") if d.get("expired")
                             else _tr("Sign in to the portal to send your work.")),
    r.NO_PORTAL: lambda d: _tr("No portal is set: your work stays on this computer."),
    r.BUSY: lambda d: _n("The portal is busy; it asked to come back in %n second(s).",
                         int(round(float(d.get("retry_after") or 0)))),
    r.FAILING: lambda d: _tr("The portal kept failing; Companion will try again later."),
    r.UNREACHABLE: lambda d: _tr("The portal cannot be reached right now; your work is kept and will be sent later."),
    r.ANSWERED: _portal_said,
    r.PORTAL_SAID: _portal_said,
    r.NOT_JSON: lambda d: _tr("The portal sent a web page instead of data (perhaps a sign-in page of your network); "
                              "try again later or check the portal's address."),
    r.DAMAGED_UPLOAD: lambda d: _tr("The photo {0} arrived damaged; it will be sent again.", d.get("filename", "")),
    r.CONNECTION_DROPPED: lambda d: _tr("The connection dropped during the download; it resumes later."),
    r.NO_RANGE: lambda d: _tr("The server sent a part of the file without saying which part; the download "
                              "resumes later."),
    r.WRONG_PLACE: lambda d: _tr("The server resumed at the wrong place; the download starts again."),
    # downloads
    r.NO_FILE: lambda d: _tr("'{0}' has no file to download.", d.get("title", "")),
    r.NO_SPACE: lambda d: _tr("Not enough disk space: it needs {0} and {1} are free.", size(d.get("needed", 0)),
                              size(d.get("free", 0))),
    r.WEB_PAGE: lambda d: _tr("The server sent a web page instead of the file (perhaps a sign-in or error page); "
                              "nothing was kept."),
    r.TOO_MANY_BYTES: lambda d: _tr("The server sent more bytes than the file has; the part was discarded."),
    r.STOPPED_AT: lambda d: _tr("The download stopped at {0} of {1}; it resumes later.", size(d.get("written", 0)),
                                size(d.get("expected", 0))),
    r.CHECKSUM: lambda d: _tr("The file that arrived does not match its checksum; it was discarded and will be "
                              "downloaded again."),
    # data use
    r.HOLD_METERED: lambda d: _tr("Waits for an unmetered connection."),
    r.HOLD_BUDGET: lambda d: _tr("Waits for tomorrow's data budget: it needs {0}, {1} of today's {2} are left.",
                                 size(d.get("needed", 0)), size(d.get("left", 0)), size(d.get("budget", 0))),
    r.HOLD_OFFPEAK: lambda d: _tr("Large file: waits for the off-peak hours {0}–{1}.", d.get("start", ""),
                                  d.get("end", "")),
    # handing in work
    r.TEXT_EMPTY: lambda d: _tr("The text is empty."),
    r.TOO_MANY_WORDS: lambda d: _n("The text has %n word(s); the limit is {0}.", int(d.get("words", 0)),
                                   number(d.get("limit", 0))),
    r.TOO_FEW_PHOTOS: lambda d: _n("Add at least %n photo(s) ({0} chosen).", int(d.get("minimum", 0)),
                                   number(d.get("chosen", 0))),
    r.TOO_MANY_PHOTOS: lambda d: _n("At most %n photo(s) are accepted ({0} chosen).", int(d.get("maximum", 0)),
                                    number(d.get("chosen", 0))),
    r.WRONG_TYPE: lambda d: _tr("{0} is {1}; accepted: {2}.", d.get("filename", ""), d.get("mime", ""),
                                ", ".join(d.get("accepted") or [])),
    r.FILE_TOO_LARGE: lambda d: _tr("{0} is {1}; the limit is {2}.", d.get("filename", ""), size(d.get("size", 0)),
                                    size(d.get("limit", 0))),
    r.ANSWER_REQUIRED: lambda d: _tr("Answer: “{0}”", d.get("prompt", "")),
    r.NOT_A_CHOICE: lambda d: _tr("“{0}” is not a choice for “{1}”", d.get("value", ""), d.get("prompt", "")),
    r.NOT_READY: lambda d: " ".join(reason(Reason(x.get("code", ""), x.get("data") or {}))
                                    for x in d.get("reasons") or []),
    # photos
    r.PHOTO_UNREADABLE: lambda d: _tr("{0} cannot be read: {1}", d.get("filename", ""), d.get("error", "")),
    r.PHOTO_TOO_LARGE: lambda d: _tr("{0} is {1}, too large to be a photo Companion can take.",
                                     d.get("filename", ""), size(d.get("size", 0))),
    r.NOT_A_PICTURE: lambda d: _tr("{0} is not a picture Companion can read (use a JPEG or PNG photo).",
                                   d.get("filename", "")),
    # settings and services
    r.BAD_URL: lambda d: _tr("'{0}' is not a web address like https://portal.example.org", d.get("url", "")),
    r.HTTP_NOT_LOCAL: lambda d: _tr("An http:// portal address is only allowed on this computer (127.0.0.1 or "
                                    "localhost); use https:// so your password and work travel encrypted."),
    r.UNKNOWN_ZONE: lambda d: _tr("'{0}' is not a known time zone; use an IANA name such as Europe/Madrid or "
                                  "Asia/Seoul.", d.get("name", "")),
    r.NO_COURSE: lambda d: _tr("No course is installed; add one with 'companion courses add PATH'."),
    r.UNKNOWN_COURSE: lambda d: _tr("There is no course '{0}'.", d.get("course_id", "")),
    r.UNKNOWN_ITEM: lambda d: _tr("'{0}' is not part of this course.", d.get("item", "")),
    r.OLDER_VERSION: lambda d: _tr("This is version {0} of '{1}', older than the installed version {2}; nothing was "
                                   "changed.", d.get("version", ""), d.get("course_id", ""), d.get("installed", "")),
    r.ERROR: lambda d: _tr("Something went wrong: {0}. Your work is kept.", d.get("message", "")),
    r.NOT_FINISHED: lambda d: _tr("That attempt is not finished, so there is nothing to retry from it."),
    r.NOTHING_TO_RETRY: lambda d: _tr("That attempt missed nothing: there are no questions to retry."),
    # a course update
    r.RENAMED: lambda d: _tr("The course is now called “{0}”.", d.get("title", "")),
    r.NEW_MATERIAL: lambda d: _tr("New material: {0}.", d.get("title", "")),
    r.MATERIAL_WITHDRAWN: lambda d: _tr("Material withdrawn: {0} (your copy stays until you remove it).",
                                        d.get("title", "")),
    r.MATERIAL_UPDATED: lambda d: _tr("Updated material: {0}.", d.get("title", "")),
    r.NEW_SESSION: lambda d: _tr("New live session: {0}, {1}.", d.get("title", ""), _moment(d.get("at", ""),
                                                                                          d.get("zone", ""))),
    r.SESSION_MOVED: lambda d: _tr("Live session moved: {0} is now {1}.", d.get("title", ""),
                                   _moment(d.get("at", ""), d.get("zone", ""))),
    r.SESSION_CANCELLED: lambda d: _tr("Live session cancelled: {0}.", d.get("title", "")),
    r.NEW_DEADLINE: lambda d: _tr("New deadline for {0}: {1}.", d.get("title", ""),
                                  _moment(d.get("at", ""), d.get("zone", ""))),
    r.NEW_VERSION: lambda d: _tr("The course was updated to version {0}.", d.get("version", "")),
}


def reason(why: Reason | None, fallback: str = "") -> str:
    """The words for a reason (empty for None); ``fallback`` when its code is unknown."""
    if why is None:
        return ""
    say = _SAY.get(why.code)
    if say is None:
        return fallback or str(why.data.get("message") or why.code)
    return say(why.data)


def reasons(whys: Iterable[Reason]) -> list[str]:
    return [reason(w) for w in whys]


def error(exc: BaseException) -> str:
    """What to tell a person about a failure: the words for its code, else its own English text."""
    if isinstance(exc, CompanionError):
        if exc.code == r.COURSE_INVALID:
            # the course validator speaks to course authors (file, JSON path): its English is kept
            return _tr("The course package cannot be used: {0}", str(exc))
        return reason(exc.reason, fallback=str(exc))
    return _tr("Something went wrong: {0}: {1}. Your work is kept.", exc.__class__.__name__, str(exc))


# ---- reports ----
def sync_report(report) -> str:
    """A sync pass (``companion.sync.engine.SyncReport``) in one sentence."""
    why = report.reason
    if why.code != r.SYNCED:
        return reason(why)
    d = why.data
    parts = []
    if d.get("delivered"):
        parts.append(_n("%n delivered", int(d["delivered"])))
    if d.get("waiting"):
        parts.append(_n("%n still waiting", int(d["waiting"])))
    if d.get("needs_attention"):
        parts.append(_n("%n need(s) your attention", int(d["needs_attention"])))
    if not parts:
        return _tr("Synced: everything is delivered.")
    return _tr("Synced: {0}", _tr(", ").join(parts))


def download_report(report) -> str:
    """A run of the download queue (``companion.sync.downloads.DownloadReport``) in one sentence."""
    why = report.reason
    if why.code != r.DOWNLOADED:
        return reason(why)
    d = why.data
    parts = [_n("%n downloaded", int(d.get("done", 0)))]
    if d.get("failed"):
        parts.append(_n("%n failed", int(d["failed"])))
    if d.get("waiting"):
        parts.append(_n("%n waiting (data settings)", int(d["waiting"])))
    text = _tr(", ").join(parts)
    return _tr("{0} (stopped).", text) if d.get("stopped") else _tr("{0}.", text)


def download_preview(p) -> str:
    """What a download will cost (``companion.domain.data_use.Preview``)."""
    parts = [_n("%n file(s), {0}", p.files, size(p.total_bytes))]
    if p.seconds is not None:
        minutes = int(round(p.seconds / 60))
        parts.append(_n("about %n minute(s) at your bandwidth limit", minutes) if minutes >= 1
                     else _tr("under a minute at your bandwidth limit"))
    if p.budget_left is not None:
        parts.append(_tr("{0} left in today's data budget", size(p.budget_left)))
    if p.metered:
        parts.append(_tr("this connection is metered: it may cost money"))
    if p.held:
        parts.append(_n("%n will wait (budget, off-peak hours or metered link)", p.held))
    return _tr("{0}.", _tr("; ").join(parts))


def import_result(result) -> str:
    """A course package imported (``companion.services.library.ImportResult``)."""
    if result.action == "added":
        return _tr("Added '{0}' ({1}, version {2}).", result.title, result.course_id, result.version)
    if result.action == "updated":
        return _tr("Updated '{0}' ({1}) from version {2} to {3}; your answers, drafts and submissions are kept.",
                   result.title, result.course_id, result.previous_version, result.version)
    return _tr("'{0}' ({1}) version {2} is already installed; nothing changed.", result.title, result.course_id,
               result.version)


def no_keyring() -> str:
    return _tr("This computer has no password keyring (such as GNOME Keyring, KWallet, the Windows Credential "
               "Manager or the macOS Keychain), so your sign-in is kept only while Companion runs.")
