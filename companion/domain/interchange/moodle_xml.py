"""Moodle XML question exports (``<quiz>``) as a question bank.

Read as Moodle's format documentation and its ``question/format/xml/format.php`` describe them:
categories (``<question type="category">``, nested by path) become sections; multichoice (single
or multiple, fractions as weights), truefalse, shortanswer (``usecase``, ``*`` wildcards),
numerical (tolerance, units with multipliers), matching (subquestions; empty ones are
distractors), multianswer (cloze: ``{1:SHORTANSWER:=a#fb~b}`` and the other subquestion codes),
gapselect and ddwtos (choose the missing words), essay (word limits) are questions; description is
listed as not a question; anything else is reported as a type not supported.

Texts follow their ``format`` (html, plain_text, markdown, moodle_auto_format) into plain text; images
come from ``@@PLUGINFILE@@`` references and the inline base64 ``<file>`` elements beside the text.
"""

from __future__ import annotations

import base64
import binascii
import posixpath
import re
from typing import Any
from xml.etree.ElementTree import Element

from ..quiz import MULTIPLE_CHOICE, NUMERICAL, SHORT_ANSWER, SINGLE_CHOICE
from . import questions as build
from .bank import BankBuilder, QuestionBank
from .report import MOODLE_XML, TYPE_NOT_SUPPORTED, UNREADABLE, ImportReport
from .xmltools import XmlFault, child, children, parse_xml, text_of

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_FILES_BYTES = 200 * 1024 * 1024
MAX_QUESTIONS = 20000
_SAFE_NAME = re.compile(r"[^A-Za-z0-9._-]+")


class _Skip(Exception):
    def __init__(self, reason: str, **data: Any):
        super().__init__(reason)
        self.reason, self.data = reason, data


class _Texts:
    """Turns Moodle's formatted texts into plain text, collecting the images they show."""

    def __init__(self, bank: BankBuilder, qid: str):
        self.bank, self.qid = bank, qid
        self.images: list[dict] = []
        self.inline: dict[str, bytes] = {}

    def load_files(self, element: Element | None) -> None:
        for f in children(element, "file"):
            if (f.get("encoding") or "base64") != "base64":
                continue
            name = (f.get("path") or "/").strip("/") + "/" + (f.get("name") or "")
            try:
                data = base64.b64decode("".join((f.text or "").split()), validate=True)
            except (binascii.Error, ValueError):
                continue
            if len(data) <= MAX_FILE_BYTES:
                self.inline[name.strip("/")] = data

    def add_image(self, src: str, alt: str) -> None:
        src = src.strip()
        if not src.startswith("@@PLUGINFILE@@/"):
            return  # the web, or another Moodle's files: nothing we can show offline
        from urllib.parse import unquote

        name = posixpath.normpath(unquote(src[len("@@PLUGINFILE@@/"):].split("?", 1)[0])).strip("/")
        data = self.inline.get(name)
        if data is None or name.startswith(".."):
            return
        path = f"media/{self.qid}/{_SAFE_NAME.sub('_', posixpath.basename(name))}"
        total = sum(len(v) for v in self.bank.files.values())
        if path not in self.bank.files:
            if total + len(data) > MAX_FILES_BYTES:
                return
            self.bank.files[path] = data
        if all(i["path"] != path for i in self.images):
            self.images.append({"path": path, "alt": alt.strip()[:1000]} if alt.strip() else {"path": path})

    def read(self, element: Element | None, *, images: bool = False) -> str:
        """The plain text of a ``<questiontext>``-like element (``format`` attribute, ``<text>``)."""
        if element is None:
            return ""
        self.load_files(element)
        raw = text_of(child(element, "text")) if child(element, "text") is not None else (element.text or "")
        return self.convert(raw, element.get("format", "html"), images=images)

    def convert(self, raw: str, fmt: str, *, images: bool = False) -> str:
        fmt = (fmt or "html").lower()
        if fmt == "markdown":
            for alt, src in re.findall(r"!\[([^\]]*)\]\(([^)\s]+)[^)]*\)", raw):
                if images:
                    self.add_image(src, alt)
            raw = re.sub(r"!\[([^\]]*)\]\([^)]*\)", r"\1", raw)
            return raw.strip()
        if fmt == "html" or build.looks_like_html(raw):
            text, found = build.html_text(raw)
            if images:
                for src, alt in found:
                    self.add_image(src, alt)
            return text
        return raw.strip()


def _number(text: str | None, default: float | None = None) -> float | None:
    try:
        value = float((text or "").strip().replace(",", "."))
    except ValueError:
        return default
    return value if value == value and abs(value) != float("inf") else default


def _fraction(answer: Element) -> float:
    return (_number(answer.get("fraction"), 0.0) or 0.0) / 100.0


def _flag(element: Element, tag: str) -> bool:
    value = text_of(child(element, tag)).strip().lower()
    return value in ("1", "true", "yes")


# ---- cloze (multianswer) ------------------------------------------------------------------------

_CLOZE = re.compile(r"\{(\d*):([A-Z_]+):((?:\\.|[^}\\])*)\}")
_CLOZE_KINDS = {"SHORTANSWER": SHORT_ANSWER, "SA": SHORT_ANSWER, "MW": SHORT_ANSWER,
                "SHORTANSWER_C": SHORT_ANSWER, "SAC": SHORT_ANSWER, "MWC": SHORT_ANSWER,
                "NUMERICAL": NUMERICAL, "NM": NUMERICAL,
                "MULTICHOICE": SINGLE_CHOICE, "MC": SINGLE_CHOICE, "MULTICHOICE_V": SINGLE_CHOICE,
                "MCV": SINGLE_CHOICE, "MULTICHOICE_H": SINGLE_CHOICE, "MCH": SINGLE_CHOICE,
                "MULTICHOICE_S": SINGLE_CHOICE, "MCS": SINGLE_CHOICE, "MULTICHOICE_VS": SINGLE_CHOICE,
                "MCVS": SINGLE_CHOICE, "MULTICHOICE_HS": SINGLE_CHOICE, "MCHS": SINGLE_CHOICE}


def _split_unescaped(text: str, seps: str) -> list[str]:
    """``text`` split before each unescaped character of ``seps`` (the separator kept)."""
    parts, current, i = [], "", 0
    while i < len(text):
        c = text[i]
        if c == "\\" and i + 1 < len(text):
            current += text[i:i + 2]
            i += 2
            continue
        if c in seps and current.strip():
            parts.append(current)
            current = ""
        current += c
        i += 1
    if current.strip():
        parts.append(current)
    return parts


def _unescape(text: str) -> str:
    return re.sub(r"\\(.)", r"\1", text)


def _cloze_answers(body: str) -> list[tuple[str, float, str]]:
    """``=a#fb~%50%b#fb2~c`` -> [(answer, fraction, feedback)] (escapes undone)."""
    out = []
    for part in _split_unescaped(body, "~="):
        fraction = 0.0
        if part.startswith("="):
            fraction, part = 1.0, part[1:]
        elif part.startswith("~"):
            part = part[1:]
        m = re.match(r"^%(-?\d+(?:\.\d+)?)%", part)
        if m:
            fraction, part = float(m.group(1)) / 100.0, part[m.end():]
        answer, feedback = part, ""
        hash_at = next((i for i in range(len(part)) if part[i] == "#" and (i == 0 or part[i - 1] != "\\")), -1)
        if hash_at >= 0:
            answer, feedback = part[:hash_at], part[hash_at + 1:]
        out.append((_unescape(answer).strip(), fraction, _unescape(feedback).strip()))
    return out


def cloze_question(qid: str, raw_text: str, convert, **common: Any) -> dict:
    """A Moodle cloze (multianswer) question text with its embedded subquestions as a cloze dict.

    ``convert(text)`` turns the source's formatted text into plain text; the subquestion codes are
    replaced by markers first, so the conversion keeps them."""
    blanks: list[dict] = []
    taken: set[str] = set()
    markers: dict[str, str] = {}

    def repl(match: re.Match) -> str:
        weight, code, body = match.group(1), match.group(2), match.group(3)
        kind = _CLOZE_KINDS.get(code)
        if kind is None:
            raise _Skip(TYPE_NOT_SUPPORTED, type=f"cloze {code}")
        bid = build.make_id(f"b{len(blanks) + 1}", taken, "b")
        answers = _cloze_answers(body)
        points = float(weight) if weight else 1.0
        if kind == SHORT_ANSWER:
            blanks.append(build.blank(qid, bid, kind, points, answers=answers, case_sensitive=code.endswith("C")))
        elif kind == NUMERICAL:
            numbers = []
            for answer, fraction, feedback in answers:
                if fraction <= 0 or answer == "*":
                    continue
                value, _, tolerance = answer.partition(":")
                v = _number(value)
                if v is not None:
                    numbers.append(build.numeric_answer(value=v, tolerance=_number(tolerance, 0.0) or 0.0,
                                                        credit=fraction, feedback=feedback))
            blanks.append(build.blank(qid, bid, kind, points, answers=numbers))
        else:
            option_ids: set[str] = set()
            options = [(build.make_id(f"o{i + 1}", option_ids, "o"), a or "…", f) for i, (a, _fr, f) in enumerate(answers)]
            blanks.append(build.blank(qid, bid, kind, points, options=options,
                                      fractions={o[0]: fr for o, (_a, fr, _f) in zip(options, answers)}))
        token = f"CLOZEBLANK{len(blanks)}X"
        markers[token] = "{{" + bid + "}}"
        return token

    replaced = _CLOZE.sub(repl, raw_text)
    if not blanks:
        raise _Skip(UNREADABLE, what="no_blank")
    prompt = convert(replaced)
    for token, marker in markers.items():
        prompt = prompt.replace(token, marker, 1)
    missing = [m for m in markers.values() if prompt.count(m) != 1]
    if missing:
        prompt += "\n" + " ".join(missing)
    return build.cloze_question(qid, prompt, blanks, **common)


# ---- one question -------------------------------------------------------------------------------

SUPPORTED = ("multichoice", "truefalse", "shortanswer", "numerical", "matching", "multianswer", "essay",
             "gapselect", "ddwtos")


def _question(q: Element, bank: BankBuilder) -> dict:
    qtype = q.get("type", "")
    name = _Texts(bank, "x").read(child(q, "name")) or qtype
    if qtype == "description":
        raise _Skip(TYPE_NOT_SUPPORTED, type="description")
    if qtype not in SUPPORTED:
        raise _Skip(TYPE_NOT_SUPPORTED, type=qtype or "?")
    qid = bank.new_id(name)
    texts = _Texts(bank, qid)
    qtext_el = child(q, "questiontext")
    texts.load_files(qtext_el)
    common: dict[str, Any] = {}
    general = texts.read(child(q, "generalfeedback"))
    if general:
        common["explanation"] = general
    grade = _number(text_of(child(q, "defaultgrade")), 1.0)
    if grade is not None and grade != 1.0:
        common["points"] = max(0.0, grade)
    if qtype == "multianswer":
        raw = text_of(child(qtext_el, "text"))
        fmt = qtext_el.get("format", "html") if qtext_el is not None else "html"
        question = cloze_question(qid, raw, lambda t: texts.convert(t, fmt, images=True), **common)
    else:
        prompt = texts.read(qtext_el, images=True) or name
        if qtype in ("gapselect", "ddwtos"):
            question = _gaps(q, qid, prompt, texts, common)
        elif qtype == "multichoice":
            answers = children(q, "answer")
            option_ids: set[str] = set()
            options, fractions = [], {}
            for answer in answers:
                oid = build.make_id(f"o{len(options) + 1}", option_ids, "o")
                options.append((oid, texts.read(answer) or "…", texts.read(child(answer, "feedback"))))
                fractions[oid] = _fraction(answer)
            single = _flag(q, "single") if child(q, "single") is not None else True
            question = build.choice_question(qid, SINGLE_CHOICE if single else MULTIPLE_CHOICE, prompt, options,
                                             fractions, **common)
        elif qtype == "truefalse":
            right, fb = None, {"true": "", "false": ""}
            for answer in children(q, "answer"):
                word = text_of(child(answer, "text")).strip().lower()
                key = "true" if word in ("true", "1", "yes") else "false"
                fb[key] = texts.read(child(answer, "feedback"))
                if _fraction(answer) > 0:
                    right = key == "true"
            if right is None:
                raise _Skip(UNREADABLE, what="no_answer")
            question = build.true_false_question(qid, prompt, right, fb["true"], fb["false"], **common)
        elif qtype == "shortanswer":
            answers = [(text_of(child(a, "text")).strip(), _fraction(a), texts.read(child(a, "feedback")))
                       for a in children(q, "answer")]
            question = build.short_answer_question(qid, prompt, answers, case_sensitive=_flag(q, "usecase"), **common)
        elif qtype == "numerical":
            question = _numerical(q, qid, prompt, texts, common)
        elif qtype == "matching":
            question = _matching(q, qid, prompt, texts, common)
        else:  # essay
            question = build.essay_question(qid, prompt, min_words=int(_number(text_of(child(q, "minwordlimit")), 0) or 0),
                                            max_words=int(_number(text_of(child(q, "maxwordlimit")), 0) or 0), **common)
    if texts.images:
        question["images"] = texts.images
    why = build.usable(question)
    if why:
        raise _Skip(UNREADABLE, what=why)
    return question


def _numerical(q: Element, qid: str, prompt: str, texts: _Texts, common: dict) -> dict:
    answers = []
    for a in children(q, "answer"):
        text = text_of(child(a, "text")).strip()
        fraction = _fraction(a)
        if text == "*" or fraction <= 0:
            continue  # "any other answer": earns nothing here
        value = _number(text)
        if value is None:
            continue
        answers.append(build.numeric_answer(value=value, tolerance=_number(text_of(child(a, "tolerance")), 0.0) or 0.0,
                                            credit=fraction, feedback=texts.read(child(a, "feedback"))))
    units = []
    for unit in children(child(q, "units"), "unit"):
        units.append((text_of(child(unit, "unit_name")).strip(), _number(text_of(child(unit, "multiplier")), 1.0) or 1.0))
    return build.numerical_question(qid, prompt, answers, units, **common)


def _matching(q: Element, qid: str, prompt: str, texts: _Texts, common: dict) -> dict:
    stems, choices, pairs = [], [], {}
    taken: set[str] = set()
    by_text: dict[str, str] = {}
    for sub in children(q, "subquestion"):
        stem_text = texts.read(sub)
        answer_text = text_of(child(child(sub, "answer"), "text")).strip()
        if not answer_text:
            continue
        if answer_text not in by_text:
            by_text[answer_text] = build.make_id(f"c{len(by_text) + 1}", taken, "c")
            choices.append((by_text[answer_text], answer_text))
        if stem_text:  # a subquestion with no text only adds a wrong answer to choose from
            sid = build.make_id(f"s{len(stems) + 1}", taken, "s")
            stems.append((sid, stem_text))
            pairs[sid] = by_text[answer_text]
    if not stems:
        raise _Skip(UNREADABLE, what="no_pairs")
    return build.matching_question(qid, prompt, stems, choices, pairs, **common)


def _gaps(q: Element, qid: str, prompt: str, texts: _Texts, common: dict) -> dict:
    """gapselect / ddwtos: ``[[n]]`` in the text takes choice n, chosen among the choices of its group."""
    tag = "selectoption" if q.get("type") == "gapselect" else "dragbox"
    choices = []
    for c in children(q, tag):
        choices.append((text_of(child(c, "text")).strip() or "…", text_of(child(c, "group")).strip() or "1"))
    blanks, taken = [], set()

    def repl(match: re.Match) -> str:
        n = int(match.group(1))
        if not 1 <= n <= len(choices):
            raise _Skip(UNREADABLE, what="no_answer")
        group = choices[n - 1][1]
        in_group = [(i + 1, t) for i, (t, g) in enumerate(choices) if g == group]
        if len(in_group) < 2:  # a group of one offers every choice
            in_group = [(i + 1, t) for i, (t, _g) in enumerate(choices)]
        bid = build.make_id(f"b{len(blanks) + 1}", taken, "b")
        options = [(f"o{i}", t, "") for i, t in in_group]
        blanks.append(build.blank(qid, bid, SINGLE_CHOICE, options=options, fractions={f"o{n}": 1.0}))
        return "{{" + bid + "}}"

    body = re.sub(r"\[\[(\d+)\]\]", repl, prompt)
    if not blanks:
        raise _Skip(UNREADABLE, what="no_blank")
    return build.cloze_question(qid, body, blanks, **common)


# ---- the file -----------------------------------------------------------------------------------

def read_moodle_xml(xml: bytes, *, source: str, report: ImportReport) -> QuestionBank:
    """A Moodle XML export (``<quiz>``) as a bank: one practice quiz per category that holds
    questions. Questions we cannot run go to ``report.skip``; a file that is not a Moodle quiz
    export raises :class:`XmlFault`."""
    root = parse_xml(xml)
    if root.tag != "quiz":
        raise XmlFault(f"the document is a <{root.tag}>, not a Moodle <quiz> export", "not_moodle_xml")
    report.source_format = report.source_format or MOODLE_XML
    title = posixpath.basename(source).rsplit(".", 1)[0].replace("_", " ").strip() or "Questions"
    bank = BankBuilder(report, title)
    for n, q in enumerate(children(root, "question")):
        if n >= MAX_QUESTIONS:
            report.skip("question", "…", UNREADABLE, what="too_many")
            break
        if q.get("type") == "category":
            bank.set_category(text_of(child(child(q, "category"), "text")))
            continue
        try:
            bank.add(_question(q, bank))
        except _Skip as skip:
            label = text_of(child(child(q, "name"), "text")).strip() or q.get("type", "?")
            report.skip("question", label[:300], skip.reason, **skip.data)
    return bank.finish()
