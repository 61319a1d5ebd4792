"""Updates over The Update Framework, end to end over real HTTP on 127.0.0.1.

A repository published by companion.updates.publish (python-tuf's Metadata API, real Ed25519 keys) is
served by Python's own static file server; our client (python-tuf's ngclient over our bounded fetcher)
updates an installed folder by patch and by whole archive. Then each attack TUF exists for, made by a
hostile variant of that server or by an attacker holding a key, is refused with its code and leaves the
installed folder as it was (and no new folder behind). tests/test_updates_independent.py runs the same
client against metadata written directly with python-tuf in the test, and python-tuf's own client
against our publisher's repository.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import random
import shutil
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import pytest
from tuf.api.metadata import Metadata, Root, Timestamp

from companion.domain.updates import UpdateFailure
from companion.updates import archive
from companion.updates.client import UpdateClient, UpdateError
from companion.updates.fetcher import Bounds, BoundedFetcher
from companion.updates.publish import Expiry, Keys, Repository

from .support.static_repo import bytes_of, cut_after, endless, serve, stall, trickle

PLATFORM = "linux-x86_64"


def make_build(folder: Path, version: str, *, qt_seed: int = 1) -> Path:
    """A small app folder shaped like PyInstaller's: an executable, a 'Qt library', Python code."""
    rnd = random.Random(7)
    (folder / "_internal" / "companion").mkdir(parents=True)
    (folder / "Companion").write_bytes(bytes(rnd.getrandbits(8) for _ in range(60_000)))
    os.chmod(folder / "Companion", 0o755)
    qt = random.Random(qt_seed)
    (folder / "_internal" / "libQt6Fake.so.6").write_bytes(bytes(qt.getrandbits(8) for _ in range(120_000)))
    os.symlink("libQt6Fake.so.6", folder / "_internal" / "libQt6Fake.so")
    code = "".join(f"def f{i}():\n    return {i!r}  # build {version}\n" for i in range(2000))
    (folder / "_internal" / "companion" / "app.py").write_text(code)
    (folder / "_internal" / "VERSION").write_text(version)
    return folder


def tree(folder: Path) -> str:
    """The folder's contents as one digest (names, bytes, links, exec bits)."""
    buf = io.BytesIO()
    archive.pack(folder, buf)
    return hashlib.sha256(buf.getvalue()).hexdigest()


@dataclass
class World:
    base: Path
    repo: Repository
    installed: Path
    v2: Path
    root: bytes
    metadata_v1: Path  # the repository's metadata as it was with only 0.1.0 published

    def client(self, server, *, installed_version="0.1.0", bounds: Bounds | None = None,
               state: str = "state") -> UpdateClient:
        fetcher = BoundedFetcher(bounds or Bounds(connect_timeout=2, read_timeout=3))
        return UpdateClient(server.url, self.base / state, installed_version=installed_version,
                            platform_tag=PLATFORM, fetcher=fetcher, trusted_root=self.root)

    def assert_untouched(self, before: str) -> None:
        assert tree(self.installed) == before
        assert not (self.base / "new").exists()
        assert not [p for p in self.base.iterdir() if p.name.startswith((".new", ".update-"))]


@pytest.fixture
def world(tmp_path: Path) -> World:
    v1 = make_build(tmp_path / "build-0.1.0", "0.1.0")
    v2 = make_build(tmp_path / "build-0.2.0", "0.2.0")
    repo = Repository(tmp_path / "repo", tmp_path / "keys")
    repo.init()
    repo.add_build(v1, "0.1.0", PLATFORM, {"en": "First.", "es": "Primera."})
    metadata_v1 = tmp_path / "metadata-0.1.0"
    shutil.copytree(repo.metadata_dir, metadata_v1)
    repo.add_build(v2, "0.2.0", PLATFORM, {"en": "Quizzes open faster.", "ko": "퀴즈가 더 빨리 열립니다."})
    installed = tmp_path / "installed-0.1.0"
    shutil.copytree(v1, installed, symlinks=True)
    root = (repo.metadata_dir / "1.root.json").read_bytes()
    return World(tmp_path, repo, installed, v2, root, metadata_v1)


def refused(world: World, client: UpdateClient, code: UpdateFailure, step: str = "check") -> UpdateError:
    before = tree(world.installed)
    with pytest.raises(UpdateError) as caught:
        offer = client.check()
        if step != "check":
            path = client.download(offer)
            client.build_folder(offer, path, world.installed, world.base / "new")
    assert caught.value.code is code, caught.value
    world.assert_untouched(before)
    return caught.value


# ---- a normal update ----

def test_an_update_by_patch_costs_its_patch_and_builds_the_new_folder(world):
    with serve(world.repo.dir) as server:
        client = world.client(server)
        offer = client.check()
        assert offer.version == "0.2.0" and offer.kind == "patch"
        assert offer.notes == {"en": "Quizzes open faster.", "ko": "퀴즈가 더 빨리 열립니다."}
        assert offer.size_bytes < offer.archive_size_bytes / 10
        seen = []
        path = client.download(offer, progress=lambda done, total: seen.append(done))
        assert path.stat().st_size == offer.size_bytes and seen[-1] == offer.size_bytes
        client.build_folder(offer, path, world.installed, world.base / "new")
    assert tree(world.base / "new") == tree(world.v2)
    assert (world.base / "new" / "_internal" / "libQt6Fake.so").is_symlink()
    assert os.access(world.base / "new" / "Companion", os.X_OK)
    # on the wire: the patch and the metadata, far less than the archive
    assert client.bytes_received < offer.size_bytes + 20_000 < offer.archive_size_bytes
    # checked again: the repository has nothing newer than what is now installed
    with serve(world.repo.dir) as server:
        assert world.client(server, installed_version="0.2.0").check() is None


def test_an_update_by_whole_archive_when_no_patch_starts_from_the_installed_version(world):
    v3 = make_build(world.base / "build-0.3.0", "0.3.0", qt_seed=2)
    world.repo.add_build(v3, "0.3.0", PLATFORM, {}, patch=False)
    with serve(world.repo.dir) as server:
        client = world.client(server)
        offer = client.check()
        assert (offer.version, offer.kind, offer.notes) == ("0.3.0", "archive", {})
        assert offer.size_bytes == offer.archive_size_bytes
        client.build_folder(offer, client.download(offer), world.installed, world.base / "new")
    assert tree(world.base / "new") == tree(v3)


def test_a_changed_installed_folder_is_no_patch_base_and_the_whole_archive_is_taken(world):
    (world.installed / "_internal" / "VERSION").write_text("edited by hand")
    with serve(world.repo.dir) as server:
        client = world.client(server)
        offer = client.check()
        path = client.download(offer)
        before = tree(world.installed)
        with pytest.raises(UpdateError) as caught:
            client.build_folder(offer, path, world.installed, world.base / "new")
        assert caught.value.code is UpdateFailure.BASE_CHANGED
        world.assert_untouched(before)
        whole = client.whole_archive(offer)
        assert whole.kind == "archive" and whole.version == "0.2.0"
        client.build_folder(whole, client.download(whole), world.installed, world.base / "new")
    assert tree(world.base / "new") == tree(world.v2)


def test_a_repository_whose_newest_build_is_older_than_the_installed_one_offers_nothing(world):
    with serve(world.repo.dir) as server:
        assert world.client(server, installed_version="0.3.0").check() is None


def test_only_the_newest_releases_stay_listed_and_an_old_installation_takes_the_archive(world):
    v3 = make_build(world.base / "build-0.3.0", "0.3.0", qt_seed=3)
    report = world.repo.add_build(v3, "0.3.0", PLATFORM, {}, keep=2)
    assert report["unlisted"] == [f"{PLATFORM}/companion-0.1.0.tar.xz"]
    listed = set(world.repo.targets().signed.targets)
    assert f"{PLATFORM}/companion-0.1.0-to-0.2.0.bsdiff4" in listed  # its result is still listed
    with serve(world.repo.dir) as server:
        client = world.client(server)
        offer = client.check()
        assert (offer.version, offer.kind, offer.base_tar) == ("0.3.0", "archive", None)
        client.build_folder(offer, client.download(offer), world.installed, world.base / "new")
    assert tree(world.base / "new") == tree(v3)


# ---- arbitrary package ----

@pytest.mark.parametrize("which", ["patch", "archive"])
def test_a_tampered_target_is_refused(world, which):
    targets = world.repo.targets().signed.targets
    name = {"patch": f"{PLATFORM}/companion-0.1.0-to-0.2.0.bsdiff4",
            "archive": f"{PLATFORM}/companion-0.2.0.tar.xz"}[which]
    stored = world.repo.stored_path(targets[name])
    data = bytearray(stored.read_bytes())
    data[len(data) // 2] ^= 0xFF  # same length, one byte changed
    stored.write_bytes(bytes(data))
    with serve(world.repo.dir) as server:
        client = world.client(server)
        if which == "archive":
            (world.installed / "_internal" / "VERSION").write_text("edited")  # so the archive is offered
            offer = client.whole_archive(client.check())
        else:
            offer = client.check()
        before = tree(world.installed)
        with pytest.raises(UpdateError) as caught:
            client.download(offer)
        assert caught.value.code is UpdateFailure.TAMPERED
        world.assert_untouched(before)
        assert list(client.downloads_dir.iterdir()) == []


def test_a_target_file_replaced_after_download_is_refused_before_unpacking(world):
    with serve(world.repo.dir) as server:
        client = world.client(server)
        offer = client.check()
        path = client.download(offer)
    path.write_bytes(b"X" * offer.size_bytes)
    before = tree(world.installed)
    with pytest.raises(UpdateError) as caught:
        client.build_folder(offer, path, world.installed, world.base / "new")
    assert caught.value.code is UpdateFailure.TAMPERED
    world.assert_untouched(before)


def test_targets_metadata_rewritten_without_the_targets_key_is_refused(world):
    """The attacker edits the signed list to point at their archive: the signature no longer verifies."""
    meta = world.repo.metadata_dir
    name = f"{world.repo.snapshot().signed.meta['targets.json'].version}.targets.json"
    doc = json.loads((meta / name).read_text())
    for info in doc["signed"]["targets"].values():
        info["hashes"]["sha256"] = "0" * 64
    with serve(world.repo.dir) as server:
        server.hooks[f"/metadata/{name}"] = bytes_of(json.dumps(doc).encode())
        # the snapshot names the targets file's hash: the edited copy is caught there first
        refused(world, world.client(server), UpdateFailure.MIXED_METADATA)


# ---- rollback ----

def test_replayed_older_metadata_is_refused_once_newer_was_seen(world):
    with serve(world.repo.dir) as server:
        client = world.client(server)
        assert client.check().version == "0.2.0"
    with serve(world.repo.dir) as server:
        server.hooks["/metadata/timestamp.json"] = bytes_of((world.metadata_v1 / "timestamp.json").read_bytes())
        refused(world, world.client(server), UpdateFailure.ROLLBACK)


# ---- freeze ----

def test_an_expired_timestamp_is_refused(world):
    Repository(world.repo.dir, world.base / "keys", expiry=Expiry(timestamp=timedelta(seconds=-60))).refresh_timestamp()
    with serve(world.repo.dir) as server:
        refused(world, world.client(server), UpdateFailure.EXPIRED)


def test_stale_snapshot_behind_a_fresh_timestamp_is_refused(world):
    """An attacker with only the timestamp key cannot keep a stale snapshot alive past its expiry."""
    v3 = make_build(world.base / "build-0.3.0", "0.3.0")
    Repository(world.repo.dir, world.base / "keys",
               expiry=Expiry(snapshot=timedelta(seconds=-60))).add_build(v3, "0.3.0", PLATFORM, patch=False)
    assert world.repo.timestamp().signed.expires > world.repo.snapshot().signed.expires
    with serve(world.repo.dir) as server:
        refused(world, world.client(server), UpdateFailure.EXPIRED)


# ---- mix and match ----

def test_a_snapshot_from_another_state_under_the_expected_name_is_refused(world):
    current = world.repo.timestamp().signed.snapshot_meta.version
    older = (world.metadata_v1 / f"{current - 1}.snapshot.json").read_bytes()
    with serve(world.repo.dir) as server:
        server.hooks[f"/metadata/{current}.snapshot.json"] = bytes_of(older)
        refused(world, world.client(server), UpdateFailure.MIXED_METADATA)


def test_targets_from_another_state_under_the_expected_name_are_refused(world):
    current = world.repo.snapshot().signed.meta["targets.json"].version
    older = (world.metadata_v1 / f"{current - 1}.targets.json").read_bytes()
    with serve(world.repo.dir) as server:
        server.hooks[f"/metadata/{current}.targets.json"] = bytes_of(older)
        refused(world, world.client(server), UpdateFailure.MIXED_METADATA)


# ---- endless data, slow retrieval ----

def test_endless_metadata_stops_at_its_limit(world):
    with serve(world.repo.dir) as server:
        server.hooks["/metadata/timestamp.json"] = endless
        refused(world, world.client(server), UpdateFailure.TOO_LARGE)


def test_an_endless_target_stops_one_byte_past_its_signed_length(world):
    with serve(world.repo.dir) as server:
        client = world.client(server)
        offer = client.check()
        sha = offer.target_sha256
        server.hooks[f"/targets/{PLATFORM}/{sha}.companion-0.1.0-to-0.2.0.bsdiff4"] = endless
        before = tree(world.installed)
        with pytest.raises(UpdateError) as caught:
            client.download(offer)
        assert caught.value.code is UpdateFailure.TOO_LARGE
        assert client.bytes_received < 300_000
        world.assert_untouched(before)


def test_a_trickle_below_the_minimum_rate_ends(world):
    data = (world.repo.metadata_dir / "timestamp.json").read_bytes()
    bounds = Bounds(connect_timeout=2, read_timeout=3, min_rate=200, window=0.6)
    with serve(world.repo.dir) as server:
        server.hooks["/metadata/timestamp.json"] = trickle(data, every=0.1, step=2)  # 20 B/s
        refused(world, world.client(server, bounds=bounds), UpdateFailure.TOO_SLOW)


def test_an_answer_past_its_deadline_ends_even_at_a_fair_rate(world):
    data = (world.repo.metadata_dir / "timestamp.json").read_bytes()
    bounds = Bounds(connect_timeout=2, read_timeout=3, min_rate=10, window=0.5, base_deadline=0.5,
                    deadline_rate=1e9)
    with serve(world.repo.dir) as server:
        server.hooks["/metadata/timestamp.json"] = trickle(data, every=0.05, step=20)  # 400 B/s, ~3 s
        refused(world, world.client(server, bounds=bounds), UpdateFailure.TOO_SLOW)


def test_a_stalled_answer_ends_at_the_read_timeout(world):
    bounds = Bounds(connect_timeout=2, read_timeout=0.5)
    with serve(world.repo.dir) as server:
        server.hooks["/metadata/timestamp.json"] = stall(3)
        refused(world, world.client(server, bounds=bounds), UpdateFailure.TOO_SLOW)


def test_cancel_stops_a_download_between_reads(world):
    with serve(world.repo.dir) as server:
        client = world.client(server)
        offer = client.whole_archive(client.check())
        with pytest.raises(UpdateError) as caught:
            client.download(offer, cancel=lambda: True)
    assert caught.value.code is UpdateFailure.CANCELLED
    assert list(client.downloads_dir.iterdir()) == []


def _archive_url_path(world: World, offer) -> str:
    return f"/targets/{PLATFORM}/{offer.target_sha256}.companion-0.2.0.tar.xz"


@pytest.mark.parametrize("ranges", [True, False])
def test_a_broken_download_continues_where_it_stopped_and_is_verified_whole(world, ranges):
    with serve(world.repo.dir) as server:
        server.ranges = ranges
        client = world.client(server)
        offer = client.whole_archive(client.check())
        data = world.repo.stored_path(world.repo.targets().signed.targets[offer.target]).read_bytes()
        server.hooks[_archive_url_path(world, offer)] = cut_after(data, len(data) // 3)
        with pytest.raises(UpdateError) as caught:
            client.download(offer)
        assert caught.value.code in (UpdateFailure.UNREACHABLE, UpdateFailure.TOO_SLOW)
        (partial,) = client.downloads_dir.iterdir()
        assert partial.stat().st_size == len(data) // 3
        del server.hooks[_archive_url_path(world, offer)]
        seen = []
        path = client.download(offer, progress=lambda done, total: seen.append((done, total)))
        assert server.ranged == ([_archive_url_path(world, offer)] if ranges else [])
        assert seen[0][0] > len(data) // 3 if ranges else seen[0][0] <= len(data)
        client.build_folder(offer, path, world.installed, world.base / "new")
    assert tree(world.base / "new") == tree(world.v2)


def test_a_continued_download_with_wrong_first_bytes_is_refused_and_dropped(world):
    with serve(world.repo.dir) as server:
        client = world.client(server)
        offer = client.whole_archive(client.check())
        client.downloads_dir.mkdir(parents=True, exist_ok=True)
        (client.downloads_dir / "companion-0.2.0.tar.xz.partial").write_bytes(b"\0" * 5000)  # not its bytes
        before = tree(world.installed)
        with pytest.raises(UpdateError) as caught:
            client.download(offer)
        assert caught.value.code is UpdateFailure.TAMPERED
        assert list(client.downloads_dir.iterdir()) == []
        world.assert_untouched(before)
        client.download(offer)  # and the next attempt starts afresh


# ---- a compromised online key, recovered by root rotation ----

def _attacker_timestamp(world: World, stolen_key: Path, version_bump: int) -> bytes:
    """What an attacker holding the timestamp key can make: a fresh, validly signed timestamp that keeps
    clients on an old snapshot (a freeze) -- it cannot forge targets."""
    from cryptography.hazmat.primitives import serialization
    from securesystemslib.signer import CryptoSigner

    signer = CryptoSigner(serialization.load_pem_private_key(stolen_key.read_bytes(), password=None))
    md = Metadata[Timestamp].from_bytes((world.metadata_v1 / "timestamp.json").read_bytes())
    md.signed.version = world.repo.timestamp().signed.version + version_bump
    md.signed.expires = world.repo.timestamp().signed.expires
    md.signatures.clear()
    md.sign(signer)
    return md.to_bytes()


def test_a_stolen_timestamp_key_stops_working_once_the_root_rotates_it(world):
    """python-tuf's "fast-forward" case: the attacker's timestamp jumps far ahead, so clients would refuse
    the real repository as a rollback -- until the organisation rotates the key with its root key."""
    stolen = world.base / "stolen-timestamp.pem"
    shutil.copy(Keys(world.base / "keys").path("timestamp"), stolen)
    # before rotation the stolen key is trusted: the attacker freezes the client on 0.1.0 ...
    with serve(world.repo.dir) as server:
        server.hooks["/metadata/timestamp.json"] = bytes_of(_attacker_timestamp(world, stolen, 99_999))
        assert world.client(server, state="victim").check() is None
    # ... and the real repository now looks like a rollback to that client
    with serve(world.repo.dir) as server:
        refused(world, world.client(server, state="victim"), UpdateFailure.ROLLBACK)
    # the organisation rotates the timestamp key with its offline root key: root v2
    world.repo.rotate("timestamp")
    assert world.repo.root().signed.version == 2
    with serve(world.repo.dir) as server:
        server.hooks["/metadata/timestamp.json"] = bytes_of(_attacker_timestamp(world, stolen, 199_999))
        error = refused(world, world.client(server, state="victim"), UpdateFailure.BAD_SIGNATURE)
        assert "timestamp" in error.detail
    # and the real repository, signed with the new key, is followed again by the same client
    with serve(world.repo.dir) as server:
        client = world.client(server, state="victim")
        assert client.check().version == "0.2.0"
        assert (client.metadata_dir / "root_history" / "2.root.json").exists()


def test_a_root_signed_by_an_online_key_is_refused(world):
    from cryptography.hazmat.primitives import serialization
    from securesystemslib.signer import CryptoSigner

    keys = Keys(world.base / "keys")
    signer = CryptoSigner(serialization.load_pem_private_key(keys.path("timestamp").read_bytes(), password=None))
    root = Metadata[Root].from_bytes(world.root)
    root.signed.version = 2
    for keyid in list(root.signed.roles["targets"].keyids):
        root.signed.revoke_key(keyid, "targets")
    root.signed.add_key(signer.public_key, "targets")  # the attacker would sign builds with it
    root.signatures.clear()
    root.sign(signer)
    with serve(world.repo.dir) as server:
        server.hooks["/metadata/2.root.json"] = bytes_of(root.to_bytes())
        refused(world, world.client(server), UpdateFailure.BAD_SIGNATURE)


def test_rotating_the_root_key_itself_is_followed_from_the_bundled_root(world):
    world.repo.rotate("root")
    world.repo.rotate("targets")
    world.repo.renew_root()
    assert world.repo.root().signed.version == 4
    with serve(world.repo.dir) as server:
        client = world.client(server)  # trusts only 1.root.json, as a build made before the rotations
        offer = client.check()
        client.build_folder(offer, client.download(offer), world.installed, world.base / "new")
    assert tree(world.base / "new") == tree(world.v2)


# ---- a wrong repository ----

def test_a_repository_of_other_keys_is_refused(world, tmp_path):
    other = Repository(tmp_path / "other", tmp_path / "other-keys")
    other.init()
    other.add_build(world.v2, "0.2.0", PLATFORM, {})
    with serve(other.dir) as server:
        refused(world, world.client(server), UpdateFailure.BAD_SIGNATURE)


def test_no_repository_at_the_address_is_unreachable_or_an_http_error(world, tmp_path):
    (tmp_path / "empty").mkdir()
    with serve(tmp_path / "empty") as server:
        refused(world, world.client(server), UpdateFailure.HTTP_ERROR)
    with serve(tmp_path / "empty") as server:
        url = server.url
    client = UpdateClient(url, world.base / "state", installed_version="0.1.0", platform_tag=PLATFORM,
                          fetcher=BoundedFetcher(Bounds(connect_timeout=1, read_timeout=1)), trusted_root=world.root)
    refused(world, client, UpdateFailure.UNREACHABLE)


def test_an_existing_new_folder_is_never_written_into(world):
    (world.base / "new").mkdir()
    (world.base / "new" / "kept.txt").write_text("mine")
    with serve(world.repo.dir) as server:
        client = world.client(server)
        offer = client.check()
        with pytest.raises(FileExistsError):
            client.build_folder(offer, client.download(offer), world.installed, world.base / "new")
    assert [p.name for p in (world.base / "new").iterdir()] == ["kept.txt"]


# ---- mirrors (a copy of the repository on the office network) ----

def test_targets_come_from_a_mirror_and_a_lying_or_absent_mirror_costs_only_the_attempt(world, tmp_path):
    copy = tmp_path / "office-copy"
    shutil.copytree(world.repo.targets_dir, copy / "targets")  # targets only: metadata comes from the origin
    liar = tmp_path / "liar"
    shutil.copytree(world.repo.targets_dir, liar / "targets")
    for f in (liar / "targets").rglob("*.bsdiff4"):
        f.write_bytes(bytes(b ^ 0x55 for b in f.read_bytes()))
    with serve(tmp_path) as gone:
        dead = gone.url  # nothing listens there any more
    with serve(world.repo.dir) as origin, serve(copy) as office, serve(liar) as lying:
        fetcher = BoundedFetcher(Bounds(connect_timeout=1, read_timeout=3))
        client = UpdateClient(origin.url, world.base / "state", installed_version="0.1.0", platform_tag=PLATFORM,
                              fetcher=fetcher, trusted_root=world.root, mirrors=[office.url])
        offer = client.check()
        path = client.download(offer)
        assert [p for p in office.paths if p.startswith("/targets/")] and \
            not [p for p in origin.paths if p.startswith("/targets/")]
        path.unlink()
        client = UpdateClient(origin.url, world.base / "state", installed_version="0.1.0", platform_tag=PLATFORM,
                              fetcher=fetcher, trusted_root=world.root, mirrors=[dead, lying.url])
        offer = client.check()
        path = client.download(offer)
        assert [p for p in lying.paths if p.startswith("/targets/")]
        assert [p for p in origin.paths if p.startswith("/targets/")]  # the origin's bytes, after the liar's
        client.build_folder(offer, path, world.installed, world.base / "new")
    assert tree(world.base / "new") == tree(world.v2)
