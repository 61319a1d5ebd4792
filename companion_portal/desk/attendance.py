"""A meeting tool's participant report, as the organizer downloads it, read into minutes per person.

Zoom's "Participants" export (Reports → Usage → Participants): an optional meeting block (Meeting ID,
Topic, …) and a blank line, then a table headed "Name (Original Name)", "User Email", "Duration
(Minutes)" or "Total Duration (Minutes)"; without "unique users" one person has a row per join,
summed here. Rows are matched to participants by e-mail (a participant's login), then by a name
that only one participant has; the rest are left for the organizer to decide."""

from __future__ import annotations

import csv
import io
import unicodedata
from dataclasses import dataclass

MAX_ROWS = 5000


class ReportError(ValueError):
    """The file is not a report this reads; ``code`` names why (the desk words it)."""

    def __init__(self, code: str):
        super().__init__(code)
        self.code = code


@dataclass
class Present:
    name: str
    email: str
    minutes: float


def _norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def _header_index(header: list[str], *candidates: str) -> int | None:
    names = [_norm(h) for h in header]
    for wanted in candidates:
        for i, name in enumerate(names):
            if name.startswith(wanted):
                return i
    return None


def read_zoom(data: bytes) -> list[Present]:
    """Minutes per person in a Zoom participants report (one entry per e-mail, or per name when the
    e-mail is missing), in the report's order."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ReportError("not_utf8") from exc
    rows = list(csv.reader(io.StringIO(text)))
    start = next((i for i, row in enumerate(rows) if row and _norm(row[0]).startswith("name")), None)
    if start is None:
        raise ReportError("no_participants_table")
    header = rows[start]
    name_at = 0
    email_at = _header_index(header, "user email", "email")
    minutes_at = _header_index(header, "total duration", "duration")
    if minutes_at is None:
        raise ReportError("no_duration_column")
    people: dict[str, Present] = {}
    for row in rows[start + 1:start + 1 + MAX_ROWS]:
        if not row or not any(cell.strip() for cell in row) or len(row) <= minutes_at:
            continue
        name = row[name_at].strip()
        email = row[email_at].strip() if email_at is not None and len(row) > email_at else ""
        try:
            minutes = float(row[minutes_at])
        except ValueError:
            continue
        # "Ana Kim (Ana's iPad)": Zoom puts the original name in brackets after a rename
        key = email.casefold() or "name:" + _norm(name)
        if key in people:
            people[key].minutes += minutes
        else:
            people[key] = Present(name[:200], email[:200], minutes)
    if not people:
        raise ReportError("no_participants_table")
    return list(people.values())


def match(present: list[Present], participants: list[tuple[str, str, str]]):
    """(matched [(participant id, Present)], unmatched [Present]): ``participants`` are (id, login,
    name); by e-mail against the login first, then by a name exactly one participant has."""
    by_login = {login.casefold(): pid for pid, login, _name in participants}
    by_name: dict[str, list[str]] = {}
    for pid, _login, name in participants:
        by_name.setdefault(_norm(name), []).append(pid)
    matched, unmatched = [], []
    for person in present:
        pid = by_login.get(person.email.casefold()) if person.email else None
        if pid is None:
            plain = _norm(person.name.split(" (")[0])
            ids = by_name.get(_norm(person.name)) or by_name.get(plain) or []
            pid = ids[0] if len(ids) == 1 else None
        if pid is None:
            unmatched.append(person)
        else:
            matched.append((pid, person))
    return matched, unmatched
