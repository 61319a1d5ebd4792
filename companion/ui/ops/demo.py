"""The demo portal: a reference portal on 127.0.0.1 for as long as the app runs.

It stands in for the participant's own portal (if any) and is gone when the app closes, so the
app must not remember it as "the portal": ending the demo signs out of it and brings back the portal
and login used before. Without that, the next start found a portal address and a login whose token
was never kept, and said the sign-in had expired.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from companion.services.settings import DEMO_PORTAL

from . import SETTINGS, Changed, changed

if TYPE_CHECKING:
    from companion.app import App


def start_demo(app: "App", course_id: str = "caring-cities-2023") -> Changed[Any]:
    """Start the reference portal on a free port of 127.0.0.1 and sign in its demo participant;
    returns the running server."""
    from companion.services.demo_portal import DemoPortal

    folder: Path = app.data_dir / "demo-portal"
    server = DemoPortal.start(folder)
    login, password = server.login, server.password
    previous = app.settings.get(DEMO_PORTAL) or {"previous_url": app.settings.portal_url(),
                                                 "previous_login": app.sync.login()}
    try:
        app.settings.set(DEMO_PORTAL, {**previous, "url": server.url})
        app.sync.sign_in(server.url, login, password)
    except Exception:
        server.stop()
        end_demo(app)
        raise
    return changed(server, SETTINGS)


def end_demo(app: "App") -> Changed[bool]:
    """Forget the demo portal (when the app closes, or at the next start after a crash); True when
    there was one."""
    demo = app.settings.get(DEMO_PORTAL)
    if not demo:
        return Changed(False)
    if app.settings.portal_url() == demo.get("url"):
        app.sync.sign_out()  # forgets the token even when the demo portal is already gone
        app.sync.use_portal(demo.get("previous_url"), demo.get("previous_login"))
    if demo.get("url"):
        app.sync.forget_portal(demo["url"])  # its courses go back to the portal used before
    app.settings.set(DEMO_PORTAL, None)
    return changed(True, SETTINGS)
