"""The diagnostics zip: logs, configuration with secrets removed, self-test report."""

from __future__ import annotations

import datetime as dt
import json
import zipfile
from pathlib import Path

from station.config import load_config
from station.config.model import ConfigValues
from station.diagnostics import CheckResult, CheckStatus
from station.diagnostics_bundle import collect_diagnostics


def test_zip_holds_logs_config_and_report(tmp_path: Path) -> None:
    logs = tmp_path / "logs"
    logs.mkdir()
    (logs / "station.log").write_text("INFO sync: batch accepted\n", encoding="utf-8")
    (logs / "station.log.1").write_text("WARNING camera: reopened\n", encoding="utf-8")
    config = load_config([], {"STATION_STATION_CODE": "HN0001"})
    results = [CheckResult("free disk", CheckStatus.OK, "12.0 GB free")]
    path = collect_diagnostics(
        tmp_path,
        log_dir=logs,
        config=config,
        results=results,
        version="0.1.0",
        now=dt.datetime(2026, 11, 23, 9, 0, tzinfo=dt.UTC),
    )
    assert path.name == "station-diagnostics-20261123T090000Z.zip"
    with zipfile.ZipFile(path) as archive:
        names = set(archive.namelist())
        assert names == {
            "about.json",
            "config.json",
            "self-test.txt",
            "self-test.json",
            "logs/station.log",
            "logs/station.log.1",
        }
        assert json.loads(archive.read("config.json"))["station.code"] == "HN0001"
        assert "free disk" in archive.read("self-test.txt").decode()
    assert not list(tmp_path.glob("*.partial"))


def test_secrets_are_removed() -> None:
    from station.config.model import Setting

    token = Setting("register.token", str, "", "Enrolment token.", secret=True)
    values = ConfigValues({"register.token": "s3cret"}, {"register.token": "default"})
    redacted = values.as_dict(redact_secrets=True, settings={"register.token": token})
    assert redacted == {"register.token": "<removed>"}
