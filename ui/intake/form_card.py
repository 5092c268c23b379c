"""The previous card and the biometrics taken on external devices, on the form."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLineEdit, QWidget

from station.record import (
    ApplicationRecord,
    Biometrics,
    FingerprintStatus,
    PreviousCard,
    PreviousCardType,
)
from ui.context import UiContext
from ui.intake.form_applicant import chosen, fill_combo, select
from ui.intake.form_fields import FieldRegistry, FormSection
from ui.widgets.date_edit import PartialDateEdit
from ui.widgets.pickers import NfcLineEdit


class PreviousCardSection(FormSection):
    """The card or identity document the citizen held before: type, number, dates, issuer."""

    def __init__(self, ctx: UiContext, registry: FieldRegistry, parent: QWidget | None = None):
        super().__init__(self.tr("Previous card"), registry, parent)
        self.setObjectName("previousCardSection")
        self.card_type = QComboBox(self)
        self.card_type.setObjectName("previousCardType")
        fill_combo(
            self.card_type,
            [
                (self.tr("None"), ""),
                (self.tr("9-digit identity card (CMND)"), PreviousCardType.CMND_9.value),
                (self.tr("12-digit identity card (CMND)"), PreviousCardType.CMND_12.value),
                (
                    self.tr("Citizen identity card with barcode"),
                    PreviousCardType.CCCD_BARCODE.value,
                ),
                (self.tr("Citizen identity card with chip"), PreviousCardType.CCCD_CHIP.value),
                (self.tr("Identity card (from 1 Jul 2024)"), PreviousCardType.CAN_CUOC.value),
            ],
        )
        self.add_field("previous_card", self.tr("Previous card:"), self.card_type)
        self.number = QLineEdit(self)
        self.number.setObjectName("previousCardNumber")
        self.add_field("previous_card.number", self.tr("Card number:"), self.number)
        self.issue_date = PartialDateEdit(partial=False, parent=self)
        self.issue_date.setObjectName("previousCardIssueDate")
        self.add_field("previous_card.issue_date", self.tr("Issued on:"), self.issue_date)
        self.expiry_date = PartialDateEdit(partial=False, parent=self)
        self.expiry_date.setObjectName("previousCardExpiryDate")
        self.no_expiry = QCheckBox(self.tr("No expiry"), self)
        self.no_expiry.setObjectName("previousCardNoExpiry")
        expiry = QHBoxLayout()
        expiry.addWidget(self.expiry_date, 1)
        expiry.addWidget(self.no_expiry)
        self.add_field(
            "previous_card.expiry_date",
            self.tr("Valid until:"),
            expiry,
            parts={"previous_card.has_expiry": self.no_expiry},
        )
        self.place = NfcLineEdit(self)
        self.place.setObjectName("previousCardPlace")
        self.add_field("previous_card.place_of_issue", self.tr("Issued by:"), self.place)
        self._connect_signals()
        self._enable()

    def _connect_signals(self) -> None:
        self.card_type.currentIndexChanged.connect(self._enable)
        self.card_type.currentIndexChanged.connect(self.changed)
        self.no_expiry.toggled.connect(self._enable)
        self.no_expiry.toggled.connect(self.changed)
        for edit in (self.number, self.issue_date, self.expiry_date, self.place):
            edit.textChanged.connect(self.changed)

    def _enable(self) -> None:
        held = bool(self.card_type.currentData())
        for widget in (self.number, self.issue_date, self.no_expiry, self.place):
            widget.setEnabled(held)
        self.expiry_date.setEnabled(held and not self.no_expiry.isChecked())

    def show_record(self, record: ApplicationRecord) -> None:
        """Set the inputs from the record's previous card."""
        card = record.previous_card
        select(self.card_type, card.card_type if card else None)
        if card is None:
            return  # keep what was typed: choosing a type again brings it back
        if self.number.text().replace(" ", "") != card.number:
            self.number.setText(card.number)
        self.issue_date.set_value(card.issue_date)
        self.expiry_date.set_value(card.expiry_date)
        self.no_expiry.setChecked(not card.has_expiry)
        self.place.set_clean_text(card.place_of_issue)

    def apply(self, record: ApplicationRecord) -> ApplicationRecord:
        """The record with the previous card as entered, or none."""
        card_type = chosen(self.card_type, PreviousCardType)
        if card_type is None:
            return dataclasses.replace(record, previous_card=None)
        has_expiry = not self.no_expiry.isChecked()
        card = PreviousCard(
            card_type=card_type,
            number=self.number.text().replace(" ", ""),
            issue_date=self.issue_date.date(),
            expiry_date=self.expiry_date.date() if has_expiry else None,
            has_expiry=has_expiry,
            place_of_issue=self.place.clean_text(),
        )
        return dataclasses.replace(record, previous_card=card)

    def local_problems(self) -> dict[str, str]:
        """Dates that are not complete, real dates."""
        if not self.card_type.currentData():
            return {}
        problems = {"previous_card.issue_date": self.issue_date.problem()}
        if not self.no_expiry.isChecked():
            problems["previous_card.expiry_date"] = self.expiry_date.problem()
        return {path: text for path, text in problems.items() if text}


class BiometricsSection(FormSection):
    """What the fingerprint and iris devices captured (they are outside this application)."""

    def __init__(self, ctx: UiContext, registry: FieldRegistry, parent: QWidget | None = None):
        super().__init__(self.tr("Fingerprints and iris"), registry, parent)
        self.setObjectName("biometricsSection")
        self.fingerprints = QComboBox(self)
        self.fingerprints.setObjectName("fingerprints")
        fill_combo(
            self.fingerprints,
            [
                (self.tr("Not captured yet"), FingerprintStatus.NOT_CAPTURED.value),
                (self.tr("Captured on the fingerprint device"), FingerprintStatus.CAPTURED.value),
                (self.tr("Exempt (say why below)"), FingerprintStatus.EXEMPT.value),
            ],
        )
        self.add_field(
            "biometrics.fingerprints", self.tr("Fin&gerprints:"), self.fingerprints, chip=False
        )
        self.note = NfcLineEdit(self)
        self.note.setObjectName("fingerprintNote")
        self.note.setPlaceholderText(self.tr("e.g. missing fingers"))
        self.add_field("biometrics.fingerprint_note", self.tr("Reason:"), self.note, chip=False)
        self.iris = QCheckBox(self.tr("Iris captured"), self)
        self.iris.setObjectName("irisCaptured")
        self.add_field("biometrics.iris_captured", "", self.iris, chip=False)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.fingerprints.currentIndexChanged.connect(self.changed)
        self.note.textChanged.connect(self.changed)
        self.iris.toggled.connect(self.changed)

    def show_record(self, record: ApplicationRecord) -> None:
        """Set the inputs from the record's biometrics."""
        bio = record.biometrics
        select(self.fingerprints, bio.fingerprints)
        self.note.set_clean_text(bio.fingerprint_note)
        self.iris.setChecked(bio.iris_captured)

    def apply(self, record: ApplicationRecord) -> ApplicationRecord:
        """The record with the biometrics status as entered."""
        biometrics = Biometrics(
            fingerprints=chosen(self.fingerprints, FingerprintStatus)
            or FingerprintStatus.NOT_CAPTURED,
            fingerprint_note=self.note.clean_text(),
            iris_captured=self.iris.isChecked(),
        )
        return dataclasses.replace(record, biometrics=biometrics)
