"""The soak: many simulated stations drain their outboxes into one register at once.

Used by the soak test (reduced through STATION_SOAK_* variables) and by the benchmark
(100 stations × 200 applications). Every station is then reconciled with the register.
"""

from __future__ import annotations

import datetime as dt
import shutil
import statistics
import threading
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from register.harness import RegisterProcess
from register.simstation import SimulatedStation, reconcile
from station.refdata import load_reference_data
from station.storage.database import open_database
from station.sync.client import ClientTimeouts
from station.sync.progress import SyncListener, SyncPhase, SyncProgress
from station.sync.settings import SyncConfig

SOAK_CONFIG = SyncConfig(
    idle_interval=1.0,
    status_interval=3600.0,
    retention=dt.timedelta(days=7),
    backoff_base=0.2,
    backoff_cap=5.0,
    timeouts=ClientTimeouts(connect=10.0, read=120.0, write=120.0, ping=10.0),
)


@dataclass
class SoakResult:
    """What the soak measured and found."""

    stations: int
    applications: int
    seconds: float
    batch_seconds: list[float] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    @property
    def per_second(self) -> float:
        """Applications taken per second, all stations together."""
        return self.stations * self.applications / self.seconds if self.seconds else 0.0

    def percentile(self, q: float) -> float:
        """A batch latency percentile, in seconds."""
        if not self.batch_seconds:
            return 0.0
        ordered = sorted(self.batch_seconds)
        return ordered[min(len(ordered) - 1, int(q * len(ordered)))]

    @property
    def median(self) -> float:
        """Median batch latency, seconds."""
        return statistics.median(self.batch_seconds) if self.batch_seconds else 0.0


def run_soak(
    register: RegisterProcess,
    folder: Path,
    stations: int,
    applications: int,
    photo_bytes: int = 40_000,
    config: SyncConfig = SOAK_CONFIG,
    timeout: float = 1200.0,
) -> SoakResult:
    """Prepare the stations, start every engine together, wait for all, reconcile."""
    refdata = load_reference_data()
    template = folder / "template.db"
    open_database(template).close()  # migrate once; each station starts from a copy
    tokens = register.tokens(stations)
    prefix = uuid.uuid4().hex[:6].upper()
    fleet: list[SimulatedStation] = []
    done: list[threading.Event] = []
    try:
        for i in range(stations):
            station_dir = folder / f"s{i:03d}"
            station_dir.mkdir(parents=True)
            shutil.copyfile(template, station_dir / "station.db")
            station = SimulatedStation(station_dir, f"K{prefix}{i:03d}", refdata=refdata)
            fleet.append(station)
            station.enrol(register.url, tokens[i])
            station.seal_fast(applications, photo_bytes)
        engines = []
        for station in fleet:
            event = threading.Event()
            done.append(event)
            engines.append(station.engine(config, _drained_to(event)))
        started = time.monotonic()
        for engine in engines:
            engine.start()
        deadline = started + timeout
        for event in done:
            event.wait(max(0.0, deadline - time.monotonic()))
        seconds = time.monotonic() - started
        for engine in engines:
            engine.stop()
        result = SoakResult(stations, applications, seconds)
        for station, engine, event in zip(fleet, engines, done, strict=True):
            result.batch_seconds.extend(engine.batch_seconds)
            holdings = register.holdings(station.enrolment.station_id)
            check = reconcile(station.outbox_rows(), holdings)
            if not event.is_set():
                result.problems.append(f"{station.station_code}: not drained in time")
            if not check.clean or check.accepted != applications:
                result.problems.append(f"{station.station_code}: {check}")
        return result
    finally:
        for station in fleet:
            station.close()


def _drained_to(event: threading.Event) -> SyncListener:
    def listen(progress: SyncProgress) -> None:
        if progress.phase is SyncPhase.IDLE and progress.queued == 0:
            event.set()

    return listen
