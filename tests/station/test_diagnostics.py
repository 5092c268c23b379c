"""The self-test framework: bounded checks, failures reported, never a hung report."""

from __future__ import annotations

import json
import threading
import time

from station.diagnostics import (
    Check,
    CheckStatus,
    format_report,
    passed,
    report_json,
    run_checks,
)


def test_report_has_every_check_in_order_with_hints() -> None:
    results = run_checks(
        [
            Check("disk", lambda: (CheckStatus.OK, "12.0 GB free", "")),
            Check("camera", lambda: (CheckStatus.WARN, "no camera", "plug the camera in")),
        ]
    )
    assert [r.name for r in results] == ["disk", "camera"]
    assert passed(results)
    text = format_report(results)
    assert "[OK     ] disk" in text and "fix: plug the camera in" in text
    assert json.loads(report_json(results))[1]["status"] == "warn"


def test_hanging_check_times_out_and_fails() -> None:
    release = threading.Event()

    def hangs() -> tuple[CheckStatus, str, str]:
        release.wait(30)
        return CheckStatus.OK, "late", ""

    started = time.monotonic()
    results = run_checks(
        [Check("register", hangs, timeout=0.3), Check("ok", lambda: (CheckStatus.OK, "", ""))]
    )
    release.set()
    assert time.monotonic() - started < 2
    assert results[0].status is CheckStatus.FAIL
    assert "no answer" in results[0].value
    assert not passed(results)


def test_exception_in_a_check_is_a_failure_not_a_crash() -> None:
    def broken() -> tuple[CheckStatus, str, str]:
        raise OSError("device vanished")

    (result,) = run_checks([Check("reader", broken)])
    assert result.status is CheckStatus.FAIL
    assert "device vanished" in result.value
