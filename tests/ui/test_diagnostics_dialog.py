"""Help → Diagnostics: the self-test table, the report on the clipboard, the zip for IT."""

from __future__ import annotations

import threading
import zipfile
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from station.config import load_config
from station.diagnostics import Check, CheckResult, CheckStatus
from station.diagnostics_bundle import collect_diagnostics
from ui.diagnostics import CheckResultsModel, DiagnosticsDialog

pytestmark = pytest.mark.gui


def fake_checks() -> list[Check]:
    return [
        Check("database", lambda: (CheckStatus.OK, "integrity ok, schema 0003", "")),
        Check("camera", lambda: (CheckStatus.WARN, "640×480 instead of 1280×720", "use USB 3")),
        Check("register", lambda: (CheckStatus.FAIL, "unreachable", "check the network cable")),
        Check("csca", lambda: (CheckStatus.SKIPPED, "no trust store", "")),
    ]


def collect_into(log_dir: Path) -> Callable[[Path, Sequence[CheckResult]], Path]:
    """What main.py passes: collect_diagnostics with the station's logs and configuration."""

    def collect(folder: Path, results: Sequence[CheckResult]) -> Path:
        return collect_diagnostics(
            folder, log_dir=log_dir, config=load_config([], {}), results=results, version="9.9"
        )

    return collect


@pytest.fixture
def dialog(qtbot: QtBot, tmp_path: Path, language: str) -> DiagnosticsDialog:
    logs = tmp_path / "logs"
    logs.mkdir()
    (logs / "station.log").write_text("2026-11-23 INFO station started\n", encoding="utf-8")
    target = tmp_path / "usb"
    target.mkdir()
    box = DiagnosticsDialog(fake_checks, collect_into(logs), ask_folder=lambda _: target)
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    qtbot.waitUntil(lambda: box.model.rowCount() == 4)
    return box


def test_table_of_checks_with_status_value_and_fix(
    dialog: DiagnosticsDialog, qtmodeltester, screenshot: Callable[[QWidget, str], Path]
) -> None:
    model = dialog.model
    qtmodeltester.check(model)
    rows = [[model.index(row, column).data() for column in range(4)] for row in range(4)]
    assert rows[0][0] == "database" and rows[0][3] == ""
    assert rows[2][2] == "unreachable" and rows[2][3] == "check the network cable"
    assert [model.index(r, 0).data(Qt.ItemDataRole.UserRole) for r in range(4)] == [
        "ok",
        "warn",
        "fail",
        "skipped",
    ]
    fail_colour = model.index(2, 1).data(Qt.ItemDataRole.BackgroundRole).color().name()
    ok_colour = model.index(0, 1).data(Qt.ItemDataRole.BackgroundRole).color().name()
    assert fail_colour != ok_colour
    assert "1" in dialog.summary.text()
    screenshot(dialog, "diagnostics")


def test_copy_report(dialog: DiagnosticsDialog) -> None:
    dialog.copy_button.click()
    text = QGuiApplication.clipboard().text()
    assert "[FAIL   ] register" in text and "fix: check the network cable" in text
    assert "self-test FAILED" in text


def test_collect_writes_the_zip_and_says_where(
    qtbot: QtBot, dialog: DiagnosticsDialog, tmp_path: Path
) -> None:
    dialog.collect_button.click()
    qtbot.waitUntil(lambda: ".zip" in dialog.saved.text())

    (archive,) = (tmp_path / "usb").glob("station-diagnostics-*.zip")
    assert str(archive) in dialog.saved.text()
    with zipfile.ZipFile(archive) as bundle:
        names = set(bundle.namelist())
        assert {"about.json", "config.json", "self-test.txt", "logs/station.log"} <= names
        assert "register" in bundle.read("self-test.txt").decode()


def test_rerun_runs_the_checks_again(qtbot: QtBot, tmp_path: Path, language: str) -> None:
    calls = []
    gate = threading.Event()

    def checks() -> list[Check]:
        calls.append(1)
        return [Check("slow", lambda: (gate.wait(5), (CheckStatus.OK, "fine", ""))[1])]

    box = DiagnosticsDialog(checks, collect_into(tmp_path), ask_folder=lambda _: None)
    qtbot.addWidget(box)
    box.show()
    qtbot.waitUntil(lambda: box.running)
    assert not box.rerun_button.isEnabled() and not box.collect_button.isEnabled()
    gate.set()
    qtbot.waitUntil(lambda: not box.running and box.model.rowCount() == 1)
    box.rerun_button.click()
    qtbot.waitUntil(lambda: len(calls) == 2 and not box.running)
    box.collect_button.click()  # the folder question was cancelled: nothing happens
    assert box.saved.text() == ""


def test_empty_model_passes_the_model_tester(qtmodeltester) -> None:
    model = CheckResultsModel()
    qtmodeltester.check(model)
    model.set_results([CheckResult("x", CheckStatus.OK, "1")])
    qtmodeltester.check(model)
