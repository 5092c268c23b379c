"""Supervisor review: held applications approved (several at once) or rejected with a reason."""

from __future__ import annotations

import dataclasses
import gc
import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from station.audit import AuditAction
from station.outbox import SUPERVISOR_REJECTED
from station.record import PortraitRef
from station.samples import sample_record
from station.sealing import Sealer
from station.services import StationCore
from station.storage.schema import AuditEvent, OutboxRow, OutboxState
from ui.context import UiContext
from ui.queue.core_calls import supervisor_review
from ui.queue.labels import local_zone
from ui.review.dialogs import DaySummaryDialog
from ui.review.models import DaySummaryModel, HeldModel
from ui.review.page import ReviewQueuePage

PASSWORD = "Officer-pass-2026"
Screenshot = Callable[[QWidget, str], Path]


def seal_held(core: StationCore, officer_id: str = "officer1") -> str:
    """Seal the sample application with supervisor approval on; its application id."""
    enrolment = core.sync_state.enrolment()
    assert enrolment is not None
    sealer = Sealer(
        core.writer,
        core.database.reader_sessions(),
        core.secrets,
        enrolment.register_key(),
        core.audit,
        core.validation_context,
        core.clock,
        hold_for_review=True,
    )
    draft = core.drafts.start(officer_id, core.station_code)
    application_id = draft.meta.application_id
    digest = core.drafts.put_attachment(application_id, "portrait", os.urandom(500))
    now = core.clock()
    record = dataclasses.replace(
        sample_record(core.refdata, now),
        meta=draft.meta,
        portrait=PortraitRef("portrait", digest, now),
    )
    core.drafts.save(record)
    sealer.seal(application_id, officer_id)
    return application_id


def row_of(core: StationCore, application_id: str) -> OutboxRow:
    with core.database.reader_sessions()() as session:
        row = session.get(OutboxRow, application_id)
        assert row is not None
        return row


def audited(core: StationCore, action: AuditAction) -> list[AuditEvent]:
    with core.database.reader_sessions()() as session:
        return list(session.scalars(select(AuditEvent).where(AuditEvent.action == action.value)))


@pytest.fixture(autouse=True)
def _collect_on_the_gui_thread() -> Iterator[None]:
    """Collect each test's Qt objects on the GUI thread, not on a worker later."""
    yield
    gc.collect()


@pytest.fixture
def supervisor(ui_ctx: UiContext) -> UiContext:
    ui_ctx.session.log_in(ui_ctx.core.accounts.login("super1", PASSWORD))
    return ui_ctx


def make_page(qtbot: QtBot, ctx: UiContext) -> ReviewQueuePage:
    page = ReviewQueuePage(ctx)
    qtbot.addWidget(page)
    page.resize(1000, 600)
    return page


def test_models_pass_the_model_tester(qtmodeltester, supervisor: UiContext) -> None:
    held = HeldModel()
    qtmodeltester.check(held)
    seal_held(supervisor.core)
    review = supervisor_review(supervisor.core)
    held.set_entries(review.held())
    assert held.rowCount() == 1
    summary = DaySummaryModel()
    qtmodeltester.check(summary)
    today = supervisor.core.clock().astimezone(local_zone()).date()
    summary.set_summary(review.day_summary(today, local_zone()), {"officer1": "Nguyễn Văn An"})
    assert summary.rowCount() == 2
    assert summary.data(summary.index(0, 0)) == "Nguyễn Văn An (officer1)"
    assert summary.data(summary.index(1, 0)) == "Total"


def test_an_officer_cannot_review(qtbot: QtBot, ui_ctx: UiContext) -> None:
    seal_held(ui_ctx.core)
    page = make_page(qtbot, ui_ctx)

    assert "Only a supervisor" in page.heading.text()
    assert page.model.rowCount() == 0
    assert not page.approve_button.isEnabled()
    assert not page.summary_button.isEnabled()


def test_approve_several_at_once(
    qtbot: QtBot, supervisor: UiContext, monkeypatch: pytest.MonkeyPatch, screenshot: Screenshot
) -> None:
    core = supervisor.core
    woken: list[bool] = []
    monkeypatch.setattr(core.sync, "wake", lambda: woken.append(True))
    ids = [seal_held(core), seal_held(core, "super1"), seal_held(core)]
    page = make_page(qtbot, supervisor)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    assert "3 application(s) waiting" in page.heading.text()
    page.select_rows([0, 1])
    assert page.approve_button.text() == "&Approve 2"
    screenshot(page, "review")

    page.approve_button.click()

    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert [row_of(core, i).state for i in ids] == [
        OutboxState.QUEUED,
        OutboxState.QUEUED,
        OutboxState.HELD,
    ]
    assert woken == [True]
    assert [e.actor for e in audited(core, AuditAction.REVIEW_APPROVE)] == ["super1", "super1"]
    qtbot.waitUntil(lambda: supervisor.tasks.running == 0)


def test_reject_requires_a_reason_and_records_it(qtbot: QtBot, supervisor: UiContext) -> None:
    core = supervisor.core
    application_id = seal_held(core)
    page = make_page(qtbot, supervisor)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.select_rows([0])

    page.reject_button.click()
    dialog = page.reject_dialog
    assert dialog is not None
    assert not dialog.reject_button.isEnabled()
    qtbot.keyClicks(dialog.reason_edit, "   ")
    assert not dialog.reject_button.isEnabled()
    dialog.reason_edit.setPlainText("Ảnh chân dung bị mờ, chụp lại")  # typed through the IME
    assert dialog.reject_button.isEnabled()
    dialog.reject_button.click()

    qtbot.waitUntil(lambda: page.model.rowCount() == 0)
    row = row_of(core, application_id)
    assert row.state == OutboxState.REJECTED
    assert row.reason_code == SUPERVISOR_REJECTED
    assert row.reason_text == "Ảnh chân dung bị mờ, chụp lại"
    (event,) = audited(core, AuditAction.REVIEW_REJECT)
    assert event.actor == "super1" and "mờ" not in event.detail
    qtbot.waitUntil(lambda: supervisor.tasks.running == 0)


def test_details_of_a_held_application(qtbot: QtBot, supervisor: UiContext) -> None:
    seal_held(supervisor.core)
    page = make_page(qtbot, supervisor)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.select_rows([0])

    page.details_button.click()

    qtbot.waitUntil(lambda: page.detail_dialog is not None)
    dialog = page.detail_dialog
    assert dialog is not None
    assert dialog.value_of("State") == "Held for review"
    assert (
        dialog.value_of("Full name")
        == sample_record(supervisor.core.refdata, supervisor.core.clock()).applicant.full_name
    )
    dialog.close()


def test_day_summary_dialog(qtbot: QtBot, supervisor: UiContext, screenshot: Screenshot) -> None:
    core = supervisor.core
    first, second, third = seal_held(core), seal_held(core), seal_held(core, "super1")
    page = make_page(qtbot, supervisor)
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    supervisor_review(core).approve([first], "super1")
    supervisor_review(core).reject(second, "super1", "thiếu giấy tờ")

    page.summary_button.click()
    dialog = page.summary_dialog
    assert isinstance(dialog, DaySummaryDialog)
    qtbot.waitUntil(lambda: dialog.summary is not None)

    assert dialog.summary is not None
    total = dialog.summary.total
    assert (total.sealed, total.approved, total.rejected_by_supervisor, total.held) == (3, 1, 1, 1)
    model = dialog.model
    assert model.rowCount() == 3  # officer1, super1, total
    assert model.data(model.index(0, 0)) == "Nguyễn Văn An (officer1)"
    assert [model.data(model.index(2, c)) for c in range(1, 5)] == ["3", "1", "1", "1"]
    screenshot(dialog, "day-summary")
    assert third
    dialog.close()
    qtbot.waitUntil(lambda: supervisor.tasks.running == 0)
