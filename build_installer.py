"""Build Companion for people with no Python: a PyInstaller one-folder app, then the platform's package.

    python build_installer.py            # dist/Companion/ + dist/companion-<version>-linux-x86_64.tar.xz
    python build_installer.py --smoke    # ... and run the frozen app's --self-test (fails the build if it fails)
    python build_installer.py --publish REPO_DIR --update-keys KEYS_DIR --notes en=NEWS.en.txt ...
                                         # ... and add the build to a TUF update repository (README: "Updates")

Needs the installer extra: ``pip install -e ".[installer]"``. On Linux the result is a tar.xz holding
the app folder, a .desktop entry and an install script that puts both under ~/.local (or /opt with
sudo). On Windows and macOS the folder is what PyInstaller makes; wrapping it as .msi/.dmg needs that
platform's own tools (WiX, hdiutil) and is done there, not from this Linux build machine.

The bundle carries the course resources, the schema, the translations and the Qt plugins the app
uses (platforms, image formats, multimedia, PDF, network information) and leaves out the Qt
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

# Qt modules the app never imports. Qt's FFmpeg media plugin links QtQuick/QtQml although the app has no
# QML: shim_qtquick() replaces those libraries by link shims (see QUICK_SYMBOLS).
EXCLUDES = ["PySide6.QtWebEngineCore", "PySide6.QtWebEngineWidgets", "PySide6.QtWebEngineQuick", "PySide6.QtQml",
            "PySide6.QtQuick", "PySide6.QtQuickWidgets", "PySide6.Qt3DCore", "PySide6.Qt3DRender", "PySide6.QtCharts",
            "PySide6.QtDataVisualization", "PySide6.QtDesigner", "PySide6.QtHelp", "PySide6.QtBluetooth",
            "PySide6.QtSensors", "PySide6.QtSerialPort", "PySide6.QtLocation", "PySide6.QtPositioning",
            "PySide6.QtSql", "PySide6.QtTest", "PySide6.QtOpenGLWidgets", "PySide6.QtSpatialAudio",
            "PySide6.QtTextToSpeech", "PySide6.QtRemoteObjects", "PySide6.QtScxml", "PySide6.QtGraphs",
            "PySide6.QtWebSockets", "PySide6.QtHttpServer", "PySide6.QtNfc", "PySide6.QtQuick3D",
            "PySide6.QtConcurrent", "PySide6.QtDBus", "PySide6.QtSvg", "PySide6.QtSvgWidgets", "PySide6.QtOpenGL",
            "PySide6.QtUiTools", "PySide6.QtXml", "PySide6.QtPrintSupport", "tkinter", "_tkinter",
            # the server side: the demo portal is not part of the participant's app (README: "Demo portal")
            "companion_portal", "fastapi", "uvicorn", "starlette", "pydantic", "pydantic_core", "anyio", "httpx",
            "h11", "multipart", "python_multipart", "watchfiles", "websockets", "fpdf",
            # database drivers SQLAlchemy knows of: the app's store is SQLite (the stdlib's sqlite3)
            "psycopg", "psycopg_binary", "psycopg_c", "psycopg2", "pymysql", "MySQLdb", "asyncpg", "aiosqlite",
            "oracledb", "pyodbc",
            # development tools some libraries import only optionally (fontTools: pypdf reads some CFF font
            # encodings with it when present; it is in a developer's venv only through fpdf2, no dependency of ours)
            "fontTools", "fpdf", "pytest", "IPython", "pygments", "lib2to3", "pydoc_data", "setuptools", "pkg_resources"]
HIDDEN = ["PySide6.QtPdf", "PySide6.QtPdfWidgets", "PySide6.QtMultimedia", "PySide6.QtMultimediaWidgets",
          "PySide6.QtNetwork", "keyring.backends", "secretstorage", "jeepney", "jeepney.io.blocking", "babel.dates", "icalendar", "sqlalchemy.dialects.sqlite",
          "alembic", "tzdata", "platformdirs", "tzlocal"]
COLLECT_DATA = ["tzdata", "babel", "alembic"]
LANGUAGES = ("en", "ko", "es")
PYZ_LEVEL = 0
OPTIMIZE = 2
# Packages whose compiled (Cython) modules have their pure-Python source beside them in the wheel and run
# the same without compiling: shipped as bytecode instead (zeroconf 2.9 MB -> 0.5 MB, SQLAlchemy's row and
# cache-key speed-ups 1.0 MB -> 0.3 MB); what they speed up (multicast discovery, ORM rows) is small here.
# charset_normalizer's two mypyc modules (0.4 MB): requests guesses the encoding of a response that names
# none with them, a few kilobytes of text at a time here (the portal's JSON names UTF-8).
PURE_PYTHON = ("zeroconf", "sqlalchemy", "charset_normalizer")  # the app's languages: Qt and Babel data of other languages are left out

# Qt libraries and plugins PyInstaller collects that the app never loads (relative to PySide6/Qt).
# QtConcurrent (QtMultimedia links it) and QtSvg (the Wayland title bar draws its icons with it) stay.
QT_UNUSED = ["lib/libQt6VirtualKeyboard*", "lib/libQt6EglFS*", "lib/libQt6EglFsKmsSupport*", "lib/libQt6WlShell*",
             "lib/libQt6WebEngine*", "lib/libQt6Designer*", "lib/libQt63D*",
             "lib/libQt6QmlCompiler*", "lib/libQt6QuickControls2*", "lib/libQt6QuickTemplates2*",
             "plugins/platforms/libqeglfs.so", "plugins/platforms/libqlinuxfb.so", "plugins/platforms/libqvnc.so",
             "plugins/platforms/libqvkkhrdisplay.so", "plugins/platforms/libqminimal*.so", "plugins/egldeviceintegrations",
             "plugins/generic", "plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
             "plugins/imageformats/libqtiff.so", "plugins/imageformats/libqtga.so", "plugins/imageformats/libqwbmp.so",
             "plugins/imageformats/libqicns.so", "plugins/imageformats/libqpdf.so",
             "plugins/wayland-shell-integration/libwl-shell-plugin.so",
             "plugins/wayland-shell-integration/libfullscreen-shell-v1.so",
             "plugins/wayland-shell-integration/libivi-shell.so", "plugins/wayland-shell-integration/libqt-shell.so",
             "plugins/wayland-graphics-integration-client/*-server.so",
             # Qt's TLS backends (0.46 MB): the app's HTTPS goes through requests; QtNetwork serves only
             # QNetworkInformation (ui/sync.py, ui/downloads.py) and the player opens local files only
             # (QUrl.fromLocalFile in ui/player.py), so no Qt socket ever speaks TLS
             "plugins/tls"]
# Python extension modules that only serve features the app does not use (Pillow: AVIF, Tk, text drawing).
PY_UNUSED = ["PIL/_avif.*", "PIL/_imagingtk.*", "PIL/_imagingft.*", "pillow.libs/libavif-*", "pillow.libs/libfreetype-*",
             "pillow.libs/libharfbuzz-*", "pillow.libs/libbrotli*"]
# Other Python parts the app never reads: the CPython codecs of Japanese, Chinese and Hong Kong/Taiwan
# encodings (0.7 MB; the app's languages are en/es/ko: the Korean codecs (EUC-KR, CP949, ISO-2022-KR) and
# the multibyte machinery stay; such an encoding is then unknown, as it is to the charset guesser, which
# skips codecs it cannot import), and jsonschema's benchmark data (0.1 MB).
PY_OTHER_UNUSED = ["python3.*/lib-dynload/_codecs_jp.*", "python3.*/lib-dynload/_codecs_cn.*",
                   "python3.*/lib-dynload/_codecs_hk.*", "python3.*/lib-dynload/_codecs_tw.*", "jsonschema/benchmarks"]
# Libraries of the desktop itself (X11/xcb, OpenGL, fonts, GLib/GTK, D-Bus, PulseAudio and its codecs, ...).
# Every Linux desktop has them, the README lists them as requirements, and Qt must use the desktop's own
# copies anyway; PyInstaller copies whatever ldd finds on the build machine. glibc is never bundled.
SYSTEM_LIBS = ("libX", "libxcb", "libxkbcommon", "libGL", "libEGL", "libOpenGL", "libfontconfig", "libfreetype",
               "libharfbuzz", "libgraphite2", "libglib-", "libgio-", "libgobject-", "libgmodule-", "libgthread-",
               "libdbus-", "libpulse", "libsndfile", "libFLAC", "libvorbis", "libogg", "libopus", "libmpg123",
               "libmp3lame", "libasyncns", "libcairo", "libpango", "libatk", "libgdk", "libgtk", "libpixman", "libepoxy", "libatspi", "libatk-bridge",
               "libfribidi", "libthai", "libdatrie", "libsystemd", "libgcrypt", "libgpg-error", "libselinux",
               "libmount", "libblkid", "libcap.", "libkrb5", "libk5crypto", "libgssapi", "libcom_err", "libkeyutils",
               "libexpat", "libpcre2", "libuuid", "libbsd", "libmd.", "libz.", "libbz2", "liblzma", "liblz4",
               "libzstd", "libbrotli", "libpng16", "libjpeg", "libdrm", "libwayland", "libva", "libvdpau", "libgbm",
               # OpenSSL 3 (Python's _ssl and _hashlib; Qt's FFmpeg stubs): 5.4 MB. The bundle needs glibc 2.35
               # (libpython), and every distribution with it ships OpenSSL 3 (Ubuntu 22.04: 3.0.2, Debian 12,
               # Fedora 36+); the bundled binaries ask for OPENSSL_3.0.0 only, and the desktop's copy gets the
               # distribution's security fixes and its own CA paths (a copy from this Debian looks in /usr/lib/ssl).
               # cryptography carries its own OpenSSL inside its Rust module and needs neither.
               "libssl.", "libcrypto.",
               # GCC's C++ runtime (Qt, ICU, FFmpeg): 2.3 MB. The bundle asks for GLIBCXX_3.4.30 at most, which
               # every distribution with glibc 2.35 has (GCC 12's runtime, Ubuntu 22.04 included); an older copy
               # in the bundle would be loaded before the desktop's and break its GL drivers (Mesa links the
               # desktop's newer libstdc++).
               "libstdc++", "libgcc_s")

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

# The installed layout (companion/services/app_folders.py): PREFIX/versions/<version>/ holds one whole app
# folder per version, PREFIX/current names the one that last started well, PREFIX/companion is this launcher.
# The version it starts hands the start over to a staged update and rolls back one that never started.
LAUNCHER = """#!/bin/sh
# Companion's launcher: starts the version named in ./current (see companion/services/app_folders.py).
root="$(dirname "$(readlink -f "$0")")"
version="$(head -n 1 "$root/current")"
exec "$root/versions/$version/Companion" "$@"
"""

INSTALL_SH = """#!/bin/sh
# Install Companion for this user (or system-wide when run as root, unless with --user). Each version gets its own folder under
# PREFIX/versions; PREFIX/current names the one the launcher (PREFIX/companion) starts. Updates add the
# next version beside it and switch at the next start (README, "Updates"). Close Companion first.
set -e
here="$(cd "$(dirname "$0")" && pwd)"
version="@VERSION@"
if [ "$(id -u)" = 0 ] && [ "$1" != --user ]; then prefix=/opt/companion; apps=/usr/share/applications; icons=/usr/share/icons/hicolor/256x256/apps
else prefix="$HOME/.local/lib/companion"; apps="$HOME/.local/share/applications"; icons="$HOME/.local/share/icons/hicolor/256x256/apps"; fi
mkdir -p "$prefix/versions" "$apps" "$icons"
partial="$prefix/versions/.$version.partial"
rm -rf "$partial" "$prefix/versions/.$version.old"
cp -a "$here/Companion" "$partial"
[ -d "$prefix/versions/$version" ] && mv "$prefix/versions/$version" "$prefix/versions/.$version.old"
mv "$partial" "$prefix/versions/$version"
cp "$here/launcher.sh" "$prefix/companion.tmp" && chmod 755 "$prefix/companion.tmp" && mv -f "$prefix/companion.tmp" "$prefix/companion"
printf '%s\\n' "$version" > "$prefix/current.tmp" && mv -f "$prefix/current.tmp" "$prefix/current"
rm -f "$prefix/pending" "$prefix/trying" "$prefix/failed"
for old in "$prefix"/versions/* "$prefix"/versions/.*.old; do
  [ -d "$old" ] && [ "$old" != "$prefix/versions/$version" ] && rm -rf "$old"
done
# an install by an earlier installer (one folder, no versions)
[ "$prefix" = /opt/companion ] || { [ -x "$HOME/.local/opt/companion/Companion" ] && rm -rf "$HOME/.local/opt/companion"; } || true
cp "$here/companion.png" "$icons/companion.png"
sed "s|@PREFIX@|$prefix|" "$here/companion.desktop" > "$apps/companion.desktop"
echo "Companion $version is installed in $prefix; start it from your applications menu."
"""


def version() -> str:
    import tomllib

    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def pure_python(app: Path) -> int:
    """Replace the compiled modules of PURE_PYTHON packages by their pure-Python source compiled to
    sourceless bytecode at the same place (CPython imports ``name.pyc`` beside ``__init__``); returns
    the bytes saved."""
    import importlib.util
    import py_compile

    saved = 0
    for package in PURE_PYTHON:
        spec = importlib.util.find_spec(package)
        if spec is None or not spec.submodule_search_locations:
            continue
        source_root = Path(list(spec.submodule_search_locations)[0])
        for ext in (app / "_internal" / package).rglob("*.so"):
            rel = ext.relative_to(app / "_internal" / package)
            source = source_root / rel.parent / (ext.name.split(".", 1)[0] + ".py")
            if not source.exists():
                continue
            target = ext.parent / (ext.name.split(".", 1)[0] + ".pyc")
            py_compile.compile(str(source), cfile=str(target), doraise=True, optimize=OPTIMIZE,
                               invalidation_mode=py_compile.PycInvalidationMode.UNCHECKED_HASH)
            saved += ext.stat().st_size - target.stat().st_size
            ext.unlink()
    return saved


def icon(path: Path) -> Path:
    """The app icon (resources/icons, made from companion.svg by tools/make_icons.py)."""
    shutil.copyfile(ROOT / "resources" / "icons" / "companion-256.png", path)
    return path


def pyinstaller(entry: Path) -> Path:
    sep = os.pathsep
    args = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--onedir", "--windowed",
            "--name", NAME, "--distpath", str(DIST), "--workpath", str(BUILD), "--specpath", str(BUILD),
            "--paths", str(ROOT),  # this checkout's companion, not an installed one
            # bytecode without docstrings and asserts (python -OO): 26 -> 21 MB of modules; the app and its
            # libraries run under -OO (the full smoke test runs this build)
            "--optimize", str(OPTIMIZE),
            "--add-data", f"{ROOT / 'resources'}{sep}resources",
            "--add-data", f"{ROOT / 'companion' / 'store' / 'migrations'}{sep}companion/store/migrations"]
    for name in EXCLUDES:
        args += ["--exclude-module", name]
    for name in HIDDEN:
        args += ["--hidden-import", name]
    for name in COLLECT_DATA:
        args += ["--collect-data", name]
    # zeroconf (office sharing's DNS-SD) is imported inside functions and has compiled submodules
    args += ["--collect-submodules", "keyring.backends", "--collect-submodules", "zeroconf",
             "--collect-submodules", "companion", str(entry)]
    # Python modules stored, not zlib-compressed, in the launcher's archive: the download's xz then
    # compresses them as one stream (26.7 MB of bytecode: 10.4 MB as zlib entries, 6.6 MB under xz)
    env = dict(os.environ, PYINSTALLER_ZLIB_COMPRESSION_LEVEL=str(PYZ_LEVEL))
    subprocess.run(args, check=True, cwd=ROOT, env=env)
    return DIST / NAME


def _unlink(path: Path) -> int:
    if path.is_dir() and not path.is_symlink():
        size = folder_size(path)
        shutil.rmtree(path)
        return size
    size = 0 if path.is_symlink() else path.stat().st_size
    path.unlink()
    return size


def is_elf(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(4) == b"\x7fELF"
    except OSError:
        return False


def prune(app: Path) -> dict[str, int]:
    """Remove what the app never loads; returns bytes removed per reason."""
    internal = app / "_internal"
    qt = internal / "PySide6" / "Qt"
    removed = {"Qt translations of other languages": 0, "Qt modules and plugins not used": 0,
               "Babel data of other languages": 0, "Pillow features not used": 0, "desktop system libraries": 0,
               "CJK codecs but Korean, benchmark data": 0}
    for qm in qt.glob("translations/*.qm"):
        if not qm.stem.rsplit("_", 1)[-1].startswith(LANGUAGES):
            removed["Qt translations of other languages"] += _unlink(qm)
    for pattern in QT_UNUSED:
        for path in qt.glob(pattern):
            removed["Qt modules and plugins not used"] += _unlink(path)
    for binding in ("QtConcurrent", "QtDBus", "QtSvg", "QtOpenGL"):  # the Python modules of excluded Qt parts
        for path in (internal / "PySide6").glob(binding + ".*"):
            removed["Qt modules and plugins not used"] += _unlink(path)
    for dat in internal.glob("babel/locale-data/*.dat"):
        if dat.stem != "root" and not dat.stem.split("_")[0] in LANGUAGES:
            removed["Babel data of other languages"] += _unlink(dat)
    for pattern in PY_UNUSED:
        for path in internal.glob(pattern):
            removed["Pillow features not used"] += _unlink(path)
    for pattern in PY_OTHER_UNUSED:
        for path in internal.glob(pattern):
            removed["CJK codecs but Korean, benchmark data"] += _unlink(path)
    for path in internal.glob("lib*.so*"):
        if path.name.startswith(SYSTEM_LIBS) and not path.name.startswith(("libpython", "libpyside", "libshiboken")):
            removed["desktop system libraries"] += _unlink(path)
    for path in list(app.rglob("*")):  # links to what was removed above
        if path.is_symlink() and not path.exists():
            path.unlink()
    return removed


# ICU data trees only some ICU services read, and the C API prefix that reaches each: Qt 6 calls
# ICU for collation (ucol_), converters (ucnv_), time-zone names (ucal_) and case mapping (u_strTo),
# never for word/line breaking (its own tables do that), number spelling, currencies or units; the
# trees stay whenever a bundled binary imports their API (icu_api_used).
ICU_TREES = {"brkitr": ("ubrk_", "utext_"), "rbnf": ("unum_", "unumf_", "udat_"), "curr": ("unum_", "ucurr_", "udat_"),
             "unit": ("unumf_", "umeasfmt_", "ureldatefmt_")}
ICU_ITEMS = {"unames.icu": ("u_charName", "u_charFromName"), "confusables.cfu": ("uspoof_",),
             "confusablesWholeScript.cfu": ("uspoof_",)}


def icu_items_to_drop(items: list[str], used: set[str] | None = None) -> list[str]:
    """ICU data items Qt never reads for this app: locales of other languages (in every tree:
    collation, time zone names, units, ...), character-set converters (Qt decodes UTF-8/16/32 and
    Latin-1 itself), transliteration rules, and the trees and items of ICU services no bundled
    binary calls (``used``: the ICU functions they import; None keeps those trees)."""
    import re

    def unused(prefixes: tuple[str, ...]) -> bool:
        return used is not None and not any(f.startswith(prefixes) for f in used)

    locale = re.compile(r"^[a-z]{2,3}(_[A-Za-z0-9]*)*$")
    drop = []
    for item in items:
        tree, _, name = item.rpartition("/")
        stem, _, ext = name.rpartition(".")
        if ext == "cnv" or tree == "translit":
            drop.append(item)
        elif tree in ICU_TREES and unused(ICU_TREES[tree]):
            drop.append(item)
        elif not tree and name in ICU_ITEMS and unused(ICU_ITEMS[name]):
            drop.append(item)
        elif ext == "res" and stem not in ("res_index", "pool", "root") and locale.match(stem) \
                and stem.split("_")[0] not in LANGUAGES:
            drop.append(item)
    return drop


def icu_api_used(app: Path, major: str) -> set[str]:
    """The ICU C functions the bundle's binaries (other than ICU itself) import, without the version suffix."""
    used = set()
    for elf in app.rglob("*"):
        if elf.is_file() and not elf.is_symlink() and not elf.name.startswith("libicu") and is_elf(elf):
            for name in _symbols(elf, defined=False):
                if name.endswith("_" + major):
                    used.add(name[:-len(major) - 1])
    return used


def trim_icu(app: Path) -> int:
    """Rebuild Qt's libicudata with only the data of the shipped languages (ICU's own data
    customisation: icupkg removes items, genccode turns the package back into a shared library that
    exports the same icudt<NN>_dat symbol). Needs icu-devtools and gcc; without them it is skipped."""
    import re
    import tempfile

    libs = list(app.glob("_internal/PySide6/Qt/lib/libicudata.so.*"))
    tools = [shutil.which(t) for t in ("icupkg", "genccode", "gcc", "nm")]
    if len(libs) != 1 or not all(tools):
        print("ICU data left whole (needs icu-devtools and gcc)")
        return 0
    lib = libs[0]
    symbols = subprocess.run(["nm", "-D", "--defined-only", "-S", str(lib)], capture_output=True, text=True).stdout
    found = re.search(r"^[0-9a-f]+ ([0-9a-f]+) R (icudt(\d+)_dat)$", symbols, re.M)
    if not found:
        print("ICU data left whole (no icudt<NN>_dat symbol)")
        return 0
    size, symbol, major = int(found.group(1), 16), found.group(2), found.group(3)
    blob = lib.read_bytes()
    start = blob.find(b"CmnD") - 12  # the common data header: size, magic 0xda27, ..., data format "CmnD"
    if start < 0 or blob[start + 2:start + 4] != b"\xda\x27":
        print("ICU data left whole (no ICU common data in the library)")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        package = f"icudt{major}l.dat"  # icupkg names the items after the file: keep ICU's own name
        (work / "in").mkdir()
        (work / "in" / package).write_bytes(blob[start:start + size])
        items = subprocess.run(["icupkg", "-l", str(work / "in" / package)], capture_output=True, text=True,
                               check=True).stdout.split()
        used = icu_api_used(app, major)
        (work / "drop.txt").write_text("\n".join(icu_items_to_drop(items, used)) + "\n", encoding="utf-8")
        (work / "out").mkdir()
        subprocess.run(["icupkg", "-r", str(work / "drop.txt"), str(work / "in" / package), str(work / "out" / package)],
                       check=True, capture_output=True)
        subprocess.run(["genccode", "-e", f"icudt{major}", "-a", "gcc", "-d", str(work), str(work / "out" / package)],
                       check=True, capture_output=True)
        assembly = next(work.glob("*.S"))
        built = work / lib.name
        subprocess.run(["gcc", "-shared", "-nostdlib", f"-Wl,-soname,{lib.name}", "-o", str(built), str(assembly)],
                       check=True)
        saved = lib.stat().st_size - built.stat().st_size
        shutil.copyfile(built, lib)
    return saved


# What Qt's FFmpeg media plugin takes from QtQuick: it grabs a QQuickWindow's picture for window
# capture, after qobject_cast<QQuickWindow *>(window) succeeded. The app has no QML, so no
# QQuickWindow ever exists, the cast (a pointer comparison along the window's meta-object chain)
# always fails, and grabWindow is never reached. These are the only QtQuick/QtQml symbols the plugin
# uses; when they are all, the 17 MB of QtQuick/QtQml/QmlModels/QmlMeta/WorkerScript are replaced by
# two tiny link shims (QUICK_SHIM below). Should a newer plugin use anything else, the real libraries stay.
QUICK_SYMBOLS = {"_ZN12QQuickWindow16staticMetaObjectE": "data", "_ZN12QQuickWindow10grabWindowEv": "unreachable"}
QUICK_LIBS = ("libQt6Quick.so", "libQt6Qml.so", "libQt6QmlModels.so", "libQt6QmlMeta.so", "libQt6QmlWorkerScript.so")


def _symbols(path: Path, defined: bool) -> dict[str, int]:
    """Dynamic symbols of an ELF file (name without version -> size): defined ones, or undefined ones."""
    flag = "--defined-only" if defined else "--undefined-only"
    out = subprocess.run(["nm", "-D", "-S", flag, str(path)], capture_output=True, text=True, check=True).stdout
    symbols = {}
    for line in out.splitlines():
        fields = line.split()
        if not fields:
            continue
        name = fields[-1].split("@", 1)[0]
        symbols[name] = int(fields[1], 16) if defined and len(fields) == 4 else 0
    return symbols


def shim_qtquick(app: Path) -> int:
    """Replace QtQuick and QtQml by link shims when only the FFmpeg media plugin links them and it uses
    nothing of them but QUICK_SYMBOLS; returns the bytes saved (0 when the real libraries stay)."""
    import tempfile

    lib = app / "_internal" / "PySide6" / "Qt" / "lib"
    quick = lib / "libQt6Quick.so.6"
    if not quick.exists() or not all(shutil.which(t) for t in ("gcc", "nm", "readelf")):
        return 0
    family = {p.name for p in lib.iterdir() if p.name.startswith(QUICK_LIBS)}
    users = [p for p in app.rglob("*") if p.is_file() and not p.is_symlink() and p.name not in family and is_elf(p)
             and family.intersection(needed(p))]
    plugin = app / "_internal" / "PySide6" / "Qt" / "plugins" / "multimedia" / "libffmpegmediaplugin.so"
    if users != [plugin] or set(needed(plugin)) & family != {"libQt6Quick.so.6", "libQt6Qml.so.6"}:
        print("QtQuick/QtQml kept: linked by " + ", ".join(p.name for p in users))
        return 0
    provided: dict[str, int] = {}
    for name in family:
        provided.update(_symbols(lib / name, defined=True))
    wanted = set(_symbols(plugin, defined=False)) & set(provided)
    if not wanted <= set(QUICK_SYMBOLS):
        print("QtQuick/QtQml kept: the FFmpeg plugin uses " + ", ".join(sorted(wanted - set(QUICK_SYMBOLS))))
        return 0
    before = sum((lib / name).stat().st_size for name in family)
    lines = ["/* Link shim for libQt6Quick.so.6, made by build_installer.py: see QUICK_SYMBOLS there. */",
             "#include <stdio.h>", "#include <stdlib.h>"]
    for name in sorted(wanted):
        if QUICK_SYMBOLS[name] == "data":  # a meta-object only ever compared by address
            lines.append(f"__attribute__((visibility(\"default\"), aligned(16))) char {name}[{provided[name]}];")
        else:
            lines.append(f"__attribute__((visibility(\"default\"))) void {name}(void) {{ fputs(\"Companion: "
                         f"QtQuick is not part of this app ({name})\\n\", stderr); abort(); }}")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        (work / "quick.c").write_text("\n".join(lines) + "\n", encoding="utf-8")
        (work / "empty.c").write_text("/* Link shim for libQt6Qml.so.6: the FFmpeg plugin links it, uses nothing. */\n",
                                      encoding="utf-8")
        (work / "qt6.map").write_text("Qt_6 { global: " + "".join(n + "; " for n in sorted(wanted)) + "local: *; };\n",
                                      encoding="utf-8")
        for name in family:
            (lib / name).unlink()
        for soname, source in (("libQt6Quick.so.6", "quick.c"), ("libQt6Qml.so.6", "empty.c")):
            subprocess.run(["gcc", "-shared", "-fPIC", "-O2", "-s", f"-Wl,-soname,{soname}",
                            f"-Wl,--version-script,{work / 'qt6.map'}", "-o", str(lib / soname), str(work / source)],
                           check=True)
    return before - sum((lib / name).stat().st_size for name in ("libQt6Quick.so.6", "libQt6Qml.so.6"))


# Private copies of desktop libraries that wheels carry under hashed names (auditwheel's libxcb-<hash>.so...)
# -> the desktop's own library. Pillow links libxcb for ImageGrab's X11 screen grab (which the app never
# calls: companion/services/photos.py opens, orients and scales photos only), and its copy brings libXau
# along: 2.3 MB on disk, 2 MB of it patchelf's page padding. The copy is replaced by a link shim of the
# same name that holds nothing but a NEEDED entry on the desktop's library (a desktop library like any in
# SYSTEM_LIBS; Qt's xcb platform loads it anyway), so Pillow's module finds the same unversioned xcb_*
# functions there; what the copy alone needed (libXau) then goes.
PRIVATE_DESKTOP_COPIES = {"pillow.libs/libxcb-*.so*": "libxcb.so.1"}


def soname(path: Path) -> str | None:
    out = subprocess.run(["readelf", "-d", str(path)], capture_output=True, text=True).stdout
    for line in out.splitlines():
        if "(SONAME)" in line:
            return line.rsplit("[", 1)[1].rstrip("]")
    return None


def shim_private_copies(app: Path) -> int:
    """Replace the PRIVATE_DESKTOP_COPIES by link shims on the desktop's library and remove what only
    they needed; returns the bytes saved (0 without gcc/readelf or the desktop library on this machine)."""
    import tempfile

    internal = app / "_internal"
    if not all(shutil.which(t) for t in ("gcc", "readelf")):
        return 0
    before = folder_size(app)
    orphans: set[Path] = set()
    for pattern, system in PRIVATE_DESKTOP_COPIES.items():
        for copy in internal.glob(pattern):
            name = soname(copy) if copy.is_file() and not copy.is_symlink() and is_elf(copy) else None
            if name is None:
                continue
            with tempfile.TemporaryDirectory() as tmp:
                source = Path(tmp) / "shim.c"
                source.write_text(f"/* Link shim for {copy.name}: the desktop's {system} (build_installer.py, "
                                  "PRIVATE_DESKTOP_COPIES). */\n", encoding="utf-8")
                shim = Path(tmp) / copy.name
                made = subprocess.run(["gcc", "-shared", "-nostdlib", "-s", f"-Wl,-soname,{name}", "-Wl,--no-as-needed",
                                       "-o", str(shim), str(source), f"-l:{system}"], capture_output=True, text=True)
                if made.returncode != 0:
                    print(f"{copy.name} kept ({system} is not on this machine to link against)")
                    continue
                orphans.update(copy.parent / dep for dep in needed(copy) if (copy.parent / dep).is_file())
                shim.chmod(copy.stat().st_mode)
                shutil.move(str(shim), str(copy))
    if orphans:
        wanted = {dep for elf in internal.rglob("*") if elf.is_file() and not elf.is_symlink() and elf not in orphans
                  and is_elf(elf) for dep in needed(elf)}
        for orphan in orphans:
            if orphan.name not in wanted:
                orphan.unlink()
    for path in list(app.rglob("*")):  # PyInstaller's links to what was removed
        if path.is_symlink() and not path.exists():
            path.unlink()
    return before - folder_size(app)


def loadable_layout(path: Path) -> bool:
    """Whether every LOAD segment of a 64-bit ELF file keeps offset and address congruent modulo its
    alignment, as the dynamic loader demands. GNU strip breaks this in libraries that patchelf rewrote
    (the PySide6 wheel's FFmpeg libraries): the loader then refuses them ("ELF load command
    address/offset not page-aligned") and Qt finds no multimedia backend."""
    import struct

    data = path.read_bytes()
    if data[4] != 2:  # ELFCLASS64 only (the bundle is x86_64/aarch64); anything else is left as it was
        return False
    endian = "<" if data[5] == 1 else ">"
    phoff, = struct.unpack_from(endian + "Q", data, 0x20)
    phentsize, phnum = struct.unpack_from(endian + "HH", data, 0x36)
    for i in range(phnum):
        kind, _flags, offset, vaddr, _paddr, _filesz, _memsz, align = struct.unpack_from(
            endian + "IIQQQQQQ", data, phoff + i * phentsize)
        if kind == 1 and align > 1 and offset % align != vaddr % align:  # PT_LOAD
            return False
    return True


def strip(app: Path) -> int:
    """Drop debug symbols and symbol tables from the shared libraries (not the launcher, which carries
    the Python archive at its end). Each library is stripped into a copy that replaces it only when the
    copy is smaller and still loadable (see loadable_layout)."""
    if shutil.which("strip") is None:
        print("strip (binutils) is missing: debug symbols stay in the bundle")
        return 0
    libs = [p for p in (app / "_internal").rglob("*") if p.is_file() and not p.is_symlink()
            and (p.suffix == ".so" or ".so." in p.name) and is_elf(p)]
    saved, refused = 0, []
    for lib in libs:
        copy = lib.with_name(lib.name + ".stripped")
        done = subprocess.run(["strip", "--strip-unneeded", "-o", str(copy), str(lib)], capture_output=True)
        if done.returncode == 0 and not loadable_layout(copy):
            refused.append(lib.name)
        elif done.returncode == 0 and copy.stat().st_size < lib.stat().st_size:  # else it was stripped already
            saved += lib.stat().st_size - copy.stat().st_size
            copy.chmod(lib.stat().st_mode)
            copy.replace(lib)
        copy.unlink(missing_ok=True)
    if refused:
        print("left unstripped (strip would break their segment layout): " + ", ".join(sorted(refused)))
    return saved


def needed(path: Path) -> list[str]:
    out = subprocess.run(["readelf", "-d", str(path)], capture_output=True, text=True).stdout
    return [line.rsplit("[", 1)[1].rstrip("]") for line in out.splitlines() if "(NEEDED)" in line]


GLIBC = ("libc.so", "libm.so", "libdl.so", "librt.so", "libpthread.so", "ld-linux", "libutil.so", "libresolv.so",
         "libnsl.so", "libcrypt.so")


def missing_libraries(app: Path) -> dict[str, list[str]]:
    """Libraries some bundled binary needs that are neither in the bundle nor a desktop/glibc library."""
    if shutil.which("readelf") is None:
        return {}
    elves = [p for p in app.rglob("*") if p.is_file() and not p.is_symlink() and is_elf(p)]
    have = {p.name for p in app.rglob("*") if ".so" in p.name}
    gaps: dict[str, list[str]] = {}
    for elf in elves:
        for lib in needed(elf):
            if lib not in have and not lib.startswith(GLIBC + SYSTEM_LIBS):
                gaps.setdefault(lib, []).append(str(elf.relative_to(app)))
    return gaps


def part_of(rel: Path) -> tuple[str, str]:
    """(group, part) of a file in the bundle: a part is one library, one plugin folder or one package."""
    parts = rel.parts
    name = rel.name
    if len(parts) == 1:
        return "Python runtime", f"{name} (launcher + Python archive)"
    top = parts[1]
    if top == "PySide6" and len(parts) > 3 and parts[2] == "Qt":
        area = parts[3]
        if area == "plugins":
            return "Qt plugins", "Qt plugins/" + (parts[4] if len(parts) > 5 else name)
        if area == "translations":
            return "Qt translations", "Qt translations"
        if name.startswith("libicu"):
            return "ICU (Unicode data for Qt)", name
        if name.startswith(("libav", "libsw", "libQt6FFmpeg")):
            return "FFmpeg (video)", name
        return "Qt libraries", name
    if top in ("PySide6", "shiboken6") or name.startswith(("libpyside", "libshiboken")):
        return "PySide6 bindings", "PySide6 bindings" if top != "shiboken6" else "shiboken6"
    if name.startswith("libpython") or top in ("python3.11", "base_library.zip") or top.startswith("python3"):
        return "Python runtime", name if name.startswith("libpython") or len(parts) == 2 else top
    if len(parts) == 2 and ".so" in name:
        return "system libraries", name
    if top in ("resources", "companion"):
        return "Companion (code and course resources)", top
    package = {"pillow.libs": "PIL"}.get(top, top.split("-")[0] if top.endswith(".dist-info") else top)
    return "Python packages", package


def size_report(app: Path) -> tuple[dict[str, int], list[tuple[int, str, str]]]:
    groups: dict[str, int] = {}
    parts: dict[tuple[str, str], int] = {}
    for path in app.rglob("*"):
        if path.is_file() and not path.is_symlink():
            group, part = part_of(path.relative_to(app))
            size = path.stat().st_size
            groups[group] = groups.get(group, 0) + size
            parts[(group, part)] = parts.get((group, part), 0) + size
    ranked = sorted(((size, group, part) for (group, part), size in parts.items()), reverse=True)
    return groups, ranked


def print_report(app: Path, package: Path | None, top: int = 10) -> None:
    groups, ranked = size_report(app)
    total = sum(groups.values())
    print(f"on disk: {total / 1e6:.1f} MB in {app}" + (f"; download: {package.stat().st_size / 1e6:.1f} MB "
                                                        f"({package.name})" if package and package.exists() else ""))
    print("by group:")
    for group, size in sorted(groups.items(), key=lambda kv: -kv[1]):
        print(f"  {size / 1e6:7.1f} MB  {size / total:4.0%}  {group}")
    print(f"the {top} largest parts:")
    for size, group, part in ranked[:top]:
        print(f"  {size / 1e6:7.1f} MB  {part}  [{group}]")


PACKAGE_FILES = ("companion.desktop", "install.sh", "launcher.sh", "companion.png")


def _tar_members(app: Path, staging: Path, top: str) -> list[tuple[Path, str]]:
    members = [(app, f"{top}/Companion")]
    return members + [(staging / name, f"{top}/{name}") for name in PACKAGE_FILES]


def staging_folder(ver: str | None = None) -> Path:
    staging = BUILD / "package"
    if staging.exists():
        shutil.rmtree(staging)
    staging.mkdir(parents=True)
    (staging / "companion.desktop").write_text(DESKTOP.format(exec="@PREFIX@/companion"), encoding="utf-8")
    for name, text in (("install.sh", INSTALL_SH.replace("@VERSION@", ver or version())), ("launcher.sh", LAUNCHER)):
        (staging / name).write_text(text, encoding="utf-8")
        (staging / name).chmod(0o755)
    icon(staging / "companion.png")
    return staging


def archive(app: Path, ver: str, kind: str = "xz", target: Path | None = None) -> Path:
    """The app folder, its .desktop entry and install script as one archive: tar.xz (the default),
    tar.gz or zip. xz with the x86 filter and preset 9 (extreme, a 64 MiB window): unpacking needs
    about 65 MB of memory, and every tar and archive manager on Linux opens it."""
    import lzma
    import zipfile

    staging = staging_folder(ver)
    top = f"companion-{ver}"
    suffix = {"xz": "tar.xz", "gz": "tar.gz", "zip": "zip"}[kind]
    target = target or DIST / f"companion-{ver}-linux-{platform.machine()}.{suffix}"
    if kind == "zip":
        with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
            for source, arc in _tar_members(app, staging, top):
                for path in [source, *sorted(source.rglob("*"))] if source.is_dir() else [source]:
                    if path.is_file():
                        zf.write(path, arc + "/" + str(path.relative_to(source)) if source.is_dir() else arc)
        return target
    if kind == "xz":
        # the x86 branch filter first: it makes machine code (most of the bundle) about 6 % smaller
        filters = [{"id": lzma.FILTER_X86}, {"id": lzma.FILTER_LZMA2, "preset": 9 | lzma.PRESET_EXTREME}] \
            if platform.machine() in ("x86_64", "AMD64", "i686") else None
        handle = lzma.open(target, "wb", format=lzma.FORMAT_XZ, filters=filters,
                           preset=None if filters else 9 | lzma.PRESET_EXTREME)
        mode = "w|"
    else:
        import gzip

        handle = gzip.open(target, "wb", compresslevel=9)
        mode = "w|"
    with handle, tarfile.open(fileobj=handle, mode=mode) as tar:
        for source, arc in _tar_members(app, staging, top):
            tar.add(source, arcname=arc)
    return target


def bake_update_settings(app: Path, ver: str, url: str | None, root: Path | None) -> None:
    """What the built app knows of its updates (companion/services/updates.py reads them from its own
    folder): its version, the repository's address and root of trust, in _internal/resources/updates/."""
    folder = app / "_internal" / "resources" / "updates"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "version").write_text(ver + "\n", encoding="utf-8")
    if url:
        (folder / "repository-url").write_text(url.strip() + "\n", encoding="utf-8")
    if root:
        shutil.copyfile(root, folder / "root.json")


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def smoke(app: Path, full: bool = False) -> float:
    """Run the frozen app's self-test offscreen on a fresh data folder; returns seconds taken.

    With ``full`` the demo portal runs from this source tree (``python -m companion_portal --demo``, it is
    not part of the participant's bundle) and the frozen app signs in (the token goes to a real Secret
    Service keyring when gnome-keyring is installed), syncs, downloads the slides PDF and the sample video,
    opens the PDF, plays the video's first second, reads the token back from the keyring, runs a quiz and
    syncs the attempt to the portal."""
    exe = app / (NAME + (".exe" if sys.platform == "win32" else ""))
    data = BUILD / "smoke-data"
    shutil.rmtree(data, ignore_errors=True)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    command = [str(exe), "--self-test", "--data-dir", str(data)]
    portal = None
    stdin = None
    try:
        if full:
            port = _free_port()
            portal_dir = BUILD / "smoke-portal"
            shutil.rmtree(portal_dir, ignore_errors=True)
            portal = subprocess.Popen([sys.executable, "-m", "companion_portal", "--demo", "--port", str(port),
                                       "--data-dir", str(portal_dir)], cwd=ROOT, stdout=subprocess.DEVNULL,
                                      stderr=subprocess.PIPE, text=True)
            _wait_for_port(port, portal)
            command += ["--self-test-portal", f"http://127.0.0.1:{port}", "--self-test-login", "demo"]
            stdin = "caring-cities\n"
            if shutil.which("gnome-keyring-daemon") and shutil.which("dbus-run-session"):
                # a session bus with an unlocked login keyring, as on a participant's desktop
                command = ["dbus-run-session", "--", "sh", "-c",
                           'printf "smoke\\n" | gnome-keyring-daemon --unlock --components=secrets >/dev/null && '
                           'exec "$@"', "sh", *command]
                env.pop("PYTHON_KEYRING_BACKEND", None)
            else:
                print("gnome-keyring is not installed: the token stays in memory (keyring read not tested)")
                env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"
        else:
            env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.null.Keyring"
        started = time.perf_counter()
        result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300, input=stdin)
        seconds = time.perf_counter() - started
    finally:
        if portal is not None:
            portal.terminate()
            portal.wait(10)
    lines = [line for line in (result.stderr or "").strip().splitlines() if line.startswith("self-test")]
    if result.returncode != 0:
        raise SystemExit(f"smoke test failed (exit {result.returncode}):\n" + (result.stderr or "")[-3000:])
    print(f"smoke test passed in {seconds:.1f} s:")
    for line in lines:
        print("  " + line)
    return seconds


def _wait_for_port(port: int, process: subprocess.Popen, seconds: float = 120) -> None:
    import socket

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit("the demo portal did not start:\n" + process.stderr.read()[-2000:])
        with socket.socket() as sock:
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.2)
    raise SystemExit("the demo portal did not start in time")


def carry_update_root(app: Path, repo: Path) -> Path:
    """The repository's current root metadata into the app (resources/updates/root.json): the one thing
    an installed app trusts to verify updates; later key rotations reach it through the repository."""
    from companion.updates.client import BUNDLED_ROOT

    target = app / "_internal" / "resources" / BUNDLED_ROOT
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(repo / "metadata" / "root.json", target)
    return target


def publish(app: Path, ver: str, repo: Path, keys: Path, notes: list[str]) -> dict:
    """Add the app folder to the update repository: its archive, a patch from the previous build, the
    release notes (LANG=FILE), then re-signed targets, snapshot and timestamp."""
    from companion.updates.client import platform_tag
    from companion.updates.publish import Repository, read_notes

    if not (app / "_internal" / "resources" / "updates" / "root.json").is_file():
        carry_update_root(app, repo)
    report = Repository(repo, keys).add_build(app, ver, platform_tag(), read_notes(notes))
    patch = f", patch from {report['patch_from']} {report['patch_bytes'] / 1e3:.0f} kB" if "patch" in report else ""
    print(f"published {ver} to {repo}: archive {report['archive_bytes'] / 1e6:.1f} MB{patch}")
    return report


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--smoke", action="store_true", help="run the frozen app's --self-test after building")
    parser.add_argument("--smoke-full", action="store_true", help="... against the demo portal: sign in, sync, "
                        "download, open a PDF, play a video, read the keyring, run a quiz")
    parser.add_argument("--report", action="store_true", help="print sizes: download, on disk, per group and "
                                                              "the ten largest parts")
    parser.add_argument("--no-build", action="store_true", help="use the app already in dist/ (with --report "
                                                                "or --smoke)")
    parser.add_argument("--no-package", action="store_true", help="stop after the one-folder app")
    parser.add_argument("--version", dest="build_version", metavar="VERSION",
                        help="the version this build installs as (default: pyproject.toml's)")
    parser.add_argument("--publish", type=Path, metavar="REPO_DIR", help="add this build to the TUF update "
                        "repository REPO_DIR (made with `python -m companion.updates.publish init`), with a "
                        "binary patch from the previous build; the app carries the repository's root of trust")
    parser.add_argument("--update-keys", type=Path, metavar="KEYS_DIR", help="the repository's signing keys "
                        "(targets, snapshot, timestamp; default $COMPANION_UPDATE_KEYS)")
    parser.add_argument("--notes", action="append", default=[], metavar="LANG=FILE", help="release notes of this "
                        "build in one language (repeat per language)")
    parser.add_argument("--update-url", metavar="URL", help="the update repository built into the app "
                        "(Settings and COMPANION_UPDATE_URL override it)")
    parser.add_argument("--update-root", metavar="ROOT_JSON", type=Path, help="the update repository's root "
                        "metadata (1.root.json): the root of trust the app checks updates against")
    args = parser.parse_args()
    keys = args.update_keys or (Path(os.environ["COMPANION_UPDATE_KEYS"]) if os.environ.get("COMPANION_UPDATE_KEYS")
                                else None)
    if args.publish and (keys is None or not (args.publish / "metadata" / "root.json").is_file()):
        raise SystemExit("--publish needs a repository made by `python -m companion.updates.publish init REPO KEYS` "
                         "and its keys (--update-keys or COMPANION_UPDATE_KEYS)")
    ver = args.build_version or version()
    app = DIST / NAME
    package = DIST / f"companion-{ver}-linux-{platform.machine()}.tar.xz"
    if not args.no_build:
        if importlib.util.find_spec("PyInstaller") is None:
            raise SystemExit('PyInstaller is missing: pip install -e ".[installer]"')
        entry = BUILD / "companion_entry.py"
        BUILD.mkdir(exist_ok=True)
        entry.write_text("import sys\nfrom companion.cli import main\nsys.exit(main())\n", encoding="utf-8")
        started = time.perf_counter()
        app = pyinstaller(entry)
        collected = folder_size(app)
        pruned = prune(app)
        pruned["ICU data of other languages, converters"] = trim_icu(app)
        pruned["QtQuick/QtQml (link shims instead)"] = shim_qtquick(app)
        pruned["private copies of desktop libraries (link shims instead)"] = shim_private_copies(app)
        stripped = strip(app)
        pruned["compiled modules with a pure-Python twin"] = pure_python(app)  # after strip: bytes of stripped .so
        print(f"built {app} in {time.perf_counter() - started:.0f} s: PyInstaller collected {collected / 1e6:.0f} MB; "
              f"left out " + ", ".join(f"{why} {n / 1e6:.1f} MB" for why, n in pruned.items())
              + f"; debug symbols stripped {stripped / 1e6:.1f} MB; now {folder_size(app) / 1e6:.0f} MB")
        bake_update_settings(app, ver, args.update_url, args.update_root)
        gaps = missing_libraries(app)
        if gaps:
            raise SystemExit("libraries the bundle needs but does not carry:\n" + "\n".join(
                f"  {lib} (needed by {', '.join(users[:3])})" for lib, users in sorted(gaps.items())))
        broken = [str(p.relative_to(app)) for p in app.rglob("*.so*") if p.is_file() and not p.is_symlink()
                  and is_elf(p) and not loadable_layout(p)]
        if broken:
            raise SystemExit("libraries the loader would refuse (segments not page-aligned):\n  " + "\n  ".join(broken))
        if args.publish:
            carry_update_root(app, args.publish)
        if not args.no_package:
            if sys.platform.startswith("linux"):
                package = archive(app, ver)
                print(f"package {package.name}: {package.stat().st_size / 1e6:.1f} MB")
            else:
                print("on this platform the one-folder app is the result; wrap it with the platform's installer tools")
    elif not app.is_dir():
        raise SystemExit(f"{app} does not exist: build it first (python build_installer.py)")
    if args.report:
        print_report(app, package)
    if args.smoke or args.smoke_full:
        smoke(app, full=args.smoke_full)
    if args.publish:
        publish(app, ver, args.publish, keys, args.notes)
    return 0


if __name__ == "__main__":
    sys.exit(main())
