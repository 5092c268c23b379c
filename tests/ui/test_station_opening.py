"""An installed station's start: the login window first, the station opening behind it.

Real key file, real SQLite database, main.py's launcher; the OS keystore is absent (as on
this headless machine), so the key unlocks by STATION_PASSPHRASE or the passphrase dialog.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

import main
from station.config import default_files, load_config
from station.paths import DATABASE_FILE, KEYS_FILE
from station.protect.keystore import KdfParams, Keystore
from station.refdata import ReferenceData
from station.services import open_station_core
from ui.shell import StationWindow
from ui.unlock_station import StationUnlockDialog

pytestmark = pytest.mark.gui

PASSPHRASE = "opening test station passphrase"
ADMIN_PASSWORD = "Quan-tri-2026"


@pytest.fixture
def installed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, refdata: ReferenceData) -> Path:
    """A set-up station (keys, database, an administrator) in a temporary data folder."""
    folder = tmp_path / "data"
    for name, value in {
        "XDG_CONFIG_HOME": tmp_path / "config",
        "XDG_STATE_HOME": tmp_path / "state",
        "XDG_DATA_HOME": tmp_path / "share",
        "STATION_STATION_DATA_DIR": folder,
    }.items():
        monkeypatch.setenv(name, str(value))
    monkeypatch.setenv("STATION_STATION_CODE", "HN0007")
    monkeypatch.delenv("STATION_PASSPHRASE", raising=False)
    monkeypatch.setattr(main, "PROGRAM_DIR", tmp_path / "program")
    monkeypatch.setattr("station.protect.unlock.system_keystore", lambda: None)
    folder.mkdir()
    secrets = Keystore(folder / KEYS_FILE, KdfParams(1, 1024, 1)).create(PASSPHRASE)
    core = open_station_core(folder, secrets, config(), refdata)
    core.accounts.create_first_admin("admin", "Quản trị", ADMIN_PASSWORD)
    core.close()
    return folder


def config() -> main.ConfigValues:
    return load_config(default_files(main.PROGRAM_DIR), os.environ)


@pytest.fixture
def launcher(qapp: QApplication) -> Iterator[main.StationLauncher]:
    station = main.StationLauncher(qapp, config(), "vi", demo=False)
    try:
        yield station
    finally:
        if station.window is not None:
            station.window.close()
        station.shutdown()


def started(qtbot: QtBot, launcher: main.StationLauncher) -> StationWindow:
    """Start as main.py does; the window is shown (the station may still be opening)."""
    assert launcher.start()
    window = launcher.window
    assert window is not None
    qtbot.addWidget(window)
    return window


def test_the_login_window_shows_before_the_station_is_open_and_a_login_waits_for_it(
    qtbot: QtBot,
    installed: Path,
    launcher: main.StationLauncher,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("STATION_PASSPHRASE", PASSPHRASE)

    window = started(qtbot, launcher)
    assert not window.is_open and launcher.core is None  # opening on a worker
    assert window.stack.currentWidget() is window.login
    assert not window.diagnostics_action.isEnabled()  # it needs the open station's key
    qtbot.keyClicks(window.login.officer_id, "admin")
    qtbot.keyClick(window.login.officer_id, Qt.Key.Key_Return)
    qtbot.keyClicks(window.login.password, ADMIN_PASSWORD)
    qtbot.keyClick(window.login.password, Qt.Key.Key_Return)

    qtbot.waitUntil(
        lambda: window.is_open and window.stack.currentWidget() is window.screens.home,
        timeout=30_000,
    )
    assert launcher.core is not None and launcher.core.station_code == "HN0007"
    assert window.diagnostics_action.isEnabled()
    assert window.sync_label.text() != window.tr("Opening the station…")


def test_without_an_unattended_unlock_the_passphrase_is_asked_over_the_login_window(
    qtbot: QtBot, installed: Path, launcher: main.StationLauncher
) -> None:
    window = started(qtbot, launcher)

    def dialog() -> StationUnlockDialog | None:
        return window.findChild(StationUnlockDialog)

    qtbot.waitUntil(lambda: dialog() is not None and dialog().isVisible(), timeout=30_000)
    unlock = dialog()
    assert unlock is not None
    qtbot.keyClicks(unlock.passphrase, "not the passphrase")
    qtbot.keyClick(unlock.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: unlock.message.property("problem") == "wrong", timeout=30_000)
    assert launcher.core is None  # a wrong passphrase opens nothing
    unlock.passphrase.clear()
    qtbot.keyClicks(unlock.passphrase, PASSPHRASE)
    qtbot.keyClick(unlock.passphrase, Qt.Key.Key_Return)

    qtbot.waitUntil(lambda: window.is_open, timeout=30_000)
    assert launcher.core is not None and launcher.core.accounts.has_admin()


def test_a_damaged_database_is_said_plainly_and_the_program_stops(
    qtbot: QtBot,
    installed: Path,
    launcher: main.StationLauncher,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("STATION_PASSPHRASE", PASSPHRASE)
    for leftover in installed.glob(f"{DATABASE_FILE}*"):
        leftover.unlink()
    (installed / DATABASE_FILE).write_bytes(b"this is not a database" * 200)
    exits: list[int] = []
    monkeypatch.setattr(launcher.app, "exit", exits.append)

    window = started(qtbot, launcher)

    def box() -> QMessageBox | None:
        return window.findChild(QMessageBox, "openFailedBox")

    qtbot.waitUntil(lambda: box() is not None and box().isVisible(), timeout=30_000)
    failed = box()
    assert failed is not None
    assert "Cơ sở dữ liệu của trạm bị hỏng" in failed.text()  # the core's own message
    assert not window.is_open and launcher.failed
    failed.button(QMessageBox.StandardButton.Close).click()
    assert exits == [1]
