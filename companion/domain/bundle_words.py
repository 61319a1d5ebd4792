"""The words for a refused course file (.ccb) and for a size: the one piece of wording the app and the
reference portal's command line share (through companion.shared_kernel), so it lives below both, in
the domain, beside the bundle codes it explains. Everything else a person reads is built in
companion.ui.words."""

from __future__ import annotations

from companion.domain import bundle as b
from companion.domain.i18n import QT_TRANSLATE_NOOP, translate

_BUNDLE_FAULTS = {
    b.NOT_A_BUNDLE: (QT_TRANSLATE_NOOP("words", "This is not a Companion course file (.ccb)."), ()),
    b.TRUNCATED: (QT_TRANSLATE_NOOP("words", "The course file is incomplete: it ends too early (perhaps the copy was "
                                            "interrupted). Copy it again."), ()),
    b.ALTERED: (QT_TRANSLATE_NOOP("words", "The course file was altered or damaged: '{0}' does not match its "
                                          "checksum (sha256)."), ("name",)),
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
    if n >= 1e9:
        return translate("words", "{0:.1f} GB").format(n / 1e9)
    if n >= 1e6:
        return translate("words", "{0:.1f} MB").format(n / 1e6)
    return translate("words", "{0} KB").format(max(1, round(n / 1e3)) if n else 0)


def bundle_fault(error: b.BundleError) -> str:
    """The sentence that names why a bundle was refused (a fact the error lacks shows as '?')."""
    text, keys = _BUNDLE_FAULTS.get(error.code, _BUNDLE_FAULTS[b.NOT_A_BUNDLE])
    facts = []
    for key in keys:
        value = error.data.get(key, "?")
        facts.append(size_text(value) if error.code in _IN_BYTES and isinstance(value, int) else value)
    return translate("words", text).format(*facts)


