"""The translation hook: plurals by each language's rule, numbers, sizes and percentages by the locale,
and the Qt-free backend the command line uses."""

from __future__ import annotations

import pytest

from companion.domain import i18n
from companion.services.locale import apply_language, file_backend


@pytest.fixture
def language():
    def use(code: str) -> None:
        apply_language(code)
        i18n.install(file_backend(code))

    yield use
    apply_language("en")
    i18n.install(None)


def test_english_plurals_and_numbers_without_a_backend(language):
    language("en")
    i18n.install(None)  # a window test earlier in the same run leaves Qt's translator installed
    assert i18n.translate("ui", "%n file(s)", None, 1) == "1 file"
    assert i18n.translate("ui", "%n file(s)", None, 0) == "0 files"
    assert i18n.translate("ui", "%n file(s)", None, 1234) == "1,234 files"
    assert i18n.size(512) == "512 B"
    assert i18n.size(4_600_000) == "4.6 MB"
    assert i18n.size(2_500_000_000) == "2.50 GB"
    assert i18n.percent(0.42) == "42%"
    assert i18n.number(0.1, 1) == "0.1"


def test_spanish_and_korean_write_numbers_their_way(language):
    language("es")
    assert i18n.number(0.1, 1) == "0,1"
    assert i18n.number(1234.5, 1) == "1.234,5"
    assert i18n.size(1_234_567) == "1,2 MB"
    assert i18n.percent(0.5) == "50\xa0%"  # a no-break space, as CLDR writes it
    language("ko")
    assert i18n.size(1_234_567) == "1.2MB"
    assert i18n.unit(3, "duration-minute") == "3분"


def test_the_command_line_backend_reads_the_shipped_translations(language):
    language("es")
    assert i18n.translate("ui", "Sync now") == "Sincronizar ahora"
    assert i18n.translate("ui", "a sentence nobody translated") == "a sentence nobody translated"
    language("ko")
    assert i18n.translate("ui", "Sync now") == "지금 동기화"


def test_plural_forms_follow_each_language(tmp_path):
    ts = tmp_path / "companion_es.ts"
    ts.write_text("""<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="es_ES"><context><name>ui</name>
<message numerus="yes"><source>%n file(s)</source><translation><numerusform>%n archivo</numerusform>
<numerusform>%n archivos</numerusform></translation></message></context></TS>""", encoding="utf-8")
    try:
        apply_language("es")
        i18n.install(file_backend("es", tmp_path))
        assert i18n.translate("ui", "%n file(s)", None, 1) == "1 archivo"
        assert i18n.translate("ui", "%n file(s)", None, 2000) == "2.000 archivos"
    finally:
        apply_language("en")
        i18n.install(None)
