"""Words an official uses (#21 point 6), in English and under the real Spanish and Korean
translations with Babel's CLDR data: zones named as people know them in Settings' zone picker and the
status bar (never the raw IANA id as a zone's name, never "UTC (UTC)"; the id still finds the zone);
receipts that say when and that the work arrived, the fingerprint only behind Details.
(English in the real window: tests/test_ui_main.py and tests/test_ui_sync.py.)"""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt

pytestmark = pytest.mark.ui

# (language, Madrid as the picker lists it, Seoul's name, the name typed to find Seoul)
CASES = [("es", "Madrid (CEST)", "KST (Seúl)", "Seúl"),
         ("ko", "마드리드(CEST)", "KST(서울)", "서울")]


@pytest.fixture(params=CASES, ids=[c[0] for c in CASES])
def language(request, data_dir):
    from companion.app import build_app
    from companion.domain import i18n
    from companion.services.locale import LANGUAGE

    app = build_app(data_dir)
    app.settings.set(LANGUAGE, request.param[0])
    app.close()
    yield request.param
    from companion.ui.language import LanguagePack, apply

    apply(LanguagePack("en", None, None))
    i18n.install(None)


def test_the_zone_picker_and_the_status_bar_name_zones_as_people_know_them(language, window, qtbot):
    code, madrid, seoul, typed = language
    assert window.language == code
    window.go_to("settings", None)
    section = window.pages["settings"].time_zone
    box = section.tz
    qtbot.waitUntil(lambda: box.count() > 300, timeout=10_000)
    names = [box.itemText(i) for i in range(box.count())]
    ids = [box.itemData(i) for i in range(box.count())]
    raw = [name for name, zone in zip(names, ids) if name == zone or re.fullmatch(r"[A-Za-z_]+/[A-Za-z_/+-]+", name)]
    assert not raw, raw[:10]
    assert not any(re.search(r"\b(\w+) \(\1\)", name) for name in names)  # never "UTC (UTC)"
    assert len(names) == len(set(names))  # no two alike
    if code == "es":  # in the language's alphabetical order: Ámsterdam among the A's, not after Zúrich
        amsterdam = names.index(box.itemText(box.findData("Europe/Amsterdam")))
        assert names[amsterdam].startswith("Ámsterdam") and amsterdam < names.index(box.itemText(box.findData("Europe/Berlin")))
    assert box.itemText(box.findData("Europe/Madrid")) == madrid
    # the id still finds the zone: typed, its suggestion (name and id) picked, the box shows the name
    box.lineEdit().clear()
    box.lineEdit().setFocus()
    qtbot.keyClicks(box.lineEdit(), "Europe/Mad")
    popup = box.completer().popup()
    qtbot.waitUntil(popup.isVisible, timeout=3000)
    assert box.completer().currentCompletion() == f"{madrid} — Europe/Madrid"
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: box.currentText() == madrid, timeout=3000)
    section.apply.click()
    qtbot.waitUntil(lambda: window.context.user_tz == "Europe/Madrid", timeout=5000)
    # and the city as the language writes it, typed and applied
    box.setEditText(typed)
    section.apply.click()
    qtbot.waitUntil(lambda: window.context.user_tz == "Asia/Seoul", timeout=5000)
    assert "/" not in box.currentText()
    qtbot.waitUntil(lambda: seoul in window.zone_status.text(), timeout=5000)
    assert "Asia/Seoul" not in window.zone_status.text()
    # a zone it does not know is refused in words about the list and cities, not "IANA names"
    box.setEditText("Mars/Olympus")
    section.apply.click()
    refused = {"es": "no es una zona horaria", "ko": "시간대가 아닙니다"}[code]
    qtbot.waitUntil(lambda: refused in section.message.text(), timeout=5000)
    assert "IANA" not in section.message.text() and "Mars/Olympus" in section.message.text()
    # the completer's suggestions carry the id after the name, so typing the id finds the zone too
    found = box.completer().model()
    texts = [found.index(i, 0).data() for i in range(found.rowCount())]
    assert any(t.startswith(madrid) and t.endswith("Europe/Madrid") for t in texts)


RECEIPT = {"submission_id": "7f3a9c2e-5b1d-4e8a-9f00-1c2d3e4f5a6b", "received_at": "2023-07-20T06:02:00Z",
           "content_sha256": "9b74c9897bac770ffc029102a200c5de" * 2, "status": "accepted"}


@pytest.mark.parametrize("code, arrived, fingerprint", [("en", "arrived at the portal", "Fingerprint"),
                                                        ("es", "llegó al portal", "Huella"),
                                                        ("ko", "포털에 도착함", "지문")])
def test_receipts_say_when_and_that_it_arrived(qapp, code, arrived, fingerprint):
    from companion.ui import language
    from companion.ui.pages.submission_words import receipt_details, receipt_words

    try:
        language.apply(language.read_language_choice(code))
        said = receipt_words(RECEIPT, "Asia/Seoul", "Europe/Madrid")
        assert said.startswith(arrived) and "KST" in said and "CEST" in said, said
        assert "7f3a" not in said and "9b74" not in said and "receipt" not in said.lower(), said
        details = receipt_details(RECEIPT)
        assert RECEIPT["submission_id"] in details and RECEIPT["content_sha256"] in details
        assert fingerprint in details, details
    finally:
        language.apply(language.read_language_choice("en"))
