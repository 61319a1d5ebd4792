"""How a portal is set up: where its records and uploads live, its limits, its clock, and (for tests
and benchmarks only) the faults it should inject."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path

from .limits import Limits

UTC = timezone.utc


def now_utc() -> datetime:
    return datetime.now(UTC)


@dataclass
class Faults:
    """Make the next requests fail on purpose: ``fail_next(2, 503, retry_after=1)``."""

    pending: list[tuple[int, int | None, str]] = field(default_factory=list)
    ignore_range: bool = False  # answer every material request with the whole file
    html_instead: bool = False  # answer material requests with a web page (a captive portal, a login page)
    lock: threading.Lock = field(default_factory=threading.Lock)
    seen: list[str] = field(default_factory=list)
    # a portal that knows less: paths containing one of these answer 404 as an unknown route does
    absent: tuple[str, ...] = ()
    # a link that drops requests: every ``drop_every``-th request answers ``drop_status`` with Retry-After
    drop_every: int = 0
    drop_status: int = 503
    drop_retry_after: int | None = 1
    _count: int = 0

    def fail_next(self, count: int, status: int, retry_after: int | None = None, path_contains: str = "") -> None:
        with self.lock:
            self.pending.extend([(status, retry_after, path_contains)] * count)

    def take(self, path: str) -> tuple[int, int | None] | None:
        with self.lock:
            self.seen.append(path)
            self._count += 1
            if self.drop_every and self._count % self.drop_every == 0:
                return self.drop_status, self.drop_retry_after
            for i, (status, retry_after, needle) in enumerate(self.pending):
                if needle in path:
                    del self.pending[i]
                    return status, retry_after
        return None


@dataclass
class PortalConfig:
    database_url: str
    data_dir: Path
    token_ttl: timedelta = timedelta(days=30)
    max_upload_bytes: int = 25_000_000
    clock: Callable[[], datetime] = now_utc
    faults: Faults | None = None
    # (no "offline grace": an item is on time by a commitment the portal received before the deadline
    # or by its own arrival, never by the client's claimed submitted_at; docs/protocol-commitments.md)
    # the secret that signs commitment receipts; None: COMPANION_PORTAL_RECEIPT_KEY, else
    # data_dir/receipt-key (made once, shared by the workers that share the data folder)
    receipt_key: bytes | None = None
    limits: Limits = field(default_factory=Limits)
    # bring the schema to the newest revision at start: None means on SQLite only (a demo, one
    # organizer's machine); a shared PostgreSQL is migrated by `companion-portal migrate`
    migrate: bool | None = None
    # requests run at once in each process (its thread pool), and as many pooled database
    # connections, kept open: none is opened and closed per request (see core.make_engine)
    threads: int = 40
    # a TUF update repository for the app (companion.updates.publish) served as static files at
    # /updates/: every byte is verified by the app against the repository's signed metadata
    updates_dir: Path | None = None

    @property
    def uploads_dir(self) -> Path:
        return self.data_dir / "uploads"
