"""Benchmark: a full chip read through pcscd + vpcd + the card emulator (target p50 <= 0.5 s).

One read = connect, select, BAC, EF.COM, DG1, DG2 (20 KB portrait), DG13, DG14, DG15,
EF.SOD, passive authentication against the test CSCA, Active Authentication, disconnect.
The emulator and pcscd run in their own processes, so the CPU time measured here
(time.process_time of this process) is the reader's own: our code, pyscard and the PC/SC
client library (target <= 100 ms per read). Runs with short APDUs and with extended
length. Prints one JSON line of figures.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from devices.card.emulator_files import CardProfile
from devices.card.pcsc_rig import SOCKET_ENV, PcscRig, start_rig
from devices.card.read import ChipRead, ExtendedLength, ReadOptions
from devices.card.readers import ReaderConfig, ReaderService
from devices.card.trust_store import CscaTrustStore

ROUNDS = 40
WARMUP = 3
PORTRAIT_BYTES = 20_000


def _quantile(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[int(q * 100) - 1]


def _start_emulator(rig: PcscRig, trust_dir: Path) -> subprocess.Popen[str]:
    emulator = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "devices.card.emulator_vpcd",
            "--port",
            str(rig.port),
            "--trust-dir",
            str(trust_dir),
            "--portrait-bytes",
            str(PORTRAIT_BYTES),
        ],
        cwd=Path(__file__).resolve().parent.parent,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert emulator.stdout is not None
    if emulator.stdout.readline().strip() != "ready":
        raise RuntimeError("card emulator did not start")
    return emulator


def _wait_for_card(service: ReaderService, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if service.refresh().state.value == "card_present":
            return
        time.sleep(0.05)
    raise RuntimeError("pcscd did not see the emulated card")


def _measure(
    service: ReaderService, trust: CscaTrustStore, mode: ExtendedLength
) -> dict[str, object]:
    key = CardProfile().access_key
    options = ReadOptions(extended_length=mode)
    walls: list[float] = []
    cpus: list[float] = []
    last: ChipRead | None = None
    for round_no in range(WARMUP + ROUNDS):
        wall, cpu = time.perf_counter(), time.process_time()
        last = service.read(key, trust_store=trust, options=options)
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        if last.passive_auth.outcome.value != "valid":
            raise RuntimeError(f"passive authentication: {last.passive_auth.outcome.value}")
        if round_no >= WARMUP:
            walls.append(wall)
            cpus.append(cpu)
    assert last is not None
    return {
        "p50_s": round(_quantile(walls, 0.5), 4),
        "p95_s": round(_quantile(walls, 0.95), 4),
        "cpu_ms_p50": round(_quantile(cpus, 0.5) * 1000, 1),
        "cpu_ms_p95": round(_quantile(cpus, 0.95) * 1000, 1),
        "apdus": last.apdu_count,
        "active_auth": last.active_auth.outcome.value,
    }


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="bench-card-") as tmp:
        rig = start_rig(Path(tmp) / "pcscd")
        # libpcsclite reads this once, at this process's first PC/SC call (below).
        os.environ[SOCKET_ENV] = str(rig.socket_path)
        emulator = _start_emulator(rig, Path(tmp) / "csca")
        try:
            from devices.card.pcsc import PcscBackend

            backend = PcscBackend()
            service = ReaderService(backend, ReaderConfig(preferred_reader=rig.reader_name))
            _wait_for_card(service)
            trust = CscaTrustStore.load_folder(Path(tmp) / "csca")
            figures: dict[str, object] = {
                "bench": "card",
                "rounds": ROUNDS,
                "path": "pyscard > pcscd > vpcd > emulator (separate process)",
                "dg2_target_bytes": PORTRAIT_BYTES,
                "extended": _measure(service, trust, ExtendedLength.AUTO),
                "short": _measure(service, trust, ExtendedLength.NEVER),
                "target_p50_s": 0.5,
                "target_cpu_ms": 100,
            }
            sample = service.read(CardProfile().access_key, trust_store=trust)
            figures["dg2_bytes"] = len(sample.files[2])
            backend.close()
        finally:
            assert emulator.stdin is not None
            emulator.stdin.close()
            emulator.wait(10)
            if emulator.stdout is not None:
                emulator.stdout.close()
            rig.stop()
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
