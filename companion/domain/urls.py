"""Where a material's URL points, and who may hear the portal's token (pure functions, no I/O).

A material ``url`` in a manifest may be absolute (``https://cdn.example.org/c/v.mp4``) or a relative
reference (``materials/v.mp4``, ``/files/v.mp4``, ``//cdn.example.org/v.mp4``); a relative one is
resolved against the manifest's own URL by RFC 3986 section 5 (``urllib.parse.urljoin``), never by
gluing strings. The token goes only to the portal's origin: same scheme, host and port (RFC 6454).
"""

from __future__ import annotations

from urllib.parse import urljoin, urlsplit

DEFAULT_PORTS = {"http": 80, "https": 443}


def resolve(base: str, reference: str) -> str:
    """``reference`` resolved against ``base`` (RFC 3986 section 5.2)."""
    return urljoin(base, reference)


def origin(url: str) -> tuple[str, str, int | None] | None:
    """(scheme, host, port) with the scheme's default port filled in; None for a URL without a host."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:  # a port that is not a number, an unbalanced IPv6 bracket
        return None
    if not parts.scheme or not parts.hostname:
        return None
    scheme = parts.scheme.lower()
    return scheme, parts.hostname.lower().rstrip("."), port if port is not None else DEFAULT_PORTS.get(scheme)


def same_origin(a: str, b: str) -> bool:
    first = origin(a)
    return first is not None and first == origin(b)
