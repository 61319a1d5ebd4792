"""A roster file as a spreadsheet writes it, read into rows with an error code per bad row.

Columns are found by their header (English, Korean or Spanish words; any order): the participant's
name, login (an e-mail address or a plain login), time zone (IANA, e.g. Asia/Seoul; the course's
when empty) and language (en, ko or es; empty: the app's own choice). The text may be UTF-8 with or
without a byte-order mark, or UTF-16 with one (Excel's "Unicode text"); the separator is the one the
header line uses most of ``,``, ``;`` (spreadsheets in locales with a decimal comma) and tab.
Nothing here touches the database: the desk previews these rows and writes them all or none."""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

MAX_BYTES = 1024 * 1024
MAX_ROWS = 5000
NAME_CHARS, LOGIN_CHARS = 200, 120
LANGUAGES = ("en", "ko", "es")
COLUMNS = {
    "name": ("name", "full name", "nombre", "nombre completo", "이름", "성명"),
    "login": ("login", "e-mail", "email", "mail", "user", "username", "usuario", "correo", "correo electrónico",
              "correo electronico", "아이디", "이메일", "로그인"),
    "time_zone": ("time zone", "timezone", "time_zone", "tz", "zona horaria", "huso horario", "시간대"),
    "language": ("language", "lang", "idioma", "lengua", "언어"),
}
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_LOGIN = re.compile(r"^[^\s@]+$")


class RosterError(ValueError):
    """The file as a whole is not a roster this reads; ``code`` names why."""

    def __init__(self, code: str, **facts):
        super().__init__(code)
        self.code, self.facts = code, facts


@dataclass
class Row:
    line: int  # in the file, counting the header as 1
    name: str
    login: str
    time_zone: str
    language: str
    errors: list[tuple[str, dict]] = field(default_factory=list)  # (code, facts)


@lru_cache(maxsize=1)
def _zones() -> dict[str, str]:
    from zoneinfo import available_timezones

    return {z.casefold(): z for z in available_timezones()}


def time_zone(text: str) -> str | None:
    """The IANA name ``text`` spells (any case), or None."""
    return _zones().get(text.strip().casefold())


def decode(data: bytes) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise RosterError("not_utf8") from exc
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise RosterError("not_utf8") from exc


def _norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).casefold().replace("_", " ").split())


def _separator(line: str) -> str:
    counts = {sep: line.count(sep) for sep in (",", ";", "\t")}
    return max(counts, key=lambda sep: counts[sep]) if any(counts.values()) else ","


def clean(text: str) -> str:
    """Control characters out (a name is one line of text), spaces trimmed."""
    return "".join(ch for ch in text if unicodedata.category(ch)[0] != "C" or ch == " ").strip()


def check_login(login: str) -> str | None:
    """An error code for a login that cannot be one, or None."""
    if not login:
        return "missing_login"
    if len(login) > LOGIN_CHARS:
        return "login_too_long"
    if "@" in login:
        return None if _EMAIL.match(login) else "bad_email"
    return None if _LOGIN.match(login) else "bad_login"


def normal_login(login: str) -> str:
    """An e-mail address in lower case (how meeting reports will spell it); a plain login as typed."""
    login = clean(login)
    return login.lower() if "@" in login else login


def check_row(name: str, login: str, zone: str, language: str) -> list[tuple[str, dict]]:
    errors: list[tuple[str, dict]] = []
    if not name:
        errors.append(("missing_name", {}))
    elif len(name) > NAME_CHARS:
        errors.append(("name_too_long", {"limit": NAME_CHARS}))
    fault = check_login(login)
    if fault:
        errors.append((fault, {}))
    if zone and time_zone(zone) is None:
        errors.append(("bad_time_zone", {"zone": zone[:80]}))
    if language and language not in LANGUAGES:
        errors.append(("bad_language", {"language": language[:20]}))
    return errors


def read_roster(data: bytes, default_zone: str) -> list[Row]:
    """Every data row of the file, each with its errors (none: it can be imported)."""
    if len(data) > MAX_BYTES:
        raise RosterError("roster_too_big", limit=MAX_BYTES // 1024)
    text = decode(data)
    lines = text.splitlines()
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None:
        raise RosterError("roster_empty")
    reader = csv.reader(io.StringIO(text), delimiter=_separator(lines[first]))
    try:
        table = list(reader)
    except csv.Error as exc:
        raise RosterError("roster_unreadable") from exc
    table = [row for row in table if any(cell.strip() for cell in row)]
    header = [_norm(cell) for cell in table[0]]
    at: dict[str, int] = {}
    for column, names in COLUMNS.items():
        for i, cell in enumerate(header):
            if cell in names and i not in at.values():
                at[column] = i
                break
    if "name" not in at or "login" not in at:
        raise RosterError("roster_no_header")
    if len(table) - 1 > MAX_ROWS:
        raise RosterError("roster_too_many", limit=MAX_ROWS)

    def get(row: list[str], column: str) -> str:
        i = at.get(column)
        return clean(row[i]) if i is not None and i < len(row) else ""

    rows: list[Row] = []
    seen: dict[str, int] = {}
    for n, cells in enumerate(table[1:], start=2):
        name, login = get(cells, "name"), normal_login(get(cells, "login"))
        zone_text, language = get(cells, "time_zone"), get(cells, "language").lower()
        errors = check_row(name, login, zone_text, language)
        zone = time_zone(zone_text) if zone_text else default_zone
        key = login.casefold()
        if login and key in seen:
            errors.append(("duplicate_login", {"line": seen[key]}))
        elif login:
            seen[key] = n
        rows.append(Row(n, name, login, zone or "", language, errors))
    if not rows:
        raise RosterError("roster_empty")
    return rows
