"""Chaos at scale: SIGKILL `companion sync` and `companion download` at random moments, over and over,
through a proxy that also cuts, swallows replies and crawls, then count what was lost, doubled or
corrupted. Not a test (it takes minutes); the goal is 0 / 0 / 0.

    python bench/chaos.py [--kills 200] [--seed 7] [--rate 200000]

What runs: the reference portal on 127.0.0.1 with the sample course, its slide PDFs and videos; a
data folder signed in through a FaultProxy; every few rounds new work is submitted (essays, selfies);
each round starts a sync or a download as its own process, sets the proxy to a random fault (pass,
crawl, cut after N bytes, swallow the reply to a PUT), and kills the process after a random delay.
At the end the proxy passes everything and one sync and one download finish the work.

Counted:
- lost: a submission made here that the portal does not hold (or that is not marked delivered);
- doubled: the portal holding more submissions than were made, or two with one id;
- corrupt: a delivered submission whose stored digest differs from ours, a downloaded file whose
  sha256 differs from the manifest's, or a .part left where a file is complete.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

SAMPLE = ROOT / "resources" / "courses" / "caring-cities-2023"
COURSE = "caring-cities-2023"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=200, help="rounds that end in a SIGKILL (default 200)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--rate", type=float, default=200_000, help="the proxy's bytes/s when it crawls")
    args = parser.parse_args()

    from PIL import Image

    from companion_portal.media import prepare_demo_package
    from companion_portal.testing import FaultProxy, running_portal

    rng = random.Random(args.seed)
    work = Path(tempfile.mkdtemp(prefix="companion-chaos-"))
    data = work / "data"
    env = dict(os.environ, PYTHON_KEYRING_BACKEND="support.keyrings.FileKeyring",
               COMPANION_TEST_KEYRING=str(work / "keyring.json"),
               PYTHONPATH=os.pathsep.join([str(ROOT), str(ROOT / "tests"), os.environ.get("PYTHONPATH", "")]))

    def cli(*argv: str, stdin: str | None = None, timeout: float = 600) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "companion", "--data-dir", str(data), *argv], env=env,
                              capture_output=True, text=True, input=stdin, timeout=timeout, cwd=ROOT)

    def start(*argv: str) -> subprocess.Popen:
        return subprocess.Popen([sys.executable, "-m", "companion", "--data-dir", str(data), *argv], env=env,
                                cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    package = prepare_demo_package(SAMPLE, work / "package" / COURSE, slide_pages=12, video_seconds=10)
    made = 0

    def submit_some(n: int) -> None:
        nonlocal made
        for _ in range(n):
            if rng.random() < 0.7:
                essay = work / f"essay-{made}.txt"
                essay.write_text(f"Draft {made}: what a caring city does for people left behind. " * 20,
                                 encoding="utf-8")
                out = cli("submit", "essay", "--text-file", str(essay))
            else:
                files = []
                for k in range(2):
                    path = work / f"selfie-{made}-{k}.png"
                    Image.effect_noise((900, 700), 40 + rng.random() * 60).convert("RGB").save(path)
                    files += ["--file", str(path)]
                out = cli("submit", "selfies", *files)
            if out.returncode != 0:
                raise SystemExit(f"submit failed: {out.stderr}")
            made += 1

    started = time.monotonic()
    with running_portal(work / "portal", course=package, users={"ana": "secret-pw"}) as portal:
        proxy = FaultProxy(portal.port)
        try:
            out = cli("login", "--portal", proxy.url, "--login", "ana", "--password-stdin", stdin="secret-pw\n")
            if out.returncode != 0:
                raise SystemExit(f"login failed: {out.stderr}")
            submit_some(4)
            kills = rounds = 0
            while kills < args.kills:
                rounds += 1
                if rounds % 15 == 0:
                    proxy.mode = "pass"
                    submit_some(2)
                proxy.rate = args.rate if rng.random() < 0.5 else None
                fault = rng.choice(["pass", "pass", "cut_after", "drop_reply"])
                proxy.mode = fault
                proxy.cut_after = rng.randint(2_000, 400_000)
                proxy.match = b"PUT "
                command = ("sync",) if rng.random() < 0.6 else ("download",)
                process = start(*command)
                time.sleep(rng.uniform(0.3, 2.5))
                if process.poll() is None:
                    process.send_signal(signal.SIGKILL)
                    kills += 1
                process.wait(60)
                if rounds % 20 == 0:
                    print(f"  {kills} kills in {rounds} rounds, {made} submissions made "
                          f"({time.monotonic() - started:.0f} s)", flush=True)
            proxy.mode, proxy.rate = "pass", None
            final_sync = cli("sync")
            final_download = cli("download")
        finally:
            proxy.close()
        conn = sqlite3.connect(Path(portal.app.state.config.data_dir) / "portal.sqlite3")
        try:
            remote = conn.execute("SELECT id, content_sha256 FROM submissions").fetchall()
        finally:
            conn.close()

    local = json.loads(cli("status", "--json").stdout)
    from companion.app import build_app

    app = build_app(data)
    try:
        ours = {s.id: s for s in app.store.submissions(COURSE)}
        corrupt_files = checked_files = 0
        for record in app.store.downloads(COURSE):  # each verified file against the manifest's sha256
            if record.state != "done" or not record.path:
                continue
            checked_files += 1
            if hashlib.sha256(Path(record.path).read_bytes()).hexdigest() != record.sha256:
                corrupt_files += 1
        leftover_parts = len(list((data / "materials").rglob("*.part"))) if (data / "materials").exists() else 0
    finally:
        app.close()

    remote_ids = [i for i, _d in remote]
    lost = sum(1 for sid, s in ours.items() if sid not in remote_ids or s.state != "delivered")
    doubled = (len(remote_ids) - len(set(remote_ids))) + max(0, len(set(remote_ids)) - len(ours))
    corrupt = corrupt_files + sum(1 for sid, digest in remote if sid in ours and ours[sid].content_sha256 != digest)
    print(f"chaos: {kills} SIGKILLs in {rounds} rounds of sync and download through a faulty proxy, "
          f"{time.monotonic() - started:.0f} s")
    print(f"  submissions made {made}, on the portal {len(set(remote_ids))}, outbox {local.get('outbox')}")
    print(f"  files downloaded and checked {checked_files}, .part files left {leftover_parts}")
    print(f"  final sync exit {final_sync.returncode}, final download exit {final_download.returncode}")
    print(f"  lost {lost}   doubled {doubled}   corrupt {corrupt}   (goal: 0 0 0)")
    return 0 if lost == doubled == corrupt == 0 and final_sync.returncode == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
