"""Whole reads against the in-process emulator (demo mode's simulated card), with faults."""

from __future__ import annotations

import dataclasses
import threading
import time

import pytest

from devices.card.access_key import key_from_fields
from devices.card.active_auth import ActiveAuthOutcome
from devices.card.emulator import CccdEmulator, EmulatorFaults
from devices.card.emulator_files import CardFiles, CardProfile, build_card_files
from devices.card.emulator_pki import TestPki
from devices.card.errors import (
    CardError,
    CardRemovedError,
    CardTimeoutError,
    MalformedDataError,
    ReaderBusyError,
    SecureMessagingError,
    UnsupportedCardError,
    WrongAccessKeyError,
)
from devices.card.lds import FID_COM, build_ef_com, fid_of
from devices.card.passive_auth import PassiveAuthOutcome
from devices.card.read import ChipRead, ExtendedLength, ReadOptions, ReadStage, read_chip
from devices.card.session import SessionPolicy
from devices.card.simulated import SimulatedBackend
from devices.card.trust_store import CscaTrustStore
from devices.portrait.chip import decode_chip_portrait

FAST_RETRY = SessionPolicy(retry_backoff=0.0)


def read(
    simulated: SimulatedBackend,
    files: CardFiles,
    profile: CardProfile,
    trust: CscaTrustStore | None,
    faults: EmulatorFaults | None = None,
    *,
    extended_card: bool = True,
    options: ReadOptions | None = None,
) -> ChipRead:
    simulated.insert_card(
        CccdEmulator.for_card(files, profile.access_key, faults, extended_length=extended_card)
    )
    transport = simulated.connect(simulated.reader, 1.0)
    try:
        return read_chip(
            transport,
            profile.access_key,
            trust_store=trust,
            options=options or ReadOptions(policy=FAST_RETRY),
        )
    finally:
        transport.close()


def test_full_read(
    simulated: SimulatedBackend, card_files: CardFiles, profile: CardProfile, trust: CscaTrustStore
) -> None:
    stages: list[tuple[ReadStage, float]] = []
    simulated.insert_card(CccdEmulator.for_card(card_files, profile.access_key))
    transport = simulated.connect(simulated.reader, 1.0)
    result = read_chip(
        transport,
        profile.access_key,
        trust_store=trust,
        progress=lambda stage, done: stages.append((stage, done)),
    )
    assert result.com.data_groups == (1, 2, 13, 14, 15)
    assert sorted(result.files) == [1, 2, 13, 14, 15]
    assert result.mrz.id_number == profile.id_number
    assert result.dg13.text(2) == profile.full_name
    assert result.face is not None and decode_chip_portrait(result.face.data).ndim == 3
    assert result.dg14_present and result.dg15_present
    assert result.passive_auth.outcome is PassiveAuthOutcome.VALID
    assert result.active_auth.outcome is ActiveAuthOutcome.VALID
    assert result.apdu_count > 10
    assert len(result.sha256()) == 64 and result.raw_bundle().count(b"\x01\x1e") >= 1
    fractions = [done for _, done in stages]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0
    assert stages[0][0] is ReadStage.AUTHENTICATING
    assert profile.full_name not in repr(result)
    assert profile.id_number not in repr(result.mrz) + repr(result.dg13.fields)


def test_short_apdus_when_the_card_lacks_extended_length(
    simulated: SimulatedBackend, card_files: CardFiles, profile: CardProfile, trust: CscaTrustStore
) -> None:
    short = read(simulated, card_files, profile, trust, extended_card=False)
    extended = read(simulated, card_files, profile, trust)
    assert short.files == extended.files
    assert short.apdu_count > extended.apdu_count


def test_extended_length_can_be_switched_off(
    simulated: SimulatedBackend, card_files: CardFiles, profile: CardProfile, trust: CscaTrustStore
) -> None:
    never = ReadOptions(extended_length=ExtendedLength.NEVER)
    short = read(simulated, card_files, profile, trust, options=never)
    assert (
        short.apdu_count
        == read(simulated, card_files, profile, trust, extended_card=False).apdu_count
    )


def test_refused_extended_length_falls_back_to_short_apdus(
    simulated: SimulatedBackend, card_files: CardFiles, profile: CardProfile, trust: CscaTrustStore
) -> None:
    faults = EmulatorFaults(refuse_extended=True)
    result = read(simulated, card_files, profile, trust, faults)
    assert result.passive_auth.outcome is PassiveAuthOutcome.VALID
    assert result.files == read(simulated, card_files, profile, trust).files


def test_not_verifiable_without_trust_store(
    simulated: SimulatedBackend, card_files: CardFiles, profile: CardProfile
) -> None:
    result = read(simulated, card_files, profile, None)
    assert result.passive_auth.outcome is PassiveAuthOutcome.NOT_VERIFIABLE


def test_wrong_access_key(
    simulated: SimulatedBackend, card_files: CardFiles, profile: CardProfile
) -> None:
    simulated.insert_card(CccdEmulator.for_card(card_files, profile.access_key))
    transport = simulated.connect(simulated.reader, 1.0)
    wrong = key_from_fields(profile.id_number, profile.date_of_birth, profile.issue_date)
    with pytest.raises(WrongAccessKeyError) as info:
        read_chip(transport, wrong, trust_store=None)
    assert profile.id_number not in info.value.detail


def test_wrong_mac_from_the_card_is_a_secure_messaging_error(
    simulated: SimulatedBackend, card_files: CardFiles, profile: CardProfile
) -> None:
    with pytest.raises(SecureMessagingError):
        read(simulated, card_files, profile, None, EmulatorFaults(wrong_mac_from=4))


def test_single_bad_mac_and_garbled_answer_are_retried(
    simulated: SimulatedBackend, card_files: CardFiles, profile: CardProfile, trust: CscaTrustStore
) -> None:
    faults = EmulatorFaults(wrong_mac_at=frozenset({8}), garble_at=frozenset({20}))
    result = read(simulated, card_files, profile, trust, faults)
    assert result.passive_auth.outcome is PassiveAuthOutcome.VALID
    clean = read(simulated, card_files, profile, trust)
    assert result.apdu_count > clean.apdu_count  # two re-authentications happened


def test_truncated_file(
    simulated: SimulatedBackend, card_files: CardFiles, profile: CardProfile
) -> None:
    with pytest.raises(MalformedDataError, match="truncated"):
        read(simulated, card_files, profile, None, EmulatorFaults(truncate_fid=fid_of(2)))


def test_card_pulled_mid_read(
    simulated: SimulatedBackend, card_files: CardFiles, profile: CardProfile
) -> None:
    with pytest.raises(CardRemovedError):
        read(simulated, card_files, profile, None, EmulatorFaults(pull_after=12))
    assert simulated.card is None


def test_slow_card_times_out_without_hanging(
    simulated: SimulatedBackend, card_files: CardFiles, profile: CardProfile
) -> None:
    options = ReadOptions(apdu_timeout=0.1)
    started = time.monotonic()
    with pytest.raises(CardTimeoutError):
        read(simulated, card_files, profile, None, EmulatorFaults(delay_s=0.5), options=options)
    assert time.monotonic() - started < 0.5


def test_whole_read_deadline(
    simulated: SimulatedBackend, card_files: CardFiles, profile: CardProfile
) -> None:
    options = ReadOptions(apdu_timeout=1.0, read_timeout=0.3)
    with pytest.raises(CardTimeoutError):
        read(simulated, card_files, profile, None, EmulatorFaults(delay_s=0.05), options=options)


def test_a_stuck_connection_refuses_further_use(
    simulated: SimulatedBackend, card_files: CardFiles, profile: CardProfile
) -> None:
    simulated.insert_card(
        CccdEmulator.for_card(card_files, profile.access_key, EmulatorFaults(delay_s=0.3))
    )
    transport = simulated.connect(simulated.reader, 1.0)
    with pytest.raises(CardTimeoutError):
        transport.transmit(bytes.fromhex("0084000008"), 0.05)
    with pytest.raises(ReaderBusyError):
        transport.transmit(bytes.fromhex("0084000008"), 0.05)
    transport.close()


def test_tampered_data_group_is_reported_not_raised(
    simulated: SimulatedBackend, card_files: CardFiles, profile: CardProfile, trust: CscaTrustStore
) -> None:
    result = read(simulated, card_files, profile, trust, EmulatorFaults(tamper_dg=13))
    assert result.passive_auth.outcome is PassiveAuthOutcome.DATA_ALTERED
    assert result.passive_auth.altered_groups == (13,)


@pytest.mark.parametrize(
    ("faults", "expected"),
    [
        (EmulatorFaults(refuse_aa=True), ActiveAuthOutcome.NOT_CHECKED),
        (EmulatorFaults(bad_aa=True), ActiveAuthOutcome.FAILED),
    ],
)
def test_active_authentication_outcomes(
    simulated: SimulatedBackend,
    card_files: CardFiles,
    profile: CardProfile,
    faults: EmulatorFaults,
    expected: ActiveAuthOutcome,
) -> None:
    assert read(simulated, card_files, profile, None, faults).active_auth.outcome is expected


def test_card_without_dg15_and_aa_switched_off(
    simulated: SimulatedBackend, pki: TestPki, profile: CardProfile, card_files: CardFiles
) -> None:
    no_aa = build_card_files(profile, pki, with_dg15=False)
    result = read(simulated, no_aa, profile, None)
    assert result.active_auth.outcome is ActiveAuthOutcome.NOT_SUPPORTED
    assert not result.dg15_present
    off = ReadOptions(active_authentication=False, read_portrait=False)
    skipped = read(simulated, card_files, profile, None, options=off)
    assert skipped.active_auth.outcome is ActiveAuthOutcome.NOT_CHECKED
    assert skipped.face is None and 2 not in skipped.files


def test_passport_like_card_without_dg13_is_unsupported(
    simulated: SimulatedBackend, card_files: CardFiles, profile: CardProfile
) -> None:
    files = dict(card_files.files)
    files[FID_COM] = build_ef_com((1, 2))
    passport = dataclasses.replace(card_files, files=files)
    with pytest.raises(UnsupportedCardError):
        read(simulated, passport, profile, None)


def test_listed_file_missing_is_an_error(
    simulated: SimulatedBackend, card_files: CardFiles, profile: CardProfile
) -> None:
    files = dict(card_files.files)
    del files[fid_of(14)]
    with pytest.raises(MalformedDataError, match="not found"):
        read(simulated, dataclasses.replace(card_files, files=files), profile, None)


def test_every_failure_is_a_card_error_with_both_languages(
    simulated: SimulatedBackend, card_files: CardFiles, profile: CardProfile
) -> None:
    faults = [
        EmulatorFaults(wrong_mac_from=1),
        EmulatorFaults(pull_after=3),
        EmulatorFaults(truncate_fid=fid_of(13)),
        EmulatorFaults(garble_at=frozenset(range(1, 200))),
    ]
    secrets = (profile.id_number, profile.full_name, profile.id_number[-9:], "850614")
    for fault in faults:
        with pytest.raises(CardError) as info:
            read(simulated, card_files, profile, None, fault)
        error = info.value
        assert error.message_vi and error.message_en and error.detail
        assert not any(secret in f"{error.detail} {error}" for secret in secrets)


def test_a_stuck_worker_runs_the_release_once_free() -> None:
    from devices.card.transport import TimedWorker

    worker = TimedWorker("test-io")
    released = threading.Event()
    with pytest.raises(CardTimeoutError):
        worker.call(lambda: time.sleep(0.2), 0.01, "slow call")
    assert worker.stuck
    worker.post(released.set)
    worker.post(lambda: 1 / 0)  # errors of posted jobs are dropped
    worker.stop()
    assert released.wait(2.0)
