"""Operations on the participant's certificates (issued on the portal, downloaded at sync)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from . import Changed, changed

if TYPE_CHECKING:
    from companion.app import App
    from companion.services.certificates import HeldCertificate


def held(app: "App", course_id: str) -> Changed[list["HeldCertificate"]]:
    """The course's certificates kept on this computer (none when the app keeps none)."""
    keeper = app.sync.certificates
    return changed(keeper.held(course_id) if keeper is not None and course_id else [])


def save_as(app: "App", course_id: str, code: str, target: Path) -> Changed[Path]:
    """A copy of the certificate at ``target``, written whole or not at all."""
    return changed(app.sync.certificates.save_as(course_id, code, target))
