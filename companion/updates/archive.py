"""The app folder as one reproducible tar, and back.

A build is published as the tar of its app folder, made the same way every time: entries in sorted
order, one fixed modification time, owner 0, modes reduced to 0755 (anything executable, and folders) or
0644. So the folder a participant has installed packs again, byte for byte, into the tar the repository
signed for that build -- which is the base a binary patch needs, without keeping a second copy of the app
on the participant's disk. If the installed folder was changed (a file edited, added or removed), its
tar no longer matches the signed digest and the client takes the whole archive instead.

Unpacking uses the standard library's ``data`` extraction filter (no absolute paths, nothing outside the
folder, no devices, no links leaving it) into a temporary sibling folder that is renamed into place only
when complete.
"""

from __future__ import annotations

import hashlib
import io
import lzma
import os
import shutil
import stat
import tarfile
import tempfile
from pathlib import Path
from typing import BinaryIO

from companion.domain.updates import Digest

MTIME = 1_262_304_000  # 2010-01-01: one time for every entry, so the tar depends on the contents only
XZ_PRESET = 9 | lzma.PRESET_EXTREME  # as the installer's download (build_installer.archive): built once, fetched by many
_BLOCK = 1024 * 1024


class ArchiveError(Exception):
    """The folder cannot be packed reproducibly, or a tar would unpack outside its folder."""


def _entries(folder: Path) -> list[tuple[str, Path]]:
    out: list[tuple[str, Path]] = []
    for root, dirs, files in os.walk(folder):
        dirs.sort()
        rel_root = Path(root).relative_to(folder)
        for name in sorted(dirs + files):
            path = Path(root) / name
            out.append(((rel_root / name).as_posix(), path))
    out.sort(key=lambda e: e[0])
    return out


def pack(folder: Path, out: BinaryIO) -> Digest:
    """Write the reproducible tar of ``folder`` to ``out``; return its length and SHA-256."""
    folder = Path(folder)
    if not folder.is_dir():
        raise ArchiveError(f"not a folder: {folder}")
    hasher = _HashingWriter(out)
    with tarfile.open(fileobj=hasher, mode="w|", format=tarfile.PAX_FORMAT) as tar:
        for name, path in _entries(folder):
            st = path.lstat()
            info = tarfile.TarInfo(name)
            info.mtime = MTIME
            info.uid = info.gid = 0
            info.uname = info.gname = ""
            if stat.S_ISLNK(st.st_mode):
                target = os.readlink(path)
                resolved = (path.parent / target).resolve()
                if os.path.isabs(target) or not resolved.is_relative_to(folder.resolve()):
                    raise ArchiveError(f"{name} links outside the folder")
                info.type = tarfile.SYMTYPE
                info.linkname = target
                info.mode = 0o777
                tar.addfile(info)
            elif stat.S_ISDIR(st.st_mode):
                info.type = tarfile.DIRTYPE
                info.mode = 0o755
                tar.addfile(info)
            elif stat.S_ISREG(st.st_mode):
                info.size = st.st_size
                info.mode = 0o755 if st.st_mode & 0o111 else 0o644
                with open(path, "rb") as f:
                    tar.addfile(info, f)
            else:
                raise ArchiveError(f"{name} is neither a file, a folder nor a link")
    return Digest(hasher.length, hasher.sha.hexdigest())


def pack_bytes(folder: Path) -> tuple[bytes, Digest]:
    buf = io.BytesIO()
    digest = pack(folder, buf)
    return buf.getvalue(), digest


def compress(tar_path: Path, out_path: Path, *, machine_code: bool = True) -> None:
    """xz, with the x86 branch filter first when the build is x86 machine code (6 % smaller)."""
    # a dictionary no larger than the input: the same output, without 64 MiB set up for a small tar
    lzma2 = {"id": lzma.FILTER_LZMA2, "preset": XZ_PRESET,
             "dict_size": min(64 * 1024 * 1024, max(1 << 16, Path(tar_path).stat().st_size))}
    filters = [{"id": lzma.FILTER_X86}, lzma2] if machine_code else [lzma2]
    with open(tar_path, "rb") as src, lzma.open(out_path, "wb", format=lzma.FORMAT_XZ, filters=filters) as dst:
        shutil.copyfileobj(src, dst, _BLOCK)


def decompress(xz_path: Path, out: BinaryIO, max_length: int) -> Digest:
    """Decompress an .xz into ``out``, refusing more than ``max_length`` bytes (the signed tar length)."""
    hasher = _HashingWriter(out)
    with lzma.open(xz_path, "rb") as src:
        while True:
            block = src.read(_BLOCK)
            if not block:
                break
            if hasher.length + len(block) > max_length:
                raise ArchiveError("the archive unpacks to more than its signed length")
            hasher.write(block)
    return Digest(hasher.length, hasher.sha.hexdigest())


def digest_of(path: Path) -> Digest:
    sha = hashlib.sha256()
    length = 0
    with open(path, "rb") as f:
        while block := f.read(_BLOCK):
            sha.update(block)
            length += len(block)
    return Digest(length, sha.hexdigest())


def unpack(tar_path: Path, new_folder: Path) -> None:
    """Unpack into ``new_folder`` (which must not exist): into a temporary sibling first, renamed into
    place when complete; on any failure nothing is left behind."""
    new_folder = Path(new_folder)
    if new_folder.exists():
        raise FileExistsError(new_folder)
    new_folder.parent.mkdir(parents=True, exist_ok=True)
    partial = Path(tempfile.mkdtemp(prefix=f".{new_folder.name}.partial-", dir=new_folder.parent))
    try:
        with tarfile.open(tar_path, mode="r:") as tar:
            try:
                tar.extractall(partial, filter="data")
            except tarfile.FilterError as e:
                raise ArchiveError(str(e)) from e
        os.replace(partial, new_folder)
    except BaseException:
        shutil.rmtree(partial, ignore_errors=True)
        raise


class _HashingWriter(io.RawIOBase):
    def __init__(self, out: BinaryIO):
        self._out = out
        self.sha = hashlib.sha256()
        self.length = 0

    def writable(self) -> bool:
        return True

    def write(self, b) -> int:
        data = bytes(b)
        self._out.write(data)
        self.sha.update(data)
        self.length += len(data)
        return len(data)
