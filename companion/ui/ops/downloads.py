"""Operations on lecture downloads: what is queued, what it costs, pause, resume, remove, free
space. Each returns what it changed (see :mod:`companion.ui.ops`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import DOWNLOADS, Changed, changed

if TYPE_CHECKING:
    from companion.app import App


def download_states(app: "App", course_id: str) -> Changed:
    """(download records by (material, variant), ids of materials readable offline, ids with an update)."""
    course = app.library.course(course_id)
    offline = {m.id for _l, m in course.materials() if app.library.material_file(course_id, m)}
    states = app.downloads.states(course_id)
    updates = {key[0] for key, record in states.items() if record.state == "done"
               and app.downloads.update_available(record)}
    return changed((states, offline, updates))


def preview(app: "App", course_id: str, material_ids: list[str] | None, metered: bool | None) -> Changed:
    return changed(app.downloads.preview(course_id, material_ids, metered=metered))


def enqueue(app: "App", course_id: str, material_ids: list[str] | None) -> Changed:
    """Queue materials (None: the whole course); value: the titles queued."""
    return changed(app.downloads.enqueue(course_id, material_ids), DOWNLOADS)


def pause(app: "App", course_id: str, material_id: str, variant: str) -> Changed:
    app.downloads.pause(course_id, material_id, variant)
    return changed(material_id, DOWNLOADS)


def resume(app: "App", course_id: str, material_id: str, variant: str) -> Changed:
    app.downloads.resume(course_id, material_id, variant)
    return changed(material_id, DOWNLOADS)


def remove(app: "App", course_id: str, material_id: str, variant: str) -> Changed:
    app.downloads.remove(course_id, material_id, variant)
    return changed(material_id, DOWNLOADS)


def free_course_space(app: "App", course_id: str) -> Changed:
    """Remove a course's downloaded files; value: the bytes freed."""
    return changed(app.downloads.free_course(course_id), DOWNLOADS)


def data_use(app: "App") -> Changed:
    """(the data policy, bytes downloaded today, [(course id, title, bytes kept)])."""
    used = app.downloads.space_used()
    rows = [(c.id, c.title, used.get(c.id, 0)) for c in app.library.courses()]
    return changed((app.downloads.policy(), app.downloads.usage().bytes, rows))


def run_queue(app: "App", course_id: str, progress, metered: bool | None) -> Changed:
    """Fetch what is queued within the data settings (on the network lane); ``progress`` is called
    on the worker thread. Value: the DownloadReport."""
    return changed(app.downloads.run(course_id, progress=progress, metered=metered), DOWNLOADS)
