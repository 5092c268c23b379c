"""The main window: screens by role, the idle lock over intact work, switching officer."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from main import build_screens
from station.storage.schema import Role
from ui.context import UiContext
from ui.login import LoginPage
from ui.shell import StationWindow

pytestmark = pytest.mark.gui


def make_window(
    qtbot: QtBot, ctx: UiContext, tmp_path: Path, *, attach: bool = True
) -> StationWindow:
    """The window as main.py shows it: login first, the open station attached after."""
    login = LoginPage(ctx, ctx.core.station_name, ctx.core.station_code)
    opened: list[str] = []
    window = StationWindow(
        ctx,
        login,
        version="1.2.3",
        open_diagnostics=lambda parent: opened.append("diagnostics"),
        open_export=lambda parent: opened.append("export"),
        open_day_summary=lambda parent: opened.append("summary"),
    )
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    if attach:
        window.attach(
            ctx, build_screens(ctx, tmp_path / "station.toml", login=login, list_readers=list)
        )
    return window


def test_an_officer_sees_the_home_screen_and_no_admin_menus(
    qtbot: QtBot,
    ui_ctx: UiContext,
    tmp_path: Path,
    screenshot: Callable[[QWidget, str], Path],
    language: str,
) -> None:
    window = make_window(qtbot, ui_ctx, tmp_path)
    window.show_home()

    assert window.stack.currentWidget() is window.screens.home
    assert window.windowTitle() == "Trạm tiếp nhận hồ sơ căn cước"
    assert not window.admin_menu.menuAction().isVisible()
    assert not window.supervisor_menu.menuAction().isVisible()
    window.show_screen(window.screens.settings)
    assert window.stack.currentWidget() is window.screens.home  # refused, and said so
    assert ui_ctx.notices.current is not None
    screenshot(window, "window-home")


def test_an_administrator_reaches_settings_and_the_audit_log(
    qtbot: QtBot, ui_ctx: UiContext, tmp_path: Path
) -> None:
    window = make_window(qtbot, ui_ctx, tmp_path)
    ui_ctx.session.log_in(ui_ctx.core.accounts.login("admin", "Officer-pass-2026"))

    assert window.admin_menu.menuAction().isVisible()
    window.settings_action.trigger()
    assert window.stack.currentWidget() is window.screens.settings
    window.audit_action.trigger()
    assert window.stack.currentWidget() is window.screens.audit


def test_the_idle_lock_covers_the_work_and_unlocking_returns_to_it(
    qtbot: QtBot, ui_ctx: UiContext, tmp_path: Path
) -> None:
    window = make_window(qtbot, ui_ctx, tmp_path)
    window.show_queue()

    ui_ctx.session.lock()
    assert window.stack.currentWidget() is window.screens.lock
    assert not window.new_action.isEnabled()
    window.show_screen(window.screens.home)  # nothing opens over the lock
    assert window.stack.currentWidget() is window.screens.lock

    ui_ctx.session.unlock()
    assert window.stack.currentWidget() is window.screens.queue
    assert window.new_action.isEnabled()


def test_switching_officer_returns_to_the_login_screen(
    qtbot: QtBot, ui_ctx: UiContext, tmp_path: Path
) -> None:
    window = make_window(qtbot, ui_ctx, tmp_path)
    window.show_home()

    window.switch_action.trigger()

    assert ui_ctx.session.officer is None
    assert window.stack.currentWidget() is window.screens.login
    assert not window.queue_action.isEnabled()


def test_dialog_actions_are_wired(qtbot: QtBot, ui_ctx: UiContext, tmp_path: Path) -> None:
    window = make_window(qtbot, ui_ctx, tmp_path)
    calls: list[str] = []
    window._open_export = lambda parent: calls.append("export")  # type: ignore[method-assign]
    window.export_action.trigger()
    window.sync_action.trigger()

    assert calls == ["export"]
    assert ui_ctx.session.has_role(Role.OFFICER)
