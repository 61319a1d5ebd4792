"""The demo portal behind Help → "Try sync with a demo portal": the reference portal started as a
separate process on a free port of 127.0.0.1 (``python -m companion_portal --demo --port 0
--ready-file F``). The app never imports the portal's code; it learns the address and the demo
sign-in from the ready file the portal writes once it listens."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from dataclasses import dataclass
from typing import ClassVar
from pathlib import Path

from companion.domain.errors import CompanionError

READY = "ready.json"
LOG = "portal.log"


class DemoPortalError(CompanionError):
    """``code``: "not_installed" (no reference portal beside the app), "exited" (it stopped at once;
    ``detail`` holds its last words) or "timeout" (it did not listen in time)."""

    def __init__(self, code: str, detail: str = ""):
        super().__init__(f"The demo portal did not start ({code}): {detail}".strip().rstrip(":"))
        self.code, self.detail = code, detail


@dataclass(eq=False)
class DemoPortal:
    url: str
    login: str
    password: str
    process: subprocess.Popen

    running: ClassVar[set["DemoPortal"]] = set()  # started by this process and not yet stopped

    @classmethod
    def stop_all(cls) -> None:
        """Stop every demo portal this process started (the app is closing: one still starting when
        the window closed would otherwise outlive it)."""
        for server in list(cls.running):
            server.stop()

    @classmethod
    def start(cls, folder: Path, timeout_s: float = 120.0) -> "DemoPortal":
        """Start it and wait (on a worker thread) until it listens; its data stays in ``folder``."""
        if getattr(sys, "frozen", False):
            raise DemoPortalError("not_installed", "this installation does not include the reference portal")
        folder.mkdir(parents=True, exist_ok=True)
        ready = folder / READY
        ready.unlink(missing_ok=True)
        with open(folder / LOG, "ab") as log:
            process = subprocess.Popen([sys.executable, "-m", "companion_portal", "--demo", "--port", "0",
                                        "--data-dir", str(folder), "--ready-file", str(ready)],
                                       stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=log)
        deadline = time.monotonic() + timeout_s
        while not ready.is_file():
            if process.poll() is not None:
                lines = (folder / LOG).read_text(encoding="utf-8", errors="replace").strip().splitlines()
                raise DemoPortalError("exited", lines[-1] if lines else f"exit status {process.returncode}")
            if time.monotonic() > deadline:
                process.kill()
                process.wait()
                raise DemoPortalError("timeout")
            time.sleep(0.05)
        info = json.loads(ready.read_text(encoding="utf-8"))
        server = cls(info["url"], info["login"], info["password"], process)
        cls.running.add(server)
        return server

    def stop(self) -> None:
        DemoPortal.running.discard(self)
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
