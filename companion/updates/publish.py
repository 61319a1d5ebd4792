"""Publishing builds into a TUF repository of plain static files (python-tuf's Metadata API).

    python -m companion.updates.publish init    REPO KEYS
    python -m companion.updates.publish add     REPO KEYS APP_FOLDER --version 0.4.0 --platform linux-x86_64 \
                                                 --notes en=notes.en.txt --notes ko=notes.ko.txt
    python -m companion.updates.publish refresh-timestamp REPO KEYS     # daily, from cron
    python -m companion.updates.publish rotate  REPO KEYS timestamp      # a key lost or exposed
    python -m companion.updates.publish renew-targets REPO KEYS          # no build for months: targets expire
    python -m companion.updates.publish renew-root REPO KEYS             # yearly: root expires after a year

The repository (serve it with any static file server; clients are given its base URL)::

    REPO/metadata/1.root.json, 2.root.json, ..., root.json     the root of trust and its history
    REPO/metadata/N.targets.json, N.snapshot.json, timestamp.json
    REPO/targets/<platform>/<sha256>.companion-<version>.tar.xz
    REPO/targets/<platform>/<sha256>.companion-<from>-to-<to>.bsdiff4

(consistent snapshots: a client never sees a half-published state, and files are never overwritten.)

Keys (KEYS/<role>.pem, PKCS#8 Ed25519; encrypted when COMPANION_UPDATE_KEY_PASSPHRASE is set):

* ``root`` -- signs which keys hold each role. Keep it offline (a USB stick in a safe); it is needed
  only for ``init``, ``rotate`` and ``renew-root``. Its metadata expires after a year: ``renew-root``
  (same keys, a new version) before then.
* ``targets`` -- signs which builds exist (their lengths, hashes, versions, release notes). Needed by
  ``add`` on the build machine.
* ``snapshot`` and ``timestamp`` -- online keys: they only say "this is the current state" and let
  ``refresh-timestamp`` run unattended. The timestamp expires after a week, so a frozen or abandoned
  repository is noticed by clients (``EXPIRED``) instead of being trusted forever.

A key that is lost or exposed is replaced with ``rotate ROLE``: a new root version (signed by the old
and the new root keys) names the new key; clients learn it at their next check and refuse anything the
old key signs from then on.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import bsdiff4
from cryptography.hazmat.primitives import serialization
from securesystemslib.signer import CryptoSigner, Signer
from tuf.api.metadata import (Metadata, MetaFile, Root, Snapshot, TargetFile,
                              Targets, Timestamp)
from tuf.api.serialization.json import JSONSerializer

from companion.domain.updates import (CUSTOM_KEY, Kind, Release, archive_name, patch_name, read_release,
                                      valid_platform, valid_version)
from packaging.version import Version

from . import archive

ROLES = (Root.type, Targets.type, Snapshot.type, Timestamp.type)
PASSPHRASE_ENV = "COMPANION_UPDATE_KEY_PASSPHRASE"
KEEP = 10  # releases per platform listed in the targets metadata


@dataclass(frozen=True)
class Expiry:
    root: timedelta = timedelta(days=365)
    targets: timedelta = timedelta(days=120)
    snapshot: timedelta = timedelta(days=30)
    timestamp: timedelta = timedelta(days=7)

    def of(self, role: str) -> timedelta:
        return getattr(self, role)


class PublishError(Exception):
    pass


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(microsecond=0)


def _passphrase() -> bytes | None:
    value = os.environ.get(PASSPHRASE_ENV)
    return value.encode() if value else None


def _write_atomic(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


class Keys:
    """The signing keys of a repository, one PEM file per role in ``keys_dir``."""

    def __init__(self, keys_dir: Path):
        self.dir = Path(keys_dir)

    def path(self, role: str) -> Path:
        return self.dir / f"{role}.pem"

    def generate(self, role: str) -> CryptoSigner:
        signer = CryptoSigner.generate_ed25519()
        password = _passphrase()
        pem = signer._private_key.private_bytes(  # noqa: SLF001 (CryptoSigner.private_bytes cannot encrypt)
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
            serialization.BestAvailableEncryption(password) if password else serialization.NoEncryption())
        self.dir.mkdir(parents=True, exist_ok=True)
        path = self.path(role)
        if path.exists():
            revoked = path.with_name(f"{role}.pem.revoked-{_now():%Y%m%dT%H%M%S}")
            os.replace(path, revoked)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as f:
            f.write(pem)
        return signer

    def signer(self, role: str) -> CryptoSigner:
        path = self.path(role)
        try:
            private = serialization.load_pem_private_key(path.read_bytes(), password=_passphrase())
        except FileNotFoundError as e:
            raise PublishError(f"no {role} key at {path}") from e
        except TypeError as e:  # encrypted without a passphrase given, or a passphrase for a plain key
            raise PublishError(f"the {role} key at {path}: {e} (see {PASSPHRASE_ENV})") from e
        except ValueError as e:  # a wrong passphrase, or not a key
            raise PublishError(f"the {role} key at {path} cannot be read: wrong {PASSPHRASE_ENV}?") from e
        return CryptoSigner(private)


class Repository:
    """A TUF repository on disk and the keys that sign it."""

    def __init__(self, repo_dir: Path, keys_dir: Path, *, expiry: Expiry | None = None):
        self.dir = Path(repo_dir)
        self.keys = Keys(keys_dir)
        self.expiry = expiry or Expiry()
        self._serializer = JSONSerializer(compact=False)

    @property
    def metadata_dir(self) -> Path:
        return self.dir / "metadata"

    @property
    def targets_dir(self) -> Path:
        return self.dir / "targets"

    # ---- reading the current state ----
    def root(self) -> Metadata[Root]:
        return Metadata[Root].from_file(str(self.metadata_dir / "root.json"))

    def timestamp(self) -> Metadata[Timestamp]:
        return Metadata[Timestamp].from_file(str(self.metadata_dir / "timestamp.json"))

    def snapshot(self) -> Metadata[Snapshot]:
        version = self.timestamp().signed.snapshot_meta.version
        return Metadata[Snapshot].from_file(str(self.metadata_dir / f"{version}.snapshot.json"))

    def targets(self) -> Metadata[Targets]:
        version = self.snapshot().signed.meta["targets.json"].version
        return Metadata[Targets].from_file(str(self.metadata_dir / f"{version}.targets.json"))

    def releases(self, platform_tag: str) -> list[Release]:
        out = []
        for path, info in self.targets().signed.targets.items():
            release = read_release(path, info.length, info.custom)
            if release is not None and release.platform_tag == platform_tag:
                out.append(release)
        return sorted(out, key=lambda r: Version(r.version))

    # ---- writing ----
    def _sign_and_write(self, md: Metadata, role: str, name: str, *, bump: bool = True) -> bytes:
        if bump:
            md.signed.version += 1
        md.signed.expires = _now() + self.expiry.of(role)
        md.signatures.clear()
        md.sign(self.keys.signer(role), append=True)
        data = md.to_bytes(self._serializer)
        _write_atomic(self.metadata_dir / name, data)
        return data

    def _write_root(self, root: Metadata[Root], signers: list[Signer]) -> None:
        root.signatures.clear()
        for signer in signers:
            root.sign(signer, append=True)
        data = root.to_bytes(self._serializer)
        _write_atomic(self.metadata_dir / f"{root.signed.version}.root.json", data)
        _write_atomic(self.metadata_dir / "root.json", data)

    def _publish_chain(self, targets: Metadata[Targets] | None) -> None:
        """Write targets (when given), then a snapshot naming it, then a timestamp naming that."""
        snapshot = self.snapshot() if (self.metadata_dir / "timestamp.json").exists() else None
        if targets is not None:
            data = self._sign_and_write(targets, Targets.type, f"{targets.signed.version + 1}.targets.json")
            snapshot.signed.meta["targets.json"] = MetaFile(targets.signed.version, len(data),
                                                            _hashes(data))
        self._sign_and_write(snapshot, Snapshot.type, f"{snapshot.signed.version + 1}.snapshot.json")
        self._write_timestamp(snapshot)

    def _write_timestamp(self, snapshot: Metadata[Snapshot]) -> None:
        data = (self.metadata_dir / f"{snapshot.signed.version}.snapshot.json").read_bytes()
        timestamp = self.timestamp() if (self.metadata_dir / "timestamp.json").exists() else \
            Metadata(Timestamp(expires=_now()))
        timestamp.signed.snapshot_meta = MetaFile(snapshot.signed.version, len(data), _hashes(data))
        self._sign_and_write(timestamp, Timestamp.type, "timestamp.json")

    def init(self) -> None:
        """A new repository: four new keys, root v1, no builds."""
        if (self.metadata_dir / "root.json").exists():
            raise PublishError(f"{self.dir} already holds a repository")
        signers = {role: self.keys.generate(role) for role in ROLES}
        root = Metadata(Root(expires=_now() + self.expiry.root, consistent_snapshot=True))
        for role, signer in signers.items():
            root.signed.add_key(signer.public_key, role)
        self._write_root(root, [signers[Root.type]])
        targets = Metadata(Targets(version=1, expires=_now() + self.expiry.targets))
        data = self._sign_and_write(targets, Targets.type, "1.targets.json", bump=False)
        snapshot = Metadata(Snapshot(version=1, expires=_now()))
        snapshot.signed.meta["targets.json"] = MetaFile(1, len(data), _hashes(data))
        self._sign_and_write(snapshot, Snapshot.type, "1.snapshot.json", bump=False)
        timestamp = Metadata(Timestamp(version=1, expires=_now(), snapshot_meta=MetaFile(1)))
        snap_data = (self.metadata_dir / "1.snapshot.json").read_bytes()
        timestamp.signed.snapshot_meta = MetaFile(1, len(snap_data), _hashes(snap_data))
        self._sign_and_write(timestamp, Timestamp.type, "timestamp.json", bump=False)

    def _add_target(self, targets: Metadata[Targets], target_path: str, local: Path, custom: dict) -> TargetFile:
        info = TargetFile.from_file(target_path, str(local), ["sha256"])
        info.unrecognized_fields["custom"] = {CUSTOM_KEY: custom}
        dirname, _, basename = target_path.rpartition("/")
        stored = self.targets_dir / dirname / f"{info.hashes['sha256']}.{basename}"
        stored.parent.mkdir(parents=True, exist_ok=True)
        if not stored.exists():
            tmp = stored.with_name(f".{stored.name}.tmp")
            shutil.copyfile(local, tmp)
            os.replace(tmp, stored)
        targets.signed.targets[target_path] = info
        return info

    def stored_path(self, info: TargetFile) -> Path:
        dirname, _, basename = info.path.rpartition("/")
        return self.targets_dir / dirname / f"{info.hashes['sha256']}.{basename}"

    def add_build(self, app_folder: Path, version: str, platform_tag: str, notes: dict[str, str] | None = None,
                  *, patch: bool = True, keep: int = KEEP) -> dict[str, Any]:
        """Add a build: the whole archive, a bsdiff4 patch from the latest earlier release of the same
        platform (unless ``patch`` is False), release notes per language; re-sign targets, snapshot and
        timestamp. Only the ``keep`` newest releases of the platform stay listed (the targets metadata
        every client fetches stays small); their files stay on disk for clients mid-update. Returns the
        sizes written."""
        if not valid_version(version) or not valid_platform(platform_tag):
            raise PublishError(f"not a version/platform this repository takes: {version!r} {platform_tag!r}")
        earlier = self.releases(platform_tag)
        if earlier and Version(earlier[-1].version) >= Version(version):
            raise PublishError(f"{platform_tag} {version} is not newer than {earlier[-1].version}")
        targets = self.targets()
        report: dict[str, Any] = {"version": version}
        with tempfile.TemporaryDirectory(prefix="companion-publish-") as tmp:
            work = Path(tmp)
            tar_path, xz_path = work / "new.tar", work / "new.tar.xz"
            with open(tar_path, "wb") as out:
                tar_digest = archive.pack(Path(app_folder), out)
            archive.compress(tar_path, xz_path)
            name = archive_name(platform_tag, version)
            info = self._add_target(targets, name, xz_path, {
                "kind": Kind.ARCHIVE.value, "version": version, "platform": platform_tag,
                "tar": {"length": tar_digest.length, "sha256": tar_digest.sha256},
                "notes": dict(notes or {})})
            report.update(archive=name, archive_bytes=info.length, tar_bytes=tar_digest.length)
            if patch and earlier:
                previous = earlier[-1]
                old_tar = work / "old.tar"
                with open(old_tar, "wb") as out:
                    got = archive.decompress(self.stored_path(targets.signed.targets[previous.archive]), out,
                                             previous.tar.length)
                if got != previous.tar:
                    raise PublishError(f"the stored archive of {previous.version} does not match its metadata")
                patch_path = work / "patch.bsdiff4"
                bsdiff4.file_diff(str(old_tar), str(tar_path), str(patch_path))
                pname = patch_name(platform_tag, previous.version, version)
                pinfo = self._add_target(targets, pname, patch_path, {
                    "kind": Kind.PATCH.value, "from": previous.version, "to": version, "platform": platform_tag})
                report.update(patch=pname, patch_bytes=pinfo.length, patch_from=previous.version)
        report["unlisted"] = self._unlist_old(targets, platform_tag, keep)
        self._publish_chain(targets)
        return report

    @staticmethod
    def _unlist_old(targets: Metadata[Targets], platform_tag: str, keep: int) -> list[str]:
        releases = sorted((r for path, info in targets.signed.targets.items()
                           if (r := read_release(path, info.length, info.custom)) and r.platform_tag == platform_tag),
                          key=lambda r: Version(r.version))
        gone = {r.version for r in releases[:-keep]} if keep > 0 else set()
        unlisted = []
        for path, info in list(targets.signed.targets.items()):
            fields = info.custom.get(CUSTOM_KEY) if isinstance(info.custom, dict) else None
            if not isinstance(fields, dict) or fields.get("platform") != platform_tag:
                continue
            if fields.get("version") in gone or fields.get("to") in gone:
                del targets.signed.targets[path]
                unlisted.append(path)
        return unlisted

    def refresh_timestamp(self) -> None:
        """Re-sign the timestamp (and the snapshot when it would expire before the next timestamp does):
        run daily so clients never see expired metadata from a repository that is looked after."""
        snapshot = self.snapshot()
        if snapshot.signed.expires <= _now() + 2 * self.expiry.timestamp:
            self._sign_and_write(snapshot, Snapshot.type, f"{snapshot.signed.version + 1}.snapshot.json")
        self._write_timestamp(snapshot)

    def renew_targets(self) -> None:
        """Re-sign the list of builds unchanged with a new expiry (no build for a while), then snapshot
        and timestamp: needs the targets key."""
        self._publish_chain(self.targets())

    def renew_root(self) -> None:
        """A new root version with the same keys and a new expiry: yearly, with the offline root key."""
        root = self.root()
        root.signed.version += 1
        root.signed.expires = _now() + self.expiry.root
        self._write_root(root, [self.keys.signer(Root.type)])

    def rotate(self, role: str) -> None:
        """Replace ``role``'s key by a new one: a new root version names it (signed by the old and the
        new root key), and the metadata of that role (and those above it in the chain) is re-signed."""
        if role not in ROLES:
            raise PublishError(f"no role {role!r}")
        root = self.root()
        old_root_signer = self.keys.signer(Root.type)
        for keyid in list(root.signed.roles[role].keyids):
            root.signed.revoke_key(keyid, role)
        new_signer = self.keys.generate(role)
        root.signed.add_key(new_signer.public_key, role)
        root.signed.version += 1
        root.signed.expires = _now() + self.expiry.root
        signers = [old_root_signer] if role != Root.type else [old_root_signer, new_signer]
        self._write_root(root, signers)
        if role == Targets.type:
            self._publish_chain(self.targets())
        elif role in (Snapshot.type, Timestamp.type):
            self._publish_chain(None)


def _hashes(data: bytes) -> dict[str, str]:
    import hashlib
    return {"sha256": hashlib.sha256(data).hexdigest()}


# ---- the command line ----

def read_notes(pairs: list[str]) -> dict[str, str]:
    notes = {}
    for pair in pairs or []:
        lang, sep, path = pair.partition("=")
        if not sep:
            raise SystemExit(f"--notes takes LANG=FILE, not {pair!r}")
        notes[lang.strip().lower()] = Path(path).read_text(encoding="utf-8")
    return notes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m companion.updates.publish", description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    for name in ("init", "add", "refresh-timestamp", "renew-targets", "renew-root", "rotate", "show"):
        p = sub.add_parser(name)
        p.add_argument("repo", type=Path)
        p.add_argument("keys", type=Path)
        if name == "add":
            p.add_argument("folder", type=Path, help="the app folder of the build (dist/Companion)")
            p.add_argument("--version", required=True)
            p.add_argument("--platform", required=True)
            p.add_argument("--notes", action="append", default=[], metavar="LANG=FILE")
            p.add_argument("--no-patch", action="store_true")
            p.add_argument("--keep", type=int, default=KEEP, help="releases of the platform left listed")
        if name == "rotate":
            p.add_argument("role", choices=ROLES)
    args = parser.parse_args(argv)
    repo = Repository(args.repo, args.keys)
    try:
        if args.command == "init":
            repo.init()
            print(f"new repository in {args.repo}; keys in {args.keys} (move root.pem offline)")
        elif args.command == "add":
            print(json.dumps(repo.add_build(args.folder, args.version, args.platform, read_notes(args.notes),
                                            patch=not args.no_patch, keep=args.keep), indent=2))
        elif args.command == "refresh-timestamp":
            repo.refresh_timestamp()
            print(f"timestamp valid until {repo.timestamp().signed.expires:%Y-%m-%d %H:%M} UTC")
        elif args.command == "renew-targets":
            repo.renew_targets()
            print(f"the list of builds is valid until {repo.targets().signed.expires:%Y-%m-%d}")
        elif args.command == "renew-root":
            repo.renew_root()
            print(f"root is now version {repo.root().signed.version}, valid until "
                  f"{repo.root().signed.expires:%Y-%m-%d}")
        elif args.command == "rotate":
            repo.rotate(args.role)
            print(f"{args.role} key replaced; root is now version {repo.root().signed.version}")
        elif args.command == "show":
            for role in (repo.root(), repo.targets(), repo.snapshot(), repo.timestamp()):
                print(f"{role.signed.type:10} v{role.signed.version:<4} expires {role.signed.expires:%Y-%m-%d}")
            for path, info in sorted(repo.targets().signed.targets.items()):
                print(f"  {path}  {info.length} bytes")
    except PublishError as e:
        print(f"error: {e}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
