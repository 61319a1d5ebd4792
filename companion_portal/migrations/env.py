"""Alembic environment of the reference portal's own schema (separate from the desktop app's): run
programmatically by ``companion_portal.schema.migrate`` with a connection it opened."""

from alembic import context

from companion_portal.models import Base

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=Base.metadata,
                  render_as_batch=connection.dialect.name == "sqlite")
with context.begin_transaction():
    context.run_migrations()
