"""A one-slot holder for the newest item: producers never wait, consumers never see a backlog."""

from __future__ import annotations

import threading
import time
from typing import Generic, TypeVar

T = TypeVar("T")


class LatestSlot(Generic[T]):
    """Keeps only the newest item put; a put replaces an item nobody has taken yet.

    This is how frames reach a consumer slower than the camera: the excess is dropped, so
    memory stays flat and the preview shows the newest frame, never a queue of old ones.
    """

    def __init__(self) -> None:
        self._changed = threading.Condition()
        self._item: T | None = None
        self._version = 0  # bumped by every put and clear

    def put(self, item: T) -> None:
        """Replace the held item and wake waiting consumers."""
        with self._changed:
            self._item = item
            self._version += 1
            self._changed.notify_all()

    def clear(self) -> None:
        """Drop the held item (the source went away: show nothing rather than a stale one)."""
        with self._changed:
            self._item = None
            self._version += 1
            self._changed.notify_all()

    def latest(self) -> T | None:
        """The newest item, without waiting (a display timer's call)."""
        with self._changed:
            return self._item

    def wait_newer(self, seen_version: int, timeout_s: float) -> tuple[int, T | None]:
        """Wait until the slot changed after *seen_version*; returns (version, item).

        Returns the unchanged version when *timeout_s* passed first. The item is None when
        the change was a clear.
        """
        deadline = time.monotonic() + timeout_s
        with self._changed:
            while self._version == seen_version:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    break
                self._changed.wait(remaining)
            return self._version, self._item

    @property
    def version(self) -> int:
        """How many times the slot changed."""
        with self._changed:
            return self._version
