"""The "collect diagnostics" zip for IT: logs, configuration without secrets, self-test report."""

from __future__ import annotations

import datetime as dt
import json
import platform
import zipfile
from collections.abc import Sequence
from pathlib import Path

from station.config import ConfigValues
from station.config.settings import ALL_SETTINGS
from station.diagnostics import CheckResult, format_report, report_json
from station.storage.files import write_atomically


def collect_diagnostics(
    target_dir: Path,
    *,
    log_dir: Path,
    config: ConfigValues,
    results: Sequence[CheckResult],
    version: str,
    now: dt.datetime | None = None,
) -> Path:
    """Write ``station-diagnostics-<time>.zip`` into *target_dir* and return its path.

    Nothing personal goes in: the logs are written without personal data (and masked),
    the configuration has its secrets removed, and the report holds only check results.
    """
    stamp = (now or dt.datetime.now(dt.UTC)).strftime("%Y%m%dT%H%M%SZ")
    target = target_dir / f"station-diagnostics-{stamp}.zip"
    settings = {s.key: s for s in ALL_SETTINGS}
    about = {
        "version": version,
        "python": platform.python_version(),
        "platform": platform.platform(),
        "collected_at": stamp,
    }
    staging = target.with_name(target.name + ".partial")
    with zipfile.ZipFile(staging, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("about.json", json.dumps(about, indent=1))
        archive.writestr(
            "config.json",
            json.dumps(config.as_dict(redact_secrets=True, settings=settings), indent=1),
        )
        archive.writestr("self-test.txt", format_report(results))
        archive.writestr("self-test.json", report_json(results))
        if log_dir.is_dir():
            for log in sorted(log_dir.glob("*.log*")):
                archive.write(log, f"logs/{log.name}")
    write_atomically(target, staging.read_bytes())
    staging.unlink()
    return target
