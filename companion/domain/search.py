"""Offline search, the pure part: folding text so that case and accents do not matter, reading a
query into terms, and cutting a snippet of the original text around a hit.

Folding works one character at a time (NFKD, drop combining marks, casefold), so a folded text maps
back to the original: ``folded_map`` gives, for each folded character, the index of the original
character it came from. Hangul syllables stay decomposed into their letters (jamo) after folding,
so a two-syllable Korean word is five or six characters long and the index's trigrams find it.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# what a hit is (the kinds of things the index holds)
LECTURE = "lecture"  # a lecture's title and summary
NOTES = "notes"  # lecture notes (HTML in the course package)
PDF = "pdf"  # one page of a downloaded PDF
QUESTION = "question"  # a quiz question's prompt and options
EXPLANATION = "explanation"  # why an answer is right: only once the quiz's answers were shown
ASSIGNMENT = "assignment"
SESSION = "session"  # a live session
KINDS = (LECTURE, NOTES, PDF, QUESTION, EXPLANATION, ASSIGNMENT, SESSION)

MIN_TRIGRAM = 3  # shorter terms cannot use the trigram index: they are matched by a scan
MAX_QUERY = 200  # characters


@lru_cache(maxsize=65536)
def _fold_char(ch: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c)).casefold()


def fold(text: str) -> str:
    """Text as the index sees it: no case, no accents ("Bogotá" -> "bogota")."""
    if text.isascii():
        return text.lower()
    return "".join(map(_fold_char, text))


def folded_map(text: str) -> tuple[str, list[int]]:
    """The folded text and, for each of its characters, the index of the original character."""
    out: list[str] = []
    where: list[int] = []
    for i, ch in enumerate(text):
        f = _fold_char(ch) if not ch.isascii() else ch.lower()
        out.append(f)
        where.extend([i] * len(f))
    return "".join(out), where


def terms(query: str) -> list[str]:
    """The folded words of a query, each matched as a substring; quotes keep a phrase together."""
    query = fold(query.strip()[:MAX_QUERY])
    out: list[str] = []
    parts = query.split('"')
    for n, part in enumerate(parts):
        if n % 2:  # inside quotes
            if part.strip():
                out.append(" ".join(part.split()))
        else:
            out.extend(part.split())
    seen: set[str] = set()
    return [t for t in out if not (t in seen or seen.add(t))]


@dataclass(frozen=True)
class Snippet:
    text: str  # a piece of the original text around the first hit
    spans: tuple[tuple[int, int], ...]  # (start, end) of each hit inside ``text``
    match: str  # the original text of the first hit (what a viewer searches for to show the place)


def spans_in(text: str, words: list[str]) -> tuple[tuple[int, int], ...]:
    """Where each of ``words`` (folded) occurs in ``text``, as (start, end) of the original text."""
    folded, where = folded_map(text)
    hits: list[tuple[int, int]] = []
    for word in words:
        start = folded.find(word) if word else -1
        while start >= 0:
            end = start + len(word)
            hits.append((where[start], where[end - 1] + 1))
            start = folded.find(word, end)
    out: list[tuple[int, int]] = []
    for a, b in sorted(hits):
        if out and a < out[-1][1]:
            out[-1] = (out[-1][0], max(b, out[-1][1]))
        else:
            out.append((a, b))
    return tuple(out)


def snippet(original: str, words: list[str], width: int = 160) -> Snippet:
    """Cut ``width`` characters of ``original`` around the first hit of any of ``words`` (folded)."""
    flat = " ".join(original.split())
    folded, where = folded_map(flat)
    hits: list[tuple[int, int]] = []
    for word in words:
        start = folded.find(word)
        while start >= 0 and word:
            end = start + len(word)
            hits.append((where[start], where[end - 1] + 1))
            start = folded.find(word, end)
    hits.sort()
    if not hits:
        return Snippet(flat[:width] + ("…" if len(flat) > width else ""), (), "")
    first = hits[0]
    phrase = folded.find(" ".join(words)) if len(words) > 1 else -1
    if phrase >= 0:  # the words side by side, as typed: that is the place to show
        first = (where[phrase], where[phrase + len(" ".join(words)) - 1] + 1)
    begin = max(0, first[0] - width // 3)
    if begin:
        space = flat.find(" ", begin, first[0])
        begin = space + 1 if space >= 0 else begin
    end = min(len(flat), begin + width)
    if end < len(flat):
        space = flat.rfind(" ", max(first[1], begin + width // 2), end)
        end = space if space > 0 else end
    prefix = "…" if begin else ""
    suffix = "…" if end < len(flat) else ""
    text = prefix + flat[begin:end] + suffix
    shift = len(prefix) - begin
    spans: list[tuple[int, int]] = []
    for a, b in hits:
        if a >= begin and b <= end and not (spans and a < spans[-1][1] - shift):
            spans.append((a + shift, b + shift))
    spans.sort()
    return Snippet(text, tuple(spans), flat[first[0]:first[1]])
