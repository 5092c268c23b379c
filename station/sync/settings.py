"""Tunables of the sync engine (main.py fills them from the station configuration)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from station.sync.client import ClientTimeouts


@dataclass(frozen=True)
class SyncConfig:
    """Tunables of the engine; the defaults suit a desk station on a fair link."""

    max_batch_bytes: int = 2_000_000
    min_batch_bytes: int = 64_000
    initial_batch_bytes: int = 512_000
    target_batch_seconds: float = 10.0
    idle_interval: float = 30.0  # seconds between passes when nothing is due
    status_interval: float = 60.0
    master_data_interval: float = 3600.0
    # Keep accepted payloads this long (config storage.retention_days; 0 = purge at once:
    # personal data stays only until the register has it).
    retention: dt.timedelta = dt.timedelta(0)
    exported_resend_after: dt.timedelta = dt.timedelta(days=3)  # a USB file may get lost
    backoff_base: float = 2.0
    backoff_cap: float = 300.0
    skew_tolerance: dt.timedelta = dt.timedelta(minutes=5)
    max_pass_seconds: float = 120.0  # a pass yields after this, to report and check stop
    timeouts: ClientTimeouts = field(default_factory=ClientTimeouts)
