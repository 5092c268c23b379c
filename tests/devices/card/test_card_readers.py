"""Reader choice, the watcher's callbacks and reads through the ReaderService."""

from __future__ import annotations

import queue
import threading
from collections.abc import Mapping

import pytest

from devices.card.backend import ReaderStatus
from devices.card.emulator import CccdEmulator
from devices.card.emulator_files import CardFiles, CardProfile
from devices.card.errors import (
    CardError,
    NoCardError,
    NoReaderError,
    PcscUnavailableError,
    ReaderBusyError,
    UnexpectedReadError,
)
from devices.card.passive_auth import PassiveAuthOutcome
from devices.card.read import ChipRead
from devices.card.readers import (
    ReaderConfig,
    ReaderService,
    ReaderSnapshot,
    ReaderState,
    choose_reader,
    snapshot_of,
)
from devices.card.simulated import SimulatedBackend
from devices.card.transport import CardTransport
from devices.card.trust_store import CscaTrustStore

READERS = ["Generic USB Smart Card Reader 00 00", "ACS ACR1252 1S CL Reader PICC 0", "X 01"]


@pytest.mark.parametrize(
    ("preferred", "expected"),
    [
        ("", "ACS ACR1252 1S CL Reader PICC 0"),
        ("generic", "Generic USB Smart Card Reader 00 00"),
        ("X 01", "X 01"),
        ("Omnikey", None),
    ],
)
def test_choose_reader(preferred: str, expected: str | None) -> None:
    assert choose_reader(READERS, preferred) == expected


def test_choose_reader_falls_back_to_the_first() -> None:
    assert choose_reader(["Reader A", "Reader B"]) == "Reader A"
    assert choose_reader([]) is None


def test_snapshots() -> None:
    empty = snapshot_of({}, "")
    assert empty.state is ReaderState.NO_READER and isinstance(empty.error, NoReaderError)
    missing = snapshot_of({"A": ReaderStatus(True)}, "B")
    assert missing.state is ReaderState.NO_READER and "B" in (
        missing.error.detail if missing.error else ""
    )
    assert snapshot_of({"A": ReaderStatus(False)}, "").state is ReaderState.NO_CARD
    present = snapshot_of({"A": ReaderStatus(True, b"\x3b")}, "")
    assert present == ReaderSnapshot(ReaderState.CARD_PRESENT, ("A",), "A", b"\x3b")


class Recorder:
    """Collects snapshots from the watcher thread."""

    def __init__(self) -> None:
        self.items: queue.Queue[tuple[ReaderSnapshot, str]] = queue.Queue()

    def __call__(self, snapshot: ReaderSnapshot) -> None:
        self.items.put((snapshot, threading.current_thread().name))

    def next(self, timeout: float = 3.0) -> ReaderSnapshot:
        snapshot, thread = self.items.get(timeout=timeout)
        assert thread == "card-readers"  # callbacks come from the watcher, not the caller
        return snapshot


def test_watcher_reports_insert_remove_and_unplug(
    simulated: SimulatedBackend, card_files: CardFiles, profile: CardProfile
) -> None:
    recorder = Recorder()
    service = ReaderService(simulated, ReaderConfig(poll_timeout=0.2), recorder)
    service.start()
    try:
        assert recorder.next().state is ReaderState.NO_CARD
        simulated.insert_card(CccdEmulator.for_card(card_files, profile.access_key))
        present = recorder.next()
        assert present.state is ReaderState.CARD_PRESENT and present.atr.startswith(b"\x3b")
        simulated.remove_card()
        assert recorder.next().state is ReaderState.NO_CARD
        simulated.plug_reader(False)
        assert recorder.next().state is ReaderState.NO_READER
        simulated.plug_reader(True)
        assert recorder.next().state is ReaderState.NO_CARD
        assert service.snapshot.state is ReaderState.NO_CARD
    finally:
        service.stop()
    service.stop()  # idempotent


class DownBackend(SimulatedBackend):
    """PC/SC service missing: every call fails as pcscd/SCardSvr being down does."""

    def __init__(self) -> None:
        super().__init__()
        self.down = True
        self.calls = 0

    def statuses(self) -> dict[str, ReaderStatus]:
        self.calls += 1
        if self.down:
            raise PcscUnavailableError("test: service down")
        return super().statuses()

    def wait_for_change(
        self, known: Mapping[str, ReaderStatus], timeout: float
    ) -> dict[str, ReaderStatus]:
        if self.down:
            raise PcscUnavailableError("test: service down")
        return super().wait_for_change(known, timeout)


def test_watcher_reports_missing_service_and_recovers() -> None:
    backend = DownBackend()
    recorder = Recorder()
    service = ReaderService(backend, ReaderConfig(poll_timeout=0.1, service_retry=0.05), recorder)
    service.start()
    try:
        first = recorder.next()
        assert first.state is ReaderState.NO_SERVICE
        assert isinstance(first.error, PcscUnavailableError)
        backend.down = False
        assert recorder.next().state is ReaderState.NO_CARD
    finally:
        service.stop()
    backend.down = True
    with pytest.raises(PcscUnavailableError):
        ReaderService(backend).read(CardProfile().access_key, trust_store=None)


def test_read_through_the_service(
    simulated: SimulatedBackend,
    card_files: CardFiles,
    profile: CardProfile,
    trust: CscaTrustStore,
) -> None:
    service = ReaderService(simulated)
    with pytest.raises(NoCardError):
        service.read(profile.access_key, trust_store=trust)
    simulated.insert_card(CccdEmulator.for_card(card_files, profile.access_key))
    result = service.read(profile.access_key, trust_store=trust)
    assert result.passive_auth.outcome is PassiveAuthOutcome.VALID
    simulated.plug_reader(False)
    with pytest.raises(NoReaderError):
        service.read(profile.access_key, trust_store=trust)


def test_background_read_calls_exactly_one_callback(
    simulated: SimulatedBackend, card_files: CardFiles, profile: CardProfile
) -> None:
    service = ReaderService(simulated)
    simulated.insert_card(CccdEmulator.for_card(card_files, profile.access_key))
    done: queue.Queue[ChipRead | CardError] = queue.Queue()
    service.read_in_background(
        profile.access_key, trust_store=None, on_done=done.put, on_error=done.put
    ).join(10)
    assert isinstance(done.get_nowait(), ChipRead)
    simulated.remove_card()
    service.read_in_background(
        profile.access_key, trust_store=None, on_done=done.put, on_error=done.put
    ).join(10)
    assert isinstance(done.get_nowait(), NoCardError)
    assert done.empty()


class BrokenBackend(SimulatedBackend):
    """A backend with a bug: connect raises something that is not a CardError."""

    def connect(self, reader: str, timeout: float) -> CardTransport:
        raise RuntimeError("bug")


def test_background_read_reports_bugs_as_unexpected(
    card_files: CardFiles, profile: CardProfile
) -> None:
    backend = BrokenBackend()
    backend.insert_card(CccdEmulator.for_card(card_files, profile.access_key))
    errors: queue.Queue[CardError] = queue.Queue()
    ReaderService(backend).read_in_background(
        profile.access_key, trust_store=None, on_done=lambda r: None, on_error=errors.put
    ).join(10)
    assert isinstance(errors.get_nowait(), UnexpectedReadError)


def test_one_read_at_a_time(simulated: SimulatedBackend, profile: CardProfile) -> None:
    service = ReaderService(simulated)
    service._read_lock.acquire()
    try:
        with pytest.raises(ReaderBusyError):
            service.read(profile.access_key, trust_store=None)
    finally:
        service._read_lock.release()


def test_listener_errors_do_not_stop_the_watcher(simulated: SimulatedBackend) -> None:
    calls: list[ReaderState] = []

    def bad_listener(snapshot: ReaderSnapshot) -> None:
        calls.append(snapshot.state)
        raise ValueError("listener bug")

    service = ReaderService(simulated, ReaderConfig(poll_timeout=0.05), bad_listener)
    assert service.refresh().state is ReaderState.NO_CARD
    simulated.plug_reader(False)
    assert service.refresh().state is ReaderState.NO_READER
    assert calls == [ReaderState.NO_CARD, ReaderState.NO_READER]


def test_demo_card_reads_as_genuine() -> None:
    from devices.card.access_key import key_from_mrz, parse_qr
    from devices.card.demo import make_demo_card

    demo = make_demo_card()
    service = ReaderService(demo.backend)
    assert service.refresh().state is ReaderState.CARD_PRESENT
    for key in (parse_qr(demo.qr_text).access_key(), key_from_mrz(demo.mrz_text)):
        result = service.read(key, trust_store=demo.trust_store)
        assert result.passive_auth.outcome is PassiveAuthOutcome.VALID
    assert demo.profile.full_name not in repr(demo)
    assert make_demo_card(inserted=False).backend.card is None
