"""An address on the current admin units, with the conversion of old addresses offered.

An address read from an old card (Address.legacy_text), or a detail the officer typed in
the old three-tier form ("Phường Phúc Xá, Quận Ba Đình"), gets a "Convert to current
units" offer. An unambiguous conversion is applied; a split ward or an undecidable name is
said plainly, and the officer picks among the candidates.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from station.form_input import apply_conversion
from station.record import Address
from station.refdata import ConversionStatus, LegacyConversion, ReferenceData
from ui.tasks import TaskRunner
from ui.widgets.pickers import AdminUnitPicker, NfcLineEdit

# Conversions that recognised an old ward or district in a typed detail: worth offering.
_RECOGNISED = frozenset({ConversionStatus.EXACT, ConversionStatus.AMBIGUOUS})


class AddressEditor(QWidget):
    """Province and commune pickers, the detail line, and the legacy conversion panel."""

    edited = Signal()  # the officer changed the address (not emitted by set_value)

    def __init__(
        self,
        refdata: ReferenceData,
        tasks: TaskRunner,
        language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._refdata = refdata
        self._tasks = tasks
        self._language = language
        self._value = Address()
        self._ticket = 0  # only the latest conversion's result is used
        self._conversion: LegacyConversion | None = None
        self._from_detail = False
        self._checked_detail = ""

        self.units = AdminUnitPicker(refdata, self)
        self.detail = NfcLineEdit(self)
        self.detail.setObjectName("addressDetail")
        self.detail.setPlaceholderText(self.tr("House number, street, hamlet"))
        detail_label = QLabel(self.tr("Detail:"), self)
        detail_label.setBuddy(self.detail)
        detail_row = QHBoxLayout()
        detail_row.addWidget(detail_label)
        detail_row.addWidget(self.detail, 1)

        self.legacy_panel = QFrame(self)
        self.legacy_panel.setObjectName("legacyPanel")
        self.legacy_panel.setFrameShape(QFrame.Shape.StyledPanel)
        self.legacy_panel.setStyleSheet(
            "QFrame#legacyPanel { background: #eef4fb; border: 1px solid #b6cde8; }"
        )
        self.legacy_info = QLabel(self.legacy_panel)
        self.legacy_info.setObjectName("legacyInfo")
        self.legacy_info.setWordWrap(True)
        self.legacy_info.setTextFormat(Qt.TextFormat.PlainText)  # text read from a card
        self.convert_button = QPushButton(self.tr("&Convert to current units"), self.legacy_panel)
        self.convert_button.setObjectName("convertButton")
        self.candidates = QComboBox(self.legacy_panel)
        self.candidates.setObjectName("candidateCommunes")
        self.candidates.setAccessibleName(self.tr("Current commune to use"))
        self.use_button = QPushButton(self.tr("&Use this commune"), self.legacy_panel)
        self.use_button.setObjectName("useCandidateButton")
        for button in (self.convert_button, self.use_button):
            button.setAutoDefault(True)  # Enter presses the focused button, not the wizard's Next
        buttons = QHBoxLayout()
        buttons.addWidget(self.convert_button)
        buttons.addWidget(self.candidates, 1)
        buttons.addWidget(self.use_button)
        panel = QVBoxLayout(self.legacy_panel)
        panel.setContentsMargins(6, 4, 6, 4)
        panel.addWidget(self.legacy_info)
        panel.addLayout(buttons)
        self.legacy_panel.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.units)
        layout.addLayout(detail_row)
        layout.addWidget(self.legacy_panel)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.units.changed.connect(self._units_changed)
        self.detail.textEdited.connect(self._rebuild)
        self.detail.editingFinished.connect(self._check_detail)
        self.convert_button.clicked.connect(self.convert)
        self.use_button.clicked.connect(self._use_candidate)

    # -- value ----------------------------------------------------------------------

    def value(self) -> Address:
        """The address as entered."""
        return self._value

    def set_value(self, address: Address) -> None:
        """Show *address* (from the record); emits nothing."""
        if address == self._value and not self.units.pending():
            return
        if address.legacy_text != self._value.legacy_text:
            self._conversion = None
        self._value = address
        self.units.set_value(address.province_code, address.commune_code)
        self.detail.set_clean_text(address.detail)
        self._show_panel()

    def pending(self) -> str:
        """Text typed in a unit field that names no unit ("" when none)."""
        return self.units.pending()

    def focus_target(self, part: str = "") -> QWidget:
        """The widget to focus for a finding on *part* ("province_code", "detail", ...)."""
        if part == "" and self.units.pending():  # text that names no unit comes first
            return self.units.province if self.units.province.pending() else self.units.commune
        if part == "commune_code":
            return self.units.commune
        if part == "detail":
            return self.detail
        if part in ("", "code_list_version") and self.convert_button.isVisibleTo(self):
            return self.convert_button
        return self.units.province

    def _units_changed(self) -> None:
        self._rebuild()
        if self._value.commune_code is not None and self._conversion is not None:
            self._conversion = None  # the officer chose: the offer is settled
            self._show_panel()

    def _rebuild(self) -> None:
        province, commune = self.units.value()
        old = self._value
        version = old.code_list_version
        if (province, commune) != (old.province_code, old.commune_code):
            version = self._refdata.admin_units_version if province or commune else None
        # Choosing the commune by hand converts an old address as much as the button does.
        legacy = None if (province and commune) else old.legacy_text
        self._value = Address(province, commune, self.detail.clean_text(), version, legacy)
        if self._value != old:
            self.edited.emit()

    # -- legacy conversion ----------------------------------------------------------

    def convert(self) -> None:
        """Convert the old address (as read, or typed in the detail) to the current units."""
        text = self._value.legacy_text or self.detail.clean_text()
        if text:
            self._run_conversion(text, from_detail=not self._value.legacy_text, apply=True)

    def _check_detail(self) -> None:
        """A detail that names old wards or districts gets the conversion offered."""
        text = self.detail.clean_text()
        if self._value.legacy_text or not text or text == self._checked_detail:
            return
        self._checked_detail = text
        self._run_conversion(text, from_detail=True, apply=False)

    def _run_conversion(self, text: str, *, from_detail: bool, apply: bool) -> None:
        self._ticket += 1
        ticket = self._ticket
        refdata = self._refdata
        self._tasks.run(
            lambda: refdata.convert_legacy_address(text),
            lambda result: self._converted(ticket, result, from_detail, apply),
        )

    def _converted(
        self, ticket: int, result: LegacyConversion, from_detail: bool, apply: bool
    ) -> None:
        if ticket != self._ticket:
            return  # the officer moved on; an older answer must not overwrite newer typing
        if not apply:
            if result.status in _RECOGNISED or result.candidates:
                self._conversion = result
                self._from_detail = True
                self._show_panel(offer=True)
            return
        self._conversion = result
        self._from_detail = from_detail
        if result.province_code is not None:
            self._value = apply_conversion(
                self._value,
                result,
                self._refdata.admin_units_version,
                from_detail=from_detail,
            )
            self.units.set_value(self._value.province_code, self._value.commune_code)
            self.detail.set_clean_text(self._value.detail)
            self.edited.emit()
        self._show_panel()
        if result.candidates:
            self.candidates.setFocus()
        elif result.status is not ConversionStatus.EXACT:
            part = "commune_code" if result.province_code else "province_code"
            self.focus_target(part).setFocus()

    def _use_candidate(self) -> None:
        code = self.candidates.currentData()
        if self._conversion is None or not isinstance(code, str):
            return
        self._value = apply_conversion(
            self._value,
            self._conversion,
            self._refdata.admin_units_version,
            code,
            from_detail=self._from_detail,
        )
        self.units.set_value(self._value.province_code, self._value.commune_code)
        self.detail.set_clean_text(self._value.detail)
        self._conversion = None
        self.edited.emit()
        self._show_panel()
        self.detail.setFocus()

    def _explanation(self, result: LegacyConversion) -> str:
        return result.explanation_en if self._language == "en" else result.explanation_vi

    def _show_panel(self, *, offer: bool = False) -> None:
        """What the panel says: the old text, the offer, or the outcome of a conversion."""
        result = self._conversion
        legacy = self._value.legacy_text
        choosing = result is not None and bool(result.candidates) and not offer
        lines: list[str] = []
        if legacy:
            lines.append(
                self.tr("Old address, as read (before 1 Jul 2025): %1").replace("%1", legacy)
            )
        if offer and result is not None:
            lines.append(
                self.tr("The detail looks like an old address. %1").replace(
                    "%1", self._explanation(result)
                )
            )
        elif result is not None:
            lines.append(self._explanation(result))
        self.legacy_info.setText("\n".join(lines))
        self.convert_button.setVisible((bool(legacy) or offer) and not choosing)
        self.candidates.clear()
        if choosing and result is not None:
            for code in result.candidates:
                commune = self._refdata.commune(code)
                province = self._refdata.province(commune.province_code) if commune else None
                label = f"{commune.name}, {province.name}" if commune and province else code
                self.candidates.addItem(label, code)
        self.candidates.setVisible(choosing)
        self.use_button.setVisible(choosing)
        self.legacy_panel.setVisible(bool(lines))
