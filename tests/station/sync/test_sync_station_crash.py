"""A station killed at random moments while it syncs loses nothing and duplicates nothing."""

from __future__ import annotations

import dataclasses
import os
import random
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from register.harness import REPO, RegisterProcess
from register.linkshaper import LinkShaper
from register.simstation import SimulatedStation, reconcile
from station.storage.schema import OutboxRow

WORKER = Path(__file__).with_name("sync_worker.py")
pytestmark = [pytest.mark.register, pytest.mark.slow]


def _run_worker(folder: Path, code: str, log: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    with log.open("wb") as out:
        return subprocess.Popen(
            [sys.executable, str(WORKER), str(folder), code],
            stdout=out,
            stderr=subprocess.STDOUT,
            env=env,
        )


def _wait_for(log: Path, word: str, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if word in log.read_text(errors="replace"):
            return True
        time.sleep(0.05)
    return False


def test_station_killed_during_sync_loses_and_duplicates_nothing(
    register: RegisterProcess, tmp_path: Path
) -> None:
    rng = random.Random(6)
    folder, code = tmp_path / "station", "CRASH01"
    shaper = LinkShaper(register.port, 1_000_000)  # ~1 MB/s: uploads take a while
    try:
        station = SimulatedStation(folder, code)
        station.enrol(register.url, register.tokens()[0])
        station.state.save_enrolment(
            dataclasses.replace(station.enrolment, register_url=shaper.url)
        )
        station.seal(40)
        station.close()
        log = tmp_path / "worker.log"
        kills = 0
        for _ in range(5):
            worker = _run_worker(folder, code, log)
            try:
                assert _wait_for(log, "STARTED", 60), log.read_text()
                time.sleep(rng.uniform(0.1, 1.2))
                kills += worker.poll() is None
            finally:
                worker.kill()
                worker.wait(10)
        worker = _run_worker(folder, code, log)
        try:
            assert _wait_for(log, "DRAINED", 120), log.read_text()
        finally:
            worker.kill()
            worker.wait(10)
    finally:
        shaper.stop()
    assert kills == 5
    station = SimulatedStation(folder, code)
    try:
        result = reconcile(station.outbox_rows(), register.holdings(station.enrolment.station_id))
        with station.reader() as session:
            attempts = list(session.scalars(select(OutboxRow.attempts)))
    finally:
        station.close()
    assert result.clean, result
    assert result.accepted == 40
    assert max(attempts) >= 2  # some batches were in flight at a kill and went again
