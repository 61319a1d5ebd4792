"""Updates of the app itself, on the participant's terms: when to check, what it costs, and the switch.

- **When**: at most once a day by itself (``due``), and only when the link allows what a check costs
  (a few kilobytes of signed metadata) under the same rules as large downloads: on unmetered links
  only, within the daily budget (Settings -> Downloads). "Never" (Settings -> Updates) stops it; a
  check asked for by hand goes whatever the rules say (it costs kilobytes), a download never does.
- **What it costs**: an update is a binary patch from the installed version when the repository signed
  one, the whole archive otherwise (:mod:`companion.updates.client`). One of ``ASK_BYTES`` or more, or
  on a metered link, or past the day's budget, is offered first (:class:`State` ``OFFER``: its size,
  the whole archive's, and the release notes) and fetched only once the participant says so; it
  waits for the off-peak window when it counts as large. Every byte counts towards the day's budget.
- **Where**: the repository URL built into the app (``resources/updates/repository-url``), else the
  one in Settings, and ``COMPANION_UPDATE_URL`` over both; the files themselves from a copy on the
  office network first when Settings names one (``UPDATE_MIRROR``; the metadata always from the
  repository, every byte checked against it, a wrong or absent copy only costs the attempt); and before
  both from a colleague's Companion on the same network that offers it (``peers``: what discovery
  finds; their share server passes on the update files they fetched, see :mod:`companion.sync.share`).
  Bytes from colleagues do not count towards the day's budget (they never cross the metered link), and
  a download the rules hold back is still taken from a colleague who offers it (the repository waits).
  The file fetched is kept in ``downloads/`` until the next update, so this computer can pass it on.
- **The switch**: the new folder is built next to the installed one, renamed into place and staged
  (:mod:`companion.services.app_folders`); it starts at the next start ("ready at next start").

Nothing here builds a sentence: every outcome is a :class:`State` with codes and figures
(:class:`~companion.domain.updates.UpdateFailure` for what failed), the UI has the words.
"""

from __future__ import annotations

import logging
import os
import shutil
import threading
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from enum import StrEnum
from pathlib import Path
from typing import Any

from companion.domain.clock import Clock
from companion.domain.data_use import hold_reason, preview
from companion.domain.reasons import Reason
from companion.domain.schedule import zone
from companion.domain.updates import UpdateFailure
from companion.paths import resources_dir

from . import app_folders, data_use
from .settings import UPDATE_LAST, UPDATE_MIRROR, UPDATE_URL, UPDATES_MODE, Settings, check_update_url

log = logging.getLogger(__name__)

URL_ENV = "COMPANION_UPDATE_URL"
BUILT_IN_URL = Path("updates") / "repository-url"  # under resources/: written by build_installer.py --update-url
CHECK_BYTES = 64_000  # what a check may cost (timestamp, snapshot, targets, a root rotation), for the rules
ASK_BYTES = 5_000_000  # an update this large (or on a metered link, or past the budget) is offered first
CHECK_EVERY = timedelta(hours=20)  # about once a day, a little earlier so a daily start does not miss it
RETRY_HELD = timedelta(minutes=55)  # after the download rules held a check or a download back


class State(StrEnum):
    NEVER = "never"  # the participant said never
    NO_REPOSITORY = "no_repository"  # no URL built in, set or given
    NOT_INSTALLED = "not_installed"  # a run from source: updates come with its source
    NOT_WRITABLE = "not_writable"  # installed for all users (/opt): the administrator updates it
    HELD = "held"  # the download rules hold the check or the download back (``hold``)
    UP_TO_DATE = "up_to_date"
    OFFER = "offer"  # an update the participant decides on (``offer``: its cost and notes)
    READY = "ready"  # staged: it starts at the next start (``version``)
    FAILED = "failed"  # ``error``: an UpdateFailure code; nothing was installed
    FAILED_BEFORE = "failed_before"  # ``version`` was installed once and never started: not fetched again


@dataclass(frozen=True)
class Status:
    state: State
    installed: str | None = None
    version: str | None = None  # the version offered, staged or failed
    offer: Any = None  # companion.updates.client.Offer
    error: str | None = None  # an UpdateFailure code
    hold: Reason | None = None
    bytes_used: int = 0  # what this step cost on the network (colleagues' bytes on the office network not included)
    source: str | None = None  # where the update file came from: "peer" | "mirror" | "repository"
    at: datetime | None = None


@dataclass(frozen=True)
class UpdateView:
    """What Settings -> Updates shows."""

    mode: str  # "when_allowed" | "never"
    url: str | None  # in use
    url_source: str  # "env" | "setting" | "built_in" | "none"
    chosen_url: str | None  # what Settings holds
    built_in_url: str | None
    installed: str | None  # None: not an installed copy
    ready: str | None  # staged for the next start
    rolled_back: str | None  # a version that was tried and never started
    last: dict | None  # UPDATE_LAST
    last_offer: Any = None  # the offer this session found and the participant has not decided on
    mirror: str | None = None  # a copy of the repository on the office network (UPDATE_MIRROR)


def platform_tag() -> str:
    """This computer's platform as the repository names builds (the client's own rule)."""
    from companion.updates.client import platform_tag as tag  # python-tuf is imported only when needed

    return tag()


BUILT_IN_ROOT = Path("updates") / "root.json"  # the build's root of trust (companion.updates.client reads the same)


def build_file(install: "app_folders.Install | None", name: Path) -> Path:
    """A file the build carries under resources/: the installed version folder's own (a frozen app's
    resources are in ``_internal/resources``), else this program's resources folder."""
    if install is not None:
        inside = install.folder / "_internal" / "resources" / name
        if inside.is_file():
            return inside
    return resources_dir() / name


def built_in_url(install: "app_folders.Install | None" = None) -> str | None:
    try:
        text = build_file(install, BUILT_IN_URL).read_text(encoding="utf-8").strip()
        return check_update_url(text) if text else None
    except (OSError, ValueError):
        return None
    except Exception:  # a CompanionError for a malformed one: as if none were built in
        return None


@dataclass
class UpdateService:
    settings: Settings
    clock: Clock
    state_dir: Path  # the data folder's updates/: TUF metadata and downloads
    install: app_folders.Install | None = None
    client_factory: Callable[..., Any] | None = None  # UpdateClient's signature (tests give a trusted root)
    peers: Callable[[], list] | None = None  # colleagues' Companions sharing on this network (Peer), or None
    _offer: Any = field(default=None, repr=False)
    _busy: threading.RLock = field(default_factory=threading.RLock, repr=False)  # one check or fetch at a time
    _refused_peers: set = field(default_factory=set, repr=False)  # colleagues who sent bad bytes: not asked again

    # ---- what Settings shows and keeps ----
    def url(self) -> tuple[str | None, str]:
        env = os.environ.get(URL_ENV, "").strip()
        if env:
            try:
                return check_update_url(env), "env"
            except Exception:
                log.warning("ignoring %s: not a web address", URL_ENV)
        chosen = self.settings.get(UPDATE_URL)
        if chosen:
            return chosen, "setting"
        baked = built_in_url(self.install)
        return (baked, "built_in") if baked else (None, "none")

    def view(self) -> UpdateView:
        url, source = self.url()
        root = self.install.root if self.install else None
        ready = app_folders.pending_version(root) if root else None
        return UpdateView(self.settings.get(UPDATES_MODE), url, source, self.settings.get(UPDATE_URL),
                          built_in_url(self.install),
                          self.install.version if self.install else None,
                          ready if ready and ready != (self.install.version if self.install else None) else None,
                          app_folders.failed_version(root) if root else None, self.settings.get(UPDATE_LAST),
                          self._offer, self.settings.get(UPDATE_MIRROR))

    def set_mode(self, mode: str) -> None:
        self.settings.set(UPDATES_MODE, mode)

    def set_url(self, url: str | None) -> None:
        self.settings.set(UPDATE_URL, (url or "").strip() or None)

    def set_mirror(self, url: str | None) -> None:
        self.settings.set(UPDATE_MIRROR, (url or "").strip() or None)

    def due(self) -> bool:
        """Whether a check by itself is due (never when the participant said never)."""
        if self.settings.get(UPDATES_MODE) == "never":
            return False
        last = self.settings.get(UPDATE_LAST) or {}
        try:
            at = datetime.fromisoformat(last["at"])
        except (KeyError, TypeError, ValueError):
            return True
        # held back by the download rules: asked again within the hour (the link or the hour may allow it now)
        again = RETRY_HELD if last.get("state") == State.HELD.value else CHECK_EVERY
        return self.clock.now() - at >= again

    # ---- the steps ----
    def _local_now(self) -> datetime:
        return self.clock.now().astimezone(zone(self.settings.time_zone()))

    def _client(self, url: str):
        mirror = self.settings.get(UPDATE_MIRROR)
        mirrors = [mirror] if mirror else []  # targets from the office copy first; metadata from the repository
        if self.client_factory is not None:
            client = self.client_factory(url, self.state_dir, installed_version=self.install.version,
                                         platform_tag=platform_tag(), mirrors=mirrors, peers=self.peers)
        else:
            from companion.updates.client import UpdateClient  # python-tuf is imported only when needed

            try:
                root = build_file(self.install, BUILT_IN_ROOT).read_bytes()
            except OSError:
                root = None  # the client says NO_TRUST_ROOT
            client = UpdateClient(url, self.state_dir, installed_version=self.install.version,
                                  platform_tag=platform_tag(), trusted_root=root, mirrors=mirrors, peers=self.peers)
        if isinstance(getattr(client, "refused_peers", None), set):
            # the same set: a colleague who sent bad bytes is not asked again while the app runs
            client.refused_peers = self._refused_peers
        return client

    def _remember(self, status: Status) -> Status:
        status = replace(status, at=self.clock.now(), installed=self.install.version if self.install else None)
        offer = status.offer
        self.settings.set(UPDATE_LAST, {"at": status.at.isoformat(), "state": status.state.value,
                                        "installed": status.installed, "version": status.version,
                                        "error": status.error,
                                        "kind": getattr(offer, "kind", None), "size": getattr(offer, "size_bytes", None),
                                        "source": status.source,
                                        "hold": {"code": status.hold.code, "data": dict(status.hold.data)}
                                        if status.hold else None})
        return status

    def _precondition(self) -> Status | None:
        if self.install is None:
            return Status(State.NOT_INSTALLED)
        if not os.access(self.install.root, os.W_OK) or not os.access(self.install.root / "versions", os.W_OK):
            return Status(State.NOT_WRITABLE)
        if self.url()[0] is None:
            return Status(State.NO_REPOSITORY)
        return None

    def check(self, metered: bool | None, *, by_hand: bool = False) -> Status:
        """Ask the repository whether there is an update; fetch it straight away when it is small and
        the rules allow (then READY), offer it when it is large (OFFER). ``metered``: what the system
        says of the link (None: it does not say)."""
        if self.settings.get(UPDATES_MODE) == "never" and not by_hand:
            return Status(State.NEVER)
        blocked = self._precondition()
        if blocked is not None:
            return blocked
        policy, now = data_use.policy(self.settings), self._local_now()
        used = data_use.usage(self.settings, now.date()).bytes
        held = hold_reason(policy, remaining_bytes=CHECK_BYTES, used_today=used, metered=metered, local_now=now)
        if held is not None and not by_hand:
            return self._remember(Status(State.HELD, hold=held))
        with self._busy:
            return self._check(metered)

    def _check(self, metered: bool | None) -> Status:
        from companion.updates.client import UpdateError

        client = self._client(self.url()[0])
        try:
            offer = client.check()
        except UpdateError as e:
            return self._remember(Status(State.FAILED, error=_code(e), bytes_used=self._count(client)))
        spent = self._count(client)
        if offer is None:
            self._offer = None
            return self._remember(Status(State.UP_TO_DATE, bytes_used=spent))
        root = self.install.root
        if offer.version == app_folders.failed_version(root):
            return self._remember(Status(State.FAILED_BEFORE, version=offer.version, bytes_used=spent))
        if app_folders.pending_version(root) == offer.version:
            return self._remember(Status(State.READY, version=offer.version, bytes_used=spent))
        self._offer = offer
        if self._worth_asking(offer, metered):
            return self._remember(Status(State.OFFER, version=offer.version, offer=offer, bytes_used=spent))
        done = self.fetch(offer, metered, client=client)
        return replace(done, bytes_used=done.bytes_used + spent)

    def _worth_asking(self, offer, metered: bool | None) -> bool:
        now = self._local_now()
        used = data_use.usage(self.settings, now.date()).bytes
        cost = preview(data_use.policy(self.settings), [offer.size_bytes], used_today=used, rate_bytes=None,
                       metered=metered, local_now=now)
        return cost.worth_asking(threshold_mb=ASK_BYTES // 1_000_000)

    def fetch(self, offer, metered: bool | None, *, progress: Callable[[int, int], None] | None = None,
              cancel: threading.Event | None = None, client: Any = None) -> Status:
        """Download the offer (when the rules allow), build its folder beside the installed one, check
        it, and stage it for the next start."""
        blocked = self._precondition()
        if blocked is not None:
            return blocked
        policy, now = data_use.policy(self.settings), self._local_now()
        used = data_use.usage(self.settings, now.date()).bytes
        held = hold_reason(policy, remaining_bytes=offer.size_bytes, used_today=used, metered=metered, local_now=now)
        if held is not None and not self._colleagues():
            return self._remember(Status(State.HELD, version=offer.version, offer=offer, hold=held))
        # held back: a colleague on the office network may still hand it over (those bytes never cross the
        # metered link nor count towards the budget), as lecture files; the repository waits for the rules
        with self._busy:  # the window's own check and one by hand share the metadata folder: one at a time
            if app_folders.pending_version(self.install.root) == offer.version:
                return Status(State.READY, version=offer.version, offer=offer)  # fetched meanwhile
            return self._fetch(offer, metered, progress, cancel, client or self._client(self.url()[0]), held)

    def _colleagues(self) -> bool:
        """Whether any colleague's Companion shares on this network now (asked before a held download)."""
        try:
            return bool(self.peers and list(self.peers()))
        except Exception:  # noqa: BLE001 - discovery failing only means: no colleague
            return False

    def _fetch(self, offer, metered, progress, cancel, client, held: Reason | None = None) -> Status:
        from companion.updates.client import UpdateError

        root = self.install.root
        partial = app_folders.partial_folder(root, offer.version)
        try:
            if partial.exists():
                shutil.rmtree(partial)
            if held is not None:
                try:
                    downloaded = client.download(offer, progress, cancel, peers_only=True)
                except UpdateError as e:
                    if _code(e) == UpdateFailure.CANCELLED.value:
                        raise
                    return self._remember(Status(State.HELD, version=offer.version, offer=offer, hold=held,
                                                 bytes_used=self._count(client)))
            else:
                downloaded = client.download(offer, progress, cancel)
            try:
                client.build_folder(offer, downloaded, self.install.folder, partial)
            except UpdateError as e:
                if _code(e) != UpdateFailure.BASE_CHANGED.value or offer.kind == "archive":
                    raise
                # the installed folder is not its build any more (a file changed): the whole archive then,
                # under the same rules (it is large: offered first)
                shutil.rmtree(partial, ignore_errors=True)
                Path(downloaded).unlink(missing_ok=True)
                whole = client.whole_archive(offer)
                self._offer = whole
                return self._remember(Status(State.OFFER, version=whole.version, offer=whole,
                                             error=UpdateFailure.BASE_CHANGED.value, bytes_used=self._count(client)))
            app_folders.install_folder(root, offer.version)
            app_folders.stage(root, offer.version)
            _keep_only(Path(downloaded))  # kept (verified) so colleagues can take it from here; older ones go
            self._offer = None
            return self._remember(Status(State.READY, version=offer.version, offer=offer,
                                         bytes_used=self._count(client), source=getattr(client, "served_by", None)))
        except UpdateError as e:
            shutil.rmtree(partial, ignore_errors=True)
            return self._remember(Status(State.FAILED, version=offer.version, error=_code(e),
                                         bytes_used=self._count(client)))
        except OSError as e:
            log.warning("the update could not be written: %s", e)
            shutil.rmtree(partial, ignore_errors=True)
            return self._remember(Status(State.FAILED, version=offer.version, error=UpdateFailure.DISK.value,
                                         bytes_used=self._count(client)))

    def _count(self, client: Any) -> int:
        """Count what the client has received since the last call towards the day's budget (not what
        colleagues sent on the office network)."""
        total = int(getattr(client, "bytes_received", 0) or 0) - int(getattr(client, "bytes_from_peers", 0) or 0)
        counted = getattr(client, "_companion_counted", 0)
        client._companion_counted = total
        spent = max(0, total - counted)
        data_use.count(self.settings, spent, self._local_now().date())
        return spent


def _keep_only(downloaded: Path) -> None:
    """Keep the update file just installed (for colleagues) and remove the older ones beside it."""
    for other in downloaded.parent.iterdir():
        if other != downloaded and other.is_file():
            other.unlink(missing_ok=True)


def _code(error: Exception) -> str:
    code = getattr(error, "code", None)
    return getattr(code, "value", code) or UpdateFailure.BAD_METADATA.value
