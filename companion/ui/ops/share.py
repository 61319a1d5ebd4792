"""Operations of office sharing (Settings → "Share my course files on this network"): what sharing
does now, and turning it on or off (the setting and the server together). Each returns what it
changed (see :mod:`companion.ui.ops`)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from companion.domain import reasons
from companion.domain.errors import CompanionError
from companion.services.settings import SHARE_KBIT, SHARE_ON, SHARE_PORT
from companion.sync.discovery import enabled as discovery_enabled

from . import SETTINGS, Changed, changed

if TYPE_CHECKING:
    from companion.app import App


@dataclass(frozen=True)
class ShareView:
    on: bool  # the participant's choice
    running: bool  # the server listens now
    name: str  # this computer's name, as colleagues see it
    port: int
    files: int  # verified lecture files it would share
    cap_kbit: int  # what sharing may use of this computer's link (0: no cap)


def share_view(app: "App") -> Changed:
    server = app.sharing.server
    return changed(ShareView(app.settings.get(SHARE_ON), server is not None,
                             server.name if server else app.sharing.name(), server.port if server else
                             app.settings.get(SHARE_PORT), len(app.sharing.catalog.files()),
                             app.settings.get(SHARE_KBIT)))


def _start(app: "App") -> None:
    port, kbit = app.settings.get(SHARE_PORT), app.settings.get(SHARE_KBIT)
    try:
        app.sharing.start(port=port, rate_bytes=kbit * 1000 / 8 if kbit else None, announce=discovery_enabled())
    except OSError as exc:
        raise CompanionError(f"cannot listen on port {port}: {exc}", code=reasons.SHARE_PORT_BUSY,
                             data={"port": port, "error": exc.strerror or str(exc)}) from None


def set_sharing(app: "App", on: bool) -> Changed:
    """Share (or stop sharing) this computer's verified lecture files; value: the new ShareView.
    The choice is kept only when the server could start, so "on" always means "shared"."""
    if on:
        _start(app)
    else:
        app.sharing.stop()
    app.settings.set(SHARE_ON, on)
    return changed(share_view(app).value, SETTINGS)


def open_network(app: "App") -> Changed:
    """At start: share again if the participant chose to, and look for colleagues who share (the
    downloads try them before the portal). Sharing that cannot start leaves the setting as it is."""
    if discovery_enabled():
        app.downloads.peers = app.discovery.peers
    if app.settings.get(SHARE_ON) and not app.sharing.running:
        _start(app)
    return changed(share_view(app).value)
