"""Contact details on the form: phone, email, and where to deliver the card."""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QWidget

from station.record import ApplicationRecord, Contact
from ui.context import UiContext
from ui.intake.form_addresses import OptionalAddress, add_optional_address
from ui.intake.form_fields import FieldRegistry, FormSection, not_on_list
from ui.widgets.pickers import NfcLineEdit


class ContactSection(FormSection):
    """Phone and email (both optional), and a delivery address when the card is posted."""

    def __init__(self, ctx: UiContext, registry: FieldRegistry, parent: QWidget | None = None):
        super().__init__(self.tr("Contact"), registry, parent)
        self.setObjectName("contactSection")
        self.phone = NfcLineEdit(self)
        self.phone.setObjectName("phone")
        self.phone.setPlaceholderText(self.tr("e.g. 0912 345 678"))
        self.add_field("contact.phone", self.tr("P&hone:"), self.phone, chip=False)
        self.email = NfcLineEdit(self)
        self.email.setObjectName("email")
        self.add_field("contact.email", self.tr("Em&ail:"), self.email, chip=False)
        self.delivery = OptionalAddress(
            ctx, self.tr("Deliver the card to this address"), parent=self
        )
        self.delivery.setObjectName("deliveryAddress")
        add_optional_address(
            self, "contact.delivery_address", self.tr("Card delivery:"), self.delivery
        )
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.phone.textChanged.connect(self.changed)
        self.email.textChanged.connect(self.changed)
        self.delivery.edited.connect(self.changed)

    def show_record(self, record: ApplicationRecord) -> None:
        """Set the inputs from the record's contact."""
        contact = record.contact
        self.phone.set_clean_text(contact.phone)
        self.email.set_clean_text(contact.email)
        self.delivery.set_value(contact.delivery_address)

    def apply(self, record: ApplicationRecord) -> ApplicationRecord:
        """The record with the contact details as entered."""
        contact = Contact(
            phone=self.phone.clean_text(),
            email=self.email.clean_text(),
            delivery_address=self.delivery.value(),
        )
        return dataclasses.replace(record, contact=contact)

    def local_problems(self) -> dict[str, str]:
        """Unit text of the delivery address that names no unit."""
        pending = self.delivery.pending()
        return {"contact.delivery_address": not_on_list(pending)} if pending else {}
