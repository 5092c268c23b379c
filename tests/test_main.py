"""main.py as a program: starts, shows the window, quits cleanly; prints its version."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from main import app_version, parse_args

REPO = Path(__file__).resolve().parents[1]


def run_main(*args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONWARNINGS": "error"}
    return subprocess.run(
        [sys.executable, os.fspath(REPO / "main.py"), *args],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


@pytest.mark.gui
@pytest.mark.parametrize("lang", ["vi", "en"])
def test_demo_starts_and_quits_cleanly(lang: str) -> None:
    result = run_main("--demo", "--lang", lang, "--quit-after", "200")

    assert result.stderr.splitlines() == []
    assert result.returncode == 0


def test_version_is_printed() -> None:
    result = run_main("--version")

    assert result.returncode == 0
    assert result.stdout.strip() == f"intake-station {app_version()}"
    assert app_version() != "0+unknown", "the package metadata is missing: run scripts/setup"


def test_defaults() -> None:
    args = parse_args([])

    assert args.lang is None  # the configured language (Vietnamese by default)
    assert args.demo is False
    assert args.quit_after is None


def test_bad_language_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        parse_args(["--lang", "fr"])

    assert exit_info.value.code == 2
    assert "invalid choice" in capsys.readouterr().err


def test_negative_quit_after_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        parse_args(["--quit-after", "-5"])
    assert "milliseconds" in capsys.readouterr().err


def test_self_test_reports_every_check_on_a_fresh_machine(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "STATION_STATION_DATA_DIR": str(tmp_path / "data"),
    }
    result = subprocess.run(
        [sys.executable, os.fspath(REPO / "main.py"), "--self-test"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    # No camera and no PC/SC service on the test machine: those two checks fail.
    assert result.returncode == 1, result.stdout + result.stderr
    assert result.stderr == ""
    lines = {
        line.split("]")[1].split()[0]: line for line in result.stdout.splitlines() if "]" in line
    }
    for name in ("runtime", "database", "station", "free", "audit", "camera", "card", "enrolment"):
        assert name in lines, result.stdout
    assert lines["camera"].startswith("[FAIL")
    assert lines["enrolment"].startswith("[WARN")
    assert "self-test FAILED: " in result.stdout


def test_bad_configuration_is_named(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "STATION_CAMERA_WIDTH": "wide"}
    result = subprocess.run(
        [sys.executable, os.fspath(REPO / "main.py"), "--self-test"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 2
    assert "camera.width" in result.stderr


def test_the_login_window_needs_neither_the_database_nor_the_crypto_stack() -> None:
    """What main.py imports before its window shows stays light (fast start to the login)."""
    heavy = ["sqlalchemy", "cryptography", "argon2", "numpy", "cv2", "httpx", "smartcard"]
    probe = f"import sys, main; print([m for m in {heavy!r} if m in sys.modules])"
    result = subprocess.run(
        [sys.executable, "-c", probe],
        cwd=REPO,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
