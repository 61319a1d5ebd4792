"""The installed layout and the switch at the next start, through the real install script and launcher
(build_installer.py's INSTALL_SH and LAUNCHER run by /bin/sh) with app folders made without PyInstaller:
each version folder's ``Companion`` is a script that runs this checkout's ``app_folders.start_chosen``
as the frozen app's ``companion.cli.main`` does first thing, prints its version, and confirms its start (or crashes, or hangs)."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from companion.services import app_folders

from .conftest import ROOT

sys.path.insert(0, str(ROOT))
import build_installer as bi  # noqa: E402

APP = """#!/bin/sh
here="$(dirname "$(readlink -f "$0")")"
COMPANION_APP_FOLDER="$here" PYTHONPATH="{root}" exec "{python}" - "$@" <<'EOF'
import os, sys, time
if "update" in sys.argv[1:] or "--self-test" in sys.argv[1:]:
    from companion.cli import main
    sys.exit(main(sys.argv[1:]))  # the CLI's update command, or the window's self-test, as the frozen app runs them
from companion.services.app_folders import start_chosen
confirm = start_chosen(sys.argv[1:])  # what companion.cli.main does first when it opens the window
here = os.environ["COMPANION_APP_FOLDER"]
print(open(os.path.join(here, "VERSION")).read().strip(), flush=True)
if os.path.exists(os.path.join(here, "CRASH")):
    os._exit(3)
if os.path.exists(os.path.join(here, "HANG")):
    time.sleep(60)
if confirm is not None:
    confirm()
EOF
"""


def app_folder(where: Path, version: str, *markers: str) -> Path:
    where.mkdir(parents=True)
    exe = where / "Companion"
    exe.write_text(APP.format(root=ROOT, python=sys.executable), encoding="utf-8")
    exe.chmod(0o755)
    (where / "VERSION").write_text(version)
    for marker in markers:
        (where / marker).write_text("")
    return where


@pytest.fixture
def installed(tmp_path):
    """Version 1.0 installed for a user by the package's install.sh; returns (home, prefix, env)."""
    package = tmp_path / "companion-1.0"
    app_folder(package / "Companion", "1.0")
    for name, text in (("install.sh", bi.INSTALL_SH.replace("@VERSION@", "1.0")), ("launcher.sh", bi.LAUNCHER),
                       ("companion.desktop", bi.DESKTOP.format(exec="@PREFIX@/companion"))):
        (package / name).write_text(text, encoding="utf-8")
        (package / name).chmod(0o755)
    (package / "companion.png").write_bytes(b"\x89PNG")
    home = tmp_path / "home"
    home.mkdir()
    env = {k: v for k, v in os.environ.items() if k != app_folders.APP_ROOT_ENV}
    env["HOME"] = str(home)
    done = subprocess.run(["sh", str(package / "install.sh"), "--user"], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return home, home / ".local" / "lib" / "companion", env


def launch(prefix: Path, env: dict, timeout: float = 60) -> subprocess.CompletedProcess:
    return subprocess.run([str(prefix / "companion")], env=env, capture_output=True, text=True, timeout=timeout)


def update_to(prefix: Path, version: str, *markers: str) -> None:
    """What the update service does once a new folder is built and verified."""
    app_folder(app_folders.partial_folder(prefix, version), version, *markers)
    app_folders.install_folder(prefix, version)
    app_folders.stage(prefix, version)


def test_the_install_script_lays_out_versions_and_a_launcher(installed):
    home, prefix, env = installed
    assert (prefix / "current").read_text() == "1.0\n"
    assert (prefix / "versions" / "1.0" / "Companion").is_file()
    desktop = (home / ".local" / "share" / "applications" / "companion.desktop").read_text()
    assert f"Exec={prefix}/companion %U" in desktop
    started = launch(prefix, env)
    assert (started.returncode, started.stdout) == (0, "1.0\n"), started.stderr


def test_a_staged_update_starts_next_time_and_the_old_folder_goes_once_it_started(installed):
    _home, prefix, env = installed
    update_to(prefix, "1.1")
    assert (prefix / "versions" / "1.0").is_dir()  # kept until 1.1 has started once
    first = launch(prefix, env)  # the launcher starts 1.0, which hands the start to 1.1; 1.1 confirms
    assert (first.returncode, first.stdout) == (0, "1.1\n"), first.stderr
    assert app_folders.current_version(prefix) == "1.1"
    assert not (prefix / "versions" / "1.0").exists() and not (prefix / "pending").exists()
    assert launch(prefix, env).stdout == "1.1\n"


def test_a_new_version_that_crashes_at_start_is_rolled_back(installed):
    _home, prefix, env = installed
    update_to(prefix, "1.1", "CRASH")
    first = launch(prefix, env)
    assert (first.returncode, first.stdout) == (3, "1.1\n")  # it got the start and died
    again = launch(prefix, env)
    assert (again.returncode, again.stdout) == (0, "1.0\n"), again.stderr
    assert app_folders.current_version(prefix) == "1.0" and app_folders.failed_version(prefix) == "1.1"
    assert not (prefix / "versions" / "1.1").exists()


def test_a_new_version_killed_before_it_confirmed_is_rolled_back(installed):
    _home, prefix, env = installed
    update_to(prefix, "1.1", "HANG")
    process = subprocess.Popen([str(prefix / "companion")], env=env, stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout.readline() == "1.1\n"
        process.send_signal(signal.SIGKILL)
    finally:
        process.wait(30)
        process.stdout.close()
    assert app_folders.current_version(prefix) == "1.0"  # never confirmed
    again = launch(prefix, env)
    assert again.stdout == "1.0\n", again.stderr
    assert app_folders.failed_version(prefix) == "1.1"


def test_installing_again_by_hand_replaces_the_versions(installed, tmp_path):
    home, prefix, env = installed
    update_to(prefix, "1.1")
    package = tmp_path / "companion-2.0"
    app_folder(package / "Companion", "2.0")
    for name, text in (("install.sh", bi.INSTALL_SH.replace("@VERSION@", "2.0")), ("launcher.sh", bi.LAUNCHER),
                       ("companion.desktop", bi.DESKTOP.format(exec="@PREFIX@/companion"))):
        (package / name).write_text(text, encoding="utf-8")
    (package / "companion.png").write_bytes(b"\x89PNG")
    done = subprocess.run(["sh", str(package / "install.sh"), "--user"], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in (prefix / "versions").iterdir()) == ["2.0"]
    assert not (prefix / "pending").exists()
    assert launch(prefix, env).stdout == "2.0\n"


def test_the_installed_app_fetches_its_update_and_the_launcher_switches_to_it(tmp_path):
    """The whole path with real folders: a repository published by companion.updates.publish and served
    on 127.0.0.1, whose address and root of trust are built into the app folders; version 1.0 installed by
    install.sh; its ``companion update`` (the real CLI and update service) stages 1.1; the next start
    through the launcher is 1.1, which confirms, and 1.0's folder goes."""
    from companion.services.updates import platform_tag
    from companion.updates.publish import Repository

    from .support.static_repo import serve

    repo = Repository(tmp_path / "repo", tmp_path / "keys")
    repo.init()
    home = tmp_path / "home"
    home.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in (app_folders.APP_ROOT_ENV, "COMPANION_UPDATE_URL")}
    env.update(HOME=str(home), PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring")
    prefix = home / ".local" / "lib" / "companion"
    with serve(tmp_path / "repo") as server:  # it reads the folder at each request: publishing may follow
        builds = {}
        bulk = os.urandom(200_000)  # the same in both builds: the patch is small
        for version in ("1.0", "1.1"):
            folder = app_folder(tmp_path / f"build-{version}", version)
            baked = folder / "_internal" / "resources" / "updates"
            baked.mkdir(parents=True)
            (baked / "root.json").write_bytes((repo.metadata_dir / "1.root.json").read_bytes())
            (baked / "repository-url").write_text(server.url)
            (folder / "_internal" / "bulk.bin").write_bytes(bulk)
            builds[version] = folder
        repo.add_build(builds["1.0"], "1.0", platform_tag(), {"en": "First."})
        repo.add_build(builds["1.1"], "1.1", platform_tag(), {"en": "Second."})
        package = tmp_path / "companion-1.0"
        shutil.copytree(builds["1.0"], package / "Companion", symlinks=True)
        for name, text in (("install.sh", bi.INSTALL_SH.replace("@VERSION@", "1.0")), ("launcher.sh", bi.LAUNCHER),
                           ("companion.desktop", bi.DESKTOP.format(exec="@PREFIX@/companion"))):
            (package / name).write_text(text, encoding="utf-8")
        (package / "companion.png").write_bytes(b"\x89PNG")
        subprocess.run(["sh", str(package / "install.sh"), "--user"], env=env, check=True, capture_output=True,
                       timeout=60)
        found = subprocess.run([str(prefix / "companion"), "--data-dir", str(tmp_path / "data"), "update"], env=env,
                               capture_output=True, text=True, timeout=120)
    assert found.returncode == 0, found.stderr
    assert "1.1" in found.stdout and "next time" in found.stdout, found.stdout
    assert app_folders.pending_version(prefix) == "1.1"
    assert any(p.endswith(".bsdiff4") for p in server.paths)  # the patch, not the whole archive
    assert not any(p.endswith(".tar.xz") for p in server.paths)
    started = launch(prefix, env)
    assert (started.returncode, started.stdout) == (0, "1.1\n"), started.stderr
    assert app_folders.current_version(prefix) == "1.1"
    assert sorted(p.name for p in (prefix / "versions").iterdir()) == ["1.1"]


def test_the_new_version_confirms_once_its_window_passed_the_self_test(installed, tmp_path):
    """The real start: companion.cli.main of 1.0 hands the start to 1.1, whose window opens (offscreen)
    and passes its self-test, then confirms; a self-test that fails would not."""
    _home, prefix, env = installed
    update_to(prefix, "1.1")
    env = dict(env, QT_QPA_PLATFORM="offscreen", PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring")
    done = subprocess.run([str(prefix / "companion"), "--self-test", "--data-dir", str(tmp_path / "data")], env=env,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "self-test: ok" in done.stderr
    assert app_folders.current_version(prefix) == "1.1"
    assert sorted(p.name for p in (prefix / "versions").iterdir()) == ["1.1"]
