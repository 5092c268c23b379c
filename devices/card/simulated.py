"""The simulated reader of demo mode and tests: the card emulator in-process, behind the same
backend interface as PC/SC."""

from __future__ import annotations

import threading
from collections.abc import Mapping

from devices.card.backend import ReaderStatus
from devices.card.emulator import CardPulled, CccdEmulator
from devices.card.errors import CardRemovedError, NoCardError, NoReaderError
from devices.card.transport import TimedWorker

SIMULATED_READER = "Simulated CCCD reader (demo)"


class EmulatorTransport:
    """A connection to the in-process emulator, with the same time limits as PC/SC."""

    def __init__(self, backend: SimulatedBackend, emulator: CccdEmulator, reader: str) -> None:
        self._backend = backend
        self._emulator = emulator
        self._reader = reader
        self._worker = TimedWorker(f"card-io {reader}")
        self._closed = False

    @property
    def atr(self) -> bytes:
        """The emulated card's ATR."""
        return self._emulator.atr

    @property
    def reader_name(self) -> str:
        """The simulated reader's name."""
        return self._reader

    def _exchange(self, apdu: bytes) -> bytes:
        if self._closed or self._backend.card is not self._emulator:
            raise CardRemovedError("simulated card not on the reader")
        try:
            return self._emulator.process(apdu)
        except CardPulled as exc:
            self._backend.remove_card()
            raise CardRemovedError("simulated card pulled") from exc

    def transmit(self, apdu: bytes, timeout: float) -> bytes:
        """Exchange one APDU with the emulator on the worker thread."""
        return self._worker.call(lambda: self._exchange(apdu), timeout, "transmit")

    def card_present(self) -> bool:
        """True while this emulator is still on the simulated reader."""
        return not self._closed and self._backend.card is self._emulator

    def close(self) -> None:
        """Release the connection."""
        self._closed = True
        self._worker.stop()


class SimulatedBackend:
    """One simulated reader; tests and the demo insert and remove emulated cards."""

    def __init__(self, reader: str = SIMULATED_READER, *, connected: bool = True) -> None:
        self.reader = reader
        self._connected = connected
        self._card: CccdEmulator | None = None
        self._changed = threading.Condition()
        self._generation = 0

    @property
    def card(self) -> CccdEmulator | None:
        """The emulator on the reader, if any."""
        return self._card

    def _touch(self) -> None:
        with self._changed:
            self._generation += 1
            self._changed.notify_all()

    def insert_card(self, emulator: CccdEmulator) -> None:
        """Put *emulator* on the reader (it powers on)."""
        emulator.power_on()
        self._card = emulator
        self._touch()

    def remove_card(self) -> None:
        """Take the card off the reader."""
        self._card = None
        self._touch()

    def plug_reader(self, connected: bool) -> None:
        """Connect or disconnect the simulated reader itself."""
        self._connected = connected
        if not connected:
            self._card = None
        self._touch()

    def statuses(self) -> dict[str, ReaderStatus]:
        """The simulated reader, if plugged in."""
        if not self._connected:
            return {}
        card = self._card
        return {self.reader: ReaderStatus(card is not None, card.atr if card else b"")}

    def wait_for_change(
        self, known: Mapping[str, ReaderStatus], timeout: float
    ) -> dict[str, ReaderStatus]:
        """Wait for an insert, removal or plug event (or *timeout*)."""
        with self._changed:
            current = self.statuses()
            if current != dict(known):
                return current
            self._changed.wait(timeout)
        return self.statuses()

    def cancel_wait(self) -> None:
        """Wake waiting threads."""
        self._touch()

    def connect(self, reader: str, timeout: float) -> EmulatorTransport:
        """Connect to the emulated card."""
        if not self._connected or reader != self.reader:
            raise NoReaderError(f"simulated reader {reader!r} not present")
        card = self._card
        if card is None:
            raise NoCardError("no simulated card")
        return EmulatorTransport(self, card, reader)

    def close(self) -> None:
        """Nothing to release."""
        self.cancel_wait()
