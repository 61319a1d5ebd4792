"""Installer sizes: on disk, per group and part, and the download in each archive format a
participant's computer opens without extra tools, with the time to unpack and to fetch it.

    python bench/installer.py [--app dist/Companion] [--formats xz,xzmt,xz6,gz,zip,zst] [--diff OLD_APP]

Uses the one-folder app build_installer.py made (dist/Companion). ``--diff OLD_APP`` also prints what
an update from another build of the app would cost: files changed, their bytes, and a binary delta
(xdelta3, when installed) of the changed files, all compressed with xz.
"""

from __future__ import annotations

import argparse
import hashlib
import lzma
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import build_installer as bi  # noqa: E402

SLOW_LINK = 256_000 / 8  # bytes per second at 256 kbit/s


def unpack_seconds(archive: Path, kind: str) -> float | None:
    with tempfile.TemporaryDirectory() as tmp:
        if kind == "zip":
            tool = ["unzip", "-q", str(archive), "-d", tmp] if shutil.which("unzip") else None
        elif kind == "zst":
            tool = ["tar", "--zstd", "-xf", str(archive), "-C", tmp] if shutil.which("zstd") else None
        else:
            tool = ["tar", "-xf", str(archive), "-C", tmp]
        if tool is None:
            return None
        started = time.perf_counter()
        subprocess.run(tool, check=True)
        return time.perf_counter() - started


def make(app: Path, kind: str, folder: Path) -> Path:
    ver = bi.version()
    if kind == "zst":
        target = folder / f"companion-{ver}.tar.zst"
        subprocess.run(["tar", "-C", str(app.parent), "-I", "zstd -19 --long=27 -T2", "-cf", str(target), app.name],
                       check=True)
        return target
    if kind == "xzmt":  # the same filters as the download, two threads (xz splits the input into 32 MiB blocks)
        target = folder / f"companion-{ver}-threads.tar.xz"
        subprocess.run(["tar", "-C", str(app.parent), "-I", "xz --x86 --lzma2=preset=9e -T2 --block-size=33554432",
                        "-cf", str(target), app.name], check=True)
        return target
    if kind == "xz6":
        target = folder / f"companion-{ver}-preset6.tar.xz"
        subprocess.run(["tar", "-C", str(app.parent), "-I", "xz -6 -T2", "-cf", str(target), app.name], check=True)
        return target
    return bi.archive(app, ver, kind, folder / f"companion-{ver}.{ {'xz': 'tar.xz', 'gz': 'tar.gz', 'zip': 'zip'}[kind]}")


def files(app: Path) -> dict[str, tuple[int, str]]:
    out = {}
    for path in app.rglob("*"):
        if path.is_file() and not path.is_symlink():
            out[str(path.relative_to(app))] = (path.stat().st_size, hashlib.sha256(path.read_bytes()).hexdigest())
    return out


def diff(old: Path, new: Path) -> None:
    a, b = files(old), files(new)
    changed = [name for name in b if name not in a or a[name][1] != b[name][1]]
    removed = [name for name in a if name not in b]
    raw = sum(b[name][0] for name in changed)
    packed = lzma.compress(b"".join((new / name).read_bytes() for name in changed), preset=9)
    print(f"update from {old} to {new}: {len(changed)} of {len(b)} files changed or new, {len(removed)} removed; "
          f"{raw / 1e6:.1f} MB of changed files, {len(packed) / 1e6:.2f} MB as xz")
    for name in sorted(changed, key=lambda n: -b[n][0])[:8]:
        print(f"  {b[name][0] / 1e6:7.2f} MB  {name}")
    if shutil.which("xdelta3"):
        total = 0
        with tempfile.TemporaryDirectory() as tmp:
            for name in changed:
                if name in a:
                    out = Path(tmp) / "delta"
                    subprocess.run(["xdelta3", "-e", "-9", "-f", "-s", str(old / name), str(new / name), str(out)],
                                   check=True)
                    total += out.stat().st_size
                else:
                    total += len(lzma.compress((new / name).read_bytes(), preset=9))
        print(f"  binary delta of the changed files (xdelta3 -9): {total / 1e6:.2f} MB "
              f"({total / SLOW_LINK / 60:.1f} min at 256 kbit/s)")


def frozen_memory(app: Path, seconds: float = 25) -> None:
    """Resident memory of the frozen app, idle on the dashboard, beside a bare PySide6 window."""
    import os
    import signal

    sys.path.insert(0, str(ROOT / "bench"))
    from startup import BARE, run_child  # noqa: E402  (the bare window of bench/startup.py)

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    env = dict(os.environ,
               PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring")
    bare = run_child(BARE)["RSS"]
    with tempfile.TemporaryDirectory() as data:
        samples = []
        for _run in range(2):  # the second start opens an existing store (and its snapshot)
            proc = subprocess.Popen([str(app / bi.NAME), "--data-dir", data], env=env, stdout=subprocess.DEVNULL,
                                    stderr=subprocess.DEVNULL)
            time.sleep(seconds)
            with open(f"/proc/{proc.pid}/status") as status:
                samples.append(next(int(line.split()[1]) * 1024 for line in status if line.startswith("VmRSS")))
            proc.send_signal(signal.SIGTERM)
            proc.wait(30)
    print(f"\nbare PySide6 window (source Python): {bare / 2**20:.0f} MB; frozen Companion idle {seconds:.0f} s "
          f"after start: first start {samples[0] / 2**20:.0f} MB, second {samples[1] / 2**20:.0f} MB "
          f"(ratio {samples[1] / bare:.2f}; target <= 110 MB)")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--app", type=Path, default=bi.DIST / bi.NAME)
    parser.add_argument("--formats", default="xz,xzmt,xz6,gz,zip,zst")
    parser.add_argument("--diff", type=Path, metavar="OLD_APP")
    parser.add_argument("--memory", action="store_true", help="also the frozen app's idle resident memory")
    args = parser.parse_args()
    if not args.app.is_dir():
        raise SystemExit(f"{args.app} does not exist: run python build_installer.py first")
    bi.print_report(args.app, None)
    print("\ndownload formats (the same folder, .desktop entry and install script):")
    with tempfile.TemporaryDirectory() as tmp:
        for kind in filter(None, args.formats.split(",")):
            if kind == "zst" and not shutil.which("zstd"):
                print("  tar.zst: zstd is not installed here")
                continue
            started = time.perf_counter()
            archive = make(args.app, kind, Path(tmp))
            made = time.perf_counter() - started
            size = archive.stat().st_size
            unpack = unpack_seconds(archive, "zst" if kind == "zst" else ("zip" if kind == "zip" else "tar"))
            unpacked = f"unpacks in {unpack:4.1f} s" if unpack is not None else "no unpacker here"
            print(f"  {archive.name:34} {size / 1e6:6.1f} MB  made in {made:5.0f} s, {unpacked}, "
                  f"{size / SLOW_LINK / 60:5.1f} min at 256 kbit/s")
            archive.unlink()
    if args.diff:
        print()
        diff(args.diff, args.app)
    if args.memory:
        frozen_memory(args.app)
    return 0


if __name__ == "__main__":
    sys.exit(main())
