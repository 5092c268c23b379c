"""The sync engine against the reference register as a real HTTPS process on 127.0.0.1."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import threading
import time
from pathlib import Path

import httpx
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from sqlalchemy import select

import station.refdata as refdata_package
from register.harness import RegisterProcess
from register.simstation import drain, utc_now
from station.refdata import load_reference_data
from station.storage.schema import OutboxState, SealedApplication
from station.sync import contract
from station.sync.contract import RegisterState
from station.sync.enrolment import EnrolmentToken, enrol_station
from station.sync.errors import EnrolmentError
from station.sync.masterdata import MasterDataUpdater
from station.sync.progress import SyncPhase, SyncProgress
from station.sync.settings import SyncConfig

pytestmark = pytest.mark.register


def test_enrol_seal_send_and_every_application_arrives_once(
    register: RegisterProcess, enrolled, check, fast: SyncConfig
) -> None:
    station = enrolled()
    ids = station.seal(6)
    seen: list[SyncProgress] = []
    engine = station.engine(fast, seen.append)

    drain(engine, station)

    result = check(station)
    assert result.accepted == 6 and result.clean
    holdings = {h.application_id: h for h in register.holdings(station.enrolment.station_id)}
    assert set(holdings) == set(ids)
    phases = [p.phase for p in seen]
    assert SyncPhase.SENDING in phases and phases[-1] is SyncPhase.IDLE
    assert any(p.sending == 6 for p in seen)
    assert seen[-1].queued == 0 and seen[-1].accepted == 6
    assert seen[-1].last_success_at is not None and seen[-1].last_error is None
    assert seen[-1].clock_skew_seconds is None


def test_a_second_pass_sends_nothing_and_a_new_seal_goes_alone(
    register: RegisterProcess, enrolled, check, fast: SyncConfig
) -> None:
    station = enrolled()
    station.seal(2)
    engine = station.engine(fast)
    drain(engine, station)
    sent = engine.bytes_sent
    engine.run_pass()
    assert engine.bytes_sent == sent
    station.seal(1)
    drain(engine, station)
    assert check(station).accepted == 3


def test_enrolment_is_refused_with_a_used_or_foreign_token(
    register: RegisterProcess, stations, tmp_path: Path
) -> None:
    token = register.tokens()[0]
    first = stations()
    first.enrol(register.url, token)
    second = stations()
    with pytest.raises(EnrolmentError) as used:
        second.enrol(register.url, token)
    assert "token" in used.value.message_en
    # A token whose CA fingerprint is not this register's: refused before any secret is sent.
    parsed = EnrolmentToken.parse(register.tokens()[0])
    foreign = str(EnrolmentToken(parsed.secret, "0" * 32))
    with pytest.raises(EnrolmentError) as mismatch:
        second.enrol(register.url, foreign)
    assert "certificate" in mismatch.value.message_en
    assert second.state.enrolment() is None


def test_enrolment_repeated_after_a_lost_answer_gives_the_same_station(
    register: RegisterProcess, stations
) -> None:
    token = register.tokens()[0]
    station = stations()
    first = station.enrol(register.url, token)
    again = enrol_station(
        register.url, token, station.station_code, station.secrets, station.state, utc_now
    )
    assert again.station_id == first.station_id


def test_receipts_purge_after_the_retention_time(
    register: RegisterProcess, enrolled, fast: SyncConfig
) -> None:
    now = [utc_now()]
    station = enrolled(clock=lambda: now[0])
    station.seal(3)
    engine = station.engine(dataclasses.replace(fast, retention=dt.timedelta(hours=1)))
    drain(engine, station)
    with station.reader() as session:
        assert all(r.ciphertext is not None for r in session.scalars(select(SealedApplication)))
    now[0] += dt.timedelta(hours=1, seconds=1)
    engine.run_pass()
    with station.reader() as session:
        rows = list(session.scalars(select(SealedApplication)))
    assert len(rows) == 3
    assert all(r.ciphertext is None and r.purged_at is not None for r in rows)


def test_status_pull_records_review_and_card_production(
    register: RegisterProcess, enrolled, fast: SyncConfig
) -> None:
    station = enrolled()
    first, second = station.seal(2)
    engine = station.engine(fast)
    drain(engine, station)
    numbers = {r.application_id: r.application_number for r in station.outbox_rows()}
    store = register.store()
    try:
        assert store.set_status(
            numbers[first],
            RegisterState.REVIEW_REJECTED,
            "photo_quality",
            "The portrait does not meet the standard.",
        )
        assert store.set_status(numbers[second], RegisterState.CARD_PRODUCED, None, None)
    finally:
        store.db.dispose()

    engine.run_pass()

    statuses = station.state.statuses([first, second])
    assert statuses[first].status == "review_rejected"
    assert statuses[first].reason_code == "photo_quality"
    assert statuses[second].status == "card_produced"
    assert station.state.cursor().status_cursor > 0
    # The outbox keeps "accepted": the register did take them; the later word is separate.
    assert {r.state for r in station.outbox_rows()} == {OutboxState.ACCEPTED}


def test_clock_skew_beyond_five_minutes_is_reported(
    register: RegisterProcess, enrolled, check, fast: SyncConfig
) -> None:
    station = enrolled(clock=lambda: utc_now() + dt.timedelta(minutes=7))
    station.seal(1)
    seen: list[SyncProgress] = []
    engine = station.engine(fast, seen.append)
    drain(engine, station)
    skew = seen[-1].clock_skew_seconds
    assert skew is not None and -430 < skew < -410  # the register is 7 minutes "behind"
    assert seen[-1].phase is SyncPhase.IDLE  # reported, not blocking
    assert check(station).accepted == 1


def test_background_thread_sends_when_woken_and_stops(
    register: RegisterProcess, enrolled, check, fast: SyncConfig
) -> None:
    station = enrolled()
    passes: list[SyncProgress] = []
    done = threading.Event()

    def listen(progress: SyncProgress) -> None:
        if progress.phase is SyncPhase.IDLE:
            passes.append(progress)
            if progress.accepted == 2:
                done.set()

    config = dataclasses.replace(fast, idle_interval=30.0, status_interval=30.0)
    engine = station.engine(config, listen)
    engine.start()
    try:
        deadline = time.monotonic() + 20
        while not passes and time.monotonic() < deadline:
            time.sleep(0.02)
        assert passes and passes[0].queued == 0  # the first pass: nothing to send, asleep
        station.seal(2)
        engine.wake()  # the GUI wakes it after sealing; otherwise it would wait 30 s
        assert done.wait(20)
        assert len(passes) == 2  # one pass to start with, one for the wake: no busy loop
    finally:
        engine.stop()
    assert engine.progress.phase is SyncPhase.STOPPED
    assert check(station).accepted == 2


def test_master_data_is_downloaded_and_installed(
    tmp_path: Path, stations, fast: SyncConfig
) -> None:
    offered = tmp_path / "master"
    offered.mkdir()
    bundled = Path(refdata_package.__file__).parent / "data" / "ethnicities.json"
    doc = json.loads(bundled.read_text())
    doc["header"]["version"] = doc["header"]["version"] + ".1"
    (offered / "ethnicities.json").write_text(json.dumps(doc, ensure_ascii=False))
    (offered / "csca").mkdir()
    (offered / "csca" / "vn-csca-test.pem").write_bytes(_self_signed_pem())
    (offered / "VERSION").write_text("2026.11.1\n")
    process = RegisterProcess(tmp_path / "register", master_data=offered).start()
    try:
        station = stations()
        station.enrol(process.url, process.tokens()[0])
        installed = []
        updater = MasterDataUpdater(
            tmp_path / "refdata", tmp_path / "csca", tmp_path / "staging", installed.append
        )
        seen: list[SyncProgress] = []
        engine = station.engine(fast, seen.append, masterdata=updater)
        engine.run_pass()
        engine.stop()  # close the connection first: the register then stops at once
    finally:
        process.stop()
    assert [i.version for i in installed] == ["2026.11.1"]
    assert installed[0].refdata == ("ethnicities",)
    assert station.state.cursor().master_data_version == "2026.11.1"
    assert seen[-1].master_data_version == "2026.11.1"
    reloaded = load_reference_data(tmp_path / "refdata")
    assert reloaded.info["ethnicities"].version == doc["header"]["version"]
    assert [p.name for p in (tmp_path / "csca").iterdir()] == ["vn-csca-test.pem"]


def test_every_answer_carries_the_server_time(register: RegisterProcess) -> None:
    with httpx.Client(verify=False, timeout=5, trust_env=False) as client:
        for path in (contract.PING, contract.STATUS, contract.BATCHES + "/x", "/nowhere"):
            method = "POST" if path.startswith(contract.BATCHES) else "GET"
            response = client.request(method, register.url + path, content=b"junk")
            stamp = contract.parse_time(response.headers[contract.SERVER_TIME_HEADER])
            assert abs((stamp - utc_now()).total_seconds()) < 60


def _self_signed_pem() -> bytes:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "CSCA Test")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(1)
        .not_valid_before(now)
        .not_valid_after(now + dt.timedelta(days=1))
        .sign(key, hashes.SHA256())
    )
    return cert.public_bytes(serialization.Encoding.PEM)
