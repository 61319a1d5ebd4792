"""One requests session per portal: timeouts on every call, retries with exponential backoff and
jitter (urllib3), Retry-After honoured, conditional GETs, the clock offset read from Date headers,
and errors sorted into retryable, permanent, conflict and auth-expired."""

from __future__ import annotations

import email.utils
import time
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

from companion import __version__
from companion.domain import reasons
from companion.domain.urls import resolve, same_origin

TIMEOUT = (5.0, 30.0)  # connect, read
LONG_RETRY_AFTER = 5.0  # longer waits are left to the outbox's own schedule
MAX_ANSWER_BYTES = 32_000_000  # an API answer (decompressed) larger than this is refused, never held whole

from .errors import AUTH, CONFLICT, NOT_FOUND, PERMANENT, RETRYABLE, PortalError  # noqa: F401  (re-exported)


class _Retry(Retry):
    """urllib3's Retry, but a long Retry-After is not slept through inside one call."""

    def sleep_for_retry(self, response=None) -> bool:
        after = self.get_retry_after(response) if response is not None else None
        if after is not None and after > LONG_RETRY_AFTER:
            raise _GiveUp(after)
        return super().sleep_for_retry(response)


class _GiveUp(Exception):
    def __init__(self, retry_after: float):
        self.retry_after = retry_after


class PortalSession(requests.Session):
    """A session that hands the Authorization header on through a redirect only within one origin.

    requests itself drops it when the host changes (``should_strip_auth``) but keeps it on an
    http → https move and adds netrc credentials; here the rule is explicit and strict: a redirect
    to any other scheme, host or port goes without the token."""

    def rebuild_auth(self, prepared_request, response) -> None:
        if "Authorization" in prepared_request.headers and not same_origin(response.request.url, prepared_request.url):
            del prepared_request.headers["Authorization"]


def make_session(retries: int = 3) -> requests.Session:
    session = PortalSession()
    retry = _Retry(total=retries, connect=retries, read=retries, status=retries, backoff_factor=0.5,
                   backoff_max=8.0, backoff_jitter=0.5, status_forcelist=(429, 500, 502, 503, 504),
                   allowed_methods=frozenset({"GET", "HEAD", "PUT", "DELETE"}), respect_retry_after_header=True,
                   raise_on_status=False)
    adapter = HTTPAdapter(max_retries=retry, pool_connections=4, pool_maxsize=8)
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    session.headers.update({"User-Agent": f"Companion/{__version__}", "Accept": "application/json",
                            "Accept-Encoding": "gzip"})
    return session


@dataclass(frozen=True)
class Manifest:
    data: dict | None  # None: not modified since the ETag we sent
    etag: str | None


class PortalClient:
    def __init__(self, base_url: str, token: str | None = None, *, session: requests.Session | None = None,
                 timeout: tuple[float, float] = TIMEOUT, retries: int = 3):
        self.base = base_url.rstrip("/")
        self.token = token
        self.session = session or make_session(retries)
        self.timeout = timeout
        self.clock_offset_s: float | None = None  # portal time minus our time
        self.requests_made = 0

    # ---- plumbing ----
    def url(self, path: str) -> str:
        """An API path of the protocol under the portal's address; an absolute URL as it is."""
        return path if urlsplit(path).scheme else f"{self.base}{path}"

    def manifest_url(self, course_id: str) -> str:
        return self.url(f"/api/v1/courses/{course_id}/manifest")

    def material_url(self, course_id: str, url: str) -> str:
        """A material's ``url`` (absolute, or relative to the manifest that names it: RFC 3986)."""
        return resolve(self.manifest_url(course_id), url)

    def _headers(self, extra: dict | None = None, url: str = "") -> dict:
        headers = dict(extra or {})
        if self.token and same_origin(url or self.base, self.base):  # never to a file server or a CDN
            headers["Authorization"] = f"Bearer {self.token}"
        return headers

    def request(self, method: str, path: str, *, ok: tuple[int, ...] = (200,), headers: dict | None = None,
                limit: int = MAX_ANSWER_BYTES, **kwargs: Any) -> requests.Response:
        sent = time.time()
        try:
            self.requests_made += 1
            streamed = kwargs.pop("stream", False)  # a download reads its own body, in parts
            response = self.session.request(method, self.url(path), headers=self._headers(headers, self.url(path)),
                                            timeout=self.timeout, stream=True, **kwargs)
            if not streamed:
                self._read_capped(response, limit)
        except _GiveUp as exc:
            raise PortalError(RETRYABLE, f"The portal is busy; it asked to come back in {exc.retry_after:.0f} s.",
                              status=503, retry_after=exc.retry_after, code=reasons.BUSY,
                              data={"retry_after": exc.retry_after}) from None
        except (requests.exceptions.RetryError, requests.exceptions.TooManyRedirects) as exc:
            raise PortalError(RETRYABLE, "The portal kept failing; Companion will try again later.",
                              status=503, code=reasons.FAILING) from exc
        except (requests.exceptions.ConnectionError, requests.exceptions.Timeout,
                requests.exceptions.ChunkedEncodingError, requests.exceptions.ContentDecodingError) as exc:
            raise PortalError(RETRYABLE, "The portal cannot be reached right now; your work is kept and "
                              "will be sent later.", code=reasons.UNREACHABLE) from exc
        self._note_clock(response, sent)
        if response.status_code in ok:
            return response
        raise self._error(response)

    @staticmethod
    def _read_capped(response: requests.Response, limit: int = MAX_ANSWER_BYTES) -> None:
        """Read the body (decompressing as it comes) but refuse one larger than ``limit`` bytes: a
        gzip bomb or a runaway answer is never held whole in memory."""
        chunks, total = [], 0
        for chunk in response.iter_content(64 * 1024):
            total += len(chunk)
            if total > limit:
                response.close()
                raise PortalError(PERMANENT, "The portal's answer is too large.", status=response.status_code,
                                  code=reasons.ANSWER_TOO_LARGE, data={"limit": limit})
            chunks.append(chunk)
        response._content = b"".join(chunks)
        response._content_consumed = True

    def _note_clock(self, response: requests.Response, sent: float) -> None:
        date = response.headers.get("Date")
        if not date:
            return
        try:
            portal = email.utils.parsedate_to_datetime(date).timestamp()
        except (TypeError, ValueError):
            return
        midpoint = (sent + time.time()) / 2
        self.clock_offset_s = portal - midpoint

    @staticmethod
    def _error(response: requests.Response) -> PortalError:
        try:
            body = response.json().get("error", {})
        except ValueError:
            body = {}
        if not isinstance(body, dict):
            body = {}
        said = body.get("message") or ""
        message = said or f"The portal answered {response.status_code}."
        portal_code, field = body.get("code", ""), body.get("field")
        status = response.status_code
        retry_after = None
        if response.headers.get("Retry-After", "").isdigit():
            retry_after = float(response.headers["Retry-After"])
        why = {"code": reasons.PORTAL_SAID if said else reasons.ANSWERED, "data": {"message": said}}
        if status == 401:
            return PortalError(AUTH, message, status=status, portal_code=portal_code, code=reasons.SIGNED_OUT,
                               data={"expired": True, "message": said})
        if status == 409:
            return PortalError(CONFLICT, message, status=status, portal_code=portal_code, **why)
        if status == 404:
            return PortalError(NOT_FOUND, message, status=status, portal_code=portal_code, **why)
        if status in (429, 503) or status >= 500:
            if retry_after:
                why = {"code": reasons.BUSY, "data": {"retry_after": retry_after, "message": said}}
            return PortalError(RETRYABLE, message, status=status, portal_code=portal_code, retry_after=retry_after,
                               **why)
        return PortalError(PERMANENT, message, status=status, portal_code=portal_code, field=field, **why)

    @staticmethod
    def _json(response: requests.Response) -> Any:
        """The body as JSON, or a PortalError saying a web page (a proxy's login, an error page) came instead."""
        try:
            return response.json()
        except ValueError:
            kind = response.headers.get("Content-Type", "").split(";")[0].strip()
            raise PortalError(PERMANENT, f"The portal sent {kind or 'something'} instead of JSON.",
                              status=response.status_code, code=reasons.NOT_JSON,
                              data={"content_type": kind}) from None

    # ---- the protocol ----
    def sign_in(self, login: str, password: str) -> dict:
        data = self._json(self.request("POST", "/api/v1/session", json={"login": login, "password": password}))
        if not isinstance(data, dict) or not isinstance(data.get("token"), str) or not data["token"]:
            raise PortalError(PERMANENT, "The portal's answer to the sign-in has no token.", status=200,
                              code=reasons.BAD_ANSWER, data={"what": "token"})
        self.token = data["token"]
        return data

    def sign_out(self) -> None:
        self.request("DELETE", "/api/v1/session", ok=(200, 204))

    def courses(self) -> list[dict]:
        return self._json(self.request("GET", "/api/v1/courses"))

    def manifest(self, course_id: str, etag: str | None = None) -> Manifest:
        headers = {"If-None-Match": etag} if etag else None
        response = self.request("GET", f"/api/v1/courses/{course_id}/manifest", ok=(200, 304), headers=headers)
        if response.status_code == 304:
            return Manifest(None, etag)
        return Manifest(self._json(response), response.headers.get("ETag"))

    def put_submission(self, course_id: str, submission_id: str, body: dict) -> tuple[int, dict]:
        response = self.request("PUT", f"/api/v1/courses/{course_id}/submissions/{submission_id}", ok=(200, 201),
                                json=body)
        return response.status_code, self._json(response)

    def put_commitment(self, course_id: str, submission_id: str, item_id: str, kind: str,
                       content_sha256: str) -> dict:
        """Commit to a submission's content digest ahead of its content; the portal's signed receipt of
        when it arrived (docs/protocol-commitments.md)."""
        response = self.request("PUT", f"/api/v1/courses/{course_id}/commitments/{submission_id}", ok=(200, 201),
                                json={"item_id": item_id, "kind": kind, "content_sha256": content_sha256})
        return self._json(response)

    def submissions(self, course_id: str) -> list[dict]:
        return self._json(self.request("GET", f"/api/v1/courses/{course_id}/submissions"))

    def progress(self, course_id: str) -> dict:
        return self._json(self.request("GET", f"/api/v1/courses/{course_id}/progress"))

    def feedback(self, course_id: str, limit: int) -> Any:
        """The organizers' answers to this participant's submissions (docs/protocol-feedback.md), an
        optional route: a portal without it answers 404. The body as it came (at most ``limit``
        bytes); ``companion.domain.feedback.read_answer`` reads it."""
        return self._json(self.request("GET", f"/api/v1/courses/{course_id}/feedback", limit=limit))

    def certificates(self, course_id: str) -> dict:
        """The participant's certificates in the course (docs/protocol-certificates.md)."""
        return self._json(self.request("GET", f"/api/v1/courses/{course_id}/certificates"))

    def certificate_pdf(self, url: str) -> requests.Response:
        """A certificate's PDF as a stream (its caller reads at most the listed size). Only from the
        portal itself: a ``pdf_url`` of another origin is refused, never sent the token or followed."""
        if not same_origin(self.url(url), self.base):
            raise PortalError(PERMANENT, "The certificate's address is not on the portal.", status=200,
                              code=reasons.BAD_ANSWER, data={"what": "pdf_url"})
        return self.request("GET", url, headers={"Accept-Encoding": "identity"}, stream=True)
