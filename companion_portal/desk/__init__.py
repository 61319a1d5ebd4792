"""The organizer's desk: server-rendered pages at /desk for the people who run courses.

Organizers are apart from participants (``organizers`` table, ``companion-portal organizer add``) and
see only the courses they run (``course_organizers``). A sign-in is throttled like a participant's
(``throttle``, the same hasher threads); the session lives in a cookie holding a random token (only its
SHA-256 is stored), HttpOnly, SameSite=Strict, Secure when the request came over TLS. Every form
carries a CSRF token: the session's own once signed in, a double-submitted cookie before. Every page is
sent with a Content-Security-Policy that allows nothing from elsewhere, nor any script."""

from __future__ import annotations

import asyncio
import csv
import io
import hmac
import math
import re
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from fastapi import APIRouter, File, Form, Request, UploadFile
from fastapi.responses import FileResponse, HTMLResponse, RedirectResponse, Response, StreamingResponse
from jinja2 import Environment, FileSystemLoader, select_autoescape
from sqlalchemy import delete, func, insert, select
from starlette.concurrency import run_in_threadpool

from .. import throttle
from ..core import Portal, PortalDep, token_digest
from ..errors import ApiRefusal
from ..limits import LOGIN_CHARS, PASSWORD_CHARS
from ..models import (Attendance, Course, CourseOrganizer, DeskSession, Feedback, Organizer, Participant,
                      SessionRule, Submission, Upload)
from ..passwords import check_password, hash_password
from . import attendance as reports
from .words import pick_language, translator

HERE = Path(__file__).resolve().parent
SESSION_COOKIE = "desk_session"
FORM_COOKIE = "desk_form"
LANGUAGE_COOKIE = "desk_lang"
SESSION_TTL = timedelta(hours=12)
ASSIGNMENT_KINDS = ("essay", "photos", "survey", "action_plan")  # what the submissions page lists
HEADERS = {
    "Content-Security-Policy": "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
                               "frame-ancestors 'none'; base-uri 'none'",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
    "Cross-Origin-Opener-Policy": "same-origin",
}
_CSS = (HERE / "desk.css").read_bytes()
_NOBODY = hash_password(secrets.token_urlsafe(16))
_templates = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=select_autoescape(default=True),
                         trim_blocks=True, lstrip_blocks=True)

router = APIRouter(prefix="/desk", include_in_schema=False)


@dataclass(frozen=True)
class Signed:
    id: str
    login: str
    name: str
    csrf: str


def _secure(request: Request) -> bool:
    return request.url.scheme == "https"


def _language(request: Request) -> str:
    return pick_language(request.query_params.get("lang"), request.cookies.get(LANGUAGE_COOKIE),
                         request.headers.get("accept-language"))


def page(request: Request, template: str, status: int = 200, organizer: Signed | None = None,
         **values) -> HTMLResponse:
    lang = _language(request)
    html = _templates.get_template(template).render(lang=lang, t=translator(lang), organizer=organizer,
                                                    csrf=organizer.csrf if organizer else values.pop("csrf", ""),
                                                    **values)
    response = HTMLResponse(html, status_code=status, headers=HEADERS)
    if request.query_params.get("lang") == lang:
        response.set_cookie(LANGUAGE_COOKIE, lang, max_age=365 * 86400, samesite="strict", httponly=True,
                            secure=_secure(request), path="/desk")
    return response


def _signed_in(portal: Portal, request: Request) -> Signed | None:
    token = request.cookies.get(SESSION_COOKIE)
    if not token or len(token) > 100:
        return None
    with portal.read() as conn:
        row = conn.execute(select(Organizer.id, Organizer.login, Organizer.name, DeskSession.csrf,
                                  DeskSession.expires_at)
                           .join(DeskSession, DeskSession.organizer_id == Organizer.id)
                           .where(DeskSession.token_sha256 == token_digest(token))).first()
    if row is None or row.expires_at <= portal.now():
        return None
    return Signed(row.id, row.login, row.name, row.csrf)


def _to_sign_in() -> RedirectResponse:
    return RedirectResponse("/desk/sign-in", status_code=303, headers=HEADERS)


def count_param(request: Request, key: str) -> int | None:
    """A count a redirect put in the address ("?recorded=3"), or None: only ASCII digits, at most
    nine ("²" is a digit to str.isdigit() and no number to int(); 5,000 digits are past int()'s limit)."""
    text = request.query_params.get(key, "")
    return int(text) if 0 < len(text) <= 9 and text.isascii() and text.isdigit() else None


def _same(a: str | None, b: str | None) -> bool:
    return bool(a) and bool(b) and hmac.compare_digest(a.encode(), b.encode())


async def _who(request: Request, portal: Portal, csrf: str | None = None):
    """(organizer, words) or the response to send instead (sign in again; a form that expired): the
    start of every desk page, and of every form with its CSRF token."""
    who = await run_in_threadpool(_signed_in, portal, request)
    if who is None:
        return None, _to_sign_in()
    t = translator(_language(request))
    if csrf is not None and not _same(csrf, who.csrf):
        return None, page(request, "message.html", 403, who, message=t("form_expired"))
    return (who, t), None


@router.get("/desk.css")
async def stylesheet() -> Response:
    return Response(_CSS, media_type="text/css", headers={"Cache-Control": "max-age=3600",
                                                          "X-Content-Type-Options": "nosniff"})


# ---- signing in and out -------------------------------------------------------------------------

def _sign_in_page(request: Request, status: int = 200, error: str = "", login: str = "",
                  headers: dict[str, str] | None = None) -> HTMLResponse:
    form_token = secrets.token_urlsafe(24)
    response = page(request, "sign_in.html", status, csrf=form_token, error=error, login=login)
    response.set_cookie(FORM_COOKIE, form_token, httponly=True, samesite="strict", secure=_secure(request),
                        path="/desk")
    for name, value in (headers or {}).items():
        response.headers[name] = value
    return response


@router.get("/sign-in")
async def sign_in_form(request: Request, portal: PortalDep) -> Response:
    if await run_in_threadpool(_signed_in, portal, request) is not None:
        return RedirectResponse("/desk/", status_code=303, headers=HEADERS)
    return _sign_in_page(request)


@router.post("/sign-in")
async def sign_in(request: Request, portal: PortalDep, login: str = Form("", max_length=LOGIN_CHARS),
                  password: str = Form("", max_length=PASSWORD_CHARS), csrf: str = Form("", max_length=100)
                  ) -> Response:
    t = translator(_language(request))
    if not _same(csrf, request.cookies.get(FORM_COOKIE)):
        return _sign_in_page(request, 403, t("form_expired"), login)
    # the login key apart from participants' (an organizer "kim" is not the participant "kim"); the
    # address key shared with them: guesses at either door count together
    keys = throttle.keys("organizer " + login, request.client.host if request.client else None)
    try:
        person = await asyncio.get_running_loop().run_in_executor(portal.hasher, _attempt, portal, keys, login,
                                                                  password)
    except ApiRefusal as refusal:
        seconds = (refusal.headers or {}).get("Retry-After", "60")
        return _sign_in_page(request, 429, t("too_many", seconds=seconds), login, {"Retry-After": seconds})
    if person is None:
        return _sign_in_page(request, 401, t("bad_credentials"), login)
    token = secrets.token_urlsafe(32)
    await run_in_threadpool(_open_session, portal, keys, person.id, token)
    response = RedirectResponse("/desk/", status_code=303, headers=HEADERS)
    response.set_cookie(SESSION_COOKIE, token, max_age=int(SESSION_TTL.total_seconds()), httponly=True,
                        samesite="strict", secure=_secure(request), path="/desk")
    response.delete_cookie(FORM_COOKIE, path="/desk")
    return response


def _attempt(portal: Portal, keys: dict[str, str], login: str, password: str):
    """As a participant's sign-in: the lock checked, the password hashed and a failure recorded in
    the hasher's thread, so guesses sent at once are refused like guesses in a row."""
    with portal.read() as conn:
        wait = throttle.locked_for(conn, keys, portal.now())
        if wait is not None:
            seconds = str(max(1, math.ceil(wait.total_seconds())))
            raise ApiRefusal(429, "too_many_sign_ins", "locked", headers={"Retry-After": seconds})
        person = conn.execute(select(Organizer.id, Organizer.password_hash).where(Organizer.login == login)).first()
    right = check_password(password, person.password_hash if person is not None else _NOBODY)
    if not right or person is None:
        with portal.db() as s:
            throttle.failed(s, keys, portal.now(), portal.config.limits)
        return None
    return person


def _open_session(portal: Portal, keys: dict[str, str], organizer_id: str, token: str) -> None:
    now = portal.now()
    with portal.write() as conn:
        throttle.succeeded(conn, keys)
        conn.execute(delete(DeskSession).where(DeskSession.organizer_id == organizer_id,
                                               DeskSession.expires_at <= now))
        conn.execute(insert(DeskSession), {"token_sha256": token_digest(token), "organizer_id": organizer_id,
                                           "csrf": secrets.token_urlsafe(32), "expires_at": now + SESSION_TTL})


@router.post("/sign-out")
async def sign_out(request: Request, portal: PortalDep, csrf: str = Form("", max_length=100)) -> Response:
    who = await run_in_threadpool(_signed_in, portal, request)
    if who is None:
        return _to_sign_in()
    if not _same(csrf, who.csrf):
        return page(request, "message.html", 403, who, message=translator(_language(request))("form_expired"))
    token = request.cookies.get(SESSION_COOKIE, "")
    await run_in_threadpool(_close_session, portal, token)
    response = _to_sign_in()
    response.delete_cookie(SESSION_COOKIE, path="/desk")
    return response


def _close_session(portal: Portal, token: str) -> None:
    with portal.write() as conn:
        conn.execute(delete(DeskSession).where(DeskSession.token_sha256 == token_digest(token)))


# ---- courses ------------------------------------------------------------------------------------

def _dates(course) -> str:
    return f"{course.starts_on.isoformat()} – {course.ends_on.isoformat()}" if course.starts_on else ""


def _courses(portal: Portal, organizer_id: str) -> list[dict]:
    with portal.read() as conn:
        ids = conn.execute(select(Course.id).join(CourseOrganizer, CourseOrganizer.course_id == Course.id)
                           .where(CourseOrganizer.organizer_id == organizer_id).order_by(Course.title)).scalars().all()
        out = []
        for course_id in ids:
            _etag, course, _raw = portal.course(conn, course_id)
            people = conn.execute(select(func.count(func.distinct(Submission.participant_id)),
                                         func.count(Submission.id)).where(Submission.course_id == course_id)).one()
            out.append({"id": course_id, "title": course.title, "dates": _dates(course), "version": course.version,
                        "participants": len(course_people(conn, course_id)), "submissions": people[1]})
        return out


@router.get("/")
async def courses(request: Request, portal: PortalDep) -> Response:
    who = await run_in_threadpool(_signed_in, portal, request)
    if who is None:
        return _to_sign_in()
    return page(request, "courses.html", organizer=who, courses=await run_in_threadpool(_courses, portal, who.id))


def _runs(conn, organizer_id: str, course_id: str) -> bool:
    return conn.execute(select(CourseOrganizer.course_id).where(CourseOrganizer.course_id == course_id,
                                                                CourseOrganizer.organizer_id == organizer_id)
                        ).first() is not None


def _timeliness(status: str, on_time_by: str | None) -> str:
    if status == "late":
        return "late"
    return "on_time_commitment" if on_time_by == "commitment" else "on_time"


def _course_page(portal: Portal, organizer_id: str, course_id: str) -> dict | None:
    """The course's submissions per assignment (None: no such course, or not this organizer's)."""
    with portal.read() as conn:
        if not _runs(conn, organizer_id, course_id):
            return None
        _etag, course, _raw = portal.course(conn, course_id)
        rows = conn.execute(select(Submission.id, Submission.item_id, Submission.received_at, Submission.status,
                                   Submission.on_time_by, Participant.name, Participant.login, Feedback.verdict)
                            .join(Participant, Participant.id == Submission.participant_id)
                            .outerjoin(Feedback, Feedback.submission_id == Submission.id)
                            .where(Submission.course_id == course_id, Submission.kind.in_(ASSIGNMENT_KINDS))
                            .order_by(Submission.item_id, Submission.received_at)).all()
        rules = session_rules(conn, course_id)
    by_item: dict[str, list[dict]] = {}
    for r in rows:
        by_item.setdefault(r.item_id, []).append({
            "id": r.id, "name": r.name, "login": r.login, "received": r.received_at.strftime("%Y-%m-%d %H:%M UTC"),
            "received_iso": r.received_at.isoformat(), "timeliness": _timeliness(r.status, r.on_time_by),
            "feedback": f"verdict_{r.verdict}" if r.verdict in VERDICTS else "not_answered"})
    titles = {a.id: a.title for a in course.assignments}
    surveys = {a.id for a in course.assignments if a.questions}
    order = [a.id for a in course.assignments] + sorted(set(by_item) - set(titles))
    assignments = [{"id": i, "title": titles.get(i, i), "rows": by_item[i], "survey": i in surveys}
                   for i in order if i in by_item]
    sessions = [{"id": x.id, "title": x.title, "minimum": rules.get(x.id)} for x in course.live_sessions]
    return {"course": {"id": course_id, "title": course.title, "dates": _dates(course), "version": course.version,
                       "starts_on": course.starts_on.isoformat()},
            "assignments": assignments, "sessions": sessions}


@router.get("/courses/{course_id}")
async def course(course_id: str, request: Request, portal: PortalDep) -> Response:
    who = await run_in_threadpool(_signed_in, portal, request)
    if who is None:
        return _to_sign_in()
    values = await run_in_threadpool(_course_page, portal, who.id, course_id[:64])
    if values is None:  # another organizer's course answers exactly like one that does not exist
        return page(request, "message.html", 404, who, message=translator(_language(request))("not_found"))
    done = next(((key, count_param(request, key)) for key in ("published", "updated")
                 if count_param(request, key) is not None), None)
    return page(request, "course.html", organizer=who, recorded=count_param(request, "recorded"),
                done=done, redated=request.query_params.get("redated") == "1", **values)


# ---- export -------------------------------------------------------------------------------------

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


_AFTER_SEMICOLON = re.compile(r';(?=[\s"]*[=+\-@])')


def cell(value: object) -> str:
    """A text cell a spreadsheet opens as text: one starting like a formula gets a leading apostrophe
    (OWASP's advice on CSV injection), so a participant's name "=HYPERLINK(…)" stays a name. So does
    every part after a ';': Excel in Spanish (and many other locales) splits a .csv on ';', its list
    separator, quotes or not, and each part would start a cell of its own."""
    text = "" if value is None else str(value)
    text = _AFTER_SEMICOLON.sub(";'", text)
    return "'" + text if text.startswith(_FORMULA_START) else text


def _progress_rows(portal: Portal, organizer_id: str, course_id: str) -> list[list[str]] | None:
    """Per participant who took part (a submission or an attendance): each assignment's timeliness
    code and the live sessions attended. None: not this organizer's course."""
    with portal.read() as conn:
        if not _runs(conn, organizer_id, course_id):
            return None
        _etag, course, _raw = portal.course(conn, course_id)
        subs = conn.execute(select(Submission.participant_id, Submission.item_id, Submission.status,
                                   Submission.on_time_by)
                            .where(Submission.course_id == course_id, Submission.kind.in_(ASSIGNMENT_KINDS))
                            .order_by(Submission.received_at)).all()
        seen = conn.execute(select(Attendance.participant_id, func.count()).where(Attendance.course_id == course_id)
                            .group_by(Attendance.participant_id)).all()
        ids = {r.participant_id for r in subs} | {r[0] for r in seen}
        people = conn.execute(select(Participant.id, Participant.login, Participant.name)
                              .where(Participant.id.in_(ids)).order_by(Participant.name, Participant.login)).all()
    delivered: dict[tuple[str, str], str] = {}
    for r in subs:  # the latest delivery of each assignment counts
        delivered[(r.participant_id, r.item_id)] = _timeliness(r.status, r.on_time_by)
    attended = dict(seen)
    assignments = [a.id for a in course.assignments]
    rows = [["login", "name", *assignments, "sessions_attended"]]
    for p in people:
        rows.append([cell(p.login), cell(p.name), *(delivered.get((p.id, a), "") for a in assignments),
                     str(attended.get(p.id, 0))])
    return rows


@router.get("/courses/{course_id}/progress.csv")
async def progress_csv(course_id: str, request: Request, portal: PortalDep) -> Response:
    who = await run_in_threadpool(_signed_in, portal, request)
    if who is None:
        return _to_sign_in()
    rows = await run_in_threadpool(_progress_rows, portal, who.id, course_id[:64])
    if rows is None:
        return page(request, "message.html", 404, who, message=translator(_language(request))("not_found"))
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    # UTF-8 with a byte-order mark: Excel then reads Korean and Spanish names right
    return Response("\ufeff" + out.getvalue(), media_type="text/csv; charset=utf-8", headers={
        **HEADERS, "Content-Disposition": f'attachment; filename="progress-{_safe_name(course_id)}.csv"'})


def _safe_name(text: str) -> str:
    return "".join(ch if ch.isascii() and (ch.isalnum() or ch in "-_.") else "_" for ch in text)[:64] or "course"


# ---- attendance from a meeting report -----------------------------------------------------------

REPORT_BYTES = 5 * 1024 * 1024


def _attendance_preview(portal: Portal, organizer_id: str, course_id: str, session_id: str, data: bytes,
                        minimum: float) -> dict | None:
    with portal.read() as conn:
        if not _runs(conn, organizer_id, course_id):
            return None
        _etag, course, _raw = portal.course(conn, course_id)
        session = next((x for x in course.live_sessions if x.id == session_id), None)
        # only the course's own people are matched and offered (never the portal's other participants)
        people = [(p["id"], p["login"], p["name"]) for p in course_people(conn, course_id)]
    values = {"course": {"id": course_id, "title": course.title}, "logins": sorted(p[1] for p in people),
              "minimum": minimum}
    if session is None:
        return {**values, "error": "unknown_session"}
    values["session"] = {"id": session.id, "title": session.title}
    try:
        values["tool"], present = reports.read_report(data)
    except reports.ReportError as exc:
        return {**values, "error": exc.code}
    matched, unmatched = reports.match(present, people)
    known = {p[0]: p for p in people}
    values["matched"] = [{"id": pid, "login": known[pid][1], "name": known[pid][2], "report_name": r.name,
                          "minutes": round(r.minutes), "enough": r.minutes >= minimum} for pid, r in matched]
    values["unmatched"] = [{"name": r.name, "email": r.email, "minutes": round(r.minutes),
                            "enough": r.minutes >= minimum} for r in unmatched]
    return values


DEFAULT_MINIMUM = 30.0  # minutes present, for a session that has no rule of its own yet


def session_rules(conn, course_id: str) -> dict[str, float]:
    return dict(conn.execute(select(SessionRule.session_id, SessionRule.minimum_minutes)
                             .where(SessionRule.course_id == course_id)).all())


def _minimum(text: str) -> float | None:
    """Minutes from the form ('' is None: the session's own rule); ValueError when it is no number
    from 0 to 1440."""
    if not text.strip():
        return None
    value = float(text.replace(",", "."))
    if not 0 <= value <= 1440:
        raise ValueError(text)
    return value


@router.post("/courses/{course_id}/attendance/preview")
async def attendance_preview(course_id: str, request: Request, portal: PortalDep, report: UploadFile = File(...),
                             session_id: str = Form(..., max_length=64), minimum: str = Form("", max_length=20),
                             csrf: str = Form("", max_length=100)) -> Response:
    found, refusal = await _who(request, portal, csrf)
    if refusal is not None:
        return refusal
    who, t = found
    try:
        asked = _minimum(minimum)
    except ValueError:
        return page(request, "message.html", 422, who, message=t("bad_minimum"))
    if asked is None:  # the session's own rule
        with portal.read() as conn:
            asked = session_rules(conn, course_id[:64]).get(session_id, DEFAULT_MINIMUM)
    minimum = asked
    data = await report.read(REPORT_BYTES + 1)
    if len(data) > REPORT_BYTES:
        return page(request, "message.html", 413, who, message=t("report_too_big"))
    values = await run_in_threadpool(_attendance_preview, portal, who.id, course_id[:64], session_id, data, minimum)
    if values is None:
        return page(request, "message.html", 404, who, message=t("not_found"))
    return page(request, "attendance.html", 422 if values.get("error") else 200, who, **values)


def _record(portal: Portal, organizer_id: str, course_id: str, session_id: str, ids: list[str],
            logins: list[str], minimum: float | None = None) -> int | list[str] | None:
    """Records every one or none: the number recorded, the logins that are unknown, or None (not
    this organizer's course, or not its session)."""
    with portal.db() as s:
        if not _runs(s, organizer_id, course_id):
            return None
        _etag, course, _raw = portal.course(s, course_id)
        if all(x.id != session_id for x in course.live_sessions):
            return None
        wanted = {x for x in logins if x}
        people = course_people(s, course_id)  # only the course's own people can be marked present
        found = {p["login"]: p["id"] for p in people if p["login"] in wanted}
        unknown = sorted(wanted - set(found))
        if unknown:
            return unknown
        real = {p["id"] for p in people} & set(ids)
        chosen = real | set(found.values())
        already = set(s.scalars(select(Attendance.participant_id).where(Attendance.course_id == course_id,
                                                                         Attendance.session_id == session_id)).all())
        for pid in sorted(chosen - already):
            s.add(Attendance(course_id=course_id, session_id=session_id, participant_id=pid))
        if minimum is not None:  # the rule the organizer applied becomes the session's own
            rule = s.get(SessionRule, (course_id, session_id))
            if rule is None:
                s.add(SessionRule(course_id=course_id, session_id=session_id, minimum_minutes=minimum))
            else:
                rule.minimum_minutes = minimum
        return len(chosen - already)


@router.post("/courses/{course_id}/attendance")
async def attendance_record(course_id: str, request: Request, portal: PortalDep,
                            session_id: str = Form(..., max_length=64), present: list[str] = Form([]),
                            present_login: list[str] = Form([]), minimum: str = Form("", max_length=20),
                            csrf: str = Form("", max_length=100)) -> Response:
    found, refusal = await _who(request, portal, csrf)
    if refusal is not None:
        return refusal
    who, t = found
    try:
        rule = _minimum(minimum)
    except ValueError:
        rule = None
    done = await run_in_threadpool(_record, portal, who.id, course_id[:64], session_id, present[:10000],
                                   [x.strip() for x in present_login[:10000]], rule)
    if done is None:
        return page(request, "message.html", 404, who, message=t("not_found"))
    if isinstance(done, list):
        return page(request, "message.html", 422, who, message=t("unknown_logins", logins=", ".join(done)))
    return RedirectResponse(f"/desk/courses/{course_id}?recorded={done}", status_code=303, headers=HEADERS)


# ---- one submission -----------------------------------------------------------------------------

IMAGES = {"image/jpeg", "image/png", "image/webp", "image/gif"}


def _submission(portal: Portal, organizer_id: str, course_id: str, submission_id: str):
    """(course model, submission row, participant row), or None: no such submission in a course
    this organizer runs."""
    with portal.db() as conn:  # an ORM session: the submission comes back as its record
        if not _runs(conn, organizer_id, course_id):
            return None
        _etag, course, _raw = portal.course(conn, course_id)
        row = conn.execute(select(Submission, Participant.name, Participant.login)
                           .join(Participant, Participant.id == Submission.participant_id)
                           .where(Submission.id == submission_id, Submission.course_id == course_id)).first()
    return None if row is None else (course, row[0], row[1], row[2])


def _submission_values(found) -> dict:
    course, sub, name, login = found
    assignment = course.assignment(sub.item_id)
    body = sub.body if isinstance(sub.body, dict) else {}
    text = body.get("text") if isinstance(body.get("text"), str) else ""
    answers = body.get("answers") if isinstance(body.get("answers"), dict) else {}
    questions = list(getattr(assignment, "questions", None) or [])
    survey = [{"prompt": q.prompt, "answer": _plain(answers.get(q.id))} for q in questions]
    known = {q.id for q in questions}
    survey += [{"prompt": key, "answer": _plain(value)} for key, value in answers.items() if key not in known]
    files = [{"index": i, "filename": str(f.get("filename", ""))[:300], "size": f.get("size", 0),
              "image": f.get("mime") in IMAGES} for i, f in enumerate(sub.files or []) if isinstance(f, dict)]
    return {"course": {"id": course.id, "title": course.title},
            "submission": {"id": sub.id, "title": assignment.title if assignment else sub.item_id, "name": name,
                           "login": login, "received": sub.received_at.strftime("%Y-%m-%d %H:%M UTC"),
                           "timeliness": _timeliness(sub.status, sub.on_time_by), "text": text, "survey": survey,
                           "files": files}}


def _plain(value) -> str:
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return "" if value is None else str(value)


@router.get("/courses/{course_id}/submissions/{submission_id}")
async def submission(course_id: str, submission_id: str, request: Request, portal: PortalDep) -> Response:
    who = await run_in_threadpool(_signed_in, portal, request)
    if who is None:
        return _to_sign_in()
    found = await run_in_threadpool(_submission, portal, who.id, course_id[:64], submission_id[:64])
    if found is None:
        return page(request, "message.html", 404, who, message=translator(_language(request))("not_found"))
    values = _submission_values(found)
    values["feedback"] = await run_in_threadpool(_feedback_of, portal, submission_id[:64])
    values["earlier"] = await run_in_threadpool(_earlier, portal, found[1])
    values["saved"] = request.query_params.get("saved") == "1"
    return page(request, "submission.html", organizer=who, **values)


COMMENT_CHARS = 4000
VERDICTS = ("accepted", "needs_revision")


def _feedback_of(portal: Portal, submission_id: str) -> dict | None:
    with portal.read() as conn:
        row = conn.execute(select(Feedback.verdict, Feedback.comment).where(Feedback.submission_id == submission_id)
                           ).first()
    return None if row is None else {"verdict": row.verdict, "comment": row.comment}


def _earlier(portal: Portal, sub) -> list[dict]:
    """The same participant's earlier deliveries of the same assignment, with the feedback each got:
    what a revision answers."""
    with portal.read() as conn:
        rows = conn.execute(select(Submission.id, Submission.received_at, Feedback.verdict, Feedback.comment)
                            .outerjoin(Feedback, Feedback.submission_id == Submission.id)
                            .where(Submission.course_id == sub.course_id, Submission.participant_id == sub.participant_id,
                                   Submission.item_id == sub.item_id, Submission.id != sub.id,
                                   Submission.received_at <= sub.received_at)
                            .order_by(Submission.received_at.desc()).limit(20)).all()
    return [{"id": r.id, "received": r.received_at.strftime("%Y-%m-%d %H:%M UTC"),
             "feedback": f"verdict_{r.verdict}" if r.verdict in VERDICTS else "not_answered",
             "comment": r.comment or ""} for r in rows]


def _save_feedback(portal: Portal, organizer_id: str, course_id: str, submission_id: str, verdict: str,
                   comment: str) -> bool:
    found = _submission(portal, organizer_id, course_id, submission_id)
    if found is None:
        return False
    sub = found[1]
    with portal.db() as s:
        row = s.get(Feedback, submission_id)
        if row is None:
            s.add(Feedback(submission_id=submission_id, course_id=course_id, participant_id=sub.participant_id,
                           organizer_id=organizer_id, verdict=verdict, comment=comment, updated_at=portal.now()))
        else:
            row.verdict, row.comment, row.organizer_id, row.updated_at = verdict, comment, organizer_id, portal.now()
    return True


@router.post("/courses/{course_id}/submissions/{submission_id}/feedback")
async def give_feedback(course_id: str, submission_id: str, request: Request, portal: PortalDep,
                        verdict: str = Form(..., max_length=20), comment: str = Form("", max_length=COMMENT_CHARS),
                        csrf: str = Form("", max_length=100)) -> Response:
    found, refusal = await _who(request, portal, csrf)
    if refusal is not None:
        return refusal
    who, t = found
    if verdict not in VERDICTS:
        return page(request, "message.html", 422, who, message=t("choose_verdict"))
    saved = await run_in_threadpool(_save_feedback, portal, who.id, course_id[:64], submission_id[:64], verdict,
                                    comment.replace("\r\n", "\n").strip())
    if not saved:
        return page(request, "message.html", 404, who, message=t("not_found"))
    return RedirectResponse(f"/desk/courses/{course_id}/submissions/{submission_id}?saved=1", status_code=303,
                            headers=HEADERS)


def _file(portal: Portal, organizer_id: str, course_id: str, submission_id: str, index: int):
    found = _submission(portal, organizer_id, course_id, submission_id)
    if found is None or not 0 <= index < len(found[1].files or []):
        return None
    ref = found[1].files[index]
    upload_id = str(ref.get("upload_url", "")).rstrip("/").rsplit("/", 1)[-1]
    with portal.read() as conn:
        up = conn.execute(select(Upload.path, Upload.mime, Upload.filename, Upload.verified)
                          .where(Upload.id == upload_id, Upload.participant_id == found[1].participant_id)).first()
    if up is None or not up.verified or not Path(up.path).is_file():
        return None
    return up


@router.get("/courses/{course_id}/submissions/{submission_id}/files/{index}")
async def submission_file(course_id: str, submission_id: str, index: int, request: Request,
                          portal: PortalDep) -> Response:
    """A participant's file: an image shown inline, anything else only as a download; never run or
    sniffed as a page (``sandbox`` and ``nosniff``), whatever its name or declared type."""
    who = await run_in_threadpool(_signed_in, portal, request)
    if who is None:
        return _to_sign_in()
    up = await run_in_threadpool(_file, portal, who.id, course_id[:64], submission_id[:64], index)
    if up is None:
        return page(request, "message.html", 404, who, message=translator(_language(request))("not_found"))
    image = up.mime in IMAGES
    headers = {**HEADERS, "Content-Security-Policy": "default-src 'none'; sandbox"}
    return FileResponse(up.path, media_type=up.mime if image else "application/octet-stream", headers=headers,
                        filename=_safe_name(up.filename) or "file", content_disposition_type="inline" if image
                        else "attachment")


# ---- an assignment as one zip -------------------------------------------------------------------

_DEVICES = {"CON", "PRN", "AUX", "NUL", *(f"{p}{i}" for p in ("COM", "LPT") for i in range(1, 10))}


def _arc_part(text: str, fallback: str) -> str:
    """One safe path component inside the zip: letters and digits of any script, '-', '_', '.', no
    separators, no leading dot (so no '..', no absolute path, no hidden file), no trailing dot (Windows
    drops it), no device name Windows will not create (CON, NUL, COM1 … with or without extension)."""
    part = "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in text)[:100].strip(".")
    if part.split(".", 1)[0].upper() in _DEVICES:
        part = "_" + part
    return part or fallback


def _folders(logins: list[str]) -> list[str]:
    """One folder per participant, none shared: logins that clean to the same name ("a/b", "a?b",
    "a_b"), or differ only in case (one folder on Windows and macOS), get "-2", "-3" … in order."""
    taken: set[str] = set()
    out = []
    for login in logins:
        base = _arc_part(login, "participant")
        folder, n = base, 1
        while folder.casefold() in taken:
            n += 1
            folder = f"{base}-{n}"
        taken.add(folder.casefold())
        out.append(folder)
    return out


def _assignment_zip(portal: Portal, organizer_id: str, course_id: str, item_id: str):
    """A ZipStream of the latest delivery of this assignment from each participant: essays as text,
    survey answers as text, files from the upload folder read as the zip streams (none held in
    memory). None: not this organizer's course or no such assignment."""
    from zipstream import ZIP_STORED, ZipStream

    with portal.read() as conn:
        if not _runs(conn, organizer_id, course_id):
            return None
        _etag, course, _raw = portal.course(conn, course_id)
        if course.assignment(item_id) is None:
            return None
        rows = conn.execute(select(Submission.participant_id, Submission.body, Submission.files, Participant.login)
                            .join(Participant, Participant.id == Submission.participant_id)
                            .where(Submission.course_id == course_id, Submission.item_id == item_id,
                                   Submission.kind.in_(ASSIGNMENT_KINDS))
                            .order_by(Submission.received_at)).all()
        latest = {r.participant_id: r for r in rows}
        upload_ids = {str(f.get("upload_url", "")).rstrip("/").rsplit("/", 1)[-1]
                      for r in latest.values() for f in (r.files or []) if isinstance(f, dict)}
        # each upload with its owner: only a participant's own file goes into their folder (as the
        # single-file route checks), whatever a stored submission names
        paths = {(row.id, row.participant_id): row.path for row in conn.execute(
            select(Upload.id, Upload.participant_id, Upload.path).where(Upload.id.in_(upload_ids),
                                                                        Upload.verified.is_(True)))}
    zs = ZipStream(compress_type=ZIP_STORED)  # photos do not shrink; stored, the zip streams at disk speed
    chosen = sorted(latest.values(), key=lambda r: r.login)  # the same folders at every download
    for r, folder in zip(chosen, _folders([r.login for r in chosen])):
        body = r.body if isinstance(r.body, dict) else {}
        if isinstance(body.get("text"), str):
            zs.add(body["text"].encode("utf-8"), f"{folder}/{_arc_part(item_id, 'text')}.txt")
        if isinstance(body.get("answers"), dict):
            lines = [f"{key}: {_plain(value)}" for key, value in body["answers"].items()]
            zs.add("\n".join(lines).encode("utf-8"), f"{folder}/answers.txt")
        for i, f in enumerate(r.files or []):
            path = (paths.get((str(f.get("upload_url", "")).rstrip("/").rsplit("/", 1)[-1], r.participant_id))
                    if isinstance(f, dict) else None)
            if path and Path(path).is_file():
                zs.add_path(path, f"{folder}/{i + 1:02d}-{_arc_part(str(f.get('filename', '')), 'file')}")
    return zs


@router.get("/courses/{course_id}/assignments/{item_id}/download")
async def assignment_zip(course_id: str, item_id: str, request: Request, portal: PortalDep) -> Response:
    who = await run_in_threadpool(_signed_in, portal, request)
    if who is None:
        return _to_sign_in()
    zs = await run_in_threadpool(_assignment_zip, portal, who.id, course_id[:64], item_id[:64])
    if zs is None:
        return page(request, "message.html", 404, who, message=translator(_language(request))("not_found"))
    name = f"{_safe_name(course_id)}-{_safe_name(item_id)}.zip"
    # "identity": the portal's gzip middleware leaves it as it is (photos do not shrink; gzip would
    # only cost the CPU the stream needs)
    return StreamingResponse(iter(zs), media_type="application/zip", headers={
        **HEADERS, "Content-Disposition": f'attachment; filename="{name}"', "Content-Encoding": "identity"})


from .people import course_people  # noqa: E402  (its routes join this router; it uses the helpers above)
from . import publish  # noqa: E402,F401  (publishing a course by upload, on this router too)
