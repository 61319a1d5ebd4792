"""One sync pass: deliver the outbox, refresh course manifests, read the portal's records.

Rules (DESIGN.md): an item is written before any network call (the outbox did that at Submit), is
marked delivered only once the portal's receipt is stored, and is never dropped because a call
failed. A repeat after a lost reply sends the same UUID and digest, which the portal takes as one.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from companion.credentials import Credentials
from companion.domain import outbox as states
from companion.domain import reasons
from companion.domain import feedback as answers
from companion.domain.clock import Clock
from companion.domain.errors import CompanionError
from companion.domain.feedback import FeedbackRecord
from companion.domain.reasons import Reason
from companion.domain.records import SubmissionRecord
from companion.portal.errors import AUTH, CONFLICT, NOT_FOUND, RETRYABLE, PortalError
from companion.services.certificates import CertificateError, Certificates, offer
from companion.services.library import Library
from companion.services.settings import (CLOCK_OFFSET, COURSE_PORTAL, LAST_SYNC, PORTAL_EXTENSIONS, PORTAL_LISTING, PORTAL_LOGIN,
                                         PORTAL_NAME, SIGN_INS, Settings, check_portal_url)
from companion.store.repo import Store

if TYPE_CHECKING:
    from companion.portal.client import PortalClient

log = logging.getLogger(__name__)

CLOCK_WARNING_S = 120
ASSIGNMENT_KINDS = ("essay", "photos", "survey", "action_plan")
SEND_ANYWAY = "send_anyway"
KEEP_PORTAL = "kept_portal"


@dataclass
class SyncReport:
    no_portal: bool = False
    signed_out: bool = False
    unreachable: bool = False
    delivered: int = 0
    waiting: int = 0
    needs_attention: int = 0
    changes: list[Reason] = field(default_factory=list)  # what a course update changed
    feedback: list[FeedbackRecord] = field(default_factory=list)  # organizers' answers new since the last pass
    clock_offset_s: float | None = None
    finished_at: datetime | None = None
    failure: Reason | None = None  # why the pass stopped (unreachable, busy, expired, refused ...)
    certificates: list = field(default_factory=list)  # HeldCertificate: arrived in this pass
    withdrawn: list = field(default_factory=list)  # HeldCertificate: no longer listed by the portal (revoked)

    @property
    def reason(self) -> Reason:
        """What this pass comes to, as a code with its figures (``companion.ui.words.sync_report``)."""
        if self.no_portal:
            return Reason(reasons.NO_PORTAL)
        if self.failure is not None:
            return self.failure
        if self.signed_out:
            return Reason(reasons.SIGNED_OUT, {"expired": False})
        return Reason(reasons.SYNCED, {"delivered": self.delivered, "waiting": self.waiting,
                                       "needs_attention": self.needs_attention})

    @property
    def exit_code(self) -> int:
        """For `companion sync`: 0 all delivered, 3 portal unreachable (work kept), 4 needs attention,
        5 sign-in needed."""
        if self.needs_attention:
            return 4
        if self.signed_out or self.no_portal:
            return 5
        if self.unreachable or self.waiting:
            return 3
        return 0

    @property
    def clock_is_off(self) -> bool:
        return self.clock_offset_s is not None and abs(self.clock_offset_s) > CLOCK_WARNING_S


@dataclass(frozen=True)
class SignIn:
    """One portal signed in to: its address, the login and the participant's name there."""
    url: str
    login: str
    name: str
    refused: bool = False  # the portal refused the token at the last pass
    has_token: bool = True  # a token is kept on this computer

    @property
    def expired(self) -> bool:
        """Sign in again before this portal syncs."""
        return self.refused or not self.has_token


@dataclass(frozen=True)
class SignedIn:
    name: str
    persisted: bool  # False: no keyring on this computer, the sign-in lasts while Companion runs


def sign_ins_refused_for(exc: BaseException) -> float | None:
    """Seconds the portal asks to wait when it refused a sign-in for too many failures (429), else None:
    what a screen needs from the portal's error without importing the portal client's errors."""
    if isinstance(exc, PortalError) and exc.status == 429 and exc.retry_after:
        return float(exc.retry_after)
    return None


def portal_client(*args, **kwargs) -> PortalClient:
    """The HTTP client, imported when the first portal is spoken to (requests is not held before)."""
    from companion.portal.client import PortalClient

    return PortalClient(*args, **kwargs)


class SyncEngine:
    def __init__(self, store: Store, library: Library, settings: Settings, credentials: Credentials, clock: Clock,
                 client_factory: Callable[..., PortalClient] | None = None):
        self.store = store
        self.library = library
        self.settings = settings
        self.credentials = credentials
        self.clock = clock
        self.client_factory = client_factory or portal_client
        self._chosen_refused = False
        self.certificates: Certificates | None = None  # set by build_app: where certificates are kept

    # ---- signing in (one sign-in per portal; the "chosen" portal is the one Settings shows and the one
    # a course without a portal of its own — bundled or imported — syncs with) ----
    def login(self) -> str | None:
        return self.settings.get(PORTAL_LOGIN)

    def sign_ins(self) -> list[SignIn]:
        """Every portal signed in to: the chosen one first (its address and login are the settings
        ``portal_url`` and ``portal_login``, as in earlier versions with one portal), then the others."""
        chosen, login = self.settings.portal_url(), self.login()
        out = []
        if chosen and login:
            refused = bool((self.settings.get(LAST_SYNC) or {}).get("chosen_refused"))
            out.append(SignIn(chosen, login, self.settings.get(PORTAL_NAME) or login, refused,
                              bool(self.credentials.get_token(chosen, login))))
        for e in self.settings.get(SIGN_INS) or []:
            if e["url"] != chosen:
                out.append(SignIn(e["url"], e["login"], e["name"], bool(e.get("expired")),
                                  bool(self.credentials.get_token(e["url"], e["login"]))))
        return out

    def _sign_in_at(self, url: str | None) -> SignIn | None:
        return next((s for s in self.sign_ins() if url and s.url == url.rstrip("/")), None)

    def _keep_others(self, entries: list[SignIn]) -> None:
        """Store the sign-ins other than the chosen portal's."""
        chosen = self.settings.portal_url()
        self.settings.set(SIGN_INS, [{"url": s.url, "login": s.login, "name": s.name, "expired": s.refused}
                                     for s in entries if s.url != chosen])

    def _mark_refused(self, url: str, refused: bool) -> None:
        if url == self.settings.portal_url():
            self._chosen_refused = refused
        else:
            self._keep_others([SignIn(s.url, s.login, s.name, refused) if s.url == url else s
                               for s in self.sign_ins()])

    def signed_in(self) -> bool:
        url, login = self.settings.portal_url(), self.login()
        return bool(url and login and self.credentials.get_token(url, login))

    def sign_in(self, portal_url: str, login: str, password: str) -> SignedIn:
        """Sign in to one more portal (the others stay signed in); it becomes the chosen portal."""
        url = check_portal_url(portal_url)
        others = [s for s in self.sign_ins() if s.url != url]
        client = self.client_factory(url)
        data = client.sign_in(login, password)
        name = data.get("participant", {}).get("name", login)
        saved = self.credentials.set_token(url, login, data["token"])
        self.settings.set_portal_url(url)
        self._keep_others(others)
        last = self.settings.get(LAST_SYNC)
        if last and last.get("chosen_refused"):
            self.settings.set(LAST_SYNC, {**last, "chosen_refused": False})
        self.settings.set(PORTAL_LOGIN, login)
        self.settings.set(PORTAL_NAME, name)
        self.settings.set(PORTAL_LISTING, None, url)
        if client.clock_offset_s is not None:
            self.settings.set(CLOCK_OFFSET, client.clock_offset_s)
        return SignedIn(name, saved.persisted)

    def kept_in_keyring(self) -> bool:
        """False when the sign-in lives only in this process (the computer has no keyring)."""
        url, login = self.settings.portal_url(), self.login()
        return bool(url and login and self.credentials.kept_in_keyring(url, login))

    def use_portal(self, portal_url: str | None, login: str | None) -> None:
        """Point at a portal and login without the network (after a demo portal: the one used before;
        its token, if any, is still in the keyring)."""
        self.settings.set_portal_url(portal_url)
        self.settings.set(PORTAL_LOGIN, login)
        if portal_url:
            self.settings.set(PORTAL_LISTING, None, portal_url)

    def sign_out(self, portal_url: str | None = None) -> None:
        """Sign out of one portal (default: the chosen one); the others stay signed in, and the first
        of them becomes the chosen portal when the chosen one goes."""
        chosen = self.settings.portal_url()
        url = (portal_url or chosen or "").rstrip("/")
        entry = self._sign_in_at(url)
        login = entry.login if entry else (self.login() if url == chosen else None)
        if url and login:
            token = self.credentials.get_token(url, login)
            if token:
                try:
                    self.client_factory(url, token, retries=0).sign_out()
                except PortalError:
                    pass  # offline: the token is forgotten here all the same
            self.credentials.delete_token(url, login)
        rest = [s for s in self.sign_ins() if s.url != url]
        if url == chosen:
            if rest:
                self.settings.set_portal_url(rest[0].url)
                self.settings.set(PORTAL_LOGIN, rest[0].login)
                self.settings.set(PORTAL_NAME, rest[0].name)
            else:
                self.settings.set(PORTAL_LOGIN, None)
        self._keep_others(rest)

    # ---- which portal a course belongs to ----
    def portal_of(self, course_id: str) -> str | None:
        """The portal a course came from; a course from no portal (bundled, imported) goes with the
        chosen portal until a portal lists it."""
        return self.settings.get(COURSE_PORTAL, course_id) or self.settings.portal_url()

    def set_portal_of(self, course_id: str, portal_url: str | None) -> None:
        self.settings.set(COURSE_PORTAL, portal_url or None, course_id)

    def forget_portal(self, portal_url: str) -> None:
        """A portal gone for good (the demo portal when it ends): its courses go back to the chosen
        portal, and its course list is forgotten."""
        url = portal_url.rstrip("/")
        for course_id in self.library.known_ids():
            if self.settings.get(COURSE_PORTAL, course_id) == url:
                self.set_portal_of(course_id, None)
        self.settings.set(PORTAL_LISTING, None, url)

    def client(self, course_id: str | None = None) -> PortalClient | None:
        """A client of the course's own portal (default: the chosen portal), None when not signed in
        there. Its token goes to that portal's origin only."""
        url = self.portal_of(course_id) if course_id else self.settings.portal_url()
        return self._client_at(url)

    def _client_at(self, url: str | None) -> PortalClient | None:
        if not url:
            return None
        entry = self._sign_in_at(url)
        login = entry.login if entry else (self.login() if url == self.settings.portal_url() else None)
        if not login:
            return None
        token = self.credentials.get_token(url, login)
        return self.client_factory(url, token) if token else None

    # ---- a pass ----
    def run(self, course_id: str | None = None, *, refresh_courses: bool = True, now: bool = False) -> SyncReport:
        """One pass over every portal signed in to (``course_id``: only that course, with its own
        portal). ``now``: also items still backing off (a person asked: "Sync now")."""
        report = SyncReport()
        self._chosen_refused = bool((self.settings.get(LAST_SYNC) or {}).get("chosen_refused"))
        if course_id:
            portals = [self.portal_of(course_id)] if self.portal_of(course_id) else []
        else:
            portals = [s.url for s in self.sign_ins()]
            chosen = self.settings.portal_url()
            if chosen and chosen not in portals:
                portals.insert(0, chosen)
        if not portals:
            report.no_portal = True
        for url in portals:
            client = self._client_at(url)
            if client is None:
                report.signed_out = True
                continue
            try:
                if refresh_courses:
                    self._refresh_courses(client, url, course_id, report)
                self._deliver(client, url, course_id, report, now)
                self._feedback(client, url, course_id, report)
                self._fetch_certificates(client, url, course_id, report)
            except PortalError as exc:
                self._note_failure(exc, report)
                if exc.kind == AUTH:
                    self._mark_refused(url, True)
            else:
                if self._sign_in_at(url) and self._sign_in_at(url).refused:
                    self._mark_refused(url, False)
            if client.clock_offset_s is not None:
                report.clock_offset_s = client.clock_offset_s
                self.settings.set(CLOCK_OFFSET, client.clock_offset_s)
                if hasattr(self.clock, "offset_s"):
                    self.clock.offset_s = client.clock_offset_s
        now = self.clock.now()
        report.finished_at = now
        counts = self.store.outbox_counts(course_id)
        report.waiting = sum(counts.get(s, 0) for s in states.WAITING_STATES)
        report.needs_attention = counts.get(states.NEEDS_ATTENTION, 0)
        reason = report.reason
        self.settings.set(LAST_SYNC, {"at": now.isoformat(), "code": reason.code, "data": reason.data,
                                           "unreachable": report.unreachable, "signed_out": report.signed_out,
                                      "chosen_refused": self._chosen_refused})
        return report

    @staticmethod
    def _note_failure(exc: PortalError, report: SyncReport) -> None:
        if exc.kind == AUTH:
            report.signed_out = True
            report.failure = Reason(reasons.SIGNED_OUT, {"expired": True})
        else:
            report.unreachable = exc.kind == RETRYABLE
            report.failure = exc.reason

    # ---- courses ----
    def _refresh_courses(self, client: PortalClient, url: str, course_id: str | None, report: SyncReport) -> None:
        now = self.clock.now()
        listing = self.settings.get(PORTAL_LISTING, url)
        known = set(self.library.known_ids())
        if not listing or now - datetime.fromisoformat(listing["at"]) > timedelta(hours=24):
            listing = {"at": now.isoformat(), "ids": [c["id"] for c in client.courses()]}
            self.settings.set(PORTAL_LISTING, listing, url)
        for cid in sorted(listing.get("ids") or []):
            if course_id is not None and cid != course_id:
                continue
            if self.settings.get(COURSE_PORTAL, cid) not in (None, url):
                continue  # a course of the same id from another portal: that one keeps it
            etag = self.store.portal_course(cid)[0] if cid in known else None
            fetched = client.manifest(cid, etag)
            if self.settings.get(COURSE_PORTAL, cid) is None:
                self.set_portal_of(cid, url)
            if fetched.data is None:  # the course is unchanged; what the organisers recorded may not be
                self._progress(client, cid, force=True)
                continue
            changes = self.library.update_from_portal(fetched.data)
            self.store.update_portal_course(cid, manifest_etag=fetched.etag)
            if changes:
                self.store.update_portal_course(cid, changes={"at": now.isoformat(), "changes": [
                    {"code": c.code, "data": c.data} for c in changes]})
                report.changes.extend(changes)
            self._progress(client, cid, force=True)

    def _progress(self, client: PortalClient, course_id: str, force: bool = False) -> None:
        """Attendance the organisers recorded (taken from the meeting tool or ticked by hand): what the
        portal says now, so one they took back goes too (only the portal's own marks: a session the
        participant marked themselves stays)."""
        now = self.clock.now()
        last = self.store.portal_course(course_id)[1]
        if not force and last and now - last < timedelta(hours=1):
            return
        data = client.progress(course_id)
        for session_id, present in (data.get("attendance") or {}).items():
            self.store.set_attended(course_id, session_id, present is True, "portal", now)
        self.store.update_portal_course(course_id, progress_at=now)

    # ---- the outbox ----
    def _deliver(self, client: PortalClient, url: str, course_id: str | None, report: SyncReport,
                 everything: bool) -> None:
        """Deliver the items of the courses that belong to the portal at ``url``, and no others."""
        pending = [s for s in self.store.pending_submissions(self.clock.now(), course_id, include_later=everything)
                   if self.portal_of(s.course_id) == url]
        self._commit(client, url, pending)  # first of all: a link that lasts a moment carries these
        courses = {s.course_id for s in pending}
        if course_id and self.portal_of(course_id) == url:
            courses.add(course_id)
        for cid in sorted(courses):
            if cid in self.library.known_ids():
                try:
                    self._remote_receipts(client, cid)
                except PortalError as exc:
                    if exc.kind != NOT_FOUND:
                        raise
        ours = {cid: {s.id for s in self.store.submissions(cid)} for cid in courses}
        theirs = {cid: self.store.remote_receipts(cid) for cid in courses}
        for sub in pending:
            if self._conflicts(sub, ours[sub.course_id], theirs[sub.course_id]):
                continue
            try:
                if self._send(client, sub):
                    report.delivered += 1
            except PortalError as exc:
                self._after_error(sub, exc)
                if exc.kind in (AUTH, RETRYABLE) and (exc.kind == AUTH or exc.unreachable or exc.retry_after):
                    raise  # stop the pass: nothing else will get through now

    # ---- optional extensions (PROTOCOL.md): learnt once per portal, never a cost to delivery ----
    EXTENSION_RECHECK = timedelta(days=1)

    def _extension_absent(self, url: str, name: str) -> bool:
        """True while the portal at ``url`` said, less than a day ago, that it has no such extension."""
        known = (self.settings.get(PORTAL_EXTENSIONS, url) or {}).get(name)
        if not isinstance(known, dict) or known.get("present", True):
            return False
        try:
            at = datetime.fromisoformat(known["at"])
        except (KeyError, TypeError, ValueError):
            return False
        return self.clock.now() - at < self.EXTENSION_RECHECK

    def _note_extension(self, url: str, name: str, present: bool) -> None:
        known = dict(self.settings.get(PORTAL_EXTENSIONS, url) or {})
        if present and (known.get(name) or {}).get("present") is True:
            return  # known to be there: no write per item
        known[name] = {"present": present, "at": self.clock.now().isoformat()}
        self.settings.set(PORTAL_EXTENSIONS, known, url)

    @staticmethod
    def _route_absent(exc: PortalError) -> bool:
        """A portal that does not have the route: 404 without the protocol's error envelope (an unknown
        route), 405 or 501. A 404 *with* a code is the portal speaking of a course or item."""
        return (exc.status == 404 and not exc.portal_code) or exc.status in (405, 501)

    def _commit(self, client: PortalClient, url: str, pending: list[SubmissionRecord]) -> None:
        """Before any upload, a few hundred bytes per item: its content digest, so the portal's signed
        receipt of when it arrived proves it on time even if the content follows after the deadline.

        Commitments are an extension: a portal without the route is learnt once (asked again a day
        later), and a busy answer to a commitment ends the commitments, not the pass, so the
        deliveries that follow still get their turn."""
        if self._extension_absent(url, "commitments"):
            return
        for sub in pending:
            if sub.commitment is not None:
                continue
            try:
                proof = client.put_commitment(sub.course_id, sub.id, sub.item_id, sub.kind, sub.content_sha256)
            except PortalError as exc:
                if exc.kind == AUTH or (exc.kind == RETRYABLE and exc.unreachable):
                    raise  # nothing else will get through now either
                if self._route_absent(exc):
                    self._note_extension(url, "commitments", False)
                    return
                log.info("commitment for %s not taken: %s", sub.id, exc.kind)
                if exc.kind == RETRYABLE:
                    return  # busy: the deliveries go first, the commitments another time
                continue
            if isinstance(proof, dict) and proof.get("content_sha256") == sub.content_sha256 and proof.get("received_at"):
                self._note_extension(url, "commitments", True)
                self.store.update_submission(sub.id, self.clock.now(), commitment=proof)

    # ---- feedback (docs/protocol-feedback.md): after the deliveries, never at their cost ----
    def _feedback(self, client: PortalClient, url: str, course_id: str | None, report: SyncReport) -> None:
        """Read the organizers' answers for each course of this portal the participant sent work to.
        An extension: a portal without the route is learnt once (asked again a day later); any other
        failure leaves what is held as it is until the next pass. Only a refused sign-in stops the pass."""
        if self._extension_absent(url, "feedback"):
            return
        for cid in sorted(self.library.known_ids()):
            if (course_id is not None and cid != course_id) or self.portal_of(cid) != url:
                continue
            known = {str(r.get("submission_id")): str(r.get("item_id"))
                     for r in self.store.remote_receipts(cid)
                     if r.get("kind") in ASSIGNMENT_KINDS and r.get("submission_id") and r.get("item_id")}
            known.update({s.id: s.item_id for s in self.store.submissions(cid) if s.kind in ASSIGNMENT_KINDS})
            if not known:
                continue  # nothing of this course handed in: nothing to be answered
            try:
                data = client.feedback(cid, answers.ANSWER_BYTES)
            except PortalError as exc:
                if exc.kind == AUTH:
                    raise
                if self._route_absent(exc):
                    self._note_extension(url, "feedback", False)
                    return
                log.info("feedback for %s not read: %s", cid, exc.kind)
                if exc.kind == RETRYABLE:
                    return  # busy or gone: the other courses another time
                continue
            self._note_extension(url, "feedback", True)
            try:
                course = self.library.course(cid)
            except CompanionError as exc:  # a course that cannot be read here: its answers wait for the next pass
                log.info("feedback for %s not kept: %s", cid, exc.code)
                continue
            records = [r for r in answers.read_answer(data, cid, known) if course.assignment(r.item_id) is not None]
            report.feedback.extend(self.store.merge_feedback(cid, records, self.clock.now()))

    def _fetch_certificates(self, client: PortalClient, url: str, course_id: str | None, report: SyncReport) -> None:
        """Certificates issued on the portal (docs/protocol-certificates.md), an extension learnt once:
        for each course of this portal the listing, and each certificate not held yet downloaded,
        bounded by its listed size and kept only once its SHA-256 matches. A refusal of one course or
        one file is left for the next pass; only a lost sign-in or link ends the pass."""
        if self.certificates is None or self._extension_absent(url, "certificates"):
            return
        courses = [c for c in sorted(self.library.known_ids()) if self.portal_of(c) == url
                   and (course_id is None or c == course_id)]
        for cid in courses:
            try:
                listing = client.certificates(cid)
            except PortalError as exc:
                if exc.kind == AUTH or (exc.kind == RETRYABLE and exc.unreachable):
                    raise
                if self._route_absent(exc):
                    self._note_extension(url, "certificates", False)
                    return
                log.info("certificates of %s not read: %s", cid, exc.kind)
                if exc.kind == RETRYABLE:
                    return  # busy: the certificates wait for another pass
                continue
            if not isinstance(listing, dict) or not isinstance(listing.get("certificates"), list):
                log.info("certificates of %s: not a listing", cid)
                continue
            self._note_extension(url, "certificates", True)
            offers = [o for o in (offer(e) for e in listing["certificates"][:20]) if o is not None]
            if len(listing["certificates"]) <= 100:  # read whole: a certificate no longer listed was revoked
                listed = {e.get("code") for e in listing["certificates"] if isinstance(e, dict)}
                report.withdrawn.extend(self.certificates.reconcile(cid, {c for c in listed if isinstance(c, str)}))
            for found in self.certificates.wanted(cid, offers):
                try:
                    response = client.certificate_pdf(found.pdf_url)
                except PortalError as exc:
                    if exc.kind == AUTH or (exc.kind == RETRYABLE and exc.unreachable):
                        raise
                    log.info("certificate %s not downloaded: %s", found.code, exc.kind)
                    continue
                try:
                    held = self.certificates.keep(cid, found, response.iter_content(64 * 1024))
                except CertificateError as exc:
                    log.warning("certificate %s refused: %s", found.code, exc.code)
                    continue
                except OSError as exc:  # the link dropped mid-file (requests' errors are OSErrors) or the disk
                    log.warning("certificate %s not kept: %s", found.code, exc)
                    continue
                finally:
                    response.close()
                report.certificates.append(held)

    def _remote_receipts(self, client: PortalClient, course_id: str) -> None:
        receipts = client.submissions(course_id)
        self.store.set_remote_receipts(course_id, receipts)

    def _conflicts(self, sub: SubmissionRecord, ours: set[str], receipts: list[dict]) -> bool:
        """An assignment the portal already holds from another computer: keep both, let the person choose."""
        if sub.kind not in ASSIGNMENT_KINDS or sub.resolution == SEND_ANYWAY:
            return False
        theirs = [r for r in receipts if r.get("item_id") == sub.item_id and r.get("submission_id") not in ours]
        if not theirs:
            return False
        when = theirs[0].get("received_at", "")
        self.store.update_submission(sub.id, self.clock.now(), state=states.NEEDS_ATTENTION,
                                     reason=Reason(reasons.CONFLICT, {"received_at": when}))
        return True

    def _send(self, client: PortalClient, sub: SubmissionRecord) -> bool:
        """Deliver one item; False when it left the queue meanwhile (replaced by a later version)."""
        now = self.clock.now()
        if sub.state != states.UPLOADING:  # an upload cut short carries on where it is
            if not self.store.update_submission(sub.id, now, state=states.UPLOADING, expect_state=(states.QUEUED,)):
                return False
        files = [dict(f) for f in sub.files]
        for index, entry in enumerate(files):
            if entry.get("uploaded"):
                continue

            def remember(url: str | None, index: int = index) -> None:
                files[index]["upload_url"] = url
                self.store.update_submission(sub.id, self.clock.now(), files=[dict(f) for f in files])

            meta = {"filename": entry["filename"], "mime": entry["mime"], "sha256": entry["sha256"],
                    "submission_id": sub.id}
            path = Path(entry["path"])
            if not path.is_file():
                raise PortalError("permanent", f"The file {entry['filename']} is no longer on this computer "
                                  f"({path}); submit the assignment again with the photo.", code=reasons.FILE_GONE,
                                  data={"filename": entry["filename"], "path": str(path)})
            from companion.portal import tus

            url = tus.upload(client, path, meta, url=entry.get("upload_url"), remember=remember)
            files[index]["upload_url"], files[index]["uploaded"] = url, True
            self.store.update_submission(sub.id, self.clock.now(), files=[dict(f) for f in files])
        body = {
            "kind": sub.kind, "item_id": sub.item_id,
            "submitted_at": sub.submitted_at.isoformat().replace("+00:00", "Z"),
            "clock_offset_s": sub.clock_offset_s, "content_sha256": sub.content_sha256, "body": sub.body,
            "files": [{"upload_url": f["upload_url"], "sha256": f["sha256"], "filename": f["filename"],
                       "mime": f["mime"], "size": f["size"]} for f in files],
        }
        try:
            _status, receipt = client.put_submission(sub.course_id, sub.id, body)
        except PortalError as exc:
            if exc.kind == CONFLICT:
                raise PortalError(CONFLICT, "The portal holds different content under this item's id. Nothing "
                                  "was overwritten; send your version again as a new submission.",
                                  status=409, portal_code=exc.portal_code, code=reasons.CONTENT_CLASH) from None
            raise
        # delivered only together with its stored receipt
        self.store.update_submission(sub.id, self.clock.now(), state=states.DELIVERED, receipt=receipt,
                                     reason=None, next_attempt_at=None)
        return True

    def _after_error(self, sub: SubmissionRecord, exc: PortalError) -> None:
        now = self.clock.now()
        current = self.store.get_submission(sub.id) or sub
        if exc.kind in (RETRYABLE, AUTH):
            tries = current.tries + 1 if exc.kind == RETRYABLE else current.tries
            wait = states.backoff(tries)
            if exc.retry_after:
                wait = max(wait, timedelta(seconds=exc.retry_after))
            self.store.update_submission(sub.id, now, state=states.QUEUED, tries=tries, expect_state=(states.UPLOADING,),
                                         next_attempt_at=now + wait if exc.kind == RETRYABLE else None,
                                         reason=None)
        else:  # refused: keep it, say why (the portal's own code and message as data), let the person resend
            why = exc.reason
            if why.code in (reasons.PORTAL_SAID, reasons.ANSWERED):
                why = Reason(reasons.REFUSED, {**exc.data, "portal_code": exc.portal_code})
            self.store.update_submission(sub.id, now, state=states.NEEDS_ATTENTION, reason=why,
                                         tries=current.tries + 1, expect_state=states.WAITING_STATES)

    # ---- the participant's choices ----
    def resolve_conflict(self, submission_id: str, send_mine: bool) -> None:
        now = self.clock.now()
        if send_mine:
            self.store.update_submission(submission_id, now, state=states.QUEUED, resolution=SEND_ANYWAY,
                                         reason=None, next_attempt_at=None,
                                         expect_state=(states.NEEDS_ATTENTION,))
        else:
            self.store.update_submission(submission_id, now, state=states.KEPT_LOCAL, resolution=KEEP_PORTAL,
                                         reason=Reason(reasons.KEPT_PORTAL),
                                         expect_state=(states.NEEDS_ATTENTION,))

    def retry_now(self, submission_id: str) -> None:
        self.store.update_submission(submission_id, self.clock.now(), state=states.QUEUED, next_attempt_at=None,
                                     reason=None, expect_state=(states.NEEDS_ATTENTION,))
