"""Reliability: each fault of the issue against the register as a real process on 127.0.0.1.

After each one the station's outbox and the register's holdings are compared: 0 lost,
0 duplicated, every rejection explained.
"""

from __future__ import annotations

import dataclasses
import threading
import time
import uuid
from pathlib import Path

import httpx
import pytest
from sqlalchemy import func, select, update

from register.db import BatchRow, StationRow
from register.harness import RegisterProcess
from register.linkshaper import LinkShaper
from register.simstation import drain
from station.storage.schema import OutboxRow, OutboxState, SealedApplication
from station.sync import contract
from station.sync.batch_file import encode_batch
from station.sync.client import ClientTimeouts
from station.sync.errors import (
    RegisterBusyError,
    RegisterCertificateError,
    RegisterUnreachableError,
    StationNotRecognisedError,
)
from station.sync.planner import sealed_envelope
from station.sync.progress import SyncPhase, SyncProgress
from station.sync.tls import pinned_context

pytestmark = pytest.mark.register


def _batches_of(register: RegisterProcess, station_id: str) -> int:
    store = register.store()
    try:
        with store.db.read() as session:
            return int(
                session.scalar(
                    select(func.count())
                    .select_from(BatchRow)
                    .where(BatchRow.station_id == station_id)
                )
                or 0
            )
    finally:
        store.db.dispose()


def test_register_down_then_back(register: RegisterProcess, enrolled, check, fast) -> None:
    station = enrolled()
    station.seal(4)
    seen: list[SyncProgress] = []
    engine = station.engine(fast, seen.append)
    register.stop()

    delay = engine.run_pass()

    assert seen[-1].phase is SyncPhase.OFFLINE
    assert isinstance(seen[-1].last_error, RegisterUnreachableError)
    assert seen[-1].next_retry_at is not None and 0 < delay <= fast.backoff_cap
    assert seen[-1].queued == 4
    second = engine.run_pass()
    assert engine._backoff.failures == 2 and second <= fast.backoff_cap
    register.start()
    drain(engine, station)
    assert check(station).accepted == 4
    assert seen[-1].last_error is None and seen[-1].next_retry_at is None


@pytest.mark.parametrize("mode", ["kill", "kill_after_commit"])
def test_register_killed_mid_upload(register: RegisterProcess, enrolled, check, fast, mode) -> None:
    station = enrolled()
    station.seal(5)
    engine = station.engine(fast)
    register.arm(mode)

    engine.run_pass()

    assert register.wait_exit(10) is not None  # the register process died
    assert station.outbox.counts()[OutboxState.QUEUED] == 5  # nothing lost, nothing stuck
    register.start()
    drain(engine, station)
    assert check(station).accepted == 5
    # Killed after commit: the resend reused the batch id and got the stored receipts.
    assert _batches_of(register, station.enrolment.station_id) == 1


@pytest.mark.parametrize("mode", ["drop_after_commit", "drop_before_commit", "truncate"])
def test_lost_or_cut_answer_is_repaired_by_resending(
    register: RegisterProcess, enrolled, check, fast, mode
) -> None:
    station = enrolled()
    station.seal(5)
    seen: list[SyncProgress] = []
    engine = station.engine(fast, seen.append)
    register.arm(mode)

    engine.run_pass()

    assert isinstance(seen[-1].last_error, RegisterUnreachableError)
    rows = {r.state for r in station.outbox_rows()}
    assert rows == {OutboxState.QUEUED}
    drain(engine, station)
    assert check(station).accepted == 5
    assert _batches_of(register, station.enrolment.station_id) == 1
    with station.reader() as session:
        attempts = set(session.scalars(select(OutboxRow.attempts)))
    assert attempts == {2}


@pytest.mark.parametrize("status", [500, 503])
def test_server_errors_back_off_then_succeed(
    register: RegisterProcess, enrolled, check, fast, status
) -> None:
    station = enrolled()
    station.seal(3)
    seen: list[SyncProgress] = []
    engine = station.engine(fast, seen.append)
    register.arm("status", status=status, times=3)
    started = time.monotonic()

    drain(engine, station)

    elapsed = time.monotonic() - started
    errors = [p for p in seen if p.phase is SyncPhase.RETRY_WAIT]
    assert len(errors) == 3
    assert all(isinstance(p.last_error, RegisterBusyError) for p in errors)
    if status == 503:  # "Retry-After: 1" is honoured over the short test backoff
        assert elapsed >= 3.0
    else:
        assert elapsed < 3.0
    assert check(station).accepted == 3


def test_timeout_then_resend_while_the_first_is_still_processed(
    register: RegisterProcess, enrolled, check, fast
) -> None:
    station = enrolled()
    station.seal(4)
    config = dataclasses.replace(
        fast, timeouts=ClientTimeouts(connect=2.0, read=1.0, write=2.0, ping=2.0)
    )
    seen: list[SyncProgress] = []
    engine = station.engine(config, seen.append)
    register.arm("delay", delay=2.5)

    drain(engine, station)

    assert any(isinstance(p.last_error, RegisterUnreachableError) for p in seen)
    time.sleep(3)  # let the delayed first request finish on the register too
    assert check(station).accepted == 4
    assert _batches_of(register, station.enrolment.station_id) == 1


def test_slow_link_one_megabit(register: RegisterProcess, enrolled, check, fast) -> None:
    rate = 125_000  # 1 Mbit/s
    shaper = LinkShaper(register.port, rate)
    try:
        station = enrolled()
        station.state.save_enrolment(
            dataclasses.replace(station.enrolment, register_url=shaper.url)
        )
        station.seal(12)
        payload = sum(r.size for r in _sealed(station))
        engine = station.engine(fast)
        started = time.monotonic()
        drain(engine, station, timeout=60)
        elapsed = time.monotonic() - started
    finally:
        shaper.stop()
    assert check(station).accepted == 12
    raw = payload / rate
    assert elapsed <= 1.35 * raw + 1.0, (elapsed, raw)
    assert shaper.bytes_up <= 1.1 * payload
    assert engine._link.rate is not None and engine._link.rate < 2 * rate
    # Batches sized for ~10 s on this link, below the 2 MB ceiling.
    assert engine._link.batch_bytes() < 2_000_000


def test_link_cut_mid_transfer(register: RegisterProcess, enrolled, check, fast) -> None:
    shaper = LinkShaper(register.port, 200_000)
    try:
        station = enrolled()
        station.state.save_enrolment(
            dataclasses.replace(station.enrolment, register_url=shaper.url)
        )
        station.seal(10)
        engine = station.engine(fast)
        engine._link._bytes = 2_000_000  # one batch of everything, about 2 s on this link
        cutter = _after(0.8, shaper.cut_all)
        engine.run_pass()
        cutter.join()
        assert station.outbox.counts()[OutboxState.QUEUED] == 10
        assert engine._link.batch_bytes() == 1_000_000  # smaller after a cut transfer
        drain(engine, station, timeout=60)
    finally:
        shaper.stop()
    assert check(station).accepted == 10


def test_tampered_batch_in_transit_is_refused_whole(
    register: RegisterProcess, enrolled, check, fast
) -> None:
    station = enrolled()
    station.seal(3)
    envelopes = [sealed_envelope(r) for r in _sealed(station)]
    enrolment = station.enrolment
    batch_id = str(uuid.uuid4())
    body = bytearray(
        encode_batch(
            batch_id,
            enrolment.station_id,
            enrolment.station_code,
            envelopes,
            station.secrets.signing_key,
        )
    )
    body[-500] ^= 0x01  # one bit in the last envelope
    with httpx.Client(verify=pinned_context(register.ca_pem), timeout=10, trust_env=False) as c:
        answer = c.post(f"{register.url}{contract.BATCHES}/{batch_id}", content=bytes(body))
    assert answer.status_code == 400
    assert answer.json()["error"]["code"] == "batch_invalid"
    assert register.holdings(enrolment.station_id) == []
    drain(station.engine(fast), station)
    assert check(station).accepted == 3


def test_tampered_at_rest_is_rejected_with_a_reason(
    register: RegisterProcess, enrolled, check, fast
) -> None:
    station = enrolled()
    first, *_ = station.seal(3)

    def corrupt(session):
        row = session.get(SealedApplication, first)
        data = bytearray(row.ciphertext)
        data[100] ^= 0xFF
        session.execute(
            update(SealedApplication)
            .where(SealedApplication.application_id == first)
            .values(ciphertext=bytes(data))
        )

    station.writer.run(corrupt)
    drain(station.engine(fast), station)

    result = check(station)
    assert result.accepted == 2 and result.rejected == 1
    (rejected,) = [r for r in station.outbox_rows() if r.state is OutboxState.REJECTED]
    assert rejected.application_id == first
    assert rejected.reason_code == "envelope_unreadable"


def test_unknown_station_stops_until_it_is_enrolled_again(
    register: RegisterProcess, enrolled, check, fast
) -> None:
    station = enrolled()
    station.seal(2)
    store = register.store()
    try:
        with store.db.write() as session:
            session.execute(
                update(StationRow)
                .where(StationRow.station_id == station.enrolment.station_id)
                .values(revoked=True)
            )
    finally:
        store.db.dispose()
    seen: list[SyncProgress] = []
    engine = station.engine(fast, seen.append)

    engine.run_pass()
    engine.run_pass()  # blocked: no retry on its own

    assert seen[-1].phase is SyncPhase.BLOCKED
    assert isinstance(seen[-1].last_error, StationNotRecognisedError)
    assert "IT" in seen[-1].last_error.message_en
    assert station.outbox.counts()[OutboxState.QUEUED] == 2
    station.enrol(register.url, register.tokens()[0])
    engine.resume()
    drain(engine, station)
    assert check(station).accepted == 2


def test_wrong_certificate_is_a_clear_non_retrying_error(
    register: RegisterProcess, enrolled, check, tmp_path: Path, fast
) -> None:
    station = enrolled()
    station.seal(2)
    impostor = RegisterProcess(tmp_path / "impostor").start()
    try:
        station.state.save_enrolment(
            dataclasses.replace(station.enrolment, register_url=impostor.url)
        )
        seen: list[SyncProgress] = []
        engine = station.engine(fast, seen.append)
        engine.run_pass()
        engine.run_pass()
        assert impostor.holdings() == []
    finally:
        impostor.stop()
    assert seen[-1].phase is SyncPhase.BLOCKED
    error = seen[-1].last_error
    assert isinstance(error, RegisterCertificateError) and not error.retryable
    assert "chứng thư" in error.message_vi
    assert station.outbox.counts()[OutboxState.QUEUED] == 2
    assert check(station).pending  # nothing lost: still queued for the right register


def test_register_disk_full(register: RegisterProcess, enrolled, check, fast) -> None:
    station = enrolled()
    station.seal(3)
    seen: list[SyncProgress] = []
    engine = station.engine(fast, seen.append)
    register.arm("disk_full", times=2)

    drain(engine, station)

    full = [p for p in seen if p.phase is SyncPhase.RETRY_WAIT]
    assert len(full) == 2
    assert isinstance(full[0].last_error, RegisterBusyError)
    assert "507 storage_full" in full[0].last_error.detail
    assert check(station).accepted == 3


def _sealed(station) -> list[SealedApplication]:
    with station.reader() as session:
        return list(
            session.scalars(select(SealedApplication).order_by(SealedApplication.sealed_at))
        )


def _after(seconds: float, action) -> threading.Thread:
    thread = threading.Thread(target=lambda: (time.sleep(seconds), action()), daemon=True)
    thread.start()
    return thread
