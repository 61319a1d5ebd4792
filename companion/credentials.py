"""Sign-in tokens live in the operating system's keyring, never in the database or logs.

Where there is no keyring (a headless Linux without Secret Service), keyring raises; the token is
then kept in memory for this session only, and callers say so plainly.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

log = logging.getLogger(__name__)
SERVICE = "Companion"


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
            import keyring

            return keyring.get_password(SERVICE, key)
        except Exception as exc:  # keyring.errors.KeyringError and backend failures
            log.info("keyring unavailable: %s", exc.__class__.__name__)
            return None

    def kept_in_keyring(self, portal_url: str, login: str) -> bool:
        """False when the token lives only in this process's memory."""
        return _key(portal_url, login) not in self._memory

    def set_token(self, portal_url: str, login: str, token: str) -> Saved:
        key = _key(portal_url, login)
        try:
            import keyring

            keyring.set_password(SERVICE, key, token)
            self._memory.pop(key, None)
            return Saved(True)
        except Exception:
            self._memory[key] = token
            return Saved(False)

    def delete_token(self, portal_url: str, login: str) -> None:
        key = _key(portal_url, login)
        self._memory.pop(key, None)
        try:
            import keyring

            keyring.delete_password(SERVICE, key)
        except Exception:
            pass
