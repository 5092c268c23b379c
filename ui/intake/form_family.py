"""Relatives on the form: father, mother, spouse, and the legal representative of a minor."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QWidget

from station.record import ApplicationRecord, Relative, Representative, RepresentativeRole, Sex
from ui.context import UiContext
from ui.intake.form_addresses import add_address, new_address_editor
from ui.intake.form_applicant import chosen, digits, fill_combo, number_field, select, sex_items
from ui.intake.form_fields import FieldRegistry, FormSection, not_on_list
from ui.widgets.date_edit import PartialDateEdit
from ui.widgets.pickers import NfcLineEdit


class RelativeRow:
    """Name and ID number of one relative, side by side on one row of the form."""

    def __init__(self, section: FormSection, name_label: str, id_label: str) -> None:
        self.name = NfcLineEdit(section)
        self.name.setAccessibleName(name_label)
        self.id_number = number_field(12, section)
        self.id_number.setAccessibleName(id_label)
        self.id_number.setMaximumWidth(170)
        self.row = QHBoxLayout()
        self.row.addWidget(self.name, 3)
        self.row.addWidget(self.id_number, 1)

    def value(self) -> Relative | None:
        """The relative, or None when neither name nor number is given."""
        name, number = self.name.clean_text(), digits(self.id_number)
        return Relative(name, number) if name or number else None

    def set_value(self, relative: Relative | None) -> None:
        """Show *relative* (None: empty)."""
        relative = relative or Relative()
        self.name.set_clean_text(relative.full_name)
        if digits(self.id_number) != relative.id_number:
            self.id_number.setText(relative.id_number)


class FamilySection(FormSection):
    """Father, mother and spouse: full name and personal ID number."""

    def __init__(self, ctx: UiContext, registry: FieldRegistry, parent: QWidget | None = None):
        super().__init__(self.tr("Family"), registry, parent)
        self.setObjectName("familySection")
        self.rows: dict[str, RelativeRow] = {}
        for key, label, name_label, id_label in (
            (
                "father",
                self.tr("Father:"),
                self.tr("Father's full name"),
                self.tr("Father's ID number"),
            ),
            (
                "mother",
                self.tr("Mother:"),
                self.tr("Mother's full name"),
                self.tr("Mother's ID number"),
            ),
            (
                "spouse",
                self.tr("Spouse:"),
                self.tr("Spouse's full name"),
                self.tr("Spouse's ID number"),
            ),
        ):
            row = RelativeRow(self, name_label, id_label)
            row.name.setObjectName(f"{key}Name")
            row.id_number.setObjectName(f"{key}IdNumber")
            row.name.setPlaceholderText(self.tr("Full name"))
            row.id_number.setPlaceholderText(self.tr("ID number"))
            self.add_field(
                f"family.{key}.full_name",
                label,
                row.row,
                focus=row.name,
                parts={f"family.{key}.id_number": row.id_number},
            )
            self.rows[key] = row
        self._connect_signals()

    def _connect_signals(self) -> None:
        for row in self.rows.values():
            row.name.textChanged.connect(self.changed)
            row.id_number.textChanged.connect(self.changed)

    def show_record(self, record: ApplicationRecord) -> None:
        """Set the rows from the record's family."""
        family = record.family
        self.rows["father"].set_value(family.father)
        self.rows["mother"].set_value(family.mother)
        self.rows["spouse"].set_value(family.spouse)

    def apply(self, record: ApplicationRecord) -> ApplicationRecord:
        """The record with the relatives as entered (an empty row is no relative)."""
        family = dataclasses.replace(
            record.family,
            father=self.rows["father"].value(),
            mother=self.rows["mother"].value(),
            spouse=self.rows["spouse"].value(),
        )
        return dataclasses.replace(record, family=family)


class RepresentativeSection(FormSection):
    """The legal representative: required for children under 14 (validation says when)."""

    def __init__(self, ctx: UiContext, registry: FieldRegistry, parent: QWidget | None = None):
        super().__init__(self.tr("Legal representative"), registry, parent)
        self.setObjectName("representativeSection")
        self.present = QCheckBox(
            self.tr("The applicant has a legal representative (required under 14)"), self
        )
        self.present.setObjectName("hasRepresentative")
        self.add_field("representative", "", self.present, chip=False)
        self.full_name = NfcLineEdit(self)
        self.full_name.setObjectName("representativeName")
        self.id_number = number_field(12, self)
        self.id_number.setObjectName("representativeIdNumber")
        self.role = QComboBox(self)
        self.role.setObjectName("representativeRole")
        fill_combo(
            self.role,
            [
                (self.tr("Father"), RepresentativeRole.FATHER.value),
                (self.tr("Mother"), RepresentativeRole.MOTHER.value),
                (self.tr("Guardian"), RepresentativeRole.GUARDIAN.value),
                (self.tr("Other"), RepresentativeRole.OTHER.value),
            ],
        )
        self.date_of_birth = PartialDateEdit(parent=self)
        self.date_of_birth.setObjectName("representativeDateOfBirth")
        self.sex = QComboBox(self)
        self.sex.setObjectName("representativeSex")
        fill_combo(self.sex, sex_items())
        self.residence = new_address_editor(ctx, self)
        self.residence.setObjectName("representativeResidence")
        self._cells = [
            self.add_field("representative.full_name", self.tr("Full name:"), self.full_name),
            self.add_field("representative.id_number", self.tr("ID number:"), self.id_number),
            self.add_field("representative.role", self.tr("Relationship:"), self.role),
            self.add_field(
                "representative.date_of_birth", self.tr("Date of birth:"), self.date_of_birth
            ),
            self.add_field("representative.sex", self.tr("Sex:"), self.sex),
            add_address(self, "representative.residence", self.tr("Residence:"), self.residence),
        ]
        self._connect_signals()
        self._show_fields()

    def _connect_signals(self) -> None:
        self.present.toggled.connect(self._show_fields)
        self.present.toggled.connect(self.changed)
        for edit in (self.full_name, self.id_number, self.date_of_birth):
            edit.textChanged.connect(self.changed)
        self.role.currentIndexChanged.connect(self.changed)
        self.sex.currentIndexChanged.connect(self.changed)
        self.residence.edited.connect(self.changed)

    def _show_fields(self) -> None:
        for cell in self._cells:
            self.form.setRowVisible(cell, self.present.isChecked())

    def show_record(self, record: ApplicationRecord) -> None:
        """Set the inputs from the record's representative."""
        rep = record.representative
        self.present.setChecked(rep is not None)
        rep = rep or Representative()
        self.full_name.set_clean_text(rep.full_name)
        if digits(self.id_number) != rep.id_number:
            self.id_number.setText(rep.id_number)
        select(self.role, rep.role)
        self.date_of_birth.set_value(rep.date_of_birth)
        select(self.sex, rep.sex)
        self.residence.set_value(rep.residence)

    def apply(self, record: ApplicationRecord) -> ApplicationRecord:
        """The record with the representative as entered, or none."""
        if not self.present.isChecked():
            return dataclasses.replace(record, representative=None)
        rep = Representative(
            full_name=self.full_name.clean_text(),
            id_number=digits(self.id_number),
            role=chosen(self.role, RepresentativeRole) or RepresentativeRole.OTHER,
            date_of_birth=self.date_of_birth.value(),
            sex=chosen(self.sex, Sex),
            residence=self.residence.value(),
        )
        return dataclasses.replace(record, representative=rep)

    def local_problems(self) -> dict[str, str]:
        """A date that is not a date, unit text that names no unit."""
        if not self.present.isChecked():
            return {}
        problems = {"representative.date_of_birth": self.date_of_birth.problem()}
        if self.residence.pending():
            problems["representative.residence"] = not_on_list(self.residence.pending())
        return {path: text for path, text in problems.items() if text}
