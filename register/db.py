"""The register's database: SQLite by default (WAL, synchronous=FULL), PostgreSQL by URL.

Applications are stored as they arrived: still encrypted for the register's key, with
the station's signature, so nothing personal sits in plaintext here either.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    Engine,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    create_engine,
    event,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, sessionmaker

from station.storage.schema import UtcDateTime

_SQLITE_PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=FULL",  # a commit survives a kill or a power cut: receipts are promises
    "PRAGMA foreign_keys=ON",
    "PRAGMA busy_timeout=30000",
)
UNLIMITED_PAGES = 4294967294


class RegisterBase(DeclarativeBase):
    """Declarative base of the register schema."""


class StationRow(RegisterBase):
    """An enrolled station and its public keys."""

    __tablename__ = "stations"

    station_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    station_code: Mapped[str] = mapped_column(String(16))
    signing_public: Mapped[bytes] = mapped_column(LargeBinary)
    exchange_public: Mapped[bytes] = mapped_column(LargeBinary)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    enrolled_at: Mapped[dt.datetime] = mapped_column(UtcDateTime())
    revoked: Mapped[bool] = mapped_column(default=False)


class TokenRow(RegisterBase):
    """A one-time enrolment token (only its hash is kept)."""

    __tablename__ = "enrolment_tokens"

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime())
    expires_at: Mapped[dt.datetime] = mapped_column(UtcDateTime())
    used_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime())


class BatchRow(RegisterBase):
    """A batch taken in: its manifest hash and the receipts given, for idempotent replays."""

    __tablename__ = "batches"

    batch_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    station_id: Mapped[str] = mapped_column(String(64))
    manifest_sha256: Mapped[str] = mapped_column(String(64))
    source: Mapped[str] = mapped_column(String(16))  # "upload" or "import"
    received_at: Mapped[dt.datetime] = mapped_column(UtcDateTime())
    receipts: Mapped[str] = mapped_column(Text)  # JSON list, as answered


class ApplicationRow(RegisterBase):
    """One application held by the register, exactly once."""

    __tablename__ = "applications"

    application_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    application_number: Mapped[str] = mapped_column(String(32), unique=True)
    station_id: Mapped[str] = mapped_column(String(64))
    batch_id: Mapped[str] = mapped_column(String(36))
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)
    sealed_at: Mapped[dt.datetime] = mapped_column(UtcDateTime())
    received_at: Mapped[dt.datetime] = mapped_column(UtcDateTime())
    signature: Mapped[bytes] = mapped_column(LargeBinary)
    ciphertext: Mapped[bytes] = mapped_column(LargeBinary)
    wrapped_key: Mapped[bytes] = mapped_column(LargeBinary)
    status: Mapped[str] = mapped_column(String(32))

    __table_args__ = (Index("ix_applications_station", "station_id"),)


class StatusEventRow(RegisterBase):
    """The status feed: every outcome and later change, per station, in order."""

    __tablename__ = "status_events"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    station_id: Mapped[str] = mapped_column(String(64))
    application_id: Mapped[str] = mapped_column(String(36))
    application_number: Mapped[str] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(32))
    reason_code: Mapped[str | None] = mapped_column(String(64))
    reason_text: Mapped[str | None] = mapped_column(String(500))
    at: Mapped[dt.datetime] = mapped_column(UtcDateTime())

    __table_args__ = (Index("ix_status_events_station_seq", "station_id", "seq"),)


@dataclass
class RegisterDatabase:
    """Engines and sessions; writes are serialised in-process on SQLite."""

    url: str
    writer: Engine
    reader: Engine
    write_lock: threading.Lock
    disk_full_writes: int = 0  # fault injection: fail this many writes with "disk full"

    @property
    def is_sqlite(self) -> bool:
        """Whether the database is a SQLite file."""
        return self.url.startswith("sqlite")

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only session."""
        with sessionmaker(self.reader, expire_on_commit=False)() as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One write transaction, committed on success, rolled back on error."""
        sessions = sessionmaker(self.writer, expire_on_commit=False)
        with self.write_lock, sessions.begin() as session:
            if self.is_sqlite:
                self._limit_pages(session)
            yield session

    def _limit_pages(self, session: Session) -> None:
        # Fault injection of a full disk: cap the file at its current size, so the next
        # page the transaction needs fails with SQLITE_FULL, as on a real full disk.
        conn = session.connection()
        if self.disk_full_writes > 0:
            self.disk_full_writes -= 1
            pages = int(conn.exec_driver_sql("PRAGMA page_count").scalar() or 0)
            conn.exec_driver_sql(f"PRAGMA max_page_count = {pages}")
        else:
            conn.exec_driver_sql(f"PRAGMA max_page_count = {UNLIMITED_PAGES}")

    def dispose(self) -> None:
        """Release every connection."""
        self.writer.dispose()
        self.reader.dispose()


def open_register_database(url: str) -> RegisterDatabase:
    """Open (and create the tables of) the register database at *url*."""
    if url.startswith("sqlite"):
        writer = _sqlite_engine(url, immediate=True)
        reader = _sqlite_engine(url, immediate=False)
    else:
        writer = reader = create_engine(url, pool_pre_ping=True)
    RegisterBase.metadata.create_all(writer)
    return RegisterDatabase(url, writer, reader, threading.Lock())


def _sqlite_engine(url: str, *, immediate: bool) -> Engine:
    engine = create_engine(url, connect_args={"check_same_thread": False})

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # SQLAlchemy's "begin" event starts transactions
        cursor = dbapi_conn.cursor()
        for pragma in _SQLITE_PRAGMAS:
            cursor.execute(pragma)
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine
