"""The settings registry: every setting declared once, typed, checked; nobody else reads keys."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from companion.domain.errors import CompanionError, UnknownTimeZone
from companion.services import settings as s

ROOT = Path(__file__).resolve().parents[1]


def test_every_setting_is_declared_once_with_a_scope():
    keys = [setting.key for setting in s.REGISTRY.values()]
    assert len(keys) == len(set(keys)) >= 20
    assert {setting.scope for setting in s.REGISTRY.values()} <= {s.APP, s.PORTAL, s.PER_ITEM}
    with pytest.raises(ValueError, match="declared twice"):
        s.declare("time_zone", str, None, "again")


def test_no_module_reads_or_writes_a_setting_by_its_key():
    """Only the registry (and the store under it) touches the settings table."""
    offenders = []
    for path in (ROOT / "companion").rglob("*.py"):
        rel = path.relative_to(ROOT).as_posix()
        if rel in ("companion/services/settings.py", "companion/store/repo.py") or "/migrations/" in rel:
            continue
        if re.search(r"\b(get|set)_setting\(", path.read_text(encoding="utf-8")):
            offenders.append(rel)
    assert offenders == []


def test_values_are_typed_and_checked(app):
    settings = app.settings
    assert settings.get(s.BANDWIDTH) == 0 and settings.get(s.DEFAULT_VARIANT) == "original"
    assert settings.set(s.BANDWIDTH, 256) == 256 and settings.get(s.BANDWIDTH) == 256
    for setting, bad in ((s.BANDWIDTH, "fast"), (s.BANDWIDTH, -1), (s.BANDWIDTH, True), (s.DEFAULT_VARIANT, "4k"),
                         (s.OFFPEAK, "late"), (s.OFFPEAK, "25:00-06:00"), (s.QUIZ_SHUFFLE, "yes"),
                         (s.LANGUAGE, "fr"), (s.SESSION_LEADS, [15, -5]), (s.LARGE_MB, 0)):
        with pytest.raises(CompanionError) as info:
            settings.set(setting, bad)
        assert info.value.code == "settings.invalid" and info.value.data["key"] == setting.key
    assert settings.get(s.BANDWIDTH) == 256  # nothing written by a refused value
    assert settings.set(s.DAILY_BUDGET, 2.5) == 2.5 and settings.set(s.DAILY_BUDGET, 3) == 3
    assert settings.set(s.OFFPEAK, "22:00-06:00") == "22:00-06:00" and settings.set(s.OFFPEAK, None) is None
    assert settings.set(s.SESSION_LEADS, [15, 1440, 15]) == [1440, 15]
    with pytest.raises(UnknownTimeZone):
        settings.set(s.TIME_ZONE, "Mars/Olympus")
    with pytest.raises(CompanionError) as info:
        settings.set(s.PORTAL_URL, "http://portal.example.org")
    assert info.value.code == "settings.http_not_local"


def test_per_item_settings_and_values_of_another_type(app):
    settings = app.settings
    settings.set_playback_position("course:video", 42_000)
    assert settings.playback_position("course:video") == 42_000 and settings.playback_position("course:other") == 0
    with pytest.raises(ValueError, match="per item"):
        settings.get(s.PLAYBACK)
    app.store.set_setting(s.LARGE_MB.key, "fifty")  # as an older version might have left it
    assert settings.get(s.LARGE_MB) == 50
