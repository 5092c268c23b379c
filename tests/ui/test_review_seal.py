"""Steps 5 and 6: the review with its findings, sealing, and the appointment slip."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from functools import partial
from pathlib import Path

import cv2
import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QCheckBox, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from station.record import (
    ApplicationReason,
    ApplicationRecord,
    Biometrics,
    ChipReadRef,
    PortraitRef,
)
from station.samples import sample_record
from station.sealing import SealReceipt, SealRefusedError
from station.services import NotEnrolledError
from station.storage.schema import OutboxState
from ui.context import UiContext
from ui.intake.page import WizardPage
from ui.intake.review_page import ReviewPage
from ui.intake.seal_page import SealPage
from ui.intake.state import IntakeState
from ui.intake.wizard import IntakeWizard, PageFactory
from ui.notifications import NoticeLevel

documents = pytest.importorskip(
    "ui.printing.documents", reason="the printing API (H3) is not in this tree yet"
)


def portrait_jpeg() -> bytes:
    """A small 2:3 JPEG standing in for the captured portrait."""
    image = np.full((300, 200, 3), 230, dtype=np.uint8)
    cv2.circle(image, (100, 120), 55, (150, 180, 220), -1)
    ok, encoded = cv2.imencode(".jpg", image)
    assert ok
    return encoded.tobytes()


def sealable_draft(ctx: UiContext, **changes: object) -> ApplicationRecord:
    """A stored draft holding the complete sample application and a portrait attachment.

    As register/simstation.py prepares one; *changes* replace fields of the record.
    """
    drafts = ctx.core.drafts
    draft = drafts.start("officer1", ctx.core.station_code)
    now = ctx.core.clock()
    digest = drafts.put_attachment(draft.meta.application_id, "portrait", portrait_jpeg())
    record = dataclasses.replace(
        sample_record(ctx.core.refdata, now),
        meta=draft.meta,
        portrait=PortraitRef("portrait", digest, now),
    )
    record = dataclasses.replace(record, **changes)  # type: ignore[arg-type]
    drafts.save(record)
    return drafts.load(draft.meta.application_id)


class StandInForm(WizardPage):
    """The form step: remembers which field it was asked to show."""

    def __init__(self, ctx: UiContext, state: IntakeState, parent: QWidget | None = None) -> None:
        super().__init__(ctx, state, parent)
        self.focused: str | None = None

    def title(self) -> str:
        return "Form"

    def focus_field(self, path: str) -> None:
        self.focused = path


def has_focus(widget: QWidget) -> bool:
    """The widget holds its window's focus (the notice bar, a window of its own in these
    tests, may have taken the activation)."""
    return widget.window().focusWidget() is widget


@pytest.fixture
def open_wizard(qtbot: QtBot, ui_ctx: UiContext) -> Callable[..., IntakeWizard]:
    """A wizard of form, review and seal on a saved draft, shown on the form step."""

    def make(record: ApplicationRecord) -> IntakeWizard:
        pages: list[PageFactory] = [StandInForm, ReviewPage, SealPage]
        wizard = IntakeWizard(ui_ctx, pages=pages)
        qtbot.addWidget(wizard, before_close_func=partial(settle, qtbot))
        wizard.resize(1280, 720)
        with qtbot.waitActive(wizard):
            wizard.show()
            wizard.activateWindow()
        wizard.resume(record.meta.application_id)
        qtbot.waitUntil(lambda: wizard.state is not None, timeout=5000)
        return wizard

    return make


def settle(qtbot: QtBot, wizard: QWidget) -> None:
    """Let the last autosave land before the wizard (and its state) goes."""
    state = wizard.state if isinstance(wizard, IntakeWizard) else None
    if state is not None:
        state.save_now()
        qtbot.waitUntil(lambda: not state.dirty, timeout=5000)


def content_of(review: ReviewPage) -> QWidget:
    content = review.scroll_area.widget()
    assert content is not None
    return content


def review_of(wizard: IntakeWizard) -> ReviewPage:
    assert wizard.next()
    page = wizard.current_page()
    assert isinstance(page, ReviewPage)
    return page


def test_a_valid_application_reviews_clean_with_its_portrait_and_chip_marks(
    qtbot: QtBot,
    ui_ctx: UiContext,
    open_wizard: Callable[..., IntakeWizard],
    screenshot: Callable[[QWidget, str], object],
) -> None:
    now = ui_ctx.core.clock()
    chip = ChipReadRef("read-1", "0" * 64, now, "valid", frozenset({"applicant.full_name"}))
    record = sealable_draft(ui_ctx, chip_read=chip, biometrics=Biometrics())
    wizard = open_wizard(record)
    review = review_of(wizard)

    assert [f.code for f in review.findings] == ["fingerprints.missing"]
    content = content_of(review)
    name = content.findChild(QLabel, "value:applicant.full_name")
    assert name is not None and name.text() == record.applicant.full_name.upper()
    assert content.findChild(QLabel, "chip:applicant.full_name") is not None
    assert content.findChild(QLabel, "chip:applicant.id_number") is None
    qtbot.waitUntil(lambda: not review.portrait_label.pixmap().isNull(), timeout=5000)
    screenshot(wizard, "intake-5-review")


def test_warnings_block_until_each_one_is_acknowledged(
    qtbot: QtBot, ui_ctx: UiContext, open_wizard: Callable[..., IntakeWizard]
) -> None:
    record = sealable_draft(ui_ctx, reason=ApplicationReason.DATA_CHANGED, biometrics=Biometrics())
    wizard = open_wizard(record)
    review = review_of(wizard)
    checks = content_of(review).findChildren(QCheckBox)
    assert len(checks) == 2
    assert has_focus(checks[0])

    assert not wizard.next()
    assert ui_ctx.notices.current is not None
    assert ui_ctx.notices.current.level is NoticeLevel.WARNING
    QTest.keyClick(checks[0], Qt.Key.Key_Space)
    assert not wizard.next()
    assert has_focus(checks[1])  # the next warning still open
    checks[1].click()
    state = wizard.state
    assert state is not None
    assert state.acknowledged == {
        "reason_note:reason.note_missing",
        "biometrics.fingerprints:fingerprints.missing",
    }
    assert wizard.next()


def test_errors_block_and_go_to_field_opens_the_form_on_it(
    qtbot: QtBot, ui_ctx: UiContext, open_wizard: Callable[..., IntakeWizard]
) -> None:
    record = sealable_draft(ui_ctx)
    record = dataclasses.replace(
        record, applicant=dataclasses.replace(record.applicant, full_name="")
    )
    ui_ctx.core.drafts.save(record)
    wizard = open_wizard(record)
    review = review_of(wizard)
    button = content_of(review).findChild(QPushButton, "goto:applicant.full_name")
    assert button is not None and has_focus(button)

    assert not wizard.next()
    button.click()

    assert wizard.current_index == 0
    form = wizard.current_page()
    assert isinstance(form, StandInForm) and form.focused == "applicant.full_name"


def seal_step(wizard: IntakeWizard) -> SealPage:
    review_of(wizard)
    assert wizard.next()
    page = wizard.current_page()
    assert isinstance(page, SealPage)
    return page


def test_sealing_shows_the_number_and_the_slip_saves_as_pdf(
    qtbot: QtBot,
    ui_ctx: UiContext,
    open_wizard: Callable[..., IntakeWizard],
    tmp_path: Path,
    screenshot: Callable[[QWidget, str], object],
) -> None:
    wizard = open_wizard(sealable_draft(ui_ctx))
    seal = seal_step(wizard)
    state = wizard.state
    assert state is not None
    assert has_focus(seal.seal_button)

    with qtbot.waitSignal(wizard.sealed, timeout=10_000) as sealed:
        QTest.keyClick(seal.seal_button, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    receipt = sealed.args[0]
    assert isinstance(receipt, SealReceipt)
    assert state.is_sealed
    assert seal.number_label.text() == receipt.application_number
    assert seal.done.isVisible() and not seal.seal_button.isVisible()
    slip = seal.slip
    assert slip is not None and slip.application_number == receipt.application_number
    assert seal.collect_label.text() == slip.collect_on.strftime("%d/%m/%Y")
    assert slip.collect_on > receipt.sealed_at.date()
    assert ui_ctx.core.outbox.counts().get(OutboxState.QUEUED) == 1
    assert not wizard.back_button.isEnabled()
    screenshot(wizard, "intake-6-seal")

    assert documents.appointment_slip_pdf(slip, "vi").startswith(b"%PDF")
    target = tmp_path / "slip.pdf"
    with qtbot.waitSignal(ui_ctx.notices.notice_shown, timeout=10_000):
        seal.save_slip_to(str(target))
    assert target.read_bytes().startswith(b"%PDF")

    with qtbot.waitSignal(wizard.sealed, timeout=100, raising=False):
        seal.next_button.click()
    qtbot.waitUntil(lambda: wizard.state is not state and wizard.state is not None, timeout=5000)
    assert wizard.current_index == 0


def test_sealing_waits_for_the_last_edit(
    qtbot: QtBot, ui_ctx: UiContext, open_wizard: Callable[..., IntakeWizard]
) -> None:
    wizard = open_wizard(sealable_draft(ui_ctx))
    seal = seal_step(wizard)
    state = wizard.state
    assert state is not None
    applicant = dataclasses.replace(state.record.applicant, occupation="Kỹ sư")
    state.update(dataclasses.replace(state.record, applicant=applicant))
    with qtbot.waitSignal(wizard.sealed, timeout=10_000):
        seal.seal()
    sealed = ui_ctx.core.sealer().open_sealed(state.application_id)
    assert sealed.record.applicant.occupation == "Kỹ sư"


def test_a_refused_seal_is_shown_with_the_way_back(qtbot: QtBot, ui_ctx: UiContext) -> None:
    record = sealable_draft(ui_ctx, biometrics=Biometrics())  # one unacknowledged warning
    state = IntakeState(ui_ctx, record)
    page = SealPage(ui_ctx, state)
    state.setParent(page)
    qtbot.addWidget(page)
    page.show()
    page.enter()
    with qtbot.waitSignal(ui_ctx.notices.notice_shown, timeout=10_000) as shown:
        page.seal()
    notice = shown.args[0]
    assert notice.level is NoticeLevel.ERROR
    assert notice.text == SealRefusedError([]).message("vi").replace("0 cảnh báo", "1 cảnh báo")
    assert notice.action is not None
    assert not state.is_sealed and page.seal_button.isEnabled()
    with qtbot.waitSignal(page.back_requested):
        notice.action()


def test_an_unenrolled_station_says_to_call_it(
    qtbot: QtBot, ui_ctx: UiContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    def not_enrolled() -> None:
        raise NotEnrolledError()

    monkeypatch.setattr(ui_ctx.core, "sealer", not_enrolled)
    state = IntakeState(ui_ctx, sealable_draft(ui_ctx))
    page = SealPage(ui_ctx, state)
    state.setParent(page)
    qtbot.addWidget(page)
    with qtbot.waitSignal(ui_ctx.notices.notice_shown, timeout=10_000) as shown:
        page.seal()
    assert shown.args[0].text == NotEnrolledError().message("vi")
    assert page.seal_button.isEnabled()


def test_the_intake_sheet_is_painted_on_the_printer_off_the_gui_thread(
    qtbot: QtBot, ui_ctx: UiContext, open_wizard: Callable[..., IntakeWizard], tmp_path: Path
) -> None:
    review = review_of(open_wizard(sealable_draft(ui_ctx)))
    # A PDF "printer" stands in for the real one (the citizen here is fictional).
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printer.pdf"))
    with qtbot.waitSignal(ui_ctx.notices.notice_shown, timeout=20_000) as shown:
        review.print_on(printer)
    assert shown.args[0].level is NoticeLevel.SUCCESS
    assert review.print_button.isEnabled()
    assert (tmp_path / "printer.pdf").read_bytes().startswith(b"%PDF")
