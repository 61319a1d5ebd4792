"""Offline search, the pure part: folding text so that case and accents do not matter, reading a
query into terms, and cutting a snippet of the original text around a hit.

Folding works one character at a time (NFKD, drop combining marks, casefold), so a folded text maps
back to the original: ``folded_map`` gives, for each folded character, the index of the original
character it came from. Hangul syllables stay decomposed into their letters (jamo) after folding,
so a two-syllable Korean word is five or six characters long and the index's trigrams find it.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate

# what a hit is (the kinds of things the index holds)
LECTURE = "lecture"  # a lecture's title and summary
NOTES = "notes"  # lecture notes (HTML in the course package)
PDF = "pdf"  # one page of a downloaded PDF
QUESTION = "question"  # a quiz question's prompt and options
EXPLANATION = "explanation"  # why an answer is right: only once the quiz's answers were shown
ASSIGNMENT = "assignment"
SESSION = "session"  # a live session
TOPIC = "topic"  # a discussion topic's text (from a course another platform exported)
KINDS = (LECTURE, NOTES, PDF, QUESTION, EXPLANATION, ASSIGNMENT, SESSION, TOPIC)

MIN_TRIGRAM = 3  # shorter terms cannot use the trigram index: they are matched by a scan
MAX_QUERY = 200  # characters


@lru_cache(maxsize=65536)
def _fold_char(ch: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c)).casefold()


class _Table(dict):
    """code point -> folded text, filled as characters are met (``str.translate`` reads it in C)."""

    def __missing__(self, code: int) -> str:
        value = self[code] = _fold_char(chr(code))
        return value


_TABLE = _Table()


def fold(text: str) -> str:
    """Text as the index sees it: no case, no accents ("Bogotá" -> "bogota")."""
    if text.isascii():
        return text.lower()
    return text.translate(_TABLE)


CHUNK = 64  # original characters between two marks


def fold_marked(text: str) -> tuple[str, tuple[int, ...] | None]:
    """The folded text and its *marks*: where in it each run of ``CHUNK`` original characters starts
    (None for ASCII text, where every character stays one character). The index keeps the marks, so
    a hit in a long folded text is traced back to the original by folding one run only."""
    if text.isascii():
        return text.lower(), None
    parts = [text[i:i + CHUNK].translate(_TABLE) for i in range(0, len(text), CHUNK)]
    return "".join(parts), tuple(accumulate(map(len, parts), initial=0))[:-1] or (0,)


class Folded:
    """A text folded, with the way back: ``original(i)`` is the index of the original character that
    folded character ``i`` came from."""

    def __init__(self, text: str, folded: str | None = None, marks: tuple[int, ...] | None = None):
        self.text = text
        if folded is None:
            folded, marks = fold_marked(text)
        self.folded, self._marks = folded, marks
        self._runs: dict[int, list[int]] = {}

    def original(self, i: int) -> int:
        if self._marks is None:
            return i
        run = max(0, bisect_right(self._marks, i) - 1)
        starts = self._runs.get(run)
        if starts is None:  # where each original character of this run starts, folded
            chars = self.text[run * CHUNK:(run + 1) * CHUNK]
            starts = self._runs[run] = list(accumulate(map(len, map(_TABLE.__getitem__, map(ord, chars))),
                                                       initial=self._marks[run]))
        return run * CHUNK + max(0, bisect_right(starts, i) - 1)

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original (start, end) of folded characters start..end."""
        return self.original(start), self.original(end - 1) + 1

    def find_all(self, word: str, limit: int = 200) -> list[tuple[int, int]]:
        out: list[tuple[int, int]] = []
        start = self.folded.find(word) if word else -1
        while start >= 0 and len(out) < limit:
            out.append(self.span(start, start + len(word)))
            start = self.folded.find(word, start + len(word))
        return out


def folded_map(text: str) -> tuple[str, list[int]]:
    """The folded text and, for each of its characters, the index of the original character."""
    f = Folded(text)
    return f.folded, [f.original(i) for i in range(len(f.folded))]


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
    f = Folded(text)
    hits = [span for word in words for span in f.find_all(word)]
    out: list[tuple[int, int]] = []
    for a, b in sorted(hits):
        if out and a < out[-1][1]:
            out[-1] = (out[-1][0], max(b, out[-1][1]))
        else:
            out.append((a, b))
    return tuple(out)


def flatten(text: str) -> str:
    """One line, single spaces: what the index keeps and snippets are cut from."""
    return " ".join(text.split())


def snippet(flat: str, words: list[str], width: int = 160, *, folded: str | None = None,
            marks: tuple[int, ...] | None = None) -> Snippet:
    """Cut ``width`` characters of ``flat`` (a flattened text) around the first hit of any of ``words``
    (folded); ``folded`` and ``marks`` are the index's, when it has them."""
    f = Folded(flat, folded, marks)
    found: list[tuple[int, int]] = []  # folded (start, end) of the first hits of each word
    for word in words:
        start = f.folded.find(word) if word else -1
        while start >= 0 and len(found) < 12 * len(words):
            found.append((start, start + len(word)))
            start = f.folded.find(word, start + len(word))
    found.sort()
    if not found:
        return Snippet(flat[:width] + ("…" if len(flat) > width else ""), (), "")
    lead = found[0]
    phrase = f.folded.find(" ".join(words)) if len(words) > 1 else -1
    if phrase >= 0:  # the words side by side, as typed: that is the place to show
        lead = (phrase, phrase + len(" ".join(words)))
    first = f.span(*lead)
    reach = 4 * width  # folded text is at most a few times longer than the original around here
    hits = [f.span(a, b) for a, b in found if lead[0] - reach <= a <= lead[0] + reach]
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
