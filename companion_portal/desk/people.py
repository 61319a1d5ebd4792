"""The desk's participants of a course: the roster (added one by one, or from a roster file previewed
first and then written all or none in one transaction), first passwords and password resets shown
once to the organizer (the portal keeps only their scrypt digests), the roster as CSV, and attendance
ticked by hand.

A course's people are those on its roster plus anyone who already took part in it (a submission or
an attendance): an organizer sees, matches and changes only these, never the portal's other
participants."""

from __future__ import annotations

import asyncio
import csv
import io
import json
import secrets
import time
import uuid
from pathlib import Path

from fastapi import File, Form, Request, UploadFile
from fastapi.responses import RedirectResponse, Response
from sqlalchemy import and_, insert, or_, select, update
from starlette.concurrency import run_in_threadpool

from ..core import Portal, PortalDep
from ..models import Attendance, CourseOrganizer, Enrolment, Participant, Submission, Token
from ..passwords import hash_password
from . import HEADERS, _language, _runs, _safe_name, _who, cell, count_param, page, router
from .roster import LANGUAGES, Row, RosterError, check_row, clean, normal_login, read_roster, time_zone

NO_PASSWORD = "!"  # a digest no password matches: the account exists, nobody can sign in to it yet
_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"  # no 0/o, 1/l/i: read aloud or copied by hand
STAGED_FOR = 3600  # seconds a previewed roster waits for its confirmation
PASSWORD_BATCH = 100  # first passwords given at one go: ~4 s of scrypt, well inside any proxy's timeout


def new_password() -> str:
    """12 random letters and digits in three groups (about 59 bits): given once, changed by nobody."""
    raw = "".join(secrets.choice(_ALPHABET) for _ in range(12))
    return "-".join(raw[i:i + 4] for i in range(0, 12, 4))


def course_people(conn, course_id: str):
    """(id, login, name, time_zone, language, has_password, enrolled) of the course's people, by name."""
    took_part = select(Submission.participant_id).where(Submission.course_id == course_id).union(
        select(Attendance.participant_id).where(Attendance.course_id == course_id))
    enrolled = select(Enrolment.participant_id).where(Enrolment.course_id == course_id)
    rows = conn.execute(select(Participant.id, Participant.login, Participant.name, Participant.time_zone,
                               Participant.language, Participant.password_hash,
                               Participant.id.in_(enrolled).label("enrolled"))
                        .where(or_(Participant.id.in_(enrolled), Participant.id.in_(took_part)))
                        .order_by(Participant.name, Participant.login)).all()
    return [{"id": r.id, "login": r.login, "name": r.name, "time_zone": r.time_zone, "language": r.language or "",
             "has_password": r.password_hash != NO_PASSWORD, "enrolled": bool(r.enrolled)} for r in rows]


def in_course(conn, course_id: str, participant_id: str) -> bool:
    return any(p["id"] == participant_id for p in course_people(conn, course_id))


def _not_found(request: Request, who, t) -> Response:
    return page(request, "message.html", 404, who, message=t("not_found"))


def _course(portal: Portal, organizer_id: str, course_id: str):
    with portal.read() as conn:
        if not _runs(conn, organizer_id, course_id):
            return None
        _etag, course, _raw = portal.course(conn, course_id)
    return course


# ---- the roster ---------------------------------------------------------------------------------

def _roster_values(portal: Portal, organizer_id: str, course_id: str) -> dict | None:
    with portal.read() as conn:
        if not _runs(conn, organizer_id, course_id):
            return None
        _etag, course, _raw = portal.course(conn, course_id)
        people = course_people(conn, course_id)
        allowed = only_mine(conn, organizer_id, [p["id"] for p in people if not p["has_password"]])
    return {"course": {"id": course_id, "title": course.title, "time_zone": course.time_zone}, "people": people,
            "without_password": len(allowed), "languages": LANGUAGES}


@router.get("/courses/{course_id}/participants")
async def participants(course_id: str, request: Request, portal: PortalDep) -> Response:
    found, refusal = await _who(request, portal)
    if refusal:
        return refusal
    who, t = found
    values = await run_in_threadpool(_roster_values, portal, who.id, course_id[:64])
    if values is None:
        return _not_found(request, who, t)
    return page(request, "participants.html", organizer=who, imported=count_param(request, "imported"),
                **values)


def _add_one(portal: Portal, organizer_id: str, course_id: str, name: str, login: str, zone: str,
             language: str, digest: str) -> str | None:
    """"created", "enrolled" (an existing account put on the roster, its password unchanged), or
    None: not this organizer's course."""
    with portal.db() as s:
        if not _runs(s, organizer_id, course_id):
            return None
        person = s.scalars(select(Participant).where(Participant.login == login)).first()
        outcome = "enrolled"
        if person is None:
            person = Participant(id=str(uuid.uuid4()), login=login, name=name, time_zone=zone, language=language,
                                 password_hash=digest, created_by=organizer_id)
            s.add(person)
            s.flush()
            outcome = "created"
        if s.get(Enrolment, (course_id, person.id)) is None:
            s.add(Enrolment(course_id=course_id, participant_id=person.id, enrolled_at=portal.now()))
        return outcome


@router.post("/courses/{course_id}/participants")
async def add_participant(course_id: str, request: Request, portal: PortalDep,
                          name: str = Form("", max_length=400), login: str = Form("", max_length=400),
                          time_zone_name: str = Form("", alias="time_zone", max_length=100),
                          language: str = Form("", max_length=20), csrf: str = Form("", max_length=100)) -> Response:
    found, refusal = await _who(request, portal, csrf)
    if refusal:
        return refusal
    who, t = found
    course = await run_in_threadpool(_course, portal, who.id, course_id[:64])
    if course is None:
        return _not_found(request, who, t)
    name, login, zone_text = " ".join(clean(name).split()), normal_login(login), time_zone_name.strip()
    errors = check_row(name, login, zone_text, language)
    if errors:
        values = await run_in_threadpool(_roster_values, portal, who.id, course_id[:64])
        return page(request, "participants.html", 422, who, add_errors=[t(code, **facts) for code, facts in errors],
                    form={"name": name, "login": login, "time_zone": zone_text, "language": language}, **values)
    password = new_password()
    digest = await asyncio.get_running_loop().run_in_executor(portal.hasher, hash_password, password)
    outcome = await run_in_threadpool(_add_one, portal, who.id, course_id[:64], name, login,
                                      time_zone(zone_text) or course.time_zone, language, digest)
    if outcome is None:
        return _not_found(request, who, t)
    given = [{"login": login, "name": name, "password": password}] if outcome == "created" else []
    return page(request, "passwords.html", organizer=who, course={"id": course_id, "title": course.title},
                given=given, already=[] if given else [login])


# ---- a roster file: preview, then all or nothing ------------------------------------------------

def _staging(portal: Portal) -> Path:
    folder = Path(portal.config.data_dir) / "desk-rosters"
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("*.json"):  # previews nobody confirmed
        try:
            if old.stat().st_mtime < time.time() - STAGED_FOR:
                old.unlink()
        except OSError:
            pass
    return folder


def _preview(portal: Portal, organizer_id: str, course_id: str, data: bytes) -> dict | None:
    with portal.read() as conn:
        if not _runs(conn, organizer_id, course_id):
            return None
        _etag, course, _raw = portal.course(conn, course_id)
        values = {"course": {"id": course_id, "title": course.title}}
        try:
            rows = read_roster(data, course.time_zone)
        except RosterError as exc:
            return {**values, "error": (exc.code, exc.facts)}
        logins = [r.login for r in rows if r.login]
        existing = set()
        for i in range(0, len(logins), 500):
            existing |= set(conn.execute(select(Participant.login).where(Participant.login.in_(logins[i:i + 500])))
                            .scalars())
    shown = [{"line": r.line, "name": r.name, "login": r.login, "time_zone": r.time_zone, "language": r.language,
              "existing": r.login in existing, "errors": r.errors} for r in rows]
    bad = sum(1 for r in rows if r.errors)
    values.update(rows=shown, bad=bad, new=sum(1 for r in shown if not r["existing"] and not r["errors"]),
                  known=sum(1 for r in shown if r["existing"] and not r["errors"]))
    if not bad:
        token = secrets.token_urlsafe(18)
        staged = {"organizer": organizer_id, "course": course_id,
                  "rows": [[r.name, r.login, r.time_zone, r.language] for r in rows]}
        (_staging(portal) / f"{token}.json").write_text(json.dumps(staged, ensure_ascii=False), encoding="utf-8")
        values["token"] = token
    return values


@router.post("/courses/{course_id}/participants/import")
async def roster_preview(course_id: str, request: Request, portal: PortalDep, roster: UploadFile = File(...),
                         csrf: str = Form("", max_length=100)) -> Response:
    found, refusal = await _who(request, portal, csrf)
    if refusal:
        return refusal
    who, t = found
    from .roster import MAX_BYTES

    data = await roster.read(MAX_BYTES + 1)
    values = await run_in_threadpool(_preview, portal, who.id, course_id[:64], data)
    if values is None:
        return _not_found(request, who, t)
    failed = values.get("error") or values.get("bad")
    return page(request, "roster_preview.html", 422 if failed else 200, who, **values)


def _commit(portal: Portal, organizer_id: str, course_id: str, token: str) -> tuple[str, int, int] | None:
    """One transaction: every previewed row added (new accounts without a password yet) and put on
    the roster, or nothing. ("imported", created, enrolled), ("expired", 0, 0), or None."""
    with portal.read() as conn:
        if not _runs(conn, organizer_id, course_id):
            return None
    if not token.replace("-", "").replace("_", "").isalnum():
        return "expired", 0, 0
    path = _staging(portal) / f"{token}.json"
    try:
        staged = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return "expired", 0, 0
    if staged.get("organizer") != organizer_id or staged.get("course") != course_id:
        return "expired", 0, 0
    rows = [Row(0, *r) for r in staged["rows"]]
    now = portal.now()
    with portal.write() as conn:
        if not _runs(conn, organizer_id, course_id):
            return None
        logins = [r.login for r in rows]
        known: dict[str, str] = {}
        for i in range(0, len(logins), 500):
            known.update(conn.execute(select(Participant.login, Participant.id)
                                      .where(Participant.login.in_(logins[i:i + 500]))).all())
        fresh = [{"id": str(uuid.uuid4()), "login": r.login, "name": r.name, "time_zone": r.time_zone,
                  "language": r.language, "password_hash": NO_PASSWORD, "created_by": organizer_id}
                 for r in rows if r.login not in known]
        if fresh:
            conn.execute(insert(Participant), fresh)
        ids = list(known.values()) + [p["id"] for p in fresh]
        on_roster = set()
        for i in range(0, len(ids), 500):
            on_roster |= set(conn.execute(select(Enrolment.participant_id).where(
                Enrolment.course_id == course_id, Enrolment.participant_id.in_(ids[i:i + 500]))).scalars())
        adding = [{"course_id": course_id, "participant_id": pid, "enrolled_at": now} for pid in ids
                  if pid not in on_roster]
        if adding:
            conn.execute(insert(Enrolment), adding)
    path.unlink(missing_ok=True)
    return "imported", len(fresh), len(adding)


@router.post("/courses/{course_id}/participants/import/confirm")
async def roster_confirm(course_id: str, request: Request, portal: PortalDep, token: str = Form("", max_length=64),
                         csrf: str = Form("", max_length=100)) -> Response:
    found, refusal = await _who(request, portal, csrf)
    if refusal:
        return refusal
    who, t = found
    done = await run_in_threadpool(_commit, portal, who.id, course_id[:64], token)
    if done is None:
        return _not_found(request, who, t)
    if done[0] == "expired":
        return page(request, "message.html", 409, who, message=t("roster_expired"))
    return RedirectResponse(f"/desk/courses/{course_id}/participants?imported={done[2]}", status_code=303,
                            headers=HEADERS)


# ---- passwords shown once -----------------------------------------------------------------------

def only_mine(conn, organizer_id: str, participant_ids: list[str]) -> set[str]:
    """Those of ``participant_ids`` whose password this organizer may set: accounts their desk made,
    and accounts made elsewhere (the command line) that are in no course but theirs (on a roster, or
    having taken part). Anyone can be put on a roster by their login; were that enough to set their
    password, one organizer could take over another's participant (and a rule of "every course is
    theirs" alone would let one organizer block another's by enrolling their people)."""
    mine = select(CourseOrganizer.course_id).where(CourseOrganizer.organizer_id == organizer_id)
    allowed: set[str] = set()
    for i in range(0, len(participant_ids), 500):
        chunk = participant_ids[i:i + 500]
        made = dict(conn.execute(select(Participant.id, Participant.created_by).where(Participant.id.in_(chunk))).all())
        allowed |= {pid for pid, by in made.items() if by == organizer_id}
        unowned = [pid for pid, by in made.items() if by is None]
        elsewhere: set[str] = set()
        for table in (Enrolment, Submission, Attendance):
            elsewhere |= set(conn.execute(select(table.participant_id).where(
                table.participant_id.in_(unowned), table.course_id.not_in(mine))).scalars())
        allowed |= set(unowned) - elsewhere
    return allowed


def _without_password(portal: Portal, organizer_id: str, course_id: str) -> list[dict] | None:
    with portal.read() as conn:
        if not _runs(conn, organizer_id, course_id):
            return None
        waiting = [p for p in course_people(conn, course_id) if not p["has_password"]]
        allowed = only_mine(conn, organizer_id, [p["id"] for p in waiting])
        return [p for p in waiting if p["id"] in allowed]


def _set_digests(portal: Portal, digests: dict[str, str], only_unset: bool) -> None:
    """New digests; every sign-in token of those participants revoked (their apps sign in again)."""
    with portal.write() as conn:
        for pid, digest in digests.items():
            where = [Participant.id == pid] + ([Participant.password_hash == NO_PASSWORD] if only_unset else [])
            conn.execute(update(Participant).where(and_(*where)).values(password_hash=digest))
        ids = list(digests)
        for i in range(0, len(ids), 500):
            conn.execute(update(Token).where(Token.participant_id.in_(ids[i:i + 500])).values(revoked=True))


async def _hash_all(portal: Portal, passwords: list[str]) -> list[str]:
    """One password in the sign-in hashers' threads; a roster's many one after another in a thread
    of their own (about 40 ms each), so that participants signing in meanwhile are not queued
    behind hundreds of them."""
    if len(passwords) == 1:
        return [await asyncio.get_running_loop().run_in_executor(portal.hasher, hash_password, passwords[0])]
    return await run_in_threadpool(lambda: [hash_password(p) for p in passwords])


@router.post("/courses/{course_id}/participants/passwords")
async def first_passwords(course_id: str, request: Request, portal: PortalDep,
                          csrf: str = Form("", max_length=100)) -> Response:
    found, refusal = await _who(request, portal, csrf)
    if refusal:
        return refusal
    who, t = found
    people = await run_in_threadpool(_without_password, portal, who.id, course_id[:64])
    course = await run_in_threadpool(_course, portal, who.id, course_id[:64])
    if people is None or course is None:
        return _not_found(request, who, t)
    remaining = max(0, len(people) - PASSWORD_BATCH)
    people = people[:PASSWORD_BATCH]
    passwords = [new_password() for _ in people]
    digests = await _hash_all(portal, passwords)
    await run_in_threadpool(_set_digests, portal, {p["id"]: d for p, d in zip(people, digests)}, True)
    given = [{"login": p["login"], "name": p["name"], "password": pw} for p, pw in zip(people, passwords)]
    return page(request, "passwords.html", organizer=who, course={"id": course_id, "title": course.title},
                given=given, already=[], remaining=remaining)


def _one(portal: Portal, organizer_id: str, course_id: str, participant_id: str) -> dict | None:
    with portal.read() as conn:
        if not _runs(conn, organizer_id, course_id):
            return None
        _etag, course, _raw = portal.course(conn, course_id)
        person = next((p for p in course_people(conn, course_id) if p["id"] == participant_id), None)
        if person is None:
            return None
        attended = set(conn.execute(select(Attendance.session_id).where(
            Attendance.course_id == course_id, Attendance.participant_id == participant_id)).scalars())
        person["can_reset"] = bool(only_mine(conn, organizer_id, [participant_id]))
    return {"course": {"id": course_id, "title": course.title}, "person": person,
            "sessions": [{"title": x.title, "present": x.id in attended} for x in course.live_sessions]}


@router.get("/courses/{course_id}/participants/{participant_id}")
async def participant(course_id: str, participant_id: str, request: Request, portal: PortalDep) -> Response:
    found, refusal = await _who(request, portal)
    if refusal:
        return refusal
    who, t = found
    values = await run_in_threadpool(_one, portal, who.id, course_id[:64], participant_id[:64])
    if values is None:
        return _not_found(request, who, t)
    return page(request, "participant.html", organizer=who, **values)


@router.post("/courses/{course_id}/participants/{participant_id}/password")
async def reset_password(course_id: str, participant_id: str, request: Request, portal: PortalDep,
                         csrf: str = Form("", max_length=100)) -> Response:
    found, refusal = await _who(request, portal, csrf)
    if refusal:
        return refusal
    who, t = found
    values = await run_in_threadpool(_one, portal, who.id, course_id[:64], participant_id[:64])
    if values is None:
        return _not_found(request, who, t)
    if not values["person"]["can_reset"]:
        return page(request, "message.html", 403, who, message=t("not_only_yours"))
    password = new_password()
    digest = (await _hash_all(portal, [password]))[0]
    await run_in_threadpool(_set_digests, portal, {participant_id: digest}, False)
    person = values["person"]
    return page(request, "passwords.html", organizer=who, course=values["course"], already=[], reset=True,
                given=[{"login": person["login"], "name": person["name"], "password": password}])


# ---- export -------------------------------------------------------------------------------------

@router.get("/courses/{course_id}/participants.csv")
async def roster_csv(course_id: str, request: Request, portal: PortalDep) -> Response:
    found, refusal = await _who(request, portal)
    if refusal:
        return refusal
    who, t = found
    values = await run_in_threadpool(_roster_values, portal, who.id, course_id[:64])
    if values is None:
        return _not_found(request, who, t)
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["name", "login", "time_zone", "language", "on_roster", "has_password"])
    for p in values["people"]:
        writer.writerow([cell(p["name"]), cell(p["login"]), cell(p["time_zone"]), cell(p["language"]),
                         "yes" if p["enrolled"] else "no", "yes" if p["has_password"] else "no"])
    # UTF-8 with a byte-order mark (Excel reads Korean and Spanish names right); it imports back as a roster
    return Response("\ufeff" + out.getvalue(), media_type="text/csv; charset=utf-8", headers={
        **HEADERS, "Content-Disposition": f'attachment; filename="participants-{_safe_name(course_id)}.csv"'})


# ---- attendance ticked by hand ------------------------------------------------------------------

def _ticks(portal: Portal, organizer_id: str, course_id: str, session_id: str) -> dict | None:
    with portal.read() as conn:
        if not _runs(conn, organizer_id, course_id):
            return None
        _etag, course, _raw = portal.course(conn, course_id)
        session = next((x for x in course.live_sessions if x.id == session_id), None)
        if session is None:
            return None
        present = set(conn.execute(select(Attendance.participant_id).where(
            Attendance.course_id == course_id, Attendance.session_id == session_id)).scalars())
        people = course_people(conn, course_id)
    return {"course": {"id": course_id, "title": course.title}, "session": {"id": session.id, "title": session.title},
            "people": [{**p, "present": p["id"] in present} for p in people]}


@router.get("/courses/{course_id}/sessions/{session_id}")
async def tick_form(course_id: str, session_id: str, request: Request, portal: PortalDep) -> Response:
    found, refusal = await _who(request, portal)
    if refusal:
        return refusal
    who, t = found
    values = await run_in_threadpool(_ticks, portal, who.id, course_id[:64], session_id[:64])
    if values is None:
        return _not_found(request, who, t)
    return page(request, "ticks.html", organizer=who, saved=request.query_params.get("saved") == "1", **values)


def _save_ticks(portal: Portal, organizer_id: str, course_id: str, session_id: str, present: set[str]) -> bool:
    """The session's attendance becomes exactly ``present`` among the course's people (one transaction)."""
    with portal.db() as s:
        if not _runs(s, organizer_id, course_id):
            return False
        _etag, course, _raw = portal.course(s, course_id)
        if all(x.id != session_id for x in course.live_sessions):
            return False
        people = {p["id"] for p in course_people(s, course_id)}
        chosen = present & people
        had = set(s.scalars(select(Attendance.participant_id).where(Attendance.course_id == course_id,
                                                                     Attendance.session_id == session_id)))
        for pid in (had & people) - chosen:
            s.delete(s.get(Attendance, (course_id, session_id, pid)))
        for pid in sorted(chosen - had):
            s.add(Attendance(course_id=course_id, session_id=session_id, participant_id=pid))
    return True


@router.post("/courses/{course_id}/sessions/{session_id}")
async def tick_save(course_id: str, session_id: str, request: Request, portal: PortalDep,
                    present: list[str] = Form([]), csrf: str = Form("", max_length=100)) -> Response:
    found, refusal = await _who(request, portal, csrf)
    if refusal:
        return refusal
    who, t = found
    saved = await run_in_threadpool(_save_ticks, portal, who.id, course_id[:64], session_id[:64], set(present[:20000]))
    if not saved:
        return _not_found(request, who, t)
    return RedirectResponse(f"/desk/courses/{course_id}/sessions/{session_id}?saved=1", status_code=303,
                            headers=HEADERS)
