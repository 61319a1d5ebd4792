"""The desk's certificates, survey summary and gradebook exports (issue 24).

- **Certificates:** who meets the course's completion rules (the app's rules, through
  ``companion.shared_kernel``: ``companion_portal.standing``), issued as a PDF with the participant's
  name, the course, the date and a random verification code (80 bits, not derived from the name);
  only an eligible participant of a course the organizer runs gets one.
- **Verification** (``/desk/verify``, no sign-in): "valid for NAME, COURSE, DATE" for a known code and
  nothing more; an unknown code says so plainly and counts as a failure against the client's address,
  throttled like a sign-in (the same ``sign_in_failures`` rows: guesses at either door count together).
- **Survey:** a survey assignment's answers one by one and aggregated (counts per option, the free text).
- **Grades:** a CSV that Moodle's and Canvas's gradebook imports accept, every text cell guarded
  against formula injection.
"""

from __future__ import annotations

import asyncio
import csv
import io
import logging
import math
import secrets
from urllib.parse import quote

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response
from sqlalchemy import delete, func, select
from sqlalchemy.exc import IntegrityError
from starlette.concurrency import run_in_threadpool

from companion.shared_kernel import DONE, checklist

from .. import throttle
from ..core import Portal, PortalDep
from ..errors import ApiRefusal
from ..models import Attendance, Certificate, Feedback, Participant, RevokedCertificate, Submission
from ..issued import print_missing
from ..standing import standings
from . import (ASSIGNMENT_KINDS, HEADERS, _language, _plain, _runs, _safe_name, _signed_in, _to_sign_in, _who, cell, count_param,
               page)
from . import certificate_pdf
from .words import LANGUAGES, WORDS, translator

logging.getLogger("fontTools").setLevel(logging.ERROR)  # "TSI0 NOT subset" per PDF: noise

router = APIRouter(prefix="/desk", include_in_schema=False)

CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # 32 letters, none mistaken for another (no I, O, 0, 1)
CODE_LENGTH = 16  # 80 bits

WORDS.update({
    "certificates": {"en": "Certificates", "ko": "수료증", "es": "Certificados"},
    "certificates_intro": {"en": "Who meets the course's completion rules, as each participant's app shows them. "
                                 "Issue a certificate to those who do; it reaches their app at the next sync.",
                           "ko": "참가자 앱에 표시되는 것과 같은 수료 규칙을 충족한 사람입니다. 충족한 사람에게 "
                                 "수료증을 발급하면 다음 동기화 때 참가자 앱에 전달됩니다.",
                           "es": "Quién cumple las reglas de finalización del curso, tal como las muestra la "
                                 "aplicación de cada participante. Emita el certificado a quienes las cumplen; "
                                 "llegará a su aplicación en la próxima sincronización."},
    "rules": {"en": "Completion rules", "ko": "수료 규칙", "es": "Reglas de finalización"},
    "standing": {"en": "Standing", "ko": "현황", "es": "Situación"},
    "eligible": {"en": "meets the rules", "ko": "규칙 충족", "es": "cumple las reglas"},
    "missing_items": {"en": "{count} required item(s) missing", "ko": "필수 항목 {count}개 부족",
                      "es": "faltan {count} elementos obligatorios"},
    "certificate": {"en": "Certificate", "ko": "수료증", "es": "Certificado"},
    "issued_on": {"en": "issued {date}", "ko": "{date} 발급", "es": "emitido el {date}"},
    "select": {"en": "Issue to {name}", "ko": "{name}에게 발급", "es": "Emitir a {name}"},
    "issue": {"en": "Issue certificates to those selected", "ko": "선택한 사람에게 수료증 발급",
              "es": "Emitir certificados a los seleccionados"},
    "certificate_language": {"en": "Language of the certificate", "ko": "수료증 언어",
                             "es": "Idioma del certificado"},
    "issued": {"en": "{count} certificate(s) issued.", "ko": "수료증 {count}장을 발급했습니다.",
               "es": "Se emitieron {count} certificados."},
    "no_one_yet": {"en": "No one has taken part in this course yet.", "ko": "아직 이 과정에 참여한 사람이 없습니다.",
                   "es": "Nadie ha participado todavía en este curso."},
    "no_font": {"en": "The portal cannot print certificates: no font with Korean letters is installed "
                      "(Debian: fonts-nanum).",
                "ko": "포털이 수료증을 만들 수 없습니다. 한글 글꼴이 설치되어 있지 않습니다(Debian: fonts-nanum).",
                "es": "El portal no puede imprimir certificados: no hay ninguna fuente con letras coreanas "
                      "(Debian: fonts-nanum)."},
    "verify_title": {"en": "Verify a certificate", "ko": "수료증 확인", "es": "Verificar un certificado"},
    "verify_intro": {"en": "Type the verification code printed on the certificate.",
                     "ko": "수료증에 인쇄된 확인 코드를 입력하세요.",
                     "es": "Escriba el código de verificación impreso en el certificado."},
    "code": {"en": "Verification code", "ko": "확인 코드", "es": "Código de verificación"},
    "verify": {"en": "Verify", "ko": "확인", "es": "Verificar"},
    "valid_for": {"en": "Valid: issued to {name} for the course {course} on {date}.",
                  "ko": "유효한 수료증입니다: {name}, 과정 {course}, 발급일 {date}.",
                  "es": "Válido: emitido a {name} por el curso {course} el {date}."},
    "unknown_code": {"en": "No certificate has this code. Check it for typing mistakes.",
                     "ko": "이 코드의 수료증은 없습니다. 잘못 입력하지 않았는지 확인하세요.",
                     "es": "Ningún certificado tiene este código. Compruebe que lo escribió bien."},
    "too_many_checks": {"en": "Too many unknown codes from here; try again in {seconds} s.",
                        "ko": "이곳에서 잘못된 코드가 너무 많았습니다. {seconds}초 후에 다시 시도하세요.",
                        "es": "Demasiados códigos desconocidos desde aquí; vuelva a intentarlo en {seconds} s."},
    "revoke": {"en": "Revoke…", "ko": "취소…", "es": "Revocar…"},
    "revoke_named": {"en": "Revoke the certificate of {name}", "ko": "{name}의 수료증 취소",
                     "es": "Revocar el certificado de {name}"},
    "revoke_title": {"en": "Revoke a certificate", "ko": "수료증 취소", "es": "Revocar un certificado"},
    "revoke_question": {"en": "Revoke the certificate {code} issued to {name} on {date}? The verification page "
                              "will then say it was revoked, and the participant's app will show it as withdrawn "
                              "at the next sync. You can issue a new certificate (with a new code) afterwards.",
                        "ko": "{date}에 {name}에게 발급한 수료증 {code}를 취소하시겠습니까? 취소하면 확인 페이지에 "
                              "취소된 수료증으로 표시되고, 다음 동기화 때 참가자 앱에 철회된 것으로 표시됩니다. "
                              "그 후 새 코드로 수료증을 다시 발급할 수 있습니다.",
                        "es": "¿Revocar el certificado {code} emitido a {name} el {date}? La página de verificación "
                              "dirá entonces que fue revocado y la aplicación del participante lo mostrará como "
                              "retirado en la próxima sincronización. Después podrá emitir uno nuevo (con un "
                              "código nuevo)."},
    "revoke_confirm": {"en": "Yes, revoke this certificate", "ko": "네, 이 수료증을 취소합니다",
                       "es": "Sí, revocar este certificado"},
    "revoke_keep": {"en": "No, keep it", "ko": "아니요, 유지합니다", "es": "No, mantenerlo"},
    "revoked_done": {"en": "The certificate was revoked.", "ko": "수료증을 취소했습니다.",
                     "es": "El certificado fue revocado."},
    "revoked_code": {"en": "Revoked: this certificate was issued to {name} for the course {course} on {date}, "
                           "and revoked on {revoked}. It is not valid.",
                     "ko": "취소됨: {date}에 {name}에게 과정 {course}로 발급되었으나 {revoked}에 취소된 수료증입니다. "
                           "유효하지 않습니다.",
                     "es": "Revocado: este certificado se emitió a {name} por el curso {course} el {date} y se "
                           "revocó el {revoked}. No es válido."},
    "survey_results": {"en": "Survey answers", "ko": "설문 응답", "es": "Respuestas de la encuesta"},
    "aggregated": {"en": "All answers together", "ko": "전체 응답 모아 보기", "es": "Todas las respuestas juntas"},
    "one_by_one": {"en": "Answers one by one", "ko": "응답 하나씩 보기", "es": "Respuestas una por una"},
    "option": {"en": "Option", "ko": "선택지", "es": "Opción"},
    "count": {"en": "Answers", "ko": "응답 수", "es": "Respuestas"},
    "free_text": {"en": "Written answers", "ko": "서술형 응답", "es": "Respuestas escritas"},
    "respondents": {"en": "{count} participant(s) answered.", "ko": "{count}명이 응답했습니다.",
                    "es": "Respondieron {count} participantes."},
    "no_answers": {"en": "No one has answered yet.", "ko": "아직 응답이 없습니다.", "es": "Todavía nadie ha respondido."},
    "export_moodle": {"en": "Grades for Moodle's gradebook (CSV)", "ko": "Moodle 성적부용 성적(CSV)",
                      "es": "Calificaciones para el libro de calificaciones de Moodle (CSV)"},
    "export_canvas": {"en": "Grades for Canvas's gradebook (CSV)", "ko": "Canvas 성적부용 성적(CSV)",
                      "es": "Calificaciones para el libro de calificaciones de Canvas (CSV)"},
})


def new_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def normal_code(text: str) -> str:
    """What a person typed, as stored: capitals, without the dashes and spaces it is printed with."""
    return "".join(ch for ch in text.upper() if ch.isalnum())[:CODE_LENGTH + 8]


def _not_found(request: Request, who) -> Response:
    return page(request, "message.html", 404, who, message=translator(_language(request))("not_found"))


# ---- who meets the rules, and issuing -----------------------------------------------------------

def _people(conn, course_id: str) -> list:
    """Everyone who took part: a submission, an attendance or a certificate."""
    ids = set(conn.execute(select(Submission.participant_id).where(Submission.course_id == course_id)
                           .distinct()).scalars().all())
    ids |= set(conn.execute(select(Attendance.participant_id).where(Attendance.course_id == course_id)
                            .distinct()).scalars().all())
    ids |= set(conn.execute(select(Certificate.participant_id).where(Certificate.course_id == course_id)).scalars().all())
    return conn.execute(select(Participant.id, Participant.login, Participant.name)
                        .where(Participant.id.in_(ids)).order_by(Participant.name, Participant.login)).all()


def _certificates_page(portal: Portal, organizer_id: str, course_id: str) -> dict | None:
    with portal.read() as conn:
        if not _runs(conn, organizer_id, course_id):
            return None
        _etag, course, _raw = portal.course(conn, course_id)
        people = _people(conn, course_id)
        # the whole course in three queries (no list of 500 ids sent back to the database); those with
        # only a certificate (no submission, no attendance) stand where an empty record puts them
        now = portal.now()
        lists = standings(conn, course, now)
        nothing = None
        for p in people:
            if p.id not in lists:
                nothing = nothing or checklist(course, now, attended=set(), attempts={}, deliveries={})
                lists[p.id] = nothing
        issued = {r.participant_id: r for r in conn.execute(
            select(Certificate.participant_id, Certificate.code, Certificate.issued_on)
            .where(Certificate.course_id == course_id))}
    rows = []
    for p in people:
        items = lists[p.id]
        cert = issued.get(p.id)
        rows.append({"id": p.id, "login": p.login, "name": p.name, "eligible": items.eligible,
                     "missing": [i.title for i in items.missing if i.state != DONE],
                     "code": cert.code if cert else None, "issued_on": cert.issued_on if cert else None,
                     "grouped": certificate_pdf.grouped(cert.code) if cert else None})
    return {"course": {"id": course_id, "title": course.title, "rules": course.completion.description},
            "rows": rows}


@router.get("/courses/{course_id}/certificates")
async def certificates(course_id: str, request: Request, portal: PortalDep) -> Response:
    who = await run_in_threadpool(_signed_in, portal, request)
    if who is None:
        return _to_sign_in()
    values = await run_in_threadpool(_certificates_page, portal, who.id, course_id[:64])
    if values is None:
        return _not_found(request, who)
    return page(request, "certificates.html", organizer=who, issued=count_param(request, "issued"),
                revoked=request.query_params.get("revoked") == "1",
                languages=LANGUAGES, **values)


def _issue(portal: Portal, organizer_id: str, course_id: str, participant_ids: list[str], language: str,
           base: str) -> int | None:
    """Issue to each eligible participant given who has none yet; the number issued (None: not this
    organizer's course). Recorded in one transaction (each PDF is printed when first asked for:
    ``companion_portal.issued``); a participant issued to meanwhile (two organizers at once) keeps the
    first certificate."""
    with portal.read() as conn:
        if not _runs(conn, organizer_id, course_id):
            return None
        _etag, course, _raw = portal.course(conn, course_id)
        have = set(conn.execute(select(Certificate.participant_id).where(Certificate.course_id == course_id)).scalars())
        wanted = [pid for pid in dict.fromkeys(participant_ids) if pid not in have]
        people = {p.id: p for p in conn.execute(select(Participant.id, Participant.name)
                                                .where(Participant.id.in_(wanted)))}
        lists = standings(conn, course, portal.now(), list(people))
    now = portal.now()
    issued_on = now.date().isoformat()
    organizers = ", ".join(course.organizers)[:500]
    rows = [dict(course_id=course_id, participant_id=pid, organizer_id=organizer_id, name=person.name,
                 course_title=course.title, organizers=organizers, issued_on=issued_on, issued_at=now,
                 language=language, verify_base=base[:300])
            for pid, person in people.items() if lists[pid].eligible]  # the rules decide, not the form
    try:
        with portal.db() as s:  # all in one transaction
            s.add_all(Certificate(code=new_code(), **row) for row in rows)
        return len(rows)
    except IntegrityError:  # one was issued meanwhile (another organizer, another click): one by one
        count = 0
        for row in rows:
            try:
                with portal.db() as s:
                    s.add(Certificate(code=new_code(), **row))
            except IntegrityError:
                continue  # the first one stands
            count += 1
        return count


@router.post("/courses/{course_id}/certificates")
async def issue(course_id: str, request: Request, portal: PortalDep, participant: list[str] = Form([]),
                language: str = Form("en", max_length=8), csrf: str = Form("", max_length=100)) -> Response:
    found, refusal = await _who(request, portal, csrf)
    if refusal is not None:
        return refusal
    who, t = found
    if language not in LANGUAGES:
        language = _language(request)
    base = str(request.base_url).rstrip("/")
    done = await run_in_threadpool(_issue, portal, who.id, course_id[:64], [p[:64] for p in participant[:5000]],
                                   language, base)
    if done is None:
        return _not_found(request, who)
    return RedirectResponse(f"/desk/courses/{quote(course_id[:64])}/certificates?issued={done}", status_code=303,
                            headers=HEADERS)


def _pdf(portal: Portal, organizer_id: str, course_id: str, code: str):
    with portal.read() as conn:
        if not _runs(conn, organizer_id, course_id):
            return None
    print_missing(portal, Certificate.code == code, Certificate.course_id == course_id)
    with portal.read() as conn:
        return conn.execute(select(Certificate.pdf, Certificate.name).where(
            Certificate.code == code, Certificate.course_id == course_id)).first()


@router.get("/courses/{course_id}/certificates/{code}.pdf")
async def certificate_file(course_id: str, code: str, request: Request, portal: PortalDep) -> Response:
    who = await run_in_threadpool(_signed_in, portal, request)
    if who is None:
        return _to_sign_in()
    try:
        row = await run_in_threadpool(_pdf, portal, who.id, course_id[:64], normal_code(code))
    except certificate_pdf.NoFont:
        return page(request, "message.html", 500, who, message=translator(_language(request))("no_font"))
    if row is None:
        return _not_found(request, who)
    return Response(row.pdf, media_type="application/pdf", headers={
        **HEADERS, "Content-Security-Policy": "default-src 'none'; sandbox",
        "Content-Disposition": f'attachment; filename="certificate-{_safe_name(course_id)}-{normal_code(code)}.pdf"'})


# ---- revoking a certificate issued in error --------------------------------------------------------

def _issued(portal: Portal, organizer_id: str, course_id: str, code: str):
    """The certificate (code, name, issued_on) of a course this organizer runs, or None."""
    with portal.read() as conn:
        if not _runs(conn, organizer_id, course_id):
            return None
        return conn.execute(select(Certificate.code, Certificate.name, Certificate.issued_on)
                            .where(Certificate.code == code, Certificate.course_id == course_id)).first()


def _revoke(portal: Portal, organizer_id: str, course_id: str, code: str) -> bool:
    """Move the certificate to ``revoked_certificates`` in one transaction (False: not this organizer's
    course, or no such certificate: already revoked by another click)."""
    with portal.read() as conn:
        if not _runs(conn, organizer_id, course_id):
            return False
    now = portal.now()
    with portal.db() as s:
        row = s.execute(select(Certificate).where(Certificate.code == code, Certificate.course_id == course_id)
                        ).scalar_one_or_none()
        if row is None:
            return False
        s.add(RevokedCertificate(code=row.code, course_id=row.course_id, participant_id=row.participant_id,
                                 name=row.name, course_title=row.course_title, issued_on=row.issued_on,
                                 revoked_on=now.date().isoformat(), revoked_at=now, revoked_by=organizer_id))
        s.execute(delete(Certificate).where(Certificate.code == code))
    return True


@router.get("/courses/{course_id}/certificates/{code}/revoke")
async def revoke_form(course_id: str, code: str, request: Request, portal: PortalDep) -> Response:
    """The confirmation: what will be revoked and what follows, with a CSRF-checked form."""
    who = await run_in_threadpool(_signed_in, portal, request)
    if who is None:
        return _to_sign_in()
    row = await run_in_threadpool(_issued, portal, who.id, course_id[:64], normal_code(code))
    if row is None:
        return _not_found(request, who)
    return page(request, "revoke.html", organizer=who, course_id=course_id[:64], code=row.code,
                grouped=certificate_pdf.grouped(row.code), name=row.name, date=row.issued_on)


@router.post("/courses/{course_id}/certificates/{code}/revoke")
async def revoke(course_id: str, code: str, request: Request, portal: PortalDep,
                 csrf: str = Form("", max_length=100)) -> Response:
    found, refusal = await _who(request, portal, csrf)
    if refusal is not None:
        return refusal
    who, _t = found
    if not await run_in_threadpool(_revoke, portal, who.id, course_id[:64], normal_code(code)):
        return _not_found(request, who)
    return RedirectResponse(f"/desk/courses/{quote(course_id[:64])}/certificates?revoked=1", status_code=303,
                            headers=HEADERS)


# ---- the public verification page ---------------------------------------------------------------

def _verify(portal: Portal, address: str, code: str):
    """The certificate's (name, course title, date) or None; a lookup while the address is locked
    raises ApiRefusal(429); an unknown code counts as a failure from this address."""
    keys = {"address": throttle.keys("", address)["address"]}
    with portal.read() as conn:
        wait = throttle.locked_for(conn, keys, portal.now())
        if wait is not None:
            seconds = str(max(1, math.ceil(wait.total_seconds())))
            raise ApiRefusal(429, "too_many_checks", "locked", headers={"Retry-After": seconds})
        row = conn.execute(select(Certificate.name, Certificate.course_title, Certificate.issued_on)
                           .where(Certificate.code == code)).first() if len(code) == CODE_LENGTH else None
        if row is None and len(code) == CODE_LENGTH:  # a known code, revoked: said so, not counted as a guess
            revoked = conn.execute(select(RevokedCertificate.name, RevokedCertificate.course_title,
                                          RevokedCertificate.issued_on, RevokedCertificate.revoked_on)
                                   .where(RevokedCertificate.code == code)).first()
            if revoked is not None:
                return revoked
    if row is None:
        with portal.db() as s:
            throttle.failed(s, keys, portal.now(), portal.config.limits)
    return row


@router.get("/verify")
async def verify(request: Request, portal: PortalDep) -> Response:
    """Public: no sign-in. Only the name, the course and the date of a known code, nothing more."""
    typed = request.query_params.get("code", "")[:80]
    code = normal_code(typed)
    if not code:
        return page(request, "verify.html", code=typed, found=None, asked=False)
    t = translator(_language(request))
    address = request.client.host if request.client else "unknown"
    try:
        # in the hasher's pool, as a sign-in: many guesses at once queue there, not in the request pool
        row = await asyncio.get_running_loop().run_in_executor(portal.hasher, _verify, portal, address, code)
    except ApiRefusal as refusal:
        seconds = (refusal.headers or {}).get("Retry-After", "60")
        response = page(request, "verify.html", 429, code=typed, found=None, asked=True,
                        error=t("too_many_checks", seconds=seconds))
        response.headers["Retry-After"] = seconds
        return response
    if row is None:
        return page(request, "verify.html", 404, code=typed, found=None, asked=True)
    if hasattr(row, "revoked_on"):  # 410 Gone: it existed and is no longer valid
        return page(request, "verify.html", 410, code=typed, found=None, asked=True, revoked={
            "name": row.name, "course": row.course_title, "date": row.issued_on, "revoked": row.revoked_on})
    return page(request, "verify.html", code=typed, asked=True,
                found={"name": row.name, "course": row.course_title, "date": row.issued_on})


# ---- survey answers, one by one and together ----------------------------------------------------

def _survey(portal: Portal, organizer_id: str, course_id: str, item_id: str) -> dict | None:
    with portal.read() as conn:
        if not _runs(conn, organizer_id, course_id):
            return None
        _etag, course, _raw = portal.course(conn, course_id)
        assignment = course.assignment(item_id)
        if assignment is None or not assignment.questions:
            return None
        rows = conn.execute(select(Submission.id, Submission.participant_id, Submission.body, Participant.name,
                                   Participant.login)
                            .join(Participant, Participant.id == Submission.participant_id)
                            .where(Submission.course_id == course_id, Submission.item_id == item_id,
                                   Submission.kind.in_(ASSIGNMENT_KINDS))
                            .order_by(Submission.received_at)).all()
    latest = {r.participant_id: r for r in rows}  # a participant's latest answers count once
    people = sorted(latest.values(), key=lambda r: (r.name, r.login))
    summary = []
    for q in assignment.questions:
        answers = [(r, (r.body or {}).get("answers", {}).get(q.id) if isinstance(r.body, dict)
                    and isinstance((r.body or {}).get("answers"), dict) else None) for r in people]
        if q.options:
            counts = {option: 0 for option in q.options}
            other = 0
            for _r, value in answers:
                for chosen in (value if isinstance(value, list) else [value]):
                    if chosen is None or chosen == "":
                        continue
                    key = q.options[chosen] if isinstance(chosen, int) and 0 <= chosen < len(q.options) else str(chosen)
                    if key in counts:
                        counts[key] += 1
                    else:
                        other += 1
            summary.append({"prompt": q.prompt, "counts": list(counts.items()), "other": other, "texts": []})
        else:
            summary.append({"prompt": q.prompt, "counts": [], "other": 0, "texts": [
                {"name": r.name, "text": _plain(value)} for r, value in answers if _plain(value).strip()]})
    each = [{"id": r.id, "name": r.name, "login": r.login, "answers": [
        {"prompt": q.prompt, "answer": _plain((r.body.get("answers") or {}).get(q.id))
         if isinstance(r.body, dict) and isinstance(r.body.get("answers"), dict) else ""}
        for q in assignment.questions]} for r in people]
    return {"course": {"id": course_id, "title": course.title}, "assignment": {"id": item_id,
            "title": assignment.title}, "summary": summary, "each": each}


@router.get("/courses/{course_id}/assignments/{item_id}/survey")
async def survey(course_id: str, item_id: str, request: Request, portal: PortalDep) -> Response:
    who = await run_in_threadpool(_signed_in, portal, request)
    if who is None:
        return _to_sign_in()
    values = await run_in_threadpool(_survey, portal, who.id, course_id[:64], item_id[:64])
    if values is None:
        return _not_found(request, who)
    return page(request, "survey.html", organizer=who, **values)


# ---- grades for Moodle and Canvas ---------------------------------------------------------------

def _grades(portal: Portal, organizer_id: str, course_id: str):
    """(course, participants, {(pid, item): points}) or None. A quiz: its best score (of 100); an
    assignment with feedback: its points (100 when the course states none) when accepted, 0 when it
    needs revision; nothing yet marked stays empty (both gradebooks leave an empty cell alone)."""
    with portal.read() as conn:
        if not _runs(conn, organizer_id, course_id):
            return None
        _etag, course, _raw = portal.course(conn, course_id)
        people = _people(conn, course_id)
        best = conn.execute(select(Submission.participant_id, Submission.item_id, func.max(Submission.score))
                            .where(Submission.course_id == course_id, Submission.kind == "quiz_attempt",
                                   Submission.score.is_not(None))
                            .group_by(Submission.participant_id, Submission.item_id)).all()
        marks = conn.execute(select(Feedback.participant_id, Submission.item_id, Feedback.verdict, Feedback.updated_at)
                             .join(Submission, Submission.id == Feedback.submission_id)
                             .where(Feedback.course_id == course_id).order_by(Feedback.updated_at)).all()
    points: dict[tuple[str, str], float] = {(pid, item): score for pid, item, score in best}
    for pid, item, verdict, _at in marks:  # the latest mark of each assignment counts
        assignment = course.assignment(item)
        full = assignment.points if assignment is not None and assignment.points else 100.0
        points[(pid, item)] = full if verdict == "accepted" else 0.0
    return course, people, points


def _number(value: float | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else f"{value:.2f}".rstrip("0")


def grade_rows(course, people, points, layout: str) -> list[list[str]]:
    """The rows of a gradebook import: ``moodle`` (Username, Full name, one column per item, titled as
    the item; Moodle's import maps Username to the user's username), or ``canvas`` (Student, ID, SIS
    User ID, SIS Login ID, Section, then "Title (id)" per item, and the Points Possible row)."""
    items = [(q.id, q.title, 100.0) for q in course.quizzes]
    items += [(a.id, a.title, a.points or 100.0) for a in course.assignments if a.required or a.points]
    if layout == "moodle":
        rows = [["Username", "Full name", *(cell(title) for _id, title, _p in items)]]
        for p in people:
            rows.append([cell(p.login), cell(p.name), *(_number(points.get((p.id, i))) for i, _t, _p in items)])
        return rows
    rows = [["Student", "ID", "SIS User ID", "SIS Login ID", "Section", *(cell(f"{title} ({i})") for i, title, _p in items)],
            ["    Points Possible", "", "", "", "", *(_number(full) for _i, _t, full in items)]]
    for p in people:
        rows.append([cell(p.name), "", "", cell(p.login), "", *(_number(points.get((p.id, i))) for i, _t, _p in items)])
    return rows


@router.get("/courses/{course_id}/grades-{layout}.csv")
async def grades(course_id: str, layout: str, request: Request, portal: PortalDep) -> Response:
    who = await run_in_threadpool(_signed_in, portal, request)
    if who is None:
        return _to_sign_in()
    found = await run_in_threadpool(_grades, portal, who.id, course_id[:64]) if layout in ("moodle", "canvas") else None
    if found is None:
        return _not_found(request, who)
    out = io.StringIO()
    csv.writer(out).writerows(grade_rows(*found, layout))
    name = f"grades-{layout}-{_safe_name(course_id)}.csv"
    # UTF-8 with a byte-order mark (Korean and Spanish names in Excel); both importers accept it
    return Response("\ufeff" + out.getvalue(), media_type="text/csv; charset=utf-8",
                    headers={**HEADERS, "Content-Disposition": f'attachment; filename="{name}"'})
