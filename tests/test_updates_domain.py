"""The pure choices of an update (companion/domain/updates.py): which build, patch or archive, which notes."""

from __future__ import annotations

import pytest

from companion.domain.updates import (Digest, Kind, PatchInfo, Release, archive_name, choose_download, newer,
                                      notes_for, patch_name, pick_release, read_patch, read_release)

SHA = "ab" * 32
P = "linux-x86_64"


def release(version: str, platform: str = P, length: int = 40_000_000) -> Release:
    return Release(version, platform, archive_name(platform, version), length, Digest(150_000_000, SHA), {})


def custom(**fields) -> dict:
    return {"companion": {"kind": "archive", "version": "1.2.0", "platform": P,
                          "tar": {"length": 10, "sha256": SHA}, **fields}}


def test_only_a_strictly_newer_version_is_an_update():
    assert newer("0.10.0", "0.9.1")  # by number, not by text
    assert not newer("0.9.1", "0.10.0")
    assert not newer("1.0.0", "1.0.0")
    assert newer("1.0.0", "1.0.0rc1")
    assert not newer("not-a-version", "1.0.0") and not newer("1.0.0", "")


def test_the_newest_newer_release_of_this_platform_is_picked():
    releases = [release("0.9.0"), release("0.11.0"), release("0.10.0"), release("2.0.0", "win-x86_64")]
    assert pick_release(releases, "0.10.0", P).version == "0.11.0"
    assert pick_release(releases, "0.11.0", P) is None  # up to date
    assert pick_release(releases, "5.0.0", P) is None  # never an older build


def test_a_patch_is_chosen_only_from_the_installed_version_and_when_smaller():
    r = release("1.1.0")
    patch = PatchInfo(patch_name(P, "1.0.0", "1.1.0"), "1.0.0", "1.1.0", 80_000)
    assert choose_download(r, patch, "1.0.0") is Kind.PATCH
    assert choose_download(r, patch, "0.9.0") is Kind.ARCHIVE  # the patch needs 1.0.0 as its base
    assert choose_download(r, None, "1.0.0") is Kind.ARCHIVE
    big = PatchInfo(patch.target, "1.0.0", "1.1.0", 50_000_000)
    assert choose_download(r, big, "1.0.0") is Kind.ARCHIVE  # larger than the archive: no gain


@pytest.mark.parametrize("language, expected", [
    ("ko", "한국어"), ("es-MX", "español"), ("es_MX", "español"), ("pt-BR", "english"), ("", "english")])
def test_release_notes_follow_the_language_then_english(language, expected):
    notes = {"en": "english", "es": "español", "ko": "한국어"}
    assert notes_for(notes, language) == expected


def test_release_notes_fall_back_to_any_given_and_none_when_absent():
    assert notes_for({"fr": "français"}, "ko") == "français"
    assert notes_for({"es-mx": "mexicano"}, "es") == "mexicano"
    assert notes_for({}, "en") is None


def test_a_release_is_read_only_from_well_formed_custom_fields():
    path = archive_name(P, "1.2.0")
    ok = read_release(path, 123, custom(notes={"es_MX": "hola", "ko": "안녕", "<script>": "x", "en": 5}))
    assert ok == Release("1.2.0", P, path, 123, Digest(10, SHA), {"es-mx": "hola", "ko": "안녕"})
    assert read_release(path, 123, {}) is None
    assert read_release(path, 123, custom(version="../../etc")) is None
    assert read_release(path, 123, custom(tar={"length": 10, "sha256": "zz"})) is None
    assert read_release(path, 123, custom(tar={"length": -1, "sha256": SHA})) is None
    assert read_release(archive_name(P, "9.9.9"), 123, custom()) is None  # the path must match the version
    assert read_release(path, 123, {"companion": "text"}) is None


def test_a_patch_is_read_only_under_its_own_name():
    name = patch_name(P, "1.0.0", "1.1.0")
    fields = {"companion": {"kind": "patch", "from": "1.0.0", "to": "1.1.0", "platform": P}}
    assert read_patch(name, 9, fields) == PatchInfo(name, "1.0.0", "1.1.0", 9)
    assert read_patch(patch_name(P, "0.9.0", "1.1.0"), 9, fields) is None
    assert read_patch(name, 9, {"companion": {**fields["companion"], "kind": "archive"}}) is None
