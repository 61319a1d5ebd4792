"""Shared fixtures. Qt runs offscreen; every test gets its own data folder and a fixed clock."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["LANGUAGE"] = "en"  # the app follows the computer's language; tests read English unless they ask
os.environ["COMPANION_NO_DISCOVERY"] = "1"  # no multicast DNS from the tests (test_share tests it on loopback)

from companion.ui.qtboot import keep_none_alive  # noqa: E402

keep_none_alive()  # as the app does: PySide6 6.12 on Python 3.11 takes a reference from None at every void call

import shutil
from datetime import datetime, timezone
from pathlib import Path

import pytest

from companion.domain.clock import FixedClock

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "resources" / "courses" / "caring-cities-2023"
# During the published course: Monday 10 July 2023, 12:00 UTC (14:00 in Madrid).
DURING_COURSE = datetime(2023, 7, 10, 12, 0, tzinfo=timezone.utc)


@pytest.fixture(autouse=True)
def memory_keyring():
    """Every test gets an empty in-memory keyring (the real keyring API, no desktop service)."""
    import keyring

    from .support.keyrings import MemoryKeyring

    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(DURING_COURSE)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


@pytest.fixture
def app(data_dir: Path, clock: FixedClock):
    from companion.app import build_app

    built = build_app(data_dir, clock=clock)
    yield built
    built.close()


@pytest.fixture
def sample_copy(tmp_path: Path) -> Path:
    """A writable copy of the sample course package, for tests that break or change it."""
    target = tmp_path / "package"
    shutil.copytree(SAMPLE, target)
    return target


@pytest.fixture
def window(qtbot, data_dir: Path, clock: FixedClock):
    """The real main window on the sample course, opened the way the app opens it."""
    from .support.windows import open_window

    win = open_window(qtbot, data_dir, clock, size=(1200, 800))
    errors: list[str] = []
    win.context.error.connect(errors.append)
    for name in win.pages:  # pages are made on first showing; the tests here look at all of them loaded
        win.pages[name]
    qtbot.waitUntil(lambda: not win.runner.busy, timeout=20_000)
    win.unexpected_errors = errors
    yield win
    if win.isVisible():
        win.close()
    # a page that failed to load reports through the context: that is a bug, not a quiet detail
    assert not errors, errors


@pytest.fixture
def portal(tmp_path, clock):
    """The reference portal on 127.0.0.1 with the sample course and a participant 'ana'; it judges
    deadlines by the same (fixed) clock as the app under test."""
    from companion_portal.app import Faults
    from companion_portal.testing import running_portal

    faults = Faults()
    with running_portal(tmp_path / "portal", course=SAMPLE, users={"ana": "secret-pw"}, faults=faults,
                        clock=clock.now) as server:
        server.faults = faults
        yield server


@pytest.fixture(scope="session")
def media_package(tmp_path_factory):
    """The sample course with generated slide PDFs and a short video, as the demo portal serves it."""
    from companion_portal.media import prepare_demo_package

    return prepare_demo_package(SAMPLE, tmp_path_factory.mktemp("media") / "caring-cities-2023", slide_pages=6,
                                video_seconds=6)


@pytest.fixture
def media_portal(tmp_path, clock, media_package):
    """A portal serving the course with downloadable slides."""
    from companion_portal.app import Faults
    from companion_portal.testing import running_portal

    faults = Faults()
    with running_portal(tmp_path / "portal", course=media_package, users={"ana": "secret-pw"}, faults=faults,
                        clock=clock.now) as server:
        server.faults = faults
        server.package = media_package
        yield server


@pytest.fixture
def big_font(qapp):
    """The application font at 200 % for the rest of the test (list it after ``window`` to grow the
    font on an open window, as the earlier tests did)."""
    font = qapp.font()
    original = font.pointSizeF()
    font.setPointSizeF(original * 2)
    qapp.setFont(font)
    yield
    font.setPointSizeF(original)
    qapp.setFont(font)
