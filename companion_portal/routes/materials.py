"""Lecture files with byte ranges and a strong ETag (PROTOCOL.md: Materials)."""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter
from fastapi.responses import FileResponse
from sqlalchemy import select

from ..core import API, PortalDep, Who
from ..errors import ApiRefusal
from ..models import Course

router = APIRouter(prefix=API + "/courses", tags=["materials"])


@router.get("/{course_id}/materials/{material_id}/{variant}")
def material(course_id: str, material_id: str, variant: str, portal: PortalDep, who: Who) -> FileResponse:
    with portal.read() as conn:
        _etag, course, _body = portal.course(conn, course_id, who)
        package = Path(conn.execute(select(Course.package_dir).where(Course.id == course_id)).scalar_one())
    found = next((v for _lec, m in course.materials() if m.id == material_id for v in m.variants
                  if v.name == variant and v.path), None)
    if found is None:
        raise ApiRefusal(404, "unknown_material", f"There is no material '{material_id}' ({variant}).")
    path = (package / found.path).resolve()
    if package.resolve() not in path.parents or not path.is_file():
        raise ApiRefusal(404, "unknown_material", "That material's file is not on this portal.")
    headers = {"Cache-Control": "private, max-age=86400"}
    if found.sha256:
        headers["ETag"] = f'"{found.sha256}"'
    return FileResponse(path, media_type=found.mime, headers=headers)
