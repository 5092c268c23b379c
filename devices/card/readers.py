"""The reader service: which reader to use, card insertion and removal, and reads.

A background thread waits on the backend (SCardGetStatusChange for PC/SC) and calls the
on_change callback with a new ReaderSnapshot whenever something changes; the callback
runs on that thread (ui/ forwards it through a Qt signal). Nothing polls the GUI thread.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from devices.card.access_key import BacKey
from devices.card.backend import ReaderBackend, ReaderStatus
from devices.card.errors import (
    CardError,
    NoReaderError,
    PcscUnavailableError,
    ReaderBusyError,
    UnexpectedReadError,
)
from devices.card.read import ChipRead, ProgressSink, ReadOptions, read_chip
from devices.card.trust_store import CscaTrustStore

log = logging.getLogger(__name__)

# Words in the names PC/SC drivers give their contactless interfaces.
CONTACTLESS_HINTS = ("contactless", "picc", " cl ", "-cl", "nfc", "rfid", "acr122", "ccid-cl")


class ReaderState(StrEnum):
    """What the officer sees next to the "read card" button."""

    NO_SERVICE = "no_service"
    NO_READER = "no_reader"
    NO_CARD = "no_card"
    CARD_PRESENT = "card_present"


@dataclass(frozen=True, slots=True)
class ReaderConfig:
    """Reader choice and timing (from the station configuration)."""

    preferred_reader: str = ""  # a name or part of one; empty: first contactless
    poll_timeout: float = 0.5  # seconds per wait; bounds how long stop() takes
    service_retry: float = 2.0  # seconds between attempts while PC/SC is down
    connect_timeout: float = 5.0


@dataclass(frozen=True, slots=True)
class ReaderSnapshot:
    """The readers and the chosen one's card, as of one moment."""

    state: ReaderState
    readers: tuple[str, ...] = ()
    selected: str | None = None
    atr: bytes = b""
    error: CardError | None = field(default=None, compare=False)


def choose_reader(readers: Sequence[str], preferred: str = "") -> str | None:
    """The configured reader (exact name, else name containing it), else the first
    contactless one, else the first reader; None when there is none to choose."""
    if not readers:
        return None
    if preferred:
        wanted = preferred.casefold()
        for name in readers:
            if name.casefold() == wanted:
                return name
        for name in readers:
            if wanted in name.casefold():
                return name
        return None  # the configured reader is not connected: say so, do not guess
    for name in readers:
        padded = f" {name.casefold()} "
        if any(hint in padded for hint in CONTACTLESS_HINTS):
            return name
    return readers[0]


def snapshot_of(statuses: dict[str, ReaderStatus], preferred: str) -> ReaderSnapshot:
    """The snapshot for the given reader statuses."""
    readers = tuple(statuses)
    selected = choose_reader(readers, preferred)
    if selected is None:
        detail = f"configured reader {preferred!r} not connected" if preferred and readers else ""
        return ReaderSnapshot(ReaderState.NO_READER, readers, None, b"", NoReaderError(detail))
    status = statuses[selected]
    if not status.card_present:
        return ReaderSnapshot(ReaderState.NO_CARD, readers, selected)
    return ReaderSnapshot(ReaderState.CARD_PRESENT, readers, selected, status.atr)


class ReaderService:
    """Watches the readers on a worker thread and performs reads on the chosen one."""

    def __init__(
        self,
        backend: ReaderBackend,
        config: ReaderConfig | None = None,
        on_change: Callable[[ReaderSnapshot], None] | None = None,
    ) -> None:
        self._backend = backend
        self._config = config or ReaderConfig()
        self._on_change = on_change
        self._snapshot = ReaderSnapshot(ReaderState.NO_READER)
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._read_lock = threading.Lock()

    @property
    def snapshot(self) -> ReaderSnapshot:
        """The latest snapshot (refreshed by the watcher, or by refresh())."""
        return self._snapshot

    def refresh(self) -> ReaderSnapshot:
        """Ask the backend now (for use without the watcher thread)."""
        try:
            snapshot = snapshot_of(self._backend.statuses(), self._config.preferred_reader)
        except PcscUnavailableError as exc:
            snapshot = ReaderSnapshot(ReaderState.NO_SERVICE, error=exc)
        self._publish(snapshot)
        return snapshot

    def _publish(self, snapshot: ReaderSnapshot) -> None:
        if snapshot == self._snapshot:
            return
        self._snapshot = snapshot
        if self._on_change is not None:
            try:
                self._on_change(snapshot)
            except Exception:  # a faulty listener must not kill the watcher
                log.exception("reader change listener failed")

    # -- watching ----------------------------------------------------------------------

    def start(self) -> None:
        """Start the watcher thread (idempotent)."""
        if self._thread is not None:
            return
        self._stop.clear()
        self._thread = threading.Thread(target=self._watch, name="card-readers", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        """Stop the watcher and wait for it (at most about one poll timeout)."""
        thread, self._thread = self._thread, None
        if thread is None:
            return
        self._stop.set()
        self._backend.cancel_wait()
        thread.join(self._config.poll_timeout + 5.0)

    def _watch(self) -> None:
        statuses: dict[str, ReaderStatus] = {}
        first = True
        while not self._stop.is_set():
            try:
                if first:
                    statuses = self._backend.statuses()
                    first = False
                else:
                    statuses = self._backend.wait_for_change(statuses, self._config.poll_timeout)
                self._publish(snapshot_of(statuses, self._config.preferred_reader))
            except PcscUnavailableError as exc:
                self._publish(ReaderSnapshot(ReaderState.NO_SERVICE, error=exc))
                statuses, first = {}, True
                self._stop.wait(self._config.service_retry)
            except CardError as exc:
                log.warning("reader watch: %s", exc.detail)
                self._stop.wait(self._config.poll_timeout)

    # -- reading -----------------------------------------------------------------------

    def read(
        self,
        key: BacKey,
        *,
        trust_store: CscaTrustStore | None,
        options: ReadOptions | None = None,
        progress: ProgressSink | None = None,
    ) -> ChipRead:
        """Read the card on the chosen reader (blocking: call it from a worker thread)."""
        if not self._read_lock.acquire(blocking=False):
            raise ReaderBusyError("a read is already running")
        try:
            snapshot = self._snapshot if self._thread is not None else self.refresh()
            if snapshot.state is ReaderState.NO_SERVICE:
                raise snapshot.error or PcscUnavailableError()
            if snapshot.selected is None:
                raise snapshot.error or NoReaderError()
            # Even when the snapshot says "no card", try: it may be one polling interval old,
            # and the backend raises NoCardError itself when the reader is empty.
            transport = self._backend.connect(snapshot.selected, self._config.connect_timeout)
            try:
                return read_chip(
                    transport, key, trust_store=trust_store, options=options, progress=progress
                )
            finally:
                transport.close()
        finally:
            self._read_lock.release()

    def read_in_background(
        self,
        key: BacKey,
        *,
        trust_store: CscaTrustStore | None,
        on_done: Callable[[ChipRead], None],
        on_error: Callable[[CardError], None],
        options: ReadOptions | None = None,
        progress: ProgressSink | None = None,
    ) -> threading.Thread:
        """Run read() on a new thread; exactly one of the callbacks is called, on it."""

        def run() -> None:
            try:
                result = self.read(key, trust_store=trust_store, options=options, progress=progress)
            except CardError as exc:
                log.info("card read failed: %s", exc.detail)
                on_error(exc)
                return
            except Exception as exc:  # a bug must still end the read for the officer
                log.exception("card read crashed")
                on_error(UnexpectedReadError(type(exc).__name__))
                return
            on_done(result)

        thread = threading.Thread(target=run, name="card-read", daemon=True)
        thread.start()
        return thread
