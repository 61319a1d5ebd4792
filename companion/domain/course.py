"""The course: lectures, materials, live sessions, quizzes, assignments and completion rules.

``course_from_manifest`` turns a manifest (already checked against the JSON Schema) into frozen
dataclasses, and refuses what a schema cannot see: unknown time zones, duplicate ids, answer keys
that name no option, material paths that leave the package, sessions that end before they start.
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any

from .errors import CourseError, UnknownTimeZone
from .quiz import (ALL_OR_NOTHING, BLANK_TYPES, CHOICE_TYPES, CLOZE, ESSAY, MATCHING, MULTIPLE_CHOICE, NUMERICAL,
                   SHORT_ANSWER, TRUE_FALSE, Image, NumericAnswer, Option, Question, Quiz, TextAnswer, Unit, pair,
                   pairs_of, unseal_answer_key, unseal_weights)
from .schedule import WallTime, parse_wall, weeks_between, zone

ASSIGNMENT_KINDS = ("essay", "photos", "survey", "action_plan")


@dataclass(frozen=True)
class Variant:
    name: str
    mime: str
    url: str | None = None  # online: absolute, or relative to the manifest's own URL (RFC 3986)
    path: str | None = None  # inside the course package
    size: int | None = None
    sha256: str | None = None

    @property
    def is_local(self) -> bool:
        return self.path is not None


@dataclass(frozen=True)
class Asset:
    """A file a material uses (an image of a page, an attachment of a topic), kept in the package."""
    path: str
    mime: str
    size: int | None = None
    sha256: str | None = None


ON_PLATFORM = "platform"  # a material that works only on the course's platform (listed with its link)
TOPIC = "topic"  # a discussion's opening text, readable offline (read-only)


@dataclass(frozen=True)
class Material:
    id: str
    title: str
    kind: str
    variants: tuple[Variant, ...]
    section: str = ""  # the heading it stands under in its lecture (a module's sub-header)
    text: str = ""  # a topic's text (HTML)
    assets: tuple[Asset, ...] = ()
    platform: str = ""  # for an on-platform item: the kind of resource it was (e.g. an LTI tool)

    @property
    def is_link(self) -> bool:
        """A link to somewhere online (a web page, an item on the course's platform): never downloaded."""
        return self.kind in ("link", ON_PLATFORM)

    @property
    def online_only(self) -> bool:
        if self.kind == TOPIC:
            return False
        return self.kind in ("link", ON_PLATFORM) or not any(v.is_local for v in self.variants)

    def variant(self, name: str) -> Variant | None:
        return next((v for v in self.variants if v.name == name), None)


@dataclass(frozen=True)
class Lecture:
    id: str
    title: str
    summary: str
    materials: tuple[Material, ...]
    extra: bool = False  # material the source package held outside its outline


@dataclass(frozen=True)
class LiveSession:
    id: str
    title: str
    host: str
    start: WallTime
    end: WallTime
    join_url: str = ""
    description: str = ""

    def shifted(self, weeks: int) -> "LiveSession":
        return replace(self, start=self.start.shifted(weeks), end=self.end.shifted(weeks))


@dataclass(frozen=True)
class SurveyQuestion:
    id: str
    type: str  # likert | single_choice | text
    prompt: str
    options: tuple[str, ...] = ()
    required: bool = True


@dataclass(frozen=True)
class Assignment:
    id: str
    kind: str
    title: str
    instructions: str
    due: WallTime | None
    required: bool
    max_words: int | None = None
    min_files: int | None = None
    max_files: int | None = None
    max_file_bytes: int | None = None
    mime: tuple[str, ...] = ()
    questions: tuple[SurveyQuestion, ...] = ()
    points: float | None = None

    def shifted(self, weeks: int) -> "Assignment":
        return replace(self, due=self.due.shifted(weeks)) if self.due else self


@dataclass(frozen=True)
class CompletionRules:
    attend_all_live_sessions: bool = True
    pass_all_quizzes: bool = True
    required_assignments: tuple[str, ...] = ()
    description: str = ""


@dataclass(frozen=True)
class Course:
    id: str
    title: str
    version: int
    organizers: tuple[str, ...]
    time_zone: str
    starts_on: date
    ends_on: date
    lectures: tuple[Lecture, ...]
    live_sessions: tuple[LiveSession, ...]
    quizzes: tuple[Quiz, ...]
    assignments: tuple[Assignment, ...]
    completion: CompletionRules
    subtitle: str = ""
    description: str = ""
    notes: str = ""
    shift_weeks: int = 0  # how many weeks the participant moved the dates (0: as published)
    origin: tuple[str, str, str] | None = None  # (format, format version, identifier) of an imported course

    def lecture(self, lecture_id: str) -> Lecture | None:
        return next((x for x in self.lectures if x.id == lecture_id), None)

    def quiz(self, quiz_id: str) -> Quiz | None:
        return next((x for x in self.quizzes if x.id == quiz_id), None)

    def assignment(self, assignment_id: str) -> Assignment | None:
        return next((x for x in self.assignments if x.id == assignment_id), None)

    def live_session(self, session_id: str) -> LiveSession | None:
        return next((x for x in self.live_sessions if x.id == session_id), None)

    def materials(self) -> list[tuple[Lecture, Material]]:
        return [(lec, m) for lec in self.lectures for m in lec.materials]

    def extra_files(self) -> dict[str, tuple[int | None, str | None]]:
        """Files of the package that are not a material's variant: what pages and topics use (assets) and
        questions' images; path -> (size, sha256) when the course states them."""
        out: dict[str, tuple[int | None, str | None]] = {}
        for _lecture, material in self.materials():
            for asset in material.assets:
                out.setdefault(asset.path, (asset.size, asset.sha256))
        for quiz in self.quizzes:
            for question in quiz.questions:
                for image in getattr(question, "images", ()):
                    out.setdefault(image.path, (None, None))
        variants = {v.path for _l, m in self.materials() for v in m.variants if v.path}
        return {path: facts for path, facts in out.items() if path not in variants}

    def shifted(self, weeks: int) -> "Course":
        """The course moved by whole weeks: same weekdays, same wall-clock times in each zone."""
        if weeks == 0:
            return self
        days = timedelta(weeks=weeks)
        return replace(
            self,
            starts_on=self.starts_on + days,
            ends_on=self.ends_on + days,
            live_sessions=tuple(s.shifted(weeks) for s in self.live_sessions),
            quizzes=tuple(q.shifted(weeks) for q in self.quizzes),
            assignments=tuple(a.shifted(weeks) for a in self.assignments),
            shift_weeks=self.shift_weeks + weeks,
        )


# ---- from a manifest ----------------------------------------------------------------------------

MAX_PATH = 400  # characters in a package's file path (as a bundle's entry names: domain.bundle.MAX_NAME)


def check_package_path(path: str) -> str | None:
    """Why ``path`` may not name a file inside a package, or None when it may."""
    if not path or path.strip() != path:
        return "is empty or has surrounding spaces"
    if "\\" in path or "\x00" in path:
        return "uses a backslash or a NUL character; use forward slashes"
    if path.startswith("/") or (len(path) > 1 and path[1] == ":"):
        return "is absolute; it must be relative to the package folder"
    if len(path) > MAX_PATH or any(len(part.encode("utf-8")) > 255 for part in path.split("/")):
        return f"is longer than a computer's file system allows ({MAX_PATH} characters, 255 bytes a name)"
    norm = posixpath.normpath(path)
    if norm == ".." or norm.startswith("../") or ".." in path.split("/"):
        return "leaves the package folder"
    return None


class _Reader:
    def __init__(self, source: str):
        self.source = source

    def fail(self, where: str, message: str) -> CourseError:
        return CourseError(message, file=self.source, where=where)

    def zone(self, name: Any, where: str) -> str:
        try:
            zone(name)
        except UnknownTimeZone as exc:
            raise self.fail(where, str(exc)) from None
        return name

    def wall(self, text: str, tz: str, where: str) -> WallTime:
        try:
            return WallTime(parse_wall(text), tz)
        except ValueError as exc:
            raise self.fail(where, f"'{text}' is not a wall time like 2023-07-06T09:00 ({exc})") from None

    def day(self, text: str, where: str) -> date:
        try:
            return date.fromisoformat(text)
        except ValueError:
            raise self.fail(where, f"'{text}' is not a date like 2023-07-03") from None

    def unique(self, items: list[dict], where: str, kind: str) -> None:
        seen: set[str] = set()
        for index, item in enumerate(items):
            if item["id"] in seen:
                raise self.fail(f"{where}[{index}].id", f"the {kind} id '{item['id']}' is used twice")
            seen.add(item["id"])


def _variant(r: _Reader, data: dict, where: str) -> Variant:
    path = data.get("path")
    if path is not None:
        why = check_package_path(path)
        if why:
            raise r.fail(f"{where}.path", f"the material path '{path}' {why}")
    if path is None and not data.get("url"):
        raise r.fail(where, "a variant needs a 'url' or a 'path'")
    return Variant(name=data["name"], mime=data.get("mime", "application/octet-stream"), url=data.get("url"),
                   path=path, size=data.get("size"), sha256=data.get("sha256"))


def _options(r: _Reader, items: list[dict], where: str) -> tuple[Option, ...]:
    options = tuple(Option(o["id"], o["text"], o.get("feedback", "")) for o in items)
    ids = [o.id for o in options]
    if len(set(ids)) != len(ids):
        raise r.fail(where, "two options share an id")
    return options


def _choice_key(r: _Reader, qid: str, qtype: str, options: tuple[Option, ...], key: dict, where: str
                ) -> tuple[frozenset[str], tuple[tuple[str, float], ...]]:
    ids = [o.id for o in options]
    correct, stray = unseal_answer_key(qid, ids, key)
    if not correct:
        raise r.fail(f"{where}.answer_key", "the answer is not among the question's options")
    if stray:
        raise r.fail(f"{where}.answer_key", f"{stray} entry(ies) of the answer key match no option of the question")
    weights = unseal_weights(qid, ids, key)
    if len(weights) != len(key.get("weights") or {}):
        raise r.fail(f"{where}.answer_key.weights", "a weight matches no option of the question")
    if qtype != MULTIPLE_CHOICE and len(correct) != 1:
        raise r.fail(f"{where}.answer_key", f"a {qtype} question needs exactly one correct option, not {len(correct)}")
    return correct, tuple(sorted(weights.items()))


def _text_answers(r: _Reader, items: list[dict], where: str) -> tuple[TextAnswer, ...]:
    out = []
    for i, a in enumerate(items):
        if ("digest" in a) == ("pattern" in a):
            raise r.fail(f"{where}.answers[{i}]", "a short answer needs a 'digest' or a 'pattern', not both")
        out.append(TextAnswer(a.get("digest"), a.get("pattern"), float(a.get("credit", 1)), a.get("feedback", "")))
    return tuple(out)


def _numeric_answers(r: _Reader, items: list[dict], where: str) -> tuple[NumericAnswer, ...]:
    out = []
    for i, a in enumerate(items):
        if "value" in a:
            out.append(NumericAnswer(float(a["value"]), abs(float(a.get("tolerance", 0))), None, None,
                                     float(a.get("credit", 1)), a.get("feedback", "")))
        elif "min" in a and "max" in a:
            if a["min"] > a["max"]:
                raise r.fail(f"{where}.answers[{i}]", "the range's min is larger than its max")
            out.append(NumericAnswer(None, 0.0, float(a["min"]), float(a["max"]), float(a.get("credit", 1)),
                                     a.get("feedback", "")))
        else:
            raise r.fail(f"{where}.answers[{i}]", "a numerical answer needs a 'value' or a 'min' and a 'max'")
    return tuple(out)


def _typed_fields(r: _Reader, qid: str, qtype: str, data: dict, where: str) -> dict:
    """The fields of a question (or a cloze blank) that depend on its type."""
    out: dict[str, Any] = {"options": (), "correct": frozenset()}
    if qtype in CHOICE_TYPES:
        options = _options(r, data.get("options") or [], f"{where}.options")
        if len(options) < 2 or "answer_key" not in data:
            raise r.fail(where, f"a {qtype} question needs at least two options and an answer_key")
        if qtype == TRUE_FALSE and sorted(o.id for o in options) != ["false", "true"]:
            raise r.fail(f"{where}.options", "a true/false question needs exactly the options 'true' and 'false'")
        out["options"] = options
        out["correct"], out["weights"] = _choice_key(r, qid, qtype, options, data["answer_key"], where)
    elif qtype == SHORT_ANSWER:
        if not data.get("salt") or not data.get("answers"):
            raise r.fail(where, "a short_answer question needs a salt and at least one answer")
        out.update(salt=data["salt"], text_answers=_text_answers(r, data["answers"], where),
                   case_sensitive=bool(data.get("case_sensitive", False)),
                   fold_accents=bool(data.get("fold_accents", False)))
    elif qtype == NUMERICAL:
        if not data.get("answers"):
            raise r.fail(where, "a numerical question needs at least one answer")
        out.update(numeric_answers=_numeric_answers(r, data["answers"], where),
                   units=tuple(Unit(u["unit"], float(u.get("multiplier", 1))) for u in data.get("units", [])))
    return out


def _question(r: _Reader, data: dict, where: str) -> Question:
    qid, qtype = data["id"], data["type"]
    fields = _typed_fields(r, qid, qtype, data, where)
    if qtype == CLOZE:
        blanks = []
        r.unique(data.get("blanks") or [], f"{where}.blanks", "blank")
        for bi, b in enumerate(data.get("blanks") or []):
            bwhere = f"{where}.blanks[{bi}]"
            if b["type"] not in BLANK_TYPES:
                raise r.fail(f"{bwhere}.type", f"a blank cannot be a {b['type']} question")
            marker = "{{" + b["id"] + "}}"
            if data["prompt"].count(marker) != 1:
                raise r.fail(f"{where}.prompt", f"the prompt must hold {marker} exactly once")
            sub_id = f"{qid}/{b['id']}"  # the blank's digests are made with this id
            bf = _typed_fields(r, sub_id, b["type"], b, bwhere)
            blanks.append(Question(id=sub_id, type=b["type"], prompt=marker, points=float(b.get("points", 1)), **bf))
        if not blanks:
            raise r.fail(f"{where}.blanks", "a cloze question needs at least one blank")
        if sum(b.points for b in blanks) <= 0:
            raise r.fail(f"{where}.blanks", "the blanks are worth no points in all")
        fields["blanks"] = tuple(blanks)
    elif qtype == MATCHING:
        stems = _options(r, data.get("stems") or [], f"{where}.stems")
        choices = _options(r, data.get("options") or [], f"{where}.options")
        if not stems or not choices or "answer_key" not in data:
            raise r.fail(where, "a matching question needs stems, options and an answer_key")
        candidates = [pair(s.id, c.id) for s in stems for c in choices]
        correct, stray = unseal_answer_key(qid, candidates, data["answer_key"])
        if stray:
            raise r.fail(f"{where}.answer_key", f"{stray} entry(ies) of the answer key match no stem=option pair")
        matched = pairs_of(correct)
        if sorted(matched) != sorted(s.id for s in stems) or len(correct) != len(stems):
            raise r.fail(f"{where}.answer_key", "every stem needs exactly one matching option")
        fields.update(stems=stems, options=choices, correct=correct)
    images = []
    for ii, image in enumerate(data.get("images", [])):
        why = check_package_path(image["path"])
        if why:
            raise r.fail(f"{where}.images[{ii}].path", f"the image path '{image['path']}' {why}")
        images.append(Image(image["path"], image.get("alt", "")))
    if qtype == ESSAY and data.get("min_words") and data.get("max_words") and data["min_words"] > data["max_words"]:
        raise r.fail(f"{where}.min_words", "min_words is larger than max_words")
    return Question(id=qid, type=qtype, prompt=data["prompt"], explanation=data.get("explanation", ""),
                    points=float(data.get("points", 1)), images=tuple(images),
                    min_words=data.get("min_words"), max_words=data.get("max_words"), **fields)


def course_from_manifest(data: dict, source: str = "course.json") -> Course:
    """Build a Course from a schema-valid manifest; CourseError names the place of any fault."""
    r = _Reader(source)
    course_tz = r.zone(data["time_zone"], "time_zone")
    starts_on = r.day(data["starts_on"], "starts_on")
    ends_on = r.day(data["ends_on"], "ends_on")
    if ends_on < starts_on:
        raise r.fail("ends_on", "the course ends before it starts")

    r.unique(data["lectures"], "lectures", "lecture")
    lectures = []
    material_ids: set[str] = set()
    for li, lec in enumerate(data["lectures"]):
        materials = []
        for mi, mat in enumerate(lec.get("materials", [])):
            where = f"lectures[{li}].materials[{mi}]"
            if mat["id"] in material_ids:
                raise r.fail(f"{where}.id", f"the material id '{mat['id']}' is used twice")
            material_ids.add(mat["id"])
            variants = tuple(_variant(r, v, f"{where}.variants[{vi}]") for vi, v in enumerate(mat["variants"]))
            if len({v.name for v in variants}) != len(variants):
                raise r.fail(f"{where}.variants", "two variants share a name")
            if not variants and mat["kind"] not in (TOPIC, ON_PLATFORM):
                raise r.fail(f"{where}.variants", "a material needs at least one variant")
            assets = []
            for ai, asset in enumerate(mat.get("assets", [])):
                why = check_package_path(asset["path"])
                if why:
                    raise r.fail(f"{where}.assets[{ai}].path", f"the file path '{asset['path']}' {why}")
                assets.append(Asset(asset["path"], asset.get("mime", "application/octet-stream"), asset.get("size"),
                                    asset.get("sha256")))
            materials.append(Material(mat["id"], mat["title"], mat["kind"], variants, mat.get("section", ""),
                                      mat.get("text", ""), tuple(assets), mat.get("platform", "")))
        lectures.append(Lecture(lec["id"], lec["title"], lec.get("summary", ""), tuple(materials),
                                bool(lec.get("extra", False))))
    lecture_ids = {lec.id for lec in lectures}

    r.unique(data.get("live_sessions", []), "live_sessions", "live session")
    sessions = []
    for si, s in enumerate(data.get("live_sessions", [])):
        where = f"live_sessions[{si}]"
        tz = r.zone(s.get("time_zone", course_tz), f"{where}.time_zone")
        start = r.wall(s["start"], tz, f"{where}.start")
        end = r.wall(s["end"], tz, f"{where}.end")
        if end.instant() <= start.instant():
            raise r.fail(f"{where}.end", "the session ends before it starts")
        sessions.append(LiveSession(s["id"], s["title"], s.get("host", ""), start, end,
                                    s.get("join_url", ""), s.get("description", "")))

    r.unique(data.get("quizzes", []), "quizzes", "quiz")
    quizzes = []
    for qi, q in enumerate(data.get("quizzes", [])):
        where = f"quizzes[{qi}]"
        if q.get("lecture_id") and q["lecture_id"] not in lecture_ids:
            raise r.fail(f"{where}.lecture_id", f"no lecture has the id '{q['lecture_id']}'")
        r.unique(q["questions"], f"{where}.questions", "question")
        questions = tuple(_question(r, qq, f"{where}.questions[{i}]") for i, qq in enumerate(q["questions"]))
        if sum(x.points for x in questions) <= 0 and all(x.auto_graded for x in questions):
            raise r.fail(f"{where}.questions", "the questions are worth no points in all")
        due = None
        if q.get("due"):
            due = r.wall(q["due"], r.zone(q.get("time_zone", course_tz), f"{where}.time_zone"), f"{where}.due")
        quizzes.append(Quiz(q["id"], q.get("lecture_id"), q["title"], questions,
                            float(q.get("pass_score", 60)), due, q.get("max_attempts"),
                            q.get("scoring", ALL_OR_NOTHING), q.get("section", "")))

    r.unique(data.get("assignments", []), "assignments", "assignment")
    assignments = []
    for ai, a in enumerate(data.get("assignments", [])):
        where = f"assignments[{ai}]"
        due = None
        if a.get("due"):
            due = r.wall(a["due"], r.zone(a.get("time_zone", course_tz), f"{where}.time_zone"), f"{where}.due")
        if a.get("min_files") and a.get("max_files") and a["min_files"] > a["max_files"]:
            raise r.fail(f"{where}.min_files", "min_files is larger than max_files")
        survey = tuple(SurveyQuestion(sq["id"], sq["type"], sq["prompt"], tuple(sq.get("options", ())),
                                      sq.get("required", True)) for sq in a.get("questions", []))
        assignments.append(Assignment(a["id"], a["kind"], a["title"], a.get("instructions", ""), due,
                                      bool(a.get("required", True)), a.get("max_words"), a.get("min_files"),
                                      a.get("max_files"), a.get("max_file_bytes"), tuple(a.get("mime", ())),
                                      survey, a.get("points")))
    assignment_ids = {a.id for a in assignments}

    comp = data.get("completion", {})
    required = tuple(comp.get("required_assignments", [a.id for a in assignments if a.required]))
    for i, aid in enumerate(required):
        if aid not in assignment_ids:
            raise r.fail(f"completion.required_assignments[{i}]", f"no assignment has the id '{aid}'")
    completion = CompletionRules(bool(comp.get("attend_all_live_sessions", True)),
                                 bool(comp.get("pass_all_quizzes", True)), required,
                                 comp.get("description", ""))

    return Course(id=data["id"], title=data["title"], version=int(data["version"]),
                  organizers=tuple(data.get("organizers", ())), time_zone=course_tz,
                  starts_on=starts_on, ends_on=ends_on, lectures=tuple(lectures),
                  live_sessions=tuple(sorted(sessions, key=lambda s: s.start.instant())),
                  quizzes=tuple(quizzes), assignments=tuple(assignments), completion=completion,
                  subtitle=data.get("subtitle", ""), description=data.get("description", ""),
                  notes=data.get("notes", ""),
                  origin=(data["origin"]["format"], data["origin"].get("format_version", ""),
                          data["origin"].get("identifier", "")) if data.get("origin") else None)


def next_live_session(course: Course, now) -> LiveSession | None:
    """The session happening now, or else the next one to start."""
    return next((s for s in course.live_sessions if s.end.instant() > now), None)


def weeks_to_run_now(course: Course, now, time_zone: str | None = None) -> int:
    """The whole-week shift that makes a (published) course start this week, or next week when this
    week's first live session would already be over. "This week" is the participant's (``time_zone``):
    early on a Monday in Seoul it is still Sunday in UTC."""
    today = now.astimezone(zone(time_zone)).date() if time_zone else now.date()
    weeks = weeks_between(course.starts_on, today)
    first = course.shifted(weeks).live_sessions[:1]
    if first and first[0].start.instant() < now:
        weeks += 1
    return weeks


def shift_manifest(data: dict, weeks: int) -> dict:
    """A copy of a manifest with every date and wall time moved by whole weeks (zones unchanged)."""
    import copy

    if not weeks:
        return copy.deepcopy(data)
    out = copy.deepcopy(data)
    delta = timedelta(weeks=weeks)

    def wall(text: str) -> str:
        return (parse_wall(text) + delta).strftime("%Y-%m-%dT%H:%M")

    out["starts_on"] = (date.fromisoformat(out["starts_on"]) + delta).isoformat()
    out["ends_on"] = (date.fromisoformat(out["ends_on"]) + delta).isoformat()
    for session in out.get("live_sessions", []):
        session["start"], session["end"] = wall(session["start"]), wall(session["end"])
    for item in out.get("quizzes", []) + out.get("assignments", []):
        if item.get("due"):
            item["due"] = wall(item["due"])
    return out
