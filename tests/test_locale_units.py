"""Every unit the app asks Babel for is written in en, es and ko, and a missing one never raises
(issue 21: `companion download` crashed in es and ko on "megabyte-per-second", which CLDR lacks)."""
import re
from pathlib import Path

import pytest

from companion.domain import i18n
from companion.services.locale import apply_language
from companion.sync.downloads import Progress

ROOT = Path(__file__).resolve().parents[1] / "companion"
# unit(value, "name" ...) in the sources: the names the code really asks for
CALL = re.compile(r"""\bunit\([^()]*?(?:\([^()]*\)[^()]*?)*,\s*["']([a-z]+(?:-[a-z]+)+)["']""")


def asked_units() -> set[str]:
    return {m.group(1) for f in ROOT.rglob("*.py") for m in CALL.finditer(f.read_text(encoding="utf-8"))}


@pytest.fixture
def language():
    yield apply_language
    apply_language("en")


def test_the_scan_finds_the_speeds_and_sizes():
    assert {"megabyte-per-second", "kilobyte-per-second", "duration-minute", "digital-megabyte"} <= asked_units()


@pytest.mark.parametrize("lang", ["en", "es", "ko"])
def test_every_unit_asked_for_is_written_with_a_symbol(language, lang):
    language(lang)
    for name in sorted(asked_units() | set(i18n.UNITS)):
        text = i18n.unit(1.25, name, 1)
        assert name not in text, (lang, name, text)  # a symbol, not the CLDR id
        assert re.search(r"\d[.,]\d", text), (lang, name, text)
    # a unit nobody knows falls back to the bare name, without raising
    assert "1" in i18n.unit(1, "no-such-unit", 0)
    assert i18n.unit(2, "furlong-per-fortnight-per-nothing", 0)


@pytest.mark.parametrize("lang, mb, kb, left", [
    ("en", "1.2 MB/s", "50 kB/s", "min"),
    ("es", "1,2 MB/s", "50 kB/s", "min"),
    ("ko", "1.2MB/s", "50kB/s", "분"),
])
def test_download_progress_words_in_each_language(language, lang, mb, kb, left):
    from companion.ui.downloads import progress_words

    language(lang)
    fast = progress_words(Progress("c", "m", "v", done=10_000_000, total=200_000_000, speed=1_234_567))
    assert mb in fast and left in fast, fast
    slow = progress_words(Progress("c", "m", "v", done=1_000, total=2_000_000, speed=50_000))
    assert kb in slow, slow
