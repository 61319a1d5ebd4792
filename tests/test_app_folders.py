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
    choice = app_folders.choose(tmp_path)
    assert (choice.version, choice.trying) == ("1.1", True)
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
    assert app_folders.choose(tmp_path).version == "1.1"
    # the new version crashed before confirm_started: the next launch rolls back
    choice = app_folders.choose(tmp_path)
    assert (choice.version, choice.trying, choice.rolled_back) == ("1.0", False, "1.1")
    assert (tmp_path / "versions" / "1.0" / "companion").read_text() == "1.0"
    assert app_folders.choose(tmp_path).version == "1.0"
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
