"""The main window: shown, titled and labelled in the chosen language, with an About box."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from ui.main_window import MainWindow

pytestmark = pytest.mark.gui


def make_window(qtbot: QtBot, reference_data: Any, *, demo: bool = True) -> MainWindow:
    window = MainWindow(reference_data, demo=demo, version="1.2.3")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_window_shows_with_vietnamese_title_by_default(
    qtbot: QtBot, reference_data: Any, language: str
) -> None:
    window = make_window(qtbot, reference_data)

    assert window.isVisible()
    assert window.windowTitle() == "Trạm thu nhận hồ sơ căn cước"
    assert window.help_menu.title() == "&Trợ giúp"
    assert window.statusBar().currentMessage() == "Sẵn sàng"


@pytest.mark.parametrize("language", ["en"], indirect=True)
def test_window_title_is_english_with_lang_en(
    qtbot: QtBot, reference_data: Any, language: str
) -> None:
    window = make_window(qtbot, reference_data)

    assert window.windowTitle() == "Intake station"
    assert window.help_menu.title() == "&Help"
    assert window.about_action.text() == "&About"


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "Administrative units version 2025-07-01\n34 provinces, 3,321 communes"),
        (
            "vi",
            "Danh mục đơn vị hành chính phiên bản 2025-07-01\n"
            "34 tỉnh, thành phố và 3.321 xã, phường, đặc khu",
        ),
    ],
    indirect=["language"],
)
def test_reference_label_shows_version_and_counts(
    qtbot: QtBot, reference_data: Any, language: str, expected: str
) -> None:
    window = make_window(qtbot, reference_data)

    label = window.findChild(QLabel, "referenceDataLabel")
    assert label is not None
    assert label.text() == expected


@pytest.mark.parametrize("language", ["en"], indirect=True)
def test_singular_counts_are_english_singular(
    qtbot: QtBot, reference_data: Any, language: str
) -> None:
    reference_data.province_list = ("01",)
    reference_data.commune_list = ("00004",)
    window = make_window(qtbot, reference_data)

    assert window.reference_label.text().endswith("1 province, 1 commune")


@pytest.mark.parametrize("demo", [True, False])
def test_demo_banner_only_in_demo_mode(
    qtbot: QtBot, reference_data: Any, language: str, demo: bool
) -> None:
    window = make_window(qtbot, reference_data, demo=demo)

    banner = window.findChild(QLabel, "demoBanner")
    assert banner is not None
    assert banner.isVisible() is demo
    assert banner.text().startswith("Chế độ trình diễn đang bật")


def test_help_about_opens_the_about_box(
    qtbot: QtBot, reference_data: Any, language: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[tuple[QWidget, str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "about", lambda parent, title, text: shown.append((parent, title, text))
    )
    window = make_window(qtbot, reference_data)

    window.help_menu.actions()[0].trigger()

    assert len(shown) == 1
    parent, title, text = shown[0]
    assert parent is window
    assert title == "Giới thiệu trạm thu nhận hồ sơ căn cước"
    assert "Phiên bản 1.2.3" in text


def test_window_with_real_reference_data(qtbot: QtBot, language: str) -> None:
    from station.refdata import load_reference_data

    data = load_reference_data()
    window = make_window(qtbot, data)

    assert data.admin_units_version in window.reference_label.text()
    assert "34 tỉnh, thành phố và 3.321 xã, phường, đặc khu" in window.reference_label.text()
