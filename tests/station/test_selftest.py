"""The core self-test checks on a real data folder."""

from __future__ import annotations

import io
import sqlite3
from pathlib import Path

from station.cli import main as station_cli
from station.diagnostics import CheckStatus, run_checks
from station.selftest import core_checks
from station.storage.diskguard import MIB, DiskGuard

PASSPHRASE = "self-test station passphrase"


def set_up(folder: Path) -> None:
    env = {"STATION_PASSPHRASE": PASSPHRASE, "STATION_ADMIN_PASSWORD": "Tram-thu-nhan-2026"}
    argv = [
        "create-admin",
        "--data-dir",
        str(folder),
        "--officer-id",
        "admin",
        "--display-name",
        "IT",
    ]
    assert station_cli(argv, environ=env, out=io.StringIO()) == 0


def statuses(folder: Path, env: dict[str, str], free_mib: int = 50_000) -> dict[str, CheckStatus]:
    disk = DiskGuard(folder, free_bytes=lambda _: free_mib * MIB)
    return {r.name: r.status for r in run_checks(core_checks(folder, env, disk))}


def test_fresh_machine_warns_but_does_not_fail(tmp_path: Path) -> None:
    assert statuses(tmp_path / "data", {}) == {
        "database": CheckStatus.WARN,
        "station key": CheckStatus.WARN,
        "free disk": CheckStatus.OK,
        "audit chain": CheckStatus.SKIPPED,
    }


def test_set_up_station_passes(tmp_path: Path) -> None:
    set_up(tmp_path)
    assert set(statuses(tmp_path, {"STATION_PASSPHRASE": PASSPHRASE}).values()) == {CheckStatus.OK}


def test_wrong_passphrase_low_disk_and_tampered_audit(tmp_path: Path) -> None:
    set_up(tmp_path)
    assert statuses(tmp_path, {"STATION_PASSPHRASE": "not the passphrase"})["station key"] is (
        CheckStatus.FAIL
    )
    assert statuses(tmp_path, {}, free_mib=100)["free disk"] is CheckStatus.FAIL
    conn = sqlite3.connect(tmp_path / "station.db")
    conn.execute("UPDATE audit_log SET actor = 'mallory' WHERE seq = 1")
    conn.commit()
    conn.close()
    assert statuses(tmp_path, {"STATION_PASSPHRASE": PASSPHRASE})["audit chain"] is CheckStatus.FAIL


def test_damaged_database_fails(tmp_path: Path) -> None:
    set_up(tmp_path)
    (tmp_path / "station.db").write_bytes(b"garbage" * 1000)
    assert statuses(tmp_path, {})["database"] is CheckStatus.FAIL
