"""Helpers for the tests that talk to the reference portal's routes over real HTTP on 127.0.0.1."""

from __future__ import annotations

import base64
import hashlib
import uuid
from datetime import datetime, timezone

import requests

from companion.domain.digest import content_sha256

API = "/api/v1"


class Caller:
    """One participant's requests session against a running portal."""

    def __init__(self, url: str, login: str | None = None, password: str | None = None):
        self.url = url
        self.http = requests.Session()
        self.token: str | None = None
        if login is not None:
            answer = self.post("/session", json={"login": login, "password": password})
            assert answer.status_code == 200, answer.text
            self.token = answer.json()["token"]
            self.http.headers["Authorization"] = f"Bearer {self.token}"

    def request(self, method: str, path: str, **kwargs) -> requests.Response:
        target = path if path.startswith("http") else self.url + API + path
        return self.http.request(method, target, timeout=30, **kwargs)

    def get(self, path: str, **kwargs) -> requests.Response:
        return self.request("GET", path, **kwargs)

    def post(self, path: str, **kwargs) -> requests.Response:
        return self.request("POST", path, **kwargs)

    def put(self, path: str, **kwargs) -> requests.Response:
        return self.request("PUT", path, **kwargs)

    def create_upload(self, length: int, *, sha256: str, filename: str = "selfie.jpg", mime: str = "image/jpeg",
                      submission_id: str | None = None) -> requests.Response:
        """Create a tus upload (sending nothing yet)."""
        meta = {"filename": filename, "mime": mime, "sha256": sha256, "submission_id": submission_id or str(uuid.uuid4())}
        header = ",".join(f"{k} {base64.b64encode(v.encode()).decode()}" for k, v in meta.items())
        return self.post("/uploads/", headers={"Tus-Resumable": "1.0.0", "Upload-Length": str(length),
                                               "Upload-Metadata": header})

    def upload(self, data: bytes, *, sha256: str | None = None, **meta) -> requests.Response:
        """Create a tus upload and send all of it in one PATCH; the PATCH's answer (or the creation's
        when it failed), with ``location`` set."""
        created = self.create_upload(len(data), sha256=sha256 or hashlib.sha256(data).hexdigest(), **meta)
        if created.status_code != 201:
            return created
        patched = self.request("PATCH", created.headers["Location"], data=data, headers={
            "Tus-Resumable": "1.0.0", "Upload-Offset": "0", "Content-Type": "application/offset+octet-stream"})
        patched.location = created.headers["Location"]
        return patched

    def submit(self, course: str, kind: str, item_id: str, body: dict, files: list[dict] | None = None,
               submission_id: str | None = None, override: dict | None = None, **extra) -> requests.Response:
        """``override`` / ``extra``: fields of the payload to send as given (after the digest is made)."""
        files = files or []
        payload = {"kind": kind, "item_id": item_id,
                   "submitted_at": datetime(2023, 7, 10, 12, tzinfo=timezone.utc).isoformat(),
                   "clock_offset_s": 0.0, "body": body, "files": files,
                   "content_sha256": content_sha256(kind, item_id, body, (f["sha256"] for f in files))}
        payload.update(override or {}, **extra)
        return self.put(f"/courses/{course}/submissions/{submission_id or uuid.uuid4()}", json=payload)


def lock_out(url: str, login: str, clock, *, at_least_s: int = 60) -> int:
    """Fail sign-in for ``login`` until the portal refuses it for at least ``at_least_s`` seconds
    (moving the portal's fixed clock past each shorter lock); returns the Retry-After seconds."""
    from datetime import timedelta

    caller = Caller(url)
    while True:
        answer = caller.post("/session", json={"login": login, "password": "a wrong guess"})
        if answer.status_code == 429:
            wait = int(answer.headers["Retry-After"])
            if wait >= at_least_s:
                return wait
            clock.advance(timedelta(seconds=wait))
        else:
            assert answer.status_code == 401, answer.text
