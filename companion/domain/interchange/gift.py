"""GIFT question files (Moodle's plain-text format) as a question bank.

The whole syntax of Moodle's GIFT documentation: ``//`` comment lines, ``$CATEGORY:`` lines,
questions separated by blank lines, ``::title::``, ``[html]``/``[moodle]``/``[plain]``/``[markdown]``
formats, ``{T}``/``{TRUE}``/``{F}``/``{FALSE}`` with ``#wrong#right`` feedback, ``=``/``~`` answers with
``%n%`` weights and ``#`` feedback, ``####`` general feedback, numerical ``{#...}`` with ``:``
tolerance and ``..`` ranges, matching ``=a -> b``, essay ``{}``, description (no braces: not a
question), missing word (text after the braces), and the escapes ``\\~ \\= \\# \\{ \\} \\:``.
"""

from __future__ import annotations

import posixpath
import re
from typing import Any

from ..quiz import MULTIPLE_CHOICE, SINGLE_CHOICE
from . import questions as build
from .bank import BankBuilder, QuestionBank
from .report import GIFT, TYPE_NOT_SUPPORTED, UNREADABLE, ImportReport

MAX_GIFT_BYTES = 32 * 1024 * 1024
MAX_QUESTIONS = 20000
# escaped characters stand in as private-use characters while the structure is read
_ESCAPES = {"\\\\": "\ue000", "\\~": "\ue001", "\\=": "\ue002", "\\#": "\ue003", "\\{": "\ue004", "\\}": "\ue005",
            "\\:": "\ue006", "\\n": "\ue007"}
_RESTORE = {"\ue000": "\\", "\ue001": "~", "\ue002": "=", "\ue003": "#", "\ue004": "{", "\ue005": "}", "\ue006": ":",
            "\ue007": "\n"}


class GiftFault(ValueError):
    def __init__(self, message: str, code: str = "not_gift"):
        super().__init__(message)
        self.code = code


class _Skip(Exception):
    def __init__(self, reason: str, **data: Any):
        super().__init__(reason)
        self.reason, self.data = reason, data


def _protect(text: str) -> str:
    for seq, stand_in in _ESCAPES.items():
        text = text.replace(seq, stand_in)
    return text


def _restore(text: str) -> str:
    for stand_in, char in _RESTORE.items():
        text = text.replace(stand_in, char)
    return text


def _formatted(text: str, default: str = "moodle") -> str:
    """Plain text of a GIFT text with its optional ``[format]`` prefix (escapes restored)."""
    text = text.strip()
    fmt = default
    m = re.match(r"^\[(html|moodle|plain|markdown)\]", text)
    if m:
        fmt, text = m.group(1), text[m.end():]
    text = _restore(text).strip()
    if fmt == "html" or (fmt == "moodle" and build.looks_like_html(text)):
        return build.html_text(text)[0]
    return text


def _split_answers(body: str) -> list[tuple[str, str]]:
    """``=a ~b ~c`` -> [("=", "a"), ("~", "b"), ("~", "c")] (the body has its escapes protected)."""
    parts = re.split(r"([=~])", body)
    out: list[tuple[str, str]] = []
    lead = parts[0].strip()
    if lead:
        out.append(("", lead))
    for i in range(1, len(parts), 2):
        out.append((parts[i], parts[i + 1] if i + 1 < len(parts) else ""))
    return out


def _weight(text: str) -> tuple[float | None, str]:
    m = re.match(r"^\s*%(-?\d+(?:\.\d+)?)%", text)
    if m:
        return float(m.group(1)) / 100.0, text[m.end():]
    return None, text


def _feedback(text: str) -> tuple[str, str]:
    """``answer#feedback`` -> (answer, feedback)."""
    answer, _, feedback = text.partition("#")
    return answer, feedback


def _question(block: str, bank: BankBuilder) -> dict | None:
    """One question (escapes protected); None for a category line block."""
    text = block.strip()
    name = ""
    m = re.match(r"^::(.*?)::", text, re.DOTALL)
    if m:
        name, text = _restore(m.group(1)).strip(), text[m.end():].strip()
    start = text.find("{")
    end = text.rfind("}")
    if start < 0 or end < start:
        raise _Skip(TYPE_NOT_SUPPORTED, type="description", name=name)
    before, body, after = text[:start], text[start + 1:end], text[end + 1:]
    qformat_m = re.match(r"^\s*\[(html|moodle|plain|markdown)\]", before)
    qformat = qformat_m.group(1) if qformat_m else "moodle"
    before = before[qformat_m.end():] if qformat_m else before
    if any(c.isalnum() for c in after):  # missing word: the answers go where the braces were
        # (stray punctuation after the braces, as in `{#3:2}";`, is not a sentence going on)
        prompt_raw = before.rstrip() + " _____ " + after.strip()
    else:
        prompt_raw = before
    prompt = _formatted(f"[{qformat}]" + prompt_raw)
    qid = bank.new_id(name or prompt[:40])
    body, _, general = body.partition("####")
    common: dict[str, Any] = {}
    if general.strip():
        common["explanation"] = _formatted(general, qformat)
    body_stripped = body.strip()
    prompt = prompt or name or "…"

    if not body_stripped:
        return build.essay_question(qid, prompt, **common)
    if body_stripped.startswith("#"):
        return _numerical(qid, prompt, body_stripped[1:], common, qformat)
    tf = re.match(r"^(T|TRUE|F|FALSE)\s*(#(.*?))?(#(.*))?$", body_stripped, re.DOTALL)
    if tf:
        right = tf.group(1).startswith("T")
        wrong_fb = _formatted(tf.group(3) or "", qformat)  # shown to whoever answers wrong
        right_fb = _formatted(tf.group(5) or "", qformat)
        fb_true, fb_false = (right_fb, wrong_fb) if right else (wrong_fb, right_fb)
        return build.true_false_question(qid, prompt, right, fb_true, fb_false, **common)
    answers = _split_answers(body_stripped)
    if any(a[0] == "" for a in answers):
        raise _Skip(UNREADABLE, what="answers", name=name)
    if all(kind == "=" for kind, _ in answers) and any("->" in a for _, a in answers):
        return _matching(qid, prompt, answers, common, qformat)
    if any(kind == "~" for kind, _ in answers):
        return _choice(qid, prompt, answers, common, qformat)
    return _short(qid, prompt, answers, common, qformat)


def _choice(qid: str, prompt: str, answers: list[tuple[str, str]], common: dict, qformat: str) -> dict:
    options, fractions = [], {}
    taken: set[str] = set()
    has_equals = any(kind == "=" for kind, _ in answers)
    for kind, raw in answers:
        weight, raw = _weight(raw)
        answer, feedback = _feedback(raw)
        oid = build.make_id(f"o{len(options) + 1}", taken, "o")
        options.append((oid, _formatted(answer, qformat) or "…", _formatted(feedback, qformat)))
        fractions[oid] = weight if weight is not None else (1.0 if kind == "=" else 0.0)
    # Moodle: with no "=" answer (weights only) the question takes several answers
    qtype = SINGLE_CHOICE if has_equals else MULTIPLE_CHOICE
    return build.choice_question(qid, qtype, prompt, options, fractions, **common)


def _short(qid: str, prompt: str, answers: list[tuple[str, str]], common: dict, qformat: str) -> dict:
    out = []
    for _kind, raw in answers:
        weight, raw = _weight(raw)
        answer, feedback = _feedback(raw)
        out.append((_restore(answer).strip(), 1.0 if weight is None else weight, _formatted(feedback, qformat)))
    return build.short_answer_question(qid, prompt, out, **common)


def _matching(qid: str, prompt: str, answers: list[tuple[str, str]], common: dict, qformat: str) -> dict:
    stems, choices, pairs, by_text = [], [], {}, {}
    taken: set[str] = set()
    for _kind, raw in answers:
        left, arrow, right = raw.partition("->")
        if not arrow:
            raise _Skip(UNREADABLE, what="pairs")
        right_text = _formatted(right, "plain")
        if right_text not in by_text:
            by_text[right_text] = build.make_id(f"c{len(by_text) + 1}", taken, "c")
            choices.append((by_text[right_text], right_text or "…"))
        left_text = _formatted(left, qformat)
        if left_text:  # "= -> Chat" only adds a wrong answer to choose from
            sid = build.make_id(f"s{len(stems) + 1}", taken, "s")
            stems.append((sid, left_text))
            pairs[sid] = by_text[right_text]
    if not stems:
        raise _Skip(UNREADABLE, what="no_pairs")
    return build.matching_question(qid, prompt, stems, choices, pairs, **common)


def _numerical(qid: str, prompt: str, body: str, common: dict, qformat: str) -> dict:
    answers = []
    parts = _split_answers(body) if re.search(r"[=~]", body) else [("=", body)]
    for kind, raw in parts:
        weight, raw = _weight(raw)
        value_text, feedback = _feedback(raw)
        value_text = _restore(value_text).strip()
        credit = weight if weight is not None else (1.0 if kind in ("=", "") else 0.0)
        if not value_text or credit <= 0:
            continue
        feedback = _formatted(feedback, qformat)
        if ".." in value_text:
            low, _, high = value_text.partition("..")
            lo, hi = _num(low), _num(high)
            if lo is not None and hi is not None:
                answers.append(build.numeric_answer(low=lo, high=hi, credit=credit, feedback=feedback))
        else:
            value, _, tolerance = value_text.partition(":")
            v = _num(value)
            if v is not None:
                answers.append(build.numeric_answer(value=v, tolerance=_num(tolerance) or 0.0, credit=credit,
                                                    feedback=feedback))
    if not answers:
        raise _Skip(UNREADABLE, what="no_answer")
    return build.numerical_question(qid, prompt, answers, **common)


def _num(text: str) -> float | None:
    try:
        value = float(text.strip())
    except ValueError:
        return None
    return value if value == value and abs(value) != float("inf") else None


def _blocks(text: str) -> list[tuple[str, str]]:
    """("category", path) and ("question", text) in file order; comments dropped, questions split
    on blank lines (a blank line inside braces does not end a question)."""
    out: list[tuple[str, str]] = []
    current: list[str] = []
    depth = 0

    def flush() -> None:
        if any(line.strip() for line in current):
            out.append(("question", "\n".join(current)))
        current.clear()

    for line in text.split("\n"):
        stripped = line.strip()
        if stripped.startswith("//"):
            continue
        if depth == 0 and stripped.startswith("$CATEGORY:"):
            flush()
            out.append(("category", stripped[len("$CATEGORY:"):].strip()))
            continue
        if not stripped and depth == 0:
            flush()
            continue
        current.append(line)
        depth = max(0, depth + line.count("{") - line.count("}"))
    flush()
    return out


def read_gift(data: bytes, *, source: str, report: ImportReport) -> QuestionBank:
    """A GIFT file as a bank (``$CATEGORY:`` lines make sections). Raises :class:`GiftFault` when
    the bytes are not UTF-8 text or hold no GIFT question."""
    if len(data) > MAX_GIFT_BYTES:
        raise GiftFault(f"the file is larger than {MAX_GIFT_BYTES} bytes", "too_large")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise GiftFault("the file is not UTF-8 text", "not_text") from None
    if "\x00" in text:
        raise GiftFault("the file is not text", "not_text")
    text = _protect(text.replace("\r\n", "\n").replace("\r", "\n"))
    blocks = _blocks(text)
    if not any(kind == "question" and "{" in body for kind, body in blocks):
        raise GiftFault("the file holds no GIFT question (nothing in braces)", "not_gift")
    report.source_format = report.source_format or GIFT
    title = posixpath.basename(source).split(".", 1)[0].replace("_", " ").strip() or "Questions"
    bank = BankBuilder(report, title)
    count = 0
    for kind, body in blocks:
        if kind == "category":
            bank.set_category(_restore(body))
            continue
        count += 1
        if count > MAX_QUESTIONS:
            report.skip("question", "…", UNREADABLE, what="too_many")
            break
        try:
            question = _question(body, bank)
            why = build.usable(question) if question else None
            if why:
                raise _Skip(UNREADABLE, what=why)
            if question:
                bank.add(question)
        except _Skip as skip:
            m = re.match(r"^\s*::(.*?)::", body, re.DOTALL)
            label = _restore(m.group(1)).strip() if m else _restore(body).strip()[:60]
            data_ = {k: v for k, v in skip.data.items() if k != "name"}
            report.skip("question", label[:300], skip.reason, **data_)
    return bank.finish()
