"""Alembic migrations of the station database, and the fast "is it current?" check."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect, text

# The newest revision in versions/. A test checks it against Alembic's own view, so that
# start-up can compare one row instead of loading every migration script.
HEAD = "0003"
SCRIPT_LOCATION = Path(__file__).resolve().parent


def alembic_config(engine: Engine) -> Config:
    """An Alembic configuration bound to *engine*, without an alembic.ini file."""
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
    script = ScriptDirectory.from_config(alembic_config(engine))
    return any(rev.revision == revision for rev in script.walk_revisions())


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Migrate the database to *revision* (each migration in its own transaction)."""
    command.upgrade(alembic_config(engine), revision)
