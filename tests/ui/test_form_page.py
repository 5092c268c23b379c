"""Step 3, the form: edits reach the autosaved record, findings show inline, pickers and the
legacy address conversion work, Next is held while an error stands, and fields can be focused."""

from __future__ import annotations

import dataclasses
import datetime as dt
import unicodedata
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QInputMethodEvent, QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from station.record import (
    Address,
    ApplicationRecord,
    ChipReadRef,
    PartialDate,
    Relative,
)
from station.samples import sample_record
from station.validation import Severity
from station.validation.messages import MESSAGES
from ui.context import UiContext
from ui.intake.form_addresses import AddressesSection
from ui.intake.form_applicant import ApplicantSection
from ui.intake.form_contact import ContactSection
from ui.intake.form_family import FamilySection, RepresentativeSection
from ui.intake.form_fields import ChipBadge, FieldMessage
from ui.intake.form_page import FormPage
from ui.intake.state import IntakeState

S = TypeVar("S")
FormFactory = Callable[..., FormPage]
POPUP_NOISE = pytest.mark.qt_log_ignore(
    r"This plugin does not support raise\(\)",
    r"This plugin does not support grabbing the keyboard",
)
OLD_ADDRESS = "Số 12 ngõ 34, Phường Phúc Xá, Quận Ba Đình, Hà Nội"  # now Phường Hồng Hà
SPLIT_WARD = "Xã Tân Thành, Huyện Thới Lai, TP Cần Thơ"  # split between two communes


# ------------------------------------------------------------------------------ helpers


@pytest.fixture
def form(qtbot: QtBot, ui_ctx: UiContext) -> Iterator[FormFactory]:
    """Form pages on real drafts, shown at 1366x768 in an active window and entered.

    *record* (e.g. the sample) takes the draft's identity; each state's last autosave
    finishes before the station closes.
    """
    states: list[IntakeState] = []

    def make(record: ApplicationRecord | None = None, *, show: bool = True) -> FormPage:
        ctx = ui_ctx
        draft = ctx.core.drafts.start(ctx.session.officer_id, ctx.core.station_code)
        state = IntakeState(ctx, dataclasses.replace(record, meta=draft.meta) if record else draft)
        states.append(state)
        page = FormPage(ctx, state)
        qtbot.addWidget(page)
        page.resize(1366, 768)
        if show:
            show_page(qtbot, page)
        return page

    yield make
    for state in states:
        state.save_now()
        qtbot.waitUntil(partial(saved, state), timeout=5000)


def saved(state: IntakeState) -> bool:
    return not state.dirty


def sample(ctx: UiContext) -> ApplicationRecord:
    return sample_record(ctx.core.refdata, dt.datetime.now(dt.UTC))


def show_page(qtbot: QtBot, page: FormPage) -> None:
    """Show *page* in an active window (so fields take the focus) and enter it."""
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    page.enter()


def section(page: FormPage, kind: type[S]) -> S:
    return next(s for s in page.sections if isinstance(s, kind))


def type_text(qtbot: QtBot, field: QLineEdit, text: str, *, replace: bool = True) -> None:
    """Focus *field* and type *text*; non-ASCII letters arrive as key text, like a keyboard."""
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    if replace:
        field.selectAll()
    for char in text:
        if char.isascii():
            QTest.keyClicks(field, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(field, event)


def settled(page: FormPage) -> FormPage:
    """The page with its pending layout work done (rows shown or hidden just now)."""
    for _ in range(6):  # nested layouts post their requests one level at a time
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    return page


def message_of(page: FormPage, path: str) -> FieldMessage:
    slot = page.registry.resolve(path)
    assert slot is not None, path
    return slot.message


def text_of(code: str, language: str = "vi") -> str:
    """The start of the catalogue message of *code* (before any parameter)."""
    _, vi, en = MESSAGES[code]
    return (en if language == "en" else vi).split("{")[0]


def shows(page: FormPage, path: str, code: str) -> Callable[[], bool]:
    return lambda: text_of(code) in message_of(page, path).text()


# ------------------------------------------------------------------------------ editing


def test_typing_autosaves_the_record(qtbot: QtBot, ui_ctx: UiContext, form: FormFactory) -> None:
    page = form()
    state = page.state
    applicant = section(page, ApplicantSection)
    with qtbot.waitSignal(state.saved, timeout=5000):
        type_text(qtbot, applicant.full_name, "Lê Thị Hoa")
        type_text(qtbot, applicant.id_number, "001 190 372 915")
        type_text(qtbot, applicant.date_of_birth, "15/3/1990")
        applicant.sex.setFocus()
        QTest.keyClick(applicant.sex, Qt.Key.Key_Down)
    saved = ui_ctx.core.drafts.load(state.application_id).applicant
    assert saved.full_name == "Lê Thị Hoa" and state.record.applicant.full_name == "Lê Thị Hoa"
    assert saved.id_number == "001190372915"
    assert saved.date_of_birth == PartialDate(1990, 3, 15)
    assert saved.sex is not None
    QTest.keyClick(applicant.date_of_birth, Qt.Key.Key_Tab)
    assert applicant.date_of_birth.text() == "15/03/1990"  # tidied on leaving


def test_nfd_input_becomes_nfc(qtbot: QtBot, ui_ctx: UiContext, form: FormFactory) -> None:
    page = form()
    state = page.state
    name = section(page, ApplicantSection).full_name
    decomposed = unicodedata.normalize("NFD", "Nguyễn Thị Hoà")
    name.setFocus()
    name.insert(decomposed)
    name.textEdited.emit(name.text())  # as a keyboard that sends decomposed letters does
    assert name.text() == "Nguyễn Thị Hoà" and unicodedata.is_normalized("NFC", name.text())
    assert state.record.applicant.full_name == unicodedata.normalize("NFC", "Nguyễn Thị Hoà")


def test_input_method_commits_text(qtbot: QtBot, ui_ctx: UiContext, form: FormFactory) -> None:
    page = form()
    state = page.state
    name = section(page, ApplicantSection).full_name
    name.setFocus()
    qtbot.waitUntil(name.hasFocus)
    preedit = QInputMethodEvent("Nguyê", [])
    QApplication.sendEvent(name, preedit)  # composing: not text yet
    assert state.record.applicant.full_name == ""
    commit = QInputMethodEvent()
    commit.setCommitString("Nguyễn")
    QApplication.sendEvent(name, commit)
    assert state.record.applicant.full_name == "Nguyễn"


def test_enter_refreshes_no_loop(qtbot: QtBot, ui_ctx: UiContext, form: FormFactory) -> None:
    page = form()
    state = page.state
    page.hide()
    filled = dataclasses.replace(sample(ui_ctx), meta=state.record.meta)
    state.update(filled)  # e.g. the chip read on step 2
    changes: list[None] = []
    state.record_changed.connect(lambda: changes.append(None))
    page.show()
    page.enter()
    assert section(page, ApplicantSection).full_name.text() == "Nguyễn Thị Hoà"
    assert section(page, AddressesSection).permanent.detail.text() == "Số 12 ngõ 34 phố Hàng Bạc"
    assert section(page, FamilySection).rows["father"].id_number.text() == "001060418273"
    assert changes == [] and state.record == filled
    # And while shown, a change made elsewhere appears at once.
    state.update(dataclasses.replace(filled, contact=dataclasses.replace(filled.contact, phone="")))
    assert section(page, ContactSection).phone.text() == ""


# ------------------------------------------------------------------------------ findings


def test_inline_findings_come_and_go(qtbot: QtBot, ui_ctx: UiContext, form: FormFactory) -> None:
    page = form(sample(ui_ctx))
    assert page.findings() == [] or all(f.severity is Severity.WARNING for f in page.findings())
    applicant = section(page, ApplicantSection)
    type_text(qtbot, applicant.id_number, "12345")
    qtbot.waitUntil(shows(page, "applicant.id_number", "id_number.format"))
    message = message_of(page, "applicant.id_number")
    assert message.severity is Severity.ERROR and message.isVisible()
    assert text_of("id_number.format") in applicant.id_number.accessibleDescription()
    type_text(qtbot, applicant.id_number, "001190372915")
    qtbot.waitUntil(lambda: not message.isVisible())
    assert applicant.id_number.accessibleDescription() == ""

    phone = section(page, ContactSection).phone
    type_text(qtbot, phone, "0123")
    qtbot.waitUntil(shows(page, "contact.phone", "phone.invalid"))
    assert text_of("phone.invalid") in phone.accessibleDescription()
    type_text(qtbot, phone, "0912 345 678")
    qtbot.waitUntil(lambda: not message_of(page, "contact.phone").isVisible())


@pytest.mark.parametrize("language", ["en"], indirect=True)
def test_findings_speak_the_screen_language(
    qtbot: QtBot, ui_ctx: UiContext, language: str, form: FormFactory
) -> None:
    ui_ctx.language = language
    page = form()
    assert text_of("name.missing", "en") in message_of(page, "applicant.full_name").text()


def test_partial_dates_and_warnings(qtbot: QtBot, ui_ctx: UiContext, form: FormFactory) -> None:
    page = form(sample(ui_ctx))
    state = page.state
    applicant = section(page, ApplicantSection)
    type_text(qtbot, applicant.date_of_birth, "1950")
    assert state.record.applicant.date_of_birth == PartialDate(1950)
    qtbot.waitUntil(shows(page, "applicant.date_of_birth", "dob.partial"))
    assert message_of(page, "applicant.date_of_birth").severity is Severity.WARNING
    type_text(qtbot, applicant.date_of_birth, "03/1950")
    assert state.record.applicant.date_of_birth == PartialDate(1950, 3)
    type_text(qtbot, applicant.date_of_birth, "3/50")  # not a date yet: said here, not stored
    qtbot.waitUntil(lambda: "four-digit" in message_of(page, "applicant.date_of_birth").text())
    assert state.record.applicant.date_of_birth is None
    assert not page.can_leave() and applicant.date_of_birth.hasFocus()


def test_other_steps_findings_hidden(qtbot: QtBot, ui_ctx: UiContext, form: FormFactory) -> None:
    record = dataclasses.replace(sample(ui_ctx), portrait=None, reason_note="  x")
    page = form(record)
    fields = {f.field for f in page.findings()}
    assert "portrait" not in fields and "reason_note" not in fields
    assert page.owns_field("family.spouse") and not page.owns_field("portrait")
    assert page.can_leave()  # the portrait is step 4's business


# ------------------------------------------------------------------------------ pickers


@POPUP_NOISE
def test_units_by_unaccented_search(qtbot: QtBot, ui_ctx: UiContext, form: FormFactory) -> None:
    page = form()
    state = page.state
    editor = section(page, AddressesSection).permanent
    type_text(qtbot, editor.units.province, "ha noi")
    QTest.keyClick(editor.units.province, Qt.Key.Key_Return)
    type_text(qtbot, editor.units.commune, "ba dinh")
    QTest.keyClick(editor.units.commune, Qt.Key.Key_Return)
    type_text(qtbot, editor.detail, "Số 1 phố Điện Biên Phủ")
    address = state.record.applicant.permanent_residence
    assert (address.province_code, address.commune_code) == ("01", "00004")
    assert address.code_list_version == ui_ctx.core.refdata.admin_units_version
    assert address.detail == "Số 1 phố Điện Biên Phủ"
    assert editor.units.commune.text() == "Phường Ba Đình"


@POPUP_NOISE
def test_code_and_country_pickers(qtbot: QtBot, ui_ctx: UiContext, form: FormFactory) -> None:
    page = form()
    state = page.state
    applicant = section(page, ApplicantSection)
    type_text(qtbot, applicant.ethnicity, "muong")
    QTest.keyClick(applicant.ethnicity, Qt.Key.Key_Return)
    type_text(qtbot, applicant.religion, "phat giao")
    QTest.keyClick(applicant.religion, Qt.Key.Key_Return)
    type_text(qtbot, applicant.nationality, "lao")
    QTest.keyClick(applicant.nationality, Qt.Key.Key_Return)
    record = state.record.applicant
    assert record.ethnicity is not None and (record.ethnicity.code, record.ethnicity.name) == (
        "06",
        "Mường",
    )
    assert record.ethnicity.list_id == "ethnicity/121-TCTK"
    assert record.religion is not None and record.religion.name == "Phật giáo"
    assert record.nationality == "LA"
    qtbot.waitUntil(shows(page, "applicant.nationality", "nationality.not_vietnamese"))


@POPUP_NOISE
def test_unknown_unit_text_blocks(qtbot: QtBot, ui_ctx: UiContext, form: FormFactory) -> None:
    page = form(sample(ui_ctx))
    commune = section(page, AddressesSection).origin.units.commune
    type_text(qtbot, commune, "khong co xa nay")
    assert not page.can_leave()
    assert commune.hasFocus()
    assert "khong co xa nay" in message_of(page, "applicant.place_of_origin").text()


# ------------------------------------------------------------------------------ chip marks


def test_chip_fields_are_marked(qtbot: QtBot, ui_ctx: UiContext, form: FormFactory) -> None:
    chip = ChipReadRef(
        read_id="r1",
        sha256="0" * 64,
        read_at=dt.datetime.now(dt.UTC),
        passive_auth="valid",
        chip_fields=frozenset(
            {"applicant.full_name", "applicant.permanent_residence", "previous_card"}
        ),
    )
    page = form(dataclasses.replace(sample(ui_ctx), chip_read=chip))
    marked = {s.path for s in page.registry.slots() if s.chip is not None and s.chip.isVisible()}
    assert {"applicant.full_name", "applicant.permanent_residence", "previous_card"} <= marked
    assert "previous_card.number" in marked and "applicant.id_number" not in marked
    assert "applicant.place_of_origin" not in marked
    badge = page.registry.slot("applicant.full_name").chip
    assert isinstance(badge, ChipBadge) and badge.toolTip()
    assert badge.note() in section(page, ApplicantSection).full_name.accessibleDescription()


# ------------------------------------------------------------------------------ legacy addresses


def test_chip_old_address_converted(qtbot: QtBot, ui_ctx: UiContext, form: FormFactory) -> None:
    record = sample(ui_ctx)
    old = Address(legacy_text=OLD_ADDRESS)
    record = dataclasses.replace(
        record, applicant=dataclasses.replace(record.applicant, permanent_residence=old)
    )
    page = form(record)
    state = page.state
    editor = section(page, AddressesSection).permanent
    assert editor.legacy_panel.isVisible() and OLD_ADDRESS in editor.legacy_info.text()
    qtbot.waitUntil(shows(page, "applicant.permanent_residence", "address.legacy_unconverted"))
    assert page.registry.first_error() is page.registry.slot("applicant.permanent_residence")
    assert not page.can_leave() and editor.convert_button.hasFocus()
    QTest.mouseClick(editor.convert_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: state.record.applicant.permanent_residence.commune_code == "00097")
    address = state.record.applicant.permanent_residence
    assert address == Address(
        "01", "00097", "Số 12 ngõ 34", ui_ctx.core.refdata.admin_units_version, None
    )
    assert "Phường Hồng Hà" in editor.legacy_info.text()  # what happened is said
    assert not editor.convert_button.isVisible()
    assert page.can_leave()


# ------------------------------------------------------------------------------ representative


def test_representative_for_a_child(qtbot: QtBot, ui_ctx: UiContext, form: FormFactory) -> None:
    record = sample(ui_ctx)
    child = dataclasses.replace(
        record.applicant, id_number="001215372915", date_of_birth=PartialDate(2015, 3, 15)
    )
    page = form(dataclasses.replace(record, applicant=child))
    state = page.state
    rep = section(page, RepresentativeSection)
    assert not rep.full_name.isVisible()
    assert text_of("representative.required") in message_of(page, "representative").text()
    assert not page.can_leave() and rep.present.hasFocus()
    rep.present.click()
    assert rep.full_name.isVisible() and state.record.representative is not None
    type_text(qtbot, rep.full_name, "Nguyễn Văn An")
    type_text(qtbot, rep.id_number, "001060418273")
    assert state.record.representative.full_name == "Nguyễn Văn An"
    assert state.record.representative.id_number == "001060418273"


# ------------------------------------------------------------------------------ Next, focus


def test_can_leave_focuses_first_error(qtbot: QtBot, ui_ctx: UiContext, form: FormFactory) -> None:
    record = sample(ui_ctx)
    bad = dataclasses.replace(
        record,
        applicant=dataclasses.replace(record.applicant, id_number="12345"),
        contact=dataclasses.replace(record.contact, phone="12"),
    )
    page = form(bad)
    page.focus_field("contact.phone")
    assert not page.can_leave()
    assert section(page, ApplicantSection).id_number.hasFocus()  # the ID comes first
    assert message_of(page, "applicant.id_number").isVisible()
    type_text(qtbot, section(page, ApplicantSection).id_number, "001190372915")
    assert not page.can_leave()
    assert section(page, ContactSection).phone.hasFocus()
    type_text(qtbot, section(page, ContactSection).phone, "0912345678")
    assert page.can_leave()


@pytest.mark.parametrize(
    ("path", "widget"),
    [
        ("applicant.full_name", "fullName"),
        ("applicant.permanent_residence.commune_code", "communeField"),
        ("family.father.id_number", "fatherIdNumber"),
        ("family.spouse", "spouseName"),
        ("contact.phone", "phone"),
        ("previous_card.expiry_date", "previousCardExpiryDate"),
        ("biometrics.fingerprints", "fingerprints"),
    ],
)
def test_focus_field_scrolls_to_the_field(
    qtbot: QtBot, ui_ctx: UiContext, path: str, widget: str, form: FormFactory
) -> None:
    page = form(sample(ui_ctx))
    page.focus_field(path)
    focused = QApplication.focusWidget()
    assert focused is not None and focused.objectName() == widget
    if path.startswith("applicant.permanent_residence"):
        assert focused.parentWidget().parentWidget() is section(page, AddressesSection).permanent  # type: ignore[union-attr]
    viewport = page.scroller.viewport()
    top_left = focused.mapTo(viewport, focused.rect().topLeft())
    assert 0 <= top_left.y() < viewport.height()


def test_focus_field_while_hidden(qtbot: QtBot, ui_ctx: UiContext, form: FormFactory) -> None:
    page = form(sample(ui_ctx), show=False)
    page.focus_field("contact.email")
    show_page(qtbot, page)
    assert section(page, ContactSection).email.hasFocus()


def test_form_order_is_the_tab_order(qtbot: QtBot, ui_ctx: UiContext, form: FormFactory) -> None:
    page = form(sample(ui_ctx))
    applicant = section(page, ApplicantSection)
    applicant.full_name.setFocus()
    order: list[QWidget] = []
    for _ in range(5):
        widget = QApplication.focusWidget()
        assert widget is not None
        order.append(widget)
        QTest.keyClick(widget, Qt.Key.Key_Tab)
    assert order == [
        applicant.full_name,
        applicant.other_names,
        applicant.id_number,
        applicant.old_id_number,
        applicant.date_of_birth,
    ]


# ------------------------------------------------------------------------------ screen


def test_readable_at_1366x768_with_screenshots(
    qtbot: QtBot,
    ui_ctx: UiContext,
    screenshot: Callable[[QWidget, str], Path],
    form: FormFactory,
) -> None:
    page = form(sample(ui_ctx))
    assert page.minimumSizeHint().width() <= 1366
    content = page.scroller.widget()
    assert content is not None
    qtbot.waitUntil(lambda: content.width() <= page.scroller.viewport().width())
    assert not page.scroller.horizontalScrollBar().isVisible()
    assert page.can_leave()
    screenshot(settled(page), "intake-3-form")

    applicant = section(page, ApplicantSection)
    applicant.full_name.clear()
    type_text(qtbot, applicant.id_number, "00119037291")
    type_text(qtbot, applicant.date_of_birth, "1990")
    type_text(qtbot, section(page, ContactSection).phone, "0123 45")
    assert not page.can_leave()
    page.focus_field("applicant.full_name")
    qtbot.waitUntil(lambda: message_of(page, "applicant.date_of_birth").isVisible())
    screenshot(settled(page), "intake-3-form-errors")


def test_empty_relatives_not_recorded(qtbot: QtBot, ui_ctx: UiContext, form: FormFactory) -> None:
    page = form(sample(ui_ctx))
    state = page.state
    father = section(page, FamilySection).rows["father"]
    father.name.clear()
    father.id_number.clear()
    assert state.record.family.father is None
    type_text(qtbot, section(page, FamilySection).rows["spouse"].name, "Lê Văn Bình")
    assert state.record.family.spouse == Relative("Lê Văn Bình", "")
