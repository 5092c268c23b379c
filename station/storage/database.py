"""Opening the station database: pragmas, integrity check, backup, migrations."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from station.errors import StationError
from station.storage import migrations

# Pragmas applied to every connection. WAL lets the queue view read while the writer
# writes; FULL makes each commit durable across power loss; secure_delete zeroes freed
# pages so purged ciphertext does not linger.
_PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=FULL",
    "PRAGMA foreign_keys=ON",
    "PRAGMA secure_delete=ON",
    "PRAGMA temp_store=MEMORY",
    "PRAGMA busy_timeout=10000",
)


class DatabaseCorruptError(StationError):
    """The database failed its integrity check; it was left untouched where it is."""

    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(
            "Cơ sở dữ liệu của trạm bị hỏng. Không nhận hồ sơ mới; gọi bộ phận kỹ thuật. "
            "Tệp được giữ nguyên để khôi phục.",
            "The station database is damaged. Do not take new applications; call IT. "
            "The file is kept as it is for recovery.",
            f"integrity check failed for {path.name}: {detail[:200]}",
        )
        self.path = path


class DatabaseTooNewError(StationError):
    """The database was written by a newer version of the station; it is left untouched."""

    def __init__(self, path: Path, revision: str) -> None:
        super().__init__(
            "Cơ sở dữ liệu do phiên bản mới hơn của phần mềm tạo ra. Cài lại phiên bản mới; "
            "dữ liệu không bị thay đổi.",
            "The database was made by a newer version of the station software. Install that "
            "version again; the data was not changed.",
            f"{path.name} is at schema {revision}, unknown to this version",
        )


class DatabaseOpenError(StationError):
    """The database file cannot be opened at all (permissions, not a database, locked)."""

    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(
            "Không mở được cơ sở dữ liệu của trạm. Gọi bộ phận kỹ thuật.",
            "The station database cannot be opened. Call IT.",
            f"{path.name}: {detail[:200]}",
        )


@dataclass
class StationDatabase:
    """An open station database: a writer engine (one thread) and a reader engine."""

    path: Path
    writer_engine: Engine
    reader_engine: Engine
    backup_path: Path | None  # the backup taken before migrating, if one was needed

    def writer_sessions(self) -> sessionmaker[Session]:
        """Sessions for the write executor only (BEGIN IMMEDIATE)."""
        return sessionmaker(self.writer_engine, expire_on_commit=False)

    def reader_sessions(self) -> sessionmaker[Session]:
        """Sessions for reads on any thread (they see committed data only)."""
        return sessionmaker(self.reader_engine, expire_on_commit=False)

    def integrity_check(self) -> str:
        """SQLite's full integrity check: "ok" or the first problems (reads every page)."""
        try:
            with self.reader_engine.connect() as conn:
                rows = conn.exec_driver_sql("PRAGMA integrity_check").fetchall()
        except DBAPIError as exc:
            return f"error: {exc.orig}"
        return "; ".join(str(r[0]) for r in rows[:5])

    def verify_integrity(self) -> None:
        """Raise :class:`DatabaseCorruptError` unless the full integrity check passes."""
        result = self.integrity_check()
        if result != "ok":
            raise DatabaseCorruptError(self.path, result)

    def close(self) -> None:
        """Release every connection and fold the WAL back into the database file."""
        self.writer_engine.dispose()
        self.reader_engine.dispose()
        conn = sqlite3.connect(self.path)
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()


def open_database(
    path: Path, *, backup_dir: Path | None = None, full_check: bool = False
) -> StationDatabase:
    """Open (or create) the database at *path*, checked and migrated to the latest schema.

    An existing file is never recreated: a damaged file raises
    :class:`DatabaseCorruptError` and stays where it is. The check at opening reads the
    header and the schema, which stays fast on a multi-gigabyte queue; the full page-by-page
    check (*full_check*, or :meth:`StationDatabase.integrity_check` on a background
    thread after start-up) reads every page. Before any migration of an existing database,
    a backup copy is written to *backup_dir*.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    existed = path.exists() and path.stat().st_size > 0
    if existed:
        _check_file(path, full=full_check)
    writer = _engine(path, immediate=True)
    reader = _engine(path, immediate=False)
    backup_path = None
    try:
        current = migrations.current_revision(writer)
        if current != migrations.HEAD:
            if current is not None:
                if not migrations.is_known(writer, current):
                    raise DatabaseTooNewError(path, current)
                backup_path = backup(path, backup_dir or path.parent / "backups", current)
            migrations.upgrade(writer)
    except DBAPIError as exc:
        writer.dispose()
        reader.dispose()
        if isinstance(exc.orig, sqlite3.DatabaseError) and not isinstance(
            exc.orig, sqlite3.OperationalError
        ):
            raise DatabaseCorruptError(path, str(exc.orig)) from None
        raise DatabaseOpenError(path, str(exc.orig)) from None
    except BaseException:
        writer.dispose()
        reader.dispose()
        raise
    return StationDatabase(path, writer, reader, backup_path)


def backup(path: Path, directory: Path, label: str) -> Path:
    """A consistent copy of the live database through SQLite's backup API."""
    directory.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    target = directory / f"{path.stem}-{label}-{stamp}.db"
    source = sqlite3.connect(path)
    try:
        copy = sqlite3.connect(target)
        try:
            source.backup(copy)
        finally:
            copy.close()
    finally:
        source.close()
    return target


def _check_file(path: Path, *, full: bool) -> None:
    try:
        conn = sqlite3.connect(f"file:{path}?mode=rw", uri=True)
    except sqlite3.Error as exc:
        raise DatabaseOpenError(path, str(exc)) from None
    try:
        # Reading the schema touches the header and the schema pages: a file that is not
        # a database, or a damaged header, fails here in milliseconds.
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        rows = conn.execute("PRAGMA integrity_check").fetchall() if full else [("ok",)]
    except sqlite3.DatabaseError as exc:
        raise DatabaseCorruptError(path, str(exc)) from None
    finally:
        conn.close()
    result = "; ".join(str(r[0]) for r in rows[:5])
    if result != "ok":
        raise DatabaseCorruptError(path, result)


def _engine(path: Path, *, immediate: bool) -> Engine:
    engine = create_engine(f"sqlite:///{path}", connect_args={"check_same_thread": False})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        # Let SQLAlchemy's "begin" event emit BEGIN itself (pysqlite's own handling
        # starts transactions late and never for reads).
        dbapi_conn.isolation_level = None
        cursor = dbapi_conn.cursor()
        for pragma in _PRAGMAS:
            cursor.execute(pragma)
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine
