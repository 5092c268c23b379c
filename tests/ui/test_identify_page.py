"""Step 2: the demo card read on the simulated reader, the failure paths, the typed ID number."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import numpy as np
import pytest
import segno
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from devices.camera.frames import Image, as_image
from devices.camera.simulated import SimulatedCamera
from devices.card.demo import DemoCard
from devices.card.emulator import CccdEmulator, EmulatorFaults
from devices.card.emulator_files import build_card_files
from devices.card.emulator_pki import make_test_pki
from devices.card.errors import (
    CardError,
    CardRemovedError,
    NoCardError,
    NoReaderError,
    WrongAccessKeyError,
)
from devices.card.trust_store import CscaTrustStore
from ui.context import UiContext
from ui.intake.identify_page import IdentifyPage, parse_typed_date
from ui.intake.state import IntakeState
from ui.notifications import Notice, NoticeLevel


def has_focus(widget: QWidget) -> bool:
    """The widget holds its window's focus (the notice bar, a window of its own in these
    tests, may have taken the activation)."""
    return widget.window().focusWidget() is widget


@pytest.fixture
def identify(qtbot: QtBot, ui_ctx: UiContext) -> IdentifyPage:
    """Step 2 on a new draft, shown at the station's screen size."""
    record = ui_ctx.core.drafts.start("officer1", ui_ctx.core.station_code)
    state = IntakeState(ui_ctx, record)
    page = IdentifyPage(ui_ctx, state)
    state.setParent(page)  # deleted with the page, on the GUI thread
    qtbot.addWidget(page, before_close_func=lambda _: settle(qtbot, page))
    page.resize(1100, 640)
    with qtbot.waitActive(page):
        page.show()
        page.activateWindow()
    page.enter()
    return page


def settle(qtbot: QtBot, page: IdentifyPage) -> None:
    """Stop the camera and let the last autosave land before the page (and its state) goes."""
    page.leave()
    page.state.save_now()
    qtbot.waitUntil(lambda: not page.state.dirty, timeout=5000)


def read_and_wait(qtbot: QtBot, page: IdentifyPage) -> Notice:
    """Press "Read chip" and return the notice the read ends with."""
    with qtbot.waitSignal(page.ctx.notices.notice_shown, timeout=10_000) as shown:
        QTest.mouseClick(page.read_button, Qt.MouseButton.LeftButton)
    notice: Notice = shown.args[0]
    qtbot.waitUntil(page.read_button.isEnabled)
    return notice


def type_key(page: IdentifyPage, card: DemoCard, birth: dt.date) -> None:
    page.key_tabs.setCurrentIndex(0)
    page.key_id.setText(card.profile.id_number)
    page.key_dob.setText(birth.strftime("%d/%m/%Y"))
    page.key_expiry.setText(card.profile.expiry_date.strftime("%d%m%Y"))


def test_the_demo_card_read_with_its_qr_code_fills_the_record(
    qtbot: QtBot,
    identify: IdentifyPage,
    demo_card: DemoCard,
    ui_ctx: UiContext,
    screenshot: Callable[[QWidget, str], object],
) -> None:
    identify.key_tabs.setCurrentIndex(2)
    QTest.mouseClick(identify.demo_button, Qt.MouseButton.LeftButton)
    assert identify.qr_expiry.text() == demo_card.profile.expiry_date.strftime("%d/%m/%Y")

    notice = read_and_wait(qtbot, identify)

    assert notice.level is NoticeLevel.SUCCESS
    state = identify.state
    applicant = state.record.applicant
    assert applicant.full_name == demo_card.profile.full_name
    assert applicant.id_number == demo_card.profile.id_number
    assert state.chip is not None
    chip_read = state.record.chip_read
    assert chip_read is not None and chip_read.passive_auth == "valid"
    assert "applicant.full_name" in chip_read.chip_fields
    assert identify.pa_label.property("outcome") == "valid"
    assert "hợp lệ" in identify.pa_label.text()
    assert not identify.portrait_label.pixmap().isNull()
    assert identify.id_edit.text() == demo_card.profile.id_number
    assert ui_ctx.core.drafts.attachment(state.application_id, "chip") is not None
    assert identify.can_leave()
    screenshot(identify, "intake-2-identify")


def test_the_mrz_opens_the_chip_too(
    qtbot: QtBot, identify: IdentifyPage, demo_card: DemoCard
) -> None:
    identify.key_tabs.setCurrentIndex(1)
    identify.mrz_edit.setPlainText(demo_card.mrz_text)
    assert read_and_wait(qtbot, identify).level is NoticeLevel.SUCCESS
    assert identify.state.record.applicant.id_number == demo_card.profile.id_number


def test_a_wrong_date_of_birth_is_refused_clearly_and_nothing_is_lost(
    qtbot: QtBot, identify: IdentifyPage, demo_card: DemoCard
) -> None:
    wrong = demo_card.profile.date_of_birth + dt.timedelta(days=1)
    type_key(identify, demo_card, wrong)

    notice = read_and_wait(qtbot, identify)

    assert notice.level is NoticeLevel.ERROR
    assert notice.text == WrongAccessKeyError().message("vi")
    assert notice.action is not None
    assert identify.status_label.text() == notice.text
    assert identify.key_dob.text() == wrong.strftime("%d/%m/%Y")  # what was typed stays
    assert identify.key_id.text() == demo_card.profile.id_number
    assert identify.state.chip is None and identify.state.record.applicant.full_name == ""
    assert not identify.progress.isVisible()

    identify.key_dob.setText(demo_card.profile.date_of_birth.strftime("%d/%m/%Y"))
    assert read_and_wait(qtbot, identify).level is NoticeLevel.SUCCESS  # still usable


def test_a_card_taken_off_the_reader_says_there_is_no_card(
    qtbot: QtBot, identify: IdentifyPage, demo_card: DemoCard
) -> None:
    demo_card.backend.remove_card()
    identify.use_demo_qr()

    notice = read_and_wait(qtbot, identify)

    assert notice.level is NoticeLevel.ERROR
    assert notice.text == NoCardError().message("vi")
    assert notice.action is not None  # "Read again"
    demo_card.backend.insert_card(demo_card.emulator)
    notice.action()
    qtbot.waitUntil(lambda: identify.state.chip is not None, timeout=10_000)


@pytest.mark.parametrize(
    ("break_it", "error", "action"),
    [
        (
            lambda card: setattr(card.emulator.faults, "pull_after", 8),
            CardRemovedError,
            "Read again",
        ),
        (lambda card: card.backend.plug_reader(False), NoReaderError, "Type the ID number"),
    ],
    ids=["card-pulled-mid-read", "no-reader"],
)
def test_reader_failures_say_what_to_do_next(
    qtbot: QtBot,
    identify: IdentifyPage,
    demo_card: DemoCard,
    break_it: Callable[[DemoCard], None],
    error: Callable[[], CardError],
    action: str,
) -> None:
    break_it(demo_card)
    identify.use_demo_qr()
    notice = read_and_wait(qtbot, identify)
    assert notice.level is NoticeLevel.ERROR
    assert notice.text == error().message("vi")
    assert notice.action_text == action
    assert identify.state.record.applicant.full_name == ""


def test_without_a_trust_store_the_read_is_used_but_marked_unverified(
    qtbot: QtBot, identify: IdentifyPage, ui_ctx: UiContext
) -> None:
    ui_ctx.devices.trust_store = None
    identify.use_demo_qr()
    notice = read_and_wait(qtbot, identify)
    assert notice.level is NoticeLevel.WARNING
    assert identify.pa_label.property("outcome") == "not_verifiable"
    assert identify.state.record.applicant.full_name != ""


def test_tampered_chip_data_is_shown_as_such_and_not_used(
    qtbot: QtBot, identify: IdentifyPage, demo_card: DemoCard, ui_ctx: UiContext
) -> None:
    pki = make_test_pki("ec")
    profile = demo_card.profile
    tampered = CccdEmulator.for_card(
        build_card_files(profile, pki), profile.access_key, EmulatorFaults(tamper_dg=13)
    )
    demo_card.backend.remove_card()
    demo_card.backend.insert_card(tampered)
    ui_ctx.devices.trust_store = CscaTrustStore([pki.csca_cert])
    identify.use_demo_qr()

    notice = read_and_wait(qtbot, identify)

    assert notice.level is NoticeLevel.ERROR
    assert identify.pa_label.property("outcome") == "data_altered"
    assert identify.state.chip is None
    assert identify.state.record.applicant.full_name == ""
    assert ui_ctx.core.drafts.attachment(identify.state.application_id, "chip") is None


def test_an_unreadable_qr_text_is_explained(qtbot: QtBot, identify: IdentifyPage) -> None:
    identify.key_tabs.setCurrentIndex(2)
    identify.qr_edit.setText("not a card")
    assert identify.qr_hint.text() != ""
    with qtbot.waitSignal(identify.ctx.notices.notice_shown) as shown:
        identify.read_chip()
    assert shown.args[0].level is NoticeLevel.ERROR
    assert identify.read_button.isEnabled()


def test_the_typed_id_number_is_checked_as_typed_and_lets_the_officer_go_on(
    qtbot: QtBot, identify: IdentifyPage
) -> None:
    identify.id_edit.setFocus()
    assert not identify.can_leave()
    assert has_focus(identify.id_edit)
    assert identify.ctx.notices.current is not None
    assert identify.ctx.notices.current.level is NoticeLevel.WARNING
    QTest.keyClicks(identify.id_edit, "0790a8")
    assert identify.id_edit.text() == "07908"  # digits only
    assert "5" in identify.id_hint.text()  # 5 of 12 digits
    QTest.keyClicks(identify.id_edit, "5631742")
    assert identify.state.record.applicant.id_number == "079085631742"
    assert "1985" in identify.id_hint.text()
    assert identify.can_leave()


def test_the_digit_validators_go_with_their_fields(identify: IdentifyPage) -> None:
    # Unparented, each new application's page would leave its two validators behind.
    for field in (identify.id_edit, identify.key_id):
        validator = field.validator()
        assert validator is not None and validator.parent() is field
    QTest.keyClicks(identify.key_id, "12a3")
    assert identify.key_id.text() == "123"


def qr_frame(text: str) -> Image:
    """A 1280×720 camera frame showing the QR code *text* on a light desk."""
    matrix = np.pad(np.array(segno.make(text, micro=False).matrix, dtype=np.uint8), 4)
    code = 255 - np.kron(matrix, np.ones((6, 6), dtype=np.uint8)) * 255
    frame = np.full((720, 1280, 3), 210, dtype=np.uint8)
    top, left = (720 - code.shape[0]) // 2, (1280 - code.shape[1]) // 2
    frame[top : top + code.shape[0], left : left + code.shape[1]] = code[..., None]
    return as_image(frame)


def test_scanning_the_qr_code_with_the_camera_fills_the_key(
    qtbot: QtBot, identify: IdentifyPage, demo_card: DemoCard, ui_ctx: UiContext
) -> None:
    frame = qr_frame(demo_card.qr_text)
    ui_ctx.devices.open_camera = lambda: SimulatedCamera(images=[frame], fps=20)
    identify.key_tabs.setCurrentIndex(2)
    QTest.mouseClick(identify.scan_button, Qt.MouseButton.LeftButton)
    assert identify.preview.isVisible()
    qtbot.waitUntil(lambda: identify.qr_edit.text() == demo_card.qr_text, timeout=10_000)
    assert not identify.preview.isVisible()
    assert has_focus(identify.read_button)
    assert read_and_wait(qtbot, identify).level is NoticeLevel.SUCCESS


def test_typed_dates_are_read_the_vietnamese_way() -> None:
    assert parse_typed_date("14/06/1985") == dt.date(1985, 6, 14)
    assert parse_typed_date("14061985") == dt.date(1985, 6, 14)
    assert parse_typed_date(" 4-6-1985 ") == dt.date(1985, 6, 4)
    assert parse_typed_date("31/02/1985") is None
    assert parse_typed_date("14/06/85") is None
    assert parse_typed_date("") is None


def test_enter_in_a_key_field_reads_the_chip_instead_of_leaving(
    qtbot: QtBot, identify: IdentifyPage, demo_card: DemoCard
) -> None:
    identify.use_demo_qr()
    identify.qr_expiry.setFocus()
    with qtbot.waitSignal(identify.ctx.notices.notice_shown, timeout=10_000) as shown:
        assert not identify.can_leave()  # what the wizard asks when Enter is pressed
    assert shown.args[0].level is NoticeLevel.SUCCESS
    assert has_focus(identify.id_edit)
    assert identify.can_leave()
