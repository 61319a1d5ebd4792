"""Keep PySide6's import hook from holding the source of every module in memory.

PySide6 watches every import that follows its own (for its ``__feature__`` switches) and asks
``inspect.getsource`` whether the new module mentions PySide6. That reads the module's whole source
through ``linecache``, which keeps it: about 600 files, ~9 MB of text and ~25 MB of resident memory
once the store and the services are imported (measured with bench/startup.py; a frozen app has no
sources, so it never paid this), and the reading itself costs start-up time on the GUI thread
(tokenising and splitting each file into lines). The answer PySide6 gets stays exactly the same: a
module's ``.py`` file is read as bytes and searched for the same word; any other module (built in,
frozen, from a zip) goes to PySide6's own check, and the lines it caches are dropped again.
"""

from __future__ import annotations

import linecache
import sys
from itertools import islice


def keep_imports_light() -> None:
    """Wrap PySide6's source check so what it reads leaves the line cache; then empty that cache
    (tracebacks read the lines again when they need them). Safe to call more than once."""
    import PySide6  # noqa: F401  - installs the import hook this wraps

    try:
        from shibokensupport import feature  # PySide6's own helper package (embedded in shiboken6)
    except ImportError:
        return
    original = getattr(feature, "_mod_uses_pyside", None)
    if original is None or getattr(original, "keeps_lines", None) is False:
        return

    def mod_uses_pyside(module) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                pass  # not a file on disk (a zip, a frozen app): PySide6's own way below
        cache = linecache.cache
        had = len(cache)
        try:
            return original(module)
        finally:
            added = len(cache) - had
            if added > 0:  # the files it just read are the newest keys (dicts keep insertion order)
                for key in list(islice(reversed(cache), added)):
                    cache.pop(key, None)

    mod_uses_pyside.keeps_lines = False
    feature._mod_uses_pyside = mod_uses_pyside
    linecache.clearcache()


def keep_none_alive() -> None:
    """Make ``None`` immortal on Python 3.11, as Python 3.12 does (PEP 683).

    PySide6 6.12's bindings hand back ``None`` from a call that returns nothing (``setText``,
    ``drawRect``, ``drawPrimitive``...) without taking a reference to it: right on Python 3.12, where
    ``None`` is immortal, but on 3.11 every such call takes one reference away, and once the few
    thousand a process holds are gone Python stops with "none_dealloc: deallocating None"
    (measured: a bare label's ``setText`` 5,060 times; a window painted through the contrast style,
    in seconds). Giving ``None`` the huge count 3.12 gives immortal objects makes that count
    unreachable. Idempotent; nothing to do from Python 3.12 on."""
    if sys.version_info >= (3, 12):
        return
    import ctypes

    count = ctypes.c_ssize_t.from_address(id(None))  # ob_refcnt, the first field of every object
    if count.value < IMMORTAL // 2:
        count.value += IMMORTAL


IMMORTAL = 1 << 60
