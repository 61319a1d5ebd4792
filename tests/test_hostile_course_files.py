"""Damaged and hostile course files: each refused by `companion courses add` with one short sentence
naming the fault (a long value cut, never quoted back whole), exit 1 or 2, and nothing left behind:
no course folder, no course row."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from .conftest import ROOT

SAMPLE = ROOT / "resources" / "courses" / "caring-cities-2023"


def run(data_dir, *args):
    env = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES")}
    env["LANG"] = "C.UTF-8"
    return subprocess.run([sys.executable, "-m", "companion", "--data-dir", str(data_dir), *args],
                          capture_output=True, text=True, timeout=120, env=env, cwd=ROOT)


def manifest() -> dict:
    return json.loads((SAMPLE / "course.json").read_text(encoding="utf-8"))


def folder_with(tmp_path: Path, text: str | bytes) -> Path:
    folder = tmp_path / "package"
    folder.mkdir()
    (folder / "course.json").write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    return folder


def with_value(**changes) -> str:
    return json.dumps(dict(manifest(), id="hostile-course", **changes))


def long_path_manifest() -> str:
    data = dict(manifest(), id="hostile-course")
    data["lectures"][0]["materials"][0]["variants"][0]["path"] = "a/" * 5000 + "x.pdf"
    return json.dumps(data)


CASES = {
    "nested arrays 100,000 deep": ("[" * 100_000 + "]" * 100_000, "is nested too deep"),
    "nested objects 5,000 deep": ('{"a":' * 5000 + "1" + "}" * 5000, "is nested too deep"),
    "a 5,000-digit version": (with_value(version=1).replace('"version": 1', '"version": ' + "9" * 5000),
                              "holds a number too long to be one"),
    "a version past any store": (with_value(version=2**40), "is greater than the maximum of 2147483647"),
    "a float version": (with_value(version=1e308), "is greater than the maximum of 2147483647"),
    "a negative version": (with_value(version=-3), "is less than the minimum of 1"),
    "a 200,000-character title": (with_value(title="A" * 200_000), "at title: is longer than"),
    "not UTF-8": (b'{"id": "x", "title": "\xff\xfe caf\xe9"}', "is not UTF-8 text"),
    "not JSON": ("course: yes", "is not valid JSON"),
    "a list, not an object": ("[1, 2]", "must hold a JSON object"),
    "a 10,000-character material path": (long_path_manifest(), "…"),
}


def assert_nothing_left(data_dir: Path) -> None:
    listed = json.loads(run(data_dir, "courses", "--json").stdout)
    assert [c["id"] for c in listed] == ["caring-cities-2023"]
    courses = data_dir / "courses"
    if courses.exists():
        assert {p.name for p in courses.iterdir()} <= {"caring-cities-2023"}


@pytest.mark.parametrize("case", list(CASES))
def test_a_hostile_course_folder_is_refused_with_one_short_sentence(tmp_path, data_dir, case):
    text, expected = CASES[case]
    out = run(data_dir, "courses", "add", str(folder_with(tmp_path, text)))
    assert out.returncode in (1, 2), out.stderr
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1 and expected in lines[0], out.stderr
    assert len(lines[0]) < 600 and "unexpected error" not in lines[0] and "Traceback" not in out.stderr
    assert_nothing_left(data_dir)


def zipped(tmp_path: Path, members: dict[bytes | str, bytes]) -> Path:
    out = tmp_path / "course.ccb"
    with zipfile.ZipFile(out, "w") as zf:
        for name, data in members.items():
            info = zipfile.ZipInfo(name if isinstance(name, str) else name.decode("latin-1"))
            zf.writestr(info, data)
    if any(isinstance(n, bytes) for n in members):  # write the raw (non-UTF-8) name bytes as they were given
        raw = out.read_bytes()
        for name in members:
            if isinstance(name, bytes):
                raw = raw.replace(name.decode("latin-1").encode("cp437", "replace"), name)
        out.write_bytes(raw)
    return out


@pytest.mark.parametrize("name, expected", [
    (b"notes/caf\xe9\xff.pdf", ""),
    ("x/" * 400 + "deep.pdf", ""),
    ("../../outside.txt", ""),
])
def test_a_course_file_with_a_hostile_member_name_is_refused(tmp_path, data_dir, name, expected):
    bundle = zipped(tmp_path, {"companion-bundle.json": b"{}", name: b"data"})
    out = run(data_dir, "courses", "add", str(bundle))
    assert out.returncode in (1, 2), out.stderr
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1 and len(lines[0]) < 600 and "unexpected error" not in lines[0], out.stderr
    assert_nothing_left(data_dir)
