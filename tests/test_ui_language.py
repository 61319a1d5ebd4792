"""The app in Korean and Spanish: translations complete and current, words and dates in the language."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from companion.domain import i18n

from .conftest import ROOT

I18N = ROOT / "resources" / "i18n"
LANGS = ("ko", "es")
PLACEHOLDER = re.compile(r"\{\d+[^}]*\}")


def tool(name: str) -> str:
    found = Path(sys.executable).with_name(f"pyside6-{name}")
    return str(found) if found.exists() else (shutil.which(f"pyside6-{name}") or pytest.skip(f"pyside6-{name} missing"))


def messages(ts: Path) -> dict[str, tuple[str | None, str]]:
    out = {}
    for m in ET.parse(ts).getroot().iter("message"):
        tr = m.find("translation")
        forms = [f.text or "" for f in tr.findall("numerusform")]  # plurals: every form is checked
        text = (tr.text or "").strip() if not forms else ("" if not all(forms) else forms[0])
        if forms and any(sorted(PLACEHOLDER.findall(f)) != sorted(PLACEHOLDER.findall(forms[0])) for f in forms):
            text = "(plural forms with different placeholders)"
        out[m.find("source").text] = (tr.get("type"), text)
    return out


def sources() -> list[str]:
    return [str(p.relative_to(ROOT)) for p in (ROOT / "companion").rglob("*.py") if "__pycache__" not in p.parts]


@pytest.mark.parametrize("lang", LANGS)
def test_translation_files_are_current_and_complete(lang, tmp_path):
    """lupdate over today's sources finds no string the .ts lacks; every entry is translated with the
    same placeholders; the shipped .qm is what lrelease makes of the .ts."""
    committed = I18N / f"companion_{lang}.ts"
    fresh = tmp_path / committed.name
    shutil.copy(committed, fresh)
    subprocess.run([tool("lupdate"), *sources(), "-no-obsolete", "-ts", str(fresh)], cwd=ROOT, check=True,
                   capture_output=True)
    now, before = messages(fresh), messages(committed)
    assert set(now) == set(before), (f"companion_{lang}.ts is stale: run pyside6-lupdate (see README). New: "
                                     f"{sorted(set(now) - set(before))[:5]} gone: {sorted(set(before) - set(now))[:5]}")
    unfinished = [s for s, (kind, text) in now.items() if kind == "unfinished" or not text]
    assert not unfinished, f"untranslated in {lang}: {unfinished[:5]}"
    wrong = [s for s, (_k, text) in now.items() if sorted(PLACEHOLDER.findall(s)) != sorted(PLACEHOLDER.findall(text))]
    assert not wrong, f"placeholders differ in {lang}: {wrong[:5]}"
    qm = tmp_path / f"companion_{lang}.qm"
    subprocess.run([tool("lrelease"), str(committed), "-qm", str(qm)], check=True, capture_output=True)
    assert qm.read_bytes() == (I18N / qm.name).read_bytes(), f"companion_{lang}.qm is older than its .ts: run lrelease"


def test_language_follows_the_setting_then_the_computer():
    from companion.services.locale import pick_language

    assert pick_language("es", ["ko-KR"]) == "es"
    assert pick_language(None, ["ko-KR", "en-US"]) == "ko"
    assert pick_language(None, ["fr-FR", "es_419"]) == "es"
    assert pick_language(None, ["fr-FR"]) == "en"
    assert pick_language("xx", []) == "en"


@pytest.mark.parametrize("code, look_in, cancel", [("es", "Ver en:", "Cancelar"), ("ko", None, None)])
def test_qt_own_dialogs_speak_the_language(qapp, code, look_in, cancel):
    """Qt's own translations (PySide6's qtbase_<code>.qm) are installed with ours: the file dialog and the
    standard buttons are not left in English."""
    from PySide6.QtCore import QCoreApplication

    from companion.ui import language

    pack = language.read_language_choice(code)
    assert pack.qt, f"qtbase_{code}.qm not found beside PySide6"
    try:
        language.apply(pack)
        shown = (QCoreApplication.translate("QFileDialog", "Look in:"),
                 QCoreApplication.translate("QPlatformTheme", "Cancel"))
        if look_in:
            assert shown == (look_in, cancel)
        else:
            assert shown[0] != "Look in:" and shown[1] != "Cancel", shown
            assert all(any("\uac00" <= ch <= "\ud7a3" for ch in text) for text in shown), shown  # Hangul
    finally:
        language.apply(language.read_language_choice("en"))
    assert QCoreApplication.translate("QFileDialog", "Look in:") == "Look in:"


def test_no_checksum_jargon_in_what_a_person_reads():
    """'checksum' is said as what it means: checked that the file is complete and unaltered."""
    jargon = {"ko": ("checksum", "체크섬"), "es": ("checksum", "suma de comprobación", "sumas de comprobación")}
    for lang in LANGS:
        for source, (_kind, text) in messages(I18N / f"companion_{lang}.ts").items():
            assert "checksum" not in (source or "").lower(), source
            assert not any(word in (text or "").lower() for word in jargon[lang]), (lang, text)


def test_dates_follow_the_language():
    from datetime import date, datetime

    from companion.domain.timefmt import date_label, day_label
    from companion.services.locale import apply_language

    try:
        apply_language("ko")
        assert day_label(datetime(2023, 7, 13, 9)) == "7월 13일 (목)"
        apply_language("es")
        assert date_label(date(2023, 7, 3)) == "lun, 3 jul 2023"
        apply_language("en")
        assert day_label(datetime(2023, 7, 13, 9)) == "Thu 13 Jul"
    finally:
        apply_language("en")


@pytest.fixture
def korean(data_dir):
    from companion.app import build_app
    from companion.services.locale import LANGUAGE

    app = build_app(data_dir)
    app.settings.set(LANGUAGE, "ko")
    app.close()
    yield
    from companion.ui.language import LanguagePack, apply

    apply(LanguagePack("en", None, None))
    i18n.install(None)


@pytest.mark.ui
def test_the_window_speaks_korean_when_asked(korean, window, qtbot):
    assert window.language == "ko"
    assert window.sync_button.text() == "지금 동기화"
    assert window.nav.item(0).text() == "대시보드"
    window.go_to("schedule", None)
    page = window.pages["schedule"]
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=10_000)
    texts = [page.model.index(r, c).data() or "" for r in range(page.model.rowCount()) for c in range(4)]
    assert any("7월 13일 (목)" in t for t in texts)  # Babel's Korean date
    from PySide6.QtCore import Qt

    headers = [page.model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) for c in range(4)]
    assert "내 시간" in headers and "과정 시간" in headers
    window.go_to("settings", None)
    settings = window.pages["settings"]
    qtbot.waitUntil(lambda: settings.language.choice.currentData() == "ko", timeout=5000)
    settings.language.choice.setCurrentIndex(settings.language.choice.findData("es"))
    settings.language.save_button.click()
    qtbot.waitUntil(lambda: settings.language.restart_button.isVisible(), timeout=5000)
    from companion.services.locale import LANGUAGE

    assert window.context.app.settings.get(LANGUAGE) == "es"


@pytest.mark.parametrize("code, words", [("en", "about 250 kB/s"), ("es", "unos 250 kB/s"),
                                         ("ko", "약 250kB/s")])
def test_a_speed_cap_is_said_in_the_words_a_file_manager_uses(qapp, code, words):
    """Settings' 'kbit/s' is not left alone: the cap is also said as kB/s or MB/s, in the language."""
    from companion.ui import language
    from companion.ui.ops.settings import DownloadSettings
    from companion.ui.pages.settings_sections import DownloadsSection, rate_words

    try:
        language.apply(language.read_language_choice(code))
        said = DownloadsSection.summary(DownloadSettings(bandwidth_kbit=2000))
        assert words in said and "kbit" not in said, said
        assert rate_words(20_000) == i18n.unit(2.5, "megabyte-per-second", 1)
    finally:
        language.apply(language.read_language_choice("en"))
