"""A meeting tool's participant report, as the organizer downloads it, read into minutes per person.

``read_report`` tells the three apart by their header and reads any of them:

Zoom's "Participants" export (Reports → Usage → Participants): an optional meeting block (Meeting ID,
Topic, …) and a blank line, then a table headed "Name (Original Name)", "User Email", "Duration
(Minutes)" or "Total Duration (Minutes)"; without "unique users" one person has a row per join,
summed here. Rows are matched to participants by e-mail (a participant's login), then by a name
that only one participant has; the rest are left for the organizer to decide.

Microsoft Teams' attendance list (the meeting's Attendance tab → Download): UTF-16 text with a byte
order mark, tab-separated, in sections: "1. Summary" (Meeting title, Start time, …), "2.
Participants" headed "Name, First join, Last leave, In-meeting duration, Email, Participant ID (UPN),
Role" with one row per person and durations written "1h 2m 3s", then "3. In-Meeting activities"
(one row per join, not read: section 2 already sums them).

Google Meet's attendance report (sent to the organizer, or the Sheets file saved as CSV): headed
"First name, Last name, Email, Duration, Time joined, Time exited" (or one "Name" column), durations
written "1 hr 2 min", "42m" or "1:02:00"; some carry a meeting block above the table, skipped as
Zoom's is."""

from __future__ import annotations

import csv
import io
import math
import re
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


def _text(data: bytes) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # Teams writes UTF-16 with a byte order mark
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise ReportError("not_utf8") from exc
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ReportError("not_utf8") from exc


_PARTS = re.compile(r"(\d+(?:[.,]\d+)?)\s*(h|hr|hrs|hour|hours|m|min|mins|minute|minutes|s|sec|secs|second|seconds)\b")


MAX_MINUTES = 7 * 24 * 60.0  # no meeting row lasts longer than a week


def _sane(minutes: float) -> float | None:
    """Minutes a meeting row can hold: a finite number from 0 to a week ("nan", "inf", "1e400" and
    negatives are no duration; round() of the first two failed the whole preview)."""
    return minutes if math.isfinite(minutes) and 0 <= minutes <= MAX_MINUTES else None


def minutes_of(text: str) -> float | None:
    """Minutes in a duration as the tools write it: "95" (minutes), "1h 2m 3s", "1 hr 2 min",
    "42m", "1:02:03" or "02:03" (h:mm:ss, mm:ss); None when it is none of these."""
    text = text.strip().lower()
    if not text:
        return None
    try:
        return _sane(float(text.replace(",", ".")))
    except ValueError:
        pass
    if re.fullmatch(r"\d+(:\d{1,2}){1,2}", text):
        parts = [int(p) for p in text.split(":")]
        if len(parts) == 2:
            parts = [0, *parts]
        return parts[0] * 60 + parts[1] + parts[2] / 60
    found = _PARTS.findall(text)
    if not found or _PARTS.sub("", text).strip():
        return None
    scale = {"h": 60.0, "m": 1.0, "s": 1 / 60}
    return _sane(sum(float(n.replace(",", ".")) * scale[unit[0]] for n, unit in found))


def read_report(data: bytes) -> tuple[str, list[Present]]:
    """(tool, minutes per person) for a Zoom, Teams or Meet report: "zoom", "teams" or "meet"."""
    try:
        return _read_report(data)
    except csv.Error as exc:  # a field past the csv module's limit (128 KB): no report a meeting tool wrote
        raise ReportError("report_unreadable") from exc


def _read_report(data: bytes) -> tuple[str, list[Present]]:
    text = _text(data)
    rows = list(csv.reader(io.StringIO(text), delimiter="\t" if _tabbed(text) else ","))
    heads = [[_norm(c) for c in row] for row in rows[:200]]
    for i, head in enumerate(heads):
        if head and head[0] == "name" and any(c.startswith("in-meeting duration") for c in head):
            return "teams", _table(rows, i, name_at=[0], email=("email",), minutes=("in-meeting duration",))
        if head[:2] == ["first name", "last name"] and "duration" in head:
            return "meet", _table(rows, i, name_at=[0, 1], email=("email",), minutes=("duration",))
        if head and head[0] == "name" and "time joined" in head and "duration" in head:
            return "meet", _table(rows, i, name_at=[0], email=("email",), minutes=("duration",))
    return "zoom", read_zoom(data)


def _tabbed(text: str) -> bool:
    head = text[:4000]
    return head.count("\t") > head.count(",")


def _table(rows: list[list[str]], start: int, name_at: list[int], email: tuple[str, ...],
           minutes: tuple[str, ...]) -> list[Present]:
    """The rows under the header at ``start`` up to the first blank line (where Teams' next section
    begins), summed per e-mail (or per name without one)."""
    header = rows[start]
    email_at = _header_index(header, *email)
    minutes_at = _header_index(header, *minutes)
    if minutes_at is None:
        raise ReportError("no_duration_column")
    people: dict[str, Present] = {}
    for row in rows[start + 1:start + 1 + MAX_ROWS]:
        if not row or not any(cell.strip() for cell in row):
            break
        if len(row) <= minutes_at:
            continue
        name = " ".join(row[i].strip() for i in name_at if i < len(row) and row[i].strip())
        email_text = row[email_at].strip() if email_at is not None and len(row) > email_at else ""
        spent = minutes_of(row[minutes_at])
        if spent is None or not name and not email_text:
            continue
        key = email_text.casefold() or "name:" + _norm(name)
        if key in people:
            people[key].minutes += spent
        else:
            people[key] = Present(name[:200], email_text[:200], spent)
    if not people:
        raise ReportError("no_participants_table")
    return list(people.values())


def read_zoom(data: bytes) -> list[Present]:
    """Minutes per person in a Zoom participants report (one entry per e-mail, or per name when the
    e-mail is missing), in the report's order."""
    rows = list(csv.reader(io.StringIO(_text(data))))
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
            minutes = _sane(float(row[minutes_at]))
        except ValueError:
            continue
        if minutes is None:
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
