"""build_installer.py's own steps on real files: stripping keeps the wheel's FFmpeg libraries loadable
(a plain GNU strip broke them, and video stopped working in the frozen app) and the ICU trim keeps
exactly the data trees whose functions the bundle calls."""

from __future__ import annotations

import ctypes
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT

sys.path.insert(0, str(ROOT))
import build_installer as bi  # noqa: E402


def ffmpeg_libs() -> list[Path]:
    import PySide6

    lib = Path(PySide6.__file__).parent / "Qt" / "lib"
    libs = sorted(p for p in lib.glob("lib[as][vw]*.so.*") if p.name.count(".") == 2)  # libavformat.so.63, ...
    assert libs, f"no FFmpeg libraries in {lib}"
    return libs


def test_strip_keeps_the_ffmpeg_libraries_loadable(tmp_path):
    assert shutil.which("strip"), "binutils is missing: make test-deps installs it"
    app = tmp_path / "Companion"
    internal = app / "_internal"
    internal.mkdir(parents=True)
    for lib in ffmpeg_libs():
        shutil.copy2(lib, internal / lib.name)
        assert bi.loadable_layout(internal / lib.name)
    avformat = next(internal.glob("libavformat.so.*"))
    plain = tmp_path / "plain-strip.so"
    subprocess.run(["strip", "--strip-unneeded", "-o", str(plain), str(avformat)], check=True)
    assert not bi.loadable_layout(plain)  # what broke video: the loader refuses such a file
    with pytest.raises(OSError, match="page-aligned|ELF"):
        ctypes.CDLL(str(plain))

    bi.strip(app)
    for lib in internal.iterdir():
        assert bi.loadable_layout(lib), lib.name
    probe = "import ctypes, sys; ctypes.CDLL(sys.argv[1]); print('loaded')"
    loaded = subprocess.run([sys.executable, "-c", probe, str(avformat)], capture_output=True, text=True,
                            cwd=internal, env={"LD_LIBRARY_PATH": f"{internal}:{ffmpeg_libs()[0].parent}"})
    assert loaded.stdout.strip() == "loaded", loaded.stderr


def test_icu_keeps_the_shipped_languages_and_the_trees_qt_calls():
    items = ["coll/ko.res", "coll/es.res", "coll/fr.res", "coll/root.res", "coll/ucadata.icu", "zone/ko.res",
             "zone/de.res", "brkitr/cjdict.dict", "brkitr/en.res", "rbnf/es.res", "curr/pool.res", "unit/ko.res",
             "unames.icu", "confusables.cfu", "ibm-943_P15A-2003.cnv", "translit/root.res", "cnvalias.icu",
             "likelySubtags.res", "root.res", "es.res", "pt.res"]
    qt = {"ucol_open", "ucol_strcoll", "ucnv_open", "ucal_open", "ucal_getTimeZoneDisplayName", "u_strToUpper"}
    dropped = set(bi.icu_items_to_drop(items, qt))
    assert dropped == {"coll/fr.res", "zone/de.res", "brkitr/cjdict.dict", "brkitr/en.res", "rbnf/es.res",
                       "curr/pool.res", "unit/ko.res", "unames.icu", "confusables.cfu", "ibm-943_P15A-2003.cnv",
                       "translit/root.res", "pt.res"}
    # a Qt that breaks words with ICU keeps the break iterators of the shipped languages
    kept = set(items) - set(bi.icu_items_to_drop(items, qt | {"ubrk_open"}))
    assert {"brkitr/cjdict.dict", "brkitr/en.res"} <= kept
    # without knowing what is called, only languages, converters and transliteration go
    assert set(bi.icu_items_to_drop(items)) == {"coll/fr.res", "zone/de.res", "ibm-943_P15A-2003.cnv",
                                                 "translit/root.res", "pt.res"}


def test_prune_keeps_qt_own_translations_of_the_shipped_languages(tmp_path):
    """The frozen app keeps qtbase_es.qm and qtbase_ko.qm (Qt's dialogs in Spanish and Korean)."""
    translations = tmp_path / "_internal" / "PySide6" / "Qt" / "translations"
    translations.mkdir(parents=True)
    for name in ("qtbase_es.qm", "qtbase_ko.qm", "qtbase_de.qm", "qtbase_fr.qm"):
        (translations / name).write_bytes(b"x" * 10)
    bi.prune(tmp_path)
    assert sorted(p.name for p in translations.iterdir()) == ["qtbase_es.qm", "qtbase_ko.qm"]


def test_pillow_private_libxcb_becomes_a_shim_on_the_desktop_one(tmp_path):
    """Pillow's own libxcb copy (and the libXau it brings) give way to a link shim on the desktop's
    libxcb.so.1, and Pillow's real _imaging module still loads, its xcb_* functions found there."""
    import PIL

    assert shutil.which("gcc") and shutil.which("readelf"), "gcc/binutils are missing: make test-deps installs them"
    wheel = Path(PIL.__file__).parent
    internal = tmp_path / "_internal"
    shutil.copytree(wheel.parent / "pillow.libs", internal / "pillow.libs")
    (internal / "PIL").mkdir()
    imaging = next(wheel.glob("_imaging.cpython-*.so"))
    shutil.copy2(imaging, internal / "PIL" / imaging.name)
    copy = next((internal / "pillow.libs").glob("libxcb-*.so*"))
    xau = [p.name for p in (internal / "pillow.libs").glob("libXau-*")]
    assert xau and xau[0] in bi.needed(copy)
    (internal / "libxcb-link.so").symlink_to(Path("pillow.libs") / copy.name)  # as PyInstaller links them
    (internal / "libXau-link.so").symlink_to(Path("pillow.libs") / xau[0])

    saved = bi.shim_private_copies(tmp_path)

    assert saved > 1_000_000
    assert bi.needed(copy) == ["libxcb.so.1"] and copy.stat().st_size < 20_000
    assert bi.soname(copy) == copy.name
    assert not (internal / "pillow.libs" / xau[0]).exists() and not (internal / "libXau-link.so").is_symlink()
    probe = ("import ctypes, sys; lib = ctypes.CDLL(sys.argv[1]); ctypes.CDLL('libxcb.so.1').xcb_connect; "
             "print('loaded')")
    loaded = subprocess.run([sys.executable, "-c", probe, str(internal / "PIL" / imaging.name)],
                            capture_output=True, text=True)
    assert loaded.stdout.strip() == "loaded", loaded.stderr


def test_prune_keeps_the_korean_codecs_and_drops_other_cjk_ones(tmp_path):
    dynload = tmp_path / "_internal" / "python3.11" / "lib-dynload"
    dynload.mkdir(parents=True)
    names = [f"_codecs_{c}.cpython-311-x86_64-linux-gnu.so" for c in ("jp", "cn", "hk", "tw", "kr", "iso2022")]
    names.append("_multibytecodec.cpython-311-x86_64-linux-gnu.so")
    for name in names:
        (dynload / name).write_bytes(b"x" * 10)
    removed = bi.prune(tmp_path)
    assert sorted(p.name.split(".")[0] for p in dynload.iterdir()) == ["_codecs_iso2022", "_codecs_kr",
                                                                     "_multibytecodec"]
    assert removed["CJK codecs but Korean, benchmark data"] == 40
