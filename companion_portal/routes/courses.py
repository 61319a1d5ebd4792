"""The course list and each course's manifest, with a strong ETag (PROTOCOL.md: Courses)."""

from __future__ import annotations

from fastapi import APIRouter, Header, Response
from sqlalchemy import select

from ..core import API, PortalDep, Who
from ..models import Course, Enrolment

router = APIRouter(prefix=API + "/courses", tags=["courses"])


@router.get("")
def list_courses(portal: PortalDep, who: Who) -> list[dict]:
    """The courses whose roster has this participant (no other course is shown to exist)."""
    with portal.db() as s:
        return [{"id": c.id, "title": c.title, "starts_on": c.manifest["starts_on"], "ends_on": c.manifest["ends_on"],
                 "time_zone": c.manifest["time_zone"], "manifest_etag": c.etag}
                for c in s.scalars(select(Course).join(Enrolment, Enrolment.course_id == Course.id)
                                  .where(Enrolment.participant_id == who.id).order_by(Course.id))]


@router.get("/{course_id}/manifest")
def manifest(course_id: str, portal: PortalDep, who: Who, if_none_match: str | None = Header(default=None)) -> Response:
    """The ETag is read from the database; the manifest's bytes come from the per-process cache kept
    under that ETag, so a 304 (most of them) builds nothing."""
    with portal.read() as conn:
        etag, _model, body = portal.course(conn, course_id, who)
    headers = {"ETag": etag, "Cache-Control": "no-cache"}
    if if_none_match and etag in [t.strip() for t in if_none_match.split(",")]:
        return Response(status_code=304, headers=headers)
    return Response(body, media_type="application/json", headers=headers)
