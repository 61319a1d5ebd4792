"""`companion login / submit / sync / logout` as processes against the portal on 127.0.0.1,
including a sync killed with SIGKILL at random moments, over and over."""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from companion_portal.testing import FaultProxy

from .conftest import ROOT

pytestmark = pytest.mark.integration
COURSE = "caring-cities-2023"


@pytest.fixture
def cli(data_dir, tmp_path):
    env = dict(os.environ, PYTHON_KEYRING_BACKEND="tests.support.keyrings.FileKeyring",
               COMPANION_TEST_KEYRING=str(tmp_path / "keyring.json"),
               PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))

    def run(*args, stdin=None, timeout=120):
        return subprocess.run([sys.executable, "-m", "companion", "--data-dir", str(data_dir), *args],
                              capture_output=True, text=True, input=stdin, timeout=timeout, env=env, cwd=ROOT)

    def start(*args):
        return subprocess.Popen([sys.executable, "-m", "companion", "--data-dir", str(data_dir), *args],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, cwd=ROOT)

    run.start = start
    run.env = env
    return run


def portal_submissions(portal):
    conn = sqlite3.connect(Path(portal.app.state.config.data_dir) / "portal.sqlite3")
    try:
        return conn.execute("SELECT id, kind FROM submissions").fetchall()
    finally:
        conn.close()


def test_login_submit_sync_logout(cli, portal, tmp_path):
    bad = cli("login", "--portal", portal.url, "--login", "ana", "--password-stdin", stdin="wrong\n")
    assert bad.returncode == 2 and "password is wrong" in bad.stderr
    out = cli("login", "--portal", portal.url, "--login", "ana", "--password-stdin", stdin="secret-pw\n")
    assert out.returncode == 0, out.stderr
    keyring_file = json.loads((tmp_path / "keyring.json").read_text())
    assert len(keyring_file) == 1  # the token went to the keyring ...
    essay = tmp_path / "essay.txt"
    essay.write_text("My city can learn from Seoul Learn and from Bogotá's care system.", encoding="utf-8")
    sub = cli("submit", "essay", "--text-file", str(essay))
    assert sub.returncode == 0 and "waits in the outbox" in sub.stdout
    status = json.loads(cli("status", "--json").stdout)
    assert status["outbox"] == {"queued": 1}
    synced = cli("sync")
    assert synced.returncode == 0, synced.stdout + synced.stderr
    assert json.loads(cli("status", "--json").stdout)["outbox"] == {"delivered": 1}
    assert [k for _i, k in portal_submissions(portal)] == ["essay"]
    assert cli("logout").returncode == 0
    assert json.loads((tmp_path / "keyring.json").read_text()) == {}
    assert cli("sync").returncode == 5


def test_submit_refuses_what_the_course_does_not_accept(cli, tmp_path):
    long_essay = tmp_path / "long.txt"
    long_essay.write_text("word " * 700, encoding="utf-8")
    out = cli("submit", "essay", "--text-file", str(long_essay))
    assert out.returncode == 2 and "700 words; the limit is 600" in out.stderr
    not_a_photo = tmp_path / "notes.jpg"
    not_a_photo.write_text("this is text, not a picture")
    out = cli("submit", "selfies", "--file", str(not_a_photo))
    assert out.returncode == 2 and "not a picture" in out.stderr


def point_at(data_dir, keyring_file: Path, url: str) -> None:
    """Send this data folder's sync through another address (a proxy), keeping the sign-in."""
    from companion.app import build_app

    app = build_app(data_dir)
    old = app.settings.portal_url()
    app.settings.set_portal_url(url)
    app.close()
    items = json.loads(keyring_file.read_text())
    items[f"Companion\n{url}|ana"] = items[f"Companion\n{old}|ana"]
    keyring_file.write_text(json.dumps(items))


def test_unreachable_portal_keeps_the_work_exit_3(cli, tmp_path, portal, data_dir):
    assert cli("login", "--portal", portal.url, "--login", "ana", "--password-stdin", stdin="secret-pw\n").returncode == 0
    essay = tmp_path / "e.txt"
    essay.write_text("Short and sweet.", encoding="utf-8")
    assert cli("submit", "essay", "--text-file", str(essay)).returncode == 0
    proxy = FaultProxy(portal.port)
    proxy.mode = "refuse"
    try:
        point_at(data_dir, tmp_path / "keyring.json", proxy.url)
        out = cli("sync")
        assert out.returncode == 3 and "cannot be reached" in out.stdout
        assert json.loads(cli("status", "--json").stdout)["outbox"] == {"queued": 1}
        proxy.mode = "pass"
        assert cli("sync").returncode == 0
    finally:
        proxy.close()


def test_sync_killed_at_random_points_delivers_everything_exactly_once(cli, portal, data_dir, tmp_path):
    from PIL import Image

    assert cli("login", "--portal", portal.url, "--login", "ana", "--password-stdin", stdin="secret-pw\n").returncode == 0
    essay = tmp_path / "essay.txt"
    for n in range(8):
        essay.write_text(f"Essay draft number {n} about caring cities.", encoding="utf-8")
        assert cli("submit", "essay", "--text-file", str(essay)).returncode == 0
    for n in range(2):
        photos = []
        for k in range(2):
            path = tmp_path / f"p{n}{k}.png"
            Image.effect_noise((1400, 1000), 60 + n * 7 + k).convert("RGB").save(path)
            photos += ["--file", str(path)]
        assert cli("submit", "selfies", *photos).returncode == 0
    local = json.loads(cli("status", "--json").stdout)["outbox"]
    assert local == {"queued": 10}
    # every sync goes through a slow link, and is killed at a random moment
    proxy = FaultProxy(portal.port, rate=150_000)
    rng = random.Random(20231)
    try:
        point_at(data_dir, tmp_path / "keyring.json", proxy.url)
        kills, outcomes = 0, []
        for _ in range(12):
            process = cli.start("sync")
            time.sleep(rng.uniform(0.4, 2.0))
            if process.poll() is None:
                process.send_signal(signal.SIGKILL)
                kills += 1
            process.wait(30)
            outcomes.append(process.returncode)
        final = cli("sync", timeout=300)
    finally:
        proxy.close()
    assert kills >= 3, outcomes
    assert final.returncode == 0, final.stdout + final.stderr
    assert json.loads(cli("status", "--json").stdout)["outbox"] == {"delivered": 10}
    rows = portal_submissions(portal)
    assert len(rows) == 10 and len({i for i, _k in rows}) == 10
    assert sorted(k for _i, k in rows) == ["essay"] * 8 + ["photos"] * 2


def test_login_refused_for_now_says_when_to_try_again(cli, portal, clock):
    from .support.portal import lock_out

    wait = lock_out(portal.url, "ana", clock)
    refused = cli("login", "--portal", portal.url, "--login", "ana", "--password-stdin", stdin="secret-pw\n")
    assert refused.returncode != 0
    assert f"Too many failed sign-ins: the portal refuses more for now. Try again in {-(-wait // 60)} minutes, at " \
        in refused.stderr, refused.stderr
