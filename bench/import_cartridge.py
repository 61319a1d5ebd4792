"""A course from another platform (an IMS Common Cartridge) imported, beside the plain tools doing the
bare minimum with the same file, in the same run.

    python bench/import_cartridge.py [--mb 300] [--runs 3]

The cartridge is generated: a module of HTML pages, each with an image, and large media files (random
bytes, stored as Canvas and Moodle store video), about --mb megabytes in all. Measured, as medians of
fresh processes:
  import    - CourseImports.import_cartridge (check every zip entry, read the manifest and the pages,
              stream each kept file to disk counting bytes and hashing, fsync, one rename, record)
              vs  `unzip -q` + `sha256sum` of what came out (the ratio must be at most 1.2);
  peak      - peak resident memory of the importing process (must stay under 150 MB);
  start-up  - a fresh process opening the data folder and listing its courses, before and after the import
              (the imported course must add no start-up cost).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

IMPORT = r"""
import resource, sys, time
sys.path.insert(0, sys.argv[1])
from companion.app import build_app
app = build_app(sys.argv[2])
start = time.perf_counter()
imported = app.imports.import_cartridge(sys.argv[3])
print(time.perf_counter() - start, imported.report.counts["files"], resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
app.close()
"""

STARTUP = r"""
import sys, time
start = time.perf_counter()
sys.path.insert(0, sys.argv[1])
from companion.app import build_app
app = build_app(sys.argv[2])
courses = app.library.courses()
app.library.course(app.library.default_course_id())
print(time.perf_counter() - start, len(courses))
app.close()
"""

MANIFEST_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="bench-cartridge" xmlns="http://www.imsglobal.org/xsd/imsccv1p3/imscp_v1p1">
 <metadata><schema>IMS Common Cartridge</schema><schemaversion>1.3.0</schemaversion></metadata>
 <organizations><organization identifier="org" structure="rooted-hierarchy"><item identifier="root">
"""


def make_cartridge(path: Path, megabytes: int) -> None:
    media = max(1, megabytes // 20)
    per = megabytes * 1024 * 1024 // media
    items, resources = [], []
    with zipfile.ZipFile(path, "w") as zf:
        for n in range(media):
            name = f"web_resources/video_{n:03d}.mp4"
            with zf.open(zipfile.ZipInfo(name, (2024, 1, 1, 0, 0, 0)), "w", force_zip64=True) as out:
                left = per
                while left:
                    block = os.urandom(min(left, 1 << 20))
                    out.write(block)
                    left -= len(block)
            items.append(f'<item identifier="v{n}" identifierref="rv{n}"><title>Video {n}</title></item>')
            resources.append(f'<resource identifier="rv{n}" type="webcontent" href="{name}"><file href="{name}"/></resource>')
        for n in range(200):
            page, image = f"wiki_content/page_{n:03d}.html", f"web_resources/img_{n:03d}.png"
            zf.writestr(zipfile.ZipInfo(image, (2024, 1, 1, 0, 0, 0)), os.urandom(20_000))
            info = zipfile.ZipInfo(page, (2024, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, f'<html><head><title>Page {n}</title></head><body><h1>Page {n}</h1>'
                              f'<p>{"Words of the lesson. " * 200}</p><img src="$IMS-CC-FILEBASE$/img_{n:03d}.png">'
                              f'<a href="page_{(n + 1) % 200:03d}.html">next</a></body></html>')
            items.append(f'<item identifier="p{n}" identifierref="rp{n}"><title>Page {n}</title></item>')
            resources.append(f'<resource identifier="rp{n}" type="webcontent" href="{page}"><file href="{page}"/></resource>')
        manifest = (MANIFEST_HEAD + '<item identifier="m1"><title>Module 1</title>' + "".join(items)
                    + "</item></item></organization></organizations><resources>" + "".join(resources)
                    + "</resources></manifest>")
        zf.writestr("imsmanifest.xml", manifest)


def reference(cartridge: Path, work: Path) -> float:
    target = work / "unzipped"
    start = time.perf_counter()
    subprocess.run(["unzip", "-q", str(cartridge), "-d", str(target)], check=True)
    files = [str(p) for p in target.rglob("*") if p.is_file()]
    subprocess.run(["sha256sum", *files], check=True, stdout=subprocess.DEVNULL)
    took = time.perf_counter() - start
    shutil.rmtree(target)
    return took


def run(code: str, *args: str) -> list[str]:
    out = subprocess.run([sys.executable, "-c", code, str(ROOT), *args], check=True, capture_output=True, text=True)
    return out.stdout.split()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mb", type=int, default=300)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-cartridge-", dir=os.environ.get("BENCH_TMP")) as tmp:
        work = Path(tmp)
        cartridge = work / "course.imscc"
        make_cartridge(cartridge, args.mb)
        size = cartridge.stat().st_size
        print(f"cartridge: {size / 1e6:.0f} MB, {len(zipfile.ZipFile(cartridge).infolist())} entries")
        refs, imports, peaks, before, after = [], [], [], [], []
        for n in range(args.runs):
            data = work / f"data{n}"
            run(STARTUP, str(data))  # the first start creates the data folder; the second is the one compared
            before.append(float(run(STARTUP, str(data))[0]))
            refs.append(reference(cartridge, work))
            took, files, peak_kb = run(IMPORT, str(data), str(cartridge))
            imports.append(float(took))
            peaks.append(int(peak_kb) / 1024)
            after.append(float(run(STARTUP, str(data))[0]))
            shutil.rmtree(data)
        ref, imp = statistics.median(refs), statistics.median(imports)
        print(f"unzip + sha256sum: {ref:.2f} s (median of {args.runs})")
        print(f"import:            {imp:.2f} s  ratio {imp / ref:.2f} (budget 1.20), {files} files kept")
        print(f"peak memory:       {max(peaks):.0f} MB (budget 150 MB)")
        print(f"start-up before:   {statistics.median(before):.2f} s, after import: {statistics.median(after):.2f} s "
              f"(ratio {statistics.median(after) / statistics.median(before):.2f})")


if __name__ == "__main__":
    main()
