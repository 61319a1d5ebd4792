"""End to end: the frozen app updates itself from one real build to the next (``make update-e2e``).

    python tools/update_e2e.py [--work DIR] [--keep]

1. A TUF repository with fresh keys (companion.updates.publish), to be served by Python's static file
   server on 127.0.0.1 (its port chosen first: the address is built into the app).
2. Two real builds with build_installer.py (PyInstaller): A = 0.9.0 and B = 0.9.1, each with the
   repository's address and root of trust built in; both published (B with a bsdiff4 patch from A).
3. A is installed for a user by the package's install.sh (HOME in the work folder), as a participant does.
4. ``companion update`` of the installed A (its launcher, offscreen) finds B, downloads the patch,
   verifies it through TUF, builds B's folder and stages it: "ready at next start".
5. ``companion --self-test`` through the launcher: A hands the start to B, B opens its window and passes
   its self-test, confirms its start; ``current`` is 0.9.1 and A's folder is gone.

Prints each step's time and the update's bytes on the wire beside the whole archive. Exits 1 on any
failure. Takes minutes (two PyInstaller builds and xz -9e archives on this machine).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import build_installer as bi  # noqa: E402

A, B = "0.9.0", "0.9.1"
NOTES_B = {"en": "End-to-end test build: the same app, one version on.",
           "es": "Compilación de prueba: la misma aplicación, una versión más.",
           "ko": "종단 간 시험용 빌드: 같은 앱, 한 버전 뒤."}


def step(name: str, started: list[float]) -> None:
    now = time.perf_counter()
    print(f"  {now - started[0]:7.1f} s  {name}", flush=True)
    started[0] = now


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def build(version: str, url: str, root_json: Path, into: Path) -> float:
    started = time.perf_counter()
    subprocess.run([sys.executable, str(ROOT / "build_installer.py"), "--no-package", "--version", version,
                    "--update-url", url, "--update-root", str(root_json)], check=True, cwd=ROOT,
                   stdout=subprocess.DEVNULL)
    shutil.copytree(bi.DIST / bi.NAME, into, symlinks=True)
    return time.perf_counter() - started


def serve(folder: Path, port: int):
    import functools
    import http.server

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), functools.partial(Quiet, directory=str(folder)))
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--work", type=Path, help="work folder (default: a temporary one)")
    parser.add_argument("--keep", action="store_true", help="keep the work folder")
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="companion-update-e2e-"))
    work.mkdir(parents=True, exist_ok=True)
    from companion.services.updates import platform_tag
    from companion.updates.publish import Repository

    clock = [time.perf_counter()]
    total = time.perf_counter()
    print(f"update end to end in {work}", flush=True)
    repo = Repository(work / "repo", work / "keys")
    repo.init()
    port = free_port()
    url = f"http://127.0.0.1:{port}/"
    root_json = repo.metadata_dir / "1.root.json"
    step("repository and keys", clock)
    build(A, url, root_json, work / f"build-{A}")
    step(f"build {A} (PyInstaller)", clock)
    build(B, url, root_json, work / f"build-{B}")
    step(f"build {B} (PyInstaller)", clock)
    tag = platform_tag()
    repo.add_build(work / f"build-{A}", A, tag, {"en": "End-to-end test build."})
    step(f"publish {A} (xz archive)", clock)
    repo.add_build(work / f"build-{B}", B, tag, NOTES_B)
    step(f"publish {B} (xz archive and bsdiff4 patch from {A})", clock)
    archive = max(((p.stat().st_size, p) for p in (repo.targets_dir / tag).glob(f"*companion-{B}.tar.xz")))[0]
    patch = max(((p.stat().st_size, p) for p in (repo.targets_dir / tag).glob("*.bsdiff4")))[0]

    # install A as a participant does
    package = work / f"companion-{A}"
    package.mkdir()
    shutil.copytree(work / f"build-{A}", package / "Companion", symlinks=True)
    staging = bi.staging_folder(A)
    for name in bi.PACKAGE_FILES:
        shutil.copy2(staging / name, package / name)
    home = work / "home"
    home.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("COMPANION_", "PYTHON"))}
    env.update(HOME=str(home), QT_QPA_PLATFORM="offscreen", PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring",
               XDG_DATA_HOME=str(home / ".local" / "share"), XDG_CONFIG_HOME=str(home / ".config"))
    subprocess.run(["sh", str(package / "install.sh"), "--user"], check=True, env=env, stdout=subprocess.DEVNULL)
    prefix = home / ".local" / "lib" / "companion"
    launcher = prefix / "companion"
    step(f"install {A} (install.sh)", clock)
    data = work / "data"
    server = serve(repo.dir, port)
    try:
        found = subprocess.run([str(launcher), "--data-dir", str(data), "update"], env=env, capture_output=True,
                               text=True, timeout=600)
        step("companion update: check, download, verify, build the folder, stage", clock)
        print("    " + found.stdout.strip().replace("\n", "\n    "))
        if found.returncode != 0 or (prefix / "pending").read_text().strip() != B:
            print(found.stderr[-3000:])
            raise SystemExit("the installed app did not stage the update")
        last = None
        try:
            import sqlite3

            with sqlite3.connect(data / "companion.sqlite3") as db:
                for key, value in db.execute("select key, value from settings"):
                    if key in ("update_last", "download_usage"):
                        print(f"    {key}: {value}")
                        last = json.loads(value) if key == "download_usage" else last
        except Exception as exc:  # the figures are a bonus; the switch below is the test
            print(f"    (could not read the settings: {exc})")
        started = subprocess.run([str(launcher), "--self-test", "--data-dir", str(data)], env=env,
                                 capture_output=True, text=True, timeout=600)
        step("next start through the launcher: hand-over to the new version, its self-test, confirm", clock)
    finally:
        server.shutdown()
        server.server_close()
    current = (prefix / "current").read_text().strip()
    versions = sorted(p.name for p in (prefix / "versions").iterdir())
    baked = (prefix / "versions" / B / "_internal" / "resources" / "updates" / "version")
    ok = (started.returncode == 0 and current == B and versions == [B] and baked.is_file()
          and baked.read_text().strip() == B)
    print(f"  self-test exit {started.returncode}; current {current}; versions {versions}")
    print(f"  patch {A} -> {B}: {patch / 1e6:.2f} MB on the wire (whole archive {archive / 1e6:.1f} MB)"
          + (f"; counted today: {last['bytes'] / 1e6:.2f} MB" if last else ""))
    print(f"  at 256 kbit/s: patch {patch * 8 / 256_000 / 60:.1f} min, whole archive {archive * 8 / 256_000 / 60:.1f} min")
    print(f"  total {time.perf_counter() - total:.0f} s on {os.cpu_count()} cores ({platform.machine()})")
    if not ok:
        print((started.stderr or "")[-3000:])
        print("FAILED: the frozen app did not update itself")
    elif not args.keep and args.work is None:
        shutil.rmtree(work, ignore_errors=True)
    if ok:
        print("OK: the frozen app updated itself from", A, "to", B)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
