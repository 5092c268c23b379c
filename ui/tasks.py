"""Background work for the screens: run a callable on a worker, get the outcome on the GUI thread.

Call sites stay three lines long (``tasks.run(work, on_success, on_failure)``); a failure
without its own handler goes to the notification area. Workers never touch Qt: they
return a value or raise, and one queued signal carries the outcome back.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Signal

T = TypeVar("T")
log = logging.getLogger(__name__)

FailureHandler = Callable[[BaseException], None]


class TaskRunner(QObject):
    """A small pool of worker threads whose results are delivered on the GUI thread."""

    # Emitted on the worker, delivered queued on the GUI thread.
    _done = Signal(object, object, object)  # on_success, on_failure, outcome
    busy_changed = Signal(int)  # how many tasks are running

    def __init__(
        self,
        default_failure: FailureHandler | None = None,
        workers: int = 4,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="ui-task")
        self._default_failure = default_failure
        self._running = 0
        self._closed = False
        self._done.connect(self._deliver)

    @property
    def running(self) -> int:
        """Tasks submitted and not yet delivered."""
        return self._running

    def set_default_failure(self, handler: FailureHandler) -> None:
        """Where failures go when the call site gave no handler (the notification area)."""
        self._default_failure = handler

    def run(
        self,
        work: Callable[[], T],
        on_success: Callable[[T], None] | None = None,
        on_failure: FailureHandler | None = None,
    ) -> Future[T]:
        """Run *work* on a worker; exactly one callback runs afterwards, on the GUI thread.

        After shutdown (the application is closing) nothing runs: the returned future holds
        the refusal and it is logged, so a late caller cannot crash the exit.
        """
        if self._closed:
            log.warning("background task refused: the station is shutting down")
            refused: Future[T] = Future()
            refused.set_exception(RuntimeError("task runner shut down"))
            return refused
        self._running += 1
        self.busy_changed.emit(self._running)

        def job() -> T:
            try:
                result = work()
            except BaseException as exc:
                self._done.emit(on_success, on_failure, _Failed(exc))
                raise
            self._done.emit(on_success, on_failure, result)
            return result

        return self._pool.submit(job)

    def _deliver(self, on_success: Any, on_failure: Any, outcome: object) -> None:
        self._running -= 1
        self.busy_changed.emit(self._running)
        if isinstance(outcome, _Failed):
            handler = on_failure or self._default_failure
            if handler is None:
                log.error("background task failed: %r", outcome.error)
            else:
                handler(outcome.error)
            return
        if on_success is not None:
            on_success(outcome)

    def shutdown(self, wait: bool = True) -> None:
        """Stop taking work; wait for what runs (at application exit)."""
        self._closed = True
        self._pool.shutdown(wait=wait, cancel_futures=True)


class _Failed:
    """Wraps an exception so it travels through the signal like any result."""

    __slots__ = ("error",)

    def __init__(self, error: BaseException) -> None:
        self.error = error
