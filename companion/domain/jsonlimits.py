"""JSON from outside (a course file, a USB stick, a portal), read with bounds: nesting depth and
number length are checked before anything recurses over it, so a hostile file is refused with a
code instead of ending in a RecursionError or Python's integer-length ValueError."""

from __future__ import annotations

import json
import re

from .errors import CompanionError

MAX_DEPTH = 64  # a course.json nests about 8 deep
TOO_DEEP = "json.too_deep"  # depth, limit
NUMBER_TOO_LONG = "json.number_too_long"  # digits, limit
NOT_JSON = "json.invalid"  # line, column, problem

_STRING = re.compile(r'"(?:[^"\\]|\\.)*"', re.S)
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")
_LONG_NUMBER = re.compile(r"[0-9]{40,}")
MAX_DIGITS = 40  # no count, size or version needs more; Python itself stops at 4300


class JsonRefused(CompanionError):
    pass


def depth(text: str) -> int:
    """The deepest nesting of arrays and objects in ``text`` (strings do not count)."""
    brackets = _NOT_BRACKET.sub("", _STRING.sub("", text))
    level = deepest = 0
    for ch in brackets:
        if ch in "[{":
            level += 1
            deepest = max(deepest, level)
        else:
            level -= 1
    return deepest


def loads(text: str, *, max_depth: int = MAX_DEPTH) -> object:
    """``json.loads`` for text from outside: JsonRefused (with a code) for what is too deep, a number
    too long, or not JSON at all."""
    outside = _STRING.sub('""', text)
    found = depth(outside)
    if found > max_depth:
        raise JsonRefused(f"nested {found} deep; the limit is {max_depth}", code=TOO_DEEP,
                          data={"depth": found, "limit": max_depth})
    long_number = _LONG_NUMBER.search(outside)
    if long_number:
        raise JsonRefused(f"a number of {len(long_number.group())} digits", code=NUMBER_TOO_LONG,
                          data={"digits": len(long_number.group()), "limit": MAX_DIGITS})
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise JsonRefused(f"is not valid JSON: {exc.msg}", code=NOT_JSON,
                          data={"line": exc.lineno, "column": exc.colno, "problem": exc.msg}) from None
    except (ValueError, RecursionError) as exc:  # what the checks above should already have caught
        raise JsonRefused(f"is not valid JSON: {type(exc).__name__}", code=NOT_JSON,
                          data={"line": 0, "column": 0, "problem": type(exc).__name__}) from None
