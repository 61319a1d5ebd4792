"""Settings, declared once with their types and defaults, kept in the store."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from companion.domain import reasons
from companion.domain.errors import CompanionError, UnknownTimeZone
from companion.domain.schedule import is_valid_zone
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from companion.store.repo import Store

from .system import local_zone_name


@dataclass(frozen=True)
class Setting:
    key: str
    default: Any
    description: str


TIME_ZONE = Setting("time_zone", None, "Your time zone (IANA name); empty means the computer's own")
PORTAL_URL = Setting("portal_url", None, "The course portal's address")
QUIZ_SHUFFLE = Setting("quiz_shuffle", False, "Shuffle questions and options in new quiz attempts")
QUIZ_MODE = Setting("quiz_mode", "one_by_one", "Show quiz questions one at a time or all on one page")

LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1")


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


class Settings:
    def __init__(self, store: "Store"):
        self.store = store

    def get(self, setting: Setting) -> Any:
        return self.store.get_setting(setting.key, setting.default)

    def set(self, setting: Setting, value: Any) -> None:
        self.store.set_setting(setting.key, value)

    def time_zone(self) -> str:
        chosen = self.get(TIME_ZONE)
        return chosen if chosen and is_valid_zone(chosen) else local_zone_name()

    def set_time_zone(self, name: str | None) -> None:
        if name and not is_valid_zone(name):
            raise UnknownTimeZone(name)
        self.set(TIME_ZONE, name or None)

    def portal_url(self) -> str | None:
        return self.get(PORTAL_URL)

    def set_portal_url(self, url: str | None) -> None:
        self.set(PORTAL_URL, check_portal_url(url) if url else None)

    # ---- where each lecture video or audio stopped (milliseconds) ----
    def playback_position(self, key: str) -> int:
        value = self.store.get_setting(f"playback:{key}", 0)
        return value if isinstance(value, int) and value > 0 else 0

    def set_playback_position(self, key: str, ms: int) -> None:
        self.store.set_setting(f"playback:{key}", max(0, int(ms)))
