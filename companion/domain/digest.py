"""The content digest PROTOCOL.md asks for, computed identically by the app and the portal."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable


def canonical_json(value: object) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def content_sha256(kind: str, item_id: str, body: dict, file_digests: Iterable[str]) -> str:
    """Canonical JSON of the kind, item, body and the files' (sorted) digests, hashed with SHA-256."""
    payload = {"kind": kind, "item_id": item_id, "body": body, "files": sorted(file_digests)}
    return hashlib.sha256(canonical_json(payload)).hexdigest()
