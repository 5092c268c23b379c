"""Alembic migrations of the station database, and the fast "is it current?" check."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

# Alembic takes ~100 ms to import: only a migration (or its check) loads it, so the usual
# start-up, on a database that is current, never pays for it.
if TYPE_CHECKING:
    from alembic.config import Config

# The newest revision in versions/. A test checks it against Alembic's own view, so that
# start-up can compare one row instead of loading every migration script.
HEAD = "0004"
SCRIPT_LOCATION = Path(__file__).resolve().parent


def alembic_config(engine: Engine) -> Config:
    """An Alembic configuration bound to *engine*, without an alembic.ini file."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(SCRIPT_LOCATION))
    config.attributes["engine"] = engine
    return config


def current_revision(engine: Engine) -> str | None:
    """The revision stamped in the database; None for an empty database."""
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
        conn.rollback()
    return None if row is None else str(row[0])


def is_known(engine: Engine, revision: str) -> bool:
    """True when *revision* is one of this version's migrations (False: a newer station)."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config(engine))
    return any(rev.revision == revision for rev in script.walk_revisions())


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Migrate the database to *revision* (each migration in its own transaction)."""
    from alembic import command

    command.upgrade(alembic_config(engine), revision)
