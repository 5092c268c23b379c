"""What a card connection offers the protocol code, and a time limit on every exchange.

PC/SC calls and an emulated card both block; a chip that stops answering must not hang
the read. Each connection therefore runs its blocking calls on its own worker thread and
waits for them with a timeout. On timeout the worker is abandoned (it is a daemon thread
and ends when the driver gives up) and the connection refuses further use.
"""

from __future__ import annotations

import contextlib
import queue
import threading
from collections.abc import Callable
from typing import Protocol, TypeVar

from devices.card.errors import CardTimeoutError, ReaderBusyError

T = TypeVar("T")


class CardTransport(Protocol):
    """One connection to a card: raw APDU exchange with a time limit."""

    @property
    def atr(self) -> bytes:
        """The card's answer to reset."""
        ...

    @property
    def reader_name(self) -> str:
        """The reader the card lies on."""
        ...

    def transmit(self, apdu: bytes, timeout: float) -> bytes:
        """Send one APDU and return the response with its status word.

        Raises CardRemovedError, CardCommunicationError (transient) or CardTimeoutError.
        """
        ...

    def card_present(self) -> bool:
        """True while the card is still on the reader (best effort, never raises)."""
        ...

    def close(self) -> None:
        """Release the card (idempotent, never raises)."""
        ...


class TimedWorker:
    """Runs calls one at a time on a private thread and waits for each with a timeout."""

    def __init__(self, name: str) -> None:
        self._jobs: queue.SimpleQueue[Callable[[], None] | None] = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)
        self._thread.start()
        self._stuck = False

    def _run(self) -> None:
        while True:
            job = self._jobs.get()
            if job is None:
                return
            job()

    @property
    def stuck(self) -> bool:
        """True once a call overran its time limit; the worker is then unusable."""
        return self._stuck

    def call(self, func: Callable[[], T], timeout: float, what: str) -> T:
        """Run *func* on the worker; CardTimeoutError when it takes longer than *timeout*."""
        if self._stuck:
            raise ReaderBusyError(f"{what}: previous call still blocked")
        done = threading.Event()
        box: list[T] = []
        errors: list[BaseException] = []

        def job() -> None:
            try:
                box.append(func())
            except BaseException as exc:  # handed over to the waiting thread as is
                errors.append(exc)
            finally:
                done.set()

        self._jobs.put(job)
        if not done.wait(timeout):
            self._stuck = True
            raise CardTimeoutError(f"{what} took longer than {timeout:.1f} s")
        if errors:
            raise errors[0]
        return box[0]

    def post(self, func: Callable[[], object]) -> None:
        """Queue *func* to run after the current call, without waiting (errors dropped).

        Used to release a connection whose call is stuck: the release then happens as
        soon as the driver gives the thread back.
        """

        def job() -> None:
            with contextlib.suppress(Exception):
                func()

        self._jobs.put(job)

    def stop(self) -> None:
        """Let the thread end after its current call (never blocks)."""
        self._jobs.put(None)
