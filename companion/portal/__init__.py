"""The portal client: PROTOCOL.md over requests (the only package that speaks HTTP).

``companion.portal.errors`` sorts outcomes without loading requests; the client itself (and requests
with it) is imported on first use, so an app that has not yet spoken to a portal does not hold it."""

from __future__ import annotations

from .errors import PortalError

__all__ = ["PortalClient", "PortalError"]


def __getattr__(name: str):
    if name == "PortalClient":
        from .client import PortalClient

        return PortalClient
    raise AttributeError(name)
