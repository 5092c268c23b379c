"""The review screen's dialogs: the rejection reason and the end-of-day summary."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from station.review import MAX_REASON_CHARS, DaySummary
from ui.context import UiContext
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
    """What became of the applications sealed on a day, per officer and in total."""

    def __init__(self, ctx: UiContext, day: dt.date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("daySummaryDialog")
        self.setWindowTitle(self.tr("End-of-day summary"))
        self._ctx = ctx
        self.summary: DaySummary | None = None
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

    def load(self) -> None:
        """Count the chosen day on a worker."""
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
        self.model.set_summary(summary, names)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
