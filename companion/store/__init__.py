"""The only package that knows SQL: SQLAlchemy 2 typed models on SQLite, Alembic migrations."""

from .db import Database, open_database

__all__ = ["Database", "open_database"]
