"""Certificates' PDFs, printed when first asked for.

Issuing on the desk records the certificate (its code, the name, the course and the date: what the
verification page answers) at once, whatever the number; its PDF is printed the first time anyone
needs it — the participant's app listing its certificates, or the organizer opening one — and kept, so
its bytes, length and SHA-256 never change after. Two requests printing the same certificate at once
both print; the first to store wins and the other reads it back."""

from __future__ import annotations

import hashlib

from sqlalchemy import select, update

from .core import Portal
from .desk.certificate_pdf import Printer, grouped
from .models import Certificate


def print_missing(portal: Portal, *where) -> None:
    """Print and keep the PDF of every certificate matching ``where`` that has none yet."""
    with portal.read() as conn:
        rows = conn.execute(select(Certificate.code, Certificate.name, Certificate.course_title, Certificate.issued_on,
                                   Certificate.language, Certificate.verify_base, Certificate.organizers)
                            .where(Certificate.pdf.is_(None), *where)).all()
    if not rows:
        return
    with Printer([t for r in rows for t in (r.name, r.course_title, r.verify_base, r.organizers)]) as printer:
        for r in rows:
            pdf = printer.render(r.name, r.course_title, r.issued_on, r.code,
                                 f"{r.verify_base}/desk/verify?code={grouped(r.code)}", r.language, r.organizers)
            with portal.write() as conn:
                conn.execute(update(Certificate).where(Certificate.code == r.code, Certificate.pdf.is_(None))
                             .values(pdf=pdf, size=len(pdf), sha256=hashlib.sha256(pdf).hexdigest()))
