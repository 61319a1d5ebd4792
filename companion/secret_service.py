"""The freedesktop.org Secret Service (GNOME Keyring, KWallet, KeePassXC) as a keyring backend, over jeepney.

keyring's own SecretService backend goes through SecretStorage, which needs the 12 MB ``cryptography``
package (with its own copy of OpenSSL) for one thing only: AES-128-CBC of the secret while it crosses
the session bus. This backend speaks the same protocol with the same result:

- the same transport encryption, ``dh-ietf1024-sha256-aes128-cbc-pkcs7`` (Diffie-Hellman over RFC 2409's
  1024-bit group, HKDF-SHA256, AES-128-CBC with PKCS#7 padding), as SecretStorage negotiates. We keep it
  rather than fall back to the spec's ``plain`` algorithm, which would also be correct on a per-user
  bus: with ``plain`` the token would sit readable in the bus daemon's buffers and in any
  ``dbus-monitor`` capture, which the encrypted session avoids at no cost in size. Only a service that
  refuses the algorithm (``NotSupported``) gets ``plain``, as SecretStorage does. The AES is OpenSSL's,
  from the ``libcrypto`` that Python's own ``hashlib``/``ssl`` modules already load, so nothing is added.
- the same items: the default collection, attributes ``service``/``username`` (and ``application``
  "Python keyring library"), the same label, so a token stored by either backend is found by the other.
- a locked collection or item is unlocked through the service's own prompt, as keyring does.

The secret stays in the OS keyring; this module only carries it to and from it. Linux and BSDs only.
"""

from __future__ import annotations

import ctypes
import hmac
import os
from hashlib import sha256
from typing import Any

from keyring.backend import KeyringBackend
from keyring.compat import properties
from keyring.errors import InitError, KeyringLocked, PasswordDeleteError, PasswordSetError

BUS_NAME = "org.freedesktop.secrets"
PREFIX = "org.freedesktop.Secret."
SERVICE_PATH = "/org/freedesktop/secrets"
DEFAULT_COLLECTION = "/org/freedesktop/secrets/aliases/default"
ALGORITHM_DH = "dh-ietf1024-sha256-aes128-cbc-pkcs7"
APPID = "Python keyring library"  # what keyring's SecretService backend writes, so both find each other's items
# RFC 2409, section 6.2: the Second Oakley Group (1024-bit MODP), generator 2
DH_PRIME = int(
    "FFFFFFFFFFFFFFFFC90FDAA22168C234C4C6628B80DC1CD129024E088A67CC74020BBEA63B139B22514A08798E3404DD"
    "EF9519B3CD3A431B302B0A6DF25F14374FE1356D6D51C245E485B576625E7EC6F44C42E9A637ED6B0BFF5CB6F406B7ED"
    "EE386BFB5A899FA5AE9F24117C4B1FE649286651ECE65381FFFFFFFFFFFFFFFF", 16)


class _Libcrypto:
    """AES-128-CBC with PKCS#7 padding from OpenSSL's EVP interface, through the libcrypto this Python
    already has loaded for hashlib."""

    def __init__(self) -> None:
        import _hashlib  # noqa: F401  (loads libcrypto into the process)

        path = next((line.split()[-1] for line in open("/proc/self/maps", encoding="utf-8", errors="replace")
                     if "/libcrypto" in line), None)
        lib = ctypes.CDLL(path or "libcrypto.so.3")
        lib.EVP_CIPHER_CTX_new.restype = ctypes.c_void_p
        lib.EVP_CIPHER_CTX_free.argtypes = [ctypes.c_void_p]
        lib.EVP_aes_128_cbc.restype = ctypes.c_void_p
        lib.EVP_CipherInit_ex.argtypes = [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_char_p,
                                          ctypes.c_char_p, ctypes.c_int]
        lib.EVP_CipherUpdate.argtypes = [ctypes.c_void_p, ctypes.c_void_p, ctypes.POINTER(ctypes.c_int),
                                         ctypes.c_char_p, ctypes.c_int]
        lib.EVP_CipherFinal_ex.argtypes = [ctypes.c_void_p, ctypes.c_void_p, ctypes.POINTER(ctypes.c_int)]
        self.lib = lib

    def cipher(self, key: bytes, iv: bytes, data: bytes, encrypt: bool) -> bytes:
        lib = self.lib
        ctx = lib.EVP_CIPHER_CTX_new()
        if not ctx:
            raise MemoryError("EVP_CIPHER_CTX_new")
        try:
            out = ctypes.create_string_buffer(len(data) + 32)  # room for a block of padding
            start = ctypes.addressof(out)
            n, tail = ctypes.c_int(0), ctypes.c_int(0)
            if (lib.EVP_CipherInit_ex(ctx, lib.EVP_aes_128_cbc(), None, key, iv, int(encrypt)) != 1
                    or lib.EVP_CipherUpdate(ctx, start, ctypes.byref(n), data, len(data)) != 1
                    or lib.EVP_CipherFinal_ex(ctx, start + n.value, ctypes.byref(tail)) != 1):
                raise ValueError("AES-128-CBC failed (wrong key or damaged padding)")
            return out.raw[:n.value + tail.value]
        finally:
            lib.EVP_CIPHER_CTX_free(ctx)


class _Session:
    """One Secret Service session: its object path and, when encrypted, the AES key."""

    def __init__(self, path: str, key: bytes | None) -> None:
        self.path, self.key = path, key

    def pack(self, secret: bytes, crypto: _Libcrypto | None) -> tuple[str, bytes, bytes, str]:
        if self.key is None:
            return (self.path, b"", secret, "text/plain")
        iv = os.urandom(16)
        return (self.path, iv, crypto.cipher(self.key, iv, secret, True), "text/plain")

    def unpack(self, value: tuple, crypto: _Libcrypto | None) -> bytes:
        _session, iv, data, _type = value
        return bytes(data) if self.key is None else crypto.cipher(self.key, bytes(iv), bytes(data), False)


def dh_aes_key(private: int, server_public: int) -> bytes:
    """The session's AES key: HKDF-SHA256 (zero salt, no info) of the shared secret, first 16 bytes."""
    shared = pow(server_public, private, DH_PRIME).to_bytes(128, "big")
    prk = hmac.new(b"\0" * 32, shared, sha256).digest()
    return hmac.new(prk, b"\x01", sha256).digest()[:16]


class _Bus:
    """A blocking connection to the session bus with the few calls the backend needs."""

    def __init__(self) -> None:
        from jeepney.io.blocking import open_dbus_connection

        self.conn = open_dbus_connection(bus="SESSION")

    def close(self) -> None:
        self.conn.close()

    def call(self, path: str, interface: str, method: str, signature: str = "", *body: Any,
             bus_name: str = BUS_NAME) -> tuple:
        from jeepney import DBusAddress, new_method_call
        from jeepney.wrappers import unwrap_msg

        message = new_method_call(DBusAddress(path, bus_name, interface), method, signature or None, body)
        return unwrap_msg(self.conn.send_and_get_reply(message, timeout=30))

    def prop(self, path: str, interface: str, name: str) -> Any:
        return self.call(path, "org.freedesktop.DBus.Properties", "Get", "ss", interface, name)[0][1]

    def prompt(self, prompt_path: str) -> tuple[bool, tuple]:
        """Show the service's prompt (unlock, create) and wait for the person's answer."""
        from jeepney import MatchRule, MessageType

        rule = MatchRule(type=MessageType.signal, interface=PREFIX + "Prompt", member="Completed", path=prompt_path)
        self.call("/org/freedesktop/DBus", "org.freedesktop.DBus", "AddMatch", "s", rule.serialise(),
                  bus_name="org.freedesktop.DBus")
        with self.conn.filter(rule) as signals:
            self.call(prompt_path, PREFIX + "Prompt", "Prompt", "s", "")
            dismissed, result = self.conn.recv_until_filtered(signals, timeout=300).body
        return dismissed, result

    def open_session(self) -> _Session:
        from jeepney import DBusErrorResponse

        private = int.from_bytes(os.urandom(128), "big")
        public = pow(2, private, DH_PRIME).to_bytes(128, "big")
        try:
            (_sig, server), path = self.call(SERVICE_PATH, PREFIX + "Service", "OpenSession", "sv", ALGORITHM_DH,
                                             ("ay", public))
        except DBusErrorResponse as error:
            if error.name != "org.freedesktop.DBus.Error.NotSupported":
                raise
            _output, path = self.call(SERVICE_PATH, PREFIX + "Service", "OpenSession", "sv", "plain", ("s", ""))
            return _Session(path, None)
        return _Session(path, dh_aes_key(private, int.from_bytes(bytes(server), "big")))

    def unlock(self, path: str) -> None:
        _unlocked, prompt = self.call(SERVICE_PATH, PREFIX + "Service", "Unlock", "ao", [path])
        if len(prompt) > 1 and self.prompt(prompt)[0]:
            raise KeyringLocked("the keyring stayed locked (the prompt was dismissed)")

    def collection(self) -> str:
        """The default collection, unlocked (created, through the service's prompt, if there is none)."""
        from jeepney import DBusErrorResponse

        try:
            locked = self.prop(DEFAULT_COLLECTION, PREFIX + "Collection", "Locked")
        except DBusErrorResponse:
            path, prompt = self.call(SERVICE_PATH, PREFIX + "Service", "CreateCollection", "a{sv}s",
                                     {PREFIX + "Collection.Label": ("s", "Default")}, "default")
            if len(path) <= 1:
                dismissed, (_sig, path) = self.prompt(prompt)
                if dismissed:
                    raise InitError("no keyring: creating one was dismissed")
            return path
        if locked:
            self.unlock(DEFAULT_COLLECTION)
        return DEFAULT_COLLECTION

    def find(self, service: str, username: str) -> list[str]:
        return list(self.call(self.collection(), PREFIX + "Collection", "SearchItems", "a{ss}",
                              {"service": service, "username": username})[0])


class Keyring(KeyringBackend):
    """Secret Service keyring (jeepney, OpenSSL's AES)"""

    _crypto: _Libcrypto | None = None

    @properties.classproperty
    def priority(cls) -> float:  # raising here makes the backend not viable (keyring's own convention)
        import sys

        if not sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
            raise RuntimeError("the Secret Service is a freedesktop.org service")
        bus = _Bus()
        try:
            owner = bus.call("/org/freedesktop/DBus", "org.freedesktop.DBus", "NameHasOwner", "s", BUS_NAME,
                             bus_name="org.freedesktop.DBus")[0]
            activatable = BUS_NAME in bus.call("/org/freedesktop/DBus", "org.freedesktop.DBus",
                                               "ListActivatableNames", bus_name="org.freedesktop.DBus")[0]
        finally:
            bus.close()
        if not (owner or activatable):
            raise RuntimeError("no Secret Service on the session bus")
        return 5.5  # above keyring's own SecretService backend (5), which needs cryptography

    def _session(self, bus: _Bus) -> _Session:
        session = bus.open_session()
        if session.key is not None and Keyring._crypto is None:
            Keyring._crypto = _Libcrypto()
        return session

    def get_password(self, service: str, username: str) -> str | None:
        bus = _Bus()
        try:
            for item in bus.find(service, username):
                if bus.prop(item, PREFIX + "Item", "Locked"):
                    bus.unlock(item)
                session = self._session(bus)
                value = bus.call(item, PREFIX + "Item", "GetSecret", "o", session.path)[0]
                return session.unpack(value, Keyring._crypto).decode("utf-8")
            return None
        finally:
            bus.close()

    def set_password(self, service: str, username: str, password: str) -> None:
        bus = _Bus()
        try:
            collection = bus.collection()
            session = self._session(bus)
            properties = {PREFIX + "Item.Label": ("s", f"Password for '{username}' on '{service}'"),
                          PREFIX + "Item.Attributes": ("a{ss}", {"application": APPID, "service": service,
                                                                  "username": username})}
            item, prompt = bus.call(collection, PREFIX + "Collection", "CreateItem", "a{sv}(oayays)b", properties,
                                    session.pack(password.encode("utf-8"), Keyring._crypto), True)
            if len(item) <= 1 and bus.prompt(prompt)[0]:
                raise PasswordSetError("storing the password was dismissed")
        finally:
            bus.close()

    def delete_password(self, service: str, username: str) -> None:
        bus = _Bus()
        try:
            for item in bus.find(service, username):
                (prompt,) = bus.call(item, PREFIX + "Item", "Delete")
                if len(prompt) > 1 and bus.prompt(prompt)[0]:
                    raise PasswordDeleteError("deleting the password was dismissed")
                return
        finally:
            bus.close()
        raise PasswordDeleteError("no such password")
