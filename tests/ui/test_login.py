"""Station unlock, login, lockout, forced password change, the lock screen and switching officer."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QWidget
from pytestqt.qtbot import QtBot

from station.protect.keystore import KdfParams, Keystore
from station.storage.schema import Role
from ui.context import UiContext
from ui.lock_screen import LockScreen
from ui.login import LoginPage
from ui.password_dialog import ChangePasswordDialog
from ui.unlock_station import StationUnlockDialog

pytestmark = pytest.mark.gui

OFFICER_PASSWORD = "Officer-pass-2026"  # tests/ui/conftest.py's accounts
NEW_PASSWORD = "Ca-chieu-2026"
PASSPHRASE = "unlock dialog passphrase"
DEMO_HINT = "Demo: log in as demo with the password demo-password-2026"

Screenshot = Callable[[QWidget, str], Path]


# ---------------------------------------------------------------------------- station unlock


@pytest.fixture
def keystore(tmp_path: Path) -> Keystore:
    store = Keystore(tmp_path / "station.keys", KdfParams(1, 1024, 1))
    store.create(PASSPHRASE)
    return store


def unlock_dialog(qtbot: QtBot, keystore: Keystore) -> StationUnlockDialog:
    dialog = StationUnlockDialog(keystore)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def type_and_enter(qtbot: QtBot, field: QWidget, text: str) -> None:
    field.setFocus()
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def test_station_unlocks_with_the_right_passphrase(
    qtbot: QtBot, keystore: Keystore, language: str, screenshot: Screenshot
) -> None:
    dialog = unlock_dialog(qtbot, keystore)
    screenshot(dialog, "unlock-station")

    with qtbot.waitSignal(dialog.accepted):
        type_and_enter(qtbot, dialog.passphrase, PASSPHRASE)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.secrets().signing_public() == keystore.unlock(PASSPHRASE).signing_public()


def test_wrong_passphrase_is_said_and_can_be_retried(
    qtbot: QtBot, keystore: Keystore, language: str
) -> None:
    dialog = unlock_dialog(qtbot, keystore)

    type_and_enter(qtbot, dialog.passphrase, "not the passphrase")
    qtbot.waitUntil(lambda: not dialog.busy and dialog.message.property("problem") == "wrong")

    assert dialog.message.text() == "Sai mật khẩu trạm. Không có dữ liệu nào bị thay đổi."
    assert dialog.isVisible() and dialog.passphrase.text() == ""
    with qtbot.waitSignal(dialog.accepted):
        type_and_enter(qtbot, dialog.passphrase, PASSPHRASE)


@pytest.mark.parametrize("language", ["en"], indirect=True)
def test_damaged_key_file_is_shown_distinctly(
    qtbot: QtBot, keystore: Keystore, language: str
) -> None:
    keystore.path.write_text('{"format": 1}', encoding="utf-8")
    dialog = unlock_dialog(qtbot, keystore)

    type_and_enter(qtbot, dialog.passphrase, PASSPHRASE)
    qtbot.waitUntil(lambda: dialog.message.property("problem") == "damaged")

    assert "damaged" in dialog.message.text() and "Call IT" in dialog.message.text()


# ---------------------------------------------------------------------------- login


def make_login(ctx: UiContext, *, attach: bool = True) -> LoginPage:
    """The login page as the window shows it: built first, the open station attached."""
    page = LoginPage(ctx, ctx.core.station_name, ctx.core.station_code, demo_hint=DEMO_HINT)
    if attach:
        page.attach(ctx)
    return page


@pytest.fixture
def login_page(qtbot: QtBot, ui_ctx: UiContext) -> LoginPage:
    ui_ctx.session.log_out()
    page = make_login(ui_ctx)
    qtbot.addWidget(page)
    page.resize(900, 600)
    page.show()
    qtbot.waitExposed(page)
    page.refresh()
    return page


def attempt(qtbot: QtBot, page: LoginPage, officer_id: str, password: str) -> None:
    """Type the login name, Enter, the password, Enter; wait for the answer."""
    page.officer_id.clear()
    type_and_enter(qtbot, page.officer_id, officer_id)
    assert page.password.hasFocus()
    qtbot.keyClicks(page.password, password)
    qtbot.keyClick(page.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not page.busy or page.password_dialog is not None)


def test_login_starts_the_session(
    qtbot: QtBot, login_page: LoginPage, ui_ctx: UiContext, screenshot: Screenshot
) -> None:
    assert login_page.demo_hint.isVisible()
    assert login_page.officer_id.hasFocus()
    screenshot(login_page, "login")

    with qtbot.waitSignal(login_page.logged_in):
        attempt(qtbot, login_page, "Admin", OFFICER_PASSWORD)

    officer = ui_ctx.session.officer
    assert officer is not None and officer.officer_id == "admin" and officer.role is Role.ADMIN
    assert login_page.password.text() == ""


def test_wrong_password_and_unknown_user_get_the_same_message(
    qtbot: QtBot, login_page: LoginPage, ui_ctx: UiContext
) -> None:
    attempt(qtbot, login_page, "admin", "Wrong-password-1")
    wrong = login_page.message.text()
    attempt(qtbot, login_page, "nobody", "Wrong-password-1")

    assert wrong == login_page.message.text() == "Sai tên đăng nhập hoặc mật khẩu."
    assert ui_ctx.session.officer is None
    assert login_page.password.hasFocus()


def test_lockout_after_five_failures_says_until_when(
    qtbot: QtBot, login_page: LoginPage, ui_ctx: UiContext, screenshot: Screenshot
) -> None:
    for _ in range(4):
        attempt(qtbot, login_page, "super1", "Wrong-password-1")
        assert login_page.message.text() == "Sai tên đăng nhập hoặc mật khẩu."
    attempt(qtbot, login_page, "super1", "Wrong-password-1")

    text = login_page.message.text()
    assert text.startswith("Tài khoản tạm khóa") and "Thử lại sau" in text
    screenshot(login_page, "login-locked")
    attempt(qtbot, login_page, "super1", OFFICER_PASSWORD)  # even the right one, for now
    assert login_page.message.text() == text
    assert ui_ctx.session.officer is None


def test_disabled_account_is_said(qtbot: QtBot, login_page: LoginPage, ui_ctx: UiContext) -> None:
    ui_ctx.core.accounts.set_disabled("admin", "super1", True)
    attempt(qtbot, login_page, "super1", OFFICER_PASSWORD)
    assert "vô hiệu hóa" in login_page.message.text()


def test_forced_password_change_comes_before_the_session(
    qtbot: QtBot, login_page: LoginPage, ui_ctx: UiContext, screenshot: Screenshot
) -> None:
    attempt(qtbot, login_page, "officer1", OFFICER_PASSWORD)  # created with a temporary one
    dialog = login_page.password_dialog
    assert isinstance(dialog, ChangePasswordDialog)
    qtbot.waitExposed(dialog)
    assert ui_ctx.session.officer is None
    assert not dialog.current.isVisible()  # just typed at the login

    dialog.new.setFocus()
    qtbot.keyClicks(dialog.new, "officer1abc")
    assert "login name" in dialog.problems.text() or "tên đăng nhập" in dialog.problems.text()
    assert not dialog.save_button.isEnabled()
    dialog.new.clear()
    qtbot.keyClicks(dialog.new, NEW_PASSWORD)
    dialog.repeat.setFocus()
    qtbot.keyClicks(dialog.repeat, NEW_PASSWORD)
    assert dialog.problems.text() == ""
    screenshot(dialog, "change-password")
    with qtbot.waitSignal(login_page.logged_in, timeout=10_000):
        qtbot.keyClick(dialog.repeat, Qt.Key.Key_Return)

    officer = ui_ctx.session.officer
    assert officer is not None and not officer.must_change_password
    assert not ui_ctx.core.accounts.login("officer1", NEW_PASSWORD).must_change_password


def test_refusing_the_password_change_refuses_the_login(
    qtbot: QtBot, login_page: LoginPage, ui_ctx: UiContext
) -> None:
    attempt(qtbot, login_page, "officer1", OFFICER_PASSWORD)
    dialog = login_page.password_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    dialog.reject()

    qtbot.waitUntil(lambda: not login_page.busy)
    assert ui_ctx.session.officer is None
    assert login_page.message.isVisible()


def test_a_login_typed_while_the_station_opens_goes_through_once_it_is_open(
    qtbot: QtBot, ui_ctx: UiContext, language: str
) -> None:
    ui_ctx.session.log_out()
    page = make_login(ui_ctx, attach=False)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    assert ui_ctx.core.station_code in page.findChild(QLabel, "loginStation").text()

    qtbot.keyClicks(page.officer_id, "admin")
    qtbot.keyClick(page.officer_id, Qt.Key.Key_Return)
    qtbot.keyClicks(page.password, OFFICER_PASSWORD)
    qtbot.keyClick(page.password, Qt.Key.Key_Return)

    assert page.waiting_for_station and page.busy
    assert not page.password.isEnabled()
    assert "Đang mở trạm" in page.message.text()  # says why nothing happens yet
    assert ui_ctx.session.officer is None
    with qtbot.waitSignal(page.logged_in, timeout=10_000):
        page.attach(ui_ctx)  # the station finished opening
    officer = ui_ctx.session.officer
    assert officer is not None and officer.officer_id == "admin"
    assert not page.waiting_for_station


def test_demo_hint_only_in_demo_mode(qtbot: QtBot, ui_ctx: UiContext) -> None:
    ui_ctx.demo = False
    page = make_login(ui_ctx)
    qtbot.addWidget(page)
    page.show()
    assert not page.demo_hint.isVisible()


# ---------------------------------------------------------------------------- lock screen


@pytest.fixture
def lock_screen(qtbot: QtBot, ui_ctx: UiContext) -> LockScreen:
    screen = LockScreen(ui_ctx)
    qtbot.addWidget(screen)
    screen.resize(900, 600)
    screen.show()
    qtbot.waitExposed(screen)
    return screen


def test_lock_screen_unlocks_with_the_officers_password(
    qtbot: QtBot, lock_screen: LockScreen, ui_ctx: UiContext, screenshot: Screenshot
) -> None:
    ui_ctx.session.lock()
    assert "officer1" in lock_screen.who.text()
    screenshot(lock_screen, "lock-screen")

    type_and_enter(qtbot, lock_screen.password, "Wrong-password-1")
    qtbot.waitUntil(lambda: not lock_screen.busy and lock_screen.message.isVisible())
    assert ui_ctx.session.is_locked
    assert lock_screen.message.text() == "Sai tên đăng nhập hoặc mật khẩu."

    with qtbot.waitSignal(ui_ctx.session.unlocked):
        type_and_enter(qtbot, lock_screen.password, OFFICER_PASSWORD)
    assert not ui_ctx.session.is_locked
    assert ui_ctx.session.officer_id == "officer1"


def test_wrong_unlock_passwords_lock_the_account(
    qtbot: QtBot, lock_screen: LockScreen, ui_ctx: UiContext
) -> None:
    ui_ctx.session.lock()
    for _ in range(5):
        type_and_enter(qtbot, lock_screen.password, "Wrong-password-1")
        qtbot.waitUntil(lambda: not lock_screen.busy)
    assert lock_screen.message.text().startswith("Tài khoản tạm khóa")
    assert lock_screen.switch_button.hasFocus()


def test_switch_officer_is_asked_of_the_window(
    qtbot: QtBot, lock_screen: LockScreen, ui_ctx: UiContext
) -> None:
    ui_ctx.session.lock()
    lock_screen.switch_button.setFocus()
    with qtbot.waitSignal(lock_screen.switch_officer_requested):
        qtbot.keyClick(lock_screen.switch_button, Qt.Key.Key_Space)
    assert ui_ctx.session.is_locked  # the shell saves the draft and logs out
