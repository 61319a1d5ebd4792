"""Updates passed on over the office network, over real HTTP on 127.0.0.1: two Companions (two app data
folders, two installs), a TUF repository published by companion.updates.publish on a static file
server, and A's real share server (Settings -> Sharing's switch). B takes the update file from A and
only metadata from the repository; a lying colleague costs only its attempt; sharing off serves nothing."""

from __future__ import annotations

import functools
import hashlib
import http.client
import io
import json
import shutil
from pathlib import Path

import pytest

from companion.domain.sharing import INDEX_PATH, UPDATES_PREFIX, Peer
from companion.services import app_folders
from companion.services.settings import DOWNLOAD_USAGE, UPDATE_LAST, UPDATE_URL
from companion.services.updates import State, UpdateService
from companion.updates import archive
from companion.updates.client import UpdateClient
from companion.updates.fetcher import BoundedFetcher, Bounds

from .support.static_repo import bytes_of, endless, serve, trickle
from .support.update_world import update_world

pytestmark = pytest.mark.integration

QUICK_PEER = Bounds(connect_timeout=2.0, read_timeout=1.0, min_rate=20_000.0, window=1.0, base_deadline=3.0,
                    deadline_rate=256_000.0)  # PEER_BOUNDS, shorter, so a slow peer costs a second here


def tree(folder: Path) -> str:
    buf = io.BytesIO()
    archive.pack(folder, buf)
    return hashlib.sha256(buf.getvalue()).hexdigest()


class Computer:
    """One participant's Companion: its own data folder (the real app) and its own install of 0.1.0."""

    def __init__(self, base: Path, world, clock, repo_url: str, peers=None):
        from companion.app import build_app

        self.app = build_app(base / "data", clock=clock)
        self.root = base / "install"
        (self.root / "versions").mkdir(parents=True)
        shutil.copytree(world.root / "versions" / "0.1.0", self.root / "versions" / "0.1.0", symlinks=True)
        (self.root / "current").write_text("0.1.0\n")
        self.app.settings.set(UPDATE_URL, repo_url)
        self.clients: list[UpdateClient] = []

        def factory(*args, **kw):
            client = UpdateClient(*args, trusted_root=world.trusted_root,
                                  peer_fetcher=BoundedFetcher(QUICK_PEER), **kw)
            self.clients.append(client)
            return client

        # the app's own service, given this install and a test root of trust; its peers as the app wires them
        self.service = UpdateService(self.app.settings, clock, self.app.data_dir / "updates",
                                     app_folders.Install(self.root, "0.1.0"), client_factory=factory,
                                     peers=peers or self.app.updates.peers)

    def close(self):
        self.app.sharing.stop()
        self.app.close()


@pytest.fixture
def office(tmp_path, clock):
    """A repository; computer A has fetched 0.2.0 from it and shares (its real share server, the
    Settings switch's code path); computer B looks for colleagues and finds A."""
    world = update_world(tmp_path / "world")
    with serve(world.repo.dir) as repo:
        a = Computer(tmp_path / "a", world, clock, repo.url)
        first = a.service.check(metered=False)
        assert (first.state, first.source) == (State.READY, "repository"), first
        server = a.app.sharing.start(port=0, rate_bytes=None, host="127.0.0.1", announce=False)
        peer = Peer("ANA-LAPTOP", "127.0.0.1", server.port)
        b = Computer(tmp_path / "b", world, clock, repo.url)
        b.app.downloads.peers = lambda: [peer]  # what discovery (or --peer) gives the app
        repo.paths.clear()
        yield world, repo, a, b, server
        a.close()
        b.close()


def target_paths(server) -> list[str]:
    return [p for p in server.paths if "/targets/" in p]


def get(port: int, path: str) -> tuple[int, bytes]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
    try:
        conn.request("GET", path)
        answer = conn.getresponse()
        return answer.status, answer.read()
    finally:
        conn.close()


def test_b_takes_the_update_from_a_and_only_metadata_from_the_repository(office):
    world, repo, a, b, server = office
    status = b.service.check(metered=False)
    assert (status.state, status.version, status.source) == (State.READY, "0.2.0", "peer"), status
    assert tree(b.root / "versions" / "0.2.0") == tree(world.next_build)  # exactly the signed build
    assert app_folders.pending_version(b.root) == "0.2.0"
    # the repository sent metadata only: no request for a target, so 0 bytes of targets from it
    assert target_paths(repo) == [] and any("timestamp" in p for p in repo.paths)
    client = b.clients[-1]
    patch_length = status.offer.size_bytes
    assert status.offer.kind == "patch" and server.bytes_sent == patch_length
    assert client.bytes_from_peers >= patch_length
    from_repository = client.bytes_received - client.bytes_from_peers
    print(f"\nupdate {status.offer.kind} {patch_length} B from the peer; from the repository "
          f"{from_repository} B (metadata only), targets 0 B")
    # only what crossed the repository's link counts towards the day's budget
    assert status.bytes_used == from_repository == b.app.settings.get(DOWNLOAD_USAGE)["bytes"]
    assert b.app.settings.get(UPDATE_LAST)["source"] == "peer"
    from companion.ui.pages.settings_updates import last_check_words

    assert "colleague" in last_check_words(b.app.settings.get(UPDATE_LAST), "UTC")
    # B now passes it on as well: its index offers the same signed file
    b_server = b.app.sharing.start(port=0, rate_bytes=None, host="127.0.0.1", announce=False)
    _, body = get(b_server.port, INDEX_PATH)
    assert [u["target"] for u in json.loads(body)["updates"]] == [status.offer.target]


def test_the_share_server_passes_on_only_verified_update_files_and_never_metadata(office):
    world, repo, a, b, server = office
    _, body = get(server.port, INDEX_PATH)
    offered = json.loads(body)["updates"]
    assert len(offered) == 1 and offered[0]["target"].endswith(".bsdiff4")
    target = offered[0]["target"]
    folder, _, name = target.rpartition("/")
    kept = a.app.data_dir / "updates" / "downloads" / name
    assert get(server.port, f"{UPDATES_PREFIX}targets/{target}") == (200, kept.read_bytes())
    assert get(server.port, f"{UPDATES_PREFIX}targets/{folder}/{offered[0]['sha256']}.{name}")[0] == 200
    for path in (f"{UPDATES_PREFIX}metadata/timestamp.json", f"{UPDATES_PREFIX}targets/timestamp.json",
                 f"{UPDATES_PREFIX}targets/../metadata/root.json", f"{UPDATES_PREFIX}targets/{folder}/..",
                 f"{UPDATES_PREFIX}targets/{folder}/%2e%2e/x", f"{UPDATES_PREFIX}targets/metadata/targets.json",
                 f"{UPDATES_PREFIX}targets/{folder}/companion-0.1.0.tar.xz"):  # signed, but not fetched here
        assert get(server.port, path)[0] == 404, path
    # altered on A's disk: no longer offered nor served, and B takes it from the repository
    kept.write_bytes(b"y" * kept.stat().st_size)
    assert json.loads(get(server.port, INDEX_PATH)[1])["updates"] == []
    assert get(server.port, f"{UPDATES_PREFIX}targets/{target}")[0] == 404
    sent = server.bytes_sent
    status = b.service.check(metered=False)
    assert (status.state, status.source) == (State.READY, "repository")
    assert server.bytes_sent == sent and len(target_paths(repo)) == 1


def lying_peer_folder(base: Path, world, how: str):
    """A colleague whose index offers the signed file, and who then sends something else."""
    target = next(p for p in (world.repo.dir / "targets").rglob("*.bsdiff4"))
    data = target.read_bytes()
    sha, _, name = target.name.partition(".")
    signed = f"{target.parent.name}/{name}"
    (base / "companion-share" / "v1").mkdir(parents=True)
    (base / "companion-share" / "v1" / "index").write_text(json.dumps(
        {"name": "MALLORY", "files": [], "updates": [{"target": signed, "sha256": sha, "length": len(data)}]}))
    answer = {"wrong bytes": bytes_of(b"x" * len(data)), "endless": endless,
              "wrong length": bytes_of(data + b"more"), "short": bytes_of(data[:-100]),
              "slow": trickle(data, 0.3, step=1)}[how]
    return f"{UPDATES_PREFIX}targets/{target.parent.name}/{target.name}", answer


def test_a_lying_peer_costs_only_its_attempt_and_the_repository_serves_the_update(tmp_path, clock):
    world = update_world(tmp_path / "world")
    with serve(world.repo.dir) as repo:
        for n, how in enumerate(("wrong bytes", "endless", "wrong length", "short", "slow")):
            path, answer = lying_peer_folder(tmp_path / f"mallory{n}", world, how)
            with serve(tmp_path / f"mallory{n}") as mallory:
                mallory.hooks[path] = answer
                peer = Peer("MALLORY", "127.0.0.1", mallory.server_port)
                b = Computer(tmp_path / f"b{n}", world, clock, repo.url, peers=lambda peer=peer: [peer])
                try:
                    before = len(target_paths(repo))
                    status = b.service.check(metered=False)
                    assert (status.state, status.source) == (State.READY, "repository"), (how, status)
                    assert path in mallory.paths, how  # the peer was tried first ...
                    assert len(target_paths(repo)) == before + 1, how  # ... and the repository served it
                    # nothing was installed from the peer's bytes: the new folder is exactly the signed build
                    assert tree(b.root / "versions" / "0.2.0") == tree(world.next_build), how
                    client = b.clients[-1]
                    assert client.refused_peers == {peer.base + UPDATES_PREFIX}, how
                    # and in the budget only the repository's bytes count, not Mallory's
                    assert status.bytes_used == client.bytes_received - client.bytes_from_peers, how
                    # while the app runs, Mallory is not asked again (a second update, say, after a rollback)
                    shutil.rmtree(b.root / "versions" / "0.2.0")
                    (b.root / "pending").unlink(missing_ok=True)
                    shutil.rmtree(b.app.data_dir / "updates" / "downloads")
                    mallory.paths.clear()
                    before = len(target_paths(repo))
                    assert b.service.check(metered=False).source == "repository"
                    assert mallory.paths == [] and len(target_paths(repo)) == before + 1, how
                finally:
                    b.close()


def test_a_peer_whose_index_is_endless_or_nonsense_offers_nothing(tmp_path, clock):
    world = update_world(tmp_path / "world")
    with serve(world.repo.dir) as repo:
        for n, answer in enumerate((endless, bytes_of(b"\x00not json"), bytes_of(b'{"updates": [{"target": "../x"}]}'))):
            path, _ = lying_peer_folder(tmp_path / f"mallory{n}", world, "wrong bytes")
            with serve(tmp_path / f"mallory{n}") as mallory:
                mallory.hooks[INDEX_PATH] = answer
                peer = Peer("MALLORY", "127.0.0.1", mallory.server_port)
                b = Computer(tmp_path / f"b{n}", world, clock, repo.url, peers=lambda peer=peer: [peer])
                try:
                    status = b.service.check(metered=False)
                    assert (status.state, status.source) == (State.READY, "repository"), status
                    assert mallory.paths == [INDEX_PATH]  # asked what it offers, and never for the file
                    assert b.clients[-1].bytes_from_peers <= 4_000_000 + 65_536  # the index limit and one read
                finally:
                    b.close()


def test_sharing_off_serves_nothing_and_b_uses_the_repository(office):
    world, repo, a, b, server = office
    port = server.port
    a.app.sharing.stop()  # Settings -> Sharing off
    with pytest.raises(OSError):
        get(port, INDEX_PATH)
    status = b.service.check(metered=False)
    assert (status.state, status.source) == (State.READY, "repository"), status
    assert len(target_paths(repo)) == 1 and b.clients[-1].bytes_from_peers == 0


def test_companion_update_with_peer_takes_the_file_from_that_colleague(office, capsys):
    import argparse

    from companion.cli import cmd_update

    world, repo, a, b, server = office
    b.app.downloads.peers = lambda: []  # nothing discovered: the colleague is named on the command line
    b.app.updates = b.service
    assert cmd_update(b.app, argparse.Namespace(peer=[f"127.0.0.1:{server.port}"], yes=False)) == 0
    said = capsys.readouterr().out
    assert "0.2.0" in said and "colleague" in said, said
    assert target_paths(repo) == [] and server.bytes_sent > 0
    assert cmd_update(b.app, argparse.Namespace(peer=["not an address:x"], yes=False)) == 2


def test_on_a_metered_link_a_colleague_hands_the_update_over_and_the_repository_waits(office, clock):
    """The download rules hold the repository (metered, budget), not the office network: as lecture
    files, an update a colleague offers is taken from them; one no colleague sends right stays held."""
    from companion.domain import reasons
    from companion.services.settings import UNMETERED_ONLY

    world, repo, a, b, server = office
    b.app.settings.set(UNMETERED_ONLY, True)
    offer = b.service.check(metered=True, by_hand=True)
    assert offer.state is State.OFFER
    done = b.service.fetch(offer.offer, metered=True)
    assert (done.state, done.source) == (State.READY, "peer"), done
    assert target_paths(repo) == [] and tree(b.root / "versions" / "0.2.0") == tree(world.next_build)
    # sharing off at A: held, and nothing fetched from the repository
    c = Computer(world.base / "c", world, clock, repo.url)
    try:
        c.app.settings.set(UNMETERED_ONLY, True)
        c.app.downloads.peers = lambda: [Peer("ANA-LAPTOP", "127.0.0.1", server.port)]
        a.app.sharing.stop()
        offer = c.service.check(metered=True, by_hand=True)
        held = c.service.fetch(offer.offer, metered=True)
        assert (held.state, held.hold.code) == (State.HELD, reasons.HOLD_METERED), held
        assert target_paths(repo) == [] and app_folders.pending_version(c.root) is None
    finally:
        c.close()
