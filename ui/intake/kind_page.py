"""Step 1 of the wizard: which procedure the citizen asks for (kind) and why (reason)."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from station.record import REASON_KIND, ApplicationKind, ApplicationReason
from station.text import clean_text
from station.validation import validate
from ui.context import UiContext
from ui.intake.page import WizardPage
from ui.intake.state import IntakeState

_FIELDS = ("kind", "reason", "reason_note")


def reasons_of(kind: ApplicationKind) -> list[ApplicationReason]:
    """The reasons that belong to *kind* (the rest fail validation)."""
    return [reason for reason, owner in REASON_KIND.items() if owner is kind]


class KindPage(WizardPage):
    """Kind as radio buttons with mnemonics, the reasons of that kind, and a note."""

    def __init__(self, ctx: UiContext, state: IntakeState, parent: QWidget | None = None) -> None:
        super().__init__(ctx, state, parent)
        self.setObjectName("kindPage")
        self.kind_buttons = {
            ApplicationKind.FIRST_ISSUE: QRadioButton(self.tr("&First issue"), self),
            ApplicationKind.EXCHANGE: QRadioButton(self.tr("&Exchange"), self),
            ApplicationKind.REISSUE: QRadioButton(self.tr("&Re-issue"), self),
        }
        self.kind_group = QButtonGroup(self)
        box = QGroupBox(self.tr("Kind of application"), self)
        box_layout = QVBoxLayout(box)
        for kind, button in self.kind_buttons.items():
            button.setObjectName(f"kind_{kind.value}")
            self.kind_group.addButton(button)
            box_layout.addWidget(button)

        self.reason_combo = QComboBox(self)
        self.reason_combo.setObjectName("reasonCombo")
        self.note_edit = QLineEdit(self)
        self.note_edit.setObjectName("reasonNote")
        self.note_edit.setPlaceholderText(self.tr("For example: which data changed"))
        self.hint_label = QLabel(self)
        self.hint_label.setObjectName("kindHint")
        self.hint_label.setWordWrap(True)
        self.hint_label.setStyleSheet("QLabel#kindHint { color: #664d03; }")

        form = QFormLayout()  # a text label is made the field's buddy (mnemonic and screen reader)
        form.addRow(self.tr("Reas&on:"), self.reason_combo)
        form.addRow(self.tr("Reason no&te:"), self.note_edit)

        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addLayout(form)
        layout.addWidget(self.hint_label)
        layout.addStretch(1)
        self._refresh_from_state()
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.kind_group.buttonToggled.connect(self._kind_toggled)
        self.reason_combo.activated.connect(self._reason_chosen)
        self.note_edit.textEdited.connect(self._note_edited)

    # ------------------------------------------------------------------ WizardPage

    def title(self) -> str:
        """The step's name."""
        return self.tr("Kind and reason")

    def enter(self) -> None:
        """Show the record's kind and reason; focus the chosen kind."""
        self._refresh_from_state()
        self.kind_buttons[self.state.record.kind].setFocus()

    def owns_field(self, path: str) -> bool:
        """Kind, reason and its note are edited here."""
        return path in _FIELDS

    def focus_field(self, path: str) -> None:
        """Put the focus on the widget of *path*."""
        if path == "reason":
            self.reason_combo.setFocus()
        elif path == "reason_note":
            self.note_edit.setFocus()
        else:
            self.kind_buttons[self.state.record.kind].setFocus()

    # ------------------------------------------------------------------ edits

    def _refresh_from_state(self) -> None:
        record = self.state.record
        self.kind_group.blockSignals(True)
        self.kind_buttons[record.kind].setChecked(True)
        self.kind_group.blockSignals(False)
        self._fill_reasons(record.kind, record.reason)
        if self.note_edit.text() != record.reason_note and not self.note_edit.hasFocus():
            self.note_edit.setText(record.reason_note)
        self._show_hints()

    def _fill_reasons(self, kind: ApplicationKind, selected: ApplicationReason) -> None:
        self.reason_combo.blockSignals(True)
        self.reason_combo.clear()
        for reason in reasons_of(kind):
            self.reason_combo.addItem(self._reason_label(reason), reason.value)
        index = self.reason_combo.findData(selected.value)
        self.reason_combo.setCurrentIndex(max(index, 0))
        self.reason_combo.blockSignals(False)

    def _reason_label(self, reason: ApplicationReason) -> str:
        return {
            ApplicationReason.FIRST_ISSUE: self.tr("First card for this citizen"),
            ApplicationReason.AGE_MILESTONE: self.tr("Reached 14, 25, 40 or 60 years of age"),
            ApplicationReason.WORN_CARD: self.tr("Card worn out"),
            ApplicationReason.DATA_CHANGED: self.tr("Personal data or ID number changed"),
            ApplicationReason.ADMIN_UNIT_CHANGED: self.tr("Administrative unit changed"),
            ApplicationReason.HOLDER_REQUEST: self.tr("At the holder's request"),
            ApplicationReason.CARD_ERROR: self.tr("Mistake printed on the card"),
            ApplicationReason.LOST_CARD: self.tr("Card lost"),
            ApplicationReason.DAMAGED_CARD: self.tr("Card damaged"),
        }[reason]

    def _kind_toggled(self, button: QRadioButton, checked: bool) -> None:
        if not checked:
            return
        kind = next(k for k, b in self.kind_buttons.items() if b is button)
        record = self.state.record
        # Keep the reason when it fits the new kind; else the kind's first reason.
        reason = record.reason if REASON_KIND[record.reason] is kind else reasons_of(kind)[0]
        self._fill_reasons(kind, reason)
        self.state.update(dataclasses.replace(record, kind=kind, reason=reason))
        self._show_hints()

    def _reason_chosen(self, index: int) -> None:
        reason = ApplicationReason(self.reason_combo.itemData(index))
        self.state.update(dataclasses.replace(self.state.record, reason=reason))
        self._show_hints()

    def _note_edited(self, text: str) -> None:
        self.state.update(dataclasses.replace(self.state.record, reason_note=clean_text(text)))
        self._show_hints()

    def _show_hints(self) -> None:
        """The validation messages about kind and reason (e.g. a note the reason needs)."""
        findings = validate(self.state.record, self.ctx.core.validation_context(_today(self.ctx)))
        # The age-milestone check needs the date of birth, which comes in the next steps.
        messages = [
            f.message(self.ctx.language)
            for f in findings
            if f.field in _FIELDS and f.code != "reason.age_milestone_not_due"
        ]
        self.hint_label.setText("\n".join(messages))
        self.hint_label.setVisible(bool(messages))


def _today(ctx: UiContext) -> dt.date:
    """The station's local date (validation's "today")."""
    return ctx.core.clock().astimezone().date()
