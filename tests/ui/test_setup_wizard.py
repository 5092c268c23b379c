"""First-run setup wizard: driven by the keyboard through every page, with device tests."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from devices.camera.demo import demo_camera
from devices.camera.errors import CameraNotFoundError
from devices.camera.source import CameraSource
from devices.card.errors import PcscUnavailableError
from station.first_run import SetupChoices
from ui.setup_pages import CameraTest, ReaderTest
from ui.setup_wizard import FirstRunWizard
from ui.tasks import TaskRunner

pytestmark = pytest.mark.gui

READERS = ["ACS ACR1252 1S CL Reader PICC 00 00", "Virtual PCD 00 00"]
CONFIG_HINT = "/home/it/.config/intake-station/station.toml"


def open_demo(device: str) -> CameraSource:
    return demo_camera()


@pytest.fixture
def wizard(qtbot: QtBot, language: str) -> FirstRunWizard:
    wizard = FirstRunWizard(CONFIG_HINT, open_camera=open_demo, list_readers=lambda: READERS)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def focused(qtbot: QtBot, wizard: FirstRunWizard, name: str) -> QWidget:
    """Wait until the widget called *name* has the keyboard focus; return it."""
    qtbot.waitUntil(lambda: (w := wizard.focusWidget()) is not None and w.objectName() == name)
    widget = wizard.focusWidget()
    assert widget is not None
    return widget


def type_into(qtbot: QtBot, wizard: FirstRunWizard, name: str, text: str) -> None:
    widget = focused(qtbot, wizard, name)
    if text.isascii():
        qtbot.keyClicks(widget, text)
    else:
        # Vietnamese arrives from the system input method as committed text, not key presses.
        assert isinstance(widget, QLineEdit)
        widget.insert(text)


def enter(qtbot: QtBot, wizard: FirstRunWizard) -> None:
    target = wizard.focusWidget() or wizard
    qtbot.keyClick(target, Qt.Key.Key_Return)


def tab(qtbot: QtBot, wizard: FirstRunWizard) -> None:
    qtbot.keyClick(wizard.focusWidget() or wizard, Qt.Key.Key_Tab)


@pytest.mark.parametrize("language", ["en"], indirect=True)  # the messages checked below
def test_keyboard_through_every_page(
    qtbot: QtBot,
    language: str,
    wizard: FirstRunWizard,
    screenshot: Callable[[QWidget, str], Path],
) -> None:
    pages = wizard.setup_pages()

    # 1 language: English chosen with the arrow key
    focused(qtbot, wizard, "setupLanguage")
    qtbot.keyClick(wizard.focusWidget(), Qt.Key.Key_Down)
    screenshot(wizard, "setup-1")
    enter(qtbot, wizard)

    # 2 station: Enter on an empty page stays and names the problems
    assert wizard.currentPage() is pages[1]
    focused(qtbot, wizard, "setupStationCode")
    enter(qtbot, wizard)
    assert wizard.currentPage() is pages[1]
    assert wizard.station_page.problems_label.isVisible()
    type_into(qtbot, wizard, "setupStationCode", "hn0042")
    tab(qtbot, wizard)
    type_into(qtbot, wizard, "setupStationName", "Công an phường Hoàn Kiếm")
    assert wizard.station_page.code.text() == "HN0042"
    screenshot(wizard, "setup-2")
    enter(qtbot, wizard)

    # 3 register: a token without an address is refused, then enrol later (no token)
    assert wizard.currentPage() is pages[2]
    focused(qtbot, wizard, "setupRegisterUrl")
    tab(qtbot, wizard)
    type_into(qtbot, wizard, "setupToken", "IST1-" + "a" * 32 + "-" + "b" * 32)
    enter(qtbot, wizard)
    assert wizard.currentPage() is pages[2]
    assert wizard.focusWidget() is wizard.register_page.url
    type_into(qtbot, wizard, "setupRegisterUrl", "https://register.example:8443")
    screenshot(wizard, "setup-3")
    wizard.register_page.token.clear()
    wizard.register_page.url.setFocus()
    enter(qtbot, wizard)

    # 4 administrator: the repeat must match
    assert wizard.currentPage() is pages[3]
    type_into(qtbot, wizard, "setupAdminId", "it.admin")
    tab(qtbot, wizard)
    type_into(qtbot, wizard, "setupAdminName", "Lê Văn Kỹ Thuật")
    tab(qtbot, wizard)
    type_into(qtbot, wizard, "setupAdminPassword", "Quan-tri-2026")
    tab(qtbot, wizard)
    type_into(qtbot, wizard, "setupAdminRepeat", "Quan-tri-2025")
    enter(qtbot, wizard)
    assert wizard.currentPage() is pages[3]
    assert "differ" in wizard.admin_page.problems_label.text()
    screenshot(wizard, "setup-4")
    repeat = focused(qtbot, wizard, "setupAdminRepeat")
    qtbot.keyClick(repeat, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(repeat, "Quan-tri-2026")
    enter(qtbot, wizard)

    # 5 station key passphrase
    assert wizard.currentPage() is pages[4]
    type_into(qtbot, wizard, "setupPassphrase", "mot cau mat khau dai cua tram")
    tab(qtbot, wizard)
    type_into(qtbot, wizard, "setupPassphraseRepeat", "mot cau mat khau dai cua tram")
    screenshot(wizard, "setup-5")
    enter(qtbot, wizard)

    # 6 camera: the live test shows the simulated camera's picture
    assert wizard.currentPage() is pages[5]
    focused(qtbot, wizard, "cameraDevice")
    qtbot.keyClick(wizard.focusWidget(), Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
    preview = wizard.camera_page.camera_test.preview
    qtbot.waitUntil(lambda: not preview.pixmap().isNull(), timeout=10_000)
    screenshot(wizard, "setup-6")
    wizard.camera_page.device.setFocus()
    enter(qtbot, wizard)
    assert not wizard.camera_page.camera_test.running

    # 7 card reader: listed on a worker, the first reader chosen with the arrow key
    assert wizard.currentPage() is pages[6]
    status = wizard.reader_page.reader_test.status
    qtbot.waitUntil(lambda: "2" in status.text())
    combo = focused(qtbot, wizard, "readerCombo")
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    screenshot(wizard, "setup-7")
    enter(qtbot, wizard)

    # 8 retention and approval
    assert wizard.currentPage() is pages[7]
    retention = focused(qtbot, wizard, "setupRetention")
    qtbot.keyClick(retention, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(retention, "14")
    tab(qtbot, wizard)
    qtbot.keyClick(focused(qtbot, wizard, "setupApproval"), Qt.Key.Key_Space)
    screenshot(wizard, "setup-8")
    enter(qtbot, wizard)

    # 9 summary, then Finish
    assert wizard.currentPage() is pages[8]
    summary = wizard.summary_page.summary.text()
    assert "HN0042" in summary and CONFIG_HINT in summary and "Quan-tri" not in summary
    screenshot(wizard, "setup-9")
    with qtbot.waitSignal(wizard.accepted):
        enter(qtbot, wizard)

    assert wizard.result() == QDialog.DialogCode.Accepted
    assert wizard.choices() == SetupChoices(
        station_code="HN0042",
        station_name="Công an phường Hoàn Kiếm",
        register_url="https://register.example:8443",
        enrolment_token="",
        admin_id="it.admin",
        admin_name="Lê Văn Kỹ Thuật",
        admin_password="Quan-tri-2026",
        key_passphrase="mot cau mat khau dai cua tram",
        camera_device="0",
        card_reader=READERS[0],
        language="en",
        retention_days=14,
        supervisor_approval=True,
    )


def test_camera_error_is_shown_and_the_test_ends(qtbot: QtBot, language: str) -> None:
    def no_camera(device: str) -> CameraSource:
        raise CameraNotFoundError(f"no camera at {device}")

    tasks = TaskRunner()
    test = CameraTest(no_camera, lambda: "7", tasks)
    qtbot.addWidget(test)
    with qtbot.waitSignal(test.finished) as finished:
        test.test_button.click()
    assert finished.args == [False]
    assert "máy ảnh" in test.status.text().lower()
    assert not test.running
    tasks.shutdown()


def test_camera_test_is_bounded_in_time(qtbot: QtBot, language: str) -> None:
    release = threading.Event()

    def hanging(device: str) -> CameraSource:
        release.wait(5)  # a driver that hangs while opening
        raise CameraNotFoundError("late")

    tasks = TaskRunner()
    test = CameraTest(hanging, lambda: "0", tasks, seconds=0.3)
    qtbot.addWidget(test)
    with qtbot.waitSignal(test.finished, timeout=3000) as finished:
        test.start()
    assert finished.args == [False]
    assert test.preview.text()
    release.set()
    tasks.shutdown()


def test_reader_service_down_is_said_clearly(qtbot: QtBot, language: str) -> None:
    def down() -> list[str]:
        raise PcscUnavailableError("SCardEstablishContext failed")

    tasks = TaskRunner()
    test = ReaderTest(down, tasks)
    qtbot.addWidget(test)
    with qtbot.waitSignal(test.finished) as finished:
        test.refresh()
    assert finished.args == [False]
    assert "PC/SC" in test.status.text()
    assert test.reader() == ""
    tasks.shutdown()


def test_reader_list_keeps_a_configured_reader(qtbot: QtBot, language: str) -> None:
    tasks = TaskRunner()
    test = ReaderTest(list, tasks)
    qtbot.addWidget(test)
    test.set_reader("Old Reader 00")
    with qtbot.waitSignal(test.finished):
        test.refresh()
    assert test.reader() == "Old Reader 00"
    assert isinstance(test.status, QLabel) and test.status.text()
    tasks.shutdown()
