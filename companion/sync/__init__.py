"""Syncing with the portal (no Qt): the outbox's delivery, manifest refresh, downloads."""
