"""Sign-in tokens in a real Secret Service: GNOME Keyring on a private D-Bus session bus, reached the way
the app reaches it (companion.credentials -> keyring's own SecretService backend, SecretStorage over
jeepney with cryptography's transport encryption), and read back over the bus without keyring."""

from __future__ import annotations

import os
import shutil
import subprocess
import time

import pytest

pytestmark = pytest.mark.integration
SERVICE = "Companion"


def unlocked_login_keyring() -> bool:
    import secretstorage

    try:
        connection = secretstorage.dbus_init()
    except Exception:
        return False
    try:
        from jeepney.bus_messages import message_bus

        # NameHasOwner, not SecretStorage's check_service_availability: that one has the bus start a second,
        # locked GNOME Keyring through D-Bus activation when ours is not up yet
        if not connection.send_and_get_reply(message_bus.NameHasOwner("org.freedesktop.secrets")).body[0]:
            return False
        return not secretstorage.Collection(connection).is_locked()  # the "default" alias, never created here
    except Exception:  # no default collection yet
        return False
    finally:
        connection.close()


@pytest.fixture
def secret_service(tmp_path, monkeypatch):
    """A session bus of its own with an unlocked GNOME Keyring, as on a participant's desktop, and
    keyring left to choose its backend by itself (as in the installed app)."""
    for tool in ("dbus-daemon", "gnome-keyring-daemon"):
        if shutil.which(tool) is None:
            pytest.fail(f"{tool} is missing: make test-deps installs dbus and gnome-keyring")
    home = tmp_path / "home"
    home.mkdir()
    bus = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--nopidfile", "--print-address=1"],
                           stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    address = bus.stdout.readline().strip()
    env = dict(os.environ, DBUS_SESSION_BUS_ADDRESS=address, HOME=str(home), XDG_DATA_HOME=str(home / "data"),
               XDG_RUNTIME_DIR=str(home))
    daemon = subprocess.Popen(["gnome-keyring-daemon", "--foreground", "--unlock", "--components=secrets"],
                              stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    daemon.stdin.write(b"login password\n")
    daemon.stdin.close()
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))  # no keyringrc.cfg of this machine's
    import keyring

    previous = keyring.get_keyring()
    try:
        deadline = time.monotonic() + 30
        # Wait for our daemon to own the name before calling the service: a call earlier would make the
        # bus start a second, locked GNOME Keyring through D-Bus activation.
        while not unlocked_login_keyring():
            assert time.monotonic() < deadline, "GNOME Keyring did not unlock a login keyring"
            time.sleep(0.1)
        # the backend keyring chooses by itself in a fresh process (test_keyring_chooses... checks that; in
        # this one keyring's list of viable backends was made before this bus existed)
        from keyring.backends.SecretService import Keyring as SecretService

        keyring.set_keyring(SecretService())
        yield address
    finally:
        keyring.set_keyring(previous)
        daemon.terminate()
        daemon.wait(10)
        bus.terminate()
        bus.wait(10)


def items(key: str) -> list[bytes]:
    """The secrets stored for Companion under ``key``, read over the bus by SecretStorage directly."""
    import secretstorage

    connection = secretstorage.dbus_init()
    try:
        found = secretstorage.search_items(connection, {"service": SERVICE, "username": key})
        return [item.get_secret() for item in found]
    finally:
        connection.close()


def test_keyring_chooses_its_secret_service_backend(secret_service):
    """In a fresh process, as the app starts: keyring picks its SecretService backend by itself and the
    token lands in GNOME Keyring."""
    import sys

    from .conftest import ROOT

    code = ("import keyring; from companion.credentials import Credentials; "
            "print(Credentials().set_token('https://portal.example', 'fresh', 'tok-0').persisted); "
            "chosen = keyring.get_keyring(); print(sorted(type(b).__module__ for b in getattr(chosen, 'backends', [chosen])))")
    env = {k: v for k, v in os.environ.items() if k != "PYTHON_KEYRING_BACKEND"}
    done = subprocess.run([sys.executable, "-c", code], env=dict(env, PYTHONPATH=str(ROOT)), capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["True", "['keyring.backends.SecretService']"], done.stdout
    assert items("https://portal.example|fresh") == [b"tok-0"]


def test_a_token_is_kept_in_gnome_keyring_replaced_and_deleted(secret_service):
    from companion.credentials import Credentials

    token = "tök-1 with ünïcode and a long tail " * 3
    store = Credentials()
    assert store.get_token("https://portal.example", "ana") is None
    assert store.set_token("https://portal.example/", "ana", token).persisted
    assert store.kept_in_keyring("https://portal.example", "ana")
    assert items("https://portal.example|ana") == [token.encode()]  # in the keyring itself, not in memory
    assert Credentials().get_token("https://portal.example", "ana") == token  # a new process's view
    store.set_token("https://portal.example", "ana", "tok-2")  # replaces, does not add a second item
    assert items("https://portal.example|ana") == [b"tok-2"]
    store.delete_token("https://portal.example", "ana")
    assert items("https://portal.example|ana") == []
    assert Credentials().get_token("https://portal.example", "ana") is None


def test_a_token_an_earlier_version_stored_is_found(secret_service):
    """Items written by Companion's former hand-made backend had keyring's attributes; one written that
    way (straight over the bus) is found and replaced in place."""
    import secretstorage

    from companion.credentials import Credentials

    connection = secretstorage.dbus_init()
    try:
        collection = secretstorage.Collection(connection)
        collection.create_item("Password for 'https://portal.example|old' on 'Companion'",
                               {"application": "Python keyring library", "service": SERVICE,
                                "username": "https://portal.example|old"}, b"stored-before")
    finally:
        connection.close()
    assert Credentials().get_token("https://portal.example", "old") == "stored-before"
    Credentials().set_token("https://portal.example", "old", "stored-now")
    assert items("https://portal.example|old") == [b"stored-now"]


def test_a_backend_set_by_a_program_is_left_alone(memory_keyring):
    from companion.credentials import Credentials

    Credentials().set_token("https://portal.example", "ana", "tok-4")
    import keyring

    assert keyring.get_keyring() is memory_keyring
    assert memory_keyring.get_password(SERVICE, "https://portal.example|ana") == "tok-4"
