"""Alembic environment: runs migrations on the engine handed over by the station."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Engine

from station.storage import sync_schema  # noqa: F401  (its tables join Base.metadata)
from station.storage.schema import Base

engine = context.config.attributes["engine"]
assert isinstance(engine, Engine)

with engine.connect() as connection:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,  # SQLite alters tables by copying them
        transaction_per_migration=True,
    )
    with context.begin_transaction():
        context.run_migrations()
    connection.commit()
