"""Benchmark of the reference data: start-up load, search per keystroke, address conversion.

Prints one JSON line. Run from the repository root: .venv/bin/python bench/bench_refdata.py
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LOADS = 21

# What a real start costs: a fresh interpreter imports the package and loads the data
# (no module or .pyc cache is shared with this process beyond what a station has on disk).
_CHILD = """
import time
t0 = time.perf_counter()
from station.refdata import load_reference_data
t1 = time.perf_counter()
data = load_reference_data()
t2 = time.perf_counter()
print((t2 - t0) * 1000, (t2 - t1) * 1000)
"""

TYPED = [
    "phuong hong ha",
    "xa tan thanh",
    "hoa",
    "ha noi",
    "Hòa Bình",
    "thanh pho ho chi minh",
    "Tân Phú",
    "dak lak",
    "nguyen trai",
    "ba dinh",
    "Cẩm Giàng",
    "long bien",
]
ADDRESSES = [
    "Số 12 ngõ 34, Phường Phúc Xá, Quận Ba Đình, Hà Nội",
    "Xã Tân Thành, Huyện Thới Lai, TP Cần Thơ",
    "Thôn 3, Xã Yên Viên, Huyện Gia Lâm, Thành phố Hà Nội",
    "45 Lê Lợi, P. 5, Q. 3, TP. Hồ Chí Minh",
    "Tổ 7, Thị trấn Đông Anh, Huyện Đông Anh, Hà Nội",
    "Ấp Bình Hòa, Xã Bình Hòa Phước, Huyện Long Hồ, Tỉnh Vĩnh Long",
    "Huyện Côn Đảo, Tỉnh Bà Rịa - Vũng Tàu",
    "Phường Trần Phú Thành phố Quảng Ngãi Quảng Ngãi",
]


def _percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def bench_startup() -> dict[str, float]:
    """Import + load in fresh processes (the interpreter's own start is not counted);
    also the load call alone, without importing the package."""
    totals, loads = [], []
    for _ in range(LOADS):
        out = subprocess.run(
            [sys.executable, "-c", _CHILD], cwd=ROOT, check=True, capture_output=True, text=True
        ).stdout
        total, load = out.strip().splitlines()[-1].split()
        totals.append(float(total))
        loads.append(float(load))
    return {
        "startup_ms_median": round(statistics.median(totals), 2),
        "startup_ms_max": round(max(totals), 2),
        "startup_load_call_ms_median": round(statistics.median(loads), 2),
        "startup_load_call_ms_max": round(max(loads), 2),
        "startup_runs": len(totals),
    }


def bench_search() -> dict[str, float]:
    """search_units over all units for every prefix of realistic names, as typed."""
    sys.path.insert(0, str(ROOT))
    from station.refdata import load_reference_data

    data = load_reference_data()
    times: list[float] = []
    while len(times) < 2400:
        for name in TYPED:
            for end in range(1, len(name) + 1):
                start = time.perf_counter()
                data.search_units(name[:end])
                times.append((time.perf_counter() - start) * 1000)
    return {
        "search_keystroke_ms_p50": round(_percentile(times, 0.5), 3),
        "search_keystroke_ms_p99": round(_percentile(times, 0.99), 3),
        "search_keystroke_ms_max": round(max(times), 3),
        "search_calls": len(times),
        "search_units": len(data.provinces()) + len(data.communes()),
    }


def bench_legacy() -> dict[str, float]:
    """First legacy call (parse + index) and then convert_legacy_address per address."""
    from station.refdata import load_reference_data

    data = load_reference_data()
    start = time.perf_counter()
    data.convert_legacy_address(ADDRESSES[0])
    first = (time.perf_counter() - start) * 1000
    times = []
    for _ in range(50):
        for text in ADDRESSES:
            start = time.perf_counter()
            data.convert_legacy_address(text)
            times.append((time.perf_counter() - start) * 1000)
    return {
        "legacy_first_call_ms": round(first, 1),
        "legacy_address_ms_p50": round(_percentile(times, 0.5), 3),
        "legacy_address_ms_p99": round(_percentile(times, 0.99), 3),
    }


def data_sizes() -> dict[str, int]:
    """Bytes of each bundled data file, and the total."""
    folder = ROOT / "station" / "refdata" / "data"
    sizes = {p.name: p.stat().st_size for p in sorted(folder.glob("*.json"))}
    return {
        "data_bytes_total": sum(sizes.values()),
        **{f"data_bytes_{name.removesuffix('.json')}": size for name, size in sizes.items()},
    }


def main() -> None:
    figures: dict[str, float | int] = {}
    figures.update(bench_startup())
    figures.update(bench_search())
    figures.update(bench_legacy())
    figures.update(data_sizes())
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
