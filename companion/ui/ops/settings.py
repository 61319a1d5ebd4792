"""Operations of the Settings page, one per section: load what a section shows, save what it
holds. Each returns what it changed (see :mod:`companion.ui.ops`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import time as dt_time
from typing import TYPE_CHECKING

from companion.services.settings import (BANDWIDTH, DAILY_BUDGET, DEFAULT_VARIANT, LANGUAGE, LARGE_MB, OFFPEAK,
                                         TIME_ZONE, UNMETERED_ONLY)
from companion.services.system import local_zone_name

from . import COURSE, SETTINGS, Changed, changed

if TYPE_CHECKING:
    from companion.app import App


def all_zones() -> list[str]:
    from zoneinfo import available_timezones

    return sorted(z for z in available_timezones() if "/" in z and not z.startswith(("Etc/", "SystemV/", "posix/", "right/")))


# ---- time zone ----
@dataclass(frozen=True)
class ZoneView:
    zone: str  # in use
    chosen: str | None  # None: the computer's own
    system_zone: str
    zones: list[tuple[str, str]] | None  # every zone one can pick, (id, name), by name (only when asked for)


def named_zones(instant) -> list[tuple[str, str]]:
    """Every zone one can pick as (IANA id, its name in the participant's language: 'Madrid (CEST)'),
    in the order of the names; a name two zones share carries the id too, so no two look alike."""
    from companion.domain.timefmt import zone_choice

    named = [(zone, zone_choice(instant, zone)) for zone in all_zones()]
    counts: dict[str, int] = {}
    for _, name in named:
        counts[name] = counts.get(name, 0) + 1
    named = [(zone, name if counts[name] == 1 else f"{name} · {zone}") for zone, name in named]
    # in the language's alphabetical order ('Ámsterdam' with the A's in Spanish, not after 'Zúrich')
    from functools import cmp_to_key

    from PySide6.QtCore import QCollator, QLocale, Qt

    collator = QCollator(QLocale())  # the language's (language.apply sets the default locale)
    collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    return sorted(named, key=cmp_to_key(lambda a, b: collator.compare(a[1], b[1]) or (a[0] > b[0]) - (a[0] < b[0])))


def zone_view(app: "App", with_zones: bool = False) -> Changed:
    return changed(ZoneView(app.settings.time_zone(), app.settings.get(TIME_ZONE), local_zone_name(),
                            named_zones(app.clock.now()) if with_zones else None))


def set_time_zone(app: "App", name: str | None) -> Changed:
    """Use ``name`` (None: the computer's zone); value: the zone now in use."""
    app.settings.set_time_zone(name)
    return changed(app.settings.time_zone(), SETTINGS)


# ---- reminders ----
def reminder_settings(app: "App") -> Changed:
    return changed(app.schedule.reminder_settings())


def save_reminders(app: "App", enabled: bool, session_minutes: list[int], deadline_minutes: list[int]) -> Changed:
    app.schedule.set_reminder_settings(enabled, session_minutes, deadline_minutes)
    return changed(app.schedule.reminder_settings(), SETTINGS)


# ---- downloads ----
@dataclass(frozen=True)
class DownloadSettings:
    bandwidth_kbit: int = 0  # 0: no limit
    variant: str = "original"
    unmetered_only: bool = False
    daily_budget_mb: int = 0  # 0: no budget
    offpeak: tuple[dt_time, dt_time] | None = None  # large files wait for these hours
    large_mb: int = 50


def download_settings(app: "App") -> Changed:
    policy = app.downloads.policy()
    window = (policy.offpeak_start, policy.offpeak_end) if policy.offpeak_start and policy.offpeak_end else None
    return changed(DownloadSettings(int(app.settings.get(BANDWIDTH) or 0), app.settings.get(DEFAULT_VARIANT),
                                    policy.unmetered_only, int(policy.daily_budget_mb), window, policy.large_mb))


def save_download_settings(app: "App", chosen: DownloadSettings) -> Changed:
    window = (f"{chosen.offpeak[0]:%H:%M}-{chosen.offpeak[1]:%H:%M}" if chosen.offpeak else None)
    for key, value in ((BANDWIDTH, chosen.bandwidth_kbit), (DEFAULT_VARIANT, chosen.variant),
                       (UNMETERED_ONLY, chosen.unmetered_only), (DAILY_BUDGET, chosen.daily_budget_mb),
                       (OFFPEAK, window), (LARGE_MB, chosen.large_mb)):
        app.settings.set(key, value)  # each value is checked by the registry (a bad one raises, saying which)
    return changed(chosen, SETTINGS)


# ---- the portal ----
@dataclass(frozen=True)
class PortalView:
    url: str | None
    login: str | None
    signed_in: bool
    in_keyring: bool  # the sign-in outlives this run of Companion


def portal_view(app: "App") -> Changed:
    url, login = app.settings.portal_url(), app.sync.login()
    signed_in = app.sync.signed_in()
    in_keyring = signed_in and app.sync.kept_in_keyring()
    return changed(PortalView(url, login, signed_in, in_keyring))


def set_portal_url(app: "App", url: str | None) -> Changed:
    """Keep the portal's address (None forgets it); a bad address raises with the reason."""
    app.settings.set_portal_url(url)
    return changed(app.settings.portal_url(), SETTINGS)


def sign_in(app: "App", url: str, login: str, password: str) -> Changed:
    """Sign in to the portal at ``url`` (on the network lane); value: SignedIn (name, kept in the keyring)."""
    return changed(app.sync.sign_in(url, login, password), SETTINGS)


def sign_out(app: "App", portal_url: str | None = None) -> Changed:
    """Sign out of one portal (default: the chosen one); the others stay signed in."""
    app.sync.sign_out(portal_url)
    return changed(None, SETTINGS)


def sign_ins(app: "App") -> Changed:
    """Every portal signed in to (SignIn: url, login, name, expired), the chosen one first."""
    return changed(app.sync.sign_ins())


# ---- language ----
def language(app: "App") -> Changed:
    return changed(app.settings.get(LANGUAGE))


def set_language(app: "App", code: str | None) -> Changed:
    """The app's language from the next start (None: the computer's)."""
    app.settings.set(LANGUAGE, code)
    return changed(code, SETTINGS)


# ---- course dates ----
def course(app: "App", course_id: str) -> Changed:
    return changed(app.library.course(course_id))


def course_dates(app: "App", course_id: str) -> Changed:
    """Value: (the course, the weeks the portal runs it after its published dates; 0 when shifted here)."""
    course = app.library.course(course_id)
    return changed((course, 0 if course.shift_weeks else app.library.portal_shift_weeks(course_id)))


def shift_course_to_now(app: "App", course_id: str) -> Changed:
    """Run the course from this week; value: the shift in weeks."""
    return changed(app.library.shift_to_now(course_id, app.settings.time_zone()), COURSE)


def reset_course_shift(app: "App", course_id: str) -> Changed:
    app.library.reset_shift(course_id)
    return changed(0, COURSE)
