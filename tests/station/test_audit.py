"""The audit chain: appends inside the caller's transaction, verification, tamper detection."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

import station.audit as audit_module
from station.audit import (
    GENESIS_MAC,
    AuditAction,
    AuditDetailError,
    AuditLog,
    DetailValue,
)
from station.storage.database import StationDatabase, open_database
from station.storage.schema import AuditEvent
from station.storage.writer import WriteExecutor

KEY = bytes(range(32))
OTHER_KEY = bytes(range(1, 33))
T0 = dt.datetime(2026, 11, 23, 2, 30, tzinfo=dt.UTC)


@dataclass
class Env:
    db: StationDatabase
    writer: WriteExecutor
    audit: AuditLog

    def append(
        self,
        n: int = 1,
        *,
        actor: str = "officer1",
        action: AuditAction = AuditAction.DRAFT_CREATE,
        detail: Mapping[str, DetailValue] | None = None,
    ) -> None:
        def work(session: Session) -> None:
            for i in range(n):
                self.audit.append(
                    session,
                    at=T0 + dt.timedelta(seconds=i),
                    actor=actor,
                    action=action,
                    detail=detail,
                )

        self.writer.run(work)

    def verify(self, audit: AuditLog | None = None) -> tuple[bool, int, int | None, str]:
        with self.db.reader_sessions()() as session:
            result = (audit or self.audit).verify(session)
        return result.ok, result.events, result.first_broken_seq, result.problem

    def sql(self, statement: str, *params: object) -> None:
        """Tamper behind the application's back, as someone with the file would."""
        conn = sqlite3.connect(self.db.path)
        try:
            conn.execute(statement, params)
            conn.commit()
        finally:
            conn.close()


@pytest.fixture
def env(tmp_path: Path) -> Iterator[Env]:
    db = open_database(tmp_path / "station.db")
    writer = WriteExecutor(db.writer_sessions())
    try:
        yield Env(db, writer, AuditLog(KEY))
    finally:
        writer.close()
        db.close()


def test_empty_log_verifies(env: Env) -> None:
    assert env.verify() == (True, 0, None, "")


def test_appends_number_and_chain_events(env: Env) -> None:
    env.append(3, detail={"count": 2, "ok": True, "note": "x", "none": None})
    with env.db.reader_sessions()() as session:
        events = list(session.scalars(select(AuditEvent).order_by(AuditEvent.seq)))
    assert [e.seq for e in events] == [1, 2, 3]
    assert len({e.mac for e in events}) == 3
    assert all(len(e.mac) == 64 for e in events)
    assert events[0].detail == '{"count":2,"none":null,"note":"x","ok":true}'
    assert env.verify() == (True, 3, None, "")


def test_two_appends_in_one_unit_of_work_chain(env: Env) -> None:
    def work(session: Session) -> None:
        env.audit.append(session, at=T0, actor="a", action=AuditAction.LOGIN)
        env.audit.append(session, at=T0, actor="a", action=AuditAction.LOGOUT)

    env.writer.run(work)
    assert env.verify() == (True, 2, None, "")


def test_event_rolls_back_with_the_failing_change(env: Env) -> None:
    env.append()

    def work(session: Session) -> None:
        env.audit.append(session, at=T0, actor="a", action=AuditAction.SEAL)
        raise RuntimeError("the change failed")

    with pytest.raises(RuntimeError):
        env.writer.run(work)
    with env.db.reader_sessions()() as session:
        assert session.scalar(select(AuditEvent.seq).order_by(AuditEvent.seq.desc())) == 1
    env.append()
    assert env.verify() == (True, 2, None, "")


def test_application_number_is_covered(env: Env) -> None:
    env.writer.run(
        lambda s: env.audit.append(
            s,
            at=T0,
            actor="a",
            action=AuditAction.SEAL,
            application_number="HN0001-261123-00042-FD",
        )
    )
    env.sql("UPDATE audit_log SET application_number = 'HN0001-261123-00043-X' WHERE seq = 1")
    assert env.verify()[:3] == (False, 0, 1)


def test_timestamps_in_other_zones_are_stored_as_utc(env: Env) -> None:
    hanoi = dt.timezone(dt.timedelta(hours=7))
    env.writer.run(
        lambda s: env.audit.append(s, at=T0.astimezone(hanoi), actor="a", action=AuditAction.PRINT)
    )
    assert env.verify() == (True, 1, None, "")


@pytest.mark.parametrize(
    ("column", "value"),
    [
        ("actor", "intruder"),
        ("action", "purge"),
        ("at", "2026-11-23T02:31:00.000000+00:00"),
        ("detail", '{"count":3}'),
        ("mac", "f" * 64),
    ],
)
def test_edited_field_is_reported(env: Env, column: str, value: str) -> None:
    env.append(5, detail={"count": 2})
    env.sql(f"UPDATE audit_log SET {column} = ? WHERE seq = 3", value)
    ok, events, first, problem = env.verify()
    assert (ok, events, first) == (False, 2, 3)
    assert "event 3" in problem


@pytest.mark.parametrize(("column", "value"), [("at", "not a time"), ("detail", "[1, 2")])
def test_unreadable_field_is_reported_not_crashed(env: Env, column: str, value: str) -> None:
    env.append(3)
    env.sql(f"UPDATE audit_log SET {column} = ? WHERE seq = 2", value)
    assert env.verify()[:3] == (False, 1, 2)


def test_deleted_event_is_reported_at_the_gap(env: Env) -> None:
    env.append(6)
    env.sql("DELETE FROM audit_log WHERE seq IN (3, 4)")
    ok, events, first, problem = env.verify()
    assert (ok, events, first) == (False, 2, 3)
    assert "3 to 4 missing" in problem


def test_deleted_first_event_is_reported(env: Env) -> None:
    env.append(3)
    env.sql("DELETE FROM audit_log WHERE seq = 1")
    assert env.verify()[:3] == (False, 0, 1)


def test_swapped_rows_are_reported_at_the_first(env: Env) -> None:
    env.append(6, action=AuditAction.DRAFT_EDIT)
    env.append(1, action=AuditAction.SEAL)
    # Swap the contents (not the seq) of events 2 and 7, MACs included.
    env.sql(
        "UPDATE audit_log SET (at, actor, action, application_number, detail, mac) = "
        "(SELECT at, actor, action, application_number, detail, mac FROM audit_log o "
        " WHERE o.seq = CASE audit_log.seq WHEN 2 THEN 7 ELSE 2 END) WHERE seq IN (2, 7)"
    )
    assert env.verify()[:3] == (False, 1, 2)


def test_reordered_seq_is_reported(env: Env) -> None:
    env.append(4)
    env.sql("UPDATE audit_log SET seq = -2 WHERE seq = 2")
    env.sql("UPDATE audit_log SET seq = 2 WHERE seq = 3")
    env.sql("UPDATE audit_log SET seq = 3 WHERE seq = -2")
    assert env.verify()[:3] == (False, 1, 2)


def test_inserted_event_is_reported(env: Env) -> None:
    env.append(3)
    with env.db.reader_sessions()() as session:
        last = session.get(AuditEvent, 3)
        assert last is not None
    # A forged event that even copies the previous MAC cannot pass without the key.
    env.sql(
        "INSERT INTO audit_log (seq, at, actor, action, application_number, detail, mac) "
        "VALUES (4, ?, 'intruder', 'purge', NULL, '{}', ?)",
        "2026-11-23T03:00:00.000000+00:00",
        last.mac,
    )
    env.append(2)  # the station carries on after the forgery
    assert env.verify()[:3] == (False, 3, 4)


def test_event_before_the_chain_is_reported(env: Env) -> None:
    env.append(2)
    env.sql(
        "INSERT INTO audit_log (seq, at, actor, action, application_number, detail, mac) "
        "VALUES (0, '2026-11-23T00:00:00.000000+00:00', 'x', 'login', NULL, '{}', ?)",
        GENESIS_MAC,
    )
    assert env.verify()[:3] == (False, 0, 0)


def test_chain_written_with_another_key_is_reported(env: Env) -> None:
    env.append(3)
    assert env.verify(AuditLog(OTHER_KEY))[:3] == (False, 0, 1)


def test_remac_from_the_middle_with_a_wrong_key_is_reported(env: Env) -> None:
    env.append(3)
    # The rest of the chain re-written by someone holding another key.
    forger = AuditLog(OTHER_KEY)
    env.sql("DELETE FROM audit_log WHERE seq > 1")

    def work(session: Session) -> None:
        for i in (2, 3):
            forger.append(
                session, at=T0 + dt.timedelta(seconds=i), actor="x", action=AuditAction.PURGE
            )

    env.writer.run(work)
    assert env.verify()[:3] == (False, 1, 2)
    assert env.verify(forger)[:3] == (False, 0, 1)


def test_verification_streams_in_chunks(env: Env, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(audit_module, "VERIFY_CHUNK", 64)  # many chunks, few events
    env.append(1000)
    assert env.verify() == (True, 1000, None, "")
    env.sql("UPDATE audit_log SET actor = 'x' WHERE seq = 777")
    assert env.verify()[:3] == (False, 776, 777)


def test_verification_reports_the_head(env: Env) -> None:
    env.append(4)
    with env.db.reader_sessions()() as session:
        result = env.audit.verify(session)
        head = session.get(AuditEvent, 4)
    assert head is not None
    assert (result.last_seq, result.last_mac) == (4, head.mac)


@pytest.mark.parametrize(
    "detail",
    [
        {"nested": {"a": 1}},
        {"items": [1, 2]},
        {"ratio": 0.5},
        {"raw": b"bytes"},
        {"Upper": 1},
        {"with-dash": 1},
        {"digit1": 1},
        {"": 1},
        {"k" * 33: 1},
        {"full_name": "x"},
        {"address": "x"},
        {"date_of_birth": "x"},
        {"cccd": "x"},
        {"phone": "x"},
        {"note": "x" * 1000},
    ],
)
def test_detail_guard(env: Env, detail: Mapping[str, DetailValue]) -> None:
    with pytest.raises(AuditDetailError):
        env.append(detail=detail)
    assert env.verify() == (True, 0, None, "")  # nothing written


@pytest.mark.parametrize(
    ("at", "actor", "number"),
    [
        (T0.replace(tzinfo=None), "a", None),
        (T0, "", None),
        (T0, "a" * 65, None),
        (T0, "a", "x" * 33),
        (T0, "a", ""),
    ],
)
def test_field_guards(env: Env, at: dt.datetime, actor: str, number: str | None) -> None:
    def work(session: Session) -> None:
        env.audit.append(
            session, at=at, actor=actor, action=AuditAction.PRINT, application_number=number
        )

    with pytest.raises(AuditDetailError):
        env.writer.run(work)


def test_short_key_refused() -> None:
    with pytest.raises(ValueError):
        AuditLog(b"short")


def test_recent_filters_newest_first(env: Env) -> None:
    env.append(2, actor="a", action=AuditAction.LOGIN)
    env.append(1, actor="b", action=AuditAction.LOGIN, detail={"context": "login"})
    env.append(1, actor="a", action=AuditAction.LOGOUT)
    with env.db.reader_sessions()() as session:
        assert [e.seq for e in env.audit.recent(session, 10)] == [4, 3, 2, 1]
        assert [e.seq for e in env.audit.recent(session, 2)] == [4, 3]
        assert [e.seq for e in env.audit.recent(session, 10, actor="a")] == [4, 2, 1]
        by_b = env.audit.recent(session, 10, action=AuditAction.LOGIN, actor="b")
    assert [(e.seq, e.action, dict(e.detail)) for e in by_b] == [(3, "login", {"context": "login"})]
    assert by_b[0].at.tzinfo is not None


def test_action_values_are_stable() -> None:
    assert {a.value for a in AuditAction} == {
        "login", "login_failed", "logout", "lock", "unlock", "lockout", "draft_create",
        "draft_edit", "draft_discard", "seal", "print", "export", "sync_result", "purge",
        "settings_change", "account_created", "account_changed", "password_changed",
        "key_unlock", "review_approve", "review_reject", "view_sealed", "reopen",
    }  # fmt: skip
