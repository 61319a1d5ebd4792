"""Damaged and hostile course files (issue 20, point 3): each refused with one short sentence naming
the fault, nothing left behind (no folder, no row, no file), the installed course untouched.

The files are written here with the standard library's zipfile and json (not by our writer), with
course.json and bundle.json consistent so that only the fault under test can refuse them."""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path

import pytest

from companion.domain import bundle as b
from companion.domain.bundle import BundleError
from companion.domain.errors import CourseError
from companion.services.course_package import load_package
from companion.ui.words import bundle_refused

from .conftest import SAMPLE

COURSE = "caring-cities-2023"
MANIFEST = json.loads((SAMPLE / "course.json").read_text(encoding="utf-8"))


def _ccb(path: Path, course: bytes, *, index_changes=None, extra=()) -> Path:
    """A bundle holding only ``course`` as course.json (listed with its true sha256) and ``extra``."""
    files = [{"path": b.COURSE, "size": len(course), "sha256": hashlib.sha256(course).hexdigest()}]
    index = {"format": b.FORMAT, "format_version": 1, "course_id": COURSE, "course_version": 1,
             "created_by": "a hostile test", "files": files}
    index.update(index_changes or {})
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr(b.COURSE, course)
        for info, data in extra:
            zf.writestr(info, data)
        zf.writestr(b.INDEX, json.dumps(index))
    return path


def _manifest(**changes) -> bytes:
    return json.dumps({**MANIFEST, **changes}).encode()


def _refused(app, path, code):
    before = app.store.get_course(COURSE)
    with pytest.raises(BundleError) as caught:
        app.bundles.import_file(path)
    message = bundle_refused(caught.value)
    assert caught.value.code == code, message
    assert message.startswith("Nothing was imported.") and len(message) < 400, message  # short, never a megabyte
    assert not any(ord(c) < 32 or c in "\u202e\u2066" for c in message)
    assert not list((app.data_dir / ".incoming").iterdir())  # nothing left behind
    assert app.store.get_course(COURSE) == before and app.library.course(COURSE).version == 1
    assert not (app.data_dir / "materials").exists()
    return message


def test_deeply_nested_course_json(app, tmp_path):
    message = _refused(app, _ccb(tmp_path / "deep.ccb", b'{"a":' * 200_000 + b"1" + b"}" * 200_000), b.BAD_COURSE)
    assert "course.json" in message and "64" in message  # the limit it went past


def test_a_version_with_five_thousand_digits(app, tmp_path):
    raw = _manifest(version=1).replace(b'"version": 1', b'"version": ' + b"9" * 5000)
    message = _refused(app, _ccb(tmp_path / "huge.ccb", raw), b.BAD_COURSE)
    assert "course.json" in message and "9" * 30 not in message


@pytest.mark.parametrize("version", [0, -3, 2**31, 10**20])
def test_an_out_of_range_course_version(app, tmp_path, version):
    _refused(app, _ccb(tmp_path / "v.ccb", _manifest(version=version), index_changes={"course_version": version}),
             b.BAD_INDEX)


@pytest.mark.parametrize("changes", [{"format_version": 0}, {"format_version": True},
                                     {"files": [{"path": b.COURSE, "size": 10**15, "sha256": "0" * 64}]}])
def test_an_index_with_absurd_numbers(app, tmp_path, changes):
    _refused(app, _ccb(tmp_path / "i.ccb", _manifest(), index_changes=changes), b.BAD_INDEX)


def test_an_overlong_title_is_refused_without_quoting_it(app, tmp_path):
    message = _refused(app, _ccb(tmp_path / "long.ccb", _manifest(title="T" * 1_000_000)), b.BAD_COURSE)
    assert "T" * 200 not in message


def test_a_course_json_that_is_not_utf8(app, tmp_path):
    message = _refused(app, _ccb(tmp_path / "latin.ccb", json.dumps({**MANIFEST, "title": "Caf\u00e9"}, ensure_ascii=False).encode("latin-1")),
                       b.BAD_COURSE)
    assert "utf" in message.lower()


def test_an_entry_name_with_bidi_overrides_and_a_long_tail_is_shown_plain_and_cut(app, tmp_path):
    name = "materials/\u202eexe.pdf" + "x" * 300
    message = _refused(app, _ccb(tmp_path / "bidi.ccb", _manifest(), extra=[(name, b"data")]), b.UNLISTED)
    assert "exe.pdf" in message and "x" * 250 not in message


def test_an_entry_name_that_is_not_utf8(app, tmp_path):
    info = zipfile.ZipInfo("materials/caf\udce9.pdf".encode("utf-8", "surrogateescape").decode("cp437"))
    _refused(app, _ccb(tmp_path / "name.ccb", _manifest(), extra=[(info, b"data")]), b.UNLISTED)


@pytest.mark.parametrize("raw, words", [
    (b"[" * 100_000, "too deep"),
    (b'{"version": ' + b"7" * 4400 + b"}", "number too long"),
    (b"\xff\xfe{}", "UTF-8"),
])
def test_a_course_folder_with_a_hostile_course_json(tmp_path, raw, words):
    folder = tmp_path / "package"
    folder.mkdir()
    (folder / "course.json").write_bytes(raw)
    with pytest.raises(CourseError) as caught:
        load_package(folder)
    assert words in str(caught.value) and len(str(caught.value)) < 400


def test_a_course_folder_with_an_overlong_title(tmp_path):
    folder = tmp_path / "package"
    folder.mkdir()
    (folder / "course.json").write_bytes(_manifest(title="Q" * 2_000_000))
    with pytest.raises(CourseError) as caught:
        load_package(folder)
    assert len(str(caught.value)) < 400 and "Q" * 200 not in str(caught.value)
