"""The window's pages. Their titles live here, so the sidebar and the Go menu can name every page
without importing (and paying for) the pages not yet shown."""

from companion.domain.i18n import QT_TRANSLATE_NOOP

TITLES = {
    "dashboard": QT_TRANSLATE_NOOP("ui", "Dashboard"),
    "lectures": QT_TRANSLATE_NOOP("ui", "Lectures"),
    "schedule": QT_TRANSLATE_NOOP("ui", "Schedule"),
    "quizzes": QT_TRANSLATE_NOOP("ui", "Quizzes"),
    "review": QT_TRANSLATE_NOOP("ui", "Review"),
    "submissions": QT_TRANSLATE_NOOP("ui", "Submissions"),
    "settings": QT_TRANSLATE_NOOP("ui", "Settings"),
}
