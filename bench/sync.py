"""Sync benchmark: 50 queued submissions (20 photos among them) delivered to the reference portal.

    python bench/sync.py

Everything runs on 127.0.0.1: the portal in a thread, a counting TCP proxy in front of it, the app's
sync engine in a QApplication (offscreen) so the GUI thread's longest stall during a pass can be
measured by a 5 ms timer probe. Prints requests made, bytes on the wire against payload bytes,
wall time, the cost of an unchanged manifest refresh, and the stall.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

COURSE = "caring-cities-2023"


def photo(path: Path, seed: int) -> Path:
    """A phone-like photo: 12 MP, about 5 MB as JPEG (shapes plus sensor grain), like the 5 MB
    selfies of the issue; prepared for upload it is a few hundred KB."""
    from PIL import Image, ImageFilter

    base = Image.effect_noise((400, 300), 60 + seed % 30).convert("RGB").filter(ImageFilter.GaussianBlur(3))
    big = base.resize((4000, 3000), Image.Resampling.BICUBIC)
    grain = Image.effect_noise((4000, 3000), 40).convert("RGB")
    Image.blend(big, grain, 0.3).save(path, "JPEG", quality=92)
    return path


def rss() -> int:
    with open("/proc/self/status") as f:
        return next(int(line.split()[1]) * 1024 for line in f if line.startswith("VmRSS"))


def main() -> int:
    import keyring
    from PySide6.QtWidgets import QApplication

    sys.path.insert(0, str(ROOT / "tests"))
    from gui_probe import StallProbe
    from support.keyrings import MemoryKeyring

    from companion.app import build_app
    from companion.portal.client import PortalClient
    from companion.services.outbox import canonical_json
    from companion.ui.context import UiContext
    from companion.ui.sync import SyncController
    from companion.ui.tasks import TaskRunner, settle_memory
    from companion_portal.app import Faults
    from companion_portal.testing import FaultProxy, running_portal

    keyring.set_keyring(MemoryKeyring())
    work = Path(tempfile.mkdtemp(prefix="companion-bench-sync-"))
    sample = ROOT / "resources" / "courses" / COURSE
    faults = Faults()
    qapp = QApplication.instance() or QApplication([])
    with running_portal(work / "portal", course=sample, users={"ana": "pw"}, faults=faults) as portal:
        proxy = FaultProxy(portal.port)
        app = build_app(work / "app")
        app.sync.sign_in(proxy.url, "ana", "pw")
        app.sync.run()  # first contact: course list, manifest, progress (not counted)

        # 50 submissions: 30 essays, 10 surveys, 10 photo submissions of 2 photos each
        payload = 0
        for n in range(30):
            app.assignments.save_draft(COURSE, "essay", {"text": f"Essay {n}: " + "caring cities put care first. " * 60})
            app.assignments.submit(COURSE, "essay")
        answers = {"overall": "Agree", "lectures": "Strongly agree", "live": "Agree",
                   "best-lecture": "Lecture 4: Seoul Learn", "take-home": "Seoul Learn for our city."}
        for n in range(10):
            app.assignments.save_draft(COURSE, "survey", {"answers": dict(answers, improve=f"More time {n}")})
            app.assignments.submit(COURSE, "survey")
        originals = 0
        for n in range(10):
            app.assignments.save_draft(COURSE, "selfies", {}, ())
            for k in range(2):
                source = photo(work / f"phone{n}{k}.jpg", n * 2 + k)
                originals += source.stat().st_size
                app.assignments.add_photo(COURSE, "selfies", source)
            app.assignments.submit(COURSE, "selfies")
        queued = app.outbox.items(COURSE)
        photos = [f for s in queued for f in s.files]
        for s in queued:
            payload += len(canonical_json(s.body)) + sum(f["size"] for f in s.files)
        assert len(queued) == 50 and len(photos) == 20

        # the pass runs on the network lane while a probe measures the GUI thread
        runner = TaskRunner()
        context = UiContext(app, runner, COURSE, "Asia/Seoul")
        controller = SyncController(context)
        controller.timer.stop()
        settle_memory()  # as the main window does once it is up
        seen_before, up0, down0 = len(faults.seen), proxy.upstream_bytes, proxy.downstream_bytes
        probe = StallProbe()
        probe.start()
        done = {}
        controller.finished.connect(lambda report: (done.update(report=report), qapp.quit()))
        import gc
        import threading

        gc_log, gc_start = [], {}

        def gc_watch(phase, info):
            if phase == "start":
                gc_start["t"] = time.perf_counter()
            else:
                gc_log.append((info["generation"], (time.perf_counter() - gc_start["t"]) * 1000,
                               threading.current_thread().name))

        if os.environ.get("BENCH_DEBUG"):
            gc.callbacks.append(gc_watch)
        rss_before = rss()
        started = time.perf_counter()
        controller.sync(now=True)
        qapp.exec()
        wall = time.perf_counter() - started
        rss_after = rss()
        probe.stop()
        report = done["report"]
        requests = len(faults.seen) - seen_before
        wire = (proxy.upstream_bytes - up0) + (proxy.downstream_bytes - down0)
        delivered = sum(1 for s in app.outbox.items(COURSE) if s.state == "delivered")

        # an unchanged manifest refresh
        client = PortalClient(proxy.url, app.sync.client().token)
        etag, _progress_at = app.store.portal_course(COURSE)
        before, seen = proxy.downstream_bytes + proxy.upstream_bytes, len(faults.seen)
        client.manifest(COURSE, etag)
        refresh_bytes = proxy.downstream_bytes + proxy.upstream_bytes - before
        refresh_requests = len(faults.seen) - seen
        runner.shutdown()
        proxy.close()
        app.close()

    from companion.ui import words

    print(f"submissions delivered     : {delivered} of 50 (20 photos; {words.sync_report(report)})")
    print(f"requests made             : {requests}  ({requests / 50:.2f} per submission)")
    print(f"photos                    : {originals / 2**20:.1f} MiB as taken -> {sum(f['size'] for f in photos) / 2**20:.1f} MiB sent")
    print(f"payload bytes             : {payload:,}")
    print(f"bytes on the wire         : {wire:,}   ratio {wire / payload:.3f}  (target <= 1.1)")
    print(f"wall time                 : {wall:.2f} s")
    print(f"unchanged manifest refresh: {refresh_requests} request, {refresh_bytes} bytes on the wire (target 1, < 1 KB)")
    print(f"GUI thread longest stall  : {probe.longest:.0f} ms  (target <= 50 ms)")
    print(f"resident memory growth    : {(rss_after - rss_before) / 2**20:+.1f} MB over the pass "
          f"({rss_before / 2**20:.0f} -> {rss_after / 2**20:.0f} MB; the portal's thread included, so an upper "
          "bound; target <= 30 MB)")
    if os.environ.get("BENCH_DEBUG"):
        print("stalls over 30 ms (at ms, length):", probe.stalls)
        print("collections over 10 ms:", [g for g in gc_log if g[1] > 10])
    return 0 if delivered == 50 else 1


if __name__ == "__main__":
    sys.exit(main())
