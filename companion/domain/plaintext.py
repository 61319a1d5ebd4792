"""Names that came from outside (a peer on the network, a portal, a file) as plain text a person can
read safely: no control characters (a terminal's escape sequences), no bidi overrides or other
invisible format characters that reorder or hide what is shown, one line, bounded length."""

from __future__ import annotations

import unicodedata

MAX_NAME = 80


def plain_text(text: object, limit: int = MAX_NAME) -> str:
    """``text`` with every control, format, private-use and unassigned character removed, runs of
    white space made one space, and at most ``limit`` characters (cut with an ellipsis)."""
    kept = []
    for ch in str(text):
        if ch in "\t\n\r\x0b\x0c\u2028\u2029" or unicodedata.category(ch) == "Zs":
            kept.append(" ")
        elif unicodedata.category(ch)[0] != "C":
            kept.append(ch)
    clean = " ".join("".join(kept).split())
    return clean if len(clean) <= limit else clean[: limit - 1] + "…"
