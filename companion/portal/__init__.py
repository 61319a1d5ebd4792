"""The portal client: PROTOCOL.md over requests (the only package that speaks HTTP)."""

from .client import PortalClient, PortalError

__all__ = ["PortalClient", "PortalError"]
