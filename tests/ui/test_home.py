"""The home screen: today's counts, queue, connection, devices, warnings, actions, drafts."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot

from devices.card.readers import ReaderSnapshot, ReaderState
from station.record import PortraitRef
from station.samples import sample_record
from station.services import StationCore
from station.storage.diskguard import MIB, DiskGuard
from station.sync.errors import StationNotRecognisedError
from station.sync.progress import SyncPhase, SyncProgress
from ui.context import UiContext
from ui.home import HomePage

pytestmark = pytest.mark.gui


def seal(core: StationCore, officer_id: str) -> str:
    """Draft, portrait and seal, as the officer does it (see register/simstation.py)."""
    now = core.clock()
    draft = core.drafts.start(officer_id, core.station_code)
    application_id = draft.meta.application_id
    digest = core.drafts.put_attachment(application_id, "portrait", os.urandom(1000))
    record = dataclasses.replace(
        sample_record(core.refdata, now),
        meta=draft.meta,
        portrait=PortraitRef("portrait", digest, now),
    )
    core.drafts.save(record)
    core.sealer().seal(application_id, officer_id)
    return application_id


@pytest.fixture
def home(qtbot: QtBot, ui_ctx: UiContext) -> HomePage:
    page = HomePage(ui_ctx, shortcuts=True)
    qtbot.addWidget(page)
    page.resize(1366, 700)
    with qtbot.waitSignal(page.refreshed):
        page.show()  # the first summary was asked for at construction
    qtbot.waitExposed(page)
    return page


def reload(qtbot: QtBot, page: HomePage) -> None:
    with qtbot.waitSignal(page.refreshed):
        page.refresh()


def number(page: HomePage, name: str) -> str:
    return page.numbers[name].text()


def test_counts_queue_and_drafts(
    qtbot: QtBot, home: HomePage, ui_ctx: UiContext, screenshot: Callable[[QWidget, str], Path]
) -> None:
    core = ui_ctx.core
    assert number(home, "mineSealed") == "0"
    seal(core, "officer1")
    seal(core, "officer1")
    seal(core, "super1")
    draft = core.drafts.start("officer1", core.station_code)
    core.drafts.start("super1", core.station_code)  # someone else's: not listed

    reload(qtbot, home)

    assert (number(home, "mineSealed"), number(home, "stationSealed")) == ("2", "3")
    assert number(home, "mineAccepted") == number(home, "stationRejected") == "0"
    assert number(home, "queueWaiting") == "3"
    buttons = home.drafts_box.findChildren(QPushButton, "continueDraft")
    assert [b.property("application_id") for b in buttons] == [draft.meta.application_id]
    with qtbot.waitSignal(home.resume_draft_requested) as resumed:
        buttons[0].click()
    assert resumed.args == [draft.meta.application_id]
    assert "Nguyễn Văn An" in home.greeting.text()
    screenshot(home, "home")


def test_warnings_for_disk_sync_age_clock_and_drafts(
    qtbot: QtBot, home: HomePage, ui_ctx: UiContext
) -> None:
    core = ui_ctx.core
    levels = dict(home.warning_texts())
    assert list(levels) == ["amber"]  # never synced yet
    core.disk = DiskGuard(core.folder, 500, 2048, free_bytes=lambda _: 100 * MIB)
    core.drafts.start("officer1", core.station_code)
    now = core.clock()
    ui_ctx.sync_events.progress.emit(
        SyncProgress(
            SyncPhase.OFFLINE,
            last_success_at=now - dt.timedelta(days=8),
            next_retry_at=now + dt.timedelta(minutes=2),
            clock_skew_seconds=-600.0,
        )
    )

    reload(qtbot, home)

    warnings = home.warning_texts()
    assert [level for level, _ in warnings] == ["red", "red", "amber", "amber"]
    texts = " ".join(text for _, text in warnings)
    assert "100 MB" in texts
    assert home.next_retry.isVisible()
    assert home.connection.text() != ""


def test_blocked_sync_is_red_and_says_why(qtbot: QtBot, home: HomePage, ui_ctx: UiContext) -> None:
    error = StationNotRecognisedError("HTTP 403")
    ui_ctx.sync_events.progress.emit(SyncProgress(SyncPhase.BLOCKED, last_error=error))
    reload(qtbot, home)

    assert home.sync_error.text() == error.message("vi")
    assert "red" in dict(home.warning_texts())


def test_reader_and_camera_state(qtbot: QtBot, home: HomePage, ui_ctx: UiContext) -> None:
    before = home.reader.text()
    ui_ctx.reader_events.snapshot.emit(ReaderSnapshot(ReaderState.NO_SERVICE))
    qtbot.waitUntil(lambda: home.reader.text() != before)
    ui_ctx.reader_events.snapshot.emit(
        ReaderSnapshot(ReaderState.NO_CARD, ("Reader A",), "Reader A")
    )
    qtbot.waitUntil(lambda: "Reader A" in home.reader.text())
    assert home.camera.text()


@pytest.mark.parametrize(
    ("keys", "modifiers", "signal"),
    [
        (Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier, "new_application_requested"),
        (
            Qt.Key.Key_Q,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
            "queue_requested",
        ),
        (Qt.Key.Key_F9, Qt.KeyboardModifier.NoModifier, "sync_requested"),
        (Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier, "export_requested"),
    ],
)
def test_shortcuts_fire_the_actions(
    qtbot: QtBot, home: HomePage, keys: Qt.Key, modifiers: Qt.KeyboardModifier, signal: str
) -> None:
    home.activateWindow()
    home.setFocus()
    qtbot.waitUntil(home.hasFocus)
    with qtbot.waitSignal(getattr(home, signal)):
        qtbot.keyClick(home.focusWidget() or home, keys, modifiers)


def test_without_own_shortcuts_the_window_provides_them(qtbot: QtBot, ui_ctx: UiContext) -> None:
    page = HomePage(ui_ctx, shortcuts=False)
    qtbot.addWidget(page)
    assert page.findChildren(QShortcut) == []
    with qtbot.waitSignal(page.queue_requested):
        page.buttons["queue_requested"].click()


def test_logged_out_home_does_not_load(qtbot: QtBot, ui_ctx: UiContext) -> None:
    ui_ctx.session.log_out()
    page = HomePage(ui_ctx)
    qtbot.addWidget(page)
    page.refresh()
    assert page.summary is None and page.greeting.text() == ""
