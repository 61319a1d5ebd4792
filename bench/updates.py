"""What an update costs: a bsdiff4 patch (plus TUF metadata) against the whole archive, side by side.

    python bench/updates.py --app dist/Companion --next-app /tmp/next/dist/Companion --qt-old LIB [--rate 32000]

One TUF repository, published by companion.updates.publish, fetched by companion.updates.client from a
real HTTP server on 127.0.0.1, three builds in a row:

1. ``--app`` with one Qt library replaced by another Qt release's (``--qt-old``, e.g. libQt6Widgets.so.6
   of PySide6-Essentials 6.11.3, stripped as the build strips);
2. ``--app`` itself: from 1 to 2 is "an update that changes a Qt library";
3. ``--next-app``, a second real build of the same tree with one Python file changed (make it with
   build_installer.py from a copy of the checkout): from 2 to 3 is "an update of Python code only".

For each update: the patch and the metadata on the wire, the whole archive beside them, and the time
from "update found" (check() returned the offer) to "ready at next start" (new folder built and
verified) on a 256 kbit/s link: the patch is downloaded through a server throttled to ``--rate``
bytes/s; the archive's transfer at that rate is computed from its size (20 minutes of a bench run
otherwise) and its unpacking measured. ``--xz-preset`` (default: the publisher's, -9e) may be lowered to
fit a run on a busy machine: patch sizes do not depend on it, the archive's does.
"""

from __future__ import annotations

import argparse
import lzma
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from companion.updates import archive  # noqa: E402
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


def update(name: str, repo: Repository, old: Path, old_version: str, new: Path, new_version: str, work: Path,
           rate: float) -> dict:
    """Publish ``new`` after ``old`` and update an installation of ``old`` to it."""
    started = time.perf_counter()
    report = repo.add_build(new, new_version, PLATFORM, {"en": "After.", "es": "Después.", "ko": "이후."})
    row = {"name": name, "archive": report["archive_bytes"], "tar": report["tar_bytes"],
           "patch": report["patch_bytes"], "publish_s": time.perf_counter() - started}
    root = (repo.metadata_dir / "1.root.json").read_bytes()
    bounds = Bounds(connect_timeout=10, read_timeout=30, min_rate=256, window=30)
    with serve(repo.dir) as server:
        # the metadata of this check (a client that had checked before the previous release): what an
        # update costs besides its patch
        client = UpdateClient(server.url, work / f"state-{old_version}", installed_version=old_version,
                              platform_tag=PLATFORM, fetcher=BoundedFetcher(bounds), trusted_root=root)
        offer = client.check()
        row["metadata"] = client.bytes_received
        assert offer is not None and offer.kind == "patch" and offer.version == new_version, offer
        server.rate = rate
        started = time.perf_counter()
        path = client.download(offer)
        row["patch_download_s"] = time.perf_counter() - started
        server.rate = None
        started = time.perf_counter()
        client.build_folder(offer, path, old, work / f"{new_version}-from-patch")
        row["patch_build_s"] = time.perf_counter() - started
        whole = client.whole_archive(offer)
        path = client.download(whole)
        started = time.perf_counter()
        client.build_folder(whole, path, old, work / f"{new_version}-from-archive")
        row["archive_build_s"] = time.perf_counter() - started
    row["archive_download_s"] = row["archive"] / rate
    for folder in (work / f"{new_version}-from-patch", work / f"{new_version}-from-archive"):
        shutil.rmtree(folder)
    return row


HEAD = (f"{'update':36} {'patch':>10} {'metadata':>10} {'on wire':>10} {'archive':>10} {'wire/arch':>9} "
        f"{'found->ready patch':>19} {'found->ready archive':>21}")


def show(r: dict, rate: float) -> None:
    wire = r["patch"] + r["metadata"]
    patch_ready = r["patch_download_s"] + r["patch_build_s"]
    archive_ready = r["archive_download_s"] + r["archive_build_s"] + r["metadata"] / rate
    print(f"{r['name']:36} {r['patch'] / 1e3:8.0f}kB {r['metadata'] / 1e3:8.1f}kB {wire / 1e3:8.0f}kB "
          f"{r['archive'] / MB:8.1f}MB {wire / r['archive']:8.1%} "
          f"{patch_ready:17.0f} s {archive_ready / 60:18.1f} min")
    print(f"  (app folder tar {r['tar'] / MB:.1f} MB; patch downloaded in {r['patch_download_s']:.1f} s at "
          f"{rate * 8 / 1000:.0f} kbit/s, applied and verified in {r['patch_build_s']:.1f} s; the archive unpacked "
          f"and verified in {r['archive_build_s']:.1f} s, its transfer {r['archive_download_s'] / 60:.1f} min "
          f"computed; publishing it (pack, xz, bsdiff4, sign) took {r['publish_s']:.0f} s)",
          flush=True)


def patch_only(old: Path, new: Path, rate: float) -> None:
    """Only the patch between two app folders (no repository, no compression): for one more pair of
    builds when the full run has already given the archive's and the metadata's figures."""
    import bsdiff4

    with tempfile.TemporaryDirectory(prefix="bench-updates-") as tmp:
        tmp = Path(tmp)
        for name, folder in (("old", old), ("new", new)):
            with open(tmp / f"{name}.tar", "wb") as out:
                archive.pack(folder, out)
        started = time.perf_counter()
        bsdiff4.file_diff(str(tmp / "old.tar"), str(tmp / "new.tar"), str(tmp / "patch"))
        made = time.perf_counter() - started
        started = time.perf_counter()
        base, _ = archive.pack_bytes(old)
        result = bsdiff4.patch(base, (tmp / "patch").read_bytes())
        assert result == (tmp / "new.tar").read_bytes()
        applied = time.perf_counter() - started
        size = (tmp / "patch").stat().st_size
        print(f"{old} -> {new}: tar {len(result) / MB:.1f} MB, patch {size / 1e3:.1f} kB (made in {made:.0f} s), "
              f"{size / rate:.1f} s at {rate * 8 / 1000:.0f} kbit/s, packed again and applied in {applied:.1f} s")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--app", type=Path, default=ROOT / "dist" / "Companion")
    parser.add_argument("--next-app", type=Path, required=True,
                        help="a second build of the same tree with a Python file changed")
    parser.add_argument("--qt-old", type=Path, help="a Qt library (.so) of another Qt release")
    parser.add_argument("--patch-only", action="store_true", help="only the patch from --app to --next-app")
    parser.add_argument("--rate", type=float, default=256_000 / 8, help="bytes per second (256 kbit/s)")
    parser.add_argument("--xz-preset", type=int, help="the archives' xz preset (default: the publisher's, 9e)")
    args = parser.parse_args()
    if not args.app.is_dir():
        raise SystemExit(f"{args.app} does not exist: python build_installer.py --no-package")
    if args.patch_only:
        patch_only(args.app, args.next_app, args.rate)
        return 0
    if args.qt_old is None:
        raise SystemExit("--qt-old is needed for the full run")
    if args.xz_preset is not None:
        archive.XZ_PRESET = args.xz_preset
    preset = "9e" if archive.XZ_PRESET == 9 | lzma.PRESET_EXTREME else str(archive.XZ_PRESET)
    print(f"archives: xz -{preset} with the x86 filter; link {args.rate * 8 / 1000:.0f} kbit/s", flush=True)
    print(HEAD, flush=True)
    with tempfile.TemporaryDirectory(prefix="bench-updates-") as tmp:
        tmp = Path(tmp)
        repo = Repository(tmp / "repo", tmp / "keys")
        repo.init()
        qt_old = with_qt_library(args.app, args.qt_old, tmp / "qt-old-app")
        started = time.perf_counter()
        repo.add_build(qt_old, "1.0.0", PLATFORM, {"en": "Before."})
        print(f"  (the first build published in {time.perf_counter() - started:.0f} s)", flush=True)
        show(update(f"a Qt library ({args.qt_old.name})", repo, qt_old, "1.0.0", args.app, "1.0.1", tmp,
                    args.rate), args.rate)
        show(update("Python code only", repo, args.app, "1.0.1", args.next_app, "1.0.2", tmp, args.rate),
             args.rate)
    return 0


if __name__ == "__main__":
    sys.exit(main())
