"""Background work for a widget that may be gone when the answer comes (closed, logged out)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import Future
from typing import TypeVar

from PySide6.QtCore import QObject
from shiboken6 import isValid

from ui.tasks import TaskRunner

T = TypeVar("T")
log = logging.getLogger(__name__)


def run_for(
    owner: QObject,
    tasks: TaskRunner,
    work: Callable[[], T],
    on_success: Callable[[T], None] | None = None,
    on_failure: Callable[[BaseException], None] | None = None,
) -> Future[T]:
    """``tasks.run`` whose callbacks are skipped once *owner* has been deleted.

    Without its own failure handler a failure still reaches the notification area.
    """

    def succeeded(value: T) -> None:
        if on_success is not None and isValid(owner):
            on_success(value)

    def failed(error: BaseException) -> None:
        if isValid(owner):
            on_failure(error)  # type: ignore[misc]
        else:
            log.info("background work of a closed screen failed: %s", type(error).__name__)

    return tasks.run(work, succeeded, failed if on_failure is not None else None)
