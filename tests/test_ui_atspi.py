"""Screen readers through the real accessibility bus (issue 21, point 7): the running app, under Xvfb
with a private D-Bus session, is read over AT-SPI by pyatspi (Debian's python3-pyatspi, run by
/usr/bin/python3) as Orca would read it, and worked with the keyboard alone
(tests/support/atspi_drive.py and atspi_reader.py). The pages are read and walked in English and in
the real Spanish and Korean translations (resources/i18n/*.qm); the quiz and the feedback in English.
It fails on any focusable node, on any page and
scrolled to wherever it sits, without a name, with a name that does not start with its visible text
(or, for a field, with the label shown beside it) or that another control of the page also has, on a combo box with no shown label tied to it, on a page
whose Tab order skips a control or goes back against reading order, on a Tab order that leaves the quiz's options for the
status bar or traps Tab in the essay, on a question that is not a named group described by its text,
and on a score that is never announced."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT

pytestmark = pytest.mark.ui
DRIVE = ROOT / "tests" / "support" / "atspi_drive.py"


def bus_missing() -> str | None:
    for tool in ("dbus-run-session", "xvfb-run"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed (Debian packages dbus, xvfb: see the Makefile's TEST_PACKAGES)"
    if subprocess.run(["/usr/bin/python3", "-c", "import pyatspi"], capture_output=True).returncode != 0:
        return "pyatspi is not installed for /usr/bin/python3 (Debian packages python3-pyatspi, at-spi2-core)"
    return None


LANGUAGES = ("en", "es", "ko")


@pytest.fixture(scope="module")
def heard_in(tmp_path_factory) -> dict[str, dict]:
    """Each language's report, the three windows opened one after another on one bus and one screen:
    English worked in full, Spanish and Korean (the real translations) read and walked page by page."""
    reason = bus_missing()
    if reason:
        pytest.skip(f"the accessibility bus cannot start: {reason}")
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DBUS_SESSION_BUS_ADDRESS", "DISPLAY")}
    runtime = tmp_path_factory.mktemp("atspi-runtime")  # the accessibility bus's socket: ours, not a neighbour's
    runtime.chmod(0o700)
    env.update(QT_QPA_PLATFORM="xcb", QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1", LANGUAGE="en",
               PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring", PYTHONPATH=str(ROOT),
               XDG_RUNTIME_DIR=str(runtime))
    base = tmp_path_factory.mktemp("atspi")
    # sh runs the drive once per language: "$0" is the interpreter, "$1" the drive, "$2" the data folders' parent
    script = "; ".join(f'"$0" "$1" "$2/{code}" {code} || exit 1' for code in LANGUAGES)
    result = subprocess.run(["dbus-run-session", "--", "xvfb-run", "-a", "-s", "-screen 0 1024x600x24",
                             "sh", "-c", script, sys.executable, str(DRIVE), str(base)], capture_output=True,
                            text=True, timeout=300, cwd=ROOT, env=env)
    reports = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert result.returncode == 0 and len(reports) == len(LANGUAGES), result.stderr[-3000:]
    assert "Traceback" not in result.stderr, result.stderr[-3000:]  # nothing raised in the app meanwhile
    by_language = {report["language"]: report for report in reports}
    assert sorted(by_language) == sorted(LANGUAGES)  # each window really opened in its language
    return by_language


@pytest.fixture(scope="module")
def heard(heard_in) -> dict:
    return heard_in["en"]


@pytest.fixture(params=LANGUAGES)
def heard_pages(request, heard_in) -> dict:
    """One language's reading of the pages (English, and the real Spanish and Korean translations)."""
    return heard_in[request.param]


def test_every_focusable_node_is_named_by_what_it_shows(heard_pages):
    heard = heard_pages
    assert all(heard["pages"][name] > 3 for name in heard["pages"]), heard["pages"]  # the pages were read
    assert heard["unread"] == {name: [] for name in heard["pages"]}  # every Tab stop of every page was read over the bus
    assert heard["name_lacks_text"] == [], heard["name_lacks_text"]  # WCAG 2.5.3: a voice command says what the control shows
    assert heard["name_lacks_label"] == [], heard["name_lacks_label"]  # ... and a field is called by its shown label
    assert heard["unnamed"] == [], heard["unnamed"]  # no unnamed stop: no empty selectable line, no bare container
    assert heard["same_name"] == [], heard["same_name"]  # no two controls of a page sound alike (the reminder spin boxes)


def test_every_combo_box_is_labelled_by_a_label_shown_beside_it(heard_pages):
    heard = heard_pages
    # Qt on Linux gives a combo box its value as AT-SPI name; Orca reads the labelled-by relation as its label
    pages = {c["page"] for c in heard["combos"]}
    assert {"schedule", "quizzes", "review", "settings"} <= pages, heard["combos"]
    assert [c for c in heard["combos"] if not c["label_shown"]] == []


def test_tab_goes_through_every_page_in_reading_order(heard_pages):
    heard = heard_pages
    for name, order in heard["tab_order"].items():
        assert len(order) >= 2, (name, order)  # Tab enters the page from the sidebar and moves in it
        assert heard["tab_unreached"][name] == [], (name, heard["tab_unreached"][name])  # every control reached
        # never back up the page, nor left along a row, unless moving on to a column further right
        assert heard["tab_backward"][name] == [], (name, order, heard["tab_rects"][name])


def test_tab_leaves_the_essay_and_goes_from_the_options_to_previous_and_next(heard):
    tab = heard["tab"]
    assert tab["essay_left_editor"] and tab["essay_submit_reached"]
    assert "600 words" in tab["essay_description"] and "0 words" in tab["essay_description"]
    assert tab["quiz_after_options_in_quiz"], tab["quiz_after_options"]


def test_a_question_is_a_named_group_and_the_score_is_announced(heard):
    assert heard["groups"] and all(g.startswith("Question ") and " | " in g and g.split(" | ")[1] for g in heard["groups"])
    focus = [h for h in heard["heard"] if h["kind"] == "focus"]
    assert any(h["role"] in ("radio button", "check box") and h["name"].startswith("A.") for h in focus)
    announced = [h["text"] for h in heard["heard"] if h["kind"] == "announcement"]
    assert any(heard["score"] in text for text in announced), announced


def test_an_organizers_feedback_is_announced_and_read_as_a_group_beside_the_essay(heard):
    said = [e["text"] for e in heard["heard"] if e["kind"] == "announcement"]
    assert any(t.startswith("New feedback from the organizer on ") and t.endswith(": Needs revision.") for t in said), said
    assert heard["feedback_groups"] == [
        "Feedback from the organizer: Needs revision | The organizer asked for a revision. Please add one example "
        "from your city. Change your work below and submit it again."], heard["feedback_groups"]
    # the comment itself is a stop of its own, read as what the organizer wrote
    assert heard["feedback_comment"] == ["Please add one example from your city."], heard["feedback_comment"]
