"""Facts about the computer the app runs on."""

from __future__ import annotations

import os

from companion.domain.schedule import is_valid_zone


def local_zone_name() -> str:
    """The participant's IANA zone as the operating system reports it; 'UTC' when it cannot tell.

    tzlocal knows every platform's way of saying it (the Windows registry included).
    """
    env = os.environ.get("TZ", "").lstrip(":")
    if env and is_valid_zone(env):
        return env
    try:
        from tzlocal import get_localzone_name

        name = get_localzone_name()
    except Exception:  # tzlocal raises several kinds on misconfigured systems
        name = None
    if name and is_valid_zone(name):
        return "UTC" if name in ("Etc/UTC", "Etc/Universal", "Universal", "Zulu") else name
    return "UTC"
