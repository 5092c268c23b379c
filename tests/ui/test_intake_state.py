"""The wizard's shared state autosaves the draft off the GUI thread and keeps failed saves."""

from __future__ import annotations

import dataclasses

from pytestqt.qtbot import QtBot

from ui.context import UiContext
from ui.intake.state import IntakeState


def test_an_edit_is_autosaved_to_the_encrypted_draft(qtbot: QtBot, ui_ctx: UiContext) -> None:
    drafts = ui_ctx.core.drafts
    record = drafts.start(ui_ctx.session.officer_id, ui_ctx.core.station_code)
    state = IntakeState(ui_ctx, record)
    edited = dataclasses.replace(
        record, applicant=dataclasses.replace(record.applicant, full_name="Lê Thị Hoa")
    )
    with qtbot.waitSignal(state.saved, timeout=5000):
        state.update(edited)
    assert drafts.load(record.meta.application_id).applicant.full_name == "Lê Thị Hoa"
    assert not state.dirty


def test_an_unchanged_record_schedules_no_save(qtbot: QtBot, ui_ctx: UiContext) -> None:
    record = ui_ctx.core.drafts.start(ui_ctx.session.officer_id, ui_ctx.core.station_code)
    state = IntakeState(ui_ctx, record)
    state.update(record)
    assert not state.dirty
