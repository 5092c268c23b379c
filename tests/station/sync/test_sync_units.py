"""The sync pieces on their own: container, backoff, link sizing, tokens, planner, client."""

from __future__ import annotations

import datetime as dt
import io
import json
import random
import uuid
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import select, update

from register.keys import load_or_create_keys
from register.simstation import SimulatedStation
from station.refdata import ReferenceData
from station.storage.schema import OutboxRow, OutboxState, SealedApplication
from station.sync import contract
from station.sync.backoff import Backoff
from station.sync.batch_file import (
    BatchFormatError,
    decode_batch,
    encode_batch,
    verify_stream,
)
from station.sync.client import (
    BatchIdReusedError,
    BatchRefusedError,
    RegisterClient,
    StatusEvent,
)
from station.sync.contract import RegisterState
from station.sync.enrolment import EnrolmentToken
from station.sync.errors import (
    EnrolmentError,
    RegisterBusyError,
    RegisterProtocolError,
    StationNotRecognisedError,
)
from station.sync.planner import ENTRY_OVERHEAD, BatchPlanner, LinkEstimator, sealed_envelope
from station.sync.state import Enrolment
from station.sync.status_pull import receipt_for

NOW = dt.datetime(2026, 11, 23, 2, 30, tzinfo=dt.UTC)


@pytest.fixture
def station(tmp_path: Path, refdata: ReferenceData) -> Iterator[SimulatedStation]:
    """A station with a hand-made enrolment (no register needed for these tests)."""
    keys = load_or_create_keys(tmp_path / "register")
    station = SimulatedStation(tmp_path / "station", "HN0001", refdata=refdata)
    station.state.save_enrolment(
        Enrolment(
            "station-1",
            "HN0001",
            "https://127.0.0.1:9",
            keys.ca_pem,
            keys.exchange_public(),
            keys.signing_public(),
            NOW,
        )
    )
    yield station
    station.close()


def _envelopes(station: SimulatedStation, count: int, photo: int = 40_000) -> list:
    station.seal_fast(count, photo)
    with station.reader() as session:
        rows = session.scalars(select(SealedApplication).order_by(SealedApplication.sealed_at))
        return [sealed_envelope(r) for r in rows]


def test_container_round_trip_and_size(station: SimulatedStation) -> None:
    envelopes = _envelopes(station, 5)
    key = station.secrets.signing_key
    body = encode_batch("b-1", "station-1", "HN0001", envelopes, key)
    assert encode_batch("b-1", "station-1", "HN0001", envelopes, key) == body  # deterministic

    decoded = decode_batch(body)
    decoded.verify(key.public_key())
    assert decoded.manifest.batch_id == "b-1"
    assert [e.entry for e in decoded.envelopes] == [e.entry for e in envelopes]
    assert [bytes(e.ciphertext) for e in decoded.envelopes] == [e.ciphertext for e in envelopes]
    assert verify_stream(io.BytesIO(body), key.public_key()) == decoded.manifest
    payload = sum(e.entry.size for e in envelopes)
    assert len(body) <= 1.02 * payload  # binary, not base64: about 1 % of framing


def test_container_damage_is_caught(station: SimulatedStation) -> None:
    envelopes = _envelopes(station, 2, 500)
    key = station.secrets.signing_key
    body = encode_batch("b-1", "station-1", "HN0001", envelopes, key)
    other_key = Ed25519PrivateKey.generate().public_key()
    flipped = body[:-20] + bytes([body[-20] ^ 1]) + body[-19:]
    for damaged in (body[:-1], body + b"x", b"ISB\x01\x00\x00\x00\x05{}", b"", flipped):
        with pytest.raises(BatchFormatError):
            decode_batch(damaged).verify(key.public_key())
        with pytest.raises(BatchFormatError):
            verify_stream(io.BytesIO(damaged), key.public_key())
    with pytest.raises(BatchFormatError):
        decode_batch(body).verify(other_key)


def test_backoff_grows_with_jitter_and_honours_retry_after() -> None:
    backoff = Backoff(base=1.0, cap=60.0, rng=random.Random(1))
    delays = [backoff.next_delay() for _ in range(10)]
    for n, delay in enumerate(delays):
        ceiling = min(60.0, 2.0**n)
        assert ceiling / 2 <= delay <= ceiling
    assert max(delays) <= 60.0
    assert backoff.next_delay(at_least=120.0) == 120.0  # the register asked for 2 minutes
    backoff.reset()
    assert backoff.next_delay() <= 1.0
    other = Backoff(base=1.0, cap=60.0, rng=random.Random(2))
    assert [other.next_delay() for _ in range(3)] != delays[:3]  # stations do not retry in step


def test_link_estimator_sizes_batches_for_the_link() -> None:
    link = LinkEstimator(max_bytes=2_000_000, min_bytes=64_000, target_seconds=10.0)
    assert link.batch_bytes() == 512_000
    link.observe(500_000, 4.0)  # 1 Mbit/s
    assert link.batch_bytes() == 1_250_000
    link.observe(2_000_000, 0.05)  # loopback
    assert link.batch_bytes() == 2_000_000
    for _ in range(10):
        link.shrink()
    assert link.batch_bytes() == 64_000
    slow = LinkEstimator()
    slow.observe(64_000, 16.0)  # 32 kbit/s
    assert slow.batch_bytes() == 64_000


def test_enrolment_token_parsing() -> None:
    token = EnrolmentToken.parse("  ist1-" + "AB" * 16 + "-" + "cd" * 16 + "\n")
    assert token.secret == "ab" * 16 and str(token).startswith("IST1-")
    for bad in ("", "IST1-abc-def", "IST2-" + "a" * 32 + "-" + "b" * 32, "a" * 70):
        with pytest.raises(EnrolmentError):
            EnrolmentToken.parse(bad)


def test_planner_fills_by_bytes_and_resends_a_batch_under_its_id(
    station: SimulatedStation,
) -> None:
    station.seal_fast(6, 40_000)
    enrolment = station.enrolment
    later = dt.datetime.now(dt.UTC) + dt.timedelta(hours=1)
    planner = BatchPlanner(station.reader, station.secrets, lambda: later)
    size = 40_000 + 1_000  # a sealed payload is the photo plus about 1 KB of record

    small = planner.next_batch(enrolment, 3 * (size + ENTRY_OVERHEAD), None)
    assert small is not None and len(small.application_ids) == 2
    tiny = planner.next_batch(enrolment, 10, None)
    assert tiny is not None and len(tiny.application_ids) == 1  # never stuck on a big one

    # An attempt that failed: the same rows go again, under the same id and bytes.
    station.outbox.transition(small.application_ids, OutboxState.SENDING, batch_id=small.batch_id)
    station.outbox.transition(small.application_ids, OutboxState.QUEUED, error="cut")
    again = planner.next_batch(enrolment, 2_000_000, None)
    assert again is not None and again.batch_id == small.batch_id and again.body == small.body
    planner.refused_batch_ids.add(small.batch_id)
    fresh = planner.next_batch(enrolment, 2_000_000, None)
    assert fresh is not None and fresh.batch_id != small.batch_id
    assert set(fresh.application_ids) == set(small.application_ids)


def test_planner_waits_for_retry_time_and_exported_grace(station: SimulatedStation) -> None:
    station.seal_fast(2, 1000)
    later = NOW + dt.timedelta(days=400)
    planner = BatchPlanner(station.reader, station.secrets, lambda: later)
    ids = planner.next_batch(station.enrolment, 2_000_000, None).application_ids
    station.writer.run(
        lambda s: s.execute(
            update(OutboxRow)
            .where(OutboxRow.application_id == ids[0])
            .values(next_attempt_at=later + dt.timedelta(minutes=1))
        )
    )
    assert planner.next_batch(station.enrolment, 2_000_000, None).application_ids == ids[1:]
    station.outbox.transition(ids[1:], OutboxState.EXPORTED)
    assert planner.next_batch(station.enrolment, 2_000_000, None) is None
    exported = planner.next_batch(station.enrolment, 2_000_000, later + dt.timedelta(days=9000))
    assert exported is not None and exported.application_ids == ids[1:]


def test_feed_events_become_outbox_receipts() -> None:
    def event(status: RegisterState, code: str | None = None) -> StatusEvent:
        return StatusEvent(1, "a", "n", status, code, "why", NOW)

    assert receipt_for(event(RegisterState.ACCEPTED)).accepted
    assert receipt_for(event(RegisterState.DUPLICATE)).accepted
    conflict = receipt_for(event(RegisterState.CONFLICT))
    assert not conflict.accepted and conflict.reason_code == "conflict"
    rejected = receipt_for(event(RegisterState.REJECTED, "validation_failed"))
    assert (rejected.reason_code, rejected.reason_text) == ("validation_failed", "why")


def _client(tmp_path: Path, handler, skews: list | None = None) -> RegisterClient:
    keys = load_or_create_keys(tmp_path / "register")
    return RegisterClient(
        "https://127.0.0.1:9",
        keys.ca_pem,
        station_id="station-1",
        signing_key=Ed25519PrivateKey.generate(),
        clock=lambda: NOW,
        on_skew=None if skews is None else skews.append,
        transport=httpx.MockTransport(handler),
    )


@pytest.mark.parametrize(
    ("status", "code", "error"),
    [
        (403, "unknown_station", StationNotRecognisedError),
        (401, "signature_invalid", StationNotRecognisedError),
        (409, "batch_id_reused", BatchIdReusedError),
        (400, "batch_invalid", BatchRefusedError),
        (503, "unavailable", RegisterBusyError),
        (507, "storage_full", RegisterBusyError),
        (418, "teapot", RegisterProtocolError),
    ],
)
def test_client_maps_answers_to_typed_errors(tmp_path: Path, status, code, error) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, json={"error": {"code": code}}, headers={"Retry-After": "7"})

    client = _client(tmp_path, handler)
    with pytest.raises(error) as caught:
        client.upload(str(uuid.uuid4()), b"body")
    client.close()
    if error is RegisterBusyError:
        assert caught.value.retry_after == 7.0
    assert caught.value.retryable is (error is not StationNotRecognisedError)


def test_client_signs_requests_and_measures_skew(tmp_path: Path) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        server = contract.format_time(NOW + dt.timedelta(minutes=6))
        body = {"events": [], "next_cursor": 0, "more": False, "server_time": server}
        return httpx.Response(200, json=body, headers={contract.SERVER_TIME_HEADER: server})

    skews: list[dt.timedelta] = []
    client = _client(tmp_path, handler, skews)
    page = client.pull_status(0)
    client.close()
    assert page.events == () and not page.more
    headers = seen[0].headers
    assert headers[contract.STATION_ID_HEADER] == "station-1"
    assert headers[contract.STATION_TIME_HEADER] == contract.format_time(NOW)
    assert contract.STATION_SIGNATURE_HEADER in headers
    assert skews == [dt.timedelta(minutes=6)]


def test_client_refuses_malformed_answers(tmp_path: Path) -> None:
    answers = [b"not json", json.dumps({"receipts": "x", "batch_id": "b"}).encode()]

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=answers.pop(0))

    client = _client(tmp_path, handler)
    for _ in range(2):
        with pytest.raises(RegisterProtocolError):
            client.upload("b", b"body")
    client.close()
