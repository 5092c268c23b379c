"""Settings: administrators save to the configuration file; others only look; enrolment."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from station.config import load_config
from station.config.settings import (
    IDLE_LOCK_MINUTES,
    LANGUAGE,
    REGISTER_URL,
    RETENTION_DAYS,
    SUPERVISOR_APPROVAL,
)
from station.sync.errors import RegisterCertificateError
from station.sync.progress import SyncPhase, SyncProgress
from station.sync.state import Enrolment
from ui.context import UiContext
from ui.settings_page import SettingsPage

pytestmark = pytest.mark.gui

OFFICER_PASSWORD = "Officer-pass-2026"
TOKEN = "IST1-" + "a" * 32 + "-" + "b" * 32


@pytest.fixture
def config_path(tmp_path: Path) -> Path:
    return tmp_path / "config" / "station.toml"


def make_page(qtbot: QtBot, ctx: UiContext, config_path: Path) -> SettingsPage:
    page = SettingsPage(ctx, config_path, lambda: ["ACS ACR1252 PICC 00"])
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


@pytest.fixture
def admin_page(qtbot: QtBot, ui_ctx: UiContext, config_path: Path) -> SettingsPage:
    ui_ctx.session.log_in(ui_ctx.core.accounts.login("admin", OFFICER_PASSWORD))
    return make_page(qtbot, ui_ctx, config_path)


def save(qtbot: QtBot, page: SettingsPage) -> None:
    page.save_button.setFocus()
    with qtbot.waitSignal(page.saved):
        qtbot.keyClick(page.save_button, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)


def test_admin_saves_and_is_told_what_needs_a_restart(
    qtbot: QtBot,
    admin_page: SettingsPage,
    ui_ctx: UiContext,
    config_path: Path,
    screenshot: Callable[[QWidget, str], Path],
) -> None:
    page = admin_page
    assert not page.read_only_note.isVisible()
    page.language.setCurrentIndex(page.language.findData("en"))
    page.retention.setValue(30)
    page.approval.setChecked(True)
    page.idle.setValue(10)

    save(qtbot, page)

    config = load_config([config_path], {})
    assert config[LANGUAGE] == "en"
    assert config[RETENTION_DAYS] == 30
    assert config[SUPERVISOR_APPROVAL] is True
    assert config[IDLE_LOCK_MINUTES] == 10
    text = page.message.text()
    assert "language" in text and "retention" in text and "screen lock" not in text
    assert page.changes() == {}
    screenshot(page, "settings")

    page.idle.setValue(12)
    save(qtbot, page)
    assert "restart" not in page.message.text()
    assert load_config([config_path], {})[LANGUAGE] == "en"  # earlier keys kept


def test_bad_value_is_refused_naming_the_key(
    qtbot: QtBot, admin_page: SettingsPage, config_path: Path
) -> None:
    admin_page.register_url.setText("http://register.example")
    admin_page.save()
    qtbot.waitUntil(lambda: "register.url" in admin_page.message.text())
    assert not config_path.exists()
    assert admin_page.save_button.isEnabled()


def test_other_roles_see_the_settings_read_only(
    qtbot: QtBot, ui_ctx: UiContext, config_path: Path
) -> None:
    page = make_page(qtbot, ui_ctx, config_path)  # officer1 is logged in

    assert page.read_only_note.isVisible()
    assert not page.save_button.isEnabled()
    assert not page.language.isEnabled() and not page.enrol_button.isEnabled()
    page.retention.setValue(99)  # even if a value changed, saving is refused
    page.save()
    assert "administrator" in page.message.text()
    assert not config_path.exists()

    ui_ctx.session.log_in(ui_ctx.core.accounts.login("admin", OFFICER_PASSWORD))
    assert page.save_button.isEnabled()


def test_enrolment_failure_is_shown(qtbot: QtBot, admin_page: SettingsPage) -> None:
    admin_page.register_url.setText("https://127.0.0.1:9")
    admin_page.token.setText(TOKEN)
    admin_page.enrol_button.click()
    qtbot.waitUntil(lambda: admin_page.enrol_button.isEnabled(), timeout=20_000)
    assert "register cannot be reached" in admin_page.message.text() or "cơ quan đăng ký" in (
        admin_page.message.text()
    )


def test_enrolment_uses_the_new_register_key_at_once(
    qtbot: QtBot,
    admin_page: SettingsPage,
    ui_ctx: UiContext,
    config_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    core = ui_ctx.core
    old_sealer = core.sealer()
    previous = core.sync_state.enrolment()
    assert previous is not None

    def fake_enrol(url: str, token: str, code: str, secrets, state, clock) -> Enrolment:  # type: ignore[no-untyped-def]
        enrolment = Enrolment(
            "station-42",
            code,
            url,
            "",
            previous.register_exchange_public,
            previous.register_signing_public,
            dt.datetime.now(dt.UTC),
        )
        state.save_enrolment(enrolment)
        return enrolment

    monkeypatch.setattr("ui.settings_page.enrol_station", fake_enrol)
    admin_page.register_url.setText("https://register.example:8443")
    admin_page.token.setText(TOKEN)
    admin_page.enrol_button.click()
    qtbot.waitUntil(lambda: "station-42" in admin_page.enrolment.text())

    assert core.sealer() is not old_sealer
    assert load_config([config_path], {})[REGISTER_URL] == "https://register.example:8443"
    assert admin_page.token.text() == ""


def test_resume_is_offered_when_sync_is_blocked(
    qtbot: QtBot, admin_page: SettingsPage, ui_ctx: UiContext
) -> None:
    assert not admin_page.resume_button.isVisible()
    ui_ctx.sync_events.progress.emit(
        SyncProgress(SyncPhase.BLOCKED, last_error=RegisterCertificateError("pin"))
    )
    qtbot.waitUntil(admin_page.resume_button.isVisible)
    assert "blocked" in admin_page.sync_state.text() or "chứng thư" in admin_page.sync_state.text()
    admin_page.resume_button.click()
    assert admin_page.message.text()


def test_camera_and_reader_tests_in_the_settings(qtbot: QtBot, admin_page: SettingsPage) -> None:
    preview = admin_page.camera_test.preview
    admin_page.camera_test.test_button.click()
    qtbot.waitUntil(lambda: not preview.pixmap().isNull(), timeout=10_000)
    admin_page.camera_test.stop()
    with qtbot.waitSignal(admin_page.reader_test.finished):
        admin_page.reader_test.find_button.click()
    assert admin_page.reader_test.combo.findData("ACS ACR1252 PICC 00") > 0
