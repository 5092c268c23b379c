"""The single writer: every database write runs here, one unit of work at a time.

The GUI, the sync engine and device workers submit callables; each runs in its own
transaction on the writer thread, in submission order, so writes never contend.
"""

from __future__ import annotations

import queue
import sqlite3
import threading
from collections.abc import Callable
from concurrent.futures import Future
from typing import TypeVar

from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from station.errors import StationError

T = TypeVar("T")

UnitOfWork = Callable[[Session], T]


class WriterClosedError(StationError):
    """A write was submitted after the station began shutting down."""

    def __init__(self) -> None:
        super().__init__(
            "Trạm đang đóng; thao tác chưa được lưu.",
            "The station is shutting down; the change was not saved.",
            "write submitted after close",
        )


class StorageFullError(StationError):
    """The disk (or the database's size limit) is full: the change was rolled back."""

    def __init__(self) -> None:
        super().__init__(
            "Ổ đĩa đã đầy: thay đổi vừa rồi chưa được lưu, dữ liệu đã lưu trước đó vẫn còn. "
            "Giải phóng dung lượng hoặc gọi bộ phận kỹ thuật.",
            "The disk is full: the last change was not saved; everything saved before is "
            "intact. Free some space or call IT.",
            "SQLITE_FULL during a unit of work",
        )


def _is_disk_full(exc: BaseException) -> bool:
    orig = getattr(exc, "orig", None)
    return (
        isinstance(orig, sqlite3.Error) and getattr(orig, "sqlite_errorname", "") == "SQLITE_FULL"
    )


class WriteExecutor:
    """Runs units of work on one thread, each in one transaction."""

    def __init__(self, sessions: sessionmaker[Session], name: str = "db-writer") -> None:
        self._sessions = sessions
        self._queue: queue.Queue[tuple[Callable[[Session], object], Future[object]] | None] = (
            queue.Queue()
        )
        self._closed = False
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._loop, name=name, daemon=True)
        self._thread.start()

    def submit(self, work: Callable[[Session], T]) -> Future[T]:
        """Queue *work*; its result (or exception) arrives through the future."""
        future: Future[T] = Future()
        with self._lock:
            if self._closed:
                raise WriterClosedError()
            self._queue.put((work, future))  # type: ignore[arg-type]
        return future

    def run(self, work: Callable[[Session], T], timeout: float | None = None) -> T:
        """Run *work* and wait for it (never call from the writer thread itself)."""
        if threading.current_thread() is self._thread:
            raise RuntimeError("run() called from the writer thread: nest the work instead")
        return self.submit(work).result(timeout)

    def close(self, timeout: float = 30.0) -> None:
        """Finish the queued work, then stop the thread."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
            self._queue.put(None)
        self._thread.join(timeout)

    def _loop(self) -> None:
        while True:
            item = self._queue.get()
            if item is None:
                return
            work, future = item
            if not future.set_running_or_notify_cancel():
                continue
            try:
                with self._sessions.begin() as session:
                    result = work(session)
            except DBAPIError as exc:
                future.set_exception(StorageFullError() if _is_disk_full(exc) else exc)
            except BaseException as exc:  # handed to the caller, who decides
                future.set_exception(exc)
            else:
                future.set_result(result)
