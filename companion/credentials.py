"""Sign-in tokens live in the operating system's keyring, never in the database or logs.

Where there is no keyring (a headless Linux without Secret Service), keyring raises; the token is
then kept in memory for this session only, and callers say so plainly. On Linux keyring's own
SecretService backend carries it (an earlier hand-written Secret Service client is gone: the
installer now carries ``cryptography`` for TUF's signatures anyway).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

log = logging.getLogger(__name__)
SERVICE = "Companion"


def _keyring():
    """The keyring module, with the backend keyring itself chooses: on Linux its SecretService backend
    (SecretStorage over jeepney, with cryptography for the session's transport encryption) reaching
    GNOME Keyring, KWallet or KeePassXC; a backend the person chose (PYTHON_KEYRING_BACKEND,
    keyringrc.cfg) or a program set (keyring.set_keyring) wins, as everywhere keyring is used."""
    import keyring

    return keyring


@dataclass(frozen=True)
class Saved:
    persisted: bool  # False: no keyring here, the token lives in this process only (words.no_keyring says so)


def _key(portal_url: str, login: str) -> str:
    return f"{portal_url.rstrip('/')}|{login}"


class Credentials:
    def __init__(self) -> None:
        self._memory: dict[str, str] = {}

    def get_token(self, portal_url: str, login: str) -> str | None:
        key = _key(portal_url, login)
        if key in self._memory:
            return self._memory[key]
        try:
            return _keyring().get_password(SERVICE, key)
        except Exception as exc:  # keyring.errors.KeyringError and backend failures
            log.info("keyring unavailable: %s", exc.__class__.__name__)
            return None

    def kept_in_keyring(self, portal_url: str, login: str) -> bool:
        """False when the token lives only in this process's memory."""
        return _key(portal_url, login) not in self._memory

    def set_token(self, portal_url: str, login: str, token: str) -> Saved:
        key = _key(portal_url, login)
        try:
            _keyring().set_password(SERVICE, key, token)
            self._memory.pop(key, None)
            return Saved(True)
        except Exception:
            self._memory[key] = token
            return Saved(False)

    def delete_token(self, portal_url: str, login: str) -> None:
        key = _key(portal_url, login)
        self._memory.pop(key, None)
        try:
            _keyring().delete_password(SERVICE, key)
        except Exception:
            pass
