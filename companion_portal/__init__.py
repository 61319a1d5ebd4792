"""The reference course portal: the server side of PROTOCOL.md (FastAPI + SQLAlchemy)."""
