"""Soak: many stations at once into one register; every application arrives exactly once.

The benchmark (bench/bench_sync.py) runs the full 100 stations × 200 applications; here
the size comes from STATION_SOAK_STATIONS / STATION_SOAK_APPLICATIONS (default 12 × 25).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from register.harness import RegisterProcess
from register.soak import run_soak

pytestmark = [pytest.mark.register, pytest.mark.slow]


def test_many_stations_at_once_arrive_exactly_once(
    register: RegisterProcess, tmp_path: Path
) -> None:
    stations = int(os.environ.get("STATION_SOAK_STATIONS", "12"))
    applications = int(os.environ.get("STATION_SOAK_APPLICATIONS", "25"))
    before = len(register.holdings())

    result = run_soak(register, tmp_path, stations, applications, photo_bytes=40_000, timeout=240)

    assert result.problems == []
    assert len(register.holdings()) - before == stations * applications
    assert result.batch_seconds and result.percentile(0.95) < 30
