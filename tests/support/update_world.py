"""An installed app and an update repository for the app-side update tests: real app folders (made
without PyInstaller) laid out as the installer does, a TUF repository published by
companion.updates.publish with the next version, served over real HTTP on 127.0.0.1."""

from __future__ import annotations

import functools
import os
import random
import shutil
from dataclasses import dataclass
from pathlib import Path

from companion.services import app_folders
from companion.services.settings import UPDATE_URL
from companion.services.updates import UpdateService, platform_tag
from companion.updates.client import UpdateClient
from companion.updates.publish import Repository


def make_build(folder: Path, version: str) -> Path:
    """A small app folder shaped like PyInstaller's: an executable, a 'Qt library', Python code."""
    rnd = random.Random(7)
    (folder / "_internal" / "companion").mkdir(parents=True)
    (folder / "Companion").write_bytes(bytes(rnd.getrandbits(8) for _ in range(40_000)))
    os.chmod(folder / "Companion", 0o755)
    (folder / "_internal" / "libQt6Fake.so.6").write_bytes(bytes(rnd.getrandbits(8) for _ in range(80_000)))
    code = "".join(f"def f{i}():\n    return {i!r}  # build {version}\n" for i in range(1500))
    (folder / "_internal" / "companion" / "app.py").write_text(code)
    (folder / "_internal" / "VERSION").write_text(version)
    return folder


NOTES = {"en": "Quizzes open faster.", "es": "Los cuestionarios se abren más rápido.",
         "ko": "퀴즈가 더 빨리 열립니다."}


@dataclass
class UpdateWorld:
    base: Path
    repo: Repository
    root: Path  # the install root (PREFIX)
    trusted_root: bytes
    next_build: Path

    def service(self, settings, clock, url: str | None) -> UpdateService:
        if url:
            settings.set(UPDATE_URL, url)
        factory = functools.partial(UpdateClient, trusted_root=self.trusted_root)
        return UpdateService(settings, clock, self.base / "state", app_folders.Install(self.root, "0.1.0"),
                             client_factory=factory)


def update_world(base: Path, *, publish_next: bool = True) -> UpdateWorld:
    v1 = make_build(base / "build-0.1.0", "0.1.0")
    v2 = make_build(base / "build-0.2.0", "0.2.0")
    repo = Repository(base / "repo", base / "keys")
    repo.init()
    repo.add_build(v1, "0.1.0", platform_tag(), {"en": "First."})
    if publish_next:
        repo.add_build(v2, "0.2.0", platform_tag(), NOTES)
    root = base / "install"
    (root / "versions").mkdir(parents=True)
    shutil.copytree(v1, root / "versions" / "0.1.0", symlinks=True)
    (root / "current").write_text("0.1.0\n")
    return UpdateWorld(base, repo, root, (repo.metadata_dir / "1.root.json").read_bytes(), v2)
