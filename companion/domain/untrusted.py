"""Checks for what comes from outside (a colleague's computer, a course file, a portal): pure, no I/O.

Shared by the peer downloader, the sharing server and the course-file readers (``.ccb``, course
folders, other course formats imported through the same path):

- :func:`plain_text` makes a name from the network safe to show: control characters, bidi
  overrides and other invisible format characters removed, whitespace folded, cut to a length;
- :func:`cut` shortens a value quoted back in a message (never a megabyte of it);
- :func:`loads_bounded` parses JSON within a size, a nesting depth and a number length, raising
  :class:`Untrusted` with a code (``too_large``, ``too_deep``, ``huge_number``, ``not_json``,
  ``not_utf8``) instead of RecursionError, MemoryError or a traceback.
"""

from __future__ import annotations

import json
import unicodedata

TOO_LARGE = "too_large"
TOO_DEEP = "too_deep"
HUGE_NUMBER = "huge_number"
NOT_JSON = "not_json"
NOT_UTF8 = "not_utf8"

MAX_DEPTH = 64  # objects and arrays inside each other
MAX_NUMBER_CHARS = 30  # digits (and sign, point, exponent) of one number

# bidi embeddings, overrides and isolates; zero-width and other invisible formatting
_INVISIBLE = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c\u200b\u2060\ufeff")


class Untrusted(ValueError):
    """Input from outside refused: ``code`` says why, ``detail`` gives a short fact."""

    def __init__(self, code: str, detail: str = ""):
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code, self.detail = code, detail


def plain_text(value: object, limit: int = 80) -> str:
    """``value`` as plain text to show: no control or format characters (terminal escapes, bidi
    overrides, zero-width marks), runs of whitespace as one space, at most ``limit`` characters."""
    text = str(value)[: limit * 4]
    kept = []
    for char in text:
        category = unicodedata.category(char)
        if char in _INVISIBLE or category in ("Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"):
            kept.append(" " if char in "\t\n\r\x0b\x0c\u2028\u2029" else "")
        else:
            kept.append(char)
    return cut(" ".join("".join(kept).split()), limit)


def cut(value: object, limit: int = 80) -> str:
    """``value`` as text of at most ``limit`` characters (an ellipsis marks a cut)."""
    text = str(value)
    return text if len(text) <= limit else text[: max(0, limit - 1)] + "…"


def _number(text: str):
    if len(text) > MAX_NUMBER_CHARS:
        raise Untrusted(HUGE_NUMBER, cut(text, 24))
    return text


def loads_bounded(data: bytes | str, *, max_bytes: int, max_depth: int = MAX_DEPTH):
    """JSON from ``data`` within ``max_bytes``, ``max_depth`` and MAX_NUMBER_CHARS (raises Untrusted)."""
    if len(data) > max_bytes:
        raise Untrusted(TOO_LARGE, f"{len(data)} > {max_bytes} bytes")
    if isinstance(data, bytes):
        try:
            data = data.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise Untrusted(NOT_UTF8, f"byte {exc.start}") from None
    depth = deepest = 0
    in_string = escaped = False
    for char in data:  # nesting is counted before parsing: the parser recurses
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "[{":
            depth += 1
            if depth > max_depth:
                raise Untrusted(TOO_DEEP, f"more than {max_depth} levels")
        elif char in "]}":
            depth -= 1
    try:
        return json.loads(data, parse_int=lambda s: int(_number(s)), parse_float=lambda s: float(_number(s)),
                          parse_constant=lambda s: _refuse_constant(s))
    except Untrusted:
        raise
    except (ValueError, RecursionError) as exc:
        raise Untrusted(NOT_JSON, cut(str(exc), 80)) from None


def _refuse_constant(name: str):
    raise Untrusted(NOT_JSON, f"{name} is not a number")
