"""Issue 21 point 6: Qt's own words (standard buttons, the file dialog) in Spanish and Korean, from
PySide6's qtbase_<lang>.qm, in the source run and in the installer's pruned bundle."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.ui
@pytest.mark.parametrize("code, cancel, look_in", [("es", "Cancelar", "Ver en:"), ("ko", "취소", "다음에서 찾기:")])
def test_qt_speaks_the_language_after_switching(qapp, code, cancel, look_in):
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QDialogButtonBox

    from companion.domain import i18n
    from companion.ui.language import LanguagePack, apply, read_language_choice

    try:
        apply(read_language_choice(code))
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == cancel
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == cancel
        assert QCoreApplication.translate("QFileDialog", "Look in:") == look_in
        apply(read_language_choice("en"))  # and back: Qt's words follow
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancel"
    finally:
        apply(LanguagePack("en", None, None))
        i18n.install(None)


def test_the_installer_keeps_qt_translations_for_es_and_ko(tmp_path):
    spec = importlib.util.spec_from_file_location("build_installer", ROOT / "build_installer.py")
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    folder = tmp_path / "app" / "_internal" / "PySide6" / "Qt" / "translations"
    folder.mkdir(parents=True)
    names = ["qtbase_es.qm", "qtbase_ko.qm", "qtbase_fr.qm", "qtbase_de.qm", "qt_es.qm"]
    for name in names:
        (folder / name).write_bytes(b"x" * 10)
    build.prune(tmp_path / "app")
    assert sorted(p.name for p in folder.iterdir()) == ["qt_es.qm", "qtbase_es.qm", "qtbase_ko.qm"]
