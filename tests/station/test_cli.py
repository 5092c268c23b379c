"""The set-up command: create-admin end to end in a subprocess, verify-audit exit codes."""

from __future__ import annotations

import datetime as dt
import io
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest
from argon2 import PasswordHasher

from station.accounts import AccountPolicy, AccountService, LoginFailedError
from station.audit import AuditLog
from station.cli import main
from station.protect.keystore import Keystore
from station.storage.database import open_database
from station.storage.writer import WriteExecutor

REPO = Path(__file__).resolve().parents[2]
PASSPHRASE = "trạm-Hà-Nội-số-01"
ADMIN_PW = "Quan-tri-2026"


def run(args: Sequence[str], **extra_env: str) -> subprocess.CompletedProcess[str]:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("STATION_PASSPHRASE", "STATION_ADMIN_PASSWORD")
    }
    env.update(extra_env)
    env["PYTHONIOENCODING"] = "utf-8"
    return subprocess.run(
        [sys.executable, "-m", *args],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        stdin=subprocess.DEVNULL,
        timeout=120,
        check=False,
    )


def create_admin(
    data_dir: Path, module: str = "station", **env: str
) -> subprocess.CompletedProcess[str]:
    env.setdefault("STATION_PASSPHRASE", PASSPHRASE)
    env.setdefault("STATION_ADMIN_PASSWORD", ADMIN_PW)
    return run(
        [
            module,
            "create-admin",
            "--data-dir",
            os.fspath(data_dir),
            "--officer-id",
            "Admin",
            "--display-name",
            "Quản Trị Viên",
        ],
        **env,
    )


def verify_audit(data_dir: Path, **env: str) -> subprocess.CompletedProcess[str]:
    env.setdefault("STATION_PASSPHRASE", PASSPHRASE)
    return run(["station", "verify-audit", "--data-dir", os.fspath(data_dir)], **env)


@pytest.fixture(scope="module")
def station_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder set up once by the real command (Argon2 at full cost is slow-ish)."""
    data_dir = tmp_path_factory.mktemp("station") / "data"
    result = create_admin(data_dir)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "admin" in result.stdout
    return data_dir


@pytest.fixture
def service(station_dir: Path) -> Iterator[AccountService]:
    secrets = Keystore(station_dir / "station.keys").unlock(PASSPHRASE)
    db = open_database(station_dir / "station.db")
    writer = WriteExecutor(db.writer_sessions())
    try:
        yield AccountService(
            writer,
            db.reader_sessions(),
            AuditLog(secrets.derived("audit")),
            AccountPolicy(),
            lambda: dt.datetime.now(dt.UTC),
            hasher=PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1),
        )
    finally:
        writer.close()
        db.close()


def test_create_admin_end_to_end(station_dir: Path, service: AccountService) -> None:
    assert (station_dir / "station.keys").exists()
    assert (station_dir / "station.db").exists()
    result = service.login("admin", ADMIN_PW)
    assert result.display_name == "Quản Trị Viên"
    assert not result.must_change_password
    with pytest.raises(LoginFailedError):
        service.login("admin", PASSPHRASE)


def test_create_admin_runs_once(station_dir: Path) -> None:
    result = create_admin(station_dir, module="station.cli")
    assert result.returncode == 1
    assert "already has an administrator" in result.stdout


def test_wrong_passphrase_is_refused(station_dir: Path) -> None:
    result = create_admin(station_dir, STATION_PASSPHRASE="not-the-passphrase-1")
    assert result.returncode == 1
    assert "Wrong station passphrase" in result.stdout
    assert verify_audit(station_dir, STATION_PASSPHRASE="not-the-passphrase-1").returncode == 1


def test_verify_audit_exit_codes(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    assert create_admin(data_dir).returncode == 0
    ok = verify_audit(data_dir)
    assert ok.returncode == 0, ok.stdout + ok.stderr
    assert "intact: 1 events" in ok.stdout
    conn = sqlite3.connect(data_dir / "station.db")
    try:
        conn.execute("UPDATE audit_log SET actor = 'intruder' WHERE seq = 1")
        conn.commit()
    finally:
        conn.close()
    broken = verify_audit(data_dir)
    assert broken.returncode == 1
    assert "BROKEN at seq 1" in broken.stdout


def test_verify_audit_without_database_is_a_usage_error(tmp_path: Path) -> None:
    result = verify_audit(tmp_path)
    assert result.returncode == 2
    assert "no station database" in result.stdout


def test_bad_arguments_exit_2(tmp_path: Path) -> None:
    assert run(["station"]).returncode == 2
    assert run(["station", "create-admin", "--data-dir", os.fspath(tmp_path)]).returncode == 2


# ---------------------------------------------------------------- in process, typed input


class Typed:
    """Answers getpass prompts from a list, recording the prompts."""

    def __init__(self, *answers: str) -> None:
        self.answers = list(answers)
        self.prompts: list[str] = []

    def __call__(self, prompt: str) -> str:
        self.prompts.append(prompt)
        return self.answers.pop(0)


def create_in_process(data_dir: Path, typed: Typed, officer_id: str = "admin") -> tuple[int, str]:
    out = io.StringIO()
    code = main(
        [
            "create-admin",
            "--data-dir",
            os.fspath(data_dir),
            "--officer-id",
            officer_id,
            "--display-name",
            "Admin",
        ],
        environ={},
        prompt=typed,
        out=out,
    )
    return code, out.getvalue()


def test_typed_secrets_are_asked_twice(tmp_path: Path) -> None:
    typed = Typed(PASSPHRASE, PASSPHRASE, ADMIN_PW, ADMIN_PW)
    code, text = create_in_process(tmp_path, typed)
    assert code == 0, text
    assert typed.prompts == [
        "New station passphrase: ",
        "New station passphrase (again): ",
        "Administrator password: ",
        "Administrator password (again): ",
    ]
    # A second run unlocks the existing keys (asked once) and stops before any password.
    typed = Typed(PASSPHRASE)
    code, text = create_in_process(tmp_path, typed, officer_id="other")
    assert code == 1
    assert typed.prompts == ["Station passphrase: "]
    assert "Trạm đã có quản trị viên" in text


def test_mismatched_entries_exit_2(tmp_path: Path) -> None:
    code, text = create_in_process(tmp_path, Typed(PASSPHRASE, PASSPHRASE + "x"))
    assert code == 2
    assert "differ" in text
    assert not (tmp_path / "station.keys").exists()


def test_empty_entry_exits_2(tmp_path: Path) -> None:
    code, _ = create_in_process(tmp_path, Typed(""))
    assert code == 2


def test_weak_admin_password_is_refused_with_reasons(tmp_path: Path) -> None:
    code, text = create_in_process(tmp_path, Typed(PASSPHRASE, PASSPHRASE, "admin", "admin"))
    assert code == 1
    assert "at least 10 characters" in text and "ít nhất 10 ký tự" in text
    # The keys stay; the next attempt reuses them.
    code, text = create_in_process(tmp_path, Typed(PASSPHRASE, ADMIN_PW, ADMIN_PW))
    assert code == 0, text


def test_database_without_keys_is_not_given_new_keys(tmp_path: Path) -> None:
    open_database(tmp_path / "station.db").close()
    code, text = create_in_process(tmp_path, Typed(PASSPHRASE, PASSPHRASE, ADMIN_PW, ADMIN_PW))
    assert code == 1
    assert "key file" in text
    assert not (tmp_path / "station.keys").exists()
