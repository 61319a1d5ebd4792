"""Putting the app in the participant's language: Qt translators for our strings and Qt's own
(standard buttons), dates by Babel, QLocale for numbers. Files are read on a worker; the GUI
thread only installs what was read."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from companion.domain import i18n
from companion.paths import resources_dir
from companion.services.locale import LANGUAGE, apply_language, pick_language


@dataclass(frozen=True)
class LanguagePack:
    code: str
    ours: bytes | None  # resources/i18n/companion_<code>.qm
    qt: bytes | None  # Qt's own translations (qtbase_<code>.qm): OK, Cancel, Yes...


def install_translation_backend() -> None:
    i18n.install(lambda context, text, disambiguation, n: QCoreApplication.translate(context, text, disambiguation, n))


def read_language(settings) -> LanguagePack:
    """On a worker: which language, and its translation files' bytes."""
    return read_language_choice(settings.get(LANGUAGE))


def read_language_choice(choice: str | None) -> LanguagePack:
    """As read_language, for the participant's choice (None: the computer's languages)."""
    code = pick_language(choice, QLocale.system().uiLanguages())
    if code == "en":
        return LanguagePack("en", None, None)
    ours = resources_dir() / "i18n" / f"companion_{code}.qm"
    qt_file = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)) / f"qtbase_{code}.qm"
    return LanguagePack(code, ours.read_bytes() if ours.is_file() else None,
                        qt_file.read_bytes() if qt_file.is_file() else None)


_installed: list[tuple[QTranslator, bytes]] = []  # Qt reads the bytes in place: keep them alive


def apply(pack: LanguagePack) -> None:
    """On the GUI thread, before the pages are built."""
    app = QCoreApplication.instance()
    for old, _data in _installed:
        app.removeTranslator(old)
    _installed.clear()
    for data in (pack.qt, pack.ours):
        if data:
            translator = QTranslator(app)
            if translator.load(data):
                app.installTranslator(translator)
                _installed.append((translator, data))
    QLocale.setDefault(QLocale(pack.code))
    apply_language(pack.code)
    install_translation_backend()
