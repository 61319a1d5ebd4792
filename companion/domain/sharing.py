"""Office sharing over the local network: the peer protocol's names and checks (pure, no I/O).

A computer that shares answers two kinds of GET (and HEAD) under ``/companion-share/v1``:

- ``/index``: JSON ``{"name": ..., "files": [{course, material, variant, sha256, size, mime}, ...]}``;
- ``/file/<course>/<material>/<variant>/<sha256>``: the verified file with those four names, with
  byte ranges (``206``) and ``ETag: "<sha256>"`` so ``If-Range`` works.

A computer that has fetched an update of the app also answers
``/updates/targets/<platform>/<name>`` (and ``<platform>/<hash>.<name>``, as TUF names files with
consistent snapshots) with the verified update file of that name, and its index lists them under
``"updates"``: ``[{target, sha256, length}, ...]``. It never serves TUF metadata: a colleague's
Companion takes that from the repository and checks every byte a peer sends against it.

Nothing in a request is ever a path: the four names are matched by :func:`parse_file_path` against
a strict pattern and then looked up in the downloads records; anything else is 404.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import quote

SERVICE_TYPE = "_companion-share._tcp.local."
PREFIX = "/companion-share/v1"
INDEX_PATH = PREFIX + "/index"
PORTAL = "portal"  # the source of a file fetched from the course's own portal (or its file server)
DEFAULT_PORT = 8765
PEER_HEADER = "X-Companion-Peer"

UPDATES_PREFIX = PREFIX + "/updates/"  # a peer as a TUF mirror: its targets under UPDATES_PREFIX + "targets/"
_ID = r"[A-Za-z0-9][A-Za-z0-9._-]{0,63}"
_TARGET = re.compile(rf"^{re.escape(UPDATES_PREFIX)}targets/({_ID})/([A-Za-z0-9][A-Za-z0-9._+-]{{0,199}})$")
_FILE = re.compile(rf"^{re.escape(PREFIX)}/file/({_ID})/({_ID})/({_ID})/([0-9a-f]{{64}})$")
_RANGE = re.compile(r"^bytes=(\d{0,18})-(\d{0,18})$")  # 18 digits: past any file, short of a huge int


@dataclass(frozen=True)
class Peer:
    """A computer on this network that shares course files: its name (as it calls itself) and address."""

    name: str
    host: str
    port: int

    @property
    def base(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"


@dataclass(frozen=True)
class SharedFile:
    course_id: str
    material_id: str
    variant: str
    sha256: str
    size: int
    mime: str = ""

    def key(self) -> tuple[str, str, str, str]:
        return self.course_id, self.material_id, self.variant, self.sha256

    def as_json(self) -> dict:
        return {"course": self.course_id, "material": self.material_id, "variant": self.variant,
                "sha256": self.sha256, "size": self.size, "mime": self.mime}

    @classmethod
    def from_json(cls, data: dict) -> "SharedFile | None":
        """One entry of a peer's index, or None when it is malformed (a peer is not trusted)."""
        try:
            item = cls(str(data["course"]), str(data["material"]), str(data["variant"]), str(data["sha256"]),
                       int(data["size"]), str(data.get("mime") or ""))
        except (KeyError, TypeError, ValueError):
            return None
        path = file_path(item.course_id, item.material_id, item.variant, item.sha256)
        return item if parse_file_path(path) is not None and item.size >= 0 else None


def file_path(course_id: str, material_id: str, variant: str, sha256: str) -> str:
    return f"{PREFIX}/file/{quote(course_id, safe='')}/{quote(material_id, safe='')}/{quote(variant, safe='')}/{sha256}"


def parse_file_path(path: str) -> tuple[str, str, str, str] | None:
    """(course, material, variant, sha256) named by a request path, or None: no dots-only names, no
    slashes, no escapes, no query: exactly four plain names."""
    match = _FILE.match(path)
    if not match or any(part in (".", "..") or part.strip(".") == "" for part in match.groups()[:3]):
        return None
    return match.group(1), match.group(2), match.group(3), match.group(4)


def update_mirror(peer: Peer) -> str:
    """The base URL under which ``peer`` serves update files, as a TUF client's mirror."""
    return peer.base + UPDATES_PREFIX


def parse_update_path(path: str) -> str | None:
    """The update file a request path names (``<platform>/<name>``, the name possibly hash-prefixed), or
    None: exactly two plain names under the updates prefix, no dots-only names, no escapes."""
    match = _TARGET.match(path)
    if not match or any(part.strip(".") == "" for part in match.groups()):
        return None
    return f"{match.group(1)}/{match.group(2)}"


@dataclass(frozen=True)
class SharedUpdate:
    """One verified update file a peer offers: its TUF target path, sha256 and length."""

    target: str
    sha256: str
    length: int

    def as_json(self) -> dict:
        return {"target": self.target, "sha256": self.sha256, "length": self.length}

    @classmethod
    def from_json(cls, data: object) -> "SharedUpdate | None":
        """One entry of a peer's ``updates`` list, or None when malformed (a peer is not trusted)."""
        if not isinstance(data, dict):
            return None
        try:
            item = cls(str(data["target"]), str(data["sha256"]), int(data["length"]))
        except (KeyError, TypeError, ValueError):
            return None
        if parse_update_path(UPDATES_PREFIX + "targets/" + item.target) is None or item.length < 0 \
                or not re.fullmatch(r"[0-9a-f]{64}", item.sha256):
            return None
        return item


def parse_range(header: str | None, size: int) -> tuple[int, int] | None | bool:
    """The (first, last) byte a ``Range`` header asks for; None for the whole file (no header, or
    one we do not serve: several ranges, another unit); False when it cannot be satisfied or is
    malformed (416): absurd numbers, junk after ``bytes=``."""
    if not header:
        return None
    header = header.strip()
    if not header.startswith("bytes=") or "," in header:
        return None
    match = _RANGE.match(header)
    if not match:
        return False
    first, last = match.groups()
    if first == "" and last == "":
        return None
    if first == "":  # the last N bytes
        n = int(last)
        if n == 0:
            return False
        return max(0, size - n), size - 1
    start = int(first)
    end = min(int(last), size - 1) if last else size - 1
    if start >= size or end < start:
        return False
    return start, end


def etag(sha256: str) -> str:
    return f'"{sha256}"'


def parse_peer(text: str) -> Peer:
    """``HOST:PORT`` (or ``[v6]:PORT``, or ``HOST`` for the default port) as typed after ``--peer``."""
    text = text.strip()
    host, port = text, DEFAULT_PORT
    if text.startswith("["):
        host, _, rest = text[1:].partition("]")
        if rest.startswith(":"):
            port = int(rest[1:])
    elif text.count(":") == 1:
        host, raw = text.split(":")
        port = int(raw)
    if not host or not 0 < port < 65536:
        raise ValueError(text)
    return Peer(host, host, port)
