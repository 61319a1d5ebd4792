"""Which app folder starts: the atomic switch to an update at the next start, with roll-back.

Layout under an install root (the Linux installer's ``~/.local/lib/companion``; one-folder
PyInstaller builds, each unpacked whole)::

    ROOT/companion             the launcher: a shell script that starts versions/$(cat current)/Companion
    ROOT/versions/<version>/   one complete app folder per version
    ROOT/versions/.<v>.partial a folder being built by an update (never started; removed when stale)
    ROOT/current               the version that last started well (one line)
    ROOT/pending               a staged update, to be tried at the next start
    ROOT/trying                written just before the pending version is handed the start
    ROOT/failed                the last version whose start never confirmed (it is not fetched again)

Each pointer file is written to a temporary name, fsynced and os.replace()d (then the folder is
fsynced), so a kill at any point leaves either the old pointer or the new one. A start goes:

1. the launcher starts the *current* version; it calls :func:`choose` with its own version;
2. with an update pending, ``trying`` is written and the running app hands the start over to the
   pending folder (``os.execv``); that one calls :func:`choose` too, finds itself in ``trying`` and
   goes on; once its window is up it calls :func:`confirm_started`: ``current`` becomes the new
   version, the pointers go and the old folders are removed;
3. a tried version that never confirmed (it crashed, or was killed) is found by the next start of the
   current version: the roll-back forgets it, writes ``failed`` and removes its folder.

A kill between writing ``current`` and removing ``trying`` is finished by the next start (``trying``
equal to ``current`` counts as confirmed). The old folder is kept until the new one has started once.
"""

from __future__ import annotations

import logging
import os
import shutil
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from companion.paths import fsync_dir

log = logging.getLogger(__name__)
APP_ROOT_ENV = "COMPANION_APP_FOLDER"  # a version folder to run as if installed (tests; see running_install)
EXECUTABLE = "Companion"


@dataclass(frozen=True)
class Choice:
    version: str
    folder: Path
    trying: bool  # True: the app must call confirm_started once it is up
    rolled_back: str | None = None  # the version whose start failed, if any


@dataclass(frozen=True)
class Install:
    """The installed app this process runs from: its root and its own version folder."""

    root: Path
    version: str

    @property
    def folder(self) -> Path:
        return version_folder(self.root, self.version)


def _read(path: Path) -> str | None:
    try:
        text = path.read_text(encoding="utf-8").strip()
    except (FileNotFoundError, NotADirectoryError):
        return None
    return text or None


def _write(path: Path, value: str) -> None:
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "w", encoding="utf-8") as handle:
        handle.write(value + "\n")
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)
    fsync_dir(path.parent)


def _remove(path: Path) -> None:
    try:
        path.unlink()
    except FileNotFoundError:
        pass


def valid_version_name(version: str) -> bool:
    return bool(version) and "/" not in version and "\\" not in version and not version.startswith(".") \
        and "\0" not in version and len(version) <= 64


def version_folder(root: Path, version: str) -> Path:
    if not valid_version_name(version):
        raise ValueError(f"not a version name: {version!r}")
    return root / "versions" / version


def partial_folder(root: Path, version: str) -> Path:
    """Where an update builds the folder of ``version`` before :func:`install_folder` renames it."""
    version_folder(root, version)  # checks the name
    return root / "versions" / f".{version}.partial"


def running_install(executable: str | None = None) -> Install | None:
    """The install this process runs from, or None (a source run, or a folder not laid out by the
    installer). Frozen: the executable is ``ROOT/versions/<v>/Companion`` beside ``ROOT/current``.
    ``COMPANION_APP_FOLDER`` names such a version folder for a run from source (the tests' app folders)."""
    folder: Path | None = None
    if os.environ.get(APP_ROOT_ENV):
        folder = Path(os.environ[APP_ROOT_ENV])
    elif getattr(sys, "frozen", False):
        folder = Path(executable or sys.executable).resolve().parent
    if folder is None or folder.parent.name != "versions" or not valid_version_name(folder.name):
        return None
    root = folder.parent.parent
    if _read(root / "current") is None:
        return None
    return Install(root, folder.name)


def current_version(root: Path) -> str | None:
    return _read(root / "current")


def pending_version(root: Path) -> str | None:
    return _read(root / "pending")


def failed_version(root: Path) -> str | None:
    return _read(root / "failed")


def install_folder(root: Path, version: str) -> Path:
    """Move a built ``partial_folder`` into place as ``versions/<version>`` (one rename)."""
    source, target = partial_folder(root, version), version_folder(root, version)
    if target.exists():
        if version in (_read(root / "current"), _read(root / "trying")):
            raise FileExistsError(target)  # never replace the folder that runs
        shutil.rmtree(target)
    os.replace(source, target)
    fsync_dir(target.parent)
    return target


def stage(root: Path, version: str) -> None:
    """Mark an already unpacked, verified folder as the version to try at the next start."""
    if not version_folder(root, version).is_dir():
        raise FileNotFoundError(version_folder(root, version))
    _write(root / "pending", version)
    if _read(root / "failed") == version:
        _remove(root / "failed")  # staged again on purpose: it gets another try


def choose(root: Path, running: str | None = None) -> Choice:
    """Called at each start by the app (``running``: its own version); decides which folder runs.
    When the answer is another folder than the caller's, the caller hands the start over to it."""
    current = _read(root / "current")
    pending = _read(root / "pending")
    trying = _read(root / "trying")
    if current is None:
        raise FileNotFoundError(root / "current")
    if trying is not None and trying == current:
        # confirmed, but killed before the pointers were cleared: finish the switch
        _finish(root, current)
    elif trying is not None and running is not None and running == trying:
        # the handed-over start of the pending version: it goes on, and confirms once up
        return Choice(trying, version_folder(root, trying), True)
    elif trying is not None:
        # the last start of the pending version never confirmed: roll back
        _write(root / "failed", trying)
        _remove(root / "pending")
        _remove(root / "trying")
        if valid_version_name(trying) and trying != current:
            shutil.rmtree(version_folder(root, trying), ignore_errors=True)
        return Choice(current, version_folder(root, current), False, rolled_back=trying)
    elif pending is not None and pending != current and valid_version_name(pending) \
            and version_folder(root, pending).is_dir():
        _write(root / "trying", pending)
        return Choice(pending, version_folder(root, pending), True)
    if pending is not None:
        _remove(root / "pending")  # the current one, or a folder that is gone
    return Choice(current, version_folder(root, current), False)


def confirm_started(root: Path, version: str) -> bool:
    """The new version is up: make it current and drop the folders of older versions. Returns
    whether this start was the first of an update (False: nothing to confirm)."""
    if _read(root / "trying") != version:
        return False
    _write(root / "current", version)
    _finish(root, version)
    return True


def _finish(root: Path, version: str) -> None:
    """``version`` is current: clear the pointers and remove the folders of other versions, except one
    staged meanwhile (a newer update found while this one was being tried)."""
    pending = _read(root / "pending")
    if pending == version:
        _remove(root / "pending")
    _remove(root / "trying")
    _remove(root / "failed")
    keep = {version, pending}
    for folder in (root / "versions").iterdir():
        if folder.name not in keep and folder.is_dir() and not folder.name.endswith(".partial"):
            shutil.rmtree(folder, ignore_errors=True)


def executable(folder: Path) -> Path:
    return folder / (EXECUTABLE + (".exe" if sys.platform == "win32" else ""))


def hand_over(choice: Choice, argv: list[str]) -> None:
    """Replace this process by the chosen folder's app (same arguments); returns only on failure."""
    exe = executable(choice.folder)
    os.execv(exe, [str(exe), *argv])


def start_chosen(argv: list[str]) -> Callable[[], bool] | None:
    """First thing at an installed app's start (companion.cli): run the folder the switch chooses. A staged
    update gets the start (this process is replaced by it), a tried one that never confirmed is rolled
    back. Returns what confirms this start once the window is up, or None (nothing to confirm)."""
    install = running_install()
    if install is None:
        return None
    try:
        choice = choose(install.root, running=install.version)
        if choice.rolled_back:
            log.warning("version %s never finished starting: back to %s", choice.rolled_back, choice.version)
        if choice.version != install.version:
            try:
                hand_over(choice, argv)  # does not return
            except OSError:
                log.exception("could not start version %s", choice.version)
                choice = choose(install.root, running=install.version)  # rolls it back
    except (OSError, ValueError):
        log.exception("the app folders of %s could not be read", install.root)
        return None
    if not choice.trying:
        return None
    return lambda: confirm_started(install.root, install.version)
