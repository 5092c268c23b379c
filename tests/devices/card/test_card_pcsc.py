"""The real path: pyscard -> private pcscd -> vpcd -> our emulator over TCP on 127.0.0.1."""

from __future__ import annotations

import os
import queue
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from devices.card.active_auth import ActiveAuthOutcome
from devices.card.emulator import CccdEmulator, EmulatorFaults
from devices.card.emulator_files import CardFiles, CardProfile
from devices.card.emulator_vpcd import VpcdCardLink
from devices.card.errors import (
    CardRemovedError,
    CardTimeoutError,
    MalformedDataError,
    NoCardError,
    SecureMessagingError,
    WrongAccessKeyError,
)
from devices.card.lds import fid_of
from devices.card.passive_auth import PassiveAuthOutcome
from devices.card.pcsc import PcscBackend
from devices.card.pcsc_rig import READER_NAME, PcscRig, listening_addresses
from devices.card.read import ChipRead, ReadOptions
from devices.card.readers import ReaderConfig, ReaderService, ReaderSnapshot, ReaderState
from devices.card.session import SessionPolicy
from devices.card.trust_store import CscaTrustStore
from devices.portrait.chip import decode_chip_portrait

pytestmark = pytest.mark.card
REPO = Path(__file__).resolve().parents[3]


@pytest.fixture
def backend(pcsc_rig: PcscRig) -> Iterator[PcscBackend]:
    pcsc = PcscBackend()
    yield pcsc
    pcsc.close()


def put_card(
    link: VpcdCardLink,
    backend: PcscBackend,
    rig: PcscRig,
    emulator: CccdEmulator,
    timeout: float = 5.0,
) -> None:
    """Insert *emulator* and wait until pcscd has powered it (it polls every 400 ms)."""
    link.insert(emulator)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        status = backend.statuses().get(rig.reader_name)
        if status is not None and status.card_present:
            return
        time.sleep(0.05)
    raise AssertionError(f"pcscd did not see the card: {rig.log()[-500:]}")


def read(
    backend: PcscBackend,
    rig: PcscRig,
    profile: CardProfile,
    trust: CscaTrustStore | None,
    options: ReadOptions | None = None,
) -> ChipRead:
    service = ReaderService(backend, ReaderConfig(preferred_reader=rig.reader_name))
    return service.read(
        profile.access_key,
        trust_store=trust,
        options=options or ReadOptions(policy=SessionPolicy(retry_backoff=0.3)),
    )


def test_rig_is_private_and_on_loopback(pcsc_rig: PcscRig, backend: PcscBackend) -> None:
    assert listening_addresses(pcsc_rig.port) == ["127.0.0.1"]
    assert listening_addresses(pcsc_rig.port + 1) == ["127.0.0.1"]
    assert os.environ["PCSCLITE_CSOCK_NAME"] == str(pcsc_rig.socket_path)
    assert pcsc_rig.socket_path.is_socket()
    assert sorted(backend.statuses()) == [f"{READER_NAME} 00 00", f"{READER_NAME} 00 01"]


def test_full_read_through_pcscd(
    pcsc_rig: PcscRig,
    backend: PcscBackend,
    vpcd: VpcdCardLink,
    card_files: CardFiles,
    profile: CardProfile,
    trust: CscaTrustStore,
) -> None:
    with pytest.raises(NoCardError):
        read(backend, pcsc_rig, profile, trust)
    put_card(vpcd, backend, pcsc_rig, CccdEmulator.for_card(card_files, profile.access_key))
    result = read(backend, pcsc_rig, profile, trust)
    assert result.passive_auth.outcome is PassiveAuthOutcome.VALID
    assert result.active_auth.outcome is ActiveAuthOutcome.VALID
    assert result.dg13.text(2) == profile.full_name
    assert result.face is not None and decode_chip_portrait(result.face.data).size > 0
    again = read(backend, pcsc_rig, profile, trust)  # the card was reset and reads again
    assert again.files == result.files


def test_short_apdus_through_pcscd(
    pcsc_rig: PcscRig,
    backend: PcscBackend,
    vpcd: VpcdCardLink,
    card_files: CardFiles,
    profile: CardProfile,
    trust: CscaTrustStore,
) -> None:
    emulator = CccdEmulator.for_card(card_files, profile.access_key, extended_length=False)
    put_card(vpcd, backend, pcsc_rig, emulator)
    result = read(backend, pcsc_rig, profile, trust)
    assert result.passive_auth.outcome is PassiveAuthOutcome.VALID
    assert result.apdu_count > 40


def test_watcher_sees_insert_and_removal(
    pcsc_rig: PcscRig,
    backend: PcscBackend,
    vpcd: VpcdCardLink,
    card_files: CardFiles,
    profile: CardProfile,
) -> None:
    changes: queue.Queue[ReaderSnapshot] = queue.Queue()
    config = ReaderConfig(preferred_reader=pcsc_rig.reader_name, poll_timeout=0.2)
    service = ReaderService(backend, config, changes.put)
    service.start()
    try:
        assert changes.get(timeout=5).state is ReaderState.NO_CARD
        vpcd.insert(CccdEmulator.for_card(card_files, profile.access_key))
        present = changes.get(timeout=5)
        assert present.state is ReaderState.CARD_PRESENT
        assert present.selected == pcsc_rig.reader_name and present.atr[:1] == b"\x3b"
        time.sleep(1.0)  # several poll timeouts: an unchanged card must not be re-reported
        assert changes.empty()
        vpcd.remove()
        assert changes.get(timeout=5).state is ReaderState.NO_CARD
    finally:
        started = time.monotonic()
        service.stop()
        assert time.monotonic() - started < 2.0


def test_wrong_access_key_through_pcscd(
    pcsc_rig: PcscRig,
    backend: PcscBackend,
    vpcd: VpcdCardLink,
    card_files: CardFiles,
    profile: CardProfile,
) -> None:
    other = CardProfile(expiry_date=profile.issue_date)
    put_card(vpcd, backend, pcsc_rig, CccdEmulator.for_card(card_files, profile.access_key))
    with pytest.raises(WrongAccessKeyError):
        read(backend, pcsc_rig, other, None)


@pytest.mark.parametrize(
    ("faults", "error"),
    [
        (EmulatorFaults(wrong_mac_from=6), SecureMessagingError),
        (EmulatorFaults(truncate_fid=fid_of(2)), MalformedDataError),
    ],
)
def test_faults_through_pcscd(
    pcsc_rig: PcscRig,
    backend: PcscBackend,
    vpcd: VpcdCardLink,
    card_files: CardFiles,
    profile: CardProfile,
    faults: EmulatorFaults,
    error: type[Exception],
) -> None:
    put_card(vpcd, backend, pcsc_rig, CccdEmulator.for_card(card_files, profile.access_key, faults))
    with pytest.raises(error):
        read(backend, pcsc_rig, profile, None)


def test_transient_faults_are_retried_through_pcscd(
    pcsc_rig: PcscRig,
    backend: PcscBackend,
    vpcd: VpcdCardLink,
    card_files: CardFiles,
    profile: CardProfile,
    trust: CscaTrustStore,
) -> None:
    faults = EmulatorFaults(wrong_mac_at=frozenset({9}), garble_at=frozenset({25}))
    put_card(vpcd, backend, pcsc_rig, CccdEmulator.for_card(card_files, profile.access_key, faults))
    assert read(backend, pcsc_rig, profile, trust).passive_auth.outcome is PassiveAuthOutcome.VALID


def test_card_pulled_mid_read_through_pcscd(
    pcsc_rig: PcscRig,
    backend: PcscBackend,
    vpcd: VpcdCardLink,
    card_files: CardFiles,
    profile: CardProfile,
) -> None:
    faults = EmulatorFaults(pull_after=15)
    put_card(vpcd, backend, pcsc_rig, CccdEmulator.for_card(card_files, profile.access_key, faults))
    started = time.monotonic()
    with pytest.raises(CardRemovedError):
        read(backend, pcsc_rig, profile, None)
    assert vpcd.pulled.is_set()
    assert time.monotonic() - started < 5.0


def test_slow_card_through_pcscd_times_out(
    pcsc_rig: PcscRig,
    backend: PcscBackend,
    vpcd: VpcdCardLink,
    card_files: CardFiles,
    profile: CardProfile,
) -> None:
    put_card(vpcd, backend, pcsc_rig, CccdEmulator.for_card(card_files, profile.access_key))
    assert vpcd.emulator is not None
    vpcd.emulator.faults.delay_s = 0.6
    started = time.monotonic()
    with pytest.raises(CardTimeoutError):
        read(backend, pcsc_rig, profile, None, ReadOptions(apdu_timeout=0.2))
    assert time.monotonic() - started < 1.0
    vpcd.emulator.faults.delay_s = 0.0
    time.sleep(0.8)  # the abandoned exchange finishes in the background


def test_no_pcsc_service_is_a_clear_state(tmp_path: Path) -> None:
    """In a fresh process pointed at a socket nobody serves (libpcsclite caches the path)."""
    script = (
        "from devices.card.pcsc import PcscBackend\n"
        "from devices.card.readers import ReaderService\n"
        "from devices.card.errors import PcscUnavailableError\n"
        "snapshot = ReaderService(PcscBackend()).refresh()\n"
        "print(snapshot.state.value, type(snapshot.error).__name__)\n"
    )
    env = dict(os.environ, PCSCLITE_CSOCK_NAME=str(tmp_path / "nobody.comm"))
    result = subprocess.run(
        [sys.executable, "-c", script],
        env=env,
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["no_service", "PcscUnavailableError"]


def test_emulator_in_its_own_process(
    pcsc_rig: PcscRig, backend: PcscBackend, tmp_path: Path
) -> None:
    """The benchmark's set-up: the emulator as a separate program on the vpcd port."""
    emulator = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "devices.card.emulator_vpcd",
            "--port",
            str(pcsc_rig.port),
            "--trust-dir",
            str(tmp_path / "csca"),
            "--portrait-bytes",
            "8000",
        ],
        cwd=REPO,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert emulator.stdout is not None and emulator.stdout.readline().strip() == "ready"
        deadline = time.monotonic() + 5
        while not backend.statuses()[pcsc_rig.reader_name].card_present:
            assert time.monotonic() < deadline, "card not seen"
            time.sleep(0.05)
        trust = CscaTrustStore.load_folder(tmp_path / "csca")
        result = read(backend, pcsc_rig, CardProfile(), trust)
        assert result.passive_auth.outcome is PassiveAuthOutcome.VALID
        assert 7000 < len(result.files[2]) < 8200
    finally:
        assert emulator.stdin is not None and emulator.stdout is not None
        emulator.stdin.close()
        assert emulator.wait(10) == 0
        emulator.stdout.close()
        deadline = time.monotonic() + 5
        while backend.statuses()[pcsc_rig.reader_name].card_present:
            assert time.monotonic() < deadline, "card not removed"
            time.sleep(0.05)
