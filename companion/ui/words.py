"""The one place where codes from below become words for people (Qt-free: the CLI uses it too).

The layers under the UI say *why* with a :class:`companion.domain.reasons.Reason` (a code and its
data) or a :class:`companion.domain.errors.CompanionError` carrying one; this module says it in the
participant's language through ``translate("words", ...)``, writing numbers, sizes and plurals by the
locale (``companion.domain.i18n``). An unknown code falls back to the English text it came with.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime

from companion.domain import bundle as b
from companion.domain import reasons as r
from companion.domain.bundle_words import bundle_fault, size_text  # noqa: F401 (below the UI: the portal's CLI reads them too)
from companion.domain.errors import CompanionError
from companion.domain.i18n import QT_TRANSLATE_NOOP, number, size, translate
from companion.domain.reasons import Reason



def _tr(text: str, *args: object) -> str:
    return translate("words", text).format(*args)


def _n(text: str, n: int, *args: object) -> str:
    return translate("words", text, None, n).format(*args)


def _moment(iso: str, zone: str) -> str:
    from companion.domain.timefmt import moment

    try:
        return moment(datetime.fromisoformat(iso.replace("Z", "+00:00")), zone or "UTC")
    except (ValueError, TypeError, KeyError):
        return iso


def moment_text(iso: str, zone: str) -> str:
    """An ISO instant as the participant reads a date and time, in ``zone``."""
    return _moment(iso, zone)


def _received(data: dict) -> str:
    when = data.get("received_at") or ""
    return _moment(when, data.get("zone") or "UTC") if when else ""


# the portal's own error codes (PROTOCOL.md) that a participant meets, in their language; any other
# code is said with the portal's own message
_PORTAL_CODES: dict[str, Callable[[], str]] = {
    "bad_credentials": lambda: translate("words", "The login or the password is wrong."),
    "token_expired": lambda: translate("words", "Your sign-in has expired. Sign in again and Companion carries on where it "
                                 "stopped."),
    "unknown_course": lambda: translate("words", "The portal does not offer this course."),
    "unknown_material": lambda: translate("words", "The portal no longer has this material."),
    "too_large": lambda: translate("words", "The file is larger than the portal accepts."),
    "digest_mismatch": lambda: translate("words", "The work arrived damaged (the check that it is complete and unaltered failed); it will be sent again."),
    "checksum_mismatch": lambda: translate("words", "The work arrived damaged (the check that it is complete and unaltered failed); it will be sent again."),
}


def _portal_said(d: dict) -> str:
    said = d.get("message") or ""
    known = _PORTAL_CODES.get(d.get("portal_code") or "")
    if known is not None:
        return known()
    if said:
        return translate("words", "The portal says: {0}").format(said)
    if d.get("status"):
        return translate("words", "The portal answered with error {0}.").format(d["status"])
    return translate("words", "The portal refused it.")


# code -> how to say it (data -> words)
_BANK_FAULTS = {
    "not_xml": QT_TRANSLATE_NOOP("words", "it is not well-formed XML"),
    "entities": QT_TRANSLATE_NOOP("words", "it declares XML entities or external references, which Companion never expands"),
    "not_qti": QT_TRANSLATE_NOOP("words", "it is XML, but not QTI or a Moodle export"),
    "not_moodle_xml": QT_TRANSLATE_NOOP("words", "it is XML, but not a Moodle question export"),
    "not_gift": QT_TRANSLATE_NOOP("words", "it holds no GIFT question (nothing in braces)"),
    "not_text": QT_TRANSLATE_NOOP("words", "it is not UTF-8 text"),
    "not_zip": QT_TRANSLATE_NOOP("words", "it is not a readable zip file"),
    "too_large": QT_TRANSLATE_NOOP("words", "it is too large"),
    "empty": QT_TRANSLATE_NOOP("words", "it holds no question Companion can run"),
    "unreadable": QT_TRANSLATE_NOOP("words", "it cannot be read"),
}

_SAY: dict[str, Callable[[dict], str]] = {
    # the outbox
    r.CONFLICT: lambda d: translate("words", "The portal already holds another version of this item, received {0} from another "
                              "computer. Send yours as well (the newest counts) or keep the portal's; nothing is "
                              "deleted either way.").format(_received(d)),
    r.REFUSED: lambda d: _portal_said(d) if d.get("portal_code") in _PORTAL_CODES else translate("words", "The portal refused it. {0}").format(_portal_said(d)),
    r.FILE_GONE: lambda d: translate("words", "The file {0} is no longer on this computer ({1}); submit the assignment again with "
                               "the photo.").format(d.get("filename", ""), d.get("path", "")),
    r.CONTENT_CLASH: lambda d: translate("words", "The portal holds different content under this item's id. Nothing was "
                                   "overwritten; send your version again as a new submission."),
    r.KEPT_PORTAL: lambda d: translate("words", "Kept on this computer; the portal's version counts."),
    r.REPLACED: lambda d: translate("words", "Replaced by your later submission."),
    # the portal
    r.SIGNED_OUT: lambda d: (_portal_said(d) if d.get("portal_code") in _PORTAL_CODES
                             else translate("words", "Your sign-in has expired. Sign in again and Companion carries on where it "
                                      "stopped.") if d.get("expired")
                             else translate("words", "Sign in to the portal to send your work.")),
    r.NO_PORTAL: lambda d: translate("words", "No portal is set: your work stays on this computer."),
    r.BUSY: lambda d: translate("words", "The portal is busy; it asked to come back in %n second(s).", None, int(round(float(d.get("retry_after") or 0)))),
    r.FAILING: lambda d: translate("words", "The portal kept failing; Companion will try again later."),
    r.UNREACHABLE: lambda d: translate("words", "The portal cannot be reached right now; your work is kept and will be sent later."),
    r.ANSWERED: _portal_said,
    r.PORTAL_SAID: _portal_said,
    r.NOT_JSON: lambda d: translate("words", "The portal sent a web page instead of data (perhaps a sign-in page of your network); "
                              "try again later or check the portal's address."),
    r.ANSWER_TOO_LARGE: lambda d: translate("words", "The portal's answer was too large (over {0}); it was not read. "
                                      "Check the portal's address.").format(size(d.get("limit", 0))),
    r.BAD_ANSWER: lambda d: translate("words", "The portal's answer did not contain what was asked for ({0}); "
                                "check the portal's address.").format(d.get("what", "")),
    r.DAMAGED_UPLOAD: lambda d: translate("words", "The photo {0} arrived damaged; it will be sent again.").format(d.get("filename", "")),
    r.CONNECTION_DROPPED: lambda d: translate("words", "The connection dropped during the download; it resumes later."),
    r.NO_RANGE: lambda d: translate("words", "The server sent a part of the file without saying which part; the download "
                              "resumes later."),
    r.WRONG_PLACE: lambda d: translate("words", "The server resumed at the wrong place; the download starts again."),
    # downloads
    r.NO_FILE: lambda d: translate("words", "'{0}' has no file to download.").format(d.get("title", "")),
    r.NO_SPACE: lambda d: translate("words", "Not enough disk space: it needs {0} and {1} are free.").format(size(d.get("needed", 0)), size(d.get("free", 0))),
    r.WEB_PAGE: lambda d: translate("words", "The server sent a web page instead of the file (perhaps a sign-in or error page); "
                              "nothing was kept."),
    r.TOO_MANY_BYTES: lambda d: translate("words", "The server sent more bytes than the file has; the part was discarded."),
    r.STOPPED_AT: lambda d: translate("words", "The download stopped at {0} of {1}; it resumes later.").format(size(d.get("written", 0)), size(d.get("expected", 0))),
    r.CHECKSUM: lambda d: translate("words", "The file that arrived failed the check that it is complete and unaltered; it was "
                              "discarded and will be downloaded again."),
    r.SHARE_PORT_BUSY: lambda d: translate("words", "Sharing cannot start: port {0} is in use or not allowed on this "
                                               "computer ({1}).").format(d.get("port", ""), d.get("error", "")),
    # data use
    r.HOLD_METERED: lambda d: translate("words", "Waits for an unmetered connection."),
    r.HOLD_BUDGET: lambda d: translate("words", "Waits for tomorrow's data budget: it needs {0}, {1} of today's {2} are left.").format(size(d.get("needed", 0)), size(d.get("left", 0)), size(d.get("budget", 0))),
    r.HOLD_OFFPEAK: lambda d: translate("words", "Large file: waits for the off-peak hours {0}–{1}.").format(d.get("start", ""), d.get("end", "")),
    # handing in work
    r.TEXT_EMPTY: lambda d: translate("words", "The text is empty."),
    r.TOO_MANY_WORDS: lambda d: translate("words", "The text has %n word(s); the limit is {0}.", None, int(d.get("words", 0))).format(number(d.get("limit", 0))),
    r.TOO_FEW_PHOTOS: lambda d: translate("words", "Add at least %n photo(s) ({0} chosen).", None, int(d.get("minimum", 0))).format(number(d.get("chosen", 0))),
    r.TOO_MANY_PHOTOS: lambda d: translate("words", "At most %n photo(s) are accepted ({0} chosen).", None, int(d.get("maximum", 0))).format(number(d.get("chosen", 0))),
    r.WRONG_TYPE: lambda d: translate("words", "{0} is {1}; accepted: {2}.").format(d.get("filename", ""), d.get("mime", ""), ", ".join(d.get("accepted") or [])),
    r.FILE_TOO_LARGE: lambda d: translate("words", "{0} is {1}; the limit is {2}.").format(d.get("filename", ""), size(d.get("size", 0)), size(d.get("limit", 0))),
    r.ANSWER_REQUIRED: lambda d: translate("words", "Answer: “{0}”").format(d.get("prompt", "")),
    r.NOT_A_CHOICE: lambda d: translate("words", "“{0}” is not a choice for “{1}”").format(d.get("value", ""), d.get("prompt", "")),
    r.NOT_READY: lambda d: " ".join(reason(Reason(x.get("code", ""), x.get("data") or {}))
                                    for x in d.get("reasons") or []),
    # photos
    r.PHOTO_UNREADABLE: lambda d: translate("words", "{0} cannot be read: {1}").format(d.get("filename", ""), d.get("error", "")),
    r.PHOTO_TOO_LARGE: lambda d: translate("words", "{0} is {1}, too large to be a photo Companion can take.").format(d.get("filename", ""), size(d.get("size", 0))),
    r.NOT_A_PICTURE: lambda d: translate("words", "{0} is not a picture Companion can read (use a JPEG or PNG photo).").format(d.get("filename", "")),
    # settings and services
    r.BAD_URL: lambda d: translate("words", "'{0}' is not a web address like https://portal.example.org").format(d.get("url", "")),
    r.HTTP_NOT_LOCAL: lambda d: translate("words", "An http:// portal address is only allowed on this computer (127.0.0.1 or "
                                    "localhost); use https:// so your password and work travel encrypted."),
    r.UNKNOWN_ZONE: lambda d: translate("words", "'{0}' is not a known time zone; use an IANA name such as Europe/Madrid or "
                                  "Asia/Seoul.").format(d.get("name", "")),
    r.REMINDER_LEAD: lambda d: translate("words", "A reminder must come between 1 minute and 14 days ahead."),
    r.SETTING_INVALID: lambda d: translate("words", "{0} is not a valid value for the setting “{1}”.").format(
        d.get("value", ""), d.get("key", "")),
    r.NO_COURSE: lambda d: translate("words", "No course is installed; add one with 'companion courses add PATH'."),
    r.UNKNOWN_COURSE: lambda d: translate("words", "There is no course '{0}'.").format(d.get("course_id", "")),
    # a question bank refused (companion.services.bank_import.IMPORT_FAULT)
    "import.fault": lambda d: translate("words", "{0} cannot be imported as a question bank: {1}.").format(
        d.get("file", ""), translate("words", _BANK_FAULTS.get(d.get("what", ""), _BANK_FAULTS["not_xml"]))),
    r.UNKNOWN_ITEM: lambda d: translate("words", "'{0}' is not part of this course.").format(d.get("item", "")),
    r.OLDER_VERSION: lambda d: translate("words", "This is version {0} of '{1}', older than the installed version {2}; nothing was "
                                   "changed.").format(d.get("version", ""), d.get("course_id", ""), d.get("installed", "")),
    r.DATA_UNUSABLE: lambda d: translate("words", "Companion cannot open its data at {0} ({1}). Nothing was changed; "
                                   "restore it from a backup or use another data folder.").format(
        d.get("path", ""), d.get("problem", "")),
    r.SEARCH_UNAVAILABLE: lambda d: translate("words", "Search cannot keep its index in {0} ({1}). It needs SQLite "
                                                      "3.34 or newer with FTS5; this Python has SQLite {2}. Everything "
                                                      "else works as before.").format(
        d.get("path", ""), d.get("problem", ""), d.get("sqlite", "")),
    r.ERROR: lambda d: translate("words", "Something went wrong: {0}. Your work is kept.").format(d.get("message", "")),
    r.NOT_FINISHED: lambda d: translate("words", "That attempt is not finished, so there is nothing to retry from it."),
    r.NOTHING_TO_RETRY: lambda d: translate("words", "That attempt missed nothing: there are no questions to retry."),
    # a course update
    r.NEW_COURSE: lambda d: translate("words", "New course from the portal: {0}.").format(d.get("title", "")),
    r.RENAMED: lambda d: translate("words", "The course is now called “{0}”.").format(d.get("title", "")),
    r.NEW_MATERIAL: lambda d: translate("words", "New material: {0}.").format(d.get("title", "")),
    r.MATERIAL_WITHDRAWN: lambda d: translate("words", "Material withdrawn: {0} (your copy stays until you remove it).").format(d.get("title", "")),
    r.MATERIAL_UPDATED: lambda d: translate("words", "Updated material: {0}.").format(d.get("title", "")),
    r.NEW_SESSION: lambda d: translate("words", "New live session: {0}, {1}.").format(d.get("title", ""), _moment(d.get("at", ""),
                                                                                          d.get("zone", ""))),
    r.SESSION_MOVED: lambda d: translate("words", "Live session moved: {0} is now {1}.").format(d.get("title", ""), _moment(d.get("at", ""), d.get("zone", ""))),
    r.SESSION_CANCELLED: lambda d: translate("words", "Live session cancelled: {0}.").format(d.get("title", "")),
    r.NEW_DEADLINE: lambda d: translate("words", "New deadline for {0}: {1}.").format(d.get("title", ""), _moment(d.get("at", ""), d.get("zone", ""))),
    r.NEW_VERSION: lambda d: translate("words", "The course was updated to version {0}.").format(d.get("version", "")),
    r.KEPT_NEWER: lambda d: translate("words", "The portal still offers version {0} of “{1}”; this computer keeps its "
                                               "newer version {2}.").format(d.get("portal_version", ""),
                                                                             d.get("title", ""), d.get("version", "")),
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
    if isinstance(exc, b.BundleError):
        return bundle_refused(exc)
    if isinstance(exc, CompanionError):
        if exc.code == r.ERROR and not exc.data and str(exc) != r.ERROR:
            return str(exc)  # a sentence already made above (the CLI's, in the participant's language)
        if exc.code == r.COURSE_INVALID:
            # the course validator speaks to course authors (file, JSON path): its English is kept
            return translate("words", "The course package cannot be used: {0}").format(str(exc))
        if exc.code == r.ERROR:  # no code: its text is all there is (the CLI's own, already translated)
            return str(exc)
        return reason(exc.reason, fallback=str(exc))
    return translate("words", "Something went wrong: {0}: {1}. Your work is kept.").format(exc.__class__.__name__, str(exc))


# ---- reports ----
def sync_report(report) -> str:
    """A sync pass (``companion.sync.engine.SyncReport``) in one sentence."""
    why = report.reason
    if why.code != r.SYNCED:
        return reason(why)
    d = why.data
    parts = []
    if d.get("delivered"):
        parts.append(translate("words", "%n delivered", None, int(d["delivered"])))
    if d.get("waiting"):
        parts.append(translate("words", "%n still waiting", None, int(d["waiting"])))
    if d.get("needs_attention"):
        parts.append(translate("words", "%n need(s) your attention", None, int(d["needs_attention"])))
    if not parts:
        return translate("words", "Synced: everything is delivered.")
    return translate("words", "Synced: {0}").format(", ".join(parts))


def download_report(report) -> str:
    """A run of the download queue (``companion.sync.downloads.DownloadReport``) in one sentence."""
    why = report.reason
    if why.code != r.DOWNLOADED:
        return reason(why)
    d = why.data
    parts = [translate("words", "%n downloaded", None, int(d.get("done", 0)))]
    if d.get("failed"):
        parts.append(translate("words", "%n failed", None, int(d["failed"])))
    if d.get("waiting"):
        parts.append(translate("words", "%n waiting (data settings)", None, int(d["waiting"])))
    text = ", ".join(parts)
    return translate("words", "{0} (stopped).").format(text) if d.get("stopped") else translate("words", "{0}.").format(text)


def download_preview(p) -> str:
    """What a download will cost (``companion.domain.data_use.Preview``)."""
    parts = [translate("words", "%n file(s), {0}", None, p.files).format(size(p.total_bytes))]
    if p.seconds is not None:
        minutes = int(round(p.seconds / 60))
        parts.append(translate("words", "about %n minute(s) at your bandwidth limit", None, minutes) if minutes >= 1
                     else translate("words", "under a minute at your bandwidth limit"))
    if p.budget_left is not None:
        parts.append(translate("words", "{0} left in today's data budget").format(size(p.budget_left)))
    if p.metered:
        parts.append(translate("words", "this connection is metered: it may cost money"))
    if p.held:
        parts.append(translate("words", "%n will wait (budget, off-peak hours or metered link)", None, p.held))
    return translate("words", "{0}.").format("; ".join(parts))


def import_result(result) -> str:
    """A course package imported (``companion.services.library.ImportResult``)."""
    if result.action == "added":
        return translate("words", "Added '{0}' ({1}, version {2}).").format(result.title, result.course_id, result.version)
    if result.action == "updated":
        return translate("words", "Updated '{0}' ({1}) from version {2} to {3}; your answers, drafts and submissions are kept.").format(result.title, result.course_id, result.previous_version, result.version)
    return translate("words", "'{0}' ({1}) version {2} is already installed; nothing changed.").format(result.title, result.course_id, result.version)


def no_keyring() -> str:
    return translate("words", "This computer has no password keyring (such as GNOME Keyring, KWallet, the Windows Credential "
               "Manager or the macOS Keychain), so your sign-in is kept only while Companion runs.")


# ---- course files (.ccb) ----
def bundle_refused(error: b.BundleError) -> str:
    return translate("words", "Nothing was imported. {0}").format(bundle_fault(error))


def bundle_imported(result) -> str:
    """A BundleImport in words."""
    if result.action == "added":
        head = translate("words", "Added '{0}' (version {1}).").format(result.title, result.version)
    elif result.action == "updated" and result.previous_version not in (None, result.version):
        head = translate("words", "Updated '{0}' from version {1} to {2}; your answers, drafts and submissions are "
                                  "kept.").format(result.title, result.previous_version, result.version)
    elif result.action == "updated":
        head = translate("words", "Updated '{0}' (version {1}); your answers, drafts and submissions are "
                                  "kept.").format(result.title, result.version)
    else:
        head = translate("words", "'{0}' version {1} is already installed.").format(result.title, result.version)
    if result.files_added == 1:
        files = translate("words", "1 file is now available offline.")
    elif result.files_added:
        files = translate("words", "{0} files are now available offline.").format(result.files_added)
    elif result.files_present:
        files = translate("words", "Its files were already on this computer.")
    else:
        files = translate("words", "The file holds no material files.")
    return f"{head} {files}"


def bundle_exported(result) -> str:
    """An ExportResult in words."""
    text = translate("words", "Wrote {0}: '{1}' version {2} with {3} material files ({4}).").format(
        result.path, result.title, result.version, result.files, size_text(result.bytes))
    if result.not_included:
        text += " " + translate("words", "Not on this computer, so not included: {0}.").format(
            ", ".join(result.not_included))
    return text


# ---- search ----

_SEARCH_KINDS = {"lecture": QT_TRANSLATE_NOOP("words", "Lecture"), "notes": QT_TRANSLATE_NOOP("words", "Lecture notes"),
                 "pdf": QT_TRANSLATE_NOOP("words", "PDF"), "question": QT_TRANSLATE_NOOP("words", "Quiz question"),
                 "explanation": QT_TRANSLATE_NOOP("words", "Quiz explanation"),
                 "assignment": QT_TRANSLATE_NOOP("words", "Assignment"),
                 "session": QT_TRANSLATE_NOOP("words", "Live session"),
                 "topic": QT_TRANSLATE_NOOP("words", "Discussion")}


def search_place(hit) -> str:
    """What a search hit is and where: "PDF, page 3 · Lecture 2: …"."""
    kind = translate("words", _SEARCH_KINDS[hit.kind]) if hit.kind in _SEARCH_KINDS else hit.kind
    if hit.page:
        kind = translate("words", "{0}, page {1}").format(kind, number(hit.page))
    return translate("words", "{0} · {1}").format(kind, hit.parent_title) if hit.parent_title else kind


def search_nothing(text: str) -> str:
    return translate("words", "Nothing found for “{0}”. Downloaded PDFs are searched too; download a lecture's "
                              "slides to search them.").format(text)


QUESTION_TYPE_NAMES = {
    "true_false": QT_TRANSLATE_NOOP("words", "true or false"),
    "single_choice": QT_TRANSLATE_NOOP("words", "single choice"),
    "multiple_choice": QT_TRANSLATE_NOOP("words", "multiple choice"),
    "short_answer": QT_TRANSLATE_NOOP("words", "short answer"),
    "numerical": QT_TRANSLATE_NOOP("words", "number"),
    "cloze": QT_TRANSLATE_NOOP("words", "fill in the blanks"),
    "matching": QT_TRANSLATE_NOOP("words", "matching"),
    "essay": QT_TRANSLATE_NOOP("words", "essay"),
}

BANK_REASONS = {
    "import.type_not_supported": QT_TRANSLATE_NOOP("words", "a question type Companion does not run"),
    "import.unreadable": QT_TRANSLATE_NOOP("words", "could not be read as its format says"),
    "import.file_missing": QT_TRANSLATE_NOOP("words", "a file it names is missing"),
    "import.empty": QT_TRANSLATE_NOOP("words", "no question Companion can run"),
    "import.needs_platform": QT_TRANSLATE_NOOP("words", "works only on the platform"),
}


def bank_imported(report) -> str:
    """An import report (companion.domain.interchange.report.ImportReport) in words."""
    questions = sum(report.questions_by_type().values())
    quizzes = report.counts.get("quizzes", 0)
    if report.updated:
        head = translate("words", "Updated '{0}' with %n question(s); your answers are kept.", None,
                         questions).format(report.course_title)
    else:
        head = translate("words", "Imported '{0}' with %n question(s).", None, questions).format(report.course_title)
    lines = [head, translate("words", "Practice quizzes: {0}.").format(number(quizzes))]
    for kind, count in report.questions_by_type().items():
        name = translate("words", QUESTION_TYPE_NAMES[kind]) if kind in QUESTION_TYPE_NAMES else kind
        lines.append(f"  {name}: {number(count)}")
    for item in report.skipped:
        why = translate("words", BANK_REASONS.get(item.reason, BANK_REASONS["import.unreadable"]))
        detail = item.data.get("type") or item.data.get("path") or ""
        lines.append(translate("words", "Left out: {0} ({1}{2}).").format(
            item.title, why, f": {detail}" if detail else ""))
    return "\n".join(lines)


from companion.domain.bundle_words import import_counts, import_report, import_skipped  # noqa: E402,F401 (the portal's CLI reads them too)


def cartridge_exported(result) -> str:
    """A CartridgeExport in words."""
    text = translate("words", "Wrote {0}: an IMS Common Cartridge 1.1 with {1} files ({2}).").format(
        result.path, result.files, size_text(result.bytes))
    if result.left_out:
        text += " " + translate("words", "Other platforms will not get these (Companion reads them back): {0}.").format(
            ", ".join(title for _what, title in result.left_out))
    return text


# ---- updates of the app itself (companion/services/updates.py, companion/domain/updates.py) ----
_UPDATE_FAILURES: dict[str, str] = {
    "update.unreachable": QT_TRANSLATE_NOOP("words", "The update repository could not be reached. Companion will try again later."),
    "update.http_error": QT_TRANSLATE_NOOP("words", "The update repository answered with an error. Companion will try again later."),
    "update.too_large": QT_TRANSLATE_NOOP("words", "The update repository sent more data than it should, so Companion stopped. Nothing was installed."),
    "update.too_slow": QT_TRANSLATE_NOOP("words", "The update came too slowly and was stopped. Companion will try again later."),
    "update.bad_signature": QT_TRANSLATE_NOOP("words", "The update is not signed by Companion's publisher and was refused. Nothing was installed."),
    "update.rollback": QT_TRANSLATE_NOOP("words", "The repository offered older information than Companion already has, so it was refused. Nothing was installed."),
    "update.mixed_metadata": QT_TRANSLATE_NOOP("words", "The repository's files do not belong together, so the update was refused. Nothing was installed."),
    "update.expired": QT_TRANSLATE_NOOP("words", "The repository's signed information has expired, so it cannot be trusted now. Nothing was installed."),
    "update.bad_metadata": QT_TRANSLATE_NOOP("words", "The repository's information could not be read, so the update was refused. Nothing was installed."),
    "update.tampered": QT_TRANSLATE_NOOP("words", "The downloaded update does not match what was signed and was thrown away. Nothing was installed."),
    "update.base_changed": QT_TRANSLATE_NOOP("words", "This copy of Companion differs from its original files, so the small update cannot be applied; the whole version is needed."),
    "update.bad_archive": QT_TRANSLATE_NOOP("words", "The update holds files it must not, so it was refused. Nothing was installed."),
    "update.not_offered": QT_TRANSLATE_NOOP("words", "The update is no longer offered by the repository."),
    "update.no_trust_root": QT_TRANSLATE_NOOP("words", "This copy of Companion has no key to check updates with, so it cannot update itself."),
    "update.disk": QT_TRANSLATE_NOOP("words", "The update could not be saved on this computer (is the disk full?). Nothing was installed."),
    "update.cancelled": QT_TRANSLATE_NOOP("words", "The update was stopped. Nothing was installed."),
}


def update_failure(code: str | None) -> str:
    """A short sentence for an update failure code (companion.domain.updates.UpdateFailure)."""
    text = _UPDATE_FAILURES.get(code or "")
    if text is None:
        return translate("words", "The update failed ({0}). Nothing was installed.").format(code or "?")
    return translate("words", text)


def update_state(state: str, *, version: str | None = None, error: str | None = None, hold: Reason | None = None,
                 installed: str | None = None) -> str:
    """What an update check or download came to (companion.services.updates.State), in a sentence."""
    if state == "never":
        return translate("words", "Companion does not look for updates: you chose never.")
    if state == "no_repository":
        return translate("words", "No update repository is set.")
    if state == "not_installed":
        return translate("words", "This copy of Companion runs from its source files; it is updated with them, not by itself.")
    if state == "not_writable":
        return translate("words", "Companion is installed for all users of this computer; its administrator installs updates.")
    if state == "held":
        why = reason(hold) if hold else ""
        if version:
            return translate("words", "Version {0} waits for the download rules you set. {1}").format(version, why).strip()
        return translate("words", "The check waits for the download rules you set. {0}").format(why).strip()
    if state == "up_to_date":
        return translate("words", "Companion is up to date (version {0}).").format(installed or "?")
    if state == "offer":
        return translate("words", "Version {0} is available.").format(version or "?")
    if state == "ready":
        return translate("words", "Version {0} is ready: it starts the next time you open Companion.").format(version or "?")
    if state == "failed_before":
        return translate("words", "Version {0} did not start on this computer, so Companion stays on this version and "
                                  "does not download it again.").format(version or "?")
    if state == "failed":
        return update_failure(error)
    return state


def update_cost(offer) -> str:
    """What an offered update costs: the patch beside the whole version, or the whole version."""
    if offer.kind == "patch":
        return translate("words", "The update costs {0} to download (the whole version would be {1}).").format(
            size(offer.size_bytes), size(offer.archive_size_bytes))
    return translate("words", "The update is the whole version: {0} to download.").format(size(offer.size_bytes))
