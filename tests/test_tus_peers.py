"""The tus protocol against implementations we did not write (tests/js): tus-js-client uploads to
the reference portal with a break half-way and resumes from its stored URL; the app's own tus client
uploads to @tus/server with a break and resumes. Both end byte-exact."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import uuid
from pathlib import Path

import pytest

from companion.portal import tus
from companion.portal.client import PortalClient

from .conftest import ROOT
from .support.portal import Caller

pytestmark = pytest.mark.integration
JS = ROOT / "tests" / "js"


@pytest.fixture(scope="session")
def node():
    """Node with tests/js's packages: `npm ci` from the lock file, unless node_modules is already
    there and as new as the lock (so the tests also run offline)."""
    node, npm = shutil.which("node"), shutil.which("npm")
    if not node or not npm:
        pytest.skip("Node.js and npm are not installed (Debian: apt-get install nodejs npm, which `make test` "
                    "does): the tests against independent tus implementations cannot run")
    installed = JS / "node_modules" / ".package-lock.json"
    if not installed.exists() or installed.stat().st_mtime < (JS / "package-lock.json").stat().st_mtime:
        done = subprocess.run([npm, "ci", "--no-audit", "--no-fund"], cwd=JS, capture_output=True, text=True,
                              timeout=600)
        assert done.returncode == 0, f"npm ci failed in {JS}:\n{done.stdout}\n{done.stderr}"
    return node


def a_photo(tmp_path: Path, size: int = 1_000_000) -> tuple[Path, bytes]:
    data = os.urandom(size)
    path = tmp_path / "selfie.jpg"
    path.write_bytes(data)
    return path, data


def test_tus_js_client_resumes_an_upload_to_the_portal(node, portal, tmp_path):
    path, data = a_photo(tmp_path)
    ana = Caller(portal.url, "ana", "secret-pw")
    meta = json.dumps({"filename": "selfie.jpg", "mime": "image/jpeg", "sha256": hashlib.sha256(data).hexdigest(),
                       "submission_id": str(uuid.uuid4())})
    storage = tmp_path / "tus-urls.json"

    def run(mode: str) -> dict:
        done = subprocess.run([node, str(JS / "upload.mjs"), portal.url + "/api/v1/uploads/", ana.token, str(path),
                               str(storage), mode, meta], capture_output=True, text=True, timeout=120, cwd=JS)
        assert done.returncode == 0, done.stderr
        return json.loads(done.stdout.strip().splitlines()[-1])

    broken = run("break")
    head = ana.request("HEAD", broken["url"], headers={"Tus-Resumable": "1.0.0"})
    stopped_at = int(head.headers["Upload-Offset"])
    assert 0 < stopped_at < len(data), "the break should leave a partial upload on the portal"
    resumed = run("resume")
    assert resumed["url"] == broken["url"] and resumed["resumed_from"] == stopped_at
    upload_id = resumed["url"].rstrip("/").rsplit("/", 1)[-1]
    stored = Path(portal.app.state.config.data_dir) / "uploads" / upload_id
    assert stored.read_bytes() == data  # byte-exact (and the portal verified its sha256, or it would refuse)
    assert ana.request("HEAD", resumed["url"], headers={"Tus-Resumable": "1.0.0"}).headers["Upload-Offset"] == \
        str(len(data))


@pytest.fixture
def tus_server(node, tmp_path):
    store = tmp_path / "tus-store"
    store.mkdir()
    process = subprocess.Popen([node, str(JS / "server.mjs"), str(store)], cwd=JS, stdout=subprocess.PIPE,
                               stderr=subprocess.PIPE, text=True)
    line = process.stdout.readline()
    assert line, process.stderr.read()
    yield f"http://127.0.0.1:{json.loads(line)['port']}", store
    process.terminate()
    process.wait(10)


class Break(Exception):
    """The connection 'dies' half-way (the progress callback raises between two chunks)."""


def test_our_tus_client_resumes_an_upload_to_tus_server(tus_server, tmp_path):
    url, store = tus_server
    path, data = a_photo(tmp_path)
    meta = {"filename": "selfie.jpg", "mime": "image/jpeg", "sha256": hashlib.sha256(data).hexdigest(),
            "submission_id": str(uuid.uuid4())}
    remembered: list[str | None] = []

    def break_half_way(offset: int, size: int) -> None:
        if offset >= size // 2:
            raise Break

    client = PortalClient(url)
    with pytest.raises(Break):
        tus.upload(client, path, meta, url=None, remember=remembered.append, chunk_size=128 * 1024,
                   progress=break_half_way)
    assert remembered and remembered[-1].startswith(url + "/api/v1/uploads/")
    offsets: list[int] = []
    done = tus.upload(PortalClient(url), path, meta, url=remembered[-1], remember=remembered.append,
                      chunk_size=128 * 1024, progress=lambda offset, size: offsets.append(offset))
    assert done == remembered[-1]  # the same upload, resumed
    assert offsets[0] > len(data) // 2 and offsets[-1] == len(data)  # from where it stopped, not from 0
    upload_id = done.rsplit("/", 1)[-1]
    assert (store / upload_id).read_bytes() == data
    info = json.loads((store / f"{upload_id}.json").read_text())
    assert info["metadata"]["sha256"] == meta["sha256"] and info["size"] == len(data)
