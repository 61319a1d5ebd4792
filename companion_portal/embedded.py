"""A demo portal inside the app, so a newcomer can watch sync work end to end on one machine."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from .__main__ import DEMO_LOGIN, DEMO_PASSWORD
from .testing import PortalServer


def start_demo_portal(folder: Path, course_folder: Path) -> tuple[PortalServer, str, str]:
    """Start the reference portal on a free port of 127.0.0.1; returns (server, login, password)."""
    from companion.domain.course import weeks_to_run_now
    from companion.services.course_package import load_package

    from .app import PortalConfig, create_app

    from .media import prepare_demo_package

    folder.mkdir(parents=True, exist_ok=True)
    course_folder = prepare_demo_package(course_folder, folder / "packages" / course_folder.name)
    app = create_app(PortalConfig(database_url=f"sqlite:///{folder / 'portal.sqlite3'}", data_dir=folder))
    shift = weeks_to_run_now(load_package(course_folder).course, datetime.now(timezone.utc))
    app.state.add_course(course_folder, shift)
    app.state.add_participant(DEMO_LOGIN, DEMO_PASSWORD, "Demo Participant", "Asia/Seoul")
    return PortalServer(app).start(), DEMO_LOGIN, DEMO_PASSWORD
