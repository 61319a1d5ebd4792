"""The app's side of updates: python-tuf's ngclient over a bounded fetcher, plus the binary patch.

    client = UpdateClient(url, state_dir, installed_version="0.3.0", platform_tag="linux-x86_64")
    offer = client.check()                       # None: up to date
    path = client.download(offer, progress, cancel)
    client.build_folder(offer, path, current_folder, new_folder)

``check`` refreshes the TUF metadata (root -> timestamp -> snapshot -> targets; signatures, versions,
expiry, lengths and hashes all checked by python-tuf) and picks the newest signed release of this
platform that is newer than the installed version; the offer is a bsdiff4 patch from the installed
version when the repository signed one, the whole archive otherwise. ``download`` fetches that target
through TUF (its signed length and hash). ``build_folder`` turns it into the new app folder and checks
the result against the digest the repository signed for the whole build *before* unpacking.

Targets may come from mirrors (``mirrors=[...]``: a copy of the repository on the office network) before
the repository itself; metadata always comes from the repository, and every target byte is checked
against the signed hashes whichever server sent it.

Colleagues' Companions on the same network may serve the target too (``peers=``: a callable giving the
:class:`~companion.domain.sharing.Peer` s found on the network; their share server passes on the update
files they fetched). A peer whose index offers the target's signed sha256 and length is tried first,
through a fetcher with tighter bounds (``peer_fetcher``: a LAN is fast, a peer that is not costs
seconds); a peer that sends wrong, endless, slow or short bytes only costs its attempt, is not asked
again by this client, and the office copy or the repository serves the file.

The patch base: the installed app folder itself, packed again into the reproducible tar
(:mod:`companion.updates.archive`) -- nothing extra is kept on disk. When the installed folder no longer
packs to its build's signed digest, ``build_folder`` raises ``BASE_CHANGED`` and the caller asks
:meth:`UpdateClient.whole_archive` for the archive offer instead.

Every failure is an :class:`UpdateError` with a :class:`~companion.domain.updates.UpdateFailure` code;
nothing is installed and the current folder is never written to.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import logging
import lzma
import os
import platform
import sys
import shutil
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

import bsdiff4
from tuf.api import exceptions as tuf_errors
from tuf.api.metadata import Metadata, Root, Targets
from tuf.ngclient import Updater, UpdaterConfig

from companion.domain.updates import (Digest, Kind, PatchInfo, Release, UpdateFailure,
                                      choose_download, patch_name, pick_release, read_patch, read_release)
from companion.domain.sharing import INDEX_PATH, Peer, SharedUpdate, update_mirror
from companion.paths import resources_dir

from . import archive
from .fetcher import BoundedFetcher, Bounds, Cancelled

log = logging.getLogger(__name__)

BUNDLED_ROOT = Path("updates") / "root.json"  # under resources/: the build's root of trust for updates
METADATA_LIMITS = UpdaterConfig(max_root_rotations=32, root_max_length=256_000, timestamp_max_length=16_384,
                                snapshot_max_length=256_000, targets_max_length=2_000_000, max_delegations=0,
                                app_user_agent="Companion")
PEER_BOUNDS = Bounds(connect_timeout=3.0, read_timeout=5.0, min_rate=64_000.0, window=10.0, base_deadline=15.0,
                     deadline_rate=256_000.0)  # a colleague on the office network: fast, or passed over
PEER_INDEX_BYTES = 4_000_000  # a peer's index (its shared lecture files and update files) at most


def platform_tag() -> str:
    """This computer's platform as the repository names builds: linux-x86_64, windows-amd64, darwin-arm64."""
    system = {"win32": "windows", "darwin": "darwin"}.get(sys.platform, "linux" if sys.platform.startswith("linux")
                                                          else sys.platform)
    return f"{system}-{platform.machine().lower()}"


class UpdateError(Exception):
    """An update step failed; ``code`` says why (the UI has the words)."""

    def __init__(self, code: UpdateFailure, detail: str = ""):
        super().__init__(f"{code.value}: {detail}" if detail else code.value)
        self.code = code
        self.detail = detail


@dataclass(frozen=True)
class Offer:
    version: str
    kind: str  # 'patch' | 'archive'
    size_bytes: int  # what download() will fetch
    archive_size_bytes: int  # the whole archive (compressed), for comparison
    notes: dict[str, str] = field(default_factory=dict)  # language -> release notes
    # what the client needs later (all read from signed metadata)
    target: str = ""  # the repository path of the file to download
    target_sha256: str = ""
    archive_target: str = ""
    tar: Digest | None = None  # the new build's uncompressed tar: what unpacking must find
    base_tar: Digest | None = None  # the installed build's tar, when the repository still lists it
    from_version: str = ""


def _failure(exc: BaseException) -> UpdateFailure:
    """A python-tuf (or OS) exception as our code. Order matters: subclasses first."""
    if isinstance(exc, Cancelled):
        return UpdateFailure.CANCELLED
    if isinstance(exc, tuf_errors.DownloadLengthMismatchError):
        return UpdateFailure.TOO_LARGE
    if isinstance(exc, tuf_errors.SlowRetrievalError):
        return UpdateFailure.TOO_SLOW
    if isinstance(exc, tuf_errors.DownloadHTTPError):
        return UpdateFailure.HTTP_ERROR
    if isinstance(exc, tuf_errors.DownloadError):
        cause = exc.__cause__
        if isinstance(cause, tuf_errors.DownloadError):
            return _failure(cause)
        return UpdateFailure.UNREACHABLE
    if isinstance(exc, tuf_errors.UnsignedMetadataError):
        return UpdateFailure.BAD_SIGNATURE
    if isinstance(exc, tuf_errors.ExpiredMetadataError):
        return UpdateFailure.EXPIRED
    if isinstance(exc, tuf_errors.BadVersionNumberError):
        return UpdateFailure.ROLLBACK
    if isinstance(exc, tuf_errors.LengthOrHashMismatchError):
        return UpdateFailure.MIXED_METADATA
    if isinstance(exc, tuf_errors.RepositoryError):
        return UpdateFailure.BAD_METADATA
    if isinstance(exc, archive.ArchiveError):
        return UpdateFailure.BAD_ARCHIVE
    if isinstance(exc, OSError):
        return UpdateFailure.DISK
    return UpdateFailure.BAD_METADATA


def _cancel_fn(cancel: Any) -> Callable[[], bool] | None:
    if cancel is None:
        return None
    if hasattr(cancel, "is_set"):
        return cancel.is_set
    return cancel


class UpdateClient:
    """Checks one update repository for newer builds of this platform and prepares them."""

    def __init__(self, repo_url: str, state_dir: Path, *, installed_version: str, platform_tag: str,
                 fetcher: BoundedFetcher | None = None, trusted_root: bytes | None = None,
                 mirrors: Sequence[str] = (), peers: Callable[[], Sequence[Peer]] | None = None,
                 peer_fetcher: BoundedFetcher | None = None):
        self.repo_url = repo_url.rstrip("/") + "/"
        # other places serving a copy of the repository (a server on the office network): targets are
        # tried there first, then at repo_url; metadata always comes from repo_url. A mirror cannot
        # change what is installed (every byte is checked against the signed hashes) -- a wrong or
        # failing one only costs the attempt.
        self.mirrors = [m.rstrip("/") + "/" for m in mirrors]
        self.state_dir = Path(state_dir)
        self.installed_version = installed_version
        self.platform_tag = platform_tag
        self.fetcher = fetcher or BoundedFetcher()
        self.peers = peers
        self.peer_fetcher = peer_fetcher or BoundedFetcher(PEER_BOUNDS)
        self.refused_peers: set[str] = set()  # peers' mirror URLs that misbehaved: not asked again
        self.served_by: str | None = None  # where the last download came from: "peer" | "mirror" | "repository"
        self._trusted_root = trusted_root
        self._updater: Updater | None = None

    # ---- where things are kept ----
    @property
    def metadata_dir(self) -> Path:
        return self.state_dir / "metadata"

    @property
    def downloads_dir(self) -> Path:
        return self.state_dir / "downloads"

    @property
    def bytes_received(self) -> int:
        """Bytes this client has read from the network so far (metadata and targets, colleagues' included)."""
        return self.fetcher.bytes_received + self.peer_fetcher.bytes_received

    @property
    def bytes_from_peers(self) -> int:
        """Of those, the bytes colleagues' Companions sent on the office network (indexes and files)."""
        return self.peer_fetcher.bytes_received

    def _root(self) -> bytes:
        if self._trusted_root is not None:
            return self._trusted_root
        path = resources_dir() / BUNDLED_ROOT
        try:
            return path.read_bytes()
        except OSError as e:
            raise UpdateError(UpdateFailure.NO_TRUST_ROOT, str(path)) from e

    def _new_updater(self) -> Updater:
        root = self._root()
        self.metadata_dir.mkdir(parents=True, exist_ok=True)
        self.downloads_dir.mkdir(parents=True, exist_ok=True)
        try:
            return Updater(str(self.metadata_dir), self.repo_url + "metadata/", str(self.downloads_dir),
                           self.repo_url + "targets/", fetcher=self.fetcher, config=METADATA_LIMITS,
                           bootstrap=root)
        except (tuf_errors.RepositoryError, ValueError) as e:
            raise UpdateError(UpdateFailure.NO_TRUST_ROOT, str(e)) from e

    def _refreshed(self) -> Updater:
        updater = self._new_updater()
        try:
            updater.refresh()
        except Exception as e:  # python-tuf's and the network's: each becomes a code
            raise UpdateError(_failure(e), str(e)) from e
        self._updater = updater
        return updater

    # ---- check ----
    def check(self) -> Offer | None:
        """Refresh the signed metadata (bounded); the offer of the newest newer build, or None."""
        updater = self._refreshed()
        # the targets file python-tuf has just verified and kept; each target used is looked up again
        # through get_targetinfo(), so every length, hash and custom field below is the signed one
        try:
            listed = Metadata[Targets].from_file(str(self.metadata_dir / "targets.json")).signed.targets
        except Exception as e:
            raise UpdateError(UpdateFailure.BAD_METADATA, str(e)) from e
        releases: list[Release] = []
        for path in listed:
            if not path.startswith(self.platform_tag + "/"):
                continue
            info = self._info(updater, path)
            if info is not None and (release := read_release(path, info.length, info.custom)) is not None:
                releases.append(release)
        release = pick_release(releases, self.installed_version, self.platform_tag)
        if release is None:
            return None
        base = next((r for r in releases if r.version == self.installed_version), None)
        patch_path = patch_name(self.platform_tag, self.installed_version, release.version)
        patch_info = self._info(updater, patch_path) if patch_path in listed else None
        patch: PatchInfo | None = read_patch(patch_path, patch_info.length, patch_info.custom) if patch_info else None
        archive_info = self._info(updater, release.archive)
        offer = Offer(version=release.version, kind=Kind.ARCHIVE.value, size_bytes=release.archive_length,
                      archive_size_bytes=release.archive_length, notes=dict(release.notes),
                      target=release.archive, target_sha256=archive_info.hashes.get("sha256", ""),
                      archive_target=release.archive, tar=release.tar,
                      base_tar=base.tar if base else None, from_version=self.installed_version)
        if choose_download(release, patch, self.installed_version) is Kind.PATCH:
            offer = dataclasses.replace(offer, kind=Kind.PATCH.value, size_bytes=patch.length, target=patch.target,
                                        target_sha256=patch_info.hashes.get("sha256", ""))
        return offer

    def whole_archive(self, offer: Offer) -> Offer:
        """The same release as a whole-archive offer (after ``BASE_CHANGED``)."""
        if offer.kind == Kind.ARCHIVE.value:
            return offer
        updater = self._updater or self._refreshed()
        info = self._info(updater, offer.archive_target)
        if info is None:
            raise UpdateError(UpdateFailure.NOT_OFFERED, offer.archive_target)
        return dataclasses.replace(offer, kind=Kind.ARCHIVE.value, size_bytes=info.length,
                                   target=offer.archive_target, target_sha256=info.hashes.get("sha256", ""))

    @staticmethod
    def _info(updater: Updater, path: str):
        try:
            return updater.get_targetinfo(path)
        except Exception as e:
            raise UpdateError(_failure(e), str(e)) from e

    # ---- download ----
    def download(self, offer: Offer, progress: Callable[[int, int], None] | None = None,
                 cancel: Any = None, *, peers_only: bool = False) -> Path:
        """The offer's file, its signed length and hashes checked (python-tuf's
        ``TargetFile.verify_length_and_hashes`` on the target info ``get_targetinfo`` verified).
        ``progress(done, total)`` is called as bytes arrive; ``cancel`` (a callable or a
        threading.Event) stops between reads. An interrupted download keeps its bytes and the next call
        continues them (HTTP Range) where the server allows it; the whole file is verified either way.
        ``peers_only``: from colleagues on the office network or not at all (``NOT_OFFERED`` when none
        offers it, the last peer's code when none sent it right): the download rules hold the rest."""
        updater = self._updater or self._refreshed()
        info = self._info(updater, offer.target)
        if info is None or info.length != offer.size_bytes:
            raise UpdateError(UpdateFailure.NOT_OFFERED, offer.target)
        destination = self.downloads_dir / Path(offer.target).name
        cached = updater.find_cached_target(info, str(destination))
        if cached:
            return Path(cached)
        partial = destination.with_name(destination.name + ".partial")
        fetchers = (self.fetcher, self.peer_fetcher)
        for each in fetchers:
            each.progress = progress
            each.cancel = _cancel_fn(cancel)
        try:
            peers = self._peers_offering(info)
            sources = [*((base, "peer") for base in peers), *((m, "mirror") for m in self.mirrors),
                       (self.repo_url, "repository")]
            if peers_only:
                sources = sources[:len(peers)]
                if not sources:
                    raise UpdateError(UpdateFailure.NOT_OFFERED, "no colleague on this network offers it")
            for n, (base, kind) in enumerate(sources):
                try:
                    self._fetch_target(info, base, partial,
                                       self.peer_fetcher if kind == "peer" else self.fetcher)
                    self.served_by = kind
                    break
                except UpdateError as e:
                    if kind == "peer":
                        self.refused_peers.add(base)
                    if e.code is UpdateFailure.CANCELLED or n == len(sources) - 1:
                        raise
                    partial.unlink(missing_ok=True)  # one source's bytes are not continued from another
                    log.info("update %s %s failed (%s); trying the next", kind, base, e.code.value)
            os.replace(partial, destination)
        finally:
            for each in fetchers:
                each.progress = None
                each.cancel = None
        return destination

    def _peers_offering(self, info) -> list[str]:
        """Mirror URLs of the colleagues whose index offers this target with its signed sha256 and length
        (a peer that does not answer, or answers nonsense, offers nothing)."""
        if self.peers is None:
            return []
        try:
            found = list(self.peers())
        except Exception:  # noqa: BLE001 - looking for colleagues failing never stops an update
            log.info("looking for colleagues sharing updates failed", exc_info=True)
            return []
        wanted = SharedUpdate(info.path, info.hashes.get("sha256", ""), info.length)
        out: list[str] = []
        for peer in found:
            base = update_mirror(peer)
            if base in self.refused_peers or base in out:
                continue
            try:
                index = json.loads(self.peer_fetcher.download_bytes(peer.base + INDEX_PATH, PEER_INDEX_BYTES))
                offered = index.get("updates", []) if isinstance(index, dict) else []
            except Exception as e:  # noqa: BLE001 - whatever a peer does costs only its own offer
                log.info("peer %s gave no index: %s", peer.base, type(e).__name__)
                continue
            if isinstance(offered, list) and any(SharedUpdate.from_json(o) == wanted for o in offered[:10_000]):
                out.append(base)
        return out

    def _fetch_target(self, info, base: str, partial: Path, fetcher: BoundedFetcher | None = None) -> None:
        try:
            (fetcher or self.fetcher).download_resumable(self._target_url(info, base), partial, info.length)
            with open(partial, "rb") as f:
                info.verify_length_and_hashes(f)
        except Exception as e:
            if isinstance(e, (tuf_errors.LengthOrHashMismatchError, tuf_errors.DownloadLengthMismatchError)) \
                    or not partial.exists() or partial.stat().st_size == 0:
                partial.unlink(missing_ok=True)  # wrong bytes are never continued
            code = UpdateFailure.TAMPERED if isinstance(e, tuf_errors.LengthOrHashMismatchError) else _failure(e)
            raise UpdateError(code, str(e)) from e

    def _target_url(self, info, base: str) -> str:
        """Where python-tuf's download_target() would fetch ``info``: with consistent snapshots the
        file name is prefixed by its hash."""
        root = Metadata[Root].from_file(str(self.metadata_dir / "root.json"))  # the verified, current root
        path = info.path
        if root.signed.consistent_snapshot:
            dirname, sep, basename = path.rpartition("/")
            path = f"{dirname}{sep}{next(iter(info.hashes.values()))}.{basename}"
        return base + "targets/" + quote(path)

    # ---- build the new folder ----
    def build_folder(self, offer: Offer, downloaded: Path, current_folder: Path, new_folder: Path) -> None:
        """Make ``new_folder`` (which must not exist) hold the offered build. A patch is applied to the
        installed folder's reproducible tar; an archive is decompressed. Either way the tar is checked
        against the length and SHA-256 the repository signed for the build before anything is unpacked;
        on failure nothing is left and ``current_folder`` is only ever read. Raises FileExistsError
        (not an UpdateError) when ``new_folder`` exists: clearing it is the caller's decision."""
        if offer.tar is None:
            raise UpdateError(UpdateFailure.BAD_METADATA, "offer without a signed tar digest")
        if Path(new_folder).exists():
            raise FileExistsError(new_folder)  # the caller's to clear: never written into, never replaced
        downloaded = Path(downloaded)
        got = archive.digest_of(downloaded)
        if got.length != offer.size_bytes or (offer.target_sha256 and got.sha256 != offer.target_sha256):
            raise UpdateError(UpdateFailure.TAMPERED, f"{downloaded} changed since it was verified")
        new_folder = Path(new_folder)
        new_folder.parent.mkdir(parents=True, exist_ok=True)
        work = Path(tempfile.mkdtemp(prefix=".update-", dir=new_folder.parent))
        try:
            tar_path = work / "build.tar"
            if offer.kind == Kind.PATCH.value:
                self._apply_patch(offer, downloaded, Path(current_folder), tar_path)
            else:
                with open(tar_path, "wb") as out:
                    try:
                        result = archive.decompress(downloaded, out, offer.tar.length)
                    except (archive.ArchiveError, EOFError, lzma.LZMAError) as e:
                        raise UpdateError(UpdateFailure.TAMPERED, str(e)) from e
                if result != offer.tar:
                    raise UpdateError(UpdateFailure.TAMPERED, "the archive does not unpack to the signed build")
            try:
                archive.unpack(tar_path, new_folder)
            except archive.ArchiveError as e:
                raise UpdateError(UpdateFailure.BAD_ARCHIVE, str(e)) from e
        except UpdateError:
            raise
        except Exception as e:
            raise UpdateError(_failure(e), str(e)) from e
        finally:
            shutil.rmtree(work, ignore_errors=True)

    def _apply_patch(self, offer: Offer, patch_file: Path, current_folder: Path, tar_path: Path) -> None:
        try:
            base, base_digest = archive.pack_bytes(current_folder)
        except archive.ArchiveError as e:
            raise UpdateError(UpdateFailure.BASE_CHANGED, str(e)) from e
        if offer.base_tar is not None and base_digest != offer.base_tar:
            raise UpdateError(UpdateFailure.BASE_CHANGED, "the installed folder differs from its signed build")
        try:
            new = bsdiff4.patch(base, patch_file.read_bytes())
        except Exception as e:  # a verified patch that does not fit this base
            raise UpdateError(UpdateFailure.BASE_CHANGED, f"the patch does not apply: {e}") from e
        del base
        if len(new) != offer.tar.length or hashlib.sha256(new).hexdigest() != offer.tar.sha256:
            raise UpdateError(UpdateFailure.BASE_CHANGED, "the patched build differs from the signed build")
        tar_path.write_bytes(new)
