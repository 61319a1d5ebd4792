"""The folder switch on a tiny fake install: stage, try at next start, confirm or roll back."""

from pathlib import Path

import pytest

from companion.services import app_folders


def _install(root: Path, *versions: str) -> None:
    for version in versions:
        folder = root / "versions" / version
        folder.mkdir(parents=True)
        (folder / "companion").write_text(version)
    (root / "current").write_text(versions[0] + "\n")


def test_no_update_starts_current(tmp_path):
    _install(tmp_path, "1.0")
    choice = app_folders.choose(tmp_path)
    assert (choice.version, choice.trying, choice.rolled_back) == ("1.0", False, None)
    assert (choice.folder / "companion").read_text() == "1.0"


def test_staged_update_starts_then_confirm_switches_and_drops_old(tmp_path):
    _install(tmp_path, "1.0", "1.1")
    app_folders.stage(tmp_path, "1.1")
    choice = app_folders.choose(tmp_path, running="1.0")  # the launcher started 1.0: it hands over to 1.1
    assert (choice.version, choice.trying) == ("1.1", True)
    handed = app_folders.choose(tmp_path, running="1.1")  # 1.1, started by that hand-over, goes on
    assert (handed.version, handed.trying) == ("1.1", True)
    # the old folder is kept until the new one has started once
    assert (tmp_path / "versions" / "1.0").is_dir()
    app_folders.confirm_started(tmp_path, "1.1")
    assert (tmp_path / "current").read_text().strip() == "1.1"
    assert not (tmp_path / "versions" / "1.0").exists()
    again = app_folders.choose(tmp_path)
    assert (again.version, again.trying) == ("1.1", False)


def test_failed_start_rolls_back_to_the_old_folder(tmp_path):
    _install(tmp_path, "1.0", "1.1")
    app_folders.stage(tmp_path, "1.1")
    assert app_folders.choose(tmp_path, running="1.0").version == "1.1"
    # the new version crashed before confirm_started: the next launch (of 1.0, the current) rolls back
    choice = app_folders.choose(tmp_path, running="1.0")
    assert (choice.version, choice.trying, choice.rolled_back) == ("1.0", False, "1.1")
    assert (tmp_path / "versions" / "1.0" / "companion").read_text() == "1.0"
    assert not (tmp_path / "versions" / "1.1").exists()  # the folder that never started is gone
    assert app_folders.failed_version(tmp_path) == "1.1"  # and not fetched again
    assert app_folders.choose(tmp_path, running="1.0").version == "1.0"
    assert not (tmp_path / "pending").exists()


def test_stage_refuses_a_missing_folder_or_a_path_as_version(tmp_path):
    _install(tmp_path, "1.0")
    with pytest.raises(FileNotFoundError):
        app_folders.stage(tmp_path, "2.0")
    with pytest.raises(ValueError):
        app_folders.stage(tmp_path, "../elsewhere")


def test_pointer_writes_leave_no_temporary_file(tmp_path):
    _install(tmp_path, "1.0", "1.1")
    app_folders.stage(tmp_path, "1.1")
    app_folders.choose(tmp_path)
    assert not list(tmp_path.glob("*.tmp"))


def test_a_built_folder_is_moved_into_place_in_one_rename(tmp_path):
    _install(tmp_path, "1.0")
    partial = app_folders.partial_folder(tmp_path, "1.1")
    partial.mkdir()
    (partial / "companion").write_text("1.1")
    assert app_folders.install_folder(tmp_path, "1.1") == tmp_path / "versions" / "1.1"
    assert not partial.exists() and (tmp_path / "versions" / "1.1" / "companion").read_text() == "1.1"
    app_folders.partial_folder(tmp_path, "1.0").mkdir()
    with pytest.raises(FileExistsError):  # never over the folder that runs
        app_folders.install_folder(tmp_path, "1.0")


def test_running_install_is_read_from_the_version_folder(tmp_path, monkeypatch):
    _install(tmp_path, "1.0")
    monkeypatch.setenv(app_folders.APP_ROOT_ENV, str(tmp_path / "versions" / "1.0"))
    found = app_folders.running_install()
    assert (found.root, found.version, found.folder) == (tmp_path, "1.0", tmp_path / "versions" / "1.0")
    monkeypatch.setenv(app_folders.APP_ROOT_ENV, str(tmp_path / "elsewhere"))
    assert app_folders.running_install() is None
    monkeypatch.delenv(app_folders.APP_ROOT_ENV)
    assert app_folders.running_install() is None  # a source run is not an install


class Killed(BaseException):
    pass


def _sequence(root: Path) -> None:
    """Everything an update does to the pointers: stage, the hand-over start, the confirmation."""
    app_folders.stage(root, "1.1")
    app_folders.choose(root, running="1.0")
    app_folders.choose(root, running="1.1")
    app_folders.confirm_started(root, "1.1")


def test_a_kill_at_any_step_leaves_a_start_that_works(tmp_path, monkeypatch):
    """Stop the switch after each pointer write or removal (as a kill would) and start again as the
    launcher does (the version in ``current``): it starts a folder that exists, 1.0 or 1.1, and the
    switch, done again, ends on 1.1."""
    real_write, real_remove, real_rmtree = app_folders._write, app_folders._remove, app_folders.shutil.rmtree
    steps = 0
    while True:
        root = tmp_path / f"run{steps}"
        _install(root, "1.0", "1.1")
        budget = [steps]

        def counted(fn):
            def step(*args, **kwargs):
                if budget[0] == 0:
                    raise Killed()
                budget[0] -= 1
                return fn(*args, **kwargs)
            return step

        monkeypatch.setattr(app_folders, "_write", counted(real_write))
        monkeypatch.setattr(app_folders, "_remove", counted(real_remove))
        monkeypatch.setattr(app_folders.shutil, "rmtree", counted(real_rmtree))
        try:
            _sequence(root)
            finished = True
        except Killed:
            finished = False
        monkeypatch.setattr(app_folders, "_write", real_write)
        monkeypatch.setattr(app_folders, "_remove", real_remove)
        monkeypatch.setattr(app_folders.shutil, "rmtree", real_rmtree)
        launched = (root / "current").read_text().strip()
        choice = app_folders.choose(root, running=launched)
        assert choice.version in ("1.0", "1.1") and (choice.folder / "companion").read_text() == choice.version
        if choice.trying:
            app_folders.confirm_started(root, choice.version)
        if choice.version == "1.0" and (root / "versions" / "1.1").is_dir():
            _sequence(root)  # not rolled back: the switch simply goes again
        assert app_folders.current_version(root) in ("1.0", "1.1")
        assert (root / "versions" / app_folders.current_version(root)).is_dir()
        if finished:
            break
        steps += 1
    assert steps >= 6  # every step of the switch was cut once


def test_an_update_staged_while_another_is_tried_is_kept(tmp_path):
    _install(tmp_path, "1.0", "1.1")
    app_folders.stage(tmp_path, "1.1")
    app_folders.choose(tmp_path, running="1.0")
    app_folders.choose(tmp_path, running="1.1")
    # 1.1 runs (not yet confirmed) and finds 1.2, which it stages
    (tmp_path / "versions" / "1.2").mkdir()
    app_folders.stage(tmp_path, "1.2")
    assert app_folders.confirm_started(tmp_path, "1.1")
    assert app_folders.current_version(tmp_path) == "1.1" and app_folders.pending_version(tmp_path) == "1.2"
    assert sorted(p.name for p in (tmp_path / "versions").iterdir()) == ["1.1", "1.2"]
    assert app_folders.choose(tmp_path, running="1.1").version == "1.2"  # the next start tries 1.2
