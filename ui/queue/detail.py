"""A sealed application shown read-only to a supervisor (decrypted on a worker, audited)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from station.outbox import QueueEntry
from station.record import Address, ApplicationKind, ApplicationReason, Sex
from station.refdata import ReferenceData
from station.sealed_payload import SealedContent
from station.storage.schema import Role
from ui.context import UiContext
from ui.queue.core_calls import open_for_viewing
from ui.queue.guard import run_for
from ui.queue.labels import entry_state_label, local_time, problem_text, reopened_text

PORTRAIT_HEIGHT = 240


def may_view_details(ctx: UiContext) -> bool:
    """Only supervisors and administrators open sealed applications (personal data)."""
    return ctx.session.has_role(Role.SUPERVISOR)


def show_details(
    ctx: UiContext,
    entry: QueueEntry,
    parent: QWidget,
    shown: Callable[[ApplicationDetailDialog], None] | None = None,
) -> bool:
    """Decrypt *entry* on a worker and open it read-only; False (with a notice) if refused."""
    if not may_view_details(ctx):
        ctx.notices.warning(
            QCoreApplication.translate(
                "ApplicationDetails",
                "Only a supervisor or an administrator may open a sealed application: it "
                "holds the citizen's personal data. Ask your supervisor.",
            )
        )
        return False
    core, viewer = ctx.core, ctx.session.officer_id

    def opened(content: SealedContent) -> None:
        dialog = ApplicationDetailDialog(ctx, entry, content, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        if shown is not None:
            shown(dialog)

    run_for(
        parent,
        ctx.tasks,
        lambda: open_for_viewing(core, entry.application_id, entry.application_number, viewer),
        opened,
    )
    return True


class ApplicationDetailDialog(QDialog):
    """Every main field of a sealed application and its portrait; nothing can be edited."""

    def __init__(
        self,
        ctx: UiContext,
        entry: QueueEntry,
        content: SealedContent,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("applicationDetailDialog")
        self.setWindowTitle(self.tr("Application %1").replace("%1", entry.application_number))
        self._refdata = ctx.core.refdata
        self.form = QFormLayout()
        self.form.setObjectName("detailForm")
        self._fill(entry, content)
        self.portrait = QLabel(self)
        self.portrait.setObjectName("detailPortrait")
        self.portrait.setAccessibleName(self.tr("Portrait"))
        self.portrait.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        self._show_portrait(content.attachments.get("portrait"))

        body = QWidget(self)
        row = QHBoxLayout(body)
        row.addLayout(self.form, 1)
        row.addWidget(self.portrait)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)
        self.resize(900, 620)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.buttons.rejected.connect(self.reject)

    def value_of(self, label: str) -> str:
        """The text shown beside *label* (tests and screen readers)."""
        for row in range(self.form.rowCount()):
            item = self.form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = self.form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            name = item.widget() if item is not None else None
            value = field.widget() if field is not None else None
            if isinstance(name, QLabel) and isinstance(value, QLabel) and name.text() == label:
                return value.text()
        raise KeyError(label)

    def _fill(self, entry: QueueEntry, content: SealedContent) -> None:
        record = content.record
        person = record.applicant
        self._section(self.tr("Application"))
        self._row(self.tr("Application number"), entry.application_number)
        self._row(self.tr("Sealed at"), local_time(content.sealed_at))
        self._row(self.tr("Officer"), entry.officer_id)
        self._row(self.tr("State"), entry_state_label(entry))
        if problem_text(entry):
            self._row(self.tr("Reason given"), problem_text(entry))
        if entry.reopened:
            self._row(self.tr("Re-opened"), reopened_text(entry))
        self._row(self.tr("Procedure"), _kind(record.kind))
        self._row(self.tr("Reason"), _reason(record.reason))
        self._row(self.tr("Reason in detail"), record.reason_note)
        self._section(self.tr("Applicant"))
        self._row(self.tr("Full name"), person.full_name)
        self._row(self.tr("Other names"), person.other_names)
        self._row(self.tr("Personal ID number"), person.id_number)
        self._row(self.tr("Date of birth"), str(person.date_of_birth or ""))
        self._row(self.tr("Sex"), _sex(person.sex))
        self._row(self.tr("Nationality"), person.nationality)
        self._row(self.tr("Ethnicity"), person.ethnicity.name if person.ethnicity else "")
        self._row(self.tr("Religion"), person.religion.name if person.religion else "")
        self._row(self.tr("Occupation"), person.occupation)
        self._row(self.tr("Place of origin"), self._address(person.place_of_origin))
        self._row(self.tr("Permanent residence"), self._address(person.permanent_residence))
        self._row(self.tr("Current residence"), self._address(person.current_residence))
        self._section(self.tr("Contact"))
        self._row(self.tr("Phone"), record.contact.phone)
        self._row(self.tr("Email"), record.contact.email)
        self._section(self.tr("Checks"))
        if record.chip_read is not None:
            self._row(self.tr("Chip read"), record.chip_read.passive_auth)
        self._row(
            self.tr("Warnings acknowledged"),
            self.tr("%n warning(s)", "", len(content.acknowledged_warnings)),
        )

    def _section(self, title: str) -> None:
        label = QLabel(f"<b>{title}</b>", self)
        label.setTextFormat(Qt.TextFormat.RichText)
        self.form.addRow(label)

    def _row(self, label: str, value: str) -> None:
        field = QLabel(value or "—", self)
        field.setTextFormat(Qt.TextFormat.PlainText)
        field.setWordWrap(True)
        field.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.form.addRow(label, field)

    def _address(self, address: Address | None) -> str:
        return address_text(address, self._refdata)

    def _show_portrait(self, data: bytes | None) -> None:
        pixmap = QPixmap()
        if data and pixmap.loadFromData(data):
            self.portrait.setPixmap(
                pixmap.scaledToHeight(PORTRAIT_HEIGHT, Qt.TransformationMode.SmoothTransformation)
            )
        else:
            self.portrait.setText(self.tr("No portrait"))


def address_text(address: Address | None, refdata: ReferenceData) -> str:
    """One line: house and street, commune, province (names from the current lists)."""
    if address is None or address.is_empty:
        return ""
    if not address.is_structured:
        return address.legacy_text or address.detail
    commune = refdata.commune(address.commune_code) if address.commune_code else None
    province = refdata.province(address.province_code) if address.province_code else None
    parts = [address.detail, commune.name if commune else "", province.name if province else ""]
    return ", ".join(p for p in parts if p)


def _sex(sex: Sex | None) -> str:
    if sex is None:
        return ""
    if sex is Sex.MALE:
        return QCoreApplication.translate("ApplicationDetails", "Male")
    return QCoreApplication.translate("ApplicationDetails", "Female")


def _kind(kind: ApplicationKind) -> str:
    return {
        ApplicationKind.FIRST_ISSUE: QCoreApplication.translate(
            "ApplicationDetails", "First issue"
        ),
        ApplicationKind.EXCHANGE: QCoreApplication.translate("ApplicationDetails", "Exchange"),
        ApplicationKind.REISSUE: QCoreApplication.translate("ApplicationDetails", "Reissue"),
    }[kind]


def _reason(reason: ApplicationReason) -> str:
    return {
        ApplicationReason.FIRST_ISSUE: QCoreApplication.translate(
            "ApplicationDetails", "First card"
        ),
        ApplicationReason.AGE_MILESTONE: QCoreApplication.translate(
            "ApplicationDetails", "Age milestone"
        ),
        ApplicationReason.WORN_CARD: QCoreApplication.translate("ApplicationDetails", "Worn card"),
        ApplicationReason.DATA_CHANGED: QCoreApplication.translate(
            "ApplicationDetails", "Personal data changed"
        ),
        ApplicationReason.ADMIN_UNIT_CHANGED: QCoreApplication.translate(
            "ApplicationDetails", "Administrative unit changed"
        ),
        ApplicationReason.HOLDER_REQUEST: QCoreApplication.translate(
            "ApplicationDetails", "Holder's request"
        ),
        ApplicationReason.CARD_ERROR: QCoreApplication.translate(
            "ApplicationDetails", "Error on the card"
        ),
        ApplicationReason.LOST_CARD: QCoreApplication.translate("ApplicationDetails", "Lost card"),
        ApplicationReason.DAMAGED_CARD: QCoreApplication.translate(
            "ApplicationDetails", "Damaged card"
        ),
    }[reason]
