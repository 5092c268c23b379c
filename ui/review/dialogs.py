"""The review screen's dialogs: the rejection reason and the end-of-day summary (printable)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from station.review import MAX_REASON_CHARS, DaySummary, DaySummaryReport
from ui.context import UiContext
from ui.printing.choose import choose_printer
from ui.printing.documents import day_summary_pdf, print_day_summary
from ui.queue.core_calls import supervisor_review
from ui.queue.filters import qdate_to_date
from ui.queue.guard import run_for
from ui.queue.labels import local_zone
from ui.review.models import DaySummaryModel


class RejectDialog(QDialog):
    """Asks why the applications are rejected; the officer reads this to correct them."""

    def __init__(self, numbers: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rejectDialog")
        self.setWindowTitle(self.tr("Reject applications"))
        intro = QLabel(
            self.tr("Reject %n application(s): %1", "", len(numbers)).replace(
                "%1", ", ".join(numbers[:5]) + ("…" if len(numbers) > 5 else "")
            ),
            self,
        )
        intro.setWordWrap(True)
        self.reason_edit = QPlainTextEdit(self)
        self.reason_edit.setObjectName("rejectReason")
        self.reason_edit.setTabChangesFocus(True)
        reason_label = QLabel(self.tr("&Reason (the officer sees it; required):"), self)
        reason_label.setBuddy(self.reason_edit)
        self.buttons = QDialogButtonBox(self)
        self.reject_button = self.buttons.addButton(
            self.tr("&Reject"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.reject_button.setObjectName("rejectConfirm")
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(reason_label)
        layout.addWidget(self.reason_edit, 1)
        layout.addWidget(self.buttons)
        self.resize(480, 260)
        self._connect_signals()
        self._update()

    def _connect_signals(self) -> None:
        self.reason_edit.textChanged.connect(self._update)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def reason(self) -> str:
        """The reason typed (trimmed)."""
        return self.reason_edit.toPlainText().strip()

    def _update(self) -> None:
        text = self.reason_edit.toPlainText()
        if len(text) > MAX_REASON_CHARS:
            self.reason_edit.setPlainText(text[:MAX_REASON_CHARS])
        self.reject_button.setEnabled(bool(self.reason()))

    def accept(self) -> None:
        """Only with a reason."""
        if self.reason():
            super().accept()


class DaySummaryDialog(QDialog):
    """What became of the applications sealed on a day, per officer and in total; printable.

    The summary holds counts and the station's accounts only, nothing about a citizen, so
    it may be saved as a PDF too. Both are painted on a worker, as the slip is.
    """

    def __init__(self, ctx: UiContext, day: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("daySummaryDialog")
        self.setWindowTitle(self.tr("End-of-day summary"))
        self._ctx = ctx
        self.summary: DaySummary | None = None
        self._names: dict[str, str] = {}
        self.file_dialog: QFileDialog | None = None  # the open "Save as PDF" dialog
        self.day_edit = QDateEdit(QDate(day.year, day.month, day.day), self)
        self.day_edit.setObjectName("summaryDay")
        self.day_edit.setCalendarPopup(True)
        self.day_edit.setDisplayFormat("dd/MM/yyyy")
        day_label = QLabel(self.tr("&Day:"), self)
        day_label.setBuddy(self.day_edit)
        self.model = DaySummaryModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("summaryTable")
        self.table.setAccessibleName(self.tr("Applications of the day per officer"))
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setWordWrap(False)
        self.note = QLabel(
            self.tr(
                "Counts the applications sealed that day by where they stand now; "
                '"Approved" also counts those that went on.'
            ),
            self,
        )
        self.note.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.print_button = self.buttons.addButton(
            self.tr("&Print…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.print_button.setObjectName("summaryPrint")
        self.save_button = self.buttons.addButton(
            self.tr("Save as P&DF…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.save_button.setObjectName("summarySavePdf")
        for button in (self.print_button, self.save_button):
            button.setAutoDefault(False)
            button.setEnabled(False)  # until the day's counts are in
        top = QHBoxLayout()
        top.addWidget(day_label)
        top.addWidget(self.day_edit)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.resize(1000, 360)
        self._connect_signals()
        self.load()

    def _connect_signals(self) -> None:
        self.day_edit.dateChanged.connect(self.load)
        self.buttons.rejected.connect(self.reject)
        self.print_button.clicked.connect(self.print_summary)
        self.save_button.clicked.connect(self.save_pdf)

    def load(self) -> None:
        """Count the chosen day on a worker."""
        self._set_printable(False)
        core = self._ctx.core
        day = qdate_to_date(self.day_edit.date())
        zone = local_zone()

        def work() -> tuple[DaySummary, dict[str, str]]:
            summary = supervisor_review(core).day_summary(day, zone)
            names = {a.officer_id: a.display_name for a in core.accounts.list_accounts()}
            return summary, names

        run_for(self, self._ctx.tasks, work, self._loaded)

    def _loaded(self, result: tuple[DaySummary, dict[str, str]]) -> None:
        summary, names = result
        if summary.day != qdate_to_date(self.day_edit.date()):
            return  # the day changed meanwhile: its own count follows
        self.summary = summary
        self._names = names
        self.model.set_summary(summary, names)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self._set_printable(True)

    def _set_printable(self, printable: bool) -> None:
        self.print_button.setEnabled(printable)
        self.save_button.setEnabled(printable)

    # ------------------------------------------------------------------ printing

    def report(self) -> DaySummaryReport | None:
        """The summary shown, as printed now by the officer at the desk (None: not loaded)."""
        if self.summary is None:
            return None
        core = self._ctx.core
        return DaySummaryReport(
            station_code=core.station_code,
            station_name=core.station_name,
            summary=self.summary,
            printed_at=core.clock(),
            printed_by=self._ctx.session.officer_id,
            officer_names=dict(self._names),
        )

    def print_summary(self) -> None:
        """Choose the printer (GUI thread); the summary is painted on a worker."""
        if self.summary is None:
            return
        printer = choose_printer(self, "printSummaryDialog", QPageSize.PageSizeId.A4)
        if printer is not None:
            self.print_summary_on(printer)

    def print_summary_on(self, printer: QPrinter) -> None:
        """Paint the summary on a configured printer, on a worker."""
        report, language = self.report(), self._ctx.language
        if report is None:
            return
        notices = self._ctx.notices
        run_for(
            self,
            self._ctx.tasks,
            lambda: print_day_summary(report, printer, language),
            lambda _: notices.success(self.tr("The summary went to the printer.")),
            lambda error: notices.error(error, self.tr("Print again"), self.print_summary),
        )

    def save_pdf(self) -> None:
        """Ask where to save the summary (GUI thread); the PDF is written on a worker."""
        if self.summary is None:
            return
        dialog = QFileDialog(self, self.tr("Save the end-of-day summary"))
        dialog.setObjectName("saveSummaryDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setNameFilter(self.tr("PDF documents (*.pdf)"))
        dialog.setDefaultSuffix("pdf")
        code = self._ctx.core.station_code
        dialog.selectFile(f"{code}-{self.summary.day:%Y%m%d}.pdf")
        dialog.fileSelected.connect(self.save_pdf_to)
        dialog.finished.connect(dialog.deleteLater)
        self.file_dialog = dialog
        dialog.open()

    def save_pdf_to(self, path: str) -> None:
        """Write the summary as a PDF to *path*, on a worker."""
        self.file_dialog = None
        report, language = self.report(), self._ctx.language
        if report is None:
            return

        def work() -> str:
            # Written beside and renamed: whoever waits for the file never sees half of it.
            partial = Path(path + ".part")
            partial.write_bytes(day_summary_pdf(report, language))
            partial.replace(path)
            return path

        run_for(self, self._ctx.tasks, work, self._saved, self._save_failed)

    def _saved(self, path: str) -> None:
        self._ctx.notices.success(self.tr("The summary was saved to %1.").replace("%1", path))

    def _save_failed(self, error: BaseException) -> None:
        text = self.tr("The summary could not be saved (%1). Choose another folder or a USB stick.")
        detail = error.strerror if isinstance(error, OSError) and error.strerror else ""
        self._ctx.notices.error(
            text.replace("%1", detail or self._ctx.notices.describe(error)),
            self.tr("Save again"),
            self.save_pdf,
        )
