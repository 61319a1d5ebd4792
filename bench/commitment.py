"""What an on-time proof costs on the wire, beside the delivery it stands in for.

    python bench/commitment.py

The reference portal runs in a thread on 127.0.0.1 behind the counting TCP proxy of
``companion_portal.testing.FaultProxy``; the app's own portal client signs in, then
1. commits to a 5 MB selfie submission (two 2.5 MB photos): PUT …/commitments/{id}, on a fresh
   connection, and
2. delivers it: two tus uploads and the PUT of the submission.
Prints the bytes each way of each (request and response, headers included, as they crossed the proxy;
a fresh TCP connection each, no TLS) and the ratio. Goal: the proof ≤ 1 KB.
"""

from __future__ import annotations

import hashlib
import os
import sys
import tempfile
import uuid
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

COURSE = "caring-cities-2023"
PHOTO_BYTES = 2_500_000


def counted(proxy, action):
    up, down = proxy.upstream_bytes, proxy.downstream_bytes
    result = action()
    return result, proxy.upstream_bytes - up, proxy.downstream_bytes - down


def main() -> None:
    from companion.domain.clock import FixedClock
    from companion.domain.digest import content_sha256
    from companion.portal import tus
    from companion.portal.client import PortalClient
    from companion_portal.testing import FaultProxy, running_portal

    clock = FixedClock(datetime(2023, 7, 19, 21, 41, tzinfo=timezone.utc))
    with tempfile.TemporaryDirectory() as tmp, running_portal(
            Path(tmp) / "portal", course=ROOT / "resources" / "courses" / COURSE,
            users={"ana": "secret-pw"}, clock=clock.now) as portal:
        proxy = FaultProxy(portal.port)
        try:
            token = PortalClient(proxy.url).sign_in("ana", "secret-pw")["token"]
            photos = []
            for n in range(2):
                path = Path(tmp) / f"selfie{n}.jpg"
                path.write_bytes(b"\xff\xd8\xff\xe0" + os.urandom(PHOTO_BYTES - 4))
                photos.append({"path": path, "filename": path.name, "mime": "image/jpeg", "size": PHOTO_BYTES,
                               "sha256": hashlib.sha256(path.read_bytes()).hexdigest()})
            sid = str(uuid.uuid4())
            digest = content_sha256("photos", "selfies", {}, (p["sha256"] for p in photos))

            proof, proof_up, proof_down = counted(proxy, lambda: PortalClient(proxy.url, token).put_commitment(
                COURSE, sid, "selfies", "photos", digest))
            assert proof["content_sha256"] == digest

            def deliver():
                client = PortalClient(proxy.url, token)
                files = []
                for p in photos:
                    url = tus.upload(client, p["path"], {"filename": p["filename"], "mime": p["mime"],
                                                          "sha256": p["sha256"], "submission_id": sid},
                                     url=None, remember=lambda _u: None)
                    files.append({"upload_url": url, "sha256": p["sha256"], "filename": p["filename"],
                                  "mime": p["mime"], "size": p["size"]})
                return client.put_submission(COURSE, sid, {
                    "kind": "photos", "item_id": "selfies", "submitted_at": clock.now().isoformat(),
                    "clock_offset_s": 0.0, "content_sha256": digest, "body": {}, "files": files})[1]

            clock.set(datetime(2023, 7, 20, 9, 0, tzinfo=timezone.utc))  # the photos go the next morning
            receipt, full_up, full_down = counted(proxy, deliver)
        finally:
            proxy.close()
    proof_total, full_total = proof_up + proof_down, full_up + full_down
    print(f"5 MB selfie submission ({2 * PHOTO_BYTES:,} bytes of photos), over 127.0.0.1, headers included")
    print(f"{'':28}{'request':>12}{'response':>12}{'total':>12}")
    print(f"{'on-time proof (commitment)':28}{proof_up:>12,}{proof_down:>12,}{proof_total:>12,}")
    print(f"{'full delivery (tus + PUT)':28}{full_up:>12,}{full_down:>12,}{full_total:>12,}")
    print(f"the proof is {proof_total / full_total:.5%} of the delivery; goal ≤ 1,024 bytes: "
          f"{'met' if proof_total <= 1024 else 'NOT met'}")
    print(f"delivered a day late: status {receipt['status']}, on_time_by {receipt.get('on_time_by')}")


if __name__ == "__main__":
    main()
