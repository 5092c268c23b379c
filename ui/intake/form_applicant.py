"""The applicant's personal data on the form: names, numbers, birth, coded data, blood type."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from enum import StrEnum
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QWidget

from station.record import ApplicationRecord, BloodType, Consent, Sex
from ui.context import UiContext
from ui.intake.form_fields import FieldRegistry, FormSection, not_on_list
from ui.widgets.date_edit import PartialDateEdit
from ui.widgets.pickers import CodeListPicker, CountryPicker, NfcLineEdit

E = TypeVar("E", bound=StrEnum)


def number_field(length: int, parent: QWidget) -> QLineEdit:
    """A line for an ID number: digits (and the spaces people type between groups)."""
    edit = QLineEdit(parent)
    edit.setValidator(QRegularExpressionValidator(QRegularExpression(r"[0-9 ]*"), edit))
    edit.setMaxLength(length + 4)
    return edit


def digits(edit: QLineEdit) -> str:
    """The number typed, without the spaces between groups."""
    return edit.text().replace(" ", "")


def fill_combo(combo: QComboBox, items: list[tuple[str, str]]) -> None:
    """Items as (shown text, stored value); "" stands for "not given"."""
    for text, value in items:
        combo.addItem(text, value)


def select(combo: QComboBox, value: StrEnum | str | None) -> None:
    """Show the item storing *value* ("" item for None)."""
    index = combo.findData(str(value) if value is not None else "")
    combo.setCurrentIndex(max(index, 0))


def chosen(combo: QComboBox, kind: Callable[[str], E]) -> E | None:
    """The enum member of the item shown, or None for the "not given" item."""
    data = combo.currentData()
    return kind(data) if isinstance(data, str) and data else None


def sex_items() -> list[tuple[str, str]]:
    """The items of a sex combo: not given, male, female."""
    male = QCoreApplication.translate("FormFields", "Male")
    female = QCoreApplication.translate("FormFields", "Female")
    return [("—", ""), (male, Sex.MALE.value), (female, Sex.FEMALE.value)]


class ApplicantSection(FormSection):
    """Who the card is for: names, ID numbers, birth, sex, nationality, ethnicity, religion."""

    def __init__(self, ctx: UiContext, registry: FieldRegistry, parent: QWidget | None = None):
        super().__init__(self.tr("Applicant"), registry, parent)
        self.setObjectName("applicantSection")
        self._clock = ctx.core.clock
        refdata = ctx.core.refdata
        language = ctx.language

        self.full_name = NfcLineEdit(self)
        self.full_name.setObjectName("fullName")
        self.add_field("applicant.full_name", self.tr("&Full name:"), self.full_name)
        self.other_names = NfcLineEdit(self)
        self.other_names.setObjectName("otherNames")
        self.add_field("applicant.other_names", self.tr("O&ther names:"), self.other_names)
        self.id_number = number_field(12, self)
        self.id_number.setObjectName("idNumber")
        self.id_number.setPlaceholderText(self.tr("12 digits"))
        self.add_field("applicant.id_number", self.tr("&Personal ID number:"), self.id_number)
        self.old_id_number = number_field(9, self)
        self.old_id_number.setObjectName("oldIdNumber")
        self.old_id_number.setPlaceholderText(self.tr("9 digits, if the citizen had one"))
        self.add_field(
            "applicant.old_id_number", self.tr("Old identity card (CMND):"), self.old_id_number
        )
        self.date_of_birth = PartialDateEdit(parent=self)
        self.date_of_birth.setObjectName("dateOfBirth")
        self.date_of_birth.setToolTip(
            self.tr("Unknown day or month: leave it out (03/1950 or 1950), or type 00.")
        )
        self.add_field("applicant.date_of_birth", self.tr("&Date of birth:"), self.date_of_birth)
        self.sex = QComboBox(self)
        self.sex.setObjectName("sex")
        fill_combo(self.sex, sex_items())
        self.add_field("applicant.sex", self.tr("&Sex:"), self.sex)
        self.nationality = CountryPicker(refdata, language, self)
        self.nationality.setObjectName("nationality")
        self.add_field("applicant.nationality", self.tr("Nationalit&y:"), self.nationality)
        self.ethnicity = CodeListPicker(refdata, "ethnicity", language, self)
        self.ethnicity.setObjectName("ethnicity")
        self.ethnicity.setPlaceholderText(self.tr("Type a name or a code, e.g. kinh or 01"))
        self.add_field("applicant.ethnicity", self.tr("&Ethnic group:"), self.ethnicity)
        self.religion = CodeListPicker(refdata, "religion", language, self)
        self.religion.setObjectName("religion")
        self.religion.setPlaceholderText(self.tr("Type a name or a code; 00 for none"))
        self.add_field("applicant.religion", self.tr("&Religion:"), self.religion)
        self.occupation = NfcLineEdit(self)
        self.occupation.setObjectName("occupation")
        self.add_field("applicant.occupation", self.tr("&Occupation:"), self.occupation)
        self.marks = NfcLineEdit(self)
        self.marks.setObjectName("identifyingMarks")
        self.add_field("applicant.identifying_marks", self.tr("Identifying &marks:"), self.marks)
        self.consent = QCheckBox(
            self.tr("The citizen consents to recording voluntary data (blood type)"), self
        )
        self.consent.setObjectName("voluntaryConsent")
        self.add_field("consent.voluntary_data", "", self.consent, chip=False)
        self.blood_type = QComboBox(self)
        self.blood_type.setObjectName("bloodType")
        fill_combo(self.blood_type, [(self.tr("Not recorded"), "")])
        fill_combo(self.blood_type, [(b.value, b.value) for b in BloodType])
        self.add_field("applicant.blood_type", self.tr("B&lood type:"), self.blood_type)
        self._connect_signals()

    def _connect_signals(self) -> None:
        for edit in (
            self.full_name,
            self.other_names,
            self.id_number,
            self.old_id_number,
            self.date_of_birth,
            self.occupation,
            self.marks,
        ):
            edit.textChanged.connect(self.changed)
        for picker in (self.nationality, self.ethnicity, self.religion):
            picker.chosen.connect(self.changed)
        self.sex.currentIndexChanged.connect(self.changed)
        self.blood_type.currentIndexChanged.connect(self.changed)
        self.consent.toggled.connect(self.changed)

    def show_record(self, record: ApplicationRecord) -> None:
        """Set the inputs from the record's applicant and consent."""
        a = record.applicant
        self.full_name.set_clean_text(a.full_name)
        self.other_names.set_clean_text(a.other_names)
        if digits(self.id_number) != a.id_number:
            self.id_number.setText(a.id_number)
        if digits(self.old_id_number) != a.old_id_number:
            self.old_id_number.setText(a.old_id_number)
        self.date_of_birth.set_value(a.date_of_birth)
        select(self.sex, a.sex)
        self.nationality.set_value(a.nationality or None)
        self.ethnicity.set_value(a.ethnicity)
        self.religion.set_value(a.religion)
        self.occupation.set_clean_text(a.occupation)
        self.marks.set_clean_text(a.identifying_marks)
        self.consent.setChecked(record.consent.voluntary_data)
        select(self.blood_type, a.blood_type)

    def apply(self, record: ApplicationRecord) -> ApplicationRecord:
        """The record with the applicant's personal data and the consent as entered."""
        applicant = dataclasses.replace(
            record.applicant,
            full_name=self.full_name.clean_text(),
            other_names=self.other_names.clean_text(),
            id_number=digits(self.id_number),
            old_id_number=digits(self.old_id_number),
            date_of_birth=self.date_of_birth.value(),
            sex=chosen(self.sex, Sex),
            nationality=self.nationality.value() or "",
            ethnicity=self.ethnicity.value(),
            religion=self.religion.value(),
            occupation=self.occupation.clean_text(),
            identifying_marks=self.marks.clean_text(),
            blood_type=chosen(self.blood_type, BloodType),
        )
        consent = record.consent
        if self.consent.isChecked() != consent.voluntary_data:
            # The moment of consent is part of the record (data protection law).
            consent = Consent(True, self._clock()) if self.consent.isChecked() else Consent()
        return dataclasses.replace(record, applicant=applicant, consent=consent)

    def local_problems(self) -> dict[str, str]:
        """A date that is not a date, and picker text that names no entry."""
        problems = {"applicant.date_of_birth": self.date_of_birth.problem()}
        for path, picker in (
            ("applicant.nationality", self.nationality),
            ("applicant.ethnicity", self.ethnicity),
            ("applicant.religion", self.religion),
        ):
            if picker.pending():
                problems[path] = not_on_list(picker.pending())
        return {path: text for path, text in problems.items() if text}
