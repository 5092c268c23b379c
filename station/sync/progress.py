"""What the GUI shows about sync: a plain immutable snapshot handed to a callback."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from station.errors import StationError


class SyncPhase(StrEnum):
    """What the sync engine is doing."""

    NOT_ENROLLED = "not_enrolled"
    IDLE = "idle"  # connected, nothing to send
    SENDING = "sending"
    PULLING = "pulling"
    OFFLINE = "offline"  # waiting for the link (next_retry_at says when it tries again)
    RETRY_WAIT = "retry_wait"  # the register answered with a temporary failure
    BLOCKED = "blocked"  # a problem only IT can fix: wrong certificate, unknown station
    STOPPED = "stopped"


@dataclass(frozen=True, slots=True)
class SyncProgress:
    """One snapshot of the sync state; the engine sends a new one at every change."""

    phase: SyncPhase
    queued: int = 0  # waiting to be sent (queued or in flight)
    sending: int = 0  # in the batch on the wire right now
    exported: int = 0  # on a USB drive, waiting for the register's word
    accepted: int = 0
    rejected: int = 0
    last_success_at: dt.datetime | None = None
    last_error: StationError | None = None
    next_retry_at: dt.datetime | None = None
    clock_skew_seconds: float | None = None  # set only beyond the tolerance (5 min)
    link_bytes_per_second: float | None = None
    master_data_version: str | None = None


SyncListener = Callable[[SyncProgress], None]
