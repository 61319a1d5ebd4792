"""Certificates: the participant's certificates and their PDFs (docs/protocol-certificates.md), an
optional addition to PROTOCOL.md version 1. Issued on the desk (companion_portal/desk/certificates.py)."""

from __future__ import annotations

from fastapi import APIRouter, Response
from sqlalchemy import select

from ..core import API, PortalDep, Who
from ..errors import ApiRefusal
from ..issued import print_missing
from ..models import Certificate
from .submissions import instant

router = APIRouter(prefix=API + "/courses", tags=["certificates"])
CERTIFICATES_VERSION = 1


@router.get("/{course_id}/certificates")
def certificates(course_id: str, portal: PortalDep, who: Who) -> dict:
    """This participant's certificates in the course (at most one)."""
    with portal.read() as conn:
        portal.course(conn, course_id, who)  # 404 for an unknown course, or one not hers
    # printed when first asked for (issuing 500 on the desk records them at once)
    print_missing(portal, Certificate.course_id == course_id, Certificate.participant_id == who.id)
    with portal.read() as conn:
        rows = conn.execute(select(Certificate.code, Certificate.name, Certificate.course_title, Certificate.issued_on,
                                   Certificate.issued_at, Certificate.language, Certificate.size, Certificate.sha256)
                            .where(Certificate.course_id == course_id, Certificate.participant_id == who.id)
                            .order_by(Certificate.issued_at)).all()
    return {"version": CERTIFICATES_VERSION, "certificates": [
        {"code": r.code, "name": r.name, "course_title": r.course_title, "issued_on": r.issued_on,
         "issued_at": instant(r.issued_at), "language": r.language, "size": r.size, "sha256": r.sha256,
         "pdf_url": f"{API}/courses/{course_id}/certificates/{r.code}/pdf"} for r in rows]}


@router.get("/{course_id}/certificates/{code}/pdf")
def certificate_pdf(course_id: str, code: str, portal: PortalDep, who: Who) -> Response:
    with portal.read() as conn:
        portal.course(conn, course_id, who)
        mine = (Certificate.code == code[:32], Certificate.course_id == course_id, Certificate.participant_id == who.id)
    print_missing(portal, *mine)
    with portal.read() as conn:
        row = conn.execute(select(Certificate.pdf, Certificate.sha256).where(*mine)).first()
    if row is None:  # another participant's code answers like one that does not exist
        raise ApiRefusal(404, "unknown_certificate", "You have no certificate with this code.")
    return Response(row.pdf, media_type="application/pdf", headers={
        "ETag": f'"{row.sha256}"', "Content-Disposition": f'attachment; filename="certificate-{code[:32]}.pdf"',
        "Cache-Control": "private, max-age=0", "X-Content-Type-Options": "nosniff",
        "Content-Encoding": "identity"})  # as stored: its length and digest are the listing's (no gzip)
