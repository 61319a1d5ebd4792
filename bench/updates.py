"""What an update costs: a bsdiff4 patch (plus TUF metadata) against the whole archive, side by side.

    python bench/updates.py --app dist/Companion --next-app /tmp/next/dist/Companion [--qt-old LIB] [--rate 32000]

Two updates, each published into a fresh TUF repository by companion.updates.publish and fetched by
companion.updates.client from a real HTTP server on 127.0.0.1:

* "Python code only": from the build ``--app`` to ``--next-app``, a second real build of the same tree
  with one Python file changed (make it with build_installer.py from a copy of the checkout);
* "a Qt library": from ``--app`` with one Qt library replaced by another Qt release's (``--qt-old``, e.g.
  libQt6Widgets.so.6 of PySide6-Essentials 6.11.3, stripped as the build strips) to ``--app`` itself.

For each: the patch and the metadata on the wire, the whole archive beside them, and the time from
"update found" (check() returned the offer) to "ready at next start" (new folder built and verified)
on a 256 kbit/s link: the patch is downloaded through a server throttled to ``--rate`` bytes/s; the
archive's transfer at that rate is computed from its size (20 minutes of a bench run otherwise) and its
unpacking measured.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from companion.updates.client import UpdateClient  # noqa: E402
from companion.updates.fetcher import BoundedFetcher, Bounds  # noqa: E402
from companion.updates.publish import Repository  # noqa: E402
from tests.support.static_repo import serve  # noqa: E402

PLATFORM = "linux-x86_64"
MB = 1e6


def with_qt_library(app: Path, library: Path, out: Path) -> Path:
    shutil.copytree(app, out, symlinks=True)
    matches = [p for p in out.rglob(library.name) if p.is_file() and not p.is_symlink()]
    if not matches:
        raise SystemExit(f"{library.name} is not in {app}")
    for target in matches:
        shutil.copyfile(library, target)
    return out


def scenario(name: str, old: Path, new: Path, work: Path, rate: float) -> dict:
    work.mkdir(parents=True)
    repo = Repository(work / "repo", work / "keys")
    repo.init()
    started = time.perf_counter()
    repo.add_build(old, "1.0.0", PLATFORM, {"en": "Before."})
    first = time.perf_counter() - started
    started = time.perf_counter()
    report = repo.add_build(new, "1.0.1", PLATFORM, {"en": "After.", "es": "Después.", "ko": "이후."})
    publish_seconds = time.perf_counter() - started
    root = (repo.metadata_dir / "1.root.json").read_bytes()
    row = {"name": name, "archive": report["archive_bytes"], "tar": report["tar_bytes"],
           "patch": report["patch_bytes"], "publish_s": publish_seconds, "first_publish_s": first}
    bounds = Bounds(connect_timeout=10, read_timeout=30, min_rate=256, window=30)
    with serve(repo.dir) as server:
        # the metadata of one check, at full speed: what a check costs every time, update or not
        client = UpdateClient(server.url, work / "state", installed_version="1.0.0", platform_tag=PLATFORM,
                              fetcher=BoundedFetcher(bounds), trusted_root=root)
        offer = client.check()
        row["metadata"] = client.bytes_received
        assert offer is not None and offer.kind == "patch", offer
        server.rate = rate
        started = time.perf_counter()
        path = client.download(offer)
        row["patch_download_s"] = time.perf_counter() - started
        server.rate = None
        started = time.perf_counter()
        client.build_folder(offer, path, old, work / "new-from-patch")
        row["patch_build_s"] = time.perf_counter() - started
        whole = client.whole_archive(offer)
        path = client.download(whole)
        started = time.perf_counter()
        client.build_folder(whole, path, old, work / "new-from-archive")
        row["archive_build_s"] = time.perf_counter() - started
    row["archive_download_s"] = row["archive"] / rate
    shutil.rmtree(work / "repo")
    return row


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--app", type=Path, default=ROOT / "dist" / "Companion")
    parser.add_argument("--next-app", type=Path, help="a second build of the same tree with a Python file changed")
    parser.add_argument("--qt-old", type=Path, help="a Qt library (.so) of another Qt release, stripped")
    parser.add_argument("--rate", type=float, default=256_000 / 8, help="bytes per second (256 kbit/s)")
    args = parser.parse_args()
    if not args.app.is_dir():
        raise SystemExit(f"{args.app} does not exist: python build_installer.py --no-package")
    rows = []
    with tempfile.TemporaryDirectory(prefix="bench-updates-") as tmp:
        tmp = Path(tmp)
        if args.next_app:
            rows.append(scenario("Python code only", args.app, args.next_app, tmp / "python", args.rate))
        if args.qt_old:
            old = with_qt_library(args.app, args.qt_old, tmp / "qt-old-app")
            rows.append(scenario(f"a Qt library ({args.qt_old.name})", old, args.app, tmp / "qt", args.rate))
    print(f"link: {args.rate * 8 / 1000:.0f} kbit/s; app folder tar {rows[0]['tar'] / MB:.1f} MB" if rows else "")
    head = (f"{'update':36} {'patch':>10} {'metadata':>10} {'on wire':>10} {'archive':>10} {'wire/arch':>9} "
            f"{'found->ready patch':>19} {'found->ready archive':>21}")
    print(head)
    for r in rows:
        wire = r["patch"] + r["metadata"]
        patch_ready = r["patch_download_s"] + r["patch_build_s"]
        archive_ready = r["archive_download_s"] + r["archive_build_s"] + r["metadata"] / args.rate
        print(f"{r['name']:36} {r['patch'] / 1e3:8.0f}kB {r['metadata'] / 1e3:8.1f}kB {wire / 1e3:8.0f}kB "
              f"{r['archive'] / MB:8.1f}MB {wire / r['archive']:8.1%} "
              f"{patch_ready:17.0f} s {archive_ready / 60:18.1f} min")
    for r in rows:
        print(f"  {r['name']}: patch downloaded in {r['patch_download_s']:.1f} s at the link's rate, applied and "
              f"verified in {r['patch_build_s']:.1f} s; the archive unpacked and verified in "
              f"{r['archive_build_s']:.1f} s (its transfer {r['archive_download_s'] / 60:.1f} min computed); "
              f"publishing took {r['publish_s']:.0f} s (the first build {r['first_publish_s']:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
