"""Which language the participant reads, and dates written the way their language writes them.

English, Korean and Spanish ship with the app (Qt Linguist files in ``resources/i18n``). The
language comes from Settings, or else from the computer's preferred languages. Course content is
not translated: it stays in the course's own language.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from companion.domain import i18n

from .settings import Setting

LANGUAGES = {"en": "English", "ko": "한국어 (Korean)", "es": "Español (Spanish)"}
LANGUAGE = Setting("language", None, "The app's language (en, ko, es); empty means the computer's own")

# Babel skeletons: each locale orders weekday, day, month and year its own way
SKELETONS = {"day": "MMMEd", "day_year": "yMMMEd", "date": "yMMMd", "date_weekday": "yMMMEd"}


def pick_language(chosen: str | None, preferred: Iterable[str]) -> str:
    """The language to use: the participant's choice, else the first of the system's preferred
    languages (``ko-KR``, ``es_419``, ...) that ships, else English."""
    if chosen in LANGUAGES:
        return chosen
    for tag in preferred:
        code = tag.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


def babel_dates(language: str):
    """A date formatter for the domain's labels in ``language`` (None for English, whose labels
    the domain writes itself: 'Thu 13 Jul')."""
    if language == "en":
        return None
    from babel import Locale
    from babel.dates import format_skeleton

    locale = Locale.parse(language)
    format_skeleton("MMMEd", date(2023, 7, 13), locale=locale)  # load the locale data now, not on first use

    def render(day: date, style: str) -> str:
        return format_skeleton(SKELETONS[style], day, locale=locale)

    return render


def apply_language(language: str) -> None:
    """Domain dates in ``language``; the UI installs the Qt translator alongside."""
    i18n.install_dates(babel_dates(language))
