"""Benchmark: validating one complete application record (target p50 <= 0.5 ms).

Prints one JSON line of figures.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from station.record import Address, PartialDate
from station.refdata import load_reference_data
from station.samples import sample_record
from station.validation import ValidationContext, validate

ROUNDS = 5000
WARMUP = 200


def _timings(record: object, ctx: ValidationContext) -> list[float]:
    for _ in range(WARMUP):
        validate(record, ctx)  # type: ignore[arg-type]
    out = []
    for _ in range(ROUNDS):
        start = time.perf_counter_ns()
        validate(record, ctx)  # type: ignore[arg-type]
        out.append((time.perf_counter_ns() - start) / 1e6)
    return out


def _quantile(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=1000)[int(q * 1000) - 1]


def main() -> None:
    refdata = load_reference_data()
    now = dt.datetime.now(dt.UTC)
    ctx = ValidationContext(refdata, now.date())
    clean = sample_record(refdata, now)
    # A record with many findings: the path that builds messages is exercised too.
    messy = dataclasses.replace(
        clean,
        applicant=dataclasses.replace(
            clean.applicant,
            id_number="001091123456",
            full_name="Nguyễn  Thị Hoà",
            date_of_birth=PartialDate(1990),
            permanent_residence=Address(legacy_text="Phường Phúc Xá, Quận Ba Đình, Hà Nội"),
        ),
        portrait=None,
    )
    figures: dict[str, object] = {"bench": "validation", "rounds": ROUNDS}
    for name, record in (("clean", clean), ("messy", messy)):
        t = _timings(record, ctx)
        figures[f"{name}_findings"] = len(validate(record, ctx))
        figures[f"{name}_p50_ms"] = round(statistics.median(t), 4)
        figures[f"{name}_p99_ms"] = round(_quantile(t, 0.99), 4)
        figures[f"{name}_max_ms"] = round(max(t), 4)
    figures["target_p50_ms"] = 0.5
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
