"""Companion: an offline-first desktop companion for online training programs."""

__version__ = "0.1.0"
