"""The queue screen: lazy paging, filters, details by role, retry, re-open, USB export."""

from __future__ import annotations

import dataclasses
import datetime as dt
import gc
import os
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QModelIndex, Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from station.application_number import make_number
from station.audit import AuditAction
from station.outbox import Receipt
from station.record import PortraitRef
from station.samples import sample_record
from station.services import StationCore
from station.storage.schema import (
    AuditEvent,
    OutboxRow,
    OutboxState,
    SealedApplication,
)
from station.sync.progress import SyncPhase, SyncProgress
from ui.context import UiContext
from ui.queue.core_calls import reopen
from ui.queue.export_dialog import ExportDialog
from ui.queue.labels import local_time
from ui.queue.model import QueueFilter, QueueModel
from ui.queue.page import QueuePage

PASSWORD = "Officer-pass-2026"
Screenshot = Callable[[QWidget, str], Path]


def portrait_bytes() -> bytes:
    """A small real image, so the detail view shows a portrait."""
    image = QImage(120, 160, QImage.Format.Format_RGB32)
    image.fill(QColor("#8fa8c8"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def seal_sample(core: StationCore, officer_id: str = "officer1") -> str:
    """The sample application taken and sealed the officer's way; its application id."""
    draft = core.drafts.start(officer_id, core.station_code)
    application_id = draft.meta.application_id
    digest = core.drafts.put_attachment(application_id, "portrait", portrait_bytes())
    now = core.clock()
    record = dataclasses.replace(
        sample_record(core.refdata, now),
        meta=draft.meta,
        portrait=PortraitRef("portrait", digest, now),
    )
    core.drafts.save(record)
    core.sealer().seal(application_id, officer_id)
    return application_id


def fill_outbox(
    core: StationCore,
    count: int,
    *,
    officer_id: str = "officer1",
    state: OutboxState = OutboxState.QUEUED,
    newest: dt.datetime | None = None,
    first_sequence: int = 1,
    reason: tuple[str, str] | None = None,
) -> list[str]:
    """*count* outbox rows in one transaction, one second apart (no real crypto: fast)."""
    newest = newest or core.clock()
    day = newest.astimezone().date()
    ids = [str(uuid.uuid4()) for _ in range(count)]

    def work(session) -> None:
        for i, application_id in enumerate(ids):
            session.add(
                SealedApplication(
                    application_id=application_id,
                    application_number=str(make_number("HN0001", day, first_sequence + i)),
                    station_code="HN0001",
                    officer_id=officer_id,
                    sealed_at=newest - dt.timedelta(seconds=i),
                    sha256="0" * 64,
                    size=1000,
                    signature=b"s" * 64,
                    ciphertext=os.urandom(120),
                    wrapped_key=b"k" * 60,
                    register_wrapped_key=os.urandom(90),
                )
            )
        session.flush()
        for i, application_id in enumerate(ids):
            at = newest - dt.timedelta(seconds=i)
            session.add(
                OutboxRow(
                    application_id=application_id,
                    state=state,
                    queued_at=at,
                    officer_id=officer_id,
                    attempts=0,
                    next_attempt_at=at,
                    state_changed_at=at,
                    reason_code=reason[0] if reason else None,
                    reason_text=reason[1] if reason else None,
                )
            )

    core.writer.run(work)
    return ids


def row_of(core: StationCore, application_id: str) -> OutboxRow:
    with core.database.reader_sessions()() as session:
        row = session.get(OutboxRow, application_id)
        assert row is not None
        return row


def log_in(ctx: UiContext, officer_id: str) -> None:
    ctx.session.log_in(ctx.core.accounts.login(officer_id, PASSWORD))


def numbers(page: QueuePage) -> list[str]:
    return [page.model.entry(r).application_number for r in range(page.model.rowCount())]


@pytest.fixture(autouse=True)
def _collect_on_the_gui_thread() -> Iterator[None]:
    """Collect each test's Qt objects here: a cycle collected on a worker thread would
    destroy QObjects (the session's idle timer) from the wrong thread."""
    yield
    gc.collect()


@pytest.fixture
def page(qtbot: QtBot, ui_ctx: UiContext) -> Iterator[QueuePage]:
    widget = QueuePage(ui_ctx)
    qtbot.addWidget(widget)
    widget.resize(1300, 700)
    yield widget
    qtbot.waitUntil(lambda: ui_ctx.tasks.running == 0)


def loaded(qtbot: QtBot, page: QueuePage, rows: int) -> None:
    qtbot.waitUntil(lambda: not page.model.is_loading and page.model.rowCount() == rows)


# ---------------------------------------------------------------------------- the model


def test_model_pages_lazily_newest_first(qtbot: QtBot, qtmodeltester, ui_ctx: UiContext) -> None:
    fill_outbox(ui_ctx.core, 1000)
    model = QueueModel(ui_ctx.core.outbox, ui_ctx.tasks)
    qtmodeltester.check(model)

    model.set_filter(QueueFilter())
    qtbot.waitUntil(lambda: model.rowCount() == 200)
    assert model.canFetchMore(QModelIndex())
    times = [model.entry(r).sealed_at for r in range(200)]
    assert times == sorted(times, reverse=True)

    for expected in (400, 600, 800, 1000):
        model.fetchMore(QModelIndex())
        qtbot.waitUntil(lambda n=expected: model.rowCount() == n and not model.is_loading)
    assert not model.canFetchMore(QModelIndex())
    assert len({model.entry(r).application_id for r in range(1000)}) == 1000
    qtbot.waitUntil(lambda: ui_ctx.tasks.running == 0)


def test_model_refresh_inserts_new_rows_on_top_and_updates_changed_ones(
    qtbot: QtBot, qtmodeltester, ui_ctx: UiContext
) -> None:
    core = ui_ctx.core
    old = fill_outbox(core, 3, newest=core.clock() - dt.timedelta(hours=1))
    model = QueueModel(core.outbox, ui_ctx.tasks)
    qtmodeltester.check(model)
    model.set_filter(QueueFilter())
    qtbot.waitUntil(lambda: model.rowCount() == 3)
    inserted: list[tuple[int, int]] = []
    model.rowsInserted.connect(lambda _parent, first, last: inserted.append((first, last)))
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))

    new = fill_outbox(core, 2, first_sequence=100)
    core.outbox.transition([old[1]], OutboxState.SENDING, batch_id="b")
    model.refresh()
    qtbot.waitUntil(lambda: model.rowCount() == 5 and not model.is_loading)

    assert inserted == [(0, 1)] and resets == []
    assert [model.entry(r).application_id for r in range(5)] == new + old
    assert model.entry(3).state is OutboxState.SENDING
    qtbot.waitUntil(lambda: ui_ctx.tasks.running == 0)


# ---------------------------------------------------------------------------- the page


def test_queue_page_shows_rows_and_counts(
    qtbot: QtBot, page: QueuePage, ui_ctx: UiContext, screenshot: Screenshot
) -> None:
    core = ui_ctx.core
    fill_outbox(core, 6)
    fill_outbox(
        core,
        2,
        officer_id="super1",
        state=OutboxState.REJECTED,
        first_sequence=50,
        reason=("photo_quality", "Ảnh chân dung không đạt yêu cầu"),
    )
    fill_outbox(core, 1, state=OutboxState.EXPORTED, first_sequence=60)
    fill_outbox(core, 1, state=OutboxState.HELD, first_sequence=70)
    page.refresh()
    page.show()
    loaded(qtbot, page, 10)
    qtbot.waitUntil(lambda: "Rejected: 2" in page.counts_label.text())

    assert "Held for review: 1" in page.counts_label.text()
    shown = {page.model.data(page.model.index(r, 3)) for r in range(10)}
    assert shown == {"Waiting to send", "Rejected", "Exported to USB", "Held for review"}
    problems = {page.model.data(page.model.index(r, 5)) for r in range(10)}
    assert "Register: Ảnh chân dung không đạt yêu cầu" in problems
    screenshot(page, "queue")


def test_filters_by_state_officer_date_and_number(
    qtbot: QtBot, page: QueuePage, ui_ctx: UiContext
) -> None:
    core = ui_ctx.core
    now = core.clock()
    mine = fill_outbox(core, 3, newest=now)
    rejected = fill_outbox(
        core, 2, officer_id="super1", state=OutboxState.REJECTED, first_sequence=20
    )
    week_ago = now - dt.timedelta(days=8)
    old = fill_outbox(core, 1, newest=week_ago, first_sequence=1)
    page.apply_filters()
    loaded(qtbot, page, 6)

    page.state_combo.setCurrentIndex(page.state_combo.findData(OutboxState.REJECTED))
    loaded(qtbot, page, 2)
    assert {page.model.entry(r).application_id for r in range(2)} == set(rejected)

    page.state_combo.setCurrentIndex(0)
    qtbot.waitUntil(lambda: page.officer_combo.count() == 4)  # all, admin, officer1, super1
    page.officer_combo.setCurrentIndex(page.officer_combo.findData("officer1"))
    loaded(qtbot, page, 4)

    today = now.astimezone().date()
    page.date_filter.set_range(today, today)
    loaded(qtbot, page, 3)
    assert {page.model.entry(r).application_id for r in range(3)} == set(mine)
    page.date_filter.enabled_box.setChecked(False)
    loaded(qtbot, page, 4)

    target = page.model.entry(0).application_number  # today's number 3, e.g. ...-00003-XX
    qtbot.keyClicks(page.number_edit, target[:-3].lower())  # the prefix, typed in lower case
    qtbot.waitUntil(lambda: numbers(page) == [target])
    page.number_edit.setText(target[:7])  # "HN0001-": every row of this officer
    loaded(qtbot, page, 4)
    assert old[0] in {page.model.entry(r).application_id for r in range(4)}


def test_details_refused_for_an_officer(qtbot: QtBot, page: QueuePage, ui_ctx: UiContext) -> None:
    fill_outbox(ui_ctx.core, 1)
    page.apply_filters()
    loaded(qtbot, page, 1)
    page.select_row(0)

    assert not page.details_button.isEnabled()
    page.show_details()

    notice = ui_ctx.notices.current
    assert notice is not None and "supervisor" in notice.text
    assert page.detail_dialog is None


def test_details_shown_read_only_for_a_supervisor(
    qtbot: QtBot, page: QueuePage, ui_ctx: UiContext, screenshot: Screenshot
) -> None:
    core = ui_ctx.core
    seal_sample(core)
    log_in(ui_ctx, "super1")
    page.apply_filters()
    loaded(qtbot, page, 1)
    page.select_row(0)
    assert page.details_button.isEnabled()

    qtbot.keyClick(page.table, "\r")  # Enter opens the details
    qtbot.waitUntil(lambda: page.detail_dialog is not None)

    dialog = page.detail_dialog
    assert dialog is not None
    sample = sample_record(core.refdata, core.clock())
    assert dialog.value_of("Full name") == sample.applicant.full_name
    assert dialog.value_of("Personal ID number") == sample.applicant.id_number
    assert dialog.value_of("Application number") == page.model.entry(0).application_number
    assert dialog.portrait.pixmap() is not None and not dialog.portrait.pixmap().isNull()
    screenshot(dialog, "queue-detail")
    with core.database.reader_sessions()() as session:
        (event,) = session.scalars(
            select(AuditEvent).where(AuditEvent.action == AuditAction.VIEW_SEALED.value)
        )
    assert event.actor == "super1"
    dialog.close()


def test_retry_makes_failed_rows_due_wakes_the_engine_and_explains_exported_ones(
    qtbot: QtBot, page: QueuePage, ui_ctx: UiContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    core = ui_ctx.core
    woken: list[bool] = []
    monkeypatch.setattr(core.sync, "wake", lambda: woken.append(True))
    fill_outbox(core, 1, state=OutboxState.EXPORTED, first_sequence=10)
    (failed,) = fill_outbox(core, 1)
    later = core.clock() + dt.timedelta(hours=1)
    core.outbox.transition([failed], OutboxState.SENDING, batch_id="b")
    core.outbox.transition([failed], OutboxState.QUEUED, error="Unreachable", next_attempt_at=later)
    page.apply_filters()
    loaded(qtbot, page, 2)
    assert "Unreachable" in page.model.data(page.model.index(0, 5))
    page.select_row(1)  # the exported one alone: nothing to wake
    page.retry_button.click()
    notice = ui_ctx.notices.current
    assert notice is not None and "3 day(s)" in notice.text and woken == []

    page.table.selectAll()
    page.retry_button.click()

    qtbot.waitUntil(lambda: woken == [True])
    assert row_of(core, failed).next_attempt_at <= core.clock()
    notice = ui_ctx.notices.current
    assert notice is not None and "again now" in notice.text and "3 day(s)" in notice.text


def test_reopen_a_rejected_row_as_a_new_draft(
    qtbot: QtBot, page: QueuePage, ui_ctx: UiContext
) -> None:
    core = ui_ctx.core
    application_id = seal_sample(core)
    core.outbox.transition([application_id], OutboxState.SENDING, batch_id="b")
    core.outbox.apply_receipts(
        [Receipt(application_id, False, "photo_quality", "Ảnh chân dung bị mờ")]
    )
    page.apply_filters()
    loaded(qtbot, page, 1)
    page.select_row(0)
    assert page.reopen_button.isEnabled()

    page.reopen_button.click()
    box = page.reopen_box
    assert box is not None and "Ảnh chân dung bị mờ" in box.informativeText()
    accept = next(
        b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole
    )
    with qtbot.waitSignal(page.draft_opened, timeout=10_000) as opened:
        accept.click()

    new_id = opened.args[0]
    assert new_id != application_id
    draft = core.drafts.load(new_id)
    assert draft.applicant == sample_record(core.refdata, core.clock()).applicant
    assert draft.meta.application_number is None
    assert core.drafts.attachment(new_id, "portrait") == portrait_bytes()


def test_a_reopened_row_is_marked_and_cannot_be_reopened_twice(
    qtbot: QtBot, qtmodeltester, page: QueuePage, ui_ctx: UiContext, screenshot: Screenshot
) -> None:
    core = ui_ctx.core
    application_id = seal_sample(core)
    core.outbox.transition([application_id], OutboxState.SENDING, batch_id="b")
    core.outbox.apply_receipts([Receipt(application_id, False, "photo", "Ảnh bị mờ")])
    page.apply_filters()
    page.show()
    loaded(qtbot, page, 1)
    page.select_row(0)
    page.reopen_button.click()
    box = page.reopen_box
    assert box is not None
    accept = next(
        b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole
    )
    with qtbot.waitSignal(page.draft_opened, timeout=10_000) as opened:
        accept.click()
    new_id = opened.args[0]

    # The page refreshed itself: the rejected row says it was re-opened, when and by whom.
    model = page.model
    qtbot.waitUntil(lambda: model.rowCount() == 1 and model.entry(0).reopened)
    entry = model.entry(0)
    assert entry.reopened_as == new_id and entry.reopened_by == "officer1"
    assert model.data(model.index(0, 3)) == "Rejected, re-opened"
    when = local_time(entry.reopened_at) if entry.reopened_at else ""
    problem = model.data(model.index(0, 5))
    assert problem.startswith(f"Re-opened as a new draft on {when} by officer1")
    assert "Register: Ảnh bị mờ" in problem
    assert "Ảnh bị mờ" in model.data(model.index(0, 3), Qt.ItemDataRole.ToolTipRole)
    assert model.data(model.index(0, 5), Qt.ItemDataRole.ForegroundRole) is not None
    qtmodeltester.check(model)
    page.select_row(0)
    assert not page.reopen_button.isEnabled()
    assert page.reopen_button.toolTip().startswith("Already re-opened: Re-opened as a new draft")
    screenshot(page, "queue-reopened")

    page.reopen_current()  # reached anyway: refused with the reason, no question asked
    assert page.reopen_box is None
    notice = ui_ctx.notices.current
    assert notice is not None and "cannot be re-opened twice" in notice.text
    assert [d.application_id for d in core.drafts.unfinished()] == [new_id]

    # Once the new draft is sealed, the rejected row names the new application.
    receipt = core.sealer().seal(new_id, "officer1")
    page.refresh()
    qtbot.waitUntil(lambda: model.rowCount() == 2 and not model.is_loading)
    rejected = next(r for r in range(2) if model.entry(r).application_id == application_id)
    assert model.data(model.index(rejected, 5)).startswith(
        f"Re-opened as {receipt.application_number} on {when} by officer1"
    )
    log_in(ui_ctx, "super1")
    page.select_row(rejected)
    page.show_details()
    qtbot.waitUntil(lambda: page.detail_dialog is not None)
    dialog = page.detail_dialog
    assert dialog is not None
    assert dialog.value_of("State") == "Rejected, re-opened"
    assert receipt.application_number in dialog.value_of("Re-opened")
    dialog.close()


def test_two_reopens_from_stale_screens_make_one_draft(
    qtbot: QtBot, page: QueuePage, ui_ctx: UiContext
) -> None:
    """Another desk re-opened it after this screen loaded: the core refuses, the notice says so."""
    core = ui_ctx.core
    application_id = seal_sample(core)
    core.outbox.transition([application_id], OutboxState.SENDING, batch_id="b")
    core.outbox.apply_receipts([Receipt(application_id, False, "photo", "Ảnh bị mờ")])
    page.apply_filters()
    loaded(qtbot, page, 1)
    first = reopen(core, application_id, "super1")  # elsewhere, meanwhile
    page.select_row(0)
    assert page.reopen_button.isEnabled()  # this screen does not know yet

    page.reopen_button.click()
    box = page.reopen_box
    assert box is not None
    accept = next(
        b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole
    )
    accept.click()

    qtbot.waitUntil(
        lambda: (
            ui_ctx.notices.current is not None and "đã được mở lại" in ui_ctx.notices.current.text
        )
    )
    notice = ui_ctx.notices.current
    assert notice is not None and "super1" in notice.text
    assert [d.application_id for d in core.drafts.unfinished()] == [first]


def test_reopen_is_only_offered_for_rejected_rows(
    qtbot: QtBot, page: QueuePage, ui_ctx: UiContext
) -> None:
    fill_outbox(ui_ctx.core, 1)
    page.apply_filters()
    loaded(qtbot, page, 1)
    page.select_row(0)

    assert not page.reopen_button.isEnabled()
    page.reopen_current()
    assert page.reopen_box is None
    assert ui_ctx.notices.current is not None


def test_sync_progress_refreshes_the_table_at_most_once_a_second(
    qtbot: QtBot, page: QueuePage, ui_ctx: UiContext
) -> None:
    core = ui_ctx.core
    (application_id,) = fill_outbox(core, 1)
    page.show()
    page.apply_filters()
    loaded(qtbot, page, 1)
    page.select_row(0)
    refreshes: list[bool] = []
    page.model.loaded.connect(lambda: refreshes.append(True))

    core.outbox.transition([application_id], OutboxState.SENDING, batch_id="b")
    for _ in range(5):
        ui_ctx.sync_events.progress.emit(SyncProgress(SyncPhase.SENDING))

    qtbot.waitUntil(lambda: page.model.entry(0).state is OutboxState.SENDING, timeout=3000)
    assert refreshes == [True]
    assert [e.application_id for e in page.selected_entries()] == [application_id]


# ---------------------------------------------------------------------------- USB export


def test_export_dialog_writes_the_file_and_marks_the_rows(
    qtbot: QtBot, ui_ctx: UiContext, tmp_path: Path, screenshot: Screenshot
) -> None:
    core = ui_ctx.core
    ids = [seal_sample(core), seal_sample(core)]
    dialog = ExportDialog(ui_ctx, None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.plan is not None)
    assert dialog.plan is not None and dialog.plan.applications == 2
    assert "2 application(s)" in dialog.summary_label.text()
    assert not dialog.export_button.isEnabled()  # no folder yet

    drive = tmp_path / "usb"
    drive.mkdir()
    dialog.set_folder(drive)
    qtbot.waitUntil(dialog.export_button.isEnabled)
    screenshot(dialog, "export")
    with qtbot.waitSignal(dialog.exported, timeout=20_000) as done:
        dialog.export_button.click()

    result = done.args[0]
    assert result.applications == 2 and result.path.exists()
    assert result.path.parent == drive
    assert {row_of(core, i).state for i in ids} == {OutboxState.EXPORTED}
    assert "Exported 2 application(s)" in dialog.status_label.text()
    assert not dialog.export_button.isEnabled()
    qtbot.waitUntil(lambda: ui_ctx.tasks.running == 0)


def test_export_dialog_reports_a_drive_it_cannot_write(
    qtbot: QtBot, ui_ctx: UiContext, tmp_path: Path
) -> None:
    core = ui_ctx.core
    (application_id,) = fill_outbox(core, 1)
    not_a_folder = tmp_path / "removed-drive"
    not_a_folder.write_bytes(b"")
    dialog = ExportDialog(ui_ctx, None)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.plan is not None)
    dialog.set_folder(not_a_folder / "sub")
    qtbot.waitUntil(lambda: "cannot be read" in dialog.space_label.text())
    assert not dialog.export_button.isEnabled()

    dialog.set_folder(not_a_folder)  # readable, but no folder can be made under a file
    qtbot.waitUntil(dialog.export_button.isEnabled)
    dialog.export_button.click()
    qtbot.waitUntil(lambda: "USB" in dialog.status_label.text())

    assert "another drive" in dialog.status_label.text() or "thiết bị khác" in (
        dialog.status_label.text()
    )
    assert dialog.export_button.text() == "&Try again"
    assert row_of(core, application_id).state == OutboxState.QUEUED
    qtbot.waitUntil(lambda: ui_ctx.tasks.running == 0)


def test_export_of_selected_rows_leaves_out_finished_ones(
    qtbot: QtBot, page: QueuePage, ui_ctx: UiContext
) -> None:
    core = ui_ctx.core
    fill_outbox(core, 1, state=OutboxState.ACCEPTED, first_sequence=10)
    fill_outbox(core, 1, first_sequence=20)
    page.apply_filters()
    loaded(qtbot, page, 2)
    page.table.selectAll()

    page.export_button.click()

    dialog = page.export_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.plan is not None)
    assert dialog.plan is not None
    assert (dialog.plan.applications, dialog.plan.left_out) == (1, 1)
    assert "left out" in dialog.summary_label.text()
    dialog.close()
