"""Self-test: named checks, each with a status, a measured value and a fix hint, time-bounded.

Each check runs on its own daemon thread with a deadline, so a missing device or an
unreachable register turns into a "timed out" line instead of a hung report.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from enum import StrEnum


class CheckStatus(StrEnum):
    """Outcome of one check; only FAIL makes the self-test exit non-zero."""

    OK = "ok"
    WARN = "warn"
    FAIL = "fail"
    SKIPPED = "skipped"


@dataclass(frozen=True, slots=True)
class CheckResult:
    """One line of the report."""

    name: str
    status: CheckStatus
    value: str  # what was measured, e.g. "12.3 GB free"
    hint: str = ""  # what IT should do when it is not OK
    seconds: float = 0.0


@dataclass(frozen=True, slots=True)
class Check:
    """A named, time-bounded check; *run* returns (status, value, hint)."""

    name: str
    run: Callable[[], tuple[CheckStatus, str, str]]
    timeout: float = 3.0


def run_checks(checks: Sequence[Check]) -> list[CheckResult]:
    """Run every check concurrently, each bounded by its own timeout."""
    results: list[CheckResult | None] = [None] * len(checks)
    threads = []
    for index, check in enumerate(checks):
        thread = threading.Thread(
            target=_run_one,
            args=(check, results, index),
            name=f"selftest-{check.name}",
            daemon=True,
        )
        thread.start()
        threads.append((thread, check, index, time.monotonic()))
    for thread, check, index, started in threads:
        thread.join(max(0.0, check.timeout - (time.monotonic() - started)))
        if results[index] is None:
            results[index] = CheckResult(
                check.name,
                CheckStatus.FAIL,
                f"no answer within {check.timeout:.0f} s",
                "the device or service does not respond; check it is connected and running",
                check.timeout,
            )
    return [r for r in results if r is not None]


def _run_one(check: Check, results: list[CheckResult | None], index: int) -> None:
    started = time.monotonic()
    try:
        status, value, hint = check.run()
    except Exception as exc:  # a check that breaks is a failed check, not a crashed report
        status, value, hint = CheckStatus.FAIL, f"{type(exc).__name__}: {exc}"[:300], ""
    results[index] = CheckResult(check.name, status, value, hint, time.monotonic() - started)


def passed(results: Sequence[CheckResult]) -> bool:
    """True when no check failed."""
    return all(r.status is not CheckStatus.FAIL for r in results)


def format_report(results: Sequence[CheckResult]) -> str:
    """The human-readable report: one line per check, hints indented below."""
    width = max((len(r.name) for r in results), default=10)
    lines = []
    for r in results:
        lines.append(
            f"[{r.status.value.upper():7}] {r.name:<{width}}  {r.value}  ({r.seconds:.2f} s)"
        )
        if r.hint and r.status is not CheckStatus.OK:
            lines.append(f"          fix: {r.hint}")
    verdict = "PASSED" if passed(results) else "FAILED"
    lines.append(
        f"self-test {verdict}: {sum(r.status is CheckStatus.OK for r in results)} ok, "
        f"{sum(r.status is CheckStatus.WARN for r in results)} warnings, "
        f"{sum(r.status is CheckStatus.FAIL for r in results)} failed"
    )
    return "\n".join(lines)


def report_json(results: Sequence[CheckResult]) -> str:
    """The report as JSON, for the diagnostics bundle."""
    return json.dumps([asdict(r) for r in results], ensure_ascii=False, indent=1)
