"""Office sharing benchmark: one slow link for the office, one copy of each file over it.

    python bench/office_share.py            # 1.5 MB of lecture files, the portal behind 256 kbit/s
    python bench/office_share.py --mb 4     # more

The reference portal runs in its own process on 127.0.0.1 behind a throttling proxy (256 kbit/s each
way, ``companion_portal.testing.FaultProxy``) that counts the bytes it carries: the office's link.
Three app data folders stand for three computers in the office:

- A downloads the files (straight from the portal, so the bench stays short) and shares them
  (``ShareServer`` on 127.0.0.1, its default cap of 20 Mbit/s);
- B1 downloads over the slow link with no peer: the reference, measured in the same run;
- B2 downloads with A as its peer (named as ``--peer`` would name it).

Printed for B1 and B2: download time, bytes the slow link carried during the download, bytes from
the peer, where the files came from. Goal: B2 costs the slow link 0 bytes and runs at LAN speed.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from download import COURSE, LOGIN, PASSWORD, make_package, start_portal  # noqa: E402

RATE = 256_000 / 8  # 256 kbit/s in bytes per second


def computer(work: Path, name: str, portal_url: str):
    from companion.app import build_app

    app = build_app(work / name)
    app.sync.sign_in(portal_url, LOGIN, PASSWORD)
    app.sync.run()
    return app


def timed_download(app, names: list[str], link) -> dict:
    from companion.domain.sharing import PORTAL

    app.downloads.enqueue(COURSE, names)
    before = link.downstream_bytes
    started = time.monotonic()
    report = app.downloads.run(COURSE)
    seconds = time.monotonic() - started
    states = [r for r in app.downloads.states(COURSE).values() if r.material_id in names]
    return {"seconds": seconds, "portal_bytes": link.downstream_bytes - before, "ok": report.done == len(names),
            "bytes": sum(r.size or 0 for r in states),
            "sources": sorted({r.source or PORTAL for r in states})}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=1.5, help="megabytes of lecture files in all (two files)")
    args = parser.parse_args()
    from companion.domain.sharing import Peer
    from companion.services.settings import SHARE_KBIT
    from companion_portal.testing import FaultProxy

    total = int(args.mb * 1e6)
    sizes = {"office-session-1": total * 2 // 3, "office-session-2": total - total * 2 // 3}
    with tempfile.TemporaryDirectory(prefix="office-share-") as tmp:
        work = Path(tmp)
        package, _facts = make_package(work, sizes)
        proc, portal_url = start_portal(work, package)
        link = FaultProxy(int(portal_url.rsplit(":", 1)[1]), rate=RATE)  # the office's slow link
        try:
            a = computer(work, "a", portal_url)
            a.downloads.enqueue(COURSE, list(sizes))
            assert a.downloads.run(COURSE).done == len(sizes), "A could not download the files"
            server = a.sharing.start(port=0, host="127.0.0.1", rate_bytes=a.settings.get(SHARE_KBIT) * 1000 / 8,
                                     announce=False, name="ANA-LAPTOP")
            b1 = computer(work, "b1", link.url)
            without = timed_download(b1, list(sizes), link)
            b2 = computer(work, "b2", link.url)
            b2.downloads.peers = lambda: [Peer("127.0.0.1", "127.0.0.1", server.port)]
            sent_before = server.bytes_sent
            with_peer = timed_download(b2, list(sizes), link)
            with_peer["peer_bytes"] = server.bytes_sent - sent_before
            for app in (b1, b2, a):
                app.close()
        finally:
            link.close()
            proc.terminate()
            proc.wait(10)
    physical = total / RATE
    print(f"office share: {total / 1e6:.1f} MB of lecture files in 2 files; the portal behind 256 kbit/s")
    print(f"  reference, the slow link's physical limit for {total / 1e6:.1f} MB: {physical:6.1f} s")
    print(f"  B without a peer:  {without['seconds']:6.1f} s, {without['portal_bytes']:>9,} bytes over the slow link, "
          f"from {', '.join(without['sources'])}, ok={without['ok']}")
    print(f"  B with A as peer:  {with_peer['seconds']:6.1f} s, {with_peer['portal_bytes']:>9,} bytes over the slow link, "
          f"{with_peer['peer_bytes']:,} bytes from the peer, from {', '.join(with_peer['sources'])}, "
          f"ok={with_peer['ok']}")
    print(f"  speed-up {without['seconds'] / max(with_peer['seconds'], 1e-6):.0f}x; "
          f"goal: 0 bytes over the slow link with the peer -> {'met' if with_peer['portal_bytes'] == 0 else 'NOT met'}")


if __name__ == "__main__":
    main()
