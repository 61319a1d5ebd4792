"""IMS QTI assessments as Companion quizzes: QTI 1.2 (``questestinterop``, as Canvas, Blackboard,
D2L, Respondus and text2qti write it, with Canvas's ``question_type`` metadata and the Common
Cartridge profiles) and QTI 2.1 (``assessmentItem``; tests and packages through the manifest).

Entry points (pure; the caller reads files, resolves ``images`` paths against its package and
reports missing ones):

- :func:`read_qti_assessment` - one QTI 1.2 or 2.1 XML document -> quiz dicts (course.json shape);
- :func:`read_qti_package` - a QTI package's members (``imsmanifest.xml`` and what it names) ->
  quiz dicts;
- :func:`image_paths` - the package paths a list of quizzes shows as images.

Image paths in the questions are package paths resolved against ``source`` (the document's own
path in its package; ``$IMS-CC-FILEBASE$`` is the package root).

QTI 1.2 scoring is read from ``resprocessing`` as the exporters write it: each ``respcondition``'s
``conditionvar`` (``varequal``, ``varsubstring``, ``vargte``/``varlte``/``vargt``/``varlt``,
``and``/``or``/``not``/``other``) and its ``setvar`` (Set or Add, as a fraction of the ``decvar``'s
``maxvalue`` or of the best score reachable) and ``displayfeedback``. Several ``varequal`` of one
single-answer response in one ``conditionvar`` are alternatives (a Common Cartridge ``cc.fib``
lists its accepted answers so).
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Callable, Mapping
from typing import Any
from xml.etree.ElementTree import Element

from ..quiz import MULTIPLE_CHOICE, SINGLE_CHOICE, TRUE_FALSE
from . import questions as build
from .report import (EMPTY, QUIZZES, TYPE_NOT_SUPPORTED, UNREADABLE, FILE_MISSING, ImportReport, QTI_12, QTI_21,
                     question_key)
from .xmltools import XmlFault, child, children, descendants, parse_xml, text_of

MAX_ITEMS = 5000
MAX_VARIANTS = 24  # regular-expression answers expanded into at most this many wildcard patterns


class _Text:
    """Text and images gathered from QTI material, with image paths resolved in the package."""

    def __init__(self, source: str):
        self.source = source
        self.images: list[dict] = []

    def add_image(self, src: str, alt: str = "") -> None:
        path = build.resolve_ref(self.source, src or "")
        if path and all(i["path"] != path for i in self.images) and len(self.images) < 50:
            self.images.append({"path": path, "alt": alt.strip()[:1000]} if alt.strip() else {"path": path})

    def markup(self, raw: str, html: bool) -> str:
        if html or build.looks_like_html(raw):
            text, images = build.html_text(raw)
            for src, alt in images:
                self.add_image(src, alt)
            return text
        return re.sub(r"[ \t]+", " ", raw).strip()


def _material_text(element: Element | None, text: _Text) -> str:
    """QTI 1.2 ``material`` (or anything holding it): mattext, mat_extension text, matimage, matbreak."""
    if element is None:
        return ""
    parts: list[str] = []
    for node in element.iter():
        if node.tag == "mattext":
            parts.append(text.markup(node.text or "", "html" in (node.get("texttype") or "")))
        elif node.tag == "matimage" and node.get("uri"):
            text.add_image(node.get("uri", ""), node.get("label", ""))
        elif node.tag == "matbreak":
            parts.append("\n")
        elif node.tag == "matemtext":
            parts.append(node.text or "")
    return re.sub(r"\n{3,}", "\n\n", " ".join(p for p in parts if p)).strip()


def _metadata(element: Element | None) -> dict[str, str]:
    out: dict[str, str] = {}
    for field in descendants(element, "qtimetadatafield"):
        label = (text_of(child(field, "fieldlabel")) or "").strip()
        if label and label not in out:
            out[label] = (text_of(child(field, "fieldentry")) or "").strip()
    return out


def _number(text: str | None) -> float | None:
    try:
        value = float((text or "").strip())
    except ValueError:
        return None
    return value if value == value and abs(value) != float("inf") else None


# ---- QTI 1.2 conditions -------------------------------------------------------------------------

class _Cond:
    """A condition reduced to what we can grade: per response, the values it must (or must not)
    equal, substrings, numeric bounds; or ``other`` (always true) / ``unknown``."""

    def __init__(self, kind: str, resp: str = "", value: str = "", parts: list["_Cond"] | None = None,
                 case: bool = False):
        self.kind, self.resp, self.value, self.parts, self.case = kind, resp, value, parts or [], case

    def leaves(self) -> list["_Cond"]:
        if self.kind in ("and", "or", "not"):
            return [leaf for p in self.parts for leaf in p.leaves()]
        return [self]


_LEAF = {"varequal": "eq", "varsubstring": "sub", "vargte": "gte", "varlte": "lte", "vargt": "gt", "varlt": "lt",
         "other": "other"}


def _condition(element: Element) -> _Cond:
    tag = element.tag
    if tag in _LEAF:
        return _Cond(_LEAF[tag], element.get("respident", ""), (element.text or "").strip(),
                     case=(element.get("case") or "").lower() == "yes")
    if tag in ("and", "or", "not", "conditionvar"):
        parts = [_condition(c) for c in element if c.tag != "qticomment"]
        if len(parts) == 1 and tag != "not":
            return parts[0]
        return _Cond("and" if tag == "conditionvar" else tag, parts=parts)
    return _Cond("unknown")


class _Rule:
    def __init__(self, cond: _Cond, action: str, amount: float | None, feedback: list[str]):
        self.cond, self.action, self.amount, self.feedback = cond, action, amount, feedback


def _rules(item: Element) -> tuple[list[_Rule], float | None]:
    processing = child(item, "resprocessing")
    maximum = None
    for decvar in descendants(child(processing, "outcomes"), "decvar"):
        maximum = _number(decvar.get("maxvalue"))
        break
    rules = []
    for rc in children(processing, "respcondition"):
        cond = _condition(child(rc, "conditionvar")) if child(rc, "conditionvar") is not None else _Cond("unknown")
        action, amount = "", None
        for setvar in children(rc, "setvar"):
            action, amount = (setvar.get("action") or "Set").capitalize(), _number(setvar.text)
        feedback = [f.get("linkrefid", "") for f in children(rc, "displayfeedback") if f.get("linkrefid")]
        rules.append(_Rule(cond, action, amount, feedback))
    return rules, maximum


def _feedbacks(item: Element, text: _Text) -> dict[str, str]:
    out = {}
    for fb in children(item, "itemfeedback"):
        out[fb.get("ident", "")] = _material_text(fb, text)
    return out


def _flatten_alternatives(cond: _Cond, resp: str) -> list[_Cond] | None:
    """The leaves of ``cond`` when any one of them makes it true for ``resp`` (an ``or``, or an
    ``and`` of several ``varequal`` of the same single-answer response); None otherwise."""
    if cond.kind in ("eq", "sub"):
        return [cond]
    if cond.kind in ("or", "and") and cond.parts:
        leaves = []
        for part in cond.parts:
            sub = _flatten_alternatives(part, resp)
            if sub is None:
                return None
            leaves.extend(sub)
        if cond.kind == "and" and len(leaves) > 1 and not all(leaf.kind == "eq" and leaf.resp == resp for leaf in leaves):
            return None
        return leaves
    return None


def _expand_regex(pattern: str) -> list[str] | None:
    """A simple regular expression (literal text, ``[..]`` classes, ``a|b`` at the top, ``.*``) as
    wildcard patterns, or None when it holds more than that."""
    variants = [""]
    for branch in pattern.split("|") if "(" not in pattern else [pattern]:
        out = [""]
        i = 0
        while i < len(branch):
            c = branch[i]
            if c == "[":
                end = branch.find("]", i)
                if end < 0:
                    return None
                chars = branch[i + 1:end]
                if not chars or "-" in chars[1:-1] or chars.startswith("^"):
                    return None
                out = [o + ch for o in out for ch in chars]
                i = end + 1
            elif branch.startswith(".*", i):
                out = [o + "*" for o in out]
                i += 2
            elif c == "\\" and i + 1 < len(branch) and not branch[i + 1].isalnum():
                out = [o + ("\\*" if branch[i + 1] == "*" else branch[i + 1]) for o in out]
                i += 2
            elif c in "()?+{}^$.\\":
                if c in "^$" and (i == 0 or i == len(branch) - 1):
                    i += 1
                    continue
                return None
            else:
                out = [o + c for o in out]
                i += 1
            if len(out) > MAX_VARIANTS:
                return None
        variants = [v for v in variants if v] + out
    return variants[:MAX_VARIANTS] if variants else None


# ---- QTI 1.2 items ------------------------------------------------------------------------------

CANVAS_UNSUPPORTED = {"file_upload_question", "calculated_question", "formula_question", "hot_spot_question",
                      "drawing_question"}
CC_PROFILES = {"cc.multiple_choice": "choice", "cc.true_false": "choice", "cc.multiple_response": "choice",
               "cc.fib": "text", "cc.pattern_match": "text", "cc.essay": "essay"}


class _Skip(Exception):
    def __init__(self, reason: str, **data: Any):
        super().__init__(reason)
        self.reason, self.data = reason, data


def _labels(render: Element | None, text: _Text) -> list[tuple[str, str]]:
    out = []
    for label in descendants(render, "response_label"):
        ident = label.get("ident", "")
        if ident and all(ident != o for o, _ in out):
            out.append((ident, _material_text(label, text) or ident))
    return out


def _option_ids(labels: list[tuple[str, str]]) -> dict[str, str]:
    taken: set[str] = set()
    return {ident: build.make_id(ident, taken, "o") for ident, _ in labels}


def _score_scale(rules: list[_Rule], maximum: float | None) -> float:
    if maximum and maximum > 0:
        return maximum
    sets = [r.amount for r in rules if r.action == "Set" and r.amount and r.amount > 0]
    adds = sum(r.amount for r in rules if r.action == "Add" and r.amount and r.amount > 0)
    return max(sets + [adds, 0.0]) or 1.0


class _Qti12Item:
    def __init__(self, item: Element, source: str, qid: str):
        self.item, self.qid = item, qid
        self.title = item.get("title") or item.get("ident") or "?"
        self.meta = _metadata(child(item, "itemmetadata"))
        self.text = _Text(source)
        self.presentation = child(item, "presentation")
        self.responses = [e for e in descendants(self.presentation, "response_lid", "response_str", "response_num",
                                                 "response_xy", "response_grp", "response_extension")]
        self.rules, self.maximum = _rules(item)
        self.scale = _score_scale(self.rules, self.maximum)
        self.feedback = _feedbacks(item, self.text)

    # ---- what kind of question ----
    def kind(self) -> str:
        canvas = self.meta.get("question_type", "")
        profile = re.sub(r"\.v\d+p\d+$", "", self.meta.get("cc_profile", ""))
        if canvas in CANVAS_UNSUPPORTED:
            raise _Skip(TYPE_NOT_SUPPORTED, type=canvas)
        if profile and profile not in CC_PROFILES and not canvas:
            raise _Skip(TYPE_NOT_SUPPORTED, type=self.meta.get("cc_profile", profile))
        if canvas == "text_only_question" or (not self.responses and canvas in ("", "text_only_question")):
            raise _Skip(TYPE_NOT_SUPPORTED, type="description")
        if canvas == "essay_question" or profile == "cc.essay" or self.meta.get("qmd_computerscored", "").lower() == "no":
            return "essay"
        if canvas == "matching_question":
            return "matching"
        if canvas in ("fill_in_multiple_blanks_question", "multiple_dropdowns_question"):
            return canvas
        if canvas == "numerical_question":
            return "numerical"
        if canvas == "short_answer_question":
            return "text"
        kinds = {r.tag for r in self.responses}
        if kinds - {"response_lid", "response_str", "response_num"}:
            raise _Skip(TYPE_NOT_SUPPORTED, type=sorted(kinds - {"response_lid", "response_str", "response_num"})[0])
        if len(self.responses) > 1:
            return "cloze"
        response = self.responses[0]
        if response.tag == "response_lid":
            if child(response, "render_choice") is None and next(descendants(response, "render_choice"), None) is None:
                raise _Skip(TYPE_NOT_SUPPORTED, type=next((c.tag for c in response if c.tag.startswith("render_")),
                                                          "response_lid"))
            return "choice"
        fib = next(descendants(response, "render_fib"), None)
        fibtype = (fib.get("fibtype") if fib is not None else "") or ""
        if response.tag == "response_num" or fibtype in ("Decimal", "Integer", "Scientific"):
            return "numerical"
        if not any(r.amount for r in self.rules if r.amount and r.amount > 0):
            return "essay"  # nothing typed here earns points: a free-text answer for the organizer
        return "text"

    # ---- the prompt: the presentation's text, with blanks where responses sit ----
    def prompt(self, markers: dict[str, str] | None = None, inline_blank: bool = False) -> str:
        parts: list[str] = []

        def walk(node: Element) -> None:
            for c in node:
                if c.tag in ("response_lid", "response_str", "response_num"):
                    ident = c.get("ident", "")
                    if markers is not None and ident in markers:
                        parts.append(markers[ident])
                    elif inline_blank:
                        parts.append("____")
                    continue
                if c.tag == "material":
                    parts.append(_material_text(c, self.text))
                elif c.tag not in ("itemmetadata",):
                    walk(c)

        if self.presentation is not None:
            walk(self.presentation)
        joined = " ".join(p for p in parts if p)
        return re.sub(r"\s+\n|\n\s+", "\n", re.sub(r"[ \t]+", " ", joined)).strip()

    def common(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        general = [self.feedback[k] for k in ("general_fb", "general") if self.feedback.get(k)]
        for fb in children(self.item, "itemfeedback"):
            if child(fb, "solution") is not None and self.feedback.get(fb.get("ident", "")):
                general.append(self.feedback[fb.get("ident", "")])
        if general:
            out["explanation"] = "\n\n".join(dict.fromkeys(general))
        points = _number(self.meta.get("points_possible") or self.meta.get("cc_weighting") or self.meta.get("qmd_weighting"))
        if points is not None:
            out["points"] = max(0.0, points)
        return out

    def _rule_feedback(self, rule: _Rule) -> str:
        return "\n".join(self.feedback[f] for f in rule.feedback
                         if f in self.feedback and f not in ("general_fb", "correct_fb", "general_incorrect_fb"))

    # ---- builders ----
    def build(self) -> dict:
        kind = self.kind()
        common = self.common()
        if kind == "essay":
            question = build.essay_question(self.qid, self.prompt() or self.title, **common)
        elif kind == "choice":
            question = self._choice(common)
        elif kind == "text":
            question = self._text(common)
        elif kind == "numerical":
            question = self._numerical(common)
        elif kind == "matching":
            question = self._matching(common)
        else:
            question = self._cloze(kind, common)
        if self.text.images:
            question["images"] = self.text.images
        why = build.usable(question)
        if why:
            raise _Skip(UNREADABLE, what=why)
        return question

    def _choice_fractions(self, resp: str, ids: list[str]) -> tuple[dict[str, float], bool, dict[str, str]]:
        """(fraction per label ident, weighted, feedback per label ident)."""
        fractions: dict[str, float] = {}
        feedback: dict[str, str] = {}
        weighted = False
        for rule in self.rules:
            leaves = rule.cond.leaves()
            fb = self._rule_feedback(rule)
            if rule.cond.kind == "eq" and rule.cond.resp in (resp, ""):
                if fb:
                    feedback.setdefault(rule.cond.value, fb)
                if rule.amount is not None and rule.action in ("Set", "Add"):
                    frac = rule.amount / self.scale
                    fractions[rule.cond.value] = (fractions.get(rule.cond.value, 0.0) + frac if rule.action == "Add"
                                                  else max(fractions.get(rule.cond.value, frac), frac))
                    weighted = weighted or rule.action == "Add"
                elif rule.amount is not None and rule.action == "Subtract":
                    fractions[rule.cond.value] = fractions.get(rule.cond.value, 0.0) - rule.amount / self.scale
                    weighted = True
            elif rule.cond.kind in ("and", "or") and rule.amount and rule.amount > 0 and rule.action in ("Set", "Add"):
                positive = [leaf.value for leaf in self._positive_leaves(rule.cond) if leaf.kind == "eq"]
                if rule.cond.kind == "and":
                    for value in positive:  # exactly these (Canvas multiple answers): right or wrong
                        fractions[value] = max(fractions.get(value, 0.0), 1.0 / max(1, len(positive)))
                else:
                    for value in positive:
                        fractions[value] = max(fractions.get(value, 0.0), rule.amount / self.scale)
            elif rule.cond.kind == "other" or not leaves:
                continue
        return {k: v for k, v in fractions.items() if k in ids}, weighted, feedback

    @staticmethod
    def _positive_leaves(cond: _Cond) -> list[_Cond]:
        if cond.kind == "not":
            return []
        if cond.kind in ("and", "or"):
            return [leaf for p in cond.parts for leaf in _Qti12Item._positive_leaves(p)]
        return [cond]

    def _choice(self, common: dict) -> dict:
        response = self.responses[0]
        labels = _labels(response, self.text)
        if len(labels) < 2:
            raise _Skip(UNREADABLE, what="options")
        ids = _option_ids(labels)
        fractions, weighted, feedback = self._choice_fractions(response.get("ident", ""), list(ids))
        many = (response.get("rcardinality") or "").lower() == "multiple" or \
            self.meta.get("question_type") == "multiple_answers_question"
        canvas = self.meta.get("question_type", "")
        texts = [t.strip().lower() for _, t in labels]
        is_tf = (canvas == "true_false_question" or self.meta.get("cc_profile", "").startswith("cc.true_false")
                 or (not many and sorted(texts) == ["false", "true"]))
        options = [(ids[ident], text, feedback.get(ident, "")) for ident, text in labels]
        fr = {ids[k]: v for k, v in fractions.items()}
        prompt = self.prompt() or self.title
        if is_tf and len(labels) == 2:
            true_ident = next((i for i, t in labels if t.strip().lower() in ("true", "vrai", "verdadero", "wahr")),
                              labels[0][0])
            false_ident = next(i for i, _ in labels if i != true_ident)
            remap = {ids[true_ident]: "true", ids[false_ident]: "false"}
            options = [(remap[o], t, f) for o, t, f in options]
            return build.choice_question(self.qid, TRUE_FALSE, prompt, options,
                                         {remap[k]: v for k, v in fr.items()}, **common)
        qtype = MULTIPLE_CHOICE if many else SINGLE_CHOICE
        return build.choice_question(self.qid, qtype, prompt, options, fr, weighted=weighted and many, **common)

    def _text_answers(self, resp: str) -> tuple[list[tuple[str, float, str]], bool]:
        answers: list[tuple[str, float, str]] = []
        case = False
        for rule in self.rules:
            if not (rule.amount and rule.amount > 0 and rule.action in ("Set", "Add")):
                continue
            leaves = _flatten_alternatives(rule.cond, resp)
            if leaves is None:
                continue
            credit = min(1.0, rule.amount / self.scale)
            fb = self._rule_feedback(rule)
            for leaf in leaves:
                if leaf.resp not in (resp, "") or not leaf.value:
                    continue
                case = case or leaf.case
                if leaf.kind == "eq":
                    answers.append((leaf.value.replace("*", "\\*"), credit, fb))
                else:
                    expanded = _expand_regex(leaf.value)
                    if expanded is None:
                        continue
                    answers.extend(("*" + v + "*", credit, fb) for v in expanded)
        return answers, case

    def _text(self, common: dict) -> dict:
        response = self.responses[0]
        answers, case = self._text_answers(response.get("ident", ""))
        if not answers:
            raise _Skip(UNREADABLE, what="answers")
        fold_accents = False
        return build.short_answer_question(self.qid, self._single_prompt(), answers, case_sensitive=case,
                                           fold_accents=fold_accents, **common)

    def _single_prompt(self) -> str:
        inline = self.prompt(inline_blank=True)
        plain = self.prompt()
        # a blank inside the text (more text follows it) is shown where it is
        return (inline if not inline.endswith("____") else plain) or self.title

    def _numeric_answers(self, resp: str) -> list[dict]:
        answers = []
        for rule in self.rules:
            if not (rule.amount and rule.amount > 0 and rule.action in ("Set", "Add")):
                continue
            credit = min(1.0, rule.amount / self.scale)
            fb = self._rule_feedback(rule)
            for option in (rule.cond.parts if rule.cond.kind == "or" else [rule.cond]):
                leaves = [leaf for leaf in option.leaves() if leaf.resp in (resp, "")]
                low = [_number(leaf.value) for leaf in leaves if leaf.kind in ("gte", "gt")]
                high = [_number(leaf.value) for leaf in leaves if leaf.kind in ("lte", "lt")]
                exact = [_number(leaf.value) for leaf in leaves if leaf.kind == "eq"]
                if low and high and low[0] is not None and high[0] is not None and option.kind == "and":
                    answers.append(build.numeric_answer(low=low[0], high=high[0], credit=credit, feedback=fb))
                elif option.kind == "or" or len(exact) > 1:
                    answers.extend(build.numeric_answer(value=v, credit=credit, feedback=fb) for v in exact if v is not None)
                    for sub in option.parts:
                        answers.extend(self._numeric_answers_of(sub, resp, credit, fb))
                elif exact and exact[0] is not None:
                    answers.append(build.numeric_answer(value=exact[0], credit=credit, feedback=fb))
        unique = []
        for a in answers:
            if a not in unique:
                unique.append(a)
        return unique

    def _numeric_answers_of(self, cond: _Cond, resp: str, credit: float, fb: str) -> list[dict]:
        if cond.kind != "and":
            return []
        low = [_number(x.value) for x in cond.leaves() if x.kind in ("gte", "gt") and x.resp in (resp, "")]
        high = [_number(x.value) for x in cond.leaves() if x.kind in ("lte", "lt") and x.resp in (resp, "")]
        if low and high and low[0] is not None and high[0] is not None:
            return [build.numeric_answer(low=low[0], high=high[0], credit=credit, feedback=fb)]
        return []

    def _numerical(self, common: dict) -> dict:
        response = self.responses[0]
        answers = self._numeric_answers(response.get("ident", ""))
        if not answers:
            raise _Skip(UNREADABLE, what="answers")
        # an exact value also listed inside a range adds nothing: keep the range (Canvas writes both)
        ranges = [a for a in answers if "min" in a]
        answers = ranges + [a for a in answers if "value" in a and not any(
            r["min"] <= a["value"] <= r["max"] and r.get("credit", 1) == a.get("credit", 1) for r in ranges)]
        return build.numerical_question(self.qid, self._single_prompt(), answers, **common)

    def _matching(self, common: dict) -> dict:
        stems, pairs, choices = [], {}, []
        taken: set[str] = set()
        choice_ids: dict[str, str] = {}
        for response in self.responses:
            stem_text = _material_text(child(response, "material"), self.text) or response.get("ident", "")
            stem_id = build.make_id(response.get("ident", "s"), taken, "s")
            stems.append((stem_id, stem_text))
            for ident, text in _labels(response, self.text):
                if ident not in choice_ids:
                    choice_ids[ident] = build.make_id("c-" + ident, taken, "c")
                    choices.append((choice_ids[ident], text))
            fractions, _w, _f = self._choice_fractions(response.get("ident", ""), list(choice_ids))
            best = max(fractions.items(), key=lambda kv: kv[1], default=None)
            if best is None or best[1] <= 0:
                raise _Skip(UNREADABLE, what="pairs")
            pairs[stem_id] = choice_ids[best[0]]
        prompt = self.prompt(markers={r.get("ident", ""): "" for r in self.responses}) or self.title
        return build.matching_question(self.qid, prompt, stems, choices, pairs, **common)

    def _cloze(self, kind: str, common: dict) -> dict:
        blanks, markers = [], {}
        taken: set[str] = set()
        canvas_names: dict[str, str] = {}
        for response in self.responses:
            ident = response.get("ident", "")
            bid = build.make_id(ident.removeprefix("response_"), taken, "b")
            markers[ident] = "{{" + bid + "}}"
            canvas_names[_material_text(child(response, "material"), self.text)] = bid
            labels = _labels(response, self.text)
            if kind == "fill_in_multiple_blanks_question" or (response.tag != "response_lid" and kind == "cloze"):
                if response.tag == "response_lid":
                    fractions, _w, feedback = self._choice_fractions(ident, [i for i, _ in labels])
                    answers = [(text.replace("*", "\\*"), min(1.0, fractions.get(i, 0.0) * max(1, len(fractions))),
                                feedback.get(i, "")) for i, text in labels if fractions.get(i, 0) > 0]
                    case = False
                else:
                    answers, case = self._text_answers(ident)
                    fib = next(descendants(response, "render_fib"), None)
                    if fib is not None and fib.get("fibtype") in ("Decimal", "Integer") or response.tag == "response_num":
                        numbers = self._numeric_answers(ident)
                        if numbers:
                            blanks.append(build.blank(self.qid, bid, "numerical", answers=numbers))
                            continue
                if not answers:
                    raise _Skip(UNREADABLE, what="answers")
                blanks.append(build.blank(self.qid, bid, "short_answer", answers=[(t, 1.0, f) for t, _c, f in answers],
                                          case_sensitive=case))
            else:
                ids = _option_ids(labels)
                fractions, _w, feedback = self._choice_fractions(ident, list(ids))
                if len(labels) < 2 or not any(v > 0 for v in fractions.values()):
                    raise _Skip(UNREADABLE, what="answers")
                blanks.append(build.blank(self.qid, bid, "single_choice",
                                          options=[(ids[i], t, feedback.get(i, "")) for i, t in labels],
                                          fractions={ids[k]: v for k, v in fractions.items()}))
        prompt = self.prompt(markers=markers)
        if kind in ("fill_in_multiple_blanks_question", "multiple_dropdowns_question"):
            # Canvas names its blanks in the text: [city] ... [country]
            prompt = self.prompt(markers={k: "" for k in markers})
            for name, bid in canvas_names.items():
                prompt = prompt.replace(f"[{name}]", "{{" + bid + "}}", 1)
        missing = [b for b in blanks if prompt.count("{{" + b["id"] + "}}") != 1]
        if missing:
            prompt = prompt + "\n" + " ".join("{{" + b["id"] + "}}" for b in missing)
        return build.cloze_question(self.qid, prompt, blanks, **common)


def _finish_quiz(quiz: dict, report: ImportReport) -> dict | None:
    if not quiz["questions"]:
        report.skip("quiz", quiz["title"], EMPTY)
        return None
    if sum(q.get("points", 1.0) for q in quiz["questions"]) <= 0:
        for q in quiz["questions"]:
            q.pop("points", None)  # a bank worth nothing is practised as one point a question
    report.add(QUIZZES)
    for q in quiz["questions"]:
        report.add(question_key(q["type"]))
    return quiz


def _qti12(root: Element, source: str, report: ImportReport, title: str) -> list[dict]:
    report.source_format = report.source_format or QTI_12
    quizzes: list[dict] = []
    quiz_ids: set[str] = set()
    count = [0]

    def items_of(node: Element) -> list[Element]:
        out = []
        for c in node:
            if c.tag == "item":
                out.append(c)
            elif c.tag in ("section", "objectbank"):
                out.extend(items_of(c))
        return out

    def one(ident: str, quiz_title: str, items: list[Element], meta: dict[str, str]) -> None:
        taken: set[str] = set()
        quiz: dict[str, Any] = {"id": build.make_id(ident or quiz_title, quiz_ids, "quiz"),
                                "title": (quiz_title.strip() or "Quiz")[:300], "questions": []}
        attempts = meta.get("cc_maxattempts", "")
        if attempts.isdigit() and int(attempts) >= 1:
            quiz["max_attempts"] = int(attempts)
        for item in items:
            count[0] += 1
            if count[0] > MAX_ITEMS:
                report.skip("question", item.get("title") or "?", UNREADABLE, what="too_many")
                continue
            reader = _Qti12Item(item, source, build.make_id(item.get("ident") or item.get("title") or "q", taken))
            try:
                quiz["questions"].append(reader.build())
            except _Skip as skip:
                report.skip("question", reader.title, skip.reason, **skip.data)
        done = _finish_quiz(quiz, report)
        if done:
            quizzes.append(done)

    assessments = children(root, "assessment")
    for assessment in assessments:
        one(assessment.get("ident", ""), assessment.get("title") or title, items_of(assessment),
            _metadata(child(assessment, "qtimetadata")))
    loose = items_of(root)
    if loose:
        one(title, title, loose, {})
    if not assessments and not loose:
        report.skip("quiz", title, EMPTY)
    return quizzes


# ---- QTI 2.1 ------------------------------------------------------------------------------------

def _qti2_text(node: Element | None, text: _Text, markers: Mapping[str, str] | None = None,
               skip: tuple[str, ...] = ()) -> str:
    """Plain text of QTI 2.1 XHTML content; interactions become their marker (or vanish)."""
    if node is None:
        return ""
    parts: list[str] = []

    def walk(n: Element) -> None:
        if n.tag in skip or n.tag in ("prompt", "feedbackInline", "feedbackBlock", "modalFeedback", "rubricBlock"):
            if n.tail:
                parts.append(n.tail)
            return
        if n.tag.endswith("Interaction"):
            parts.append((markers or {}).get(n.get("responseIdentifier", ""), ""))
            if n.tail:
                parts.append(n.tail)
            return
        if n.tag == "img" and n.get("src"):
            text.add_image(n.get("src", ""), n.get("alt", ""))
        if n.tag == "object" and (n.get("type") or "").startswith("image/") and n.get("data"):
            text.add_image(n.get("data", ""), text_of(n).strip())
            if n.tail:
                parts.append(n.tail)
            return
        block = n.tag in ("p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre",
                          "table", "ul", "ol")
        if block:
            parts.append("\n")
        if n.text:
            parts.append(n.text)
        for c in n:
            walk(c)
        if block:
            parts.append("\n")
        if n.tail:
            parts.append(n.tail)

    for c in node:
        walk(c)
    if node.text:
        parts.insert(0, node.text)
    lines = [re.sub(r"[ \t\r]+", " ", line).strip() for line in "".join(parts).split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


SUPPORTED_2 = {"choiceInteraction", "textEntryInteraction", "extendedTextInteraction", "matchInteraction",
               "associateInteraction", "inlineChoiceInteraction"}


class _Qti21Item:
    def __init__(self, item: Element, source: str, qid: str):
        self.item, self.qid, self.source = item, qid, source
        self.title = item.get("title") or item.get("identifier") or "?"
        self.text = _Text(source)
        self.body = child(item, "itemBody")
        self.declarations = {d.get("identifier", ""): d for d in children(item, "responseDeclaration")}
        self.interactions = [e for e in (self.body.iter() if self.body is not None else ())
                             if e.tag.endswith("Interaction")]

    def correct(self, rid: str) -> list[str]:
        decl = self.declarations.get(rid)
        return [(v.text or "").strip() for v in descendants(child(decl, "correctResponse"), "value")]

    def mapping(self, rid: str) -> tuple[dict[str, float], bool, float | None]:
        """(mapKey -> mappedValue, case sensitive, upperBound) of the response's mapping."""
        decl = self.declarations.get(rid)
        mapping = child(decl, "mapping")
        out, case = {}, False
        if mapping is None:
            return {}, True, None
        for entry in children(mapping, "mapEntry"):
            value = _number(entry.get("mappedValue"))
            if value is not None:
                out[entry.get("mapKey", "")] = value
            # QTI 2.1 asks for caseSensitive on each entry; QTI 2.0 had none and compared exactly
            case = case or (entry.get("caseSensitive") or "true").lower() != "false"
        return out, case, _number(mapping.get("upperBound"))

    def feedback(self) -> tuple[dict[str, str], str]:
        """(modal feedback by identifier, general feedback)."""
        by_id, general = {}, []
        for fb in children(self.item, "modalFeedback"):
            text = _qti2_text(fb, self.text)
            ident = fb.get("identifier", "")
            if fb.get("showHide", "show") == "show" and ident:
                by_id[ident] = text
            if ident.upper() in ("GENERAL", "SOLUTION", "CORRECT"):
                general.append(text)
        return by_id, "\n\n".join(general)

    def build(self) -> dict:
        if not self.interactions:
            raise _Skip(TYPE_NOT_SUPPORTED, type="description")
        other = [i.tag for i in self.interactions if i.tag not in SUPPORTED_2]
        if other:
            raise _Skip(TYPE_NOT_SUPPORTED, type=other[0])
        by_id, general = self.feedback()
        common: dict[str, Any] = {"explanation": general} if general else {}
        points = None
        for outcome in children(self.item, "outcomeDeclaration"):
            if outcome.get("identifier") in ("MAXSCORE",):
                points = _number(text_of(child(outcome, "defaultValue")))
            elif outcome.get("identifier") == "SCORE" and outcome.get("normalMaximum"):
                points = _number(outcome.get("normalMaximum"))
        if points is not None and points > 0:
            common["points"] = points
        first = self.interactions[0]
        inline = {"textEntryInteraction", "inlineChoiceInteraction"}
        if len(self.interactions) > 1 or (first.tag in inline and self._has_text_after(first)):
            if any(i.tag not in inline for i in self.interactions):
                raise _Skip(TYPE_NOT_SUPPORTED, type="composite")
            question = self._cloze(common, by_id)
        elif first.tag == "choiceInteraction":
            question = self._choice(first, common, by_id)
        elif first.tag == "textEntryInteraction":
            question = self._text_entry(first, common)
        elif first.tag == "extendedTextInteraction":
            question = build.essay_question(self.qid, self._prompt(first), **common)
        elif first.tag == "inlineChoiceInteraction":
            question = self._cloze(common, by_id)
        else:
            question = self._match(first, common)
        if self.text.images:
            question["images"] = self.text.images
        why = build.usable(question)
        if why:
            raise _Skip(UNREADABLE, what=why)
        return question

    def _has_text_after(self, interaction: Element) -> bool:
        return bool((interaction.tail or "").strip())

    def _prompt(self, interaction: Element | None = None, markers: Mapping[str, str] | None = None) -> str:
        body = _qti2_text(self.body, self.text, markers)
        own = _qti2_text(child(interaction, "prompt"), self.text) if interaction is not None else ""
        return "\n\n".join(p for p in (body, own) if p) or self.title

    def _fractions(self, rid: str, keys: list[str]) -> tuple[dict[str, float], bool]:
        mapping, _case, upper = self.mapping(rid)
        if mapping:
            top = upper or sum(v for v in mapping.values() if v > 0) or 1.0
            return {k: v / top for k, v in mapping.items() if k in keys}, True
        return {k: 1.0 for k in self.correct(rid) if k in keys}, False

    def _choice(self, interaction: Element, common: dict, by_id: dict[str, str]) -> dict:
        rid = interaction.get("responseIdentifier", "")
        choices = [(c.get("identifier", ""), _qti2_text(c, self.text, skip=("feedbackInline",)),
                    " ".join(_qti2_text(f, self.text) for f in children(c, "feedbackInline")))
                   for c in children(interaction, "simpleChoice")]
        if len(choices) < 2:
            raise _Skip(UNREADABLE, what="options")
        taken: set[str] = set()
        ids = {c[0]: build.make_id(c[0], taken, "o") for c in choices}
        fractions, weighted = self._fractions(rid, list(ids))
        decl = self.declarations.get(rid)
        many = (decl is not None and decl.get("cardinality") == "multiple") or \
            (interaction.get("maxChoices", "1") != "1")
        options = [(ids[i], t, f or by_id.get(i, "")) for i, t, f in choices]
        qtype = MULTIPLE_CHOICE if many else SINGLE_CHOICE
        texts = sorted(t.strip().lower() for _, t, _ in choices)
        fr = {ids[k]: v for k, v in fractions.items()}
        prompt = self._prompt(interaction)
        if not many and texts == ["false", "true"]:
            remap = {ids[i]: ("true" if t.strip().lower() == "true" else "false") for i, t, _ in choices}
            return build.choice_question(self.qid, TRUE_FALSE, prompt, [(remap[o], t, f) for o, t, f in options],
                                         {remap[k]: v for k, v in fr.items()}, **common)
        return build.choice_question(self.qid, qtype, prompt, options, fr, weighted=weighted and many, **common)

    def _text_spec(self, rid: str) -> tuple[str, dict]:
        decl = self.declarations.get(rid)
        base = decl.get("baseType", "string") if decl is not None else "string"
        mapping, case, upper = self.mapping(rid)
        correct = self.correct(rid)
        if base in ("float", "integer"):
            values = [(_number(k), v) for k, v in mapping.items()] or [(_number(c), 1.0) for c in correct]
            top = upper or max([v for _, v in values] + [0]) or 1.0
            answers = [build.numeric_answer(value=x, credit=min(1.0, v / top)) for x, v in values
                       if x is not None and v > 0]
            return "numerical", {"answers": answers}
        if mapping:
            top = upper or max(mapping.values()) or 1.0
            answers = [(k.replace("*", "\\*"), min(1.0, v / top), "") for k, v in mapping.items() if v > 0]
        else:
            answers = [(c.replace("*", "\\*"), 1.0, "") for c in correct]
        return "short_answer", {"answers": answers, "case_sensitive": case}

    def _text_entry(self, interaction: Element, common: dict) -> dict:
        kind, spec = self._text_spec(interaction.get("responseIdentifier", ""))
        prompt = self._prompt(interaction, {interaction.get("responseIdentifier", ""): "____"})
        if kind == "numerical":
            return build.numerical_question(self.qid, prompt, spec["answers"], **common)
        return build.short_answer_question(self.qid, prompt, spec["answers"], case_sensitive=spec["case_sensitive"],
                                           **common)

    def _cloze(self, common: dict, by_id: dict[str, str]) -> dict:
        taken: set[str] = set()
        markers, blanks = {}, []
        for interaction in self.interactions:
            rid = interaction.get("responseIdentifier", "")
            bid = build.make_id(rid, taken, "b")
            markers[rid] = "{{" + bid + "}}"
            if interaction.tag == "textEntryInteraction":
                kind, spec = self._text_spec(rid)
                blanks.append(build.blank(self.qid, bid, kind, **spec))
            else:
                choices = [(c.get("identifier", ""), _qti2_text(c, self.text)) for c in children(interaction, "inlineChoice")]
                ids = {c[0]: build.make_id(c[0], set(), "o") for c in choices}
                fractions, _w = self._fractions(rid, list(ids))
                blanks.append(build.blank(self.qid, bid, SINGLE_CHOICE,
                                          options=[(ids[i], t, by_id.get(i, "")) for i, t in choices],
                                          fractions={ids[k]: v for k, v in fractions.items()}))
        return build.cloze_question(self.qid, self._prompt(None, markers), blanks, **common)

    def _match(self, interaction: Element, common: dict) -> dict:
        rid = interaction.get("responseIdentifier", "")
        correct = [c.split() for c in self.correct(rid)] or [k.split() for k, v in self.mapping(rid)[0].items() if v > 0]
        taken: set[str] = set()
        if interaction.tag == "matchInteraction":
            sets = children(interaction, "simpleMatchSet")
            if len(sets) != 2:
                raise _Skip(UNREADABLE, what="pairs")
            first = [(c.get("identifier", ""), _qti2_text(c, self.text)) for c in children(sets[0], "simpleAssociableChoice")]
            second = [(c.get("identifier", ""), _qti2_text(c, self.text)) for c in children(sets[1], "simpleAssociableChoice")]
        else:
            every = [(c.get("identifier", ""), _qti2_text(c, self.text))
                     for c in children(interaction, "simpleAssociableChoice")]
            lefts = {p[0] for p in correct if len(p) == 2}
            first = [c for c in every if c[0] in lefts]
            second = [c for c in every if c[0] not in lefts]
        ids = {i: build.make_id(i, taken, "m") for i, _ in first + second}
        pairs: dict[str, str] = {}
        for p in correct:
            if len(p) == 2 and p[0] in ids and p[1] in ids and ids[p[0]] not in pairs:
                pairs[ids[p[0]]] = ids[p[1]]
        stems = [(ids[i], t) for i, t in first if ids[i] in pairs]
        if not stems:
            raise _Skip(UNREADABLE, what="pairs")
        choices = [(ids[i], t) for i, t in second]
        return build.matching_question(self.qid, self._prompt(interaction), stems, choices, pairs, **common)


def _qti21_items(items: list[tuple[Element, str]], title: str, ident: str, report: ImportReport,
                 quiz_ids: set[str]) -> dict | None:
    taken: set[str] = set()
    quiz: dict[str, Any] = {"id": build.make_id(ident or title, quiz_ids, "quiz"), "title": (title.strip() or "Quiz")[:300],
                            "questions": []}
    for element, source in items[:MAX_ITEMS]:
        reader = _Qti21Item(element, source, build.make_id(element.get("identifier") or element.get("title") or "q",
                                                           taken))
        try:
            quiz["questions"].append(reader.build())
        except _Skip as skip:
            report.skip("question", reader.title, skip.reason, **skip.data)
    return _finish_quiz(quiz, report)


# ---- entry points -------------------------------------------------------------------------------

def _title_from(source: str) -> str:
    name = posixpath.basename(source).rsplit(".", 1)[0]
    return name.replace("_", " ").replace("-", " ").strip() or "Quiz"


def read_qti_assessment(xml: bytes, *, source: str, report: ImportReport,
                        fetch: Callable[[str], bytes | None] | None = None) -> list[dict]:
    """The quizzes of one QTI document: a QTI 1.2 ``questestinterop`` (each ``assessment`` a quiz;
    loose items or an object bank one quiz named after ``source``), a QTI 2.1 ``assessmentItem``
    (a one-question quiz) or ``assessmentTest`` (its items are read through ``fetch(package path)``).

    ``source`` is the document's path in its package: images and item references are resolved
    against it. Items we cannot run go to ``report.skip`` with the reason; a quiz left with no
    question is skipped (``import.empty``). A document that is not QTI raises :class:`XmlFault`."""
    root = parse_xml(xml)
    title = _title_from(source)
    quiz_ids: set[str] = set()
    if root.tag == "questestinterop":
        if not report.format_version:
            report.format_version = "1.2"
        return _qti12(root, source, report, title)
    if root.tag == "assessmentItem":
        report.source_format = report.source_format or QTI_21
        quiz = _qti21_items([(root, source)], root.get("title") or title, root.get("identifier", ""), report, quiz_ids)
        return [quiz] if quiz else []
    if root.tag == "assessmentTest":
        report.source_format = report.source_format or QTI_21
        items = []
        for ref in descendants(root, "assessmentItemRef"):
            path = build.resolve_ref(source, ref.get("href", ""))
            data = fetch(path) if (fetch is not None and path) else None
            if data is None:
                report.skip("question", ref.get("identifier") or ref.get("href", ""), FILE_MISSING,
                            path=path or ref.get("href", ""))
                continue
            try:
                element = parse_xml(data)
            except XmlFault as exc:
                report.skip("question", ref.get("href", ""), UNREADABLE, what=exc.code)
                continue
            items.append((element, path))
        quiz = _qti21_items(items, root.get("title") or title, root.get("identifier", ""), report, quiz_ids)
        return [quiz] if quiz else []
    raise XmlFault(f"the document is a <{root.tag}>, not a QTI assessment", "not_qti")


QTI_RESOURCE_TYPES = ("imsqti_xmlv1p2", "imsqti_xmlv1p2/imscc_xmlv1p1/assessment", "imsqti_xmlv1p2/imscc_xmlv1p0/assessment",
                      "imsqti_xmlv1p2/imscc_xmlv1p2/assessment", "imsqti_xmlv1p2/imscc_xmlv1p3/assessment",
                      "imsqti_item_xmlv2p1", "imsqti_test_xmlv2p1", "imsqti_item_xmlv2p0", "imsqti_test_xmlv2p0")


def read_qti_package(fetch: Callable[[str], bytes | None], names: list[str], *, report: ImportReport) -> list[dict]:
    """The quizzes of a QTI package: ``imsmanifest.xml``'s QTI resources (tests first; items no test
    names become one quiz), or else every ``.xml``/``.qti`` member that is QTI. ``fetch(name)`` gives
    a member's bytes (None when absent); ``names`` lists the members."""
    quizzes: list[dict] = []
    manifest = fetch("imsmanifest.xml")
    hrefs: list[tuple[str, str]] = []
    if manifest is not None:
        try:
            root = parse_xml(manifest)
        except XmlFault as exc:
            report.skip("file", "imsmanifest.xml", UNREADABLE, what=exc.code)
            root = None
        for resource in descendants(root, "resource"):
            rtype = resource.get("type", "")
            href = resource.get("href") or next((f.get("href") for f in children(resource, "file") if f.get("href")), "")
            if rtype.startswith("imsqti") and href:
                hrefs.append((rtype, href))
            elif rtype == "associatedcontent/imscc_xmlv1p1/learning-application-resource":
                continue
    if not hrefs:
        hrefs = [("", n) for n in names if n.lower().endswith((".xml", ".qti")) and n != "imsmanifest.xml"
                 and not n.startswith("__MACOSX/") and not n.endswith("assessment_meta.xml")]
    in_tests: set[str] = set()
    items21: list[tuple[Element, str]] = []
    order = sorted(hrefs, key=lambda h: 0 if "test" in h[0] else 1)
    for rtype, href in order:
        data = fetch(href)
        if data is None:
            report.skip("file", href, FILE_MISSING, path=href)
            continue
        try:
            root = parse_xml(data)
        except XmlFault as exc:
            report.skip("file", href, UNREADABLE, what=exc.code)
            continue
        if root.tag == "assessmentItem":
            if href not in in_tests:
                items21.append((root, href))
            continue
        if root.tag == "assessmentTest":
            for ref in descendants(root, "assessmentItemRef"):
                path = build.resolve_ref(href, ref.get("href", ""))
                if path:
                    in_tests.add(path)
            items21 = [(e, p) for e, p in items21 if p not in in_tests]
        if root.tag not in ("questestinterop", "assessmentTest"):
            if rtype:
                report.skip("file", href, UNREADABLE, what="not_qti")
            continue
        quizzes.extend(read_qti_assessment(data, source=href, report=report, fetch=fetch))
    if items21:
        report.source_format = report.source_format or QTI_21
        quiz = _qti21_items(items21, "Questions", "questions", report, {q["id"] for q in quizzes})
        if quiz:
            quizzes.append(quiz)
    taken: set[str] = set()
    for quiz in quizzes:  # ids unique across the package's documents
        quiz["id"] = build.make_id(quiz["id"], taken, "quiz") if quiz["id"] in taken else quiz["id"]
        taken.add(quiz["id"])
    return quizzes


def image_paths(quizzes: list[dict]) -> list[str]:
    """Every package path the quizzes show as an image (the caller copies them, or reports them missing)."""
    out: list[str] = []
    for quiz in quizzes:
        for question in quiz["questions"]:
            for image in question.get("images", []):
                if image["path"] not in out:
                    out.append(image["path"])
    return out
