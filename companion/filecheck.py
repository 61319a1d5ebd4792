"""Files on this computer that still hold the bytes a signed or verified SHA-256 names.

Both the office sharing of lecture files (``companion.sync.share``) and of update files
(``companion.updates.shelf``) pass a file on only while it matches its hash now; hashing a large file
at every request would be slow, so the hash found is kept per path with the file's size and change
time and computed again only when either changes.
"""

from __future__ import annotations

import hashlib
import logging
import threading
from pathlib import Path

log = logging.getLogger(__name__)


class StillVerified:
    """``matches(path, sha256)``: does the file hold those bytes now? (Thread-safe; cached by size and
    change time.)"""

    def __init__(self, what: str = "file"):
        self.what = what  # for the log line when a file no longer matches
        self._checked: dict[str, tuple[int, int, str]] = {}  # path -> (size, mtime_ns, sha256 found)
        self._lock = threading.Lock()

    def matches(self, path: Path, sha256: str) -> bool:
        try:
            stat = path.stat()
        except OSError:
            return False
        with self._lock:
            seen = self._checked.get(str(path))
        if seen and seen[:2] == (stat.st_size, stat.st_mtime_ns):
            return seen[2] == sha256
        digest = hashlib.sha256()
        try:
            with open(path, "rb") as handle:
                for block in iter(lambda: handle.read(1 << 20), b""):
                    digest.update(block)
        except OSError:
            return False
        found = digest.hexdigest()
        with self._lock:
            self._checked[str(path)] = (stat.st_size, stat.st_mtime_ns, found)
        if found != sha256:
            log.warning("not sharing %s %s: it no longer matches its sha256", self.what, path)
        return found == sha256
