"""Every setting, declared once: its key, type, default, scope and check; read and written typed.

``app`` settings hold for this computer, ``per-portal`` ones describe the portal signed in to, and
``per-item`` ones are kept for one thing (a lecture video's position: ``get(PLAYBACK, key)``).
The store keeps the values (JSON); nothing else reads or writes them by key. A value of the wrong
type or out of range is refused with a :class:`CompanionError` (code ``settings.invalid``) and nothing
is written. The receipts and course lists of the portal are not settings: they have their own tables.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from companion.domain import reasons
from companion.domain.errors import CompanionError, UnknownTimeZone
from companion.domain.schedule import is_valid_zone

if TYPE_CHECKING:
    from companion.store.repo import Store

from .system import local_zone_name

APP, PORTAL, PER_ITEM = "app", "per-portal", "per-item"
LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1")


@dataclass(frozen=True)
class Setting:
    key: str
    type: type | tuple[type, ...]  # what a value must be (None is allowed when the default is None)
    default: Any
    description: str
    scope: str = APP
    check: Callable[[Any], Any] | None = None  # normalises a value, or raises CompanionError

    def store_key(self, item: str | None = None) -> str:
        if self.scope == PER_ITEM:
            if not item:
                raise ValueError(f"the setting {self.key} is kept per item: say which")
            return f"{self.key}:{item}"
        return self.key


REGISTRY: dict[str, Setting] = {}


def declare(key: str, type_: type | tuple[type, ...], default: Any, description: str, scope: str = APP,
            check: Callable[[Any], Any] | None = None) -> Setting:
    if key in REGISTRY:
        raise ValueError(f"the setting {key} is declared twice")
    setting = Setting(key, type_, default, description, scope, check)
    REGISTRY[key] = setting
    return setting


def _invalid(setting: Setting, value: Any) -> CompanionError:
    return CompanionError(f"{value!r} is not a valid value for {setting.key}", code=reasons.SETTING_INVALID,
                          data={"key": setting.key, "value": repr(value)})


def _one_of(*choices: str) -> Callable[[Any], Any]:
    def check(value: Any) -> Any:
        if value not in choices:
            raise ValueError(value)
        return value
    return check


def _at_least(low: float) -> Callable[[Any], Any]:
    def check(value: Any) -> Any:
        if value < low:
            raise ValueError(value)
        return value
    return check


def _port(value: Any) -> Any:
    if not 0 < value < 65536:
        raise ValueError(value)
    return value


_WINDOW = re.compile(r"^([01]\d|2[0-3]):[0-5]\d-([01]\d|2[0-3]):[0-5]\d$")


def _window(value: Any) -> Any:
    if value is not None and not _WINDOW.match(value):
        raise ValueError(value)
    return value


def _minutes(value: Any) -> Any:
    if value is not None and not all(isinstance(m, int) and m > 0 for m in value):
        raise ValueError(value)
    return sorted(set(value), reverse=True) if value is not None else None


def check_portal_url(url: str) -> str:
    """A portal address fit to use, or a CompanionError saying why not."""
    url = url.strip().rstrip("/")
    parts = urlsplit(url)
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise CompanionError(f"'{url}' is not a web address like https://portal.example.org",
                             code=reasons.BAD_URL, data={"url": url})
    if parts.scheme == "http" and parts.hostname not in LOOPBACK_HOSTS and not parts.hostname.startswith("127."):
        raise CompanionError("an http:// portal address is only allowed on this computer (127.0.0.1 or "
                             "localhost); use https:// so your password and work travel encrypted",
                             code=reasons.HTTP_NOT_LOCAL, data={"url": url})
    return url


def check_update_url(url: str) -> str:
    """An update repository's address. Plain http:// is allowed anywhere (a colleague's computer on the
    office network can serve one): every byte is checked against the signed TUF metadata."""
    url = url.strip().rstrip("/")
    parts = urlsplit(url)
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise CompanionError(f"'{url}' is not a web address like https://updates.example.org",
                             code=reasons.BAD_URL, data={"url": url})
    return url


def _sign_ins(entries: Any) -> Any:
    out, seen = [], set()
    for entry in entries:
        if not isinstance(entry, dict) or not isinstance(entry.get("login"), str) or not entry["login"]:
            raise ValueError(entry)
        url = check_portal_url(entry.get("url") or "")
        if url in seen:
            raise ValueError(entry)  # one sign-in per portal
        seen.add(url)
        out.append({"url": url, "login": entry["login"], "name": str(entry.get("name") or entry["login"]),
                    "expired": bool(entry.get("expired"))})
    return out


def _zone(name: Any) -> Any:
    if name and not is_valid_zone(name):
        raise UnknownTimeZone(name)
    return name or None


# ---- the participant's choices ----
TIME_ZONE = declare("time_zone", str, None, "Your time zone (IANA name); empty means the computer's own",
                    check=_zone)
LANGUAGE = declare("language", str, None, "The app's language (en, ko, es); empty means the computer's own",
                   check=_one_of("en", "ko", "es"))
PORTAL_URL = declare("portal_url", str, None, "The course portal's address",
                     check=lambda url: check_portal_url(url) if url else None)
CURRENT_COURSE = declare("current_course", str, None, "The course the window shows")
QUIZ_SHUFFLE = declare("quiz_shuffle", bool, False, "Shuffle questions and options in new quiz attempts")
QUIZ_MODE = declare("quiz_mode", str, "one_by_one", "Show quiz questions one at a time or all on one page",
                    check=_one_of("one_by_one", "all"))
PLAYBACK = declare("playback", int, 0, "Where a lecture video or audio stopped (milliseconds)", PER_ITEM,
                   check=lambda ms: max(0, ms))
# reminders (minutes before a live session / a deadline; None: the domain's defaults)
REMINDERS_ON = declare("reminders_on", bool, True, "Remind me of live sessions and deadlines")
SESSION_LEADS = declare("reminder_session_leads_min", list, None, "Minutes before a live session to remind",
                        check=_minutes)
DEADLINE_LEADS = declare("reminder_deadline_leads_min", list, None, "Minutes before a deadline to remind",
                         check=_minutes)
# downloads and what they may cost
BANDWIDTH = declare("download_bandwidth_kbit", int, 0, "Bandwidth cap for downloads in kbit/s (0: none)",
                    check=_at_least(0))
DEFAULT_VARIANT = declare("download_default_variant", str, "original", "Which version of a material to download",
                          check=_one_of("original", "low", "audio", "text"))
UNMETERED_ONLY = declare("download_unmetered_only", bool, False, "Download only on unmetered connections")
DAILY_BUDGET = declare("download_daily_budget_mb", (int, float), 0, "Daily download budget in MB (0: none)",
                       check=_at_least(0))
OFFPEAK = declare("download_offpeak", str, None, "Large files wait for this window, \"22:00-06:00\" (None: no window)",
                  check=_window)
LARGE_MB = declare("download_large_mb", int, 50, "A file this many MB or bigger counts as large", check=_at_least(1))
DOWNLOAD_USAGE = declare("download_usage", dict, None, "Bytes downloaded on the participant's local day")
# updates of the app itself (companion/services/updates.py)
UPDATE_URL = declare("update_url", str, None, "The update repository's address (None: the one built into the app; "
                     "COMPANION_UPDATE_URL overrides both)", check=lambda url: check_update_url(url) if url else None)
UPDATE_MIRROR = declare("update_mirror", str, None, "A copy of the update repository on the office network: updates "
                        "are downloaded from it first (every byte checked against the signed metadata)",
                        check=lambda url: check_update_url(url) if url else None)
UPDATES_MODE = declare("updates", str, "when_allowed", "Check for updates when the download rules allow it, or never",
                       check=_one_of("when_allowed", "never"))
UPDATE_LAST = declare("update_last", dict, None, "The last update check: {at, state, version, error, kind, size}")
# office sharing over the local network
SHARE_ON = declare("share_on_network", bool, False, "Share my verified lecture files with Companions on this local "
                   "network (read-only)")
SHARE_PORT = declare("share_port", int, 8765, "The TCP port sharing listens on", check=_port)
SHARE_KBIT = declare("share_bandwidth_kbit", int, 20000, "What sharing may use of this computer's link, in kbit/s "
                     "(0: no cap)", check=_at_least(0))

# ---- what Companion keeps about the portal ----
PORTAL_LOGIN = declare("portal_login", str, None, "The login signed in with", PORTAL)
PORTAL_NAME = declare("portal_participant_name", str, None, "The participant's name as the portal gives it", PORTAL)
CLOCK_OFFSET = declare("clock_offset_s", (int, float), 0.0, "Portal time minus this computer's, as last measured",
                       PORTAL)
COURSES_LISTED_AT = declare("portal_courses_listed_at", str, None, "When the portal's course list was last read",
                            PORTAL)
LAST_SYNC = declare("last_sync", dict, None, "When the last sync pass ended and what it came to (a code)", PORTAL)
SIGN_INS = declare("portal_sign_ins", list, None, "The portals signed in to besides the chosen one (portal_url, "
                   "portal_login): [{url, login, name, expired}]", PORTAL,
                   check=lambda entries: _sign_ins(entries))
COURSE_PORTAL = declare("course_portal", str, None, "The portal a course came from (None: the chosen portal)",
                        PER_ITEM, check=lambda url: check_portal_url(url) if url else None)
PORTAL_LISTING = declare("portal_course_list", dict, None, "A portal's course list as last read ({at, ids})",
                         PER_ITEM)
PORTAL_EXTENSIONS = declare("portal_extensions", dict, None, "What a portal answered about each optional "
                            "extension of PROTOCOL.md ({name: {present, at}}), asked again a day later", PER_ITEM)
COURSE_CERTIFICATES = declare("course_certificates", list, None, "The certificates held for a course, as the "
                              "portal listed them, with where each PDF is kept (companion.services.certificates)",
                              PER_ITEM)
REVIEW_REMINDER_AT = declare("review.reminder_at", str, None, "The daily review reminder's local time (HH:MM), "
                             "or None: no reminder")
REVIEW_REMINDER_FIRED = declare("review.reminder_fired", str, None, "When the daily review reminder last fired "
                                "(an ISO instant)")
DEMO_PORTAL = declare("demo_portal", dict, None, "The demo portal this computer runs ({url, previous_url, "
                      "previous_login}): the portal it stands in for comes back when the demo ends")


class Settings:
    def __init__(self, store: "Store"):
        self.store = store

    def get(self, setting: Setting, item: str | None = None) -> Any:
        value = self.store.get_setting(setting.store_key(item), setting.default)
        if value is None or isinstance(value, setting.type) and not (setting.type is int and isinstance(value, bool)):
            return value
        return setting.default  # a stored value of another type (an older version's) reads as the default

    def set(self, setting: Setting, value: Any, item: str | None = None) -> Any:
        """Write a value after checking its type and range; returns what was stored."""
        if REGISTRY.get(setting.key) is not setting:
            raise ValueError(f"the setting {setting.key} is not declared")
        if value is not None:
            types = setting.type if isinstance(setting.type, tuple) else (setting.type,)
            if float in types and isinstance(value, int) and not isinstance(value, bool):
                pass
            elif not isinstance(value, types) or (bool not in types and isinstance(value, bool)):
                raise _invalid(setting, value)
        if setting.check is not None:
            try:
                value = setting.check(value) if value is not None else None
            except CompanionError:
                raise
            except (TypeError, ValueError):
                raise _invalid(setting, value) from None
        self.store.set_setting(setting.store_key(item), value)
        return value

    def time_zone(self) -> str:
        chosen = self.get(TIME_ZONE)
        return chosen if chosen and is_valid_zone(chosen) else local_zone_name()

    def set_time_zone(self, name: str | None) -> None:
        self.set(TIME_ZONE, name or None)

    def portal_url(self) -> str | None:
        return self.get(PORTAL_URL)

    def set_portal_url(self, url: str | None) -> None:
        self.set(PORTAL_URL, url or None)

    # ---- where each lecture video or audio stopped (milliseconds) ----
    def playback_position(self, key: str) -> int:
        value = self.get(PLAYBACK, key)
        return value if value > 0 else 0

    def set_playback_position(self, key: str, ms: int) -> None:
        self.set(PLAYBACK, int(ms), key)
