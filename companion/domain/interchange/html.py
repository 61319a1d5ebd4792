"""HTML from other platforms, made safe to keep and to show: no scripts, forms, frames, styles that
fetch, remote loads or ``file:`` escapes. The cleaning is ``nh3`` (the Rust ``ammonia`` sanitiser);
this module only says what is allowed and rewrites the addresses:

- at import (:func:`clean_page`), a page's references to files of the same package become relative
  paths to the file as it is kept, and the platform's placeholders (``$IMS-CC-FILEBASE$``,
  ``$WIKI_REFERENCE$``, Canvas's object references) are resolved or turned into "on the platform";
- when shown (:func:`display_html`), the same cleaning again (a package may come from anywhere), and
  every link that leaves the package gets a mark saying it needs a connection.

Pure functions: text in, text out.
"""

from __future__ import annotations

import html as htmllib
import posixpath
import re
from collections.abc import Callable
from urllib.parse import unquote, urlsplit

import nh3

TAGS = {"a", "abbr", "b", "blockquote", "br", "caption", "cite", "code", "dd", "del", "div", "dl", "dt", "em",
        "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "ins", "kbd", "li", "mark",
        "ol", "p", "pre", "q", "s", "small", "span", "strong", "sub", "sup", "table", "tbody", "td", "tfoot", "th",
        "thead", "tr", "u", "ul", "audio", "video", "source"}
ATTRIBUTES = {"a": {"href", "title", "name", "id"}, "img": {"src", "alt", "title", "width", "height"},
              "td": {"colspan", "rowspan"}, "th": {"colspan", "rowspan", "scope"}, "ol": {"start"},
              "audio": {"src"}, "video": {"src"}, "source": {"src", "type"}, "*": {"lang", "dir"}}
SCHEMES = {"http", "https", "mailto"}
# a link to a part of the platform that only works there (Canvas's references to its own objects)
PLATFORM_TOKENS = ("$CANVAS_OBJECT_REFERENCE$", "$CANVAS_COURSE_REFERENCE$", "$CANVAS_COURSE_REF$")
FILEBASE = "$IMS-CC-FILEBASE$"
WIKI = "$WIKI_REFERENCE$"
PLATFORM_HREF = "#on-the-platform"  # where a link to the platform's own objects points once imported

_FRAME = re.compile(r"<(iframe|embed|object)\b[^>]*?\b(?:src|data)\s*=\s*(['\"])(.*?)\2[^>]*>", re.I | re.S)
_CLOSE_FRAME = re.compile(r"</(iframe|embed|object)\s*>", re.I)
_BODY = re.compile(r"<body\b[^>]*>(.*)</body\s*>", re.I | re.S)
_TITLE = re.compile(r"<title\b[^>]*>(.*?)</title\s*>", re.I | re.S)
_TAG = re.compile(r"<[^>]+>")
_ONLINE_LINK = re.compile(r'(<a\b[^>]*\bhref="(?:https?|mailto):[^"]*"[^>]*>.*?</a>)', re.I | re.S)


def page_title(text: str) -> str:
    """The page's own <title> as plain text ('' when it has none)."""
    found = _TITLE.search(text)
    return " ".join(htmllib.unescape(_TAG.sub("", found.group(1))).split()) if found else ""


_BREAKS = re.compile(r"<(?:br|/?p|/?div|/?li|/?h[1-6]|/?td|/?th|/?tr|/?blockquote|/?pre)\b[^>]*>", re.I)


def plain_text(text: str) -> str:
    """The words of an HTML fragment (for search and for titles); a line or block break parts words."""
    cleaned = nh3.clean(_BREAKS.sub(lambda m: f" {m.group(0)} ", text), tags=set(), attributes={},
                        clean_content_tags={"script", "style", "head", "title"})
    return " ".join(htmllib.unescape(cleaned).split())


def _frames_to_links(text: str) -> str:
    """An iframe or embedded object becomes a plain link to what it would have loaded."""
    def link(m: re.Match) -> str:
        target = htmllib.escape(htmllib.unescape(m.group(3)), quote=True)
        return f'<a href="{target}">{target}</a>'
    return _CLOSE_FRAME.sub("", _FRAME.sub(link, text))


def _clean(text: str, rewrite: Callable[[str, str], str | None]) -> str:
    def attribute_filter(tag: str, attr: str, value: str) -> str | None:
        if attr in ("href", "src"):
            return rewrite(tag, value)
        return value

    body = _BODY.search(text)
    fragment = body.group(1) if body else text
    return nh3.clean(_frames_to_links(fragment), tags=TAGS, attributes=ATTRIBUTES, url_schemes=SCHEMES,
                     attribute_filter=attribute_filter, link_rel="noopener noreferrer nofollow",
                     clean_content_tags={"script", "style", "head", "title", "noscript", "template", "textarea",
                                         "select", "button"},
                     strip_comments=True)


def _split(value: str) -> tuple[str, str]:
    """(path, '#fragment' or '') of a relative reference; a query is dropped."""
    path, _, fragment = value.partition("#")
    return path.split("?", 1)[0], ("#" + fragment if fragment else "")


def clean_page(text: str, page: str, exists: Callable[[str], bool], *,
               filebase_roots: tuple[str, ...] = ("web_resources", ""),
               place: Callable[[str], str] | None = None) -> tuple[str, set[str], int]:
    """A page of a package made safe to keep: (html, files of the package it uses, links to the platform).

    ``page`` is the page's path in the package, ``exists(path)`` says whether the package holds a file.
    References are rewritten relative to the page (or to what ``place(path)`` says, for text kept
    elsewhere than its file); what the package does not hold is left as a link that goes nowhere
    (``PLATFORM_HREF``) rather than a broken load."""
    used: set[str] = set()
    platform = 0
    folder = posixpath.dirname(page)

    def resolve(candidate: str) -> str | None:
        norm = posixpath.normpath(candidate)
        if norm.startswith("../") or norm == ".." or norm.startswith("/"):
            return None
        return norm if exists(norm) else None

    def rewrite(tag: str, value: str) -> str | None:
        nonlocal platform
        raw = value.strip()
        decoded = unquote(raw)
        if any(decoded.startswith(t) for t in PLATFORM_TOKENS):
            platform += 1
            return PLATFORM_HREF if tag == "a" else None
        target: str | None = None
        fragment = ""
        if decoded.startswith(FILEBASE):
            rest, fragment = _split(decoded[len(FILEBASE):].lstrip("/"))
            # the token stands for the folder of the item's own file (the specification; Moodle writes
            # "$IMS-CC-FILEBASE$../i_x/pic.png"), and Canvas uses it for web_resources/
            for root in (folder,) + filebase_roots:
                target = resolve(posixpath.join(root, rest))
                if target:
                    break
        elif decoded.startswith(WIKI):
            rest, fragment = _split(decoded[len(WIKI):].lstrip("/"))
            slug = rest.split("/")[-1]
            for candidate in (f"wiki_content/{slug}.html", f"wiki_content/{slug}", rest):
                target = resolve(candidate)
                if target:
                    break
        else:
            parts = urlsplit(raw)
            if parts.scheme or raw.startswith("//"):
                if parts.scheme.lower() in SCHEMES and tag == "a":
                    return raw
                return None  # a remote image or a file: or javascript: address is never loaded
            if raw.startswith("#"):
                return raw if tag == "a" else None
            rest, fragment = _split(unquote(raw))
            if rest.startswith("/"):  # the platform's own site ("/courses/12/files"): not in the package
                platform += 1
                return PLATFORM_HREF if tag == "a" else None
            target = resolve(posixpath.join(folder, rest))
        if target is None:
            if decoded.startswith((FILEBASE, WIKI)):
                platform += 1
            return PLATFORM_HREF if tag == "a" else None
        used.add(target)
        relative = place(target) if place else posixpath.relpath(target, folder or ".")
        return _quote_path(relative) + fragment

    return _clean(text, rewrite), used, platform


def _quote_path(path: str) -> str:
    from urllib.parse import quote

    return quote(path, safe="/-._~")


def display_html(text: str, online_mark: str = "") -> str:
    """A kept page (or any HTML) cleaned again for showing: local references stay relative (the viewer
    loads them from the package folder only), remote loads are dropped, and ``online_mark`` (already
    escaped HTML, e.g. ' <small>[needs a connection]</small>') follows every link that leaves it."""
    def rewrite(tag: str, value: str) -> str | None:
        raw = value.strip()
        parts = urlsplit(raw)
        if parts.scheme or raw.startswith("//"):
            return raw if tag == "a" and parts.scheme.lower() in SCHEMES else None
        if raw.startswith("/") or unquote(raw).startswith("/"):
            return None
        return raw

    cleaned = _clean(text, rewrite)
    if online_mark:
        cleaned = _ONLINE_LINK.sub(lambda m: m.group(1) + online_mark, cleaned)
    return cleaned
