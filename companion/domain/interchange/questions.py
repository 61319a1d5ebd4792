"""Building course.json question dicts (docs/question-types.md) from what a source format says.

Every reader (QTI, Moodle XML, GIFT, the cartridge importer) makes its questions here, so the keys
are sealed the same way everywhere: choices and matching pairs as salted digests, short answers as
salted digests of their folded text unless they hold a wildcard, numbers as written. Ids are made
to fit the schema's pattern; texts are plain (``html_text`` turns a source's HTML into plain text
and collects its images).
"""

from __future__ import annotations

import hashlib
import posixpath
import re
import secrets
import unicodedata
from html.parser import HTMLParser
from typing import Any

from ..answers import fold, has_wildcard, text_digest
from ..quiz import (CLOZE, ESSAY, MATCHING, MULTIPLE_CHOICE, NUMERICAL, SHORT_ANSWER, SINGLE_CHOICE, TRUE_FALSE,
                    pair, seal_answer_key)

_ID_BAD = re.compile(r"[^a-z0-9._-]+")


def make_id(text: str, taken: set[str] | None = None, prefix: str = "q") -> str:
    """An id fitting ``^[a-z0-9][a-z0-9._-]{0,63}$`` made from ``text``, unique within ``taken``
    (which it joins)."""
    ascii_text = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode().lower()
    base = _ID_BAD.sub("-", ascii_text).strip("-._")[:48]
    if not base:
        base = prefix + "-" + hashlib.sha256(str(text).encode()).hexdigest()[:8]
    if not base[0].isalnum():
        base = prefix + base
    candidate, n = base, 2
    while taken is not None and candidate in taken:
        candidate = f"{base}-{n}"
        n += 1
    if taken is not None:
        taken.add(candidate)
    return candidate


# ---- HTML to plain text -------------------------------------------------------------------------

_BLOCKS = {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "blockquote", "table", "ul",
           "ol", "dt", "dd", "hr", "section", "article"}
_SKIP = {"script", "style", "head", "title", "object", "iframe", "embed", "form", "noscript", "svg", "math"}


class _TextParser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.images: list[tuple[str, str]] = []
        self.skip = 0

    def handle_starttag(self, tag, attrs):
        if tag in _SKIP:
            self.skip += 1
        elif tag == "img" and not self.skip:
            a = dict(attrs)
            if a.get("src"):
                self.images.append((a["src"], a.get("alt") or a.get("title") or ""))
        elif tag in _BLOCKS:
            self.out.append("\n")
        elif tag == "li":
            self.out.append("\n• ")
        elif tag in ("td", "th"):
            self.out.append(" ")

    def handle_endtag(self, tag):
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCKS:
            self.out.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def html_text(markup: str) -> tuple[str, list[tuple[str, str]]]:
    """Plain text of ``markup`` (paragraphs kept as blank lines, scripts and styles dropped) and
    the ``(src, alt)`` of its images, in order."""
    parser = _TextParser()
    try:
        parser.feed(markup or "")
        parser.close()
    except Exception:  # noqa: BLE001 - html.parser is lenient; a pathological input keeps what it read
        pass
    text = "".join(parser.out).replace("\r", "").replace("\xa0", " ")
    lines = [re.sub(r"[ \t]+", " ", line).strip() for line in text.split("\n")]
    joined = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    return joined, parser.images


def looks_like_html(text: str) -> bool:
    return re.search(r"<(p|div|br|span|img|b|i|strong|em|ul|ol|li|table|a|h[1-6]|sub|sup|pre|font)\b", text or "",
                     re.IGNORECASE) is not None


def resolve_ref(base: str, src: str, filebase: str = "web_resources") -> str | None:
    """A file reference inside a package (``src`` relative to the file ``base``) as a package path,
    or None when it points outside the package (absolute URLs, ``data:``, parent escapes).

    ``$IMS-CC-FILEBASE$/x`` (Common Cartridge's token for the course files, also URL-encoded) is
    ``<filebase>/x``: Canvas and Moodle cartridges keep those files under ``web_resources/``."""
    from urllib.parse import unquote

    src = unquote((src or "").strip()).replace("\\", "/")
    token = re.match(r"^\$IMS[-_]CC[-_]FILEBASE\$/?", src)
    src = src.split("#", 1)[0].split("?", 1)[0]
    if token:
        src = src[token.end():]
        base = posixpath.join(filebase, "x") if filebase else "x"
    if not src or re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:", src) or src.startswith("/"):
        return None
    joined = posixpath.normpath(posixpath.join(posixpath.dirname(base), src))
    if joined.startswith("../") or joined == ".." or joined.startswith("/"):
        return None
    return joined


# ---- question dicts -----------------------------------------------------------------------------

def _common(qid: str, qtype: str, prompt: str, explanation: str = "", points: float = 1.0,
            images: list[dict] | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {"id": qid, "type": qtype, "prompt": prompt.strip() or "…"}
    if explanation and explanation.strip():
        out["explanation"] = explanation.strip()
    if points != 1.0:
        out["points"] = max(0.0, float(points))
    if images:
        out["images"] = images
    return out


def _options(options: list[tuple[str, str, str]]) -> list[dict]:
    out = []
    for oid, text, feedback in options:
        item = {"id": oid, "text": (text.strip() or "…")[:2000]}
        if feedback and feedback.strip():
            item["feedback"] = feedback.strip()[:5000]
        out.append(item)
    return out


def choice_fields(key_id: str, qtype: str, options: list[tuple[str, str, str]], fractions: dict[str, float],
                  weighted: bool = True) -> dict:
    """``options`` + sealed ``answer_key`` from each option's fraction of the points (-1..1).

    Correct options are those with a positive fraction (single choice: the first with the highest).
    ``weighted``: a multiple-choice question is graded by adding the chosen options' fractions (as
    Moodle and QTI's setvar Add do); without it, right only when exactly the correct options are
    ticked. A single choice keeps weights only when an option other than the best earns something."""
    ids = [o[0] for o in options]
    fractions = {oid: max(-1.0, min(1.0, float(fractions.get(oid, 0.0)))) for oid in ids}
    weights: dict[str, float] | None = None
    if qtype == MULTIPLE_CHOICE:
        correct = [oid for oid in ids if fractions[oid] > 0]
        if weighted:
            weights = {o: f for o, f in fractions.items() if f != 0}
    else:
        best = max(fractions.values()) if fractions else 0.0
        correct = [next(o for o in ids if fractions[o] == best)] if best > 0 else []
        if any(f != 0 for o, f in fractions.items() if o not in correct) or (correct and best < 1.0):
            weights = {o: f for o, f in fractions.items() if f != 0}
    return {"options": _options(options), "answer_key": seal_answer_key(key_id, correct, weights=weights)}


def choice_question(qid: str, qtype: str, prompt: str, options: list[tuple[str, str, str]],
                    fractions: dict[str, float], weighted: bool = True, **common: Any) -> dict:
    return {**_common(qid, qtype, prompt, **common), **choice_fields(qid, qtype, options, fractions, weighted)}


def true_false_question(qid: str, prompt: str, answer: bool, feedback_true: str = "", feedback_false: str = "",
                        true_text: str = "True", false_text: str = "False", **common: Any) -> dict:
    options = [("true", true_text, feedback_true), ("false", false_text, feedback_false)]
    return choice_question(qid, TRUE_FALSE, prompt, options, {"true" if answer else "false": 1.0}, **common)


def short_answer_fields(key_id: str, answers: list[tuple[str, float, str]], *, case_sensitive: bool = False,
                        fold_accents: bool = False) -> dict:
    """``salt`` + ``answers`` from (text, fraction, feedback); digests unless the text has a wildcard.

    Answers worth nothing are kept only when they carry feedback (they then match to say why)."""
    salt = secrets.token_hex(8)
    out = []
    for text, credit, feedback in answers:
        if not str(text).strip():
            continue
        credit = max(0.0, min(1.0, float(credit)))
        if credit <= 0 and not (feedback and feedback.strip()):
            continue
        item: dict[str, Any] = ({"pattern": text.strip()} if has_wildcard(text) else
                                {"digest": text_digest(salt, key_id, fold(text, case_sensitive=case_sensitive,
                                                                           fold_accents=fold_accents))})
        if credit != 1.0:
            item["credit"] = credit
        if feedback and feedback.strip():
            item["feedback"] = feedback.strip()[:5000]
        out.append(item)
    fields: dict[str, Any] = {"salt": salt, "answers": out}
    if case_sensitive:
        fields["case_sensitive"] = True
    if fold_accents:
        fields["fold_accents"] = True
    return fields


def short_answer_question(qid: str, prompt: str, answers: list[tuple[str, float, str]], *,
                          case_sensitive: bool = False, fold_accents: bool = False, **common: Any) -> dict:
    return {**_common(qid, SHORT_ANSWER, prompt, **common),
            **short_answer_fields(qid, answers, case_sensitive=case_sensitive, fold_accents=fold_accents)}


def numeric_answer(*, value: float | None = None, tolerance: float = 0.0, low: float | None = None,
                   high: float | None = None, credit: float = 1.0, feedback: str = "") -> dict:
    item: dict[str, Any]
    if value is not None:
        item = {"value": float(value)}
        if tolerance:
            item["tolerance"] = abs(float(tolerance))
    else:
        lo, hi = sorted((float(low), float(high)))  # type: ignore[arg-type]
        item = {"min": lo, "max": hi}
    credit = max(0.0, min(1.0, float(credit)))
    if credit != 1.0:
        item["credit"] = credit
    if feedback and feedback.strip():
        item["feedback"] = feedback.strip()[:5000]
    return item


def numerical_fields(answers: list[dict], units: list[tuple[str, float]] | None = None) -> dict:
    out: dict[str, Any] = {"answers": answers}
    if units:
        out["units"] = [{"unit": u, "multiplier": float(m) if m else 1.0} for u, m in units if u.strip()]
    return out


def numerical_question(qid: str, prompt: str, answers: list[dict], units: list[tuple[str, float]] | None = None,
                       **common: Any) -> dict:
    return {**_common(qid, NUMERICAL, prompt, **common), **numerical_fields(answers, units)}


def matching_question(qid: str, prompt: str, stems: list[tuple[str, str]], choices: list[tuple[str, str]],
                      pairs: dict[str, str], **common: Any) -> dict:
    return {**_common(qid, MATCHING, prompt, **common),
            "stems": _options([(s, t, "") for s, t in stems]),
            "options": _options([(c, t, "") for c, t in choices]),
            "answer_key": seal_answer_key(qid, [pair(s, c) for s, c in pairs.items()])}


def essay_question(qid: str, prompt: str, *, min_words: int | None = None, max_words: int | None = None,
                   **common: Any) -> dict:
    out = _common(qid, ESSAY, prompt, **common)
    if min_words:
        out["min_words"] = int(min_words)
    if max_words:
        out["max_words"] = int(max_words)
    return out


def blank(question_id: str, blank_id: str, kind: str, points: float = 1.0, **spec: Any) -> dict:
    """One cloze blank. ``kind`` short_answer: ``answers=[(text, fraction, feedback)]``, case_sensitive;
    numerical: ``answers=[numeric_answer(...)]``, units; single_choice: ``options``, ``fractions``."""
    key_id = f"{question_id}/{blank_id}"
    out: dict[str, Any] = {"id": blank_id, "type": kind}
    if points != 1.0:
        out["points"] = max(0.0, float(points))
    if kind == SHORT_ANSWER:
        out.update(short_answer_fields(key_id, spec["answers"], case_sensitive=spec.get("case_sensitive", False),
                                       fold_accents=spec.get("fold_accents", False)))
    elif kind == NUMERICAL:
        out.update(numerical_fields(spec["answers"], spec.get("units")))
    elif kind == SINGLE_CHOICE:
        out.update(choice_fields(key_id, SINGLE_CHOICE, spec["options"], spec["fractions"]))
    else:
        raise ValueError(f"a blank cannot be a {kind} question")
    return out


def cloze_question(qid: str, prompt: str, blanks: list[dict], **common: Any) -> dict:
    """``prompt`` holds ``{{blank id}}`` once where each blank goes."""
    return {**_common(qid, CLOZE, prompt, **common), "blanks": blanks}


def usable(question: dict) -> str | None:
    """Why a built question cannot be run (a code word for the report's data), or None when it can."""
    qtype = question["type"]
    if qtype in (SHORT_ANSWER, NUMERICAL) and not question.get("answers"):
        return "no_answer"
    if qtype in (SINGLE_CHOICE, MULTIPLE_CHOICE, TRUE_FALSE) and (
            len(question.get("options", [])) < 2 or not question.get("answer_key", {}).get("correct")):
        return "no_answer"
    if qtype == CLOZE:
        if not question.get("blanks"):
            return "no_blank"
        for b in question["blanks"]:
            if b["type"] in (SHORT_ANSWER, NUMERICAL) and not b.get("answers"):
                return "no_answer"
            if b["type"] == SINGLE_CHOICE and not b.get("answer_key", {}).get("correct"):
                return "no_answer"
    if qtype == MATCHING and (not question.get("stems") or not question.get("options")):
        return "no_pairs"
    return None
