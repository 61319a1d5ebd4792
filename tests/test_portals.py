"""Two reference portals on 127.0.0.1 at once: course A on portal 1, course B on portal 2, signed in to
both; each course's items reach its own portal and never the other, signing out of one leaves the other
working, and `companion portals --json` lists both sign-ins."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from contextlib import ExitStack
from pathlib import Path

import pytest

from .conftest import ROOT, SAMPLE

pytestmark = pytest.mark.integration
COURSE_A = "caring-cities-2023"
COURSE_B = "uclg-local-2023"


@pytest.fixture
def two_portals(tmp_path, clock):
    """Portal 1 serves the sample course to 'ana'; portal 2 a copy of it under another id to 'bo'."""
    from companion_portal.testing import running_portal

    package = tmp_path / "course-b"
    shutil.copytree(SAMPLE, package)
    data = json.loads((package / "course.json").read_text(encoding="utf-8"))
    data["id"], data["title"] = COURSE_B, "UCLG local governments"
    (package / "course.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with ExitStack() as stack:
        one = stack.enter_context(running_portal(tmp_path / "portal-1", course=SAMPLE, users={"ana": "secret-pw"},
                                                 clock=clock.now))
        two = stack.enter_context(running_portal(tmp_path / "portal-2", course=package, users={"bo": "other-pw"},
                                                 clock=clock.now))
        yield one, two


def received(portal) -> list[tuple[str, str]]:
    """(submission id, course id) of every submission the portal's own database holds."""
    conn = sqlite3.connect(Path(portal.app.state.config.data_dir) / "portal.sqlite3")
    try:
        return sorted(conn.execute("SELECT id, course_id FROM submissions").fetchall())
    finally:
        conn.close()


def submit_essay(app, course_id: str, text: str) -> str:
    app.assignments.save_draft(course_id, "essay", {"text": text}, ())
    return app.assignments.submit(course_id, "essay").id


def test_each_course_delivers_to_its_own_portal(app, two_portals):
    one, two = two_portals
    app.sync.sign_in(one.url, "ana", "secret-pw")
    app.sync.sign_in(two.url, "bo", "other-pw")  # adds a sign-in: the first one stays
    assert [(s.url, s.login, s.expired) for s in app.sync.sign_ins()] == [(two.url, "bo", False),
                                                                          (one.url, "ana", False)]
    report = app.sync.run()
    assert report.exit_code == 0, report.reason
    assert COURSE_B in app.library.known_ids()  # fetched from portal 2
    assert app.sync.portal_of(COURSE_A) == one.url and app.sync.portal_of(COURSE_B) == two.url

    a = submit_essay(app, COURSE_A, "Seoul's care map, for portal one.")
    b = submit_essay(app, COURSE_B, "Bogotá's care blocks, for portal two.")
    report = app.sync.run(now=True)
    assert report.delivered == 2 and report.exit_code == 0
    assert received(one) == [(a, COURSE_A)]
    assert received(two) == [(b, COURSE_B)]
    # each portal's receipt is stored with its item
    assert app.store.get_submission(a).receipt["submission_id"] == a
    assert app.store.get_submission(b).receipt["submission_id"] == b

    # signing out of portal 1 leaves portal 2 working; course A's new item waits, never goes to portal 2
    app.sync.sign_out(one.url)
    assert [s.url for s in app.sync.sign_ins()] == [two.url]
    a2 = submit_essay(app, COURSE_A, "A second version, still for portal one.")
    b2 = submit_essay(app, COURSE_B, "A second version for portal two.")
    report = app.sync.run(now=True)
    assert report.delivered == 1
    assert received(two) == sorted([(b, COURSE_B), (b2, COURSE_B)])
    assert received(one) == [(a, COURSE_A)]
    assert app.store.get_submission(a2).state == "queued"
    # a pass for course A alone finds no sign-in for its portal: it says so and keeps the item
    only_a = app.sync.run(COURSE_A, now=True)
    assert only_a.signed_out and only_a.exit_code == 5
    assert app.sync.client(COURSE_A) is None and app.sync.client(COURSE_B).base == two.url

    # signing in to portal 1 again delivers the waiting item there
    app.sync.sign_in(one.url, "ana", "secret-pw")
    assert app.sync.run(now=True).delivered == 1
    assert received(one) == sorted([(a, COURSE_A), (a2, COURSE_A)])
    assert len(received(two)) == 2


def test_the_token_of_one_portal_never_goes_to_the_other(app, two_portals, memory_keyring):
    one, two = two_portals
    app.sync.sign_in(one.url, "ana", "secret-pw")
    app.sync.sign_in(two.url, "bo", "other-pw")
    app.sync.run()
    first, second = app.sync.client(COURSE_A), app.sync.client(COURSE_B)
    assert (first.base, second.base) == (one.url, two.url)
    assert first.token != second.token
    assert first.token == app.sync.credentials.get_token(one.url, "ana")
    assert second.token == app.sync.credentials.get_token(two.url, "bo")


def test_a_single_sign_in_of_an_earlier_version_is_listed(app, portal):
    """The one portal address and login of earlier versions count as the chosen sign-in."""
    from companion.services.settings import PORTAL_LOGIN

    app.sync.sign_in(portal.url, "ana", "secret-pw")
    app.settings.store.set_setting("portal_sign_ins", None)  # as an earlier version left it
    assert [(s.url, s.login) for s in app.sync.sign_ins()] == [(portal.url, "ana")]
    assert app.settings.get(PORTAL_LOGIN) == "ana"
    assert app.sync.run().exit_code == 0


@pytest.fixture
def cli(data_dir, tmp_path):
    env = dict(os.environ, PYTHON_KEYRING_BACKEND="tests.support.keyrings.FileKeyring",
               COMPANION_TEST_KEYRING=str(tmp_path / "keyring.json"),
               PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))

    def run(*args, stdin=None):
        return subprocess.run([sys.executable, "-m", "companion", "--data-dir", str(data_dir), *args],
                              capture_output=True, text=True, input=stdin, timeout=120, env=env, cwd=ROOT)

    return run


def test_cli_login_to_two_portals_lists_and_signs_out_of_one(cli, two_portals, tmp_path):
    one, two = two_portals
    assert cli("login", "--portal", one.url, "--login", "ana", "--password-stdin", stdin="secret-pw\n").returncode == 0
    assert cli("login", "--portal", two.url, "--login", "bo", "--password-stdin", stdin="other-pw\n").returncode == 0
    assert len(json.loads((tmp_path / "keyring.json").read_text())) == 2  # one token per portal
    assert cli("sync").returncode == 0
    listed = json.loads(cli("portals", "--json").stdout)
    assert [(p["url"], p["login"], p["state"]) for p in listed] == [(two.url, "bo", "signed_in"),
                                                                   (one.url, "ana", "signed_in")]
    assert COURSE_B in listed[0]["courses"] and COURSE_A in listed[1]["courses"]

    out = cli("logout", "--portal", one.url)
    assert out.returncode == 0, out.stderr
    assert [p["url"] for p in json.loads(cli("portals", "--json").stdout)] == [two.url]
    assert len(json.loads((tmp_path / "keyring.json").read_text())) == 1
    essay = tmp_path / "essay.txt"
    essay.write_text("Delivered to portal two only.", encoding="utf-8")
    assert cli("submit", "essay", "--course", COURSE_B, "--text-file", str(essay)).returncode == 0
    assert cli("sync", "--course", COURSE_B).returncode == 0
    assert [c for _i, c in received(two)] == [COURSE_B] and received(one) == []

    unknown = cli("logout", "--portal", "http://127.0.0.1:9")
    assert unknown.returncode == 2 and "not signed in to http://127.0.0.1:9" in unknown.stderr


def test_a_portal_gone_for_good_hands_its_courses_back(app, two_portals):
    """The demo portal ends: the courses it held go back to the chosen portal."""
    one, two = two_portals
    app.sync.sign_in(one.url, "ana", "secret-pw")
    app.sync.sign_in(two.url, "bo", "other-pw")
    app.sync.run()
    assert app.sync.portal_of(COURSE_B) == two.url
    app.sync.sign_out(two.url)
    app.sync.forget_portal(two.url)
    assert app.sync.portal_of(COURSE_B) == one.url and app.sync.portal_of(COURSE_A) == one.url
