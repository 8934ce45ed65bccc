"""Alembic environment: runs on the connection that ``Store.open`` hands over."""

from alembic import context

from emeeting.storage.tables import build_metadata

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=build_metadata(), render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
