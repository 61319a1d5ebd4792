"""An app that has not spoken to a portal yet does not hold the HTTP library (#13: idle memory)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CODE = """
import sys
from companion.app import build_app
app = build_app(sys.argv[1])
before = sorted(m for m in ("requests", "urllib3", "charset_normalizer") if m in sys.modules)
from companion.portal.errors import PortalError
report = app.sync.run()  # no portal chosen: nothing to speak to, still nothing loaded
still = sorted(m for m in ("requests", "urllib3") if m in sys.modules)
client = app.sync.client_factory("http://127.0.0.1:9")  # the first client brings requests along
print(before, still, type(client).__name__, "requests" in sys.modules, report.no_portal)
"""


def test_requests_is_loaded_with_the_first_portal_client_not_at_start(tmp_path):
    out = subprocess.run([sys.executable, "-c", CODE, str(tmp_path / "data")], cwd=ROOT, capture_output=True,
                         text=True, timeout=120, env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin",
                                                      "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"})
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["[]", "[]", "PortalClient", "True", "True"]
