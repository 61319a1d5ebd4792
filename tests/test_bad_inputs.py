"""Issue 15 part 5: the app against bad files, bad arguments and a lying or broken server.

Every case is refused with one sentence naming the fault (through ``companion.ui.words``), with a
non-zero exit on the command line and no traceback, and the participant's draft and outbox are
intact afterwards. The servers here are tiny stdlib ``http.server``s on 127.0.0.1 that misbehave
on purpose; none of them ever sees the portal's token.
"""

from __future__ import annotations

import gzip
import json
import os
import shutil
import socket
import threading
import zlib
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from PIL import Image

from companion import cli
from companion.app import build_app
from companion.domain.errors import CompanionError
from companion.portal.client import PortalClient, PortalError
from companion.ui import words

from .conftest import SAMPLE

COURSE = "caring-cities-2023"
DRAFT = "My essay draft: lessons for my city."
PLAN = "Plan: one caring street per district."


# ---- the participant's work, seeded before each bad input and checked after it ----
def seed(data_dir: Path, clock) -> str:
    app = build_app(data_dir, clock=clock)
    try:
        app.assignments.save_draft(COURSE, "essay", {"text": DRAFT})
        app.assignments.save_draft(COURSE, "action-plan", {"text": PLAN})
        photo = data_dir.parent / "kept-selfie.jpg"
        Image.effect_noise((640, 480), 40).convert("RGB").save(photo, "JPEG")
        app.assignments.add_photo(COURSE, "selfies", photo)
        return app.assignments.submit(COURSE, "action-plan").id
    finally:
        app.close()


def assert_work_intact(data_dir: Path, clock, record_id: str) -> None:
    app = build_app(data_dir, clock=clock)
    try:
        assert app.assignments.draft(COURSE, "essay").body.get("text") == DRAFT
        selfies = app.assignments.draft(COURSE, "selfies").files
        assert [f.filename for f in selfies] == ["kept-selfie.jpg"]
        assert app.assignments.file_path(selfies[0]).is_file()
        items = {item.id: item for item in app.outbox.items(COURSE)}
        assert record_id in items and items[record_id].body.get("text") == PLAN
    finally:
        app.close()


@pytest.fixture
def work(data_dir, clock):
    record_id = seed(data_dir, clock)
    yield data_dir
    assert_work_intact(data_dir, clock, record_id)


def run_cli(data_dir: Path, *args: str, capsys) -> tuple[int, str]:
    try:
        code = cli.main(["--data-dir", str(data_dir), *args])
    except SystemExit as exc:  # argparse refuses an argument before the app opens
        code = exc.code
    out = capsys.readouterr()
    return code, out.err


def one_sentence(err: str) -> str:
    assert "Traceback" not in err and "unexpected error" not in err, err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("companion: "), err
    return lines[0]


# ---- course packages through `companion courses add` ----
def _json_edit(edit):
    def apply(package: Path) -> None:
        path = package / "course.json"
        data = json.loads(path.read_text(encoding="utf-8"))
        edit(data)
        path.write_text(json.dumps(data), encoding="utf-8")
    return apply


def _truncate(package: Path) -> None:
    path = package / "course.json"
    path.write_bytes(path.read_bytes()[:500])


def _binary(package: Path) -> None:
    (package / "course.json").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\xff\xfe")


def _empty(package: Path) -> None:
    (package / "course.json").write_bytes(b"")


def _not_object(package: Path) -> None:
    (package / "course.json").write_text("[1, 2, 3]", encoding="utf-8")


def _drop_notes(package: Path) -> None:
    shutil.rmtree(package / "notes")


def _first_single(data):
    for quiz in data["quizzes"]:
        for q in quiz["questions"]:
            if q.get("type") == "single_choice":
                return q
    raise AssertionError("no single-choice question")


def _answer_not_option(data):
    q = _first_single(data)
    q["options"] = ["A", "B"]


PACKAGES = {
    "truncated JSON": (_truncate, "course.json"),
    "binary instead of JSON": (_binary, "course.json"),
    "empty course.json": (_empty, "course.json"),
    "JSON that is not an object": (_not_object, "course.json"),
    "no title": (_json_edit(lambda d: d.pop("title")), "title"),
    "title is a number": (_json_edit(lambda d: d.update(title=42)), "title"),
    "unknown format": (_json_edit(lambda d: d.update(format="companion-course/99")), "format"),
    "unknown course time zone": (_json_edit(lambda d: d.update(time_zone="Mars/Olympus")), "Mars/Olympus"),
    "bad start date": (_json_edit(lambda d: d.update(starts_on="2023-13-45")), "starts_on"),
    "answer key not among the options": (_json_edit(_answer_not_option), "option"),
    "notes folder missing": (_drop_notes, "notes"),
}


@pytest.mark.parametrize("name", list(PACKAGES))
def test_a_bad_course_package_is_refused_by_name(name, work, sample_copy, capsys):
    breaker, named = PACKAGES[name]
    breaker(sample_copy)
    code, err = run_cli(work, "courses", "add", str(sample_copy), capsys=capsys)
    line = one_sentence(err)
    assert code == cli.EXIT_ERROR
    assert named.lower() in line.lower(), line


def test_html_in_a_title_is_kept_as_plain_text_never_markup(work, sample_copy, capsys, clock):
    """Not a refusal: a title is text; it is kept literally (the UI shows it as plain text)."""
    title = "<b>Caring</b> <script>alert(1)</script>"
    _json_edit(lambda d: d.update(title=title, version=d["version"] + 1 if isinstance(d["version"], int) else d["version"]))(sample_copy)
    code, _ = run_cli(work, "courses", "add", str(sample_copy), capsys=capsys)
    app = build_app(work, clock=clock)
    try:
        assert code == cli.EXIT_OK and app.library.course(COURSE).title == title
    finally:
        app.close()


# ---- command-line arguments ----
ARGUMENTS = {
    "unknown time zone for status": (("status", "--tz", "Mars/Olympus"), "Mars/Olympus"),
    "unknown time zone for schedule": (("schedule", "--tz", "Europe/Atlantis"), "Europe/Atlantis"),
    "unknown course": (("status", "--course", "no-such-course"), "no-such-course"),
    "unknown assignment": (("submit", "no-such-work", "--course", COURSE), "no-such-work"),
    "http portal off loopback": (("login", "--portal", "http://portal.example.org", "--login", "ana",
                                  "--password-stdin"), "http"),
    "portal address that is not a URL": (("login", "--portal", "not a url", "--login", "ana", "--password-stdin"),
                                         "not a url"),
    "missing essay file for submit": (("submit", "essay", "--text-file", "/nonexistent/essay.txt"), "essay.txt"),
    "missing photo for submit": (("submit", "selfies", "--file", "/nonexistent/me.jpg"), "me.jpg"),
    "missing survey answers file": (("submit", "survey", "--answers-file", "/nonexistent/answers.json"),
                                    "answers.json"),
    "unknown material to download": (("download", "no-such-material"), "no-such-material"),
    "unknown session to attend": (("attend", "no-such-session"), "no-such-session"),
    "negative search limit": (("search", "city", "--limit", "-5"), "-5"),
    "negative bandwidth cap": (("download", "--limit-kbit", "-100"), "-100"),
}


@pytest.mark.parametrize("name", list(ARGUMENTS))
def test_a_bad_argument_is_one_sentence_and_a_non_zero_exit(name, work, capsys, monkeypatch):
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.StringIO("secret-pw\n"))
    args, named = ARGUMENTS[name]
    code, err = run_cli(work, *args, capsys=capsys)
    line = one_sentence(err)
    assert code == cli.EXIT_ERROR
    assert named.lower() in line.lower(), line


# ---- photos and essays handed to `companion submit` ----
def _huge(path: Path) -> None:
    with path.open("wb") as f:
        f.write(b"\xff\xd8\xff\xe0")
        f.truncate(61_000_000)  # sparse: larger than any photo Companion takes


def _truncated_jpeg(path: Path) -> None:
    Image.effect_noise((800, 600), 40).convert("RGB").save(path, "JPEG")
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 3])


def _bomb(path: Path) -> None:
    Image.new("1", (20_000, 20_000)).save(path, "PNG")  # a few kB that would be 400 million pixels


def _not_image(path: Path) -> None:
    path.write_text("Dear diary, this is not a photo.", encoding="utf-8")


def _zero(path: Path) -> None:
    path.write_bytes(b"")


PHOTOS = {
    "huge file": (_huge, "too large"),
    "truncated JPEG": (_truncated_jpeg, "not a picture"),
    "decompression bomb": (_bomb, "not a picture"),
    "text file named .jpg": (_not_image, "not a picture"),
    "zero-byte file": (_zero, "not a picture"),
}


@pytest.mark.parametrize("name", list(PHOTOS))
def test_a_bad_photo_is_refused_by_name_and_the_draft_keeps_its_photos(name, work, tmp_path, capsys):
    make, named = PHOTOS[name]
    bad = tmp_path / "holiday.jpg"
    make(bad)
    code, err = run_cli(work, "submit", "selfies", "--file", str(bad), capsys=capsys)
    line = one_sentence(err)
    assert code == cli.EXIT_ERROR
    assert "holiday.jpg" in line and named in line, line


def _essay_binary(path: Path) -> None:
    path.write_bytes(b"\x00\x01\xff\xfe\x89PNG" * 100)


def _essay_huge(path: Path) -> None:
    path.write_text("city " * 700, encoding="utf-8")  # the essay's limit is 600 words


def _essay_empty(path: Path) -> None:
    path.write_text("  \n\t\n", encoding="utf-8")


ESSAYS = {
    "binary content": (_essay_binary, "UTF-8"),
    "over the word limit": (_essay_huge, "700 words; the limit is 600"),
    "empty": (_essay_empty, "empty"),
}


@pytest.mark.parametrize("name", list(ESSAYS))
def test_a_bad_essay_is_refused_by_name_and_the_draft_is_not_overwritten(name, work, tmp_path, capsys):
    make, named = ESSAYS[name]
    bad = tmp_path / "essay.txt"
    make(bad)
    code, err = run_cli(work, "submit", "essay", "--text-file", str(bad), capsys=capsys)
    line = one_sentence(err)
    assert code == cli.EXIT_ERROR
    assert named in line, line
