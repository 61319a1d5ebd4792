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


# a number formatted by Python inside words a person reads ("{0:.1f} GB", f"{score:g}") is written the
# English way in every language: 1.5 where Spanish writes 1,5
PYTHON_NUMBER_FORMAT = re.compile(r"\{[^{}:]*:[^{}]*[.,][^{}]*[fg%]\}|\{[^{}:]*:[^{}]*g\}")
SHOWN = [ROOT / "ui", *sorted((ROOT / "domain").glob("*words*.py")), ROOT / "domain" / "timefmt.py"]
NOT_SHOWN = {"selftest.py"}  # the self test's lines are a diagnosis in English for a bug report


def test_numbers_in_words_go_through_the_locale():
    found = []
    for place in SHOWN:
        for f in ([place] if place.is_file() else sorted(place.rglob("*.py"))):
            if f.name in NOT_SHOWN:
                continue
            for n, line in enumerate(f.read_text(encoding="utf-8").splitlines(), start=1):
                if PYTHON_NUMBER_FORMAT.search(line) and not line.lstrip().startswith("#"):
                    found.append(f"{f.relative_to(ROOT)}:{n}: {line.strip()[:100]}")
    assert not found, "numbers formatted by Python, not by the language:\n" + "\n".join(found)


@pytest.mark.parametrize("lang, score, speed, size", [("en", "66.7/100", "1.5×", "1.5 GB"),
                                                      ("es", "66,7/100", "1,5×", "1,5 GB"),
                                                      ("ko", "66.7/100", "1.5×", "1.5GB")])
def test_receipts_playback_speeds_and_sizes_in_each_language(language, lang, score, speed, size):
    from companion.domain.bundle_words import size_text
    from companion.ui.pages.submission_words import receipt_words
    from companion.ui.player import speed_label

    language(lang)
    assert score in receipt_words({"submission_id": "7f3a0000", "score": 66.7}, "UTC")
    assert speed_label(1.5) == speed and speed_label(0.75).startswith("0")
    assert size_text(1_500_000_000) == size
    # a portal's score that is no score is not shown, and never raises
    for odd in ("abc", None, True, float("nan"), 1e300, -5, [1]):
        assert "/100" not in receipt_words({"submission_id": "7f3a0000", "score": odd}, "UTC")
