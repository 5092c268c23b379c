"""The first start of a real station: main.py runs the setup, writes the configuration,
creates the station on a worker, and opens on the login screen."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

import main
from station.config import default_files, load_config
from station.first_run import SetupChoices

pytestmark = pytest.mark.gui

CHOICES = SetupChoices(
    station_code="HN0042",
    station_name="Công an phường Hoàn Kiếm",
    register_url="",
    enrolment_token="",  # enrol later
    admin_id="it.admin",
    admin_name="Lê Văn Kỹ Thuật",
    admin_password="Quan-tri-2026",
    key_passphrase="first start station passphrase",
    language="en",
)


class AcceptedSetup:
    """The setup wizard as IT leaves it: every page filled in, Finish pressed."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        pass

    def exec(self) -> QDialog.DialogCode:
        return QDialog.DialogCode.Accepted

    def choices(self) -> SetupChoices:
        return CHOICES


def test_the_first_start_sets_the_station_up_and_opens_on_the_login_screen(
    qtbot: QtBot, qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    monkeypatch.setenv("STATION_STATION_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setattr(main, "PROGRAM_DIR", tmp_path / "program")
    monkeypatch.setattr("ui.setup_wizard.FirstRunWizard", AcceptedSetup)
    user_file = default_files(main.PROGRAM_DIR)[-1]
    assert str(user_file).startswith(str(tmp_path))

    translators_before = set(qapp.findChildren(QTranslator))
    locale_before = QLocale()
    config = load_config(default_files(main.PROGRAM_DIR), os.environ)
    launcher = main.StationLauncher(qapp, config, "vi", demo=False)
    try:
        assert launcher.start()
        window, core, ctx = launcher.window, launcher.core, launcher.ctx
        assert window is not None and core is not None and ctx is not None
        qtbot.addWidget(window)

        assert (tmp_path / "data" / "station.keys").exists()
        assert core.station_code == "HN0042"
        assert core.accounts.has_admin()
        assert 'code = "HN0042"' in user_file.read_text()
        assert launcher.language == "en"  # the language chosen in the setup applies at once
        assert window.stack.currentWidget() is window.screens.login
        assert ctx.notices.current is not None  # says the station is not enrolled yet
    finally:
        if launcher.window is not None:
            launcher.window.close()
        launcher.shutdown()
        # The setup switched the application's language: leave the next test as it was.
        for translator in set(qapp.findChildren(QTranslator)) - translators_before:
            qapp.removeTranslator(translator)
            translator.deleteLater()
        QLocale.setDefault(locale_before)
