"""The wizard frame (with stand-in pages) and step 1, kind and reason."""

from __future__ import annotations

import dataclasses
import datetime as dt
import threading
from collections.abc import Callable
from functools import partial

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QMessageBox, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from station.record import ApplicationKind, ApplicationReason
from station.sealing import SealReceipt
from station.storage.diskguard import DiskFullError
from ui.context import UiContext
from ui.intake.kind_page import KindPage, reasons_of
from ui.intake.page import WizardPage
from ui.intake.state import IntakeState
from ui.intake.wizard import IntakeWizard, PageFactory
from ui.notifications import NoticeLevel

STEPS = 6


class StandInPage(WizardPage):
    """A step with one text field stored in the record's reason note, counting enter/leave."""

    def __init__(self, ctx: UiContext, state: IntakeState, parent: QWidget | None = None) -> None:
        super().__init__(ctx, state, parent)
        self.edit = QLineEdit(self)
        self.edit.setObjectName("standInEdit")
        self.entered = 0
        self.left = 0
        self.allow_leave = True
        self.focused: str | None = None
        self.edit.textEdited.connect(
            lambda text: state.update(dataclasses.replace(state.record, reason_note=text))
        )

    def title(self) -> str:
        return type(self).__name__

    def enter(self) -> None:
        self.entered += 1
        self.edit.setText(self.state.record.reason_note)
        self.edit.setFocus()

    def can_leave(self) -> bool:
        return self.allow_leave

    def leave(self) -> None:
        self.left += 1


class StandInForm(StandInPage):
    """The form step: remembers which field it was asked to show."""

    def focus_field(self, path: str) -> None:
        self.focused = path


def stand_ins() -> list[PageFactory]:
    """Six stand-in steps; the third is the form."""
    names = ["Kind", "Identify", "Form", "Portrait", "Review", "Seal"]
    return [type(name, (StandInForm if name == "Form" else StandInPage,), {}) for name in names]


def has_focus(widget: QWidget) -> bool:
    """The widget holds its window's focus (the notice bar, a window of its own in these
    tests, may have taken the activation)."""
    return widget.window().focusWidget() is widget


@pytest.fixture
def make_wizard(qtbot: QtBot, ui_ctx: UiContext) -> Callable[..., IntakeWizard]:
    """Build, show and activate a wizard with a new draft on step 1."""

    def make(pages: list[PageFactory] | None = None) -> IntakeWizard:
        wizard = IntakeWizard(ui_ctx, pages=pages if pages is not None else stand_ins())
        # The last autosave lands before the wizard (and its state) goes.
        qtbot.addWidget(wizard, before_close_func=partial(settle, qtbot))
        wizard.resize(1280, 720)
        with qtbot.waitActive(wizard):
            wizard.show()
            wizard.activateWindow()
        wizard.start_new()
        qtbot.waitUntil(lambda: wizard.state is not None, timeout=5000)
        return wizard

    return make


def settle(qtbot: QtBot, wizard: QWidget) -> None:
    """Wait until the wizard's draft has no save pending."""
    state = wizard.state if isinstance(wizard, IntakeWizard) else None
    if state is not None:
        state.save_now()
        qtbot.waitUntil(lambda: not state.dirty, timeout=5000)


def page(wizard: IntakeWizard) -> StandInPage:
    current = wizard.current_page()
    assert isinstance(current, StandInPage)
    return current


def enabled_steps(wizard: IntakeWizard) -> list[int]:
    items = [wizard.step_list.item(i) for i in range(wizard.step_list.count())]
    return [i for i, item in enumerate(items) if item.flags() & Qt.ItemFlag.ItemIsEnabled]


def test_a_new_draft_opens_on_step_one(
    make_wizard: Callable[..., IntakeWizard], ui_ctx: UiContext, qtmodeltester: ModelTester
) -> None:
    wizard = make_wizard()
    assert wizard.current_index == 0
    assert wizard.step_list.count() == STEPS
    assert enabled_steps(wizard) == [0]
    assert not wizard.back_button.isEnabled() and wizard.next_button.isEnabled()
    assert page(wizard).entered == 1
    assert "Kind" in wizard.title_label.text()
    state = wizard.state
    assert state is not None
    assert state.record.meta.officer_id == "officer1"
    assert ui_ctx.core.drafts.load(state.application_id) == state.record
    qtmodeltester.check(wizard.step_list.model())  # type: ignore[no-untyped-call]


def test_back_and_next_keep_what_was_typed(
    qtbot: QtBot, make_wizard: Callable[..., IntakeWizard]
) -> None:
    wizard = make_wizard()
    first = page(wizard)
    QTest.keyClicks(first.edit, "doi ")
    first.edit.insert("tên")  # QTest types ASCII only; insert() edits like the keyboard
    assert wizard.next()
    assert first.left == 1 and wizard.current_index == 1
    assert wizard.back()
    assert wizard.current_index == 0
    assert first.edit.text() == "doi tên"
    state = wizard.state
    assert state is not None and state.record.reason_note == "doi tên"
    qtbot.waitUntil(lambda: not state.dirty, timeout=5000)
    assert wizard.ctx.core.drafts.load(state.application_id).reason_note == "doi tên"


def test_enter_advances_and_a_page_can_hold_the_officer_back(
    qtbot: QtBot, make_wizard: Callable[..., IntakeWizard]
) -> None:
    wizard = make_wizard()
    QTest.keyClick(page(wizard).edit, Qt.Key.Key_Return)
    assert wizard.current_index == 1
    page(wizard).allow_leave = False
    QTest.keyClick(page(wizard).edit, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    assert wizard.current_index == 1
    wizard.next_button.click()
    assert wizard.current_index == 1
    wizard.back_button.click()  # going back is always allowed
    assert wizard.current_index == 0


def test_shortcuts_move_between_reachable_steps(
    qtbot: QtBot, make_wizard: Callable[..., IntakeWizard]
) -> None:
    wizard = make_wizard()
    QTest.keyClick(page(wizard).edit, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    QTest.keyClick(page(wizard).edit, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert wizard.current_index == 2
    assert enabled_steps(wizard) == [0, 1, 2]
    QTest.keyClick(page(wizard).edit, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert wizard.current_index == 1
    QTest.keyClick(page(wizard).edit, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert wizard.current_index == 0
    QTest.keyClick(page(wizard).edit, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    assert wizard.current_index == 0  # step 6 was never reached
    QTest.keyClick(page(wizard).edit, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert wizard.current_index == 2


def test_clicking_a_visited_step_jumps_there(
    qtbot: QtBot, make_wizard: Callable[..., IntakeWizard]
) -> None:
    wizard = make_wizard()
    wizard.next()
    wizard.next()
    wizard.back()
    wizard.back()
    rect = wizard.step_list.visualItemRect(wizard.step_list.item(2))
    QTest.mouseClick(
        wizard.step_list.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        rect.center(),
    )
    assert wizard.current_index == 2
    rect = wizard.step_list.visualItemRect(wizard.step_list.item(4))
    QTest.mouseClick(
        wizard.step_list.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
        rect.center(),
    )
    assert wizard.current_index == 2
    assert wizard.step_list.currentRow() == 2


def test_go_to_field_opens_the_form_and_focuses_the_field(
    make_wizard: Callable[..., IntakeWizard],
) -> None:
    wizard = make_wizard()
    wizard.next()
    wizard.go_to_field("applicant.full_name")
    assert wizard.current_index == 2
    assert page(wizard).focused == "applicant.full_name"


def test_hiding_the_wizard_leaves_the_page_and_showing_enters_it(
    qtbot: QtBot, make_wizard: Callable[..., IntakeWizard]
) -> None:
    wizard = make_wizard()
    first = page(wizard)
    wizard.hide()
    assert first.left == 1
    wizard.show()
    assert first.entered == 2


def test_after_sealing_only_the_last_step_is_reachable_and_ctrl_n_starts_anew(
    qtbot: QtBot, make_wizard: Callable[..., IntakeWizard]
) -> None:
    wizard = make_wizard()
    for _ in range(STEPS - 1):
        assert wizard.next()
    state = wizard.state
    assert state is not None
    receipt = SealReceipt(state.application_id, "HN0001-TEST", dt.datetime.now(dt.UTC), "0" * 64, 1)
    with qtbot.waitSignal(wizard.sealed) as sealed:
        state.mark_sealed(receipt)
    assert sealed.args == [receipt]
    assert enabled_steps(wizard) == [STEPS - 1]
    assert not wizard.back_button.isEnabled() and not wizard.discard_button.isEnabled()
    assert not wizard.back() and not wizard.go_to(0)
    QTest.keyClick(page(wizard).edit, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: wizard.state is not state and wizard.state is not None, timeout=5000)
    assert wizard.current_index == 0
    assert enabled_steps(wizard) == [0]


def test_sealing_hands_the_memory_freed_meanwhile_back_to_the_system(
    make_wizard: Callable[..., IntakeWizard], monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[str] = []

    def release() -> bool:
        calls.append("trim")
        return True

    monkeypatch.setattr("ui.intake.wizard.release_free_memory", release)
    wizard = make_wizard()
    state = wizard.state
    assert state is not None and not calls
    state.mark_sealed(SealReceipt(state.application_id, "N", dt.datetime.now(dt.UTC), "", 1))
    assert len(calls) == 1


def test_old_pages_live_on_hidden_until_no_task_can_call_back_into_them(
    qtbot: QtBot, make_wizard: Callable[..., IntakeWizard], ui_ctx: UiContext
) -> None:
    wizard = make_wizard()
    old = page(wizard)
    release = threading.Event()
    ui_ctx.tasks.run(lambda: release.wait(10))  # e.g. a camera scan still winding down
    state = wizard.state
    assert state is not None
    state.mark_sealed(SealReceipt(state.application_id, "N", dt.datetime.now(dt.UTC), "", 1))
    wizard.next_citizen()
    qtbot.waitUntil(lambda: wizard.state is not state and wizard.state is not None, timeout=5000)
    assert shiboken6.isValid(old) and not old.isVisible()
    release.set()
    qtbot.waitUntil(lambda: not shiboken6.isValid(old), timeout=5000)


def test_closing_keeps_a_draft_but_not_a_sealed_application(
    qtbot: QtBot, make_wizard: Callable[..., IntakeWizard]
) -> None:
    wizard = make_wizard()
    state = wizard.state
    assert state is not None
    with qtbot.waitSignal(wizard.finished):
        wizard.close_button.click()
    assert wizard.state is state and page(wizard).left == 1
    for _ in range(STEPS - 1):
        wizard.next()
    receipt = SealReceipt(state.application_id, "HN0001-TEST", dt.datetime.now(dt.UTC), "0" * 64, 1)
    state.mark_sealed(receipt)
    with qtbot.waitSignal(wizard.finished):
        wizard.close_button.click()
    assert wizard.state is None and wizard.step_list.count() == 0


def test_discarding_asks_first_then_drops_the_draft(
    qtbot: QtBot, make_wizard: Callable[..., IntakeWizard], ui_ctx: UiContext
) -> None:
    wizard = make_wizard()
    state = wizard.state
    assert state is not None
    QTest.keyClicks(page(wizard).edit, "x")  # an unsaved edit: the discard waits for it

    wizard.discard_button.click()
    box = wizard.findChild(QMessageBox, "discardConfirm")
    assert box is not None and box.isVisible()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert wizard.state is state

    wizard.discard_button.click()
    box = wizard.findChild(QMessageBox, "discardConfirm")
    assert box is not None
    with qtbot.waitSignal(wizard.finished, timeout=5000):
        box.button(QMessageBox.StandardButton.Discard).click()
    assert wizard.state is None
    assert ui_ctx.core.drafts.unfinished() == []
    notices = ui_ctx.notices.history
    assert not any(n.level is NoticeLevel.ERROR for n in notices)


def test_a_full_disk_refuses_a_new_draft_with_its_message(
    qtbot: QtBot, ui_ctx: UiContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ui_ctx.core.disk, "_free_bytes", lambda _path: 0)
    wizard = IntakeWizard(ui_ctx, pages=stand_ins())
    qtbot.addWidget(wizard)
    wizard.show()
    with qtbot.waitSignal(wizard.finished, timeout=5000):
        wizard.start_new()
    assert wizard.state is None
    notice = ui_ctx.notices.current
    assert notice is not None and notice.level is NoticeLevel.ERROR
    assert notice.text == DiskFullError(0).message("vi")


def test_resume_opens_the_saved_draft(qtbot: QtBot, ui_ctx: UiContext) -> None:
    drafts = ui_ctx.core.drafts
    record = drafts.start("officer1", ui_ctx.core.station_code)
    drafts.save(dataclasses.replace(record, reason_note="tiếp tục"))
    wizard = IntakeWizard(ui_ctx, pages=stand_ins())
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.resume(record.meta.application_id)
    qtbot.waitUntil(lambda: wizard.state is not None, timeout=5000)
    assert page(wizard).edit.text() == "tiếp tục"


# ------------------------------------------------------------------ step 1: kind and reason


def kind_step(make_wizard: Callable[..., IntakeWizard]) -> tuple[IntakeWizard, KindPage]:
    wizard = make_wizard([KindPage, *stand_ins()[1:]])
    current = wizard.current_page()
    assert isinstance(current, KindPage)
    return wizard, current


def kind_of(state: IntakeState) -> ApplicationKind:
    return state.record.kind


def reasons_listed(kind_page: KindPage) -> list[ApplicationReason]:
    combo = kind_page.reason_combo
    return [ApplicationReason(combo.itemData(i)) for i in range(combo.count())]


def test_kind_page_lists_only_the_reasons_of_the_chosen_kind(
    qtbot: QtBot, make_wizard: Callable[..., IntakeWizard]
) -> None:
    wizard, kind_page = kind_step(make_wizard)
    state = wizard.state
    assert state is not None
    assert kind_page.kind_buttons[ApplicationKind.FIRST_ISSUE].isChecked()
    assert reasons_listed(kind_page) == [ApplicationReason.FIRST_ISSUE]

    kind_page.kind_buttons[ApplicationKind.REISSUE].click()
    assert reasons_listed(kind_page) == reasons_of(ApplicationKind.REISSUE)
    assert kind_of(state) is ApplicationKind.REISSUE
    assert state.record.reason is ApplicationReason.LOST_CARD

    kind_page.kind_buttons[ApplicationKind.EXCHANGE].click()
    assert len(reasons_listed(kind_page)) == 6
    assert ApplicationReason.LOST_CARD not in reasons_listed(kind_page)
    assert kind_of(state) is ApplicationKind.EXCHANGE


def test_kind_page_is_keyboard_friendly_and_asks_for_a_note_when_needed(
    qtbot: QtBot,
    make_wizard: Callable[..., IntakeWizard],
    screenshot: Callable[[QWidget, str], object],
) -> None:
    wizard, kind_page = kind_step(make_wizard)
    state = wizard.state
    assert state is not None
    first = kind_page.kind_buttons[ApplicationKind.FIRST_ISSUE]
    assert has_focus(first)
    QTest.keyClick(first, Qt.Key.Key_Down)  # arrows move between the kinds
    assert kind_of(state) is ApplicationKind.EXCHANGE

    combo = kind_page.reason_combo
    index = combo.findData(ApplicationReason.DATA_CHANGED.value)
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    assert state.record.reason is ApplicationReason.DATA_CHANGED
    assert kind_page.hint_label.isVisible()
    assert "lý do" in kind_page.hint_label.text().lower()

    kind_page.note_edit.setFocus()
    kind_page.note_edit.insert("Đổi họ tên")  # as typed (QTest types ASCII only)
    assert state.record.reason_note == "Đổi họ tên"
    assert not kind_page.hint_label.isVisible()
    screenshot(wizard, "intake-1-kind")

    QTest.keyClick(kind_page.note_edit, Qt.Key.Key_Return)  # Enter goes on to step 2
    assert wizard.current_index == 1
    wizard.back()
    assert kind_page.kind_buttons[ApplicationKind.EXCHANGE].isChecked()
    assert combo.currentData() == ApplicationReason.DATA_CHANGED.value
    assert kind_page.note_edit.text() == "Đổi họ tên"


def test_go_to_field_reaches_the_reason_on_step_one(
    make_wizard: Callable[..., IntakeWizard],
) -> None:
    wizard, kind_page = kind_step(make_wizard)
    wizard.next()
    wizard.next()
    wizard.go_to_field("reason_note")
    assert wizard.current_index == 0
    assert has_focus(kind_page.note_edit)
    wizard.go_to_field("applicant.full_name")  # any other field is the form's
    assert wizard.current_index == 2
    assert page(wizard).focused == "applicant.full_name"
