"""Updates against what we did not write.

* Our client against a repository written in this test with python-tuf's Metadata API directly (its
  own keys, its own tar made by the standard library, the custom fields as the README documents them):
  so the client is not only proven against our publisher.
* python-tuf's own client (ngclient with its default urllib3 fetcher) against a repository our
  publisher wrote, and GNU tar unpacking the archive it signed; bsdiff4's own patch function turning the
  previous archive into the new one.
* The publisher's command line, as an organisation runs it.
"""

from __future__ import annotations

import hashlib
import io
import json
import lzma
import os
import subprocess
import sys
import tarfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

import bsdiff4
import pytest
from securesystemslib.signer import CryptoSigner
from tuf.api.metadata import Metadata, MetaFile, Root, Snapshot, TargetFile, Targets, Timestamp
from tuf.ngclient import Updater

from companion.domain.updates import UpdateFailure
from companion.updates.client import UpdateClient, UpdateError
from companion.updates.fetcher import Bounds, BoundedFetcher
from companion.updates.publish import Repository

from .support.static_repo import serve
from .test_updates_tuf import PLATFORM, make_build, tree

ROOT = Path(__file__).resolve().parent.parent


def files_of(folder: Path) -> dict[str, bytes | str]:
    out: dict[str, bytes | str] = {}
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(folder).as_posix()
        if path.is_symlink():
            out[rel] = "-> " + os.readlink(path)
        elif path.is_file():
            out[rel] = path.read_bytes()
    return out


class HandMadeRepository:
    """A TUF repository written step by step with python-tuf's Metadata API (no companion code)."""

    def __init__(self, folder: Path, *, targets_expiry: timedelta = timedelta(days=30)):
        self.dir = folder
        (folder / "metadata").mkdir(parents=True)
        (folder / "targets").mkdir()
        self.signers = {role: CryptoSigner.generate_ed25519() for role in ("root", "targets", "snapshot", "timestamp")}
        expires = datetime.now(timezone.utc).replace(microsecond=0) + timedelta(days=30)
        self.root = Metadata(Root(expires=expires, consistent_snapshot=False))
        for role, signer in self.signers.items():
            self.root.signed.add_key(signer.public_key, role)
        self.root.sign(self.signers["root"])
        self.root.to_file(str(folder / "metadata" / "1.root.json"))
        self.targets = Metadata(Targets(expires=datetime.now(timezone.utc).replace(microsecond=0) + targets_expiry))
        self.expires = expires

    def add(self, path: str, data: bytes, custom: dict) -> None:
        local = self.dir / "targets" / path
        local.parent.mkdir(parents=True, exist_ok=True)
        local.write_bytes(data)
        info = TargetFile.from_data(path, data, ["sha256", "sha512"])
        info.unrecognized_fields["custom"] = custom
        self.targets.signed.targets[path] = info

    def publish(self, targets_signer=None) -> None:
        self.targets.sign(targets_signer or self.signers["targets"])
        self.targets.to_file(str(self.dir / "metadata" / "targets.json"))
        snapshot = Metadata(Snapshot(expires=self.expires))
        snapshot.signed.meta["targets.json"] = MetaFile(self.targets.signed.version)
        snapshot.sign(self.signers["snapshot"])
        snapshot.to_file(str(self.dir / "metadata" / "snapshot.json"))
        timestamp = Metadata(Timestamp(expires=self.expires, snapshot_meta=MetaFile(1)))
        timestamp.sign(self.signers["timestamp"])
        timestamp.to_file(str(self.dir / "metadata" / "timestamp.json"))


def stdlib_archive(folder: Path) -> tuple[bytes, bytes]:
    """(tar, tar.xz) of a folder made by the standard library's defaults, not our reproducible packer."""
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=tarfile.GNU_FORMAT) as tar:
        for path in sorted(folder.rglob("*")):
            tar.add(path, arcname=path.relative_to(folder).as_posix(), recursive=False)
    raw = buf.getvalue()
    return raw, lzma.compress(raw)


def hand_made_offer(tmp_path: Path, **kw) -> tuple[HandMadeRepository, Path, Path]:
    installed = make_build(tmp_path / "installed", "1.0.0")
    new = make_build(tmp_path / "build-1.1.0", "1.1.0", qt_seed=9)
    repo = HandMadeRepository(tmp_path / "repo", **kw)
    raw, xz = stdlib_archive(new)
    repo.add(f"{PLATFORM}/companion-1.1.0.tar.xz", xz, {"companion": {
        "kind": "archive", "version": "1.1.0", "platform": PLATFORM,
        "tar": {"length": len(raw), "sha256": hashlib.sha256(raw).hexdigest()},
        "notes": {"es": "Las lecciones se abren antes.", "en": "Lessons open sooner."}}})
    # a target that is not ours, and one of ours for another platform: both ignored
    repo.add("README.txt", b"hello", {})
    repo.add(f"win-x86_64/companion-9.0.0.tar.xz", xz, {"companion": {
        "kind": "archive", "version": "9.0.0", "platform": "win-x86_64",
        "tar": {"length": len(raw), "sha256": hashlib.sha256(raw).hexdigest()}}})
    return repo, installed, new


def our_client(server, tmp_path: Path, root: bytes, installed_version: str = "1.0.0") -> UpdateClient:
    return UpdateClient(server.url, tmp_path / "state", installed_version=installed_version, platform_tag=PLATFORM,
                        fetcher=BoundedFetcher(Bounds(connect_timeout=2, read_timeout=3)), trusted_root=root)


def test_our_client_installs_from_metadata_python_tuf_wrote_by_hand(tmp_path):
    repo, installed, new = hand_made_offer(tmp_path)
    repo.publish()
    with serve(repo.dir) as server:
        client = our_client(server, tmp_path, repo.root.to_bytes())
        offer = client.check()
        assert (offer.version, offer.kind) == ("1.1.0", "archive")
        assert offer.notes["es"] == "Las lecciones se abren antes."
        client.build_folder(offer, client.download(offer), installed, tmp_path / "new")
    assert files_of(tmp_path / "new") == files_of(new)


def test_our_client_refuses_hand_made_targets_signed_by_a_key_root_does_not_name(tmp_path):
    repo, installed, _ = hand_made_offer(tmp_path)
    repo.publish(targets_signer=CryptoSigner.generate_ed25519())
    before = tree(installed)
    with serve(repo.dir) as server:
        with pytest.raises(UpdateError) as caught:
            our_client(server, tmp_path, repo.root.to_bytes()).check()
    assert caught.value.code is UpdateFailure.BAD_SIGNATURE
    assert tree(installed) == before and not (tmp_path / "new").exists()


def test_our_client_refuses_hand_made_expired_targets(tmp_path):
    repo, _, _ = hand_made_offer(tmp_path, targets_expiry=timedelta(seconds=-1))
    repo.publish()
    with serve(repo.dir) as server:
        with pytest.raises(UpdateError) as caught:
            our_client(server, tmp_path, repo.root.to_bytes()).check()
    assert caught.value.code is UpdateFailure.EXPIRED


def test_python_tufs_own_client_gnu_tar_and_bsdiff4_read_what_our_publisher_wrote(tmp_path):
    v1 = make_build(tmp_path / "build-0.1.0", "0.1.0")
    v2 = make_build(tmp_path / "build-0.2.0", "0.2.0")
    repo = Repository(tmp_path / "repo", tmp_path / "keys")
    repo.init()
    repo.add_build(v1, "0.1.0", PLATFORM, {"en": "One."})
    repo.add_build(v2, "0.2.0", PLATFORM, {"en": "Two.", "ko": "둘."})
    (tmp_path / "client").mkdir()
    with serve(repo.dir) as server:
        updater = Updater(str(tmp_path / "client"), server.url + "metadata/", str(tmp_path / "downloads"),
                          server.url + "targets/", bootstrap=(repo.metadata_dir / "1.root.json").read_bytes())
        updater.refresh()
        old = updater.get_targetinfo(f"{PLATFORM}/companion-0.1.0.tar.xz")
        new = updater.get_targetinfo(f"{PLATFORM}/companion-0.2.0.tar.xz")
        patch = updater.get_targetinfo(f"{PLATFORM}/companion-0.1.0-to-0.2.0.bsdiff4")
        assert new.custom["companion"]["notes"] == {"en": "Two.", "ko": "둘."}
        assert patch.custom["companion"] == {"kind": "patch", "from": "0.1.0", "to": "0.2.0", "platform": PLATFORM}
        old_xz, new_xz, patch_file = (Path(updater.download_target(t)) for t in (old, new, patch))
    # GNU tar unpacks the signed archive into the build's files
    out = tmp_path / "gnu"
    out.mkdir()
    subprocess.run(["tar", "-xJf", str(new_xz), "-C", str(out)], check=True)
    assert files_of(out) == files_of(v2)
    # bsdiff4's own patch turns 0.1.0's tar into exactly 0.2.0's, which matches the signed tar digest
    patched = bsdiff4.patch(lzma.decompress(old_xz.read_bytes()), patch_file.read_bytes())
    assert patched == lzma.decompress(new_xz.read_bytes())
    assert hashlib.sha256(patched).hexdigest() == new.custom["companion"]["tar"]["sha256"]


def test_the_publishing_command_line(tmp_path):
    v1 = make_build(tmp_path / "build-0.1.0", "0.1.0")
    notes = tmp_path / "notes.es.txt"
    notes.write_text("Primera versión.", encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}

    def run(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "companion.updates.publish", *args], env=env,
                              capture_output=True, text=True, timeout=120)

    repo, keys = str(tmp_path / "repo"), str(tmp_path / "keys")
    assert run("init", repo, keys).returncode == 0
    assert sorted(p.name for p in (tmp_path / "keys").iterdir()) == ["root.pem", "snapshot.pem", "targets.pem",
                                                                       "timestamp.pem"]
    assert oct((tmp_path / "keys" / "root.pem").stat().st_mode & 0o777) == "0o600"
    added = run("add", repo, keys, str(v1), "--version", "0.1.0", "--platform", PLATFORM, "--notes", f"es={notes}")
    assert added.returncode == 0, added.stderr
    assert json.loads(added.stdout)["archive"] == f"{PLATFORM}/companion-0.1.0.tar.xz"
    again = run("add", repo, keys, str(v1), "--version", "0.1.0", "--platform", PLATFORM)
    assert again.returncode == 1 and "not newer" in again.stderr
    assert run("refresh-timestamp", repo, keys).returncode == 0
    assert run("rotate", repo, keys, "snapshot").returncode == 0
    assert run("renew-root", repo, keys).returncode == 0
    assert run("renew-targets", repo, keys).returncode == 0
    shown = run("show", repo, keys)
    assert "root       v3" in shown.stdout and "targets    v3" in shown.stdout and f"{PLATFORM}/companion-0.1.0.tar.xz" in shown.stdout
    assert list((tmp_path / "keys").glob("snapshot.pem.revoked-*"))


def test_build_installer_publish_carries_the_root_and_adds_the_build_with_a_patch(tmp_path):
    sys.path.insert(0, str(ROOT))
    import build_installer as bi

    import companion

    repo = Repository(tmp_path / "repo", tmp_path / "keys")
    repo.init()
    old = make_build(tmp_path / "old", "0.0.9")
    repo.add_build(old, "0.0.9", bi_platform(), {})
    app = make_build(tmp_path / "dist" / "Companion", companion.__version__)
    (app / "_internal" / "resources").mkdir()
    notes = tmp_path / "ko.txt"
    notes.write_text("새 기능.", encoding="utf-8")
    report = bi.publish(app, companion.__version__, repo.dir, tmp_path / "keys", [f"ko={notes}"])
    carried = app / "_internal" / "resources" / "updates" / "root.json"
    assert carried.read_bytes() == (repo.metadata_dir / "root.json").read_bytes()
    assert report["patch_from"] == "0.0.9" and report["patch_bytes"] < report["archive_bytes"]
    (release,) = [r for r in repo.releases(bi_platform()) if r.version == companion.__version__]
    assert release.notes == {"ko": "새 기능."}


def bi_platform() -> str:
    from companion.updates.client import platform_tag

    return platform_tag()


def test_the_reference_portal_serves_a_repository_our_client_updates_from(tmp_path):
    from companion_portal.testing import running_portal

    v1 = make_build(tmp_path / "build-0.1.0", "0.1.0")
    v2 = make_build(tmp_path / "build-0.2.0", "0.2.0")
    repo = Repository(tmp_path / "repo", tmp_path / "keys")
    repo.init()
    repo.add_build(v1, "0.1.0", PLATFORM, {})
    repo.add_build(v2, "0.2.0", PLATFORM, {"es": "Segunda."})
    (tmp_path / "portal").mkdir()
    with running_portal(tmp_path / "portal", updates_dir=repo.dir) as portal:
        client = UpdateClient(portal.url.rstrip("/") + "/updates/", tmp_path / "state", installed_version="0.1.0",
                              platform_tag=PLATFORM, fetcher=BoundedFetcher(Bounds(connect_timeout=2, read_timeout=5)),
                              trusted_root=(repo.metadata_dir / "1.root.json").read_bytes())
        offer = client.check()
        assert (offer.version, offer.kind, offer.notes) == ("0.2.0", "patch", {"es": "Segunda."})
        whole = client.whole_archive(offer)
        # half an archive left by a broken link: the portal (Starlette's static files) continues it
        data = repo.stored_path(repo.targets().signed.targets[whole.target]).read_bytes()
        client.downloads_dir.mkdir(parents=True, exist_ok=True)
        (client.downloads_dir / "companion-0.2.0.tar.xz.partial").write_bytes(data[: len(data) // 2])
        before = client.bytes_received
        path = client.download(whole)
        assert client.bytes_received - before == len(data) - len(data) // 2
        client.build_folder(whole, path, v1, tmp_path / "new")
    assert files_of(tmp_path / "new") == files_of(v2)


def test_keys_encrypted_with_a_passphrase_sign_only_with_it(tmp_path, monkeypatch):
    from companion.updates.publish import PASSPHRASE_ENV, PublishError

    monkeypatch.setenv(PASSPHRASE_ENV, "correct horse battery staple")
    repo = Repository(tmp_path / "repo", tmp_path / "keys")
    repo.init()
    assert b"ENCRYPTED PRIVATE KEY" in (tmp_path / "keys" / "root.pem").read_bytes()
    v1 = make_build(tmp_path / "build-0.1.0", "0.1.0")
    repo.add_build(v1, "0.1.0", PLATFORM, {})
    monkeypatch.setenv(PASSPHRASE_ENV, "wrong")
    with pytest.raises(PublishError, match="wrong"):
        repo.refresh_timestamp()
    monkeypatch.delenv(PASSPHRASE_ENV)
    with pytest.raises(PublishError, match=PASSPHRASE_ENV):
        repo.refresh_timestamp()
