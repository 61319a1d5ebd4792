"""Lecture materials for offline use: a queue of downloads that resume, verify and never corrupt.

- A download writes to ``<name>.part``; after a break it resumes from the part's length with
  ``Range`` + ``If-Range`` (a changed file on the server restarts it from zero).
- sha256 is computed while writing (the part's bytes first, on resume); the file is fsynced and
  renamed into place only when size and digest match the manifest. Nothing is "available offline"
  before that; a mismatch deletes the part and says why.
- A token bucket caps the bandwidth; the disk is checked for space first; the state lives in the
  store, so a restart carries on. Memory does not grow with file size (64 KiB chunks).
- Sources: computers on the local network that share the file (same sha256, listed in their index)
  are tried before the portal, with the same resume and verification; the portal's token never goes
  to them. A peer that is gone, refuses, or sends a file that does not match is passed over and the
  portal serves the file. Each done file records where it came from (``source``).
- A peer is a guest (issue 20): its index is read within ``PEER_INDEX_BYTES`` and ``MAX_DEPTH``;
  a file from it must keep up ``PEER_MIN_RATE`` bytes per second after ``PEER_GRACE_S`` (a slow
  peer loses to the portal), and whatever it answers (lies in lengths or ranges, wrong bytes,
  redirects, a body that never ends, any exception) only costs the try: what it added to the part
  file is cut off again, so the portal's bytes continue only bytes that came from the portal. A
  peer that misbehaves is dropped for the run and remembered for ``PEER_PENALTY_S``. A part
  already as long as the file is checked before anyone is asked for more. Its name is shown as
  plain text (``domain.untrusted.plain_text``).
"""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from companion.domain import reasons
from companion.domain.clock import Clock
from companion.domain.course import Material, Variant
from companion.domain.data_use import DataPolicy, Preview, Usage, hold_reason, preview
from companion.domain.downloading import ACTIVE, DONE, DOWNLOADING, FAILED, PAUSED, QUEUED
from companion.domain.errors import CompanionError
from companion.domain.reasons import Reason
from companion.domain.records import DownloadRecord
from companion.domain.sharing import INDEX_PATH, PORTAL, Peer, SharedFile, file_path
from companion.domain.sharing import etag as etag_of
from companion.domain.schedule import zone
from companion.domain.untrusted import Untrusted, loads_bounded, plain_text
from companion.portal.errors import RETRYABLE, PortalError
from companion.services import data_use
from companion.services.library import Library
from companion.services.settings import BANDWIDTH, DEFAULT_VARIANT, Settings
from companion.store.repo import Store
from companion.paths import fsync_dir

if TYPE_CHECKING:
    from companion.portal.client import PortalClient

log = logging.getLogger(__name__)

__all__ = ["ACTIVE", "DONE", "DOWNLOADING", "FAILED", "PAUSED", "QUEUED", "Downloads", "DownloadReport"]
VARIANT_ORDER = {"low": ("low", "original", "audio", "text"), "original": ("original", "low", "audio", "text"),
                 "audio": ("audio", "low", "original", "text"), "text": ("text", "low", "audio", "original")}
SAVE_EVERY = 1 << 20
PEER_TIMEOUT = (3.0, 8.0)  # (connect, read) seconds: a colleague's computer on the same network
PEER_INDEX_BYTES = 2_000_000  # a peer's index larger than this is not read
PEER_MIN_RATE = 32 * 1024  # bytes per second a peer must keep up (on average, after the grace) ...
PEER_GRACE_S = 4.0  # ... from this many seconds into its answer
PEER_PENALTY_S = 30 * 60  # a peer that misbehaved is not asked again for this long
PEER_RUN_S = 10 * 60  # all peers together, per run: past this the portal serves the rest
SPACE_MARGIN = 50 << 20
EXTENSIONS = {"application/pdf": ".pdf", "video/mp4": ".mp4", "audio/mpeg": ".mp3", "audio/mp4": ".m4a",
              "text/html": ".html", "text/plain": ".txt", "video/webm": ".webm",
              "video/x-msvideo": ".avi", "audio/wav": ".wav", "audio/ogg": ".ogg"}


class Stopped(Exception):
    """The download was paused or cancelled; its part file is kept for later."""


class _PeerFault(Exception):
    """A peer answered too slowly or not as the protocol says (only ever logged: the portal follows)."""


class TokenBucket:
    """At most ``rate`` bytes per second on average, with one second of burst."""

    def __init__(self, rate: float | None, clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep):
        self.rate = rate
        self.capacity = rate or 0
        self.tokens = self.capacity
        self.clock, self.sleep = clock, sleep
        self.last = clock()

    def take(self, n: int) -> None:
        if not self.rate:
            return
        while True:
            now = self.clock()
            self.tokens = min(self.capacity, self.tokens + (now - self.last) * self.rate)
            self.last = now
            wanted = min(n, self.capacity)
            if self.tokens >= wanted - 1e-6:
                self.tokens -= n
                return
            # at least a millisecond: a float-sized wait would not move the clock and would spin
            self.sleep(min(1.0, max(0.001, (wanted - self.tokens) / self.rate)))


@dataclass
class Progress:
    course_id: str
    material_id: str
    variant: str
    done: int
    total: int | None
    speed: float  # bytes per second, recent
    title: str = ""

    @property
    def percent(self) -> int | None:
        return int(100 * self.done / self.total) if self.total else None

    @property
    def seconds_left(self) -> float | None:
        if not self.total or self.speed <= 0:
            return None
        return (self.total - self.done) / self.speed


@dataclass
class DownloadReport:
    done: int = 0
    failed: int = 0
    waiting: int = 0  # held back by the data settings (budget, off-peak hours, metered link)
    stopped: bool = False
    unreachable: bool = False
    signed_out: bool = False
    failure: Reason | None = None  # why the run stopped early (signed out, unreachable ...)

    @property
    def reason(self) -> Reason:
        """What the run comes to, as a code with its figures (``companion.ui.words.download_report``)."""
        if self.failure is not None:
            return self.failure
        return Reason(reasons.DOWNLOADED, {"done": self.done, "failed": self.failed, "waiting": self.waiting,
                                           "stopped": self.stopped})

    @property
    def exit_code(self) -> int:
        return 4 if self.failed else (3 if self.unreachable or self.stopped else 0)


def pick_variant(material: Material, preferred: str) -> Variant | None:
    order = VARIANT_ORDER.get(preferred, VARIANT_ORDER["original"])
    candidates = [v for v in material.variants if v.url and not material.is_link]
    return min(candidates, key=lambda v: order.index(v.name) if v.name in order else 99, default=None)


class Downloads:
    def __init__(self, store: Store, library: Library, clock: Clock, folder: Path,
                 client: Callable[..., PortalClient | None], zone_name: Callable[[], str] = lambda: "UTC", *,
                 monotonic: Callable[[], float] = time.monotonic, sleep: Callable[[float], None] = time.sleep):
        # the ticking clock and the sleep of the bandwidth cap and the speed shown (injected in tests)
        self.monotonic, self.sleep = monotonic, sleep
        self.zone_name = zone_name
        self.store = store
        self.settings = Settings(store)
        self.library = library
        self.clock = clock
        self.folder = folder
        self.client = client
        self.stop_flags: dict[tuple[str, str, str], str] = {}  # key -> "pause" | "cancel"
        self.lock = threading.Lock()
        self.on_verified: Callable[[str, str, str], None] | None = None  # (course, material, variant) became offline
        # computers on this network that may share files (discovered by mDNS, or named with --peer)
        self.peers: Callable[[], list[Peer]] = lambda: []
        self.peer_min_rate, self.peer_grace_s, self.peer_run_s = PEER_MIN_RATE, PEER_GRACE_S, PEER_RUN_S
        self._peers_until = float("inf")  # the run's deadline for asking peers
        self.shunned: dict[tuple[str, int], float] = {}  # (host, port) -> monotonic time it may be asked again

    # ---- what there is ----
    def states(self, course_id: str) -> dict[tuple[str, str], DownloadRecord]:
        """Each download as the current manifest sees it (its expected sha256 may have moved on)."""
        course = self.library.course(course_id)
        expected = {(m.id, v.name): v for _l, m in course.materials() for v in m.variants}
        out = {}
        for d in self.store.downloads(course_id):
            variant = expected.get((d.material_id, d.variant))
            if variant is not None and variant.sha256 and variant.sha256 != d.sha256:
                d = replace(d, sha256=variant.sha256, size=variant.size, url=variant.url or d.url)
            out[(d.material_id, d.variant)] = self._with_part(d)
        return out

    def _paths(self, record: DownloadRecord) -> tuple[Path, Path]:
        """(the verified file, its ``.part`` while it downloads) for a record."""
        final = self._final_path((record.course_id, record.material_id, record.variant), record.sha256, record.mime)
        return final, final.with_name(final.name + ".part")

    def part_bytes(self, record: DownloadRecord) -> int:
        """How far the download got: the length of its part file (the one resume offset)."""
        if record.state == DONE:
            return record.size or 0
        try:
            return self._paths(record)[1].stat().st_size
        except OSError:
            return 0

    def _with_part(self, record: DownloadRecord) -> DownloadRecord:
        return replace(record, part_bytes=self.part_bytes(record))

    def offline_file(self, course_id: str, material_id: str) -> Path | None:
        for record in self.store.downloads(course_id):
            if record.material_id == material_id and record.path and record.done_sha256 and Path(record.path).is_file():
                return Path(record.path)
        return None

    def update_available(self, record: DownloadRecord) -> bool:
        return bool(record.done_sha256 and record.sha256 and record.done_sha256 != record.sha256)

    # ---- asking for downloads ----
    def plan(self, course_id: str, material_ids: list[str] | None = None,
             variant: str | None = None) -> list[tuple[Material, Variant, int]]:
        """What enqueue would queue: (material, variant, bytes still to fetch), smallest first."""
        course = self.library.course(course_id)
        preferred = variant or self.settings.get(DEFAULT_VARIANT)
        known = self.states(course_id)
        out = []
        for _lecture, material in course.materials():
            if material_ids is not None and material.id not in material_ids:
                continue
            if self.library.material_file(course_id, material) is not None and not material.variant(preferred):
                continue  # ships inside the package: already offline
            chosen = (material.variant(variant) if variant else None) or pick_variant(material, preferred)
            if chosen is None or not chosen.url:
                if material_ids is not None and not material.is_link:
                    raise CompanionError(f"'{material.title}' has no file to download", code=reasons.NO_FILE,
                                         data={"title": material.title})
                continue
            if chosen.path and self.library.local_file(course_id, chosen) is not None:
                continue
            record = known.get((material.id, chosen.name))
            if record and record.state == DONE and not (chosen.sha256 and record.done_sha256 != chosen.sha256):
                continue
            have = record.part_bytes if record and record.state != DONE and record.sha256 == chosen.sha256 else 0
            out.append((material, chosen, max(0, (chosen.size or 0) - have)))
        return sorted(out, key=lambda item: item[2])

    def enqueue(self, course_id: str, material_ids: list[str] | None = None, variant: str | None = None) -> list[str]:
        """Queue materials (all downloadable ones when None), smallest first; returns their titles."""
        queued = []
        for material, chosen, _left in self.plan(course_id, material_ids, variant):
            with self.lock:  # asked for again after a removal: no longer cancelled
                self.stop_flags.pop((course_id, material.id, chosen.name), None)
            self.store.upsert_download(course_id, material.id, chosen.name, self.clock.now(), url=chosen.url,
                                       size=chosen.size, sha256=chosen.sha256, mime=chosen.mime, state=QUEUED,
                                       reason=None, priority=chosen.size or 0)
            queued.append(material.title)
        return queued

    # ---- what downloads may cost ----
    def policy(self) -> DataPolicy:
        return data_use.policy(self.settings)

    def local_now(self):
        return self.clock.now().astimezone(zone(self.zone_name()))

    def usage(self) -> Usage:
        return data_use.usage(self.settings, self.local_now().date())

    def _count(self, n: int) -> None:
        data_use.count(self.settings, n, self.local_now().date())

    def rate_limit(self) -> float | None:
        kbit = self.settings.get(BANDWIDTH)
        return kbit * 1000 / 8 if kbit else None

    def preview(self, course_id: str, material_ids: list[str] | None = None, variant: str | None = None, *,
                metered: bool | None = None) -> Preview:
        """What downloading these would cost: files, MB, time at the cap, the budget left."""
        sizes = [left for _m, _v, left in self.plan(course_id, material_ids, variant)]
        return preview(self.policy(), sizes, used_today=self.usage().bytes, rate_bytes=self.rate_limit(),
                       metered=metered, local_now=self.local_now())

    def pause(self, course_id: str, material_id: str, variant: str) -> None:
        with self.lock:
            self.stop_flags[(course_id, material_id, variant)] = "pause"
        self.store.upsert_download(course_id, material_id, variant, self.clock.now(), state=PAUSED)

    def resume(self, course_id: str, material_id: str, variant: str) -> None:
        with self.lock:
            self.stop_flags.pop((course_id, material_id, variant), None)
        self.store.upsert_download(course_id, material_id, variant, self.clock.now(), state=QUEUED, reason=None)

    def remove(self, course_id: str, material_id: str, variant: str) -> None:
        """Cancel a download or free the space of a finished one."""
        with self.lock:
            self.stop_flags[(course_id, material_id, variant)] = "cancel"
        target = self._target_base(course_id, material_id, variant)
        for path in target.parent.glob(target.name + "*"):
            path.unlink(missing_ok=True)
        self.store.delete_download(course_id, material_id, variant)

    def free_course(self, course_id: str) -> int:
        """Remove every downloaded (or half-downloaded) file of a course; returns the bytes freed."""
        freed = self.space_used().get(course_id, 0)
        for record in self.store.downloads(course_id):
            self.remove(course_id, record.material_id, record.variant)
        folder = self.folder / course_id
        if folder.is_dir():
            shutil.rmtree(folder, ignore_errors=True)
        return freed

    def space_used(self) -> dict[str, int]:
        out: dict[str, int] = {}
        base = self.folder
        if base.is_dir():
            for course in base.iterdir():
                out[course.name] = sum(p.stat().st_size for p in course.rglob("*") if p.is_file())
        return out

    # ---- doing them ----
    def _target_base(self, course_id: str, material_id: str, variant: str) -> Path:
        return self.folder / course_id / f"{material_id}-{variant}"

    def _final_path(self, key: tuple[str, str, str], sha256: str | None, mime: str) -> Path:
        base = self._target_base(*key)
        return base.parent / f"{base.name}-{(sha256 or 'file')[:12]}{EXTENSIONS.get(mime, '')}"

    def adopt(self, course_id: str, material: Material, variant: Variant, source: Path, sha256: str) -> Path:
        """Take a file already checked against ``sha256`` (from a course bundle) as if it had just been
        downloaded: moved into place (same disk: a rename) and recorded as done."""
        key = (course_id, material.id, variant.name)
        final = self._final_path(key, sha256, variant.mime)
        final.parent.mkdir(parents=True, exist_ok=True)
        previous = next((d.path for d in self.store.downloads(course_id)
                         if (d.material_id, d.variant) == key[1:]), None)
        os.replace(source, final)
        fsync_dir(final.parent)
        size = final.stat().st_size
        self.store.upsert_download(*key, self.clock.now(), url=variant.url or "", size=size, sha256=sha256,
                                   mime=variant.mime, state=DONE, path=str(final),
                                   done_sha256=sha256, reason=None, etag=None)
        if previous and previous != str(final):
            Path(previous).unlink(missing_ok=True)
        for part in final.parent.glob(f"{self._target_base(*key).name}-*.part"):
            part.unlink(missing_ok=True)  # a half-finished download of it is no longer needed
        if self.on_verified is not None:
            self.on_verified(*key)
        return final

    def failed(self, course_id: str | None = None) -> list[DownloadRecord]:
        return [d for d in self.store.downloads(course_id) if d.state == FAILED]

    def pending(self, course_id: str | None = None) -> list[DownloadRecord]:
        return [self._with_part(d) for d in self.store.downloads(course_id) if d.state in ACTIVE]

    def run(self, course_id: str | None = None, *, rate_bytes: float | None = None,
            progress: Callable[[Progress], None] | None = None, metered: bool | None = None) -> DownloadReport:
        """Fetch what is queued, smallest first, within the data settings; ``metered`` is what the
        operating system says about the connection (None: it does not say)."""
        report = DownloadReport()
        client = self.client(course_id)
        if client is None:
            report.signed_out = report.unreachable = True
            report.failure = Reason(reasons.SIGNED_OUT, {"expired": False})
            return report
        if rate_bytes is None:
            rate_bytes = self.rate_limit()
        bucket = TokenBucket(rate_bytes, clock=self.monotonic, sleep=self.sleep)
        policy = self.policy()
        pending = sorted(self.pending(course_id), key=lambda r: (r.size or 0) - r.part_bytes)
        self._peers_until = self.monotonic() + self.peer_run_s
        offers = self.peer_offers() if pending else {}
        for record in pending:
            peers = offers.get((record.course_id, record.material_id, record.variant, record.sha256 or ""), [])
            held = None if peers else hold_reason(policy, remaining_bytes=max(0, (record.size or 0) - record.part_bytes),
                               used_today=self.usage().bytes, metered=metered, local_now=self.local_now())
            if held:
                self.store.upsert_download(record.course_id, record.material_id, record.variant, self.clock.now(),
                                           state=QUEUED, reason=held)
                report.waiting += 1
                continue
            own = client if course_id else self.client(record.course_id)  # each course's own portal
            if own is None:  # not signed in there: it waits
                report.waiting += 1
                continue
            try:
                self.download(own, record, bucket, progress, title=self._title(record), peers=peers)
                report.done += 1
            except Stopped:
                report.stopped = True
            except PortalError as exc:
                self.store.upsert_download(record.course_id, record.material_id, record.variant, self.clock.now(),
                                           state=QUEUED if exc.kind == RETRYABLE else FAILED, reason=exc.reason,
                                           tries=record.tries + 1)
                if exc.kind == RETRYABLE:
                    report.unreachable = True
                    report.failure = exc.reason
                    break
                report.failed += 1
            except CompanionError as exc:
                report.failed += 1
                self.store.upsert_download(record.course_id, record.material_id, record.variant, self.clock.now(),
                                           state=FAILED, reason=exc.reason, tries=record.tries + 1)
            except (ValueError, OSError, RuntimeError) as exc:  # an answer no rule foresaw: this file waits, the run goes on
                log.warning("downloading %s failed", record.material_id, exc_info=True)
                report.failed += 1
                self.store.upsert_download(record.course_id, record.material_id, record.variant, self.clock.now(),
                                           state=QUEUED, reason=Reason(reasons.BAD_ANSWER, {"what": "file"}),
                                           tries=record.tries + 1)
        return report

    def peer_offers(self) -> dict[tuple[str, str, str, str], list[Peer]]:
        """Which peer has which file: (course, material, variant, sha256) -> peers, from their indexes
        (asked once per run; a peer that does not answer, or answers nonsense, offers nothing)."""
        offers: dict[tuple[str, str, str, str], list[Peer]] = {}
        try:
            peers = list(self.peers())
        except Exception:  # discovery failing must never stop downloads from the portal
            log.info("looking for computers sharing on this network failed", exc_info=True)
            return offers
        for peer in peers:
            if self.shunned.get((peer.host, peer.port), 0) > self.monotonic():
                log.info("peer %s misbehaved a while ago: not asked", plain_text(peer.name))
                continue
            try:
                response = _peer_client(peer).request("GET", INDEX_PATH, stream=True)
                try:
                    body = response.raw.read(PEER_INDEX_BYTES + 1, decode_content=True)
                    named = response.headers.get("X-Companion-Peer")
                finally:
                    response.close()
                index = loads_bounded(body, max_bytes=PEER_INDEX_BYTES)
                files = index.get("files", []) if isinstance(index, dict) else []
                named = index.get("name") if isinstance(index, dict) and isinstance(index.get("name"), str) else named
            except Untrusted as exc:
                log.info("peer %s (%s) gave an index we do not read: %s", plain_text(peer.name), peer.base, exc.code)
                self._shun(peer)
                continue
            except Exception as exc:  # noqa: BLE001 - whatever a peer does costs only its own offers
                log.info("peer %s (%s) gave no index: %s", plain_text(peer.name), peer.base, type(exc).__name__)
                continue
            if named:
                peer = Peer(plain_text(named, 60) or peer.host, peer.host, peer.port)
            for entry in files[:100_000] if isinstance(files, list) else []:
                item = SharedFile.from_json(entry) if isinstance(entry, dict) else None
                if item is not None:
                    offers.setdefault(item.key(), []).append(peer)
        return offers

    def _shun(self, peer: Peer) -> None:
        self.shunned[(peer.host, peer.port)] = self.monotonic() + PEER_PENALTY_S

    def _title(self, record: DownloadRecord) -> str:
        try:
            course = self.library.course(record.course_id)
        except CompanionError:
            return record.material_id
        return next((m.title for _l, m in course.materials() if m.id == record.material_id), record.material_id)

    def download(self, client: PortalClient, record: DownloadRecord, bucket: TokenBucket,
                 progress: Callable[[Progress], None] | None = None, *, title: str = "",
                 peers: list[Peer] | tuple[Peer, ...] = ()) -> Path:
        key = (record.course_id, record.material_id, record.variant)
        now = self.clock.now
        final, part = self._paths(record)
        final.parent.mkdir(parents=True, exist_ok=True)
        needed = (record.size or 0) - (part.stat().st_size if part.exists() else 0)
        free = shutil.disk_usage(final.parent).free
        if needed + SPACE_MARGIN > free:
            raise CompanionError(f"not enough disk space: it needs {needed / 1e6:.0f} MB and {free / 1e6:.0f} MB "
                                 "are free", code=reasons.NO_SPACE, data={"needed": needed, "free": free})
        sources = [(peer, _peer_client(peer), peer.base + file_path(*key, record.sha256 or ""))
                   for peer in peers if record.sha256]
        sources.append((None, client, client.material_url(record.course_id, record.url)))
        # bytes from a peer in the part (a drop, or a run that ended): the portal may continue them, and
        # if the whole does not match, the portal's whole file replaces them at once (never a failure)
        from_peer = part.exists() and record.source not in (None, PORTAL)
        digest = self._complete_part(record, part)  # checked before anyone is asked for more
        name = None
        for peer, via, url in [] if digest is not None else sources:
            name = PORTAL if peer is None else peer.name
            if peer is None:
                try:
                    digest = self._fetch(via, url, name, record, part, bucket, progress, title)
                except CompanionError as exc:
                    if not (from_peer and exc.code in (reasons.CHECKSUM, reasons.TOO_MANY_BYTES)):
                        raise
                    log.info("the portal's bytes did not continue a peer's part of %s: fetched whole", key)
                    _cut(part, 0)
                    digest = self._fetch(via, url, name, replace(record, source=PORTAL), part, bucket, progress,
                                         title)
                break
            if self.shunned.get((peer.host, peer.port), 0) > self.monotonic() or self.monotonic() > self._peers_until:
                continue  # it misbehaved earlier in this run (or a while ago), or peers had their time
            kept = part.stat().st_size if part.exists() else 0
            try:
                digest = self._fetch(via, url, name, record, part, bucket, progress, title, peer=True)
                break
            except Stopped:
                _cut(part, kept)  # paused: the part keeps only bytes the portal may continue
                raise
            except Exception as exc:  # noqa: BLE001 - nothing a peer does ends the run: the portal follows
                code = getattr(exc, "code", None) or type(exc).__name__
                dropped = isinstance(exc, PortalError) and code in (reasons.CONNECTION_DROPPED, reasons.STOPPED_AT)
                if dropped and part.exists() and part.stat().st_size > kept:
                    from_peer = True  # its bytes so far are kept: the portal continues them (checked whole)
                    record = replace(record, source=name)
                else:
                    _cut(part, kept)  # lied, wrong bytes, too slow: nothing it added is kept
                    self.store.upsert_download(*key, now(), source=record.source)
                if not (dropped or code == reasons.UNREACHABLE):
                    self._shun(peer)  # misbehaved: not asked again for a while
                log.info("%s could not give %s: %s; trying the next source", plain_text(name), key, cut_code(code))
        if name is None:
            name = record.source or PORTAL
        os.replace(part, final)
        dir_fd = os.open(final.parent, os.O_RDONLY) if hasattr(os, "O_DIRECTORY") else None
        if dir_fd is not None:
            try:
                os.fsync(dir_fd)
            finally:
                os.close(dir_fd)
        previous = next((d.path for d in self.store.downloads(record.course_id)
                         if (d.course_id, d.material_id, d.variant) == key), None)
        self.store.upsert_download(*key, now(), state=DONE, path=str(final), done_sha256=digest.hexdigest(),
                                   reason=None, source=name)
        if previous and previous != str(final):
            Path(previous).unlink(missing_ok=True)  # the old copy stayed usable until the new one was verified
        if self.on_verified is not None:
            self.on_verified(*key)
        return final

    def _complete_part(self, record: DownloadRecord, part: Path):
        """The digest of a part already as long as the file and matching its sha256; a part as long
        or longer that does not match is removed (None either way when it is not complete)."""
        try:
            size = part.stat().st_size
        except OSError:
            return None
        if not record.size or size < record.size:
            return None
        digest = hashlib.sha256()
        if size == record.size:
            with open(part, "rb") as handle:
                for block in iter(lambda: handle.read(1 << 20), b""):
                    digest.update(block)
            if not record.sha256 or digest.hexdigest() == record.sha256:
                return digest
        part.unlink(missing_ok=True)
        return None

    def _fetch(self, via: PortalClient, url: str, name: str, record: DownloadRecord, part: Path, bucket: TokenBucket,
               progress: Callable[[Progress], None] | None, title: str, *, peer: bool = False):
        """Bring ``part`` to the whole file from one source (resuming it) and check its sha256;
        returns the digest. Only the portal's bytes count against the daily data budget."""
        key = (record.course_id, record.material_id, record.variant)
        now = self.clock.now
        count = self._count if name == PORTAL else (lambda n: None)
        digest = hashlib.sha256()
        offset = 0
        if part.exists():
            with open(part, "rb") as handle:
                for block in iter(lambda: handle.read(1 << 20), b""):
                    digest.update(block)
                    offset += len(block)
        self.store.upsert_download(*key, now(), state=DOWNLOADING, reason=None, source=name)
        written = counted = offset
        # If-Range: a peer's ETag is the sha256 itself; the portal's only when the part came from it
        if_range = (etag_of(record.sha256) if name != PORTAL and record.sha256
                    else record.etag if record.source in (None, PORTAL) else None)
        from companion.portal.transfer import open_transfer

        transfer = open_transfer(via, url, offset=offset, etag=if_range if offset else None)
        try:
            if transfer.status == 200 and offset:
                # the server ignored the range, or the file changed since (If-Range): start again
                offset, digest = 0, hashlib.sha256()
                open(part, "wb").close()
            elif transfer.status == 206 and transfer.start != offset:
                raise PortalError(RETRYABLE, "The server resumed at the wrong place; the download starts again.",
                                  code=reasons.WRONG_PLACE)
            total = transfer.total if transfer.status == 200 else (transfer.total or record.size)
            expected = record.size or total
            if record.mime in ("application/pdf",) or record.mime.startswith(("video/", "audio/")):
                if transfer.content_type == "text/html":
                    raise CompanionError(f"the server sent a web page instead of the {record.mime} file "
                                         "(perhaps a login or error page); nothing was kept", code=reasons.WEB_PAGE,
                                         data={"mime": record.mime})
            if name == PORTAL:
                self.store.upsert_download(*key, now(), etag=transfer.etag)
            written, since_save, counted = offset, 0, offset
            window_start, window_bytes = self.monotonic(), 0
            began = window_start
            with open(part, "ab") as handle:
                for chunk in transfer.chunks():
                    with self.lock:
                        flag = self.stop_flags.get(key)
                    if flag:
                        handle.flush()
                        os.fsync(handle.fileno())
                        raise Stopped(flag)
                    if expected and written + len(chunk) > expected:
                        raise CompanionError("the server sent more bytes than the file has; the part was discarded",
                                             code=reasons.TOO_MANY_BYTES)
                    handle.write(chunk)
                    digest.update(chunk)
                    written += len(chunk)
                    if peer:  # a slow peer loses to the portal: a minimum rate, not a per-read timeout alone
                        spent = self.monotonic() - began
                        if spent > self.peer_grace_s and (written - offset) / spent < self.peer_min_rate:
                            raise _PeerFault("slow")
                    since_save += len(chunk)
                    window_bytes += len(chunk)
                    bucket.take(len(chunk))
                    if since_save >= SAVE_EVERY:
                        handle.flush()
                        count(written - counted)
                        since_save, counted = 0, written
                    if progress:
                        elapsed = self.monotonic() - window_start
                        progress(Progress(*key, written, expected, window_bytes / elapsed if elapsed > 0 else 0.0, title))
                        if elapsed > 3:
                            window_start, window_bytes = self.monotonic(), 0
                handle.flush()
                os.fsync(handle.fileno())
        finally:
            transfer.close()
            count(written - counted)
        if expected and written < expected:
            raise PortalError(RETRYABLE, f"The download stopped at {written} of {expected} bytes; it resumes later.",
                              code=reasons.STOPPED_AT, data={"written": written, "expected": expected})
        if record.sha256 and digest.hexdigest() != record.sha256:
            part.unlink(missing_ok=True)
            raise CompanionError("the file that arrived does not match its checksum (sha256); it was discarded and "
                                 "will be downloaded again", code=reasons.CHECKSUM)
        return digest


def _cut(part: Path, length: int) -> None:
    """Cut ``part`` back to ``length`` bytes (what a peer added is not kept), or remove it."""
    try:
        if length <= 0:
            part.unlink(missing_ok=True)
        elif part.exists() and part.stat().st_size > length:
            with open(part, "r+b") as handle:
                handle.truncate(length)
    except OSError:
        part.unlink(missing_ok=True)


def cut_code(code: object) -> str:
    return plain_text(code, 40)


def _peer_client(peer: Peer) -> PortalClient:
    """A client for a colleague's computer: no token (ever), no retries (the portal is the fallback)."""
    from companion.portal.client import PortalClient

    return PortalClient(peer.base, None, retries=0, timeout=PEER_TIMEOUT)


