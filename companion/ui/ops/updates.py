"""Operations of the app's own updates (companion/services/updates.py): what Settings -> Updates shows,
the participant's choices, a check and a download. The network ones run on the "net" lane."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from . import SETTINGS, UPDATES, Changed, changed

if TYPE_CHECKING:
    from companion.app import App


def update_view(app: "App") -> Changed:
    return changed(app.updates.view())


def save_update_settings(app: "App", mode: str, url: str | None, mirror: str | None = None) -> Changed:
    """``mode``: "when_allowed" or "never"; ``url``: the repository (empty: the one built in); ``mirror``:
    a copy of it on the office network (empty: none)."""
    app.updates.set_url(url)  # checked first: a bad address keeps the mode as it was too
    app.updates.set_mirror(mirror)
    app.updates.set_mode(mode)
    return changed(app.updates.view(), SETTINGS, UPDATES)


def check_for_update(app: "App", metered: bool | None, by_hand: bool = False) -> Changed:
    """Ask the repository (by itself only when due); a small update is fetched and staged at once."""
    if not by_hand and not app.updates.due():
        return changed(None)
    return changed(app.updates.check(metered, by_hand=by_hand), UPDATES)


def fetch_update(app: "App", offer, metered: bool | None, progress: Callable[[int, int], None] | None = None,
                 cancel: threading.Event | None = None) -> Changed:
    return changed(app.updates.fetch(offer, metered, progress=progress, cancel=cancel), UPDATES)
