"""Opening the database: pragmas, migrations from the first schema, corruption, the writer."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest
from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, text
from sqlalchemy.orm import Session

from station.storage import migrations
from station.storage.database import (
    DatabaseCorruptError,
    DatabaseOpenError,
    DatabaseTooNewError,
    open_database,
)
from station.storage.schema import NumberSequence, OutboxRow
from station.storage.writer import WriteExecutor, WriterClosedError


def test_head_constant_matches_the_migration_scripts() -> None:
    script = ScriptDirectory.from_config(migrations.alembic_config(create_engine("sqlite://")))
    assert script.get_current_head() == migrations.HEAD


def test_new_database_has_the_durability_pragmas(tmp_path: Path) -> None:
    db = open_database(tmp_path / "station.db")
    try:
        with db.reader_engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA secure_delete").scalar() == 1
        assert migrations.current_revision(db.writer_engine) == migrations.HEAD
        assert db.integrity_check() == "ok"
        assert db.backup_path is None
    finally:
        db.close()


def test_upgrade_from_the_first_schema_keeps_data_and_backs_up(tmp_path: Path) -> None:
    path = tmp_path / "station.db"
    engine = create_engine(f"sqlite:///{path}")
    migrations.upgrade(engine, "0001")
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO number_sequences (station_code, day, last) "
                "VALUES ('HN01', '20261123', 7)"
            )
        )
    engine.dispose()

    db = open_database(path, backup_dir=tmp_path / "backups")
    try:
        assert migrations.current_revision(db.writer_engine) == migrations.HEAD
        with Session(db.reader_engine) as session:
            assert session.get(NumberSequence, ("HN01", "20261123")).last == 7  # type: ignore[union-attr]
        with db.reader_engine.connect() as conn:
            indexes = {r[1] for r in conn.exec_driver_sql("PRAGMA index_list('outbox')")}
        assert {"ix_outbox_queued", "ix_outbox_state_queued"} <= indexes
        assert db.backup_path is not None
        backup = sqlite3.connect(db.backup_path)
        assert backup.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert backup.execute("SELECT last FROM number_sequences").fetchone() == (7,)
        backup.close()
    finally:
        db.close()


def test_upgrade_to_reopened_columns_keeps_the_outbox_and_downgrades(tmp_path: Path) -> None:
    """0004 adds the re-open columns to the outbox: old rows read as "not re-opened"."""
    path = tmp_path / "station.db"
    engine = create_engine(f"sqlite:///{path}")
    migrations.upgrade(engine, "0003")
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO sealed_applications (application_id, application_number, "
                "station_code, officer_id, sealed_at, sha256, size, signature) VALUES "
                "('a1', 'HN01-1', 'HN01', 'officer1', '2026-11-23T02:30:00+00:00', "
                "'00', 10, x'00')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO outbox (application_id, state, queued_at, officer_id, attempts, "
                "reason_code, state_changed_at) VALUES ('a1', 'rejected', "
                "'2026-11-23T02:30:00+00:00', 'officer1', 1, 'photo', "
                "'2026-11-23T02:30:00+00:00')"
            )
        )
    engine.dispose()

    db = open_database(path, backup_dir=tmp_path / "backups")
    try:
        assert migrations.current_revision(db.writer_engine) == "0004"
        with Session(db.reader_engine) as session:
            row = session.get(OutboxRow, "a1")
            assert row is not None
            assert (row.state, row.reason_code) == ("rejected", "photo")
            assert (row.reopened_as, row.reopened_at, row.reopened_by) == (None, None, None)
    finally:
        db.close()

    engine = create_engine(f"sqlite:///{path}")
    migrations.upgrade(engine, "0004")  # already there: nothing to do
    command.downgrade(migrations.alembic_config(engine), "0003")
    with engine.connect() as conn:
        columns = {r[1] for r in conn.exec_driver_sql("PRAGMA table_info('outbox')")}
        indexes = {r[1] for r in conn.exec_driver_sql("PRAGMA index_list('outbox')")}
        assert conn.exec_driver_sql("SELECT state FROM outbox").scalar() == "rejected"
    assert not {"reopened_as", "reopened_at", "reopened_by"} & columns
    assert {"ix_outbox_queued", "ix_outbox_state_queued", "ix_outbox_officer_queued"} <= indexes
    engine.dispose()


def _scribble_over_a_table_page(path: Path) -> bytes:
    open_database(path).close()
    data = bytearray(path.read_bytes())
    # Scribble over the second page (a table's b-tree page), keep the header valid.
    data[4096 : 4096 + 512] = b"\xff" * 512
    path.write_bytes(bytes(data))
    return bytes(data)


def test_corrupted_page_is_found_by_the_full_check_and_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "station.db"
    damaged = _scribble_over_a_table_page(path)
    with pytest.raises(DatabaseCorruptError) as caught:
        open_database(path, full_check=True)
    assert "hỏng" in caught.value.message("vi")
    assert path.read_bytes() == damaged  # never recreated over the data


def test_page_read_at_opening_is_reported_as_corruption(tmp_path: Path) -> None:
    path = tmp_path / "station.db"
    damaged = _scribble_over_a_table_page(path)
    with pytest.raises(DatabaseCorruptError):
        open_database(path)
    assert path.read_bytes() == damaged


def test_corrupted_page_found_by_the_background_check(tmp_path: Path) -> None:
    path = tmp_path / "station.db"
    db = open_database(path)
    with db.writer_sessions().begin() as session:
        session.add_all(
            NumberSequence(station_code=f"S{i:05d}", day="20261123", last=i) for i in range(3000)
        )
    db.close()
    data = bytearray(path.read_bytes())
    # A leaf page in the middle of the number table: opening never reads it.
    middle = (len(data) // 4096 // 2) * 4096
    data[middle] = 0x00  # not a valid b-tree page type
    path.write_bytes(bytes(data))
    damaged = bytes(data)
    db = open_database(path)
    try:
        with pytest.raises(DatabaseCorruptError):
            db.verify_integrity()
    finally:
        db.writer_engine.dispose()
        db.reader_engine.dispose()
    assert path.read_bytes()[:4096] == damaged[:4096]


def test_damaged_header_is_reported_at_opening(tmp_path: Path) -> None:
    path = tmp_path / "station.db"
    open_database(path).close()
    data = bytearray(path.read_bytes())
    data[16:24] = b"\xff" * 8  # page size and format bytes
    path.write_bytes(bytes(data))
    with pytest.raises((DatabaseCorruptError, DatabaseOpenError)):
        open_database(path)
    assert path.read_bytes() == bytes(data)


def test_not_a_database_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "station.db"
    path.write_bytes(b"this is not a database file" * 100)
    with pytest.raises(DatabaseCorruptError):
        open_database(path)
    assert path.read_bytes().startswith(b"this is not")


def test_writer_runs_work_on_one_thread_in_order(tmp_path: Path) -> None:
    db = open_database(tmp_path / "station.db")
    writer = WriteExecutor(db.writer_sessions())
    threads: set[str] = set()

    def bump(session: Session) -> int:
        threads.add(threading.current_thread().name)
        row = session.get(NumberSequence, ("HN01", "20261123"))
        if row is None:
            row = NumberSequence(station_code="HN01", day="20261123", last=0)
            session.add(row)
        row.last += 1
        return row.last

    try:
        futures = [writer.submit(bump) for _ in range(50)]
        assert [f.result() for f in futures] == list(range(1, 51))
        assert threads == {"db-writer"}

        def failing(session: Session) -> None:
            session.get(NumberSequence, ("HN01", "20261123")).last = 999  # type: ignore[union-attr]
            raise RuntimeError("boom")

        with pytest.raises(RuntimeError):
            writer.run(failing)
        assert writer.run(bump) == 51  # the failed unit of work was rolled back
    finally:
        writer.close()
        db.close()
    with pytest.raises(WriterClosedError):
        writer.submit(bump)


def test_newer_database_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "station.db"
    open_database(path).close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseTooNewError) as caught:
        open_database(path)
    assert "newer version" in caught.value.message("en")
    assert path.read_bytes() == before
    assert not (tmp_path / "backups").exists()
