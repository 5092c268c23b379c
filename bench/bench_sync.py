"""Benchmark: sync to the reference register over loopback HTTPS (a real register process).

Figures (targets): throughput with 40 KB photos (>= 300 applications/s); bytes on the
wire per sealed payload byte (<= 1.1); drain time of 1,000 queued applications over a
throttled 1 Mbit/s link against the raw transfer time of their bytes (<= 1.2x); p95
batch latency in a soak of 100 stations x 200 applications (all arriving exactly once).
Prints one JSON line. ``--quick`` runs every part at a small size (a smoke run).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import func, select

from register.harness import RegisterProcess
from register.linkshaper import LinkShaper
from register.simstation import SimulatedStation, drain, reconcile
from register.soak import run_soak
from station.refdata import load_reference_data
from station.storage.schema import SealedApplication
from station.sync.client import ClientTimeouts
from station.sync.settings import SyncConfig

PHOTO_BYTES = 40_000
ONE_MEGABIT = 125_000  # bytes per second
CONFIG = SyncConfig(
    idle_interval=1.0,
    status_interval=3600.0,
    backoff_base=0.2,
    backoff_cap=5.0,
    timeouts=ClientTimeouts(connect=10.0, read=120.0, write=120.0, ping=10.0),
)


def _payload_bytes(station: SimulatedStation) -> int:
    with station.reader() as session:
        return int(session.scalar(select(func.sum(SealedApplication.size))) or 0)


def _station(
    register: RegisterProcess, folder: Path, code: str, count: int, url: str
) -> SimulatedStation:
    station = SimulatedStation(folder, code, refdata=load_reference_data())
    station.enrol(register.url, register.tokens()[0])
    if url != register.url:  # through the link shaper
        station.state.save_enrolment(dataclasses.replace(station.enrolment, register_url=url))
    station.seal_fast(count, PHOTO_BYTES)
    return station


def throughput(register: RegisterProcess, folder: Path, count: int) -> dict[str, float]:
    """One station draining *count* applications straight to the register."""
    station = _station(register, folder, "BTHRU01", count, register.url)
    try:
        engine = station.engine(CONFIG)
        started = time.monotonic()
        drain(engine, station, timeout=600)
        seconds = time.monotonic() - started
        result = reconcile(station.outbox_rows(), register.holdings(station.enrolment.station_id))
        assert result.clean and result.accepted == count, result
    finally:
        station.close()
    return {
        "throughput_apps_per_s": round(count / seconds, 1),
        "throughput_seconds": round(seconds, 2),
    }


def wire(register: RegisterProcess, folder: Path, count: int) -> dict[str, float]:
    """Bytes through an unthrottled relay (TLS, HTTP and all) per sealed payload byte."""
    shaper = LinkShaper(register.port)
    station = _station(register, folder, "BWIRE01", count, shaper.url)
    try:
        payload = _payload_bytes(station)
        drain(station.engine(CONFIG), station, timeout=600)
    finally:
        station.close()
        shaper.stop()
    return {
        "wire_bytes_ratio": round((shaper.bytes_up + shaper.bytes_down) / payload, 4),
        "wire_bytes_up_ratio": round(shaper.bytes_up / payload, 4),
    }


def slow_drain(register: RegisterProcess, folder: Path, count: int) -> dict[str, float]:
    """Drain *count* applications over a 1 Mbit/s link; compare with the raw transfer time."""
    shaper = LinkShaper(register.port, ONE_MEGABIT)
    station = _station(register, folder, "BSLOW01", count, shaper.url)
    try:
        payload = _payload_bytes(station)
        engine = station.engine(CONFIG)
        started = time.monotonic()
        drain(engine, station, timeout=3 * payload / ONE_MEGABIT + 120)
        seconds = time.monotonic() - started
        result = reconcile(station.outbox_rows(), register.holdings(station.enrolment.station_id))
        assert result.clean and result.accepted == count, result
    finally:
        station.close()
        shaper.stop()
    raw = payload / ONE_MEGABIT
    return {
        "drain_applications": count,
        "drain_1mbit_seconds": round(seconds, 1),
        "drain_raw_seconds": round(raw, 1),
        "drain_ratio": round(seconds / raw, 3),
        "drain_batch_bytes": engine._link.batch_bytes(),
    }


def soak(register: RegisterProcess, folder: Path, stations: int, apps: int) -> dict[str, object]:
    """Many stations at once; batch latency and the exactly-once check."""
    result = run_soak(register, folder, stations, apps, PHOTO_BYTES)
    return {
        "soak_stations": stations,
        "soak_applications_each": apps,
        "soak_seconds": round(result.seconds, 1),
        "soak_apps_per_s": round(result.per_second, 1),
        "soak_batches": len(result.batch_seconds),
        "soak_batch_p50_s": round(result.median, 3),
        "soak_batch_p95_s": round(result.percentile(0.95), 3),
        "soak_exactly_once": not result.problems,
        "soak_problems": result.problems[:5],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="small sizes (smoke run)")
    parser.add_argument("--count", type=int, default=3000, help="throughput run size")
    parser.add_argument("--wire-count", type=int, default=500)
    parser.add_argument("--drain-count", type=int, default=1000)
    parser.add_argument("--soak-stations", type=int, default=100)
    parser.add_argument("--soak-apps", type=int, default=200)
    parser.add_argument("--dir", type=Path, help="working folder (default: a temporary one)")
    args = parser.parse_args()
    if args.quick:
        args.count, args.wire_count, args.drain_count = 300, 100, 40
        args.soak_stations, args.soak_apps = 10, 20
    with tempfile.TemporaryDirectory(prefix="bench-sync-") as scratch:
        # About 2 GB at full size: kept only when --dir is given.
        folder = args.dir or Path(scratch)
        register = RegisterProcess(folder / "register", fault_injection=False).start()
        figures: dict[str, object] = {"photo_bytes": PHOTO_BYTES}
        try:
            figures.update(throughput(register, folder / "throughput", args.count))
            figures.update(wire(register, folder / "wire", args.wire_count))
            figures.update(slow_drain(register, folder / "drain", args.drain_count))
            figures.update(soak(register, folder / "soak", args.soak_stations, args.soak_apps))
        finally:
            register.stop()
    figures["targets"] = {
        "throughput_apps_per_s": ">= 300",
        "wire_bytes_ratio": "<= 1.1",
        "drain_ratio": "<= 1.2",
    }
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
