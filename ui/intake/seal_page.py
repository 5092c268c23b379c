"""Step 6 of the wizard: seal the application, then hand the citizen the appointment slip.

Sealing runs on a worker once the last edit is saved; the slip (number, date and place to
collect) can then be saved as a PDF or printed, both painted off the GUI thread.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from station.documents import AppointmentSlip
from station.sealing import SealReceipt, SealRefusedError
from station.services import NotEnrolledError
from ui.context import UiContext
from ui.intake.page import WizardPage
from ui.intake.state import IntakeState
from ui.intake.wizard import AfterSave
from ui.printing.choose import choose_printer
from ui.printing.documents import appointment_slip_pdf, print_appointment_slip

PRINT_LANGUAGE = "vi"  # the citizen keeps the slip: it is in Vietnamese


class SealPage(WizardPage):
    """The Seal button; after sealing, the number, the slip actions and the next citizen."""

    back_requested = Signal()  # sealing was refused: back to the review
    next_citizen_requested = Signal()

    def __init__(self, ctx: UiContext, state: IntakeState, parent: QWidget | None = None) -> None:
        super().__init__(ctx, state, parent)
        self.setObjectName("sealPage")
        self._sealing = False
        self._slip: AppointmentSlip | None = None
        self._dialog: QFileDialog | None = None  # the open file dialog
        self._after_save = AfterSave(state, self)

        self.intro_label = self._label(
            "sealIntro",
            self.tr(
                "Check that the citizen has signed the intake sheet. Sealing freezes the "
                "application: nothing can be changed afterwards."
            ),
        )
        self.summary_label = self._label("sealSummary")
        self.seal_button = QPushButton(self.tr("Se&al application"), self)
        self.seal_button.setObjectName("sealButton")
        self.seal_button.setToolTip(self.tr("Seal (Ctrl+Enter)"))
        self.seal_button.setMinimumHeight(48)
        self.status_label = self._label("sealStatus")

        self.done = QWidget(self)
        self.done.setObjectName("sealDone")
        self.number_label = self._label("applicationNumber", parent=self.done)
        self.number_label.setStyleSheet(
            "QLabel#applicationNumber { font-size: 28pt; font-weight: bold; }"
        )
        self.number_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.collect_label = self._label("collectOn", parent=self.done)
        self.collect_label.setStyleSheet("QLabel#collectOn { font-size: 14pt; }")
        self.place_label = self._label("collectPlace", parent=self.done)
        self.save_button = self._button(self.tr("Save slip as PD&F…"), "saveSlipButton")
        self.print_button = self._button(self.tr("P&rint slip…"), "printSlipButton")
        self.next_button = self._button(self.tr("Next citi&zen (Ctrl+N)"), "nextCitizenButton")
        self.next_button.setAutoDefault(True)  # Enter on it starts the next application
        facts = QFormLayout()
        facts.addRow(self.tr("Application number:"), self.number_label)
        facts.addRow(self.tr("Collect the card on:"), self.collect_label)
        facts.addRow(self.tr("At:"), self.place_label)
        buttons = QHBoxLayout()
        for button in (self.save_button, self.print_button, self.next_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        done_layout = QVBoxLayout(self.done)
        done_layout.addLayout(facts)
        done_layout.addLayout(buttons)
        self.done.hide()

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro_label)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.seal_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.status_label)
        layout.addWidget(self.done)
        layout.addStretch(1)
        self._seal_shortcuts = [
            QShortcut(QKeySequence(k), self) for k in ("Ctrl+Return", "Ctrl+Enter")
        ]
        for shortcut in self._seal_shortcuts:
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._connect_signals()

    def _label(self, name: str, text: str = "", parent: QWidget | None = None) -> QLabel:
        label = QLabel(text, parent or self)
        label.setObjectName(name)
        label.setWordWrap(True)
        return label

    def _button(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text, self.done)
        button.setObjectName(name)
        return button

    def _connect_signals(self) -> None:
        self.seal_button.clicked.connect(self.seal)
        for shortcut in self._seal_shortcuts:
            shortcut.activated.connect(self.seal)
        self.save_button.clicked.connect(self.save_slip)
        self.print_button.clicked.connect(self.print_slip)
        self.next_button.clicked.connect(self.next_citizen_requested.emit)

    # ------------------------------------------------------------------ WizardPage

    def title(self) -> str:
        """The step's name."""
        return self.tr("Seal and slip")

    def enter(self) -> None:
        """Before sealing: who is being sealed; after: the slip. Focus the next action."""
        if self.state.is_sealed:
            self.next_button.setFocus()
            return
        applicant = self.state.record.applicant
        self.summary_label.setText(
            self.tr("Application of %1, ID number %2.")
            .replace("%1", applicant.full_name or "—")
            .replace("%2", applicant.id_number or "—")
        )
        self.seal_button.setFocus()

    # ------------------------------------------------------------------ sealing

    @property
    def slip(self) -> AppointmentSlip | None:
        """The appointment slip once sealed."""
        return self._slip

    def seal(self) -> None:
        """Seal on a worker, once the draft in the database holds the last edit."""
        if self._sealing or self.state.is_sealed:
            return
        self._sealing = True
        self.seal_button.setEnabled(False)
        self.status_label.setText(self.tr("Sealing…"))
        self._after_save.run(self._seal_saved, on_cancel=self._seal_ended)

    def _seal_saved(self) -> None:
        core, state = self.ctx.core, self.state
        application_id, officer_id = state.application_id, self.ctx.session.officer_id
        acknowledged = frozenset(state.acknowledged)
        self.ctx.tasks.run(
            lambda: core.sealer().seal(application_id, officer_id, acknowledged),
            self._sealed,
            self._seal_failed,
        )

    def _seal_ended(self) -> None:
        self._sealing = False
        self.seal_button.setEnabled(not self.state.is_sealed)
        self.status_label.clear()

    def _sealed(self, receipt: SealReceipt) -> None:
        self._seal_ended()
        core = self.ctx.core
        self._slip = core.appointment_slip(self.state.record, receipt)
        self.state.mark_sealed(receipt)
        core.sync.wake()  # the upload starts now rather than at the next pass
        self.seal_button.hide()
        self.intro_label.setText(self.tr("The application is sealed. Give the citizen the slip."))
        self.number_label.setText(receipt.application_number)
        self.collect_label.setText(self._slip.collect_on.strftime("%d/%m/%Y"))
        self.place_label.setText(self._slip.place)
        self.done.show()
        self.ctx.notices.success(
            self.tr("Application %1 is sealed and queued for upload.").replace(
                "%1", receipt.application_number
            )
        )
        self.next_button.setFocus()

    def _seal_failed(self, error: BaseException) -> None:
        self._seal_ended()
        self.status_label.setText(self.ctx.notices.describe(error))
        if isinstance(error, SealRefusedError):
            self.ctx.notices.error(error, self.tr("Back to the review"), self.back_requested.emit)
        elif isinstance(error, NotEnrolledError):
            self.ctx.notices.error(error)  # the message says to call IT
        else:
            self.ctx.notices.error(error, self.tr("Try again"), self.seal)

    # ------------------------------------------------------------------ the slip

    def save_slip(self) -> None:
        """Ask where to save the slip (GUI thread); the PDF is written on a worker."""
        if self._slip is None:
            return
        dialog = QFileDialog(self, self.tr("Save the appointment slip"))
        dialog.setObjectName("saveSlipDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("PDF documents (*.pdf)"))
        dialog.setDefaultSuffix("pdf")
        dialog.selectFile(f"{self._slip.application_number}.pdf")
        dialog.fileSelected.connect(self.save_slip_to)
        dialog.finished.connect(dialog.deleteLater)
        self._dialog = dialog
        dialog.open()

    def save_slip_to(self, path: str) -> None:
        """Write the slip as a PDF to *path*, on a worker."""
        slip = self._slip
        if slip is None:
            return

        def work() -> str:
            # Written beside and renamed: whoever waits for the file never sees half of it.
            partial = Path(path + ".part")
            partial.write_bytes(appointment_slip_pdf(slip, PRINT_LANGUAGE))
            partial.replace(path)
            return path

        self.ctx.tasks.run(work, self._slip_saved, self._slip_save_failed)

    def _slip_saved(self, path: str) -> None:
        self.ctx.notices.success(self.tr("The slip was saved to %1.").replace("%1", path))

    def _slip_save_failed(self, error: BaseException) -> None:
        text = self.tr("The slip could not be saved (%1). Choose another folder or a USB stick.")
        detail = error.strerror if isinstance(error, OSError) and error.strerror else ""
        self.ctx.notices.error(
            text.replace("%1", detail or self.ctx.notices.describe(error)),
            self.tr("Save again"),
            self.save_slip,
        )

    def print_slip(self) -> None:
        """Choose the printer (GUI thread); the slip is painted on a worker."""
        if self._slip is None:
            return
        printer = choose_printer(self, "printSlipDialog")
        if printer is not None:
            self.print_slip_on(printer)

    def print_slip_on(self, printer: QPrinter) -> None:
        """Paint the slip on a configured printer, on a worker."""
        slip = self._slip
        if slip is None:
            return
        self.ctx.tasks.run(
            lambda: print_appointment_slip(slip, printer, PRINT_LANGUAGE),
            lambda _: self.ctx.notices.success(self.tr("The slip went to the printer.")),
            lambda error: self.ctx.notices.error(error, self.tr("Print again"), self.print_slip),
        )
