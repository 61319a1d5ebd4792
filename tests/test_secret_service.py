"""Companion's Secret Service keyring backend (companion/secret_service.py) against a real Secret Service:
GNOME Keyring on a private D-Bus session bus, checked against keyring's own SecretService backend
(SecretStorage + cryptography), an independent implementation of the same protocol."""

from __future__ import annotations

import os
import shutil
import subprocess
import time

import pytest

pytestmark = pytest.mark.integration
SERVICE = "Companion"


@pytest.fixture
def secret_service(tmp_path, monkeypatch):
    """A session bus of its own with an unlocked GNOME Keyring, as on a participant's desktop."""
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
    from companion.secret_service import Keyring

    try:
        deadline = time.monotonic() + 30
        # Wait for our daemon to own the name before calling the service: a call earlier would make the
        # bus start a second, locked GNOME Keyring through D-Bus activation.
        while not (name_owned() and login_keyring_unlocked()):
            assert time.monotonic() < deadline, "GNOME Keyring did not unlock a login keyring"
            time.sleep(0.1)
        assert Keyring.viable
        yield address
    finally:
        daemon.terminate()
        daemon.wait(10)
        bus.terminate()
        bus.wait(10)


def name_owned() -> bool:
    from companion.secret_service import BUS_NAME, _Bus

    bus = _Bus()
    try:
        return bool(bus.call("/org/freedesktop/DBus", "org.freedesktop.DBus", "NameHasOwner", "s", BUS_NAME,
                             bus_name="org.freedesktop.DBus")[0])
    finally:
        bus.close()


def login_keyring_unlocked() -> bool:
    from companion.secret_service import DEFAULT_COLLECTION, PREFIX, _Bus

    bus = _Bus()
    try:
        return bus.prop(DEFAULT_COLLECTION, PREFIX + "Collection", "Locked") is False
    except Exception:  # no default collection yet
        return False
    finally:
        bus.close()


def test_a_token_stored_is_read_back_replaced_and_deleted(secret_service):
    from companion.secret_service import Keyring

    ours = Keyring()
    key = "https://portal.example|ana"
    assert ours.get_password(SERVICE, key) is None
    ours.set_password(SERVICE, key, "tök-1 with ünïcode and a long tail " * 3)
    assert ours.get_password(SERVICE, key) == "tök-1 with ünïcode and a long tail " * 3
    ours.set_password(SERVICE, key, "tok-2")  # replaces, does not add a second item
    assert ours.get_password(SERVICE, key) == "tok-2"
    ours.delete_password(SERVICE, key)
    assert ours.get_password(SERVICE, key) is None
    from keyring.errors import PasswordDeleteError

    with pytest.raises(PasswordDeleteError):
        ours.delete_password(SERVICE, key)


def test_items_are_shared_with_keyrings_own_secret_service_backend(secret_service):
    """Same collection, attributes and encrypted transport as keyring's backend: a token stored before
    the switch is still found, and one stored now is found by keyring's backend."""
    from keyring.backends.SecretService import Keyring as Reference

    from companion.secret_service import Keyring

    ours, reference = Keyring(), Reference()
    reference.set_password(SERVICE, "https://portal.example|old", "stored-by-keyring")
    assert ours.get_password(SERVICE, "https://portal.example|old") == "stored-by-keyring"
    ours.set_password(SERVICE, "https://portal.example|new", "stored-by-companion")
    assert reference.get_password(SERVICE, "https://portal.example|new") == "stored-by-companion"
    ours.delete_password(SERVICE, "https://portal.example|old")
    assert reference.get_password(SERVICE, "https://portal.example|old") is None


def test_the_secret_crosses_the_bus_encrypted(secret_service):
    """The session is dh-ietf1024-sha256-aes128-cbc-pkcs7: what goes over the bus is not the token."""
    from companion.secret_service import _Bus, _Libcrypto

    bus = _Bus()
    try:
        session = bus.open_session()
        assert session.key is not None and len(session.key) == 16
        packed = session.pack(b"the-token", _Libcrypto())
        assert b"the-token" not in packed[2] and len(packed[1]) == 16 and len(packed[2]) == 16
        assert session.unpack(packed, _Libcrypto()) == b"the-token"
    finally:
        bus.close()


def test_credentials_use_it_when_keyring_has_no_usable_backend(secret_service, monkeypatch):
    import keyring
    from keyring.backends import fail

    import companion.credentials as credentials
    from companion.secret_service import Keyring

    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    monkeypatch.setattr(credentials, "_chosen", False)
    keyring.set_keyring(fail.Keyring())  # what keyring finds in the installer's bundle (no cryptography)
    store = credentials.Credentials()
    assert store.set_token("https://portal.example/", "ana", "tok-3").persisted
    assert isinstance(keyring.get_keyring(), Keyring)
    assert credentials.Credentials().get_token("https://portal.example", "ana") == "tok-3"


def test_a_backend_set_by_a_program_is_left_alone(memory_keyring, monkeypatch):
    import companion.credentials as credentials

    monkeypatch.setattr(credentials, "_chosen", False)
    credentials.Credentials().set_token("https://portal.example", "ana", "tok-4")
    import keyring

    assert keyring.get_keyring() is memory_keyring


def test_aes_matches_an_independent_implementation():
    """OpenSSL's AES-128-CBC through libcrypto, checked against cryptography's (with PKCS#7 padding)."""
    from cryptography.hazmat.primitives import padding
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

    from companion.secret_service import _Libcrypto

    crypto = _Libcrypto()
    key, iv = bytes(range(16)), bytes(range(16, 32))
    for message in (b"", b"x" * 15, b"y" * 16, "한국어 토큰".encode() * 7):
        padder = padding.PKCS7(128).padder()
        encryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).encryptor()
        expected = encryptor.update(padder.update(message) + padder.finalize()) + encryptor.finalize()
        assert crypto.cipher(key, iv, message, True) == expected
        assert crypto.cipher(key, iv, expected, False) == message
    with pytest.raises(ValueError):
        crypto.cipher(key, iv, b"\0" * 16, False)  # bad padding is refused, not returned
