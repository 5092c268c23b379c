"""Child process of the station crash test: a station syncing until it is killed.

Run as ``python sync_worker.py DATA_DIR STATION_CODE``. It prints ``STARTED`` once the
engine runs and ``DRAINED`` when nothing is left to send, flushing each line.
"""

from __future__ import annotations

import datetime as dt
import sys
import threading
from pathlib import Path

from register.simstation import SimulatedStation
from station.sync.client import ClientTimeouts
from station.sync.progress import SyncPhase, SyncProgress
from station.sync.settings import SyncConfig


def main() -> None:
    station = SimulatedStation(Path(sys.argv[1]), sys.argv[2])
    drained = threading.Event()

    def listen(progress: SyncProgress) -> None:
        if progress.phase is SyncPhase.IDLE and progress.queued == 0:
            drained.set()

    config = SyncConfig(
        idle_interval=0.2,
        status_interval=0.0,
        retention=dt.timedelta(days=7),
        backoff_base=0.05,
        backoff_cap=0.3,
        initial_batch_bytes=300_000,
        max_batch_bytes=300_000,  # several batches, so kills land between and inside them
        timeouts=ClientTimeouts(connect=3.0, read=10.0, write=10.0, ping=2.0),
    )
    engine = station.engine(config, listen)
    engine.start()
    print("STARTED", flush=True)
    drained.wait(120)
    print("DRAINED", flush=True)
    threading.Event().wait(120)  # the parent ends us


if __name__ == "__main__":
    main()
