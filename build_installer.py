"""Build Companion for people with no Python: a PyInstaller one-folder app, then the platform's package.

    python build_installer.py            # dist/Companion/ + dist/companion-<version>-linux-x86_64.tar.xz
    python build_installer.py --smoke    # ... and run the frozen app's --self-test (fails the build if it fails)

Needs the installer extra: ``pip install -e ".[installer]"``. On Linux the result is a tar.xz holding
the app folder, a .desktop entry and an install script that puts both under ~/.local (or /opt with
sudo). On Windows and macOS the folder is what PyInstaller makes; wrapping it as .msi/.dmg needs that
platform's own tools (WiX, hdiutil) and is done there, not from this Linux build machine.

The bundle carries the course resources, the schema, the translations and the Qt plugins the app
uses (platforms, image formats, multimedia, PDF, network information, TLS) and leaves out the Qt
modules it never imports (WebEngine, QML, 3D, ...).
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent
DIST = ROOT / "dist"
BUILD = ROOT / "build"
NAME = "Companion"

# Qt parts the app never loads: leaving them out keeps the bundle small.
EXCLUDES = ["PySide6.QtWebEngineCore", "PySide6.QtWebEngineWidgets", "PySide6.QtWebEngineQuick", "PySide6.QtQml",
            "PySide6.QtQuick", "PySide6.QtQuickWidgets", "PySide6.Qt3DCore", "PySide6.Qt3DRender", "PySide6.QtCharts",
            "PySide6.QtDataVisualization", "PySide6.QtDesigner", "PySide6.QtHelp", "PySide6.QtBluetooth",
            "PySide6.QtSensors", "PySide6.QtSerialPort", "PySide6.QtLocation", "PySide6.QtPositioning",
            "PySide6.QtSql", "PySide6.QtTest", "PySide6.QtOpenGLWidgets", "PySide6.QtSpatialAudio",
            "PySide6.QtTextToSpeech", "PySide6.QtRemoteObjects", "PySide6.QtScxml", "PySide6.QtGraphs",
            "PySide6.QtWebSockets", "PySide6.QtHttpServer", "PySide6.QtNfc", "PySide6.QtQuick3D", "tkinter",
            "companion_portal", "fastapi", "uvicorn", "starlette", "pydantic", "pytest", "IPython"]
HIDDEN = ["PySide6.QtPdf", "PySide6.QtPdfWidgets", "PySide6.QtMultimedia", "PySide6.QtMultimediaWidgets",
          "PySide6.QtNetwork", "keyring.backends", "babel.dates", "icalendar", "sqlalchemy.dialects.sqlite",
          "alembic", "tzdata", "platformdirs", "tzlocal"]
COLLECT_DATA = ["tzdata", "babel", "alembic"]

DESKTOP = """[Desktop Entry]
Type=Application
Name=Companion
GenericName=Course companion
Comment=Lectures, quizzes, live sessions and submissions for your online course, offline first
Exec={exec} %U
Icon=companion
Terminal=false
Categories=Education;Office;
Keywords=course;training;quiz;lecture;
"""

INSTALL_SH = """#!/bin/sh
# Install Companion for this user (or system-wide when run as root).
set -e
here="$(cd "$(dirname "$0")" && pwd)"
if [ "$(id -u)" = 0 ]; then prefix=/opt/companion; apps=/usr/share/applications; icons=/usr/share/icons/hicolor/256x256/apps
else prefix="$HOME/.local/opt/companion"; apps="$HOME/.local/share/applications"; icons="$HOME/.local/share/icons/hicolor/256x256/apps"; fi
mkdir -p "$prefix" "$apps" "$icons"
cp -a "$here/Companion/." "$prefix/"
cp "$here/companion.png" "$icons/companion.png"
sed "s|@PREFIX@|$prefix|" "$here/companion.desktop" > "$apps/companion.desktop"
echo "Companion is installed in $prefix; start it from your applications menu."
"""


def version() -> str:
    import tomllib

    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def icon(path: Path) -> Path:
    """The app icon (resources/icons, made from companion.svg by tools/make_icons.py)."""
    shutil.copyfile(ROOT / "resources" / "icons" / "companion-256.png", path)
    return path


def pyinstaller(entry: Path) -> Path:
    sep = os.pathsep
    args = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--onedir", "--windowed",
            "--name", NAME, "--distpath", str(DIST), "--workpath", str(BUILD), "--specpath", str(BUILD),
            "--add-data", f"{ROOT / 'resources'}{sep}resources",
            "--add-data", f"{ROOT / 'companion' / 'store' / 'migrations'}{sep}companion/store/migrations"]
    for name in EXCLUDES:
        args += ["--exclude-module", name]
    for name in HIDDEN:
        args += ["--hidden-import", name]
    for name in COLLECT_DATA:
        args += ["--collect-data", name]
    args += ["--collect-submodules", "keyring.backends", "--collect-submodules", "companion", str(entry)]
    subprocess.run(args, check=True, cwd=ROOT)
    return DIST / NAME


def prune(app: Path) -> int:
    """Qt translations of languages we do not ship and Qt pieces PyInstaller pulls in anyway."""
    removed = 0
    for qm in app.rglob("translations/*.qm"):
        if not qm.name.split("_", 1)[-1].startswith(("ko", "es", "en")):
            removed += qm.stat().st_size
            qm.unlink()
    for pattern in ("libQt6WebEngine*", "libQt6Quick*", "libQt6Qml*", "libQt63D*", "libQt6Designer*"):
        for lib in app.rglob(pattern):
            removed += lib.stat().st_size
            lib.unlink()
    return removed


def package_linux(app: Path, ver: str) -> Path:
    staging = BUILD / "package"
    if staging.exists():
        shutil.rmtree(staging)
    staging.mkdir(parents=True)
    (staging / "companion.desktop").write_text(DESKTOP.format(exec="@PREFIX@/Companion"), encoding="utf-8")
    install = staging / "install.sh"
    install.write_text(INSTALL_SH, encoding="utf-8")
    install.chmod(0o755)
    icon(staging / "companion.png")
    target = DIST / f"companion-{ver}-linux-{platform.machine()}.tar.xz"
    with tarfile.open(target, "w:xz", preset=6) as tar:
        top = f"companion-{ver}"
        tar.add(app, arcname=f"{top}/Companion")
        for name in ("companion.desktop", "install.sh", "companion.png"):
            tar.add(staging / name, arcname=f"{top}/{name}")
    return target


def smoke(app: Path) -> float:
    """Run the frozen app's self-test offscreen on a fresh data folder; returns seconds taken."""
    exe = app / (NAME + (".exe" if sys.platform == "win32" else ""))
    data = BUILD / "smoke-data"
    shutil.rmtree(data, ignore_errors=True)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring")
    started = time.perf_counter()
    result = subprocess.run([str(exe), "--self-test", "--data-dir", str(data)], env=env, capture_output=True,
                            text=True, timeout=180)
    seconds = time.perf_counter() - started
    tail = (result.stderr or "").strip().splitlines()[-3:]
    if result.returncode != 0:
        raise SystemExit(f"smoke test failed (exit {result.returncode}):\n" + "\n".join(tail))
    print(f"smoke test passed in {seconds:.1f} s: {tail[-1] if tail else ''}")
    return seconds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--smoke", action="store_true", help="run the frozen app's --self-test after building")
    parser.add_argument("--no-package", action="store_true", help="stop after the one-folder app")
    args = parser.parse_args()
    if importlib.util.find_spec("PyInstaller") is None:
        raise SystemExit('PyInstaller is missing: pip install -e ".[installer]"')
    ver = version()
    entry = BUILD / "companion_entry.py"
    BUILD.mkdir(exist_ok=True)
    entry.write_text("import sys\nfrom companion.cli import main\nsys.exit(main())\n", encoding="utf-8")
    started = time.perf_counter()
    app = pyinstaller(entry)
    pruned = prune(app)
    print(f"built {app} in {time.perf_counter() - started:.0f} s; bundle size {folder_size(app) / 1e6:.0f} MB "
          f"(pruned {pruned / 1e6:.0f} MB)")
    if not args.no_package:
        if sys.platform.startswith("linux"):
            package = package_linux(app, ver)
            print(f"package {package.name}: {package.stat().st_size / 1e6:.0f} MB")
        else:
            print("on this platform the one-folder app is the result; wrap it with the platform's installer tools")
    if args.smoke:
        smoke(app)
    return 0


if __name__ == "__main__":
    sys.exit(main())
