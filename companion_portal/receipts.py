"""The portal's signature on commitment receipts: HMAC-SHA256 with a secret key over the receipt's
canonical JSON, so the portal can tell later that a receipt shown to it is its own, unaltered.

The key: ``PortalConfig.receipt_key`` when set (several machines: give each the same key, e.g. from
``COMPANION_PORTAL_RECEIPT_KEY``), else the file ``receipt-key`` in the data folder, made once with
O_EXCL so several workers sharing the folder agree on one key."""

from __future__ import annotations

import hashlib
import hmac
import os
import secrets
from pathlib import Path

from companion.shared_kernel import canonical_json

KEY_FILE = "receipt-key"
SIGNED_FIELDS = ("submission_id", "course_id", "item_id", "kind", "content_sha256", "received_at")


def load_key(data_dir: Path, configured: bytes | None = None) -> bytes:
    if configured:
        return configured
    from_env = os.environ.get("COMPANION_PORTAL_RECEIPT_KEY")
    if from_env:
        return from_env.encode()
    path = data_dir / KEY_FILE
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        for _ in range(50):  # another worker is writing it this instant
            key = path.read_bytes().strip()
            if key:
                return key
        raise RuntimeError(f"The receipt key file {path} is empty; remove it or write a key into it.") from None
    key = secrets.token_hex(32).encode()
    with os.fdopen(fd, "wb") as out:
        out.write(key)
        out.flush()
        os.fsync(out.fileno())
    return key


def signed_part(receipt: dict) -> bytes:
    return canonical_json({k: receipt.get(k) for k in SIGNED_FIELDS})


def sign(key: bytes, receipt: dict) -> str:
    return hmac.new(key, signed_part(receipt), hashlib.sha256).hexdigest()


def verify(key: bytes, receipt: dict) -> bool:
    signature = receipt.get("signature")
    return isinstance(signature, str) and hmac.compare_digest(signature, sign(key, receipt))
