"""The input widgets: pickers with accent-insensitive search (Enter/Tab take the best match),
the partial date entry, and the address editor's conversion of old addresses."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from station.form_input import DateInputError, apply_conversion, parse_partial_date
from station.record import Address, CodedValue, PartialDate
from station.refdata import ConversionStatus, ReferenceData
from station.validation.paths import from_chip, owning_path
from ui.context import UiContext
from ui.widgets.address_editor import AddressEditor
from ui.widgets.date_edit import PartialDateEdit
from ui.widgets.pickers import (
    AdminUnitPicker,
    ChoiceListModel,
    CodeListPicker,
    CountryPicker,
    NfcLineEdit,
    SearchField,
)

OLD_ADDRESS = "Số 12 ngõ 34, Phường Phúc Xá, Quận Ba Đình, Hà Nội"  # now Phường Hồng Hà
SPLIT_WARD = "Xã Tân Thành, Huyện Thới Lai, TP Cần Thơ"  # split between two communes
# The offscreen platform says so when a list pops up; nothing is wrong.
POPUP_NOISE = pytest.mark.qt_log_ignore(
    r"This plugin does not support raise\(\)",
    r"This plugin does not support grabbing the keyboard",
)


class Window(QWidget):
    """A test window that notes the keys its children left to it (as the wizard gets Enter)."""

    def __init__(self) -> None:
        super().__init__()
        self.keys: list[int] = []

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self.keys.append(event.key())


def shown(qtbot: QtBot, *widgets: QWidget) -> Window:
    """A window holding *widgets*, shown and active so that they can take the focus."""
    window = Window()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    for widget in widgets:
        layout.addWidget(widget)
    layout.addWidget(QLineEdit(window))  # somewhere for Tab to go
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def type_text(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Key presses for *text*; QTest types ASCII only, other letters come as their text."""
    for char in text:
        if char.isascii():
            QTest.keyClicks(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


def type_into(qtbot: QtBot, field: QLineEdit, text: str) -> None:
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    field.selectAll()  # typing replaces what the field held, as after a triple click
    type_text(qtbot, field, text)


@POPUP_NOISE
def test_province_then_commune_from_unaccented_text(qtbot: QtBot, refdata: ReferenceData) -> None:
    picker = AdminUnitPicker(refdata)
    _window = shown(qtbot, picker)
    with qtbot.waitSignal(picker.changed):
        type_into(qtbot, picker.province, "ha noi")
        assert picker.province.popup_visible()
        assert picker.province.model.choice(0) is not None
        QTest.keyClick(picker.province, Qt.Key.Key_Return)
    assert picker.value() == ("01", None)
    assert picker.province.text() == "Thành phố Hà Nội"

    type_into(qtbot, picker.commune, "ba dinh")
    first = picker.commune.model.choice(0)
    assert first is not None and first.label == "Phường Ba Đình"  # only Hà Nội's communes
    with qtbot.waitSignal(picker.changed):
        QTest.keyClick(picker.commune, Qt.Key.Key_Return)
    assert picker.value() == ("01", "00004")
    assert not picker.commune.popup_visible() and picker.pending() == ""


@POPUP_NOISE
def test_enter_picks_in_the_list_and_passes_on_without_it(
    qtbot: QtBot, refdata: ReferenceData
) -> None:
    picker = CountryPicker(refdata, "vi")
    window = shown(qtbot, picker)
    type_into(qtbot, picker, "lao")
    QTest.keyClick(picker, Qt.Key.Key_Return)
    assert picker.value() == "LA" and window.keys == []  # used by the list
    QTest.keyClick(picker, Qt.Key.Key_Return)
    assert window.keys == [Qt.Key.Key_Return]  # left for the wizard's Next


@POPUP_NOISE
def test_commune_without_province_fills_the_province(qtbot: QtBot, refdata: ReferenceData) -> None:
    picker = AdminUnitPicker(refdata)
    _window = shown(qtbot, picker)
    type_into(qtbot, picker.commune, "phường ba đình")
    first = picker.commune.model.choice(0)
    assert first is not None
    assert first.label == "Phường Ba Đình, Thành phố Hà Nội"  # the province is shown
    with qtbot.waitSignal(picker.changed):
        QTest.keyClick(picker.commune, Qt.Key.Key_Return)
    assert picker.value() == ("01", "00004")
    assert picker.province.text() == "Thành phố Hà Nội"
    # Another province clears a commune that is not in it.
    with qtbot.waitSignal(picker.changed):
        type_into(qtbot, picker.province, "hue")
        QTest.keyClick(picker.province, Qt.Key.Key_Return)
    assert picker.value() == ("46", None) and picker.commune.text() == ""


@POPUP_NOISE
@pytest.mark.parametrize("query", ["hoà", "hòa", "hoa", "HOA"])
def test_tone_placement_and_accents_do_not_matter(
    qtbot: QtBot, refdata: ReferenceData, query: str
) -> None:
    picker = AdminUnitPicker(refdata)
    _window = shown(qtbot, picker)
    type_into(qtbot, picker.province, "khanh " + query)
    assert picker.province.model.choice(0).text == "Tỉnh Khánh Hòa"  # type: ignore[union-attr]


@POPUP_NOISE
def test_arrow_down_then_tab_takes_the_highlighted_unit(
    qtbot: QtBot, refdata: ReferenceData
) -> None:
    picker = AdminUnitPicker(refdata)
    _window = shown(qtbot, picker)
    picker.set_value("01", None)
    type_into(qtbot, picker.commune, "ba")
    second = picker.commune.model.choice(1)
    assert second is not None
    QTest.keyClick(picker.commune, Qt.Key.Key_Down)
    with qtbot.waitSignal(picker.changed):
        QTest.keyClick(picker.commune, Qt.Key.Key_Tab)
    assert picker.value() == ("01", second.key)
    assert not picker.commune.hasFocus()


@POPUP_NOISE
def test_empty_commune_lists_the_province_and_down_opens_it(
    qtbot: QtBot, refdata: ReferenceData
) -> None:
    picker = AdminUnitPicker(refdata)
    _window = shown(qtbot, picker)
    picker.set_value("04", None)  # Cao Bằng
    picker.commune.setFocus()
    qtbot.waitUntil(picker.commune.hasFocus)
    QTest.keyClick(picker.commune, Qt.Key.Key_Down)
    assert picker.commune.popup_visible()
    assert picker.commune.model.rowCount() == len(refdata.communes("04"))


@POPUP_NOISE
def test_text_matching_nothing_is_pending_not_guessed(qtbot: QtBot, refdata: ReferenceData) -> None:
    picker = AdminUnitPicker(refdata)
    window = shown(qtbot, picker)
    type_into(qtbot, picker.province, "zzzz")
    assert not picker.province.popup_visible()
    picker.province.clearFocus()
    window.focusNextChild()
    picker.province.commit()
    assert picker.value() == (None, None)
    assert picker.pending() == "zzzz"


@POPUP_NOISE
def test_a_name_typed_in_full_is_taken_on_leaving(qtbot: QtBot, refdata: ReferenceData) -> None:
    picker = CountryPicker(refdata, "vi")
    window = shown(qtbot, picker)
    picker.set_value(None)
    type_into(qtbot, picker, "japan")
    assert picker.popup_visible()
    picker.commit()  # the list is still open: nothing is taken yet
    assert picker.value() is None
    QTest.keyClick(picker, Qt.Key.Key_Escape)
    assert not picker.popup_visible() and picker.text() == "japan"
    with qtbot.waitSignal(picker.chosen):
        window.focusNextChild()
    assert picker.value() == "JP" and picker.pending() == ""


@POPUP_NOISE
def test_code_list_picker_by_name_or_code(qtbot: QtBot, refdata: ReferenceData) -> None:
    ethnicity = CodeListPicker(refdata, "ethnicity", "vi")
    religion = CodeListPicker(refdata, "religion", "vi")
    _window = shown(qtbot, ethnicity, religion)
    with qtbot.waitSignal(ethnicity.chosen):
        type_into(qtbot, ethnicity, "tay")
        QTest.keyClick(ethnicity, Qt.Key.Key_Return)
    tay = refdata.ethnicity("02")
    assert tay is not None
    assert ethnicity.value() == CodedValue(tay.list_id, "02", "Tày")
    with qtbot.waitSignal(religion.chosen):
        type_into(qtbot, religion, "00")
        QTest.keyClick(religion, Qt.Key.Key_Return)
    value = religion.value()
    assert value is not None and value.code == "00"
    # A value from another list keeps its stored name.
    other = CodedValue("ethnicity/other-list", "02", "Tày")
    ethnicity.set_value(other)
    assert ethnicity.value() == other and ethnicity.text() == "Tày"


@POPUP_NOISE
def test_country_picker_by_name_or_iso_code(qtbot: QtBot, refdata: ReferenceData) -> None:
    picker = CountryPicker(refdata, "en")
    _window = shown(qtbot, picker)
    picker.set_value("VN")
    assert picker.text() == "Viet Nam"
    picker.clear()
    with qtbot.waitSignal(picker.chosen):
        type_into(qtbot, picker, "lao")
        QTest.keyClick(picker, Qt.Key.Key_Return)
    assert picker.value() == "LA"


def test_choice_list_model(qtmodeltester: object, refdata: ReferenceData) -> None:
    field = SearchField(lambda query: [])
    model: ChoiceListModel = field.model
    picker = AdminUnitPicker(refdata)
    model.set_choices(picker._find_provinces("ha"))
    assert model.rowCount() > 0
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    first = model.choice(0)
    assert first is not None
    assert model.data(model.index(0, 0)) == first.label
    assert model.data(model.index(0, 0), Qt.ItemDataRole.EditRole) == first.text


def test_nfd_text_is_composed_as_typed(qtbot: QtBot) -> None:
    field = NfcLineEdit()
    _window = shown(qtbot, field)
    decomposed = "Nguye\u0302\u0303n  Thi\u0323 "
    type_into(qtbot, field, decomposed)
    assert field.text() == "Nguyễn  Thị "
    assert field.clean_text() == "Nguyễn Thị"


def test_partial_dates(qtbot: QtBot) -> None:
    edit = PartialDateEdit()
    _window = shown(qtbot, edit)
    for typed, value in [
        ("15/3/1990", PartialDate(1990, 3, 15)),
        ("03/1950", PartialDate(1950, 3)),
        ("1950", PartialDate(1950)),
        ("00/00/1950", PartialDate(1950)),
        ("15031990", PartialDate(1990, 3, 15)),
        ("31/02/1990", PartialDate(1990, 2, 31)),  # kept: validation names the problem
    ]:
        edit.clear()
        type_into(qtbot, edit, typed)
        assert edit.value() == value, typed
        assert edit.problem() == ""
    edit.clear()
    type_into(qtbot, edit, "1/3/90")
    assert edit.value() is None and "four-digit" in edit.problem()
    type_into(qtbot, edit, "abc")  # refused by the validator
    assert edit.text() == "1/3/90"
    edit.set_value(PartialDate(1990, 3, 1))
    assert edit.text() == "01/03/1990"

    full = PartialDateEdit(partial=False)
    full.setText("03/2021")
    assert full.date() is None and full.problem()
    full.setText("10/04/2021")
    assert full.date() is not None and full.problem() == ""


# ------------------------------------------------------------------------------ dates


def test_partial_date_parsing() -> None:
    assert parse_partial_date("") is None
    assert parse_partial_date(" 1950 ") == PartialDate(1950)
    assert parse_partial_date("//1950") == PartialDate(1950)
    assert parse_partial_date("7.1950") == PartialDate(1950, 7)
    assert parse_partial_date("1-7-1950") == PartialDate(1950, 7, 1)
    assert parse_partial_date("01071950") == PartialDate(1950, 7, 1)
    assert parse_partial_date("13/13/1950") == PartialDate(1950, 13, 13)  # validation says why
    for bad in ("1/7/50", "1/2/3/1950", "abc", "1/x/1950"):
        with pytest.raises(DateInputError):
            parse_partial_date(bad)


# ------------------------------------------------------------------------------ old addresses


def address_editor(qtbot: QtBot, ctx: UiContext) -> tuple[AddressEditor, list[Address]]:
    """An editor on the real reference data, shown, with the addresses it reported."""
    editor = AddressEditor(ctx.core.refdata, ctx.tasks, "vi")
    edits: list[Address] = []
    editor.edited.connect(lambda: edits.append(editor.value()))
    editor.window_ = shown(qtbot, editor)  # type: ignore[attr-defined]  # kept alive
    return editor, edits


def test_split_ward_is_said_plainly_and_the_officer_picks(qtbot: QtBot, ui_ctx: UiContext) -> None:
    editor, edits = address_editor(qtbot, ui_ctx)
    editor.set_value(Address(legacy_text=SPLIT_WARD))
    assert editor.convert_button.isVisible() and SPLIT_WARD in editor.legacy_info.text()
    QTest.mouseClick(editor.convert_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(editor.candidates.isVisible)
    assert editor.candidates.count() == 2 and editor.candidates.hasFocus()
    assert "cán bộ chọn" in editor.legacy_info.text()
    assert not editor.convert_button.isVisible()
    kept = edits[-1]  # the province is known; the old text stays readable until a choice
    assert (kept.province_code, kept.commune_code, kept.legacy_text) == ("92", None, SPLIT_WARD)
    editor.candidates.setCurrentIndex(1)
    chosen = editor.candidates.currentData()
    QTest.mouseClick(editor.use_button, Qt.MouseButton.LeftButton)
    final = edits[-1]
    assert (final.province_code, final.commune_code, final.legacy_text) == ("92", chosen, None)
    assert editor.units.commune.text() and not editor.legacy_panel.isVisible()


def test_old_address_typed_as_detail_gets_the_offer(qtbot: QtBot, ui_ctx: UiContext) -> None:
    editor, edits = address_editor(qtbot, ui_ctx)
    type_into(qtbot, editor.detail, "Phường Phúc Xá, Quận Ba Đình, Hà Nội")
    QTest.keyClick(editor.detail, Qt.Key.Key_Tab)
    qtbot.waitUntil(editor.convert_button.isVisible)
    assert "old address" in editor.legacy_info.text()
    editor.convert_button.setFocus()
    QTest.keyClick(editor.convert_button, Qt.Key.Key_Return)  # Enter presses it
    qtbot.waitUntil(lambda: editor.value().commune_code == "00097")
    assert editor.value().detail == "" and editor.detail.text() == ""
    assert "Phường Hồng Hà" in editor.legacy_info.text()
    assert editor.window_.keys == []  # type: ignore[attr-defined]
    assert edits[-1] == editor.value()


def test_an_ordinary_detail_gets_no_offer(qtbot: QtBot, ui_ctx: UiContext) -> None:
    editor, _ = address_editor(qtbot, ui_ctx)
    editor.set_value(Address("01", "00097", "", ui_ctx.core.refdata.admin_units_version))
    type_into(qtbot, editor.detail, "Số 12 ngõ 34 phố Hàng Bạc")
    with qtbot.waitSignal(ui_ctx.tasks.busy_changed, check_params_cb=lambda n: n == 0):
        QTest.keyClick(editor.detail, Qt.Key.Key_Tab)
    assert not editor.legacy_panel.isVisible()


def test_unconvertible_text_is_said_and_nothing_changes(qtbot: QtBot, ui_ctx: UiContext) -> None:
    editor, edits = address_editor(qtbot, ui_ctx)
    editor.set_value(Address(legacy_text="Làng Vũ Đại"))
    editor.convert()
    qtbot.waitUntil(lambda: "Không chuyển đổi được" in editor.legacy_info.text())
    assert editor.value() == Address(legacy_text="Làng Vũ Đại") and edits == []
    assert editor.units.province.hasFocus()


def test_apply_conversion(refdata: ReferenceData) -> None:
    version = refdata.admin_units_version
    exact = refdata.convert_legacy_address(OLD_ADDRESS)
    assert exact.status is ConversionStatus.EXACT
    chip = Address(detail="", legacy_text=OLD_ADDRESS)
    assert apply_conversion(chip, exact, version) == Address(
        "01", "00097", "Số 12 ngõ 34", version, None
    )
    split = refdata.convert_legacy_address(SPLIT_WARD)
    kept = apply_conversion(Address(legacy_text=SPLIT_WARD), split, version)
    assert (kept.province_code, kept.commune_code, kept.legacy_text) == ("92", None, SPLIT_WARD)
    picked = apply_conversion(kept, split, version, split.candidates[1])
    assert picked.commune_code == split.candidates[1] and picked.legacy_text is None
    with pytest.raises(ValueError, match="candidates"):
        apply_conversion(kept, split, version, "00097")
    typed = Address(detail="Phường Phúc Xá, Quận Ba Đình, Hà Nội")
    converted = apply_conversion(
        typed, refdata.convert_legacy_address(typed.detail), version, from_detail=True
    )
    assert converted.detail == "" and converted.commune_code == "00097"
    unknown = refdata.convert_legacy_address("Làng Vũ Đại")
    assert apply_conversion(typed, unknown, version) == typed


# ------------------------------------------------------------------------------ field paths


def test_finding_paths_find_their_field() -> None:
    fields = [
        "applicant.full_name",
        "applicant.permanent_residence",
        "applicant.permanent_residence.commune_code",
        "family.spouse.full_name",
        "family.spouse.id_number",
    ]
    assert owning_path("applicant.full_name", fields) == "applicant.full_name"
    assert owning_path("applicant.permanent_residence.code_list_version", fields) == (
        "applicant.permanent_residence"
    )
    assert owning_path("applicant.permanent_residence.commune_code", fields) == (
        "applicant.permanent_residence.commune_code"
    )
    assert owning_path("family.spouse", fields) == "family.spouse.full_name"
    assert owning_path("portrait", fields) is None and owning_path("reason", fields) is None
    assert from_chip("previous_card.number", {"previous_card"})
    assert from_chip("applicant.full_name", {"applicant.full_name"})
    assert not from_chip("applicant.full_name_x", {"applicant.full_name"})
    assert not from_chip("applicant", {"applicant.full_name"})
