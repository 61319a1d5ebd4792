"""The companion command, run as a participant would run it (a real process)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from companion import __version__


def run(data_dir, *args, input_text=None, lang="C.UTF-8"):
    env = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES")}
    env["LANG"] = lang
    return subprocess.run([sys.executable, "-m", "companion", "--data-dir", str(data_dir), *args],
                          capture_output=True, text=True, timeout=120, input=input_text, env=env)


def test_the_command_line_speaks_the_participants_language(data_dir):
    """The environment's language, or the app's language setting, is what the CLI prints in."""
    out = run(data_dir, "courses", "shift", "caring-cities-2023", "--start-week", "2026-11-25", lang="es_ES.UTF-8")
    assert out.returncode == 0 and "se ha movido 177 semanas" in out.stdout, out.stdout
    bad = run(data_dir, "status", "--course", "nope", lang="ko_KR.UTF-8")
    assert bad.returncode == 2 and "'nope' 과정이 없습니다." in bad.stderr, bad.stderr
    english = run(data_dir, "courses", "shift", "caring-cities-2023", "--reset")
    assert "is back on its published dates" in english.stdout


def test_version(data_dir):
    out = run(data_dir, "--version")
    assert out.returncode == 0 and out.stdout.strip() == f"companion {__version__}"


def test_courses_list_and_json(data_dir):
    out = run(data_dir, "courses")
    assert out.returncode == 0 and "caring-cities-2023" in out.stdout
    listed = json.loads(run(data_dir, "courses", "--json").stdout)
    assert listed[0]["id"] == "caring-cities-2023" and listed[0]["starts_on"] == "2023-07-03"


def test_shift_then_status_json(data_dir):
    out = run(data_dir, "courses", "shift", "caring-cities-2023", "--start-week", "2026-11-25")
    assert out.returncode == 0 and "177 weeks" in out.stdout
    status = json.loads(run(data_dir, "status", "--json", "--tz", "Asia/Seoul").stdout)
    assert status["course"]["shift_weeks"] == 177
    assert status["course"]["starts_on"] == "2026-11-23"
    quiz = status["quizzes"][0]
    assert set(quiz) == {"id", "title", "due", "attempts", "best_score", "passed"}
    assert quiz["due"] == "2026-12-09T22:59:00Z"  # Wed 23:59 in Madrid (CET) is 22:59 UTC
    assert quiz["attempts"] == 0 and quiz["best_score"] is None and quiz["passed"] is False
    assert status["eligible"] is False and status["required"] == 11
    kinds = {i["kind"] for i in status["items"]}
    assert kinds == {"live_session", "quiz", "assignment"}
    assert isinstance(status["outbox"], dict)


def test_status_text(data_dir):
    out = run(data_dir, "status", "--tz", "Asia/Seoul")
    assert out.returncode == 0
    assert "Quizzes" in out.stdout and "Thu 20 Jul 2023 06:59 KST (your time)" in out.stdout


def test_attend(data_dir):
    assert run(data_dir, "attend", "orientation").returncode == 0
    status = json.loads(run(data_dir, "status", "--json").stdout)
    assert next(i for i in status["items"] if i["id"] == "orientation")["state"] == "done"


def test_errors_are_one_sentence_without_traceback(data_dir, tmp_path):
    broken = tmp_path / "broken"
    broken.mkdir()
    (broken / "course.json").write_text('{"format": "companion-course/1", "id": "x"', encoding="utf-8")
    for args in (("courses", "add", str(broken)), ("status", "--course", "nope"), ("status", "--tz", "Mars/Olympus"),
                 ("courses", "add", str(tmp_path / "nowhere"))):
        out = run(data_dir, *args)
        assert out.returncode == 2, args
        assert "Traceback" not in out.stderr
        lines = out.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("companion: "), out.stderr
    assert "course.json" in run(data_dir, "courses", "add", str(broken)).stderr
    assert "Mars/Olympus" in run(data_dir, "status", "--tz", "Mars/Olympus").stderr


def test_data_dir_from_environment(tmp_path):
    import os

    folder = tmp_path / "env-data"
    env = dict(os.environ, COMPANION_DATA_DIR=str(folder))
    out = subprocess.run([sys.executable, "-m", "companion", "courses"], capture_output=True, text=True, env=env,
                         timeout=120)
    assert out.returncode == 0 and (folder / "companion.sqlite3").is_file()


def test_zones_are_named_as_people_know_them_in_every_language(data_dir):
    """#21 point 6: the schedule's heading and the shift sentence name zones by abbreviation or city in
    the participant's language, never by the IANA id."""
    import re

    for lang, seoul in (("C.UTF-8", "KST (Seoul)"), ("es_ES.UTF-8", "KST (Seúl)"), ("ko_KR.UTF-8", "KST(서울)")):
        out = run(data_dir, "schedule", "--tz", "Asia/Seoul", lang=lang)
        heading = out.stdout.splitlines()[0]
        assert out.returncode == 0 and seoul in heading, heading
        assert not re.search(r"[A-Za-z]+/[A-Za-z_]+", heading), heading  # no Asia/Seoul, Europe/Madrid
    shifted = run(data_dir, "courses", "shift", "caring-cities-2023", "--start-week", "2026-11-25", lang="ko_KR.UTF-8")
    assert shifted.returncode == 0 and "Europe/Madrid" not in shifted.stdout and "마드리드" in shifted.stdout, shifted.stdout


def test_speed_caps_are_explained_in_words(data_dir):
    """The caps are said as kilobits per second with the kB/s or MB/s a file manager shows, not 'kbit/s'."""
    for command in ("download", "share"):
        out = run(data_dir, command, "--help")
        text = " ".join(out.stdout.split())
        assert out.returncode == 0 and "kbit/s" not in text and "kilobits per second" in text, text
