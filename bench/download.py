"""Download benchmark: a slow link that breaks, and a fast one that must not stall the window.

    python bench/download.py            # 8 MB over 256 kbit/s with 3 breaks; 1 GB at full speed
    python bench/download.py --quick    # 1 MB over 256 kbit/s; 128 MB at full speed

The reference portal runs in its own process on 127.0.0.1 (so its memory is not counted as ours).

1. Slow link: a throttling TCP proxy (below) passes 256 kbit/s each way and drops the connection
   three times, at 1/4, 1/2 and 3/4 of the file. Companion's download queue and ``curl -C -``
   retried in a loop each fetch the same file through their own proxy, at the same time. For each:
   total time against the physical limit (file size / link rate), bytes the proxy passed beyond the
   file's size (re-sent bytes plus HTTP headers), and the number of connections.
2. Fast link: the app's download controller and task runner under a QApplication (offscreen)
   fetch a large file straight from the portal while a 5 ms timer measures the GUI thread's
   longest stall, and a sampler follows resident memory.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

COURSE = "caring-cities-2023"
LOGIN, PASSWORD = "ana", "bench-pw"


class BreakingLink:
    """A TCP proxy that passes ``rate`` bytes/s downstream and closes the connection the moment the
    bytes it has passed in total (all connections) reach each of ``breaks``."""

    def __init__(self, target_port: int, rate: float, breaks: list[int]):
        self.target = ("127.0.0.1", target_port)
        self.rate = rate
        self.breaks = sorted(breaks)
        self.passed = 0
        self.connections = 0
        self.lock = threading.Lock()
        self.sock = socket.socket()
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}"
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self.sock.accept()
            except OSError:
                return
            self.connections += 1
            threading.Thread(target=self._serve, args=(client,), daemon=True).start()

    def _serve(self, client: socket.socket) -> None:
        upstream = socket.create_connection(self.target)
        done = threading.Event()

        def up() -> None:
            try:
                while not done.is_set() and (data := client.recv(65536)):
                    upstream.sendall(data)
            except OSError:
                pass
            done.set()

        threading.Thread(target=up, daemon=True).start()
        chunk = max(512, int(self.rate / 50))
        next_send = time.monotonic()
        try:
            while not done.is_set() and (data := upstream.recv(chunk)):
                with self.lock:
                    limit = next((b for b in self.breaks if b > self.passed), None)
                    if limit is not None and self.passed + len(data) >= limit:
                        data = data[: limit - self.passed]
                        self.breaks.remove(limit)
                        cut = True
                    else:
                        cut = False
                    self.passed += len(data)
                client.sendall(data)
                next_send += len(data) / self.rate
                time.sleep(max(0.0, next_send - time.monotonic()))
                if cut:
                    break
        except OSError:
            pass
        done.set()
        for s in (client, upstream):
            try:
                s.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            s.close()

    def close(self) -> None:
        self.sock.close()


def make_package(work: Path, files: dict[str, int]) -> tuple[Path, dict[str, dict]]:
    """The sample course plus incompressible files of the given sizes, as extra lecture materials."""
    package = work / "package"
    shutil.copytree(ROOT / "resources" / "courses" / COURSE, package)
    (package / "media").mkdir()
    data = json.loads((package / "course.json").read_text(encoding="utf-8"))
    facts = {}
    for name, size in files.items():
        path = package / "media" / f"{name}.mp4"
        digest = hashlib.sha256()
        with open(path, "wb") as out:
            block = os.urandom(1 << 20)
            for n in range(0, size, 1 << 20):
                piece = block[: min(1 << 20, size - n)] if n else os.urandom(min(1 << 20, size))
                piece = bytes([n >> 20 & 0xFF]) + piece[1:]  # every MiB differs
                out.write(piece)
                digest.update(piece)
        facts[name] = {"size": size, "sha256": digest.hexdigest()}
        data["lectures"][1]["materials"].append({
            "id": name, "title": f"Recorded session ({size / 1e6:.0f} MB)", "kind": "video",
            "variants": [{"name": "original", "mime": "video/mp4", "path": f"media/{path.name}", **facts[name]}]})
    (package / "course.json").write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    return package, facts


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_portal(work: Path, package: Path) -> tuple[subprocess.Popen, str]:
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "companion_portal", "--course", str(package), "--user",
                             f"{LOGIN}:{PASSWORD}", "--port", str(port), "--data-dir", str(work / "portal")],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=ROOT)
    for _ in range(200):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return proc, f"http://127.0.0.1:{port}"
        except OSError:
            time.sleep(0.1)
    raise SystemExit("the portal did not start: " + proc.stderr.read().decode(errors="replace"))


def ours_over(link: BreakingLink, work: Path, material: str, breaks: list[int], out: dict) -> None:
    from companion.app import build_app
    from companion.sync.downloads import DONE

    app = build_app(work / "ours")
    app.sync.sign_in(link.url, LOGIN, PASSWORD)
    app.sync.run()
    with link.lock:  # count the download only, and arm its breaks
        link.passed, link.connections, link.breaks = 0, 0, list(breaks)
    app.downloads.enqueue(COURSE, [material])
    started, runs = time.monotonic(), 0
    while True:
        runs += 1
        app.downloads.run(COURSE)
        record = app.downloads.states(COURSE)[(material, "original")]
        if record.state == DONE or runs > 50:
            break
        time.sleep(0.2)
    out.update(seconds=time.monotonic() - started, ok=record.state == DONE, runs=runs)
    app.close()


def curl_over(link: BreakingLink, url: str, token: str, size: int, work: Path, out: dict) -> None:
    target = work / "curl.bin"
    started, runs = time.monotonic(), 0
    while runs < 50:
        runs += 1
        subprocess.run(["curl", "-sS", "-f", "-C", "-", "-o", str(target), "-H", f"Authorization: Bearer {token}",
                        url], stderr=subprocess.DEVNULL)
        if target.exists() and target.stat().st_size >= size:
            break
        time.sleep(0.2)
    out.update(seconds=time.monotonic() - started, ok=target.exists() and target.stat().st_size == size, runs=runs)


def slow_link(portal_url: str, port: int, work: Path, facts: dict, rate: float) -> None:
    size = facts["size"]
    breaks = [size // 4, size // 2, 3 * size // 4]
    from companion.app import build_app

    helper = build_app(work / "helper")  # a token for curl (before the other thread: Alembic is not thread-safe)
    helper.sync.sign_in(portal_url, LOGIN, PASSWORD)
    token = helper.sync.client().token
    helper.close()
    ours_link = BreakingLink(port, rate, [])
    ours: dict = {}
    setup = threading.Thread(target=ours_over, args=(ours_link, work, "bench-slow", breaks, ours))
    setup.start()
    curl_link = BreakingLink(port, rate, list(breaks))
    url = f"{curl_link.url}/api/v1/courses/{COURSE}/materials/bench-slow/original"
    theirs: dict = {}
    curl_thread = threading.Thread(target=curl_over, args=(curl_link, url, token, size, work, theirs))
    curl_thread.start()
    setup.join()
    curl_thread.join()
    limit = size / rate
    print(f"\n1. {size / 1e6:.1f} MB over {rate * 8 / 1000:.0f} kbit/s, the link dropped 3 times "
          f"(physical limit {limit:.0f} s)")
    print(f"   {'':24}{'time':>9}{'x limit':>9}{'extra bytes':>13}{'connections':>13}{'ok':>5}")
    for name, result, link in (("Companion", ours, ours_link), ("curl -C - in a loop", theirs, curl_link)):
        extra = link.passed - size
        print(f"   {name:24}{result['seconds']:8.1f}s{result['seconds'] / limit:9.3f}{extra:13,}"
              f"{link.connections:13}{'yes' if result['ok'] else 'NO':>5}")
    print("   (extra bytes = what the link carried beyond the file: bytes re-sent after a break plus HTTP headers)")
    ours_link.close()
    curl_link.close()


def rss() -> int:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def fast_link(portal_url: str, work: Path, facts: dict) -> None:
    import keyring
    from PySide6.QtWidgets import QApplication

    from companion.app import build_app
    from companion.ui.context import UiContext
    from companion.ui.downloads import DownloadController
    from companion.ui.tasks import TaskRunner, settle_memory
    from gui_probe import StallProbe
    from support.keyrings import MemoryKeyring

    keyring.set_keyring(MemoryKeyring())
    qapp = QApplication.instance() or QApplication([])
    app = build_app(work / "fast")
    app.sync.sign_in(portal_url, LOGIN, PASSWORD)
    app.sync.run()
    app.downloads.enqueue(COURSE, ["bench-fast"])
    runner = TaskRunner()
    context = UiContext(app, runner, COURSE, "UTC")
    controller = DownloadController(context)
    updates = {"n": 0}
    controller.progress.connect(lambda _p: updates.__setitem__("n", updates["n"] + 1))
    settle_memory()
    baseline = rss()
    peak = {"rss": baseline}
    sampling = threading.Event()

    def sample() -> None:
        while not sampling.is_set():
            peak["rss"] = max(peak["rss"], rss())
            time.sleep(0.05)

    threading.Thread(target=sample, daemon=True).start()
    probe = StallProbe()
    probe.start()
    result = {}
    controller.finished.connect(lambda report: (result.update(report=report), qapp.quit()))
    started = time.perf_counter()
    controller.start()
    qapp.exec()
    seconds = time.perf_counter() - started
    probe.stop()
    sampling.set()
    size = facts["size"]
    path = app.downloads.offline_file(COURSE, "bench-fast")
    ok = path is not None and path.stat().st_size == size
    runner.shutdown()
    app.close()
    print(f"\n2. {size / 1e9:.2f} GB at full speed on 127.0.0.1, the download controller under a QApplication")
    print(f"   time {seconds:.1f} s ({size / seconds / 1e6:.0f} MB/s, sha256 included), verified: {'yes' if ok else 'NO'}, "
          f"progress updates to the GUI: {updates['n']}")
    print(f"   GUI thread longest stall : {probe.longest:.0f} ms  (target <= 50 ms)")
    print(f"   resident memory          : {baseline / 2**20:.0f} MiB before, {peak['rss'] / 2**20:.0f} MiB at peak, "
          f"growth {(peak['rss'] - baseline) / 2**20:.1f} MiB  (target <= 30 MB)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="small files: a rough figure in a minute")
    parser.add_argument("--kbit", type=float, default=256, help="the slow link's rate (default 256 kbit/s)")
    parser.add_argument("--fast-only", action="store_true", help="only the fast link (GUI stall and memory)")
    args = parser.parse_args()
    if not shutil.which("curl"):
        raise SystemExit("bench/download.py needs curl (apt-get install curl) as the peer to compare with")
    import keyring
    from support.keyrings import MemoryKeyring

    keyring.set_keyring(MemoryKeyring())
    slow_size, fast_size = (1_000_000, 128_000_000) if args.quick else (8_000_000, 1_000_000_000)
    work = Path(tempfile.mkdtemp(prefix="companion-bench-dl-"))
    try:
        print("preparing files…", flush=True)
        package, facts = make_package(work, {"bench-slow": slow_size, "bench-fast": fast_size})
        portal, url = start_portal(work, package)
        try:
            if not args.fast_only:
                slow_link(url, int(url.rsplit(":", 1)[1]), work, facts["bench-slow"], args.kbit * 1000 / 8)
            fast_link(url, work, facts["bench-fast"])
        finally:
            portal.terminate()
            portal.wait(10)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
