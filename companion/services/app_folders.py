"""Which app folder starts: the atomic switch to an update at the next start, with roll-back.

Layout under an install root (one-folder PyInstaller builds, each unpacked whole)::

    ROOT/versions/<version>/   one complete app folder per version
    ROOT/current               the version that last started well (one line)
    ROOT/pending               a staged update, to be tried at the next start
    ROOT/trying                written just before the pending version is started

Each pointer file is written to a temporary name and os.replace()d, so a crash leaves
either the old pointer or the new one. The old folder is kept until the new one has
started once (confirm_started); a start that never confirms is rolled back at the next
launch: the pending version is forgotten and the current one starts again.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Choice:
    version: str
    folder: Path
    trying: bool  # True: the app must call confirm_started once it is up
    rolled_back: str | None = None  # the version whose start failed, if any


def _read(path: Path) -> str | None:
    try:
        text = path.read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return None
    return text or None


def _write(path: Path, value: str) -> None:
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "w", encoding="utf-8") as handle:
        handle.write(value + "\n")
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)


def _remove(path: Path) -> None:
    try:
        path.unlink()
    except FileNotFoundError:
        pass


def version_folder(root: Path, version: str) -> Path:
    if not version or "/" in version or "\\" in version or version in {".", ".."}:
        raise ValueError(f"not a version name: {version!r}")
    return root / "versions" / version


def stage(root: Path, version: str) -> None:
    """Mark an already unpacked, verified folder as the version to try at the next start."""
    if not version_folder(root, version).is_dir():
        raise FileNotFoundError(version_folder(root, version))
    _write(root / "pending", version)


def choose(root: Path) -> Choice:
    """Called by the launcher at each start; decides which folder runs."""
    current = _read(root / "current")
    pending = _read(root / "pending")
    trying = _read(root / "trying")
    if current is None:
        raise FileNotFoundError(root / "current")
    if trying is not None:
        # The last start of the pending version never confirmed: roll back.
        _remove(root / "pending")
        _remove(root / "trying")
        return Choice(current, version_folder(root, current), False, rolled_back=trying)
    if pending is not None and pending != current and version_folder(root, pending).is_dir():
        _write(root / "trying", pending)
        return Choice(pending, version_folder(root, pending), True)
    _remove(root / "pending")
    return Choice(current, version_folder(root, current), False)


def confirm_started(root: Path, version: str) -> None:
    """The new version is up: make it current and drop the folders of older versions."""
    if _read(root / "trying") != version:
        return
    _write(root / "current", version)
    _remove(root / "pending")
    _remove(root / "trying")
    for folder in (root / "versions").iterdir():
        if folder.name != version and folder.is_dir():
            shutil.rmtree(folder, ignore_errors=True)
