"""Zones named as people know them in Settings' zone picker and the status bar, in English and under
the real Spanish and Korean translations with Babel's CLDR city names (#21 point 6): never the raw IANA
id as a zone's name, never "UTC (UTC)"; the id still finds the zone."""

from __future__ import annotations

import re

import pytest

pytestmark = pytest.mark.ui

# (language, Madrid as the picker lists it, Seoul's name, the name typed to find Seoul)
CASES = [("en", "Madrid (CEST)", "KST (Seoul)", "seoul"),
         ("es", "Madrid (CEST)", "KST (Seúl)", "Seúl"),
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
    assert names == sorted(names, key=str.casefold) or len(names) == len(set(names))
    assert box.itemText(box.findData("Europe/Madrid")) == madrid
    # the id still finds the zone (typed, then applied), and so does the city as the language writes it
    box.setEditText("Europe/Madrid")
    section.apply.click()
    qtbot.waitUntil(lambda: box.currentText() == madrid and window.context.user_tz == "Europe/Madrid", timeout=5000)
    box.setEditText(typed)
    section.apply.click()
    qtbot.waitUntil(lambda: window.context.user_tz == "Asia/Seoul", timeout=5000)
    assert "/" not in box.currentText()
    qtbot.waitUntil(lambda: seoul in window.zone_status.text(), timeout=5000)
    assert "Asia/Seoul" not in window.zone_status.text()
    # the completer's suggestions carry the id after the name, so typing the id finds the zone too
    found = box.completer().model()
    texts = [found.index(i, 0).data() for i in range(found.rowCount())]
    assert any(t.startswith(madrid) and t.endswith("Europe/Madrid") for t in texts)
