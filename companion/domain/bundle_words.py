"""The words for a refused course file (.ccb) and for a size: the one piece of wording the app and the
reference portal's command line share (through companion.shared_kernel), so it lives below both, in
the domain, beside the bundle codes it explains. Everything else a person reads is built in
companion.ui.words."""

from __future__ import annotations

from companion.domain import bundle as b
from companion.domain.interchange import cartridge as _cc
from companion.domain.interchange import report as _rep
from companion.domain.i18n import QT_TRANSLATE_NOOP, number, translate, unit

_BUNDLE_FAULTS = {
    b.NOT_A_BUNDLE: (QT_TRANSLATE_NOOP("words", "This is not a Companion course file (.ccb)."), ()),
    b.TRUNCATED: (QT_TRANSLATE_NOOP("words", "The course file is incomplete: it ends too early (perhaps the copy was "
                                            "interrupted). Copy it again."), ()),
    b.ALTERED: (QT_TRANSLATE_NOOP("words", "The course file was altered or damaged: '{0}' failed the check that it "
                                          "is complete and unaltered."), ("name",)),
    b.UNSAFE_PATH: (QT_TRANSLATE_NOOP("words", "The course file is refused: the entry '{0}' points outside its "
                                              "folder."), ("name",)),
    b.ABSOLUTE_PATH: (QT_TRANSLATE_NOOP("words", "The course file is refused: the entry '{0}' is an absolute "
                                                "path."), ("name",)),
    b.SYMLINK: (QT_TRANSLATE_NOOP("words", "The course file is refused: the entry '{0}' is a symbolic link."),
                ("name",)),
    b.TOO_MANY_FILES: (QT_TRANSLATE_NOOP("words", "The course file is refused: it holds {0} files, more than "
                                                 "the limit of {1}."), ("count", "limit")),
    b.TOO_LARGE: (QT_TRANSLATE_NOOP("words", "The course file is refused: it would unpack to {0}, more than the "
                                            "limit of {1}."), ("size", "limit")),
    b.ZIP_BOMB: (QT_TRANSLATE_NOOP("words", "The course file is refused: '{0}' would unpack to {1} times its "
                                           "packed size (the limit is {2} times)."), ("name", "ratio", "limit")),
    b.DUPLICATE: (QT_TRANSLATE_NOOP("words", "The course file is refused: '{0}' appears twice."), ("name",)),
    b.UNLISTED: (QT_TRANSLATE_NOOP("words", "The course file was altered: '{0}' is not in its list of files."),
                 ("name",)),
    b.MISSING: (QT_TRANSLATE_NOOP("words", "The course file is incomplete: '{0}' is missing."), ("name",)),
    b.ENCRYPTED: (QT_TRANSLATE_NOOP("words", "The course file is refused: '{0}' is encrypted."), ("name",)),
    b.UNSUPPORTED: (QT_TRANSLATE_NOOP("words", "The course file is refused: '{0}' is packed in a way Companion "
                                              "does not read."), ("name",)),
    b.NEWER_FORMAT: (QT_TRANSLATE_NOOP("words", "This course file was made by a newer version of Companion; update "
                                               "Companion to open it."), ()),
    b.BAD_INDEX: (QT_TRANSLATE_NOOP("words", "The course file's list of files is damaged ({0})."), ("detail",)),
    b.BAD_COURSE: (QT_TRANSLATE_NOOP("words", "The course in this file cannot be used: {0}"), ("detail",)),
    b.UNKNOWN_MATERIAL: (QT_TRANSLATE_NOOP("words", "The course file was altered: '{0}' belongs to no material "
                                                   "of the course."), ("name",)),
    b.OLDER_VERSION: (QT_TRANSLATE_NOOP("words", "This file holds version {0} of '{1}', older than the "
                                                "installed version {2}; nothing was changed."),
                       ("version", "course_id", "installed")),
    b.NO_SPACE: (QT_TRANSLATE_NOOP("words", "There is not enough free disk space: the course needs {0} and "
                                           "{1} are free."), ("needed", "free")),
    b.FILE_ERROR: (QT_TRANSLATE_NOOP("words", "The file could not be read or written: {0}"), ("detail",)),
}
_IN_BYTES = {b.TOO_LARGE, b.NO_SPACE}  # their facts are sizes


def size_text(n: int) -> str:
    """A size in a bundle's message, as the language writes numbers and units ('1,5 GB')."""
    if n >= 1e9:
        return unit(n / 1e9, "digital-gigabyte", 1)
    if n >= 1e6:
        return unit(n / 1e6, "digital-megabyte", 1)
    return unit(max(1, round(n / 1e3)) if n else 0, "digital-kilobyte", 0)


def bundle_fault(error: b.BundleError) -> str:
    """The sentence that names why a bundle was refused (a fact the error lacks shows as '?')."""
    text, keys = _BUNDLE_FAULTS.get(error.code, _BUNDLE_FAULTS[b.NOT_A_BUNDLE])
    facts = []
    for key in keys:
        value = error.data.get(key, "?")
        facts.append(size_text(value) if error.code in _IN_BYTES and isinstance(value, int) else value)
    return translate("words", text).format(*facts)


# ---- courses from other platforms (IMS Common Cartridge) ----

_BUNDLE_FAULTS.update({
    _cc.NOT_A_CARTRIDGE: (QT_TRANSLATE_NOOP("words", "This is not a course cartridge: it has no imsmanifest.xml "
                                                     "at its top level."), ()),
    _cc.BAD_MANIFEST: (QT_TRANSLATE_NOOP("words", "The cartridge's imsmanifest.xml cannot be read ({0})."),
                       ("detail",)),
    _cc.XML_FORBIDDEN: (QT_TRANSLATE_NOOP("words", "The cartridge is refused: '{0}' declares XML entities or "
                                                   "external references, which Companion never expands."),
                        ("name",)),
    _cc.MANIFEST_TOO_LARGE: (QT_TRANSLATE_NOOP("words", "The cartridge is refused: its imsmanifest.xml is {0}, "
                                                        "more than the limit of {1}."), ("size", "limit")),
})
_IN_BYTES.add(_cc.MANIFEST_TOO_LARGE)

_COUNTS = (
    (_rep.LECTURES, QT_TRANSLATE_NOOP("words", "%n lecture(s)")),
    (_rep.PAGES, QT_TRANSLATE_NOOP("words", "%n page(s)")),
    (_rep.FILES, QT_TRANSLATE_NOOP("words", "%n file(s) kept offline")),
    (_rep.LINKS, QT_TRANSLATE_NOOP("words", "%n online link(s)")),
    (_rep.TOPICS, QT_TRANSLATE_NOOP("words", "%n discussion topic(s)")),
    (_rep.QUIZZES, QT_TRANSLATE_NOOP("words", "%n quiz(zes)")),
    (_rep.ASSIGNMENTS, QT_TRANSLATE_NOOP("words", "%n assignment(s)")),
    (_rep.DATES, QT_TRANSLATE_NOOP("words", "%n due date(s)")),
    (_rep.ON_PLATFORM, QT_TRANSLATE_NOOP("words", "%n item(s) that work only on the platform, listed with their link")),
    (_rep.SECTIONS, QT_TRANSLATE_NOOP("words", "%n section(s)")),
)
_QUESTION_TYPES = {"true_false": QT_TRANSLATE_NOOP("words", "true/false"),
                   "single_choice": QT_TRANSLATE_NOOP("words", "single choice"),
                   "multiple_choice": QT_TRANSLATE_NOOP("words", "multiple choice"),
                   "short_answer": QT_TRANSLATE_NOOP("words", "short answer"),
                   "numerical": QT_TRANSLATE_NOOP("words", "numerical"),
                   "cloze": QT_TRANSLATE_NOOP("words", "fill in the blanks"),
                   "matching": QT_TRANSLATE_NOOP("words", "matching"),
                   "essay": QT_TRANSLATE_NOOP("words", "essay")}
_SKIP_REASONS = {
    _rep.NEEDS_PLATFORM: QT_TRANSLATE_NOOP("words", "works only on the platform; kept as a link"),
    _rep.TYPE_NOT_SUPPORTED: QT_TRANSLATE_NOOP("words", "a kind of item Companion does not run ({0})"),
    _rep.FILE_MISSING: QT_TRANSLATE_NOOP("words", "the file names '{0}', which it does not hold"),
    _rep.UNREADABLE: QT_TRANSLATE_NOOP("words", "its file '{0}' cannot be read"),
    _rep.EMPTY: QT_TRANSLATE_NOOP("words", "it has no question Companion can run"),
}
_TOO_MANY = QT_TRANSLATE_NOOP("words", "%n more item(s) beyond the limit of {0} parts were left out")
_TOO_DEEP = QT_TRANSLATE_NOOP("words", "items nested more than {0} deep were left out")


def import_counts(report) -> list[str]:
    """What came in, one phrase per kind ("3 lectures", "2 quizzes with 7 questions: ...")."""
    out = [translate("words", text, None, report.counts[key]) for key, text in _COUNTS if report.counts.get(key)]
    by_type = report.questions_by_type()
    if by_type:
        parts = [translate("words", "{0} {1}").format(number(n), translate("words", _QUESTION_TYPES[t])
                                                      if t in _QUESTION_TYPES else t) for t, n in by_type.items()]
        out.append(translate("words", "%n question(s): {0}", None, sum(by_type.values())).format(", ".join(parts)))
    return out


def import_skipped(item) -> str:
    """One item left out (``report.Skipped``), the title as the source named it."""
    if item.reason == _rep.TOO_MANY:
        if item.data.get("what") == "depth":
            why = translate("words", _TOO_DEEP).format(number(item.data.get("limit", 0)))
        else:
            why = translate("words", _TOO_MANY, None, int(item.data.get("count", 0))).format(
                number(item.data.get("limit", 0)))
        return translate("words", "{0}: {1}").format(item.title, why) if item.title else why
    text = _SKIP_REASONS.get(item.reason)
    fact = item.data.get("type") or item.data.get("path") or item.data.get("what") or "?"
    why = translate("words", text).format(fact) if text else item.reason
    link = item.data.get("url")
    if link:
        why = translate("words", "{0}: {1}").format(why, link)
    return translate("words", "{0}: {1}").format(item.title or "?", why)


def import_report(report) -> str:
    """An import report in words: what happened to the course, what came in, what did not and why."""
    title = report.course_title or report.course_id
    if report.action == "updated":
        head = translate("words", "Updated '{0}' (version {1}); your answers, drafts and outbox are kept.").format(
            title, report.version)
    elif report.action == "unchanged":
        head = translate("words", "'{0}' is already here as this file has it; nothing changed.").format(title)
    elif report.source_format != "imscc":  # a question bank (Moodle XML, GIFT, QTI)
        head = translate("words", "Imported '{0}' with %n question(s).", None,
                         sum(report.questions_by_type().values())).format(title)
    else:
        head = translate("words", "Added '{0}' from an IMS Common Cartridge {1}.").format(title, report.format_version)
    lines = [head]
    counts = import_counts(report)
    if counts:
        lines.append(translate("words", "Came in: {0}.").format("; ".join(counts)))
    if report.skipped:
        lines.append(translate("words", "%n item(s) did not come in as they are:", None, len(report.skipped)))
        lines.extend("  • " + import_skipped(item) for item in report.skipped)
    return "\n".join(lines)
