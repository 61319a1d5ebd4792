"""Typed answers: how a short answer is folded and matched, how a number is read.

A short answer is compared after folding both sides the same way: Unicode NFC, surrounding spaces
dropped and inner runs of spaces made one, then (as the question says) case folded and accents
removed. A sealed answer is ``sha256("<salt>:<question id>:<folded answer>")``; a wildcard answer
(``*`` stands for any run of characters, ``\\*`` for a star) cannot be sealed and is kept as written.

Numbers are read as people type them: ``3.14``, ``3,14`` (decimal comma), ``-2``, ``1 000,5``,
``1,234.5``, ``2e3``, with an optional unit after the number.
"""

from __future__ import annotations

import hashlib
import math
import re
import unicodedata

_SPACES = re.compile(r"\s+")


def fold(text: str, *, case_sensitive: bool = False, fold_accents: bool = False) -> str:
    """``text`` as it is compared: NFC, spaces collapsed, case folded unless ``case_sensitive``,
    accents removed when ``fold_accents``."""
    text = _SPACES.sub(" ", unicodedata.normalize("NFC", str(text))).strip()
    if fold_accents:
        decomposed = unicodedata.normalize("NFKD", text)
        text = unicodedata.normalize("NFC", "".join(c for c in decomposed if not unicodedata.combining(c)))
    return text if case_sensitive else text.casefold()


def text_digest(salt: str, question_id: str, folded: str) -> str:
    return hashlib.sha256(f"{salt}:{question_id}:{folded}".encode("utf-8")).hexdigest()


def has_wildcard(pattern: str) -> bool:
    """Whether ``pattern`` holds an unescaped ``*``."""
    return re.search(r"(?<!\\)\*", pattern) is not None


def wildcard_regex(pattern: str) -> re.Pattern[str]:
    """``*`` matches any run of characters (none too); ``\\*`` is a literal star; all else is literal."""
    out, i = [], 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\" and i + 1 < len(pattern) and pattern[i + 1] == "*":
            out.append(re.escape("*"))
            i += 2
            continue
        out.append(".*" if c == "*" else re.escape(c))
        i += 1
    return re.compile("".join(out), re.DOTALL)


def wildcard_match(pattern: str, answer: str, *, case_sensitive: bool = False, fold_accents: bool = False) -> bool:
    folded_pattern = fold(pattern, case_sensitive=case_sensitive, fold_accents=fold_accents)
    folded_answer = fold(answer, case_sensitive=case_sensitive, fold_accents=fold_accents)
    return wildcard_regex(folded_pattern).fullmatch(folded_answer) is not None


_NUMBER = re.compile(r"^\s*([+\-−]?(?:[0-9][0-9 \u00a0\u202f.,']*[0-9]|[0-9])?(?:[.,][0-9]+)?"
                     r"(?:[eE][+\-]?[0-9]+)?)\s*(.*?)\s*$")


def _digits(text: str) -> str | None:
    """Thousands separators out and the decimal mark made a dot; None when ambiguous or not a number."""
    text = text.replace("−", "-")
    for space in (" ", "\u00a0", "\u202f", "'"):
        text = text.replace(space, "")
    mantissa, _, exponent = text.partition("e") if "e" in text else text.partition("E")
    dots, commas = mantissa.count("."), mantissa.count(",")
    if dots and commas:
        # the later mark is the decimal one: 1.234,5 or 1,234.5
        decimal = "," if mantissa.rfind(",") > mantissa.rfind(".") else "."
        thousands = "." if decimal == "," else ","
        if mantissa.count(decimal) > 1:
            return None
        mantissa = mantissa.replace(thousands, "").replace(decimal, ".")
    elif commas:
        mantissa = mantissa.replace(",", ".") if commas == 1 else mantissa.replace(",", "")
    elif dots > 1:
        mantissa = mantissa.replace(".", "")
    return mantissa + ("e" + exponent if exponent else "")


def parse_number(text: str) -> tuple[float, str] | None:
    """``(value, unit)`` from what the participant typed, or None when it holds no number.

    A single comma or dot is the decimal mark (``3,14`` and ``3.14`` are both 3.14); with both, the
    later one is. The unit is whatever follows the number, spaces trimmed (may be empty)."""
    if text is None:
        return None
    match = _NUMBER.match(str(text)[:200])
    if not match or not match.group(1) or not any(c.isdigit() for c in match.group(1)):
        return None
    digits = _digits(match.group(1))
    if digits is None:
        return None
    try:
        value = float(digits)
    except ValueError:
        return None
    if not math.isfinite(value):
        return None
    return value, match.group(2)
