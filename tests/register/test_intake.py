"""The register's intake without HTTP: signature, opening, validation, dedup, idempotency."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os

import pytest

from register.intake import IntakeRefusedError
from register.store import TokenRefusedError
from station.protect.keystore import StationSecrets


def _statuses(result) -> list[str]:
    return [str(r.status) for r in result.receipts]


def test_a_valid_batch_is_accepted_and_held(core, sender) -> None:
    station = sender()
    envelopes = [station.envelope(station.record()) for _ in range(3)]
    batch_id, body = station.batch(envelopes)

    result = core.intake.take(body, "upload", batch_id)

    assert _statuses(result) == ["accepted"] * 3 and not result.replayed
    held = core.store.holdings(station.station_id)
    assert {h.application_id for h in held} == {e.entry.application_id for e in envelopes}
    rows, cursor, more = core.store.status_page(station.station_id, 0, 10)
    assert [r.status for r in rows] == ["accepted"] * 3 and not more and cursor == rows[-1].seq


def test_the_same_batch_again_is_answered_from_the_record(core, sender) -> None:
    station = sender()
    batch_id, body = station.batch([station.envelope(station.record())])
    first = core.intake.take(body, "upload", batch_id)
    again = core.intake.take(body, "upload", batch_id)
    assert again.replayed and again.receipts == first.receipts
    assert len(core.store.holdings()) == 1


def test_a_batch_id_reused_for_another_manifest_is_refused(core, sender) -> None:
    station = sender()
    batch_id, body = station.batch([station.envelope(station.record())])
    core.intake.take(body, "upload", batch_id)
    _, other = station.batch([station.envelope(station.record())], batch_id)
    with pytest.raises(IntakeRefusedError) as caught:
        core.intake.take(other, "upload", batch_id)
    assert caught.value.status == 409 and caught.value.code == "batch_id_reused"


def test_duplicate_and_conflict_per_application(core, sender) -> None:
    station = sender()
    record = station.record()
    photo = os.urandom(3000)
    original = station.envelope(record, photo)
    core.intake.take(station.batch([original])[1], "upload")

    resent = station.envelope(record, photo)  # same content, new encryption: same hash
    changed = station.envelope(record, os.urandom(3000))  # same id and number, new photo
    result = core.intake.take(station.batch([resent, changed])[1], "upload")

    assert _statuses(result) == ["duplicate", "conflict"]
    assert result.receipts[1].reason_code == "conflict" and result.receipts[1].reason_text
    assert len(core.store.holdings()) == 1


def test_rejections_carry_a_reason(core, sender) -> None:
    station = sender()
    invalid = station.record()
    invalid = dataclasses.replace(
        invalid, applicant=dataclasses.replace(invalid.applicant, id_number="123")
    )
    forged = station.envelope(station.record(), signer=StationSecrets.generate())
    renumbered = station.record()
    mismatch = station.envelope(renumbered, number=str(station.record().meta.application_number))
    result = core.intake.take(
        station.batch([station.envelope(invalid), forged, mismatch])[1], "upload"
    )
    assert _statuses(result) == ["rejected"] * 3
    codes = [r.reason_code for r in result.receipts]
    assert codes == ["validation_failed", "signature_invalid", "identity_mismatch"]
    assert "applicant.id_number" in (result.receipts[0].reason_text or "")
    assert all(r.reason_text for r in result.receipts)
    assert core.store.holdings() == []
    rows, _, _ = core.store.status_page(station.station_id, 0, 10)
    assert [r.status for r in rows] == ["rejected"] * 3


def test_whole_batch_refusals(core, sender) -> None:
    station = sender()
    batch_id, body = station.batch([station.envelope(station.record())])
    cases = {
        "truncated": (body[:-10], 400),
        "tampered": (body[:-50] + bytes([body[-50] ^ 1]) + body[-49:], 400),
        "garbage": (b"not a batch at all", 400),
    }
    for name, (data, status) in cases.items():
        with pytest.raises(IntakeRefusedError) as caught:
            core.intake.take(data, "upload", batch_id)
        assert caught.value.status == status, name
    with pytest.raises(IntakeRefusedError) as wrong_url:
        core.intake.take(body, "upload", "another-id")
    assert wrong_url.value.status == 400
    stranger = sender("HN0002")
    stranger.station_id = "not-enrolled"
    with pytest.raises(IntakeRefusedError) as unknown:
        core.intake.take(stranger.batch([stranger.envelope(stranger.record())])[1], "upload")
    assert unknown.value.status == 403 and unknown.value.code == "unknown_station"
    assert core.store.holdings() == []


def test_station_code_must_match_the_enrolment(core, sender) -> None:
    station = sender("HN0001")
    station.code = "HN0009"
    with pytest.raises(IntakeRefusedError) as caught:
        core.intake.take(station.batch([station.envelope(station.record())])[1], "upload")
    assert caught.value.status == 400


def test_enrolment_tokens_are_one_time(core) -> None:
    (token,) = core.store.issue_tokens(1, dt.timedelta(hours=1))
    a, b = StationSecrets.generate(), StationSecrets.generate()
    first = core.store.enrol(token, "HN0001", a.signing_public(), a.exchange_public())
    assert core.store.enrol(token, "HN0001", a.signing_public(), a.exchange_public()) == first
    with pytest.raises(TokenRefusedError):
        core.store.enrol(token, "HN0002", b.signing_public(), b.exchange_public())
    with pytest.raises(TokenRefusedError):
        core.store.enrol("f" * 32, "HN0002", b.signing_public(), b.exchange_public())
