"""Which language the participant reads, and dates written the way their language writes them.

English, Korean and Spanish ship with the app (Qt Linguist files in ``resources/i18n``). The
language comes from Settings, or else from the computer's preferred languages. Course content is
not translated: it stays in the course's own language.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from pathlib import Path

from companion.domain import i18n

from .settings import LANGUAGE

LANGUAGES = {"en": "English", "ko": "한국어 (Korean)", "es": "Español (Spanish)"}
__all__ = ["LANGUAGE", "LANGUAGES", "apply_language", "file_backend", "pick_language"]

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


def babel_numbers(language: str) -> i18n.Numbers | None:
    """Numbers, percentages and units as ``language`` writes them (None: plain English)."""
    if language == "en":
        return None
    from babel import Locale
    from babel.numbers import format_decimal, format_percent
    from babel.units import format_compound_unit, format_unit

    locale = Locale.parse(language)

    def pattern(digits: int) -> str:
        return "#,##0" + ("." + "0" * digits if digits else "")

    def decimal(value: float, digits: int) -> str:
        try:
            return format_decimal(value, pattern(digits), locale=locale)
        except Exception:  # noqa: BLE001 - a number is always shown, in plain digits at worst
            return f"{value:.{digits}f}"

    def unit(value: float, name: str, digits: int) -> str:
        # A CLDR unit as the locale writes it ('1,2 MB'); a speed CLDR lacks ("megabyte-per-second")
        # from its two halves ('1,2 MB/s', '1.2MB/s'); anything else the locale's number and the
        # plain symbol. Never raises: a unit name must not stop a download.
        try:
            return format_unit(value, name, length="short", format=pattern(digits), locale=locale)
        except Exception:  # noqa: BLE001
            pass
        if "-per-" in name:
            numerator, denominator = name.split("-per-", 1)
            try:
                return format_compound_unit(value, numerator, denominator_unit=denominator, length="short",
                                            format=pattern(digits), locale=locale) or ""
            except Exception:  # noqa: BLE001
                pass
        try:
            return f"{decimal(value, digits)} {i18n.UNITS.get(name, name)}"
        except Exception:  # noqa: BLE001
            return i18n.ENGLISH.unit(value, name, digits)

    return i18n.Numbers(
        decimal=decimal,
        percent=lambda fraction: format_percent(fraction, locale=locale),
        unit=unit,
    )


def babel_zone_cities(language: str):
    """The CLDR exemplar city of a zone in ``language`` ('Bogotá', 'Nueva York', '보고타'), for the
    zone names the domain writes where the IANA data has no lettered abbreviation. English too:
    the IANA names drop accents ('America/Bogota'). Babel is imported on the first zone that needs
    a city, not at start-up (most zones have an abbreviation)."""
    cache: dict[str, str | None] = {}

    def city(time_zone: str) -> str | None:
        # Babel and the locale's data load on first use: most zones have an abbreviation and never ask
        if time_zone not in cache:
            from babel.dates import get_timezone, get_timezone_location

            try:
                cache[time_zone] = get_timezone_location(get_timezone(time_zone), locale=language, return_city=True)
            except (LookupError, ValueError):
                cache[time_zone] = None
        return cache[time_zone]

    return city


# Plural forms as Qt Linguist numbers them: Spanish has one and other, Korean one form.
PLURAL_FORM = {"es": lambda n: 0 if n == 1 else 1, "ko": lambda n: 0}


def file_backend(language: str, folder: Path | None = None) -> i18n.Backend | None:
    """A translation backend without Qt (for the CLI): reads resources/i18n/companion_<lang>.ts."""
    if language == "en":
        return None
    import xml.etree.ElementTree as ET

    from companion.paths import resources_dir

    ts = (folder or resources_dir() / "i18n") / f"companion_{language}.ts"
    if not ts.is_file():
        return None
    table: dict[tuple[str, str], str | list[str]] = {}
    for ctx in ET.parse(ts).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for m in ctx.iter("message"):
            tr = m.find("translation")
            if tr is None or tr.get("type") == "unfinished":
                continue
            forms = [f.text or "" for f in tr.findall("numerusform")]
            table[(name, m.findtext("source") or "")] = forms if forms else (tr.text or "")
    form = PLURAL_FORM.get(language, lambda n: 0)

    def backend(context: str, text: str, _disambiguation: str | None, n: int) -> str:
        found = table.get((context, text))
        if found is None:
            return text
        if isinstance(found, list):
            return found[min(form(n), len(found) - 1)] if n >= 0 else found[0]
        return found

    return backend


def apply_language(language: str) -> None:
    """Domain dates, zone names and numbers in ``language``; the UI installs the Qt translator alongside."""
    i18n.install_dates(babel_dates(language))
    i18n.install_zone_cities(babel_zone_cities(language))
    i18n.install_numbers(babel_numbers(language))
