"""The applicant's addresses on the form: birth registration, origin and the residences."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QVBoxLayout, QWidget

from station.record import Address, ApplicationRecord
from ui.context import UiContext
from ui.intake.form_fields import FieldRegistry, FormSection, not_on_list
from ui.widgets.address_editor import AddressEditor

ADDRESS_PARTS = ("province_code", "commune_code", "detail", "code_list_version")


def _focus(editor: AddressEditor | OptionalAddress, part: str) -> Callable[[], QWidget]:
    return lambda: editor.focus_target(part)


def new_address_editor(ctx: UiContext, parent: QWidget) -> AddressEditor:
    """An address editor on the station's reference data."""
    return AddressEditor(ctx.core.refdata, ctx.tasks, ctx.language, parent)


def add_address(section: FormSection, path: str, label: str, editor: AddressEditor) -> QWidget:
    """A row for an address, with its parts registered so findings reach the right input."""
    parts = {f"{path}.{part}": _focus(editor, part) for part in ADDRESS_PARTS}
    return section.add_field(
        path, label, editor, focus=lambda: editor.focus_target(""), parts=dict(parts)
    )


class OptionalAddress(QWidget):
    """An address that may be absent: a check box and an editor shown when it is ticked.

    *inverted* turns the box into "same as ...": ticked means no address of its own.
    """

    edited = Signal()

    def __init__(
        self, ctx: UiContext, text: str, *, inverted: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._inverted = inverted
        self.toggle = QCheckBox(text, self)
        self.editor = new_address_editor(ctx, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toggle)
        layout.addWidget(self.editor)
        self._connect_signals()
        self._show_editor()

    def _connect_signals(self) -> None:
        self.toggle.toggled.connect(self._show_editor)
        self.toggle.toggled.connect(self.edited)
        self.editor.edited.connect(self.edited)

    def has_address(self) -> bool:
        """True when the address is given."""
        return self.toggle.isChecked() != self._inverted

    def value(self) -> Address | None:
        """The address, or None when not given."""
        return self.editor.value() if self.has_address() else None

    def set_value(self, address: Address | None) -> None:
        """Show *address* (None: not given)."""
        self.toggle.setChecked((address is not None) != self._inverted)
        if address is not None:
            self.editor.set_value(address)

    def focus_target(self, part: str = "") -> QWidget:
        """The editor's input for *part* when shown, else the check box."""
        return self.editor.focus_target(part) if self.has_address() else self.toggle

    def pending(self) -> str:
        """Unit text that names no unit, when the address is given."""
        return self.editor.pending() if self.has_address() else ""

    def _show_editor(self) -> None:
        self.editor.setVisible(self.has_address())


def add_optional_address(
    section: FormSection, path: str, label: str, optional: OptionalAddress
) -> QWidget:
    """A row for an address that may be absent."""
    parts = {f"{path}.{part}": _focus(optional, part) for part in ADDRESS_PARTS}
    return section.add_field(
        path, label, optional, focus=lambda: optional.focus_target(""), parts=dict(parts)
    )


class AddressesSection(FormSection):
    """Place of birth registration, place of origin, permanent, temporary and current residence."""

    def __init__(self, ctx: UiContext, registry: FieldRegistry, parent: QWidget | None = None):
        super().__init__(self.tr("Addresses"), registry, parent)
        self.setObjectName("addressesSection")
        self.birth = new_address_editor(ctx, self)
        self.birth.setObjectName("placeOfBirthRegistration")
        add_address(
            self,
            "applicant.place_of_birth_registration",
            self.tr("Place of birth registration:"),
            self.birth,
        )
        self.origin = new_address_editor(ctx, self)
        self.origin.setObjectName("placeOfOrigin")
        add_address(self, "applicant.place_of_origin", self.tr("Place of origin:"), self.origin)
        self.permanent = new_address_editor(ctx, self)
        self.permanent.setObjectName("permanentResidence")
        add_address(
            self, "applicant.permanent_residence", self.tr("Permanent residence:"), self.permanent
        )
        self.temporary = OptionalAddress(ctx, self.tr("Has a temporary residence"), parent=self)
        self.temporary.setObjectName("temporaryResidence")
        add_optional_address(
            self, "applicant.temporary_residence", self.tr("Temporary residence:"), self.temporary
        )
        self.current = OptionalAddress(
            ctx, self.tr("Lives at the permanent residence"), inverted=True, parent=self
        )
        self.current.setObjectName("currentResidence")
        add_optional_address(
            self, "applicant.current_residence", self.tr("Current residence:"), self.current
        )
        self._connect_signals()

    def _connect_signals(self) -> None:
        for editor in (self.birth, self.origin, self.permanent, self.temporary, self.current):
            editor.edited.connect(self.changed)

    def show_record(self, record: ApplicationRecord) -> None:
        """Set the editors from the applicant's addresses."""
        a = record.applicant
        self.birth.set_value(a.place_of_birth_registration)
        self.origin.set_value(a.place_of_origin)
        self.permanent.set_value(a.permanent_residence)
        self.temporary.set_value(a.temporary_residence)
        self.current.set_value(a.current_residence)

    def apply(self, record: ApplicationRecord) -> ApplicationRecord:
        """The record with the addresses as entered."""
        applicant = dataclasses.replace(
            record.applicant,
            place_of_birth_registration=self.birth.value(),
            place_of_origin=self.origin.value(),
            permanent_residence=self.permanent.value(),
            temporary_residence=self.temporary.value(),
            current_residence=self.current.value(),
        )
        return dataclasses.replace(record, applicant=applicant)

    def local_problems(self) -> dict[str, str]:
        """Unit text that names no unit."""
        editors: list[tuple[str, AddressEditor | OptionalAddress]] = [
            ("applicant.place_of_birth_registration", self.birth),
            ("applicant.place_of_origin", self.origin),
            ("applicant.permanent_residence", self.permanent),
            ("applicant.temporary_residence", self.temporary),
            ("applicant.current_residence", self.current),
        ]
        return {path: not_on_list(e.pending()) for path, e in editors if e.pending()}
