"""Where things live: the bundled resources and the participant's data folder."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "Companion"
DATA_DIR_ENV = "COMPANION_DATA_DIR"


def resources_dir() -> Path:
    """The project's resources/ folder (inside the bundle when frozen by PyInstaller)."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def data_dir(explicit: str | os.PathLike | None = None) -> Path:
    """--data-dir wins, then $COMPANION_DATA_DIR, then the platform's user data folder."""
    if explicit:
        return Path(explicit).expanduser().resolve()
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return Path(env).expanduser().resolve()
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, appauthor=False))


def fsync_dir(folder: Path) -> None:
    """Make a rename inside ``folder`` durable (the directory entry itself is flushed; no-op on Windows)."""
    if hasattr(os, "O_DIRECTORY"):
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
