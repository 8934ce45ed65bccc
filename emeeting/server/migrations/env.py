"""Alembic environment of the sync server: runs on the connection that ``Database.upgrade`` hands over."""

from alembic import context

from emeeting.server.storage import metadata

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
