"""Operations of the Lectures page that read a material or remember where playback stopped."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from companion.domain.course import Material

from . import Changed, changed

if TYPE_CHECKING:
    from companion.app import App

TEXT_KINDS = ("html", "transcript")
TEXT_MIMES = ("text/plain", "text/csv")
MAX_TEXT_BYTES = 4 * 1024**2


def material_content(app: "App", course_id: str, material: Material) -> Changed:
    """(the text of notes or a transcript, or '', the file) when the material is on this computer; else None."""
    path: Path | None = app.library.material_file(course_id, material)
    if path is None:
        return changed(None)
    plain = material.kind == "file" and any(v.mime in TEXT_MIMES for v in material.variants)
    text = path.read_text(encoding="utf-8", errors="replace") if material.kind in TEXT_KINDS else ""
    if plain and path.stat().st_size <= MAX_TEXT_BYTES:
        text = path.read_text(encoding="utf-8", errors="replace")
    return changed((text, path))


def playback_position(app: "App", key: str) -> Changed:
    return changed(app.settings.playback_position(key))


def save_playback_position(app: "App", key: str, ms: int) -> Changed:
    """Where a video or audio stopped (no page shows it: nothing to redraw)."""
    app.settings.set_playback_position(key, ms)
    return changed(ms)


def page_text(app: "App", path: Path) -> Changed:
    """A page of a course package that a link led to (read off the GUI thread; nothing changes)."""
    return changed(path.read_text(encoding="utf-8", errors="replace") if path.stat().st_size <= MAX_TEXT_BYTES else "")
