"""PySide6's import hook must not keep the source of every imported module (companion.ui.qtboot)."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run(code: str, tmp_path: Path) -> str:
    (tmp_path / "plain_module.py").write_text("VALUE = 1\n" + "# filler line\n" * 2000, encoding="utf-8")
    (tmp_path / "qt_module.py").write_text("import PySide6.QtCore\nVALUE = 2\n", encoding="utf-8")
    out = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], cwd=ROOT, capture_output=True, text=True,
                         timeout=120, env={"PYTHONPATH": f"{ROOT}:{tmp_path}", "QT_QPA_PLATFORM": "offscreen",
                                           "PATH": "/usr/bin:/bin"})
    assert out.returncode == 0, out.stderr
    return out.stdout.strip()


CHECK = """
    import linecache, sys
    {setup}
    import plain_module, qt_module
    from shibokensupport import feature
    print(sum(1 for f in linecache.cache if f.endswith(("plain_module.py", "qt_module.py"))),
          feature.pyside_feature_dict.get("plain_module"), feature.pyside_feature_dict.get("qt_module"))
"""


def test_without_the_fix_pyside_keeps_the_source_of_each_import(tmp_path):
    # the behaviour the fix is for: if PySide6 stops doing this, companion.ui.qtboot can go
    assert run(CHECK.format(setup="import PySide6"), tmp_path) == "2 -1 0"


def test_with_the_fix_the_sources_leave_the_cache_and_the_answers_stay(tmp_path):
    setup = "from companion.ui.qtboot import keep_imports_light; keep_imports_light(); keep_imports_light()"
    # plain_module does not use PySide6 (-1), qt_module does (0): the same answers, no cached source
    assert run(CHECK.format(setup=setup), tmp_path) == "0 -1 0"


VOID_CALLS = """
    import sys
    from PySide6.QtWidgets import QApplication, QLabel
    {setup}
    app = QApplication([])
    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(100):
        label.setText("x")
    print(before - sys.getrefcount(None), flush=True)  # references None lost to 100 void calls
    for _ in range(30_000):
        label.setText("x")
    print("alive")
"""


def test_none_survives_pysides_void_calls():
    """PySide6 6.12 on Python 3.11 takes a reference from None at every call that returns nothing; a
    window painted through the contrast style makes thousands a second. Without keep_none_alive the
    process dies ("deallocating None"); with it, it lives."""
    def run_void_calls(setup: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-c", textwrap.dedent(VOID_CALLS.format(setup=setup))], cwd=ROOT,
                              capture_output=True, text=True, timeout=120,
                              env={"PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"})

    guarded = run_void_calls("from companion.ui.qtboot import keep_none_alive; keep_none_alive()")
    assert guarded.returncode == 0 and guarded.stdout.split()[-1] == "alive", guarded.stderr[-2000:]
    bare = run_void_calls("")
    lost = int(bare.stdout.split()[0])
    if sys.version_info < (3, 12) and lost > 0:  # the binding's defect is there: it is what kills the process
        assert bare.returncode != 0 and "deallocating None" in bare.stderr, (bare.returncode, bare.stderr[-500:])
