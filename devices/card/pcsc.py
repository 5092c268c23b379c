"""The PC/SC backend through pyscard's scard module.

pyscard has no type information; every call into it is in this module, and its results
are converted to plain ints, strings and bytes right away.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from typing import Any

from smartcard import scard

from devices.card.backend import ReaderStatus
from devices.card.errors import (
    CardCommunicationError,
    CardError,
    CardRemovedError,
    NoCardError,
    NoReaderError,
    PcscUnavailableError,
    ReaderBusyError,
)
from devices.card.transport import TimedWorker

PNP_READER = "\\\\?PnP?\\Notification"
_SERVICE_LOST = frozenset(
    {scard.SCARD_E_NO_SERVICE, scard.SCARD_E_SERVICE_STOPPED, scard.SCARD_E_INVALID_HANDLE}
)
_NO_READER = frozenset(
    {
        scard.SCARD_E_NO_READERS_AVAILABLE,
        scard.SCARD_E_UNKNOWN_READER,
        scard.SCARD_E_READER_UNAVAILABLE,
    }
)
_CARD_GONE = frozenset(
    {scard.SCARD_W_REMOVED_CARD, scard.SCARD_E_NO_SMARTCARD, scard.SCARD_W_RESET_CARD}
)


def _code(value: Any) -> int:
    """HRESULTs come back signed or unsigned depending on the platform."""
    return int(value) & 0xFFFFFFFF


def pcsc_error(hresult: int, what: str, *, connected: bool = False) -> CardError:
    """The typed error for a PC/SC failure; *connected* tells a lost card from a missing one."""
    code = _code(hresult)
    detail = f"{what}: PC/SC {code:08X}"
    if code in _SERVICE_LOST:
        return PcscUnavailableError(detail)
    if code in _NO_READER:
        return NoReaderError(detail)
    if code in _CARD_GONE:
        return CardRemovedError(detail) if connected else NoCardError(detail)
    if code == scard.SCARD_E_SHARING_VIOLATION:
        return ReaderBusyError(detail)
    return CardCommunicationError(detail)


def _establish() -> int:
    hresult, context = scard.SCardEstablishContext(scard.SCARD_SCOPE_USER)
    if _code(hresult) != scard.SCARD_S_SUCCESS:
        raise PcscUnavailableError(f"establish context: PC/SC {_code(hresult):08X}")
    return int(context)


def _status_of(event_state: int, atr: Any) -> ReaderStatus:
    present = bool(event_state & scard.SCARD_STATE_PRESENT)
    return ReaderStatus(
        card_present=present and not event_state & scard.SCARD_STATE_MUTE,
        atr=bytes(atr or b"") if present else b"",
        exclusive=bool(event_state & scard.SCARD_STATE_EXCLUSIVE),
    )


class PcscBackend:
    """Readers of the PC/SC service; re-connects to the service when it comes back."""

    def __init__(self) -> None:
        self._context: int | None = None
        self._lock = threading.Lock()
        self._events: dict[str, int] = {}
        self._last: dict[str, ReaderStatus] = {}

    def _ctx(self) -> int:
        if self._context is None:
            self._context = _establish()
        return self._context

    def _drop_context(self) -> None:
        if self._context is not None:
            scard.SCardReleaseContext(self._context)
            self._context = None
            self._events.clear()
            self._last.clear()

    def _readers(self) -> list[str]:
        hresult, readers = scard.SCardListReaders(self._ctx(), [])
        code = _code(hresult)
        if code in _NO_READER:
            return []
        if code != scard.SCARD_S_SUCCESS:
            error = pcsc_error(code, "list readers")
            if isinstance(error, PcscUnavailableError):
                self._drop_context()
            raise error
        return [str(name) for name in readers]

    def _query(self, readers: list[str], timeout_ms: int) -> dict[str, ReaderStatus]:
        names = [*readers, PNP_READER]
        states = [(name, self._events.get(name, scard.SCARD_STATE_UNAWARE)) for name in names]
        hresult, new_states = scard.SCardGetStatusChange(self._ctx(), timeout_ms, states)
        code = _code(hresult)
        if code in (scard.SCARD_E_TIMEOUT, scard.SCARD_E_CANCELLED):
            return self._unchanged(readers)
        if code == scard.SCARD_E_UNKNOWN_READER:
            # The PnP pseudo-reader is not supported (old pcsc-lite): poll without it.
            states = states[:-1]
            hresult, new_states = scard.SCardGetStatusChange(self._ctx(), timeout_ms, states)
            code = _code(hresult)
            if code in (scard.SCARD_E_TIMEOUT, scard.SCARD_E_CANCELLED):
                return self._unchanged(readers)
        if code != scard.SCARD_S_SUCCESS:
            error = pcsc_error(code, "reader status")
            if isinstance(error, PcscUnavailableError):
                self._drop_context()
            raise error
        out: dict[str, ReaderStatus] = {}
        for name, event_state, atr in new_states:
            reader = str(name)
            # Handing the event state back next time makes pcscd report only real changes.
            self._events[reader] = int(event_state) & ~scard.SCARD_STATE_CHANGED
            if reader != PNP_READER:
                out[reader] = _status_of(int(event_state), atr)
        self._last = dict(out)
        return out

    def _unchanged(self, readers: list[str]) -> dict[str, ReaderStatus]:
        """Nothing changed: the statuses last reported (with their ATRs)."""
        return {n: self._last.get(n, ReaderStatus(card_present=False)) for n in readers}

    def statuses(self) -> dict[str, ReaderStatus]:
        """Every reader and whether a card lies on it, now."""
        with self._lock:
            readers = self._readers()
            saved, last = dict(self._events), dict(self._last)
            self._events = {}
            try:
                return self._query(readers, 0)
            finally:
                self._events, self._last = saved, last

    def wait_for_change(
        self, known: Mapping[str, ReaderStatus], timeout: float
    ) -> dict[str, ReaderStatus]:
        """Block in SCardGetStatusChange (with the PnP pseudo-reader) up to *timeout*."""
        with self._lock:
            readers = self._readers()
            if set(readers) != set(known):
                self._events = {k: v for k, v in self._events.items() if k in readers}
            return self._query(readers, max(0, int(timeout * 1000)))

    def cancel_wait(self) -> None:
        """Wake the thread waiting in SCardGetStatusChange."""
        context = self._context
        if context is not None:
            scard.SCardCancel(context)

    def connect(self, reader: str, timeout: float) -> PcscTransport:
        """Connect (shared, T=1 or T=0) to the card on *reader*."""
        return PcscTransport.open(reader, timeout)

    def close(self) -> None:
        """Release the monitoring context."""
        with self._lock:
            self._drop_context()


class PcscTransport:
    """One card connection; all PC/SC calls run on its own worker thread (see TimedWorker)."""

    def __init__(self, reader: str, worker: TimedWorker) -> None:
        self._reader = reader
        self._worker = worker
        self._context = 0
        self._card = 0
        self._protocol = 0
        self._atr = b""
        self._closed = False

    @classmethod
    def open(cls, reader: str, timeout: float) -> PcscTransport:
        """Establish a context and connect, both on the new connection's worker."""
        transport = cls(reader, TimedWorker(f"card-io {reader}"))
        try:
            transport._worker.call(transport._connect, timeout, "connect")
        except BaseException:
            transport._worker.stop()
            raise
        return transport

    def _connect(self) -> None:
        self._context = _establish()
        hresult, card, protocol = scard.SCardConnect(
            self._context,
            self._reader,
            scard.SCARD_SHARE_SHARED,
            scard.SCARD_PROTOCOL_T1 | scard.SCARD_PROTOCOL_T0,
        )
        if _code(hresult) != scard.SCARD_S_SUCCESS:
            scard.SCardReleaseContext(self._context)
            raise pcsc_error(hresult, "connect")
        self._card, self._protocol = int(card), int(protocol)
        hresult, _, _, _, atr = scard.SCardStatus(self._card)
        self._atr = bytes(atr) if _code(hresult) == scard.SCARD_S_SUCCESS else b""

    @property
    def atr(self) -> bytes:
        """The card's ATR as PC/SC reports it."""
        return self._atr

    @property
    def reader_name(self) -> str:
        """The reader of this connection."""
        return self._reader

    def _transmit(self, apdu: bytes) -> bytes:
        hresult, response = scard.SCardTransmit(self._card, self._protocol, list(apdu))
        if _code(hresult) != scard.SCARD_S_SUCCESS:
            raise pcsc_error(hresult, "transmit", connected=True)
        return bytes(response)

    def transmit(self, apdu: bytes, timeout: float) -> bytes:
        """One APDU exchange, bounded by *timeout*."""
        if self._closed:
            raise CardRemovedError("connection closed")
        return self._worker.call(lambda: self._transmit(apdu), timeout, "transmit")

    def _present(self) -> bool:
        # The state bits differ between pcsc-lite and Windows; both answer
        # SCARD_W_REMOVED_CARD once the card has gone, which is what matters here.
        hresult = scard.SCardStatus(self._card)[0]
        return bool(_code(hresult) == scard.SCARD_S_SUCCESS)

    def card_present(self) -> bool:
        """Ask PC/SC whether the card is still there (False on any doubt)."""
        if self._closed or self._worker.stuck:
            return False
        try:
            return self._worker.call(self._present, 2.0, "status")
        except CardError:
            return False

    def _disconnect(self) -> None:
        # Resetting the card ends its secure-messaging session for whoever comes next.
        scard.SCardDisconnect(self._card, scard.SCARD_RESET_CARD)
        scard.SCardReleaseContext(self._context)

    def close(self) -> None:
        """Disconnect and release (never raises, never blocks more than two seconds)."""
        if self._closed:
            return
        self._closed = True
        try:
            if self._worker.stuck:
                self._worker.post(self._disconnect)  # runs once the stuck call returns
            else:
                self._worker.call(self._disconnect, 2.0, "disconnect")
        except CardError:
            pass
        finally:
            self._worker.stop()


def list_pcsc_readers() -> list[str]:
    """The names of the PC/SC readers present; raises the card error when PC/SC is down."""
    backend = PcscBackend()
    try:
        return sorted(backend.statuses())
    finally:
        backend.close()
