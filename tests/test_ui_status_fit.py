"""The status bar at 1024x600 with the font doubled, in Korean and Spanish (issue 21, point 2's status
bar): it shows what matters at that width and drops the rest, each part whole, never cut mid-word; a
temporary message is whole or replaced by its first sentences or words (ending in "…"), never cut.
The window runs in its own process (tests/support/status_check.py): the screen and font resolution
are the platform's, fixed before Qt starts, as QT_FONT_DPI=192 does on X11."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from .conftest import ROOT

pytestmark = pytest.mark.ui
CHECK = ROOT / "tests" / "support" / "status_check.py"


def status_report(language: str, tmp_path) -> dict:
    result = subprocess.run([sys.executable, str(CHECK), "--screen", "1024x600", "--dpi", "192", "--language", language,
                             "--data-dir", str(tmp_path / "data")], capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout)


def whole_or_cut_between_words(full: str, shown: str) -> bool:
    if shown == full:
        return True
    if not shown.endswith("…"):
        return False
    head = shown.rstrip("…").rstrip()
    return bool(head) and full.startswith(head) and (full[len(head):][:1].isspace() or head[-1] in ".!?。")


@pytest.mark.parametrize("language", ["ko", "es"])
def test_status_bar_shows_what_matters_whole_at_1024x600_with_a_doubled_font(language, tmp_path):
    report = status_report(language, tmp_path)
    for state in (report["parts"], report["after"], *(m["parts"] for m in report["messages"])):
        for part in state:
            if part["shown"]:
                assert part["whole"] and part["inside"], (language, part)
    outbox = report["after"][1]
    assert outbox["text"] and outbox["shown"], ("the outbox is what matters most when nothing downloads", report["after"])
    short, long = report["messages"]
    assert short["shown"] == short["full"], short  # a short message is shown whole
    for message in (short, long):
        assert message["width"] <= message["room"], message  # nothing painted past its room
        assert whole_or_cut_between_words(message["full"], message["shown"]), message
        assert message["full_kept"] == message["full"]  # the whole text stays in the tooltip and description
    assert long["shown"] != long["full"]  # this one cannot fit at that width: it was replaced, not cut
