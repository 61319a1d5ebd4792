"""The portal client: PROTOCOL.md over requests (the only package that speaks HTTP).

``companion.portal.errors`` sorts outcomes without loading requests; the client itself
(``companion.portal.client``, and requests with it) is imported where a portal is first spoken to,
so an app that has not yet spoken to one does not hold it."""

from __future__ import annotations

from .errors import PortalError

__all__ = ["PortalError"]
