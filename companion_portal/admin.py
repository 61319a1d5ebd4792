"""What an organizer does from the command line: publish a course package, add participants, record
attendance taken from the meeting tool."""

from __future__ import annotations

import uuid
from pathlib import Path

from sqlalchemy import delete, select

from companion.shared_kernel import course_from_manifest, load_package, shift_manifest

from .core import API, Portal, manifest_etag
from .errors import ApiRefusal
from .models import Attendance, Course, CourseOrganizer, DeskSession, Enrolment, Organizer, Participant
from .passwords import hash_password


def add_course(portal: Portal, folder: Path, shift_weeks: int = 0) -> str:
    """Publish (or update) a course package; its material URLs point at this portal."""
    package = load_package(folder)
    manifest = shift_manifest(package.manifest, shift_weeks)
    if shift_weeks:
        manifest["notes"] = (manifest.get("notes", "") + f" This portal runs the course {shift_weeks} weeks "
                             "after its published dates; weekdays and wall-clock times are unchanged.").strip()
    for lecture in manifest["lectures"]:
        for mat in lecture["materials"]:
            for var in mat["variants"]:
                if var.get("path"):
                    var["url"] = f"{API}/courses/{manifest['id']}/materials/{mat['id']}/{var['name']}"
    course_from_manifest(manifest, str(folder))
    etag = manifest_etag(manifest)
    with portal.db() as s:
        row = s.get(Course, manifest["id"])
        if row is None:
            s.add(Course(id=manifest["id"], title=manifest["title"], manifest=manifest, etag=etag,
                         package_dir=str(package.folder.resolve())))
        else:
            row.title, row.manifest, row.etag, row.package_dir = (manifest["title"], manifest, etag,
                                                                  str(package.folder.resolve()))
    return manifest["id"]


def add_participant(portal: Portal, login: str, password: str, name: str, time_zone: str,
                    courses: list[str] | tuple[str, ...] = ()) -> str:
    """Add a participant, or set an existing one's name, zone and password; and put them on the
    roster of ``courses`` (the desk's list of a course's participants)."""
    with portal.db() as s:
        person = s.scalars(select(Participant).where(Participant.login == login)).first()
        if person is None:
            person = Participant(id=str(uuid.uuid4()), login=login, name=name, time_zone=time_zone,
                                 password_hash=hash_password(password))
            s.add(person)
            s.flush()
        else:
            person.name, person.time_zone, person.password_hash = name, time_zone, hash_password(password)
        for course_id in courses:
            if s.get(Enrolment, (course_id, person.id)) is None:
                s.add(Enrolment(course_id=course_id, participant_id=person.id, enrolled_at=portal.now()))
        return person.id


def record_attendance(portal: Portal, login: str, course_id: str, session_id: str) -> None:
    """Mark a participant present, putting them on the course's roster if they were not (whoever
    took part in a course is one of its people, and may see it through the participants' API)."""
    with portal.db() as s:
        person = s.scalars(select(Participant).where(Participant.login == login)).first()
        if person is None:
            raise ApiRefusal(404, "unknown_participant", f"There is no participant '{login}'.")
        if s.get(Attendance, (course_id, session_id, person.id)) is None:
            s.add(Attendance(course_id=course_id, session_id=session_id, participant_id=person.id))
        if s.get(Enrolment, (course_id, person.id)) is None:
            s.add(Enrolment(course_id=course_id, participant_id=person.id, enrolled_at=portal.now()))


def add_organizer(portal: Portal, login: str, password: str, name: str, courses: list[str] = ()) -> str:
    """Add an organizer (or set an existing one's name and password) and let them run these courses."""
    with portal.db() as s:
        person = s.scalars(select(Organizer).where(Organizer.login == login)).first()
        if person is None:
            person = Organizer(id=str(uuid.uuid4()), login=login, name=name, password_hash=hash_password(password))
            s.add(person)
            s.flush()
        else:
            person.name, person.password_hash = name, hash_password(password)
            # a new password ends every desk session opened with the old one (a computer left signed in)
            s.execute(delete(DeskSession).where(DeskSession.organizer_id == person.id))
        for course_id in courses:
            if s.get(Course, course_id) is None:
                raise ApiRefusal(404, "unknown_course", f"There is no course '{course_id}'.")
            if s.get(CourseOrganizer, (course_id, person.id)) is None:
                s.add(CourseOrganizer(course_id=course_id, organizer_id=person.id))
        return person.id
