"""Course files (.ccb): writing and importing one, beside the plain tools doing the bare minimum.

    python bench/bundles.py [--mb 300] [--runs 3]

A course package with a few large media files (random bytes, so nothing compresses) and the sample
course's notes. Measured, as medians of fresh runs:
  write   - write_package_bundle (what `companion-portal bundle` and `courses export` do: read, hash,
            zip, fsync, rename)            vs  `zip -0 -q -r` of the same folder (no hashing, no fsync);
  import  - CourseBundles.import_file (check every entry, unpack to a private folder counting bytes,
            sha256, fsync, move into place, record) vs `unzip -q` + `sha256sum` of what came out.
Peak resident memory of the import process is printed too (it must not grow with the file sizes).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

IMPORT = r"""
import resource, sys, time
sys.path.insert(0, sys.argv[1])
from companion.app import build_app
app = build_app(sys.argv[2])
start = time.perf_counter()
result = app.bundles.import_file(sys.argv[3])
print(time.perf_counter() - start, result.files_added, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
app.close()
"""


def make_package(folder: Path, total_mb: int) -> Path:
    import hashlib

    shutil.copytree(ROOT / "resources" / "courses" / "caring-cities-2023", folder)
    data = json.loads((folder / "course.json").read_text(encoding="utf-8"))
    (folder / "media").mkdir()
    sizes = [total_mb // 2, total_mb // 3, total_mb - total_mb // 2 - total_mb // 3]
    for n, mb in enumerate(sizes, start=1):
        path = folder / "media" / f"video-{n}.mp4"
        digest = hashlib.sha256()
        with path.open("wb") as out:
            for _ in range(mb):
                block = os.urandom(1 << 20)
                digest.update(block)
                out.write(block)
        data["lectures"][n - 1]["materials"].append(
            {"id": f"video-{n}", "title": f"Video {n}", "kind": "video",
             "variants": [{"name": "original", "mime": "video/mp4", "path": f"media/{path.name}",
                           "size": path.stat().st_size, "sha256": digest.hexdigest()}]})
    (folder / "course.json").write_text(json.dumps(data), encoding="utf-8")
    return folder


def timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mb", type=int, default=300)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    from companion.services.bundles import write_package_bundle

    work = Path(tempfile.mkdtemp(prefix="bench-bundles-"))
    try:
        package = make_package(work / "package", args.mb)
        size_mb = sum(p.stat().st_size for p in package.rglob("*") if p.is_file()) / 1e6
        write, zip_ref, imp, unzip_ref, memory = [], [], [], [], []
        for run in range(args.runs):
            out = work / f"course-{run}.ccb"
            write.append(timed(lambda: write_package_bundle(package, out)))
            ref = work / f"ref-{run}.zip"
            zip_ref.append(timed(lambda: subprocess.run(["zip", "-0", "-q", "-r", str(ref), "."], cwd=package,
                                                        check=True)))
            child = subprocess.run([sys.executable, "-c", IMPORT, str(ROOT), str(work / f"data-{run}"), str(out)],
                                   capture_output=True, text=True, check=True)
            seconds, added, maxrss = child.stdout.split()
            imp.append(float(seconds))
            memory.append(int(maxrss) / 1024)
            target = work / f"unzipped-{run}"

            def unzip_and_hash() -> None:
                subprocess.run(["unzip", "-q", str(ref), "-d", str(target)], check=True)
                files = [str(p) for p in target.rglob("*") if p.is_file()]
                subprocess.run(["sha256sum", *files], check=True, capture_output=True)

            unzip_ref.append(timed(unzip_and_hash))
            for folder in (target, work / f"data-{run}"):
                shutil.rmtree(folder, ignore_errors=True)
            out.unlink()
            ref.unlink()
        med = statistics.median
        print(f"course of {size_mb:.0f} MB ({added} files new to the importing computer), median of {args.runs} runs")
        print(f"  write .ccb   {med(write):6.2f} s  {size_mb / med(write):7.0f} MB/s   "
              f"reference zip -0 -r: {med(zip_ref):6.2f} s  ({med(write) / med(zip_ref):.2f}x)")
        print(f"  import .ccb  {med(imp):6.2f} s  {size_mb / med(imp):7.0f} MB/s   "
              f"reference unzip + sha256sum: {med(unzip_ref):6.2f} s  ({med(imp) / med(unzip_ref):.2f}x)")
        print(f"  import peak memory {med(memory):.0f} MB (for {size_mb:.0f} MB of files)")
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
