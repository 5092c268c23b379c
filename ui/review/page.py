"""The supervisor's review queue: held applications to approve (several at once) or reject."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from station.outbox import QueueEntry
from station.storage.schema import Role
from ui.context import UiContext
from ui.queue.core_calls import supervisor_review
from ui.queue.detail import ApplicationDetailDialog, show_details
from ui.queue.guard import run_for
from ui.queue.labels import local_zone
from ui.review.dialogs import DaySummaryDialog, RejectDialog
from ui.review.models import HeldModel

REFRESH_THROTTLE_MS = 1000


class ReviewQueuePage(QWidget):
    """For supervisors and administrators: decide on the held applications."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewPage")
        self._ctx = ctx
        self._stale = False
        self.detail_dialog: ApplicationDetailDialog | None = None
        self.reject_dialog: RejectDialog | None = None
        self.summary_dialog: DaySummaryDialog | None = None
        self.model = HeldModel(self)
        self.heading = QLabel(self)
        self.heading.setObjectName("reviewHeading")
        self.heading.setWordWrap(True)
        self.table = QTableView(self)
        self.table.setObjectName("reviewTable")
        self.table.setAccessibleName(self.tr("Applications waiting for review"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 220)
        self.table.setColumnWidth(1, 160)
        self.table.setColumnWidth(2, 140)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("reviewStatus")
        self.status_label.setWordWrap(True)
        self.details_button = self._button("reviewDetails", self.tr("&Details"))
        self.approve_button = self._button("reviewApprove", self.tr("&Approve"))
        self.reject_button = self._button("reviewReject", self.tr("&Reject…"))
        self.summary_button = self._button("reviewSummary", self.tr("End-of-&day summary…"))
        self.refresh_button = self._button("reviewRefresh", self.tr("Re&fresh (F5)"))
        actions = QHBoxLayout()
        for button in (self.details_button, self.approve_button, self.reject_button):
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.summary_button)
        actions.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status_label)
        layout.addLayout(actions)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(REFRESH_THROTTLE_MS)
        self.refresh_shortcut = QShortcut(QKeySequence(Qt.Key.Key_F5), self)
        self.refresh_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._connect_signals()
        self.refresh()

    def _button(self, name: str, text: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAutoDefault(False)
        return button

    def _connect_signals(self) -> None:
        self.table.activated.connect(self.show_details)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.model.modelReset.connect(self._update_actions)
        self.details_button.clicked.connect(self.show_details)
        self.approve_button.clicked.connect(self.approve_selected)
        self.reject_button.clicked.connect(self.reject_selected)
        self.summary_button.clicked.connect(self.show_summary)
        self.refresh_button.clicked.connect(self.refresh)
        self.refresh_shortcut.activated.connect(self.refresh)
        self._refresh_timer.timeout.connect(self._throttled_refresh)
        self._ctx.sync_events.progress.connect(self._sync_progressed)
        self._ctx.session.changed.connect(self.refresh)

    # ------------------------------------------------------------------ loading

    def allowed(self) -> bool:
        """Whether the officer at the desk may review (supervisor or administrator)."""
        return self._ctx.session.has_role(Role.SUPERVISOR)

    def refresh(self) -> None:
        """Reload the held applications."""
        self._stale = False
        if not self.allowed():
            self.model.set_entries([])
            self.heading.setText(
                self.tr("Only a supervisor or an administrator may review applications.")
            )
            self._update_actions()
            return
        review = supervisor_review(self._ctx.core)
        run_for(self, self._ctx.tasks, review.held, self._loaded)

    def _loaded(self, entries: list[QueueEntry]) -> None:
        selected = {e.application_id for e in self.selected_entries()}
        self.model.set_entries(entries, self._ctx.session.officer_id)
        self.heading.setText(
            self.tr("%n application(s) waiting for review, oldest first.", "", len(entries))
        )
        for row, entry in enumerate(entries):
            if entry.application_id in selected:
                self.table.selectionModel().select(
                    self.model.index(row, 0),
                    QItemSelectionModel.SelectionFlag.Select
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
        self._update_actions()

    def _sync_progressed(self, _progress: object) -> None:
        if not self._refresh_timer.isActive():
            self._refresh_timer.start()

    def _throttled_refresh(self) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    # ------------------------------------------------------------------ selection

    def selected_entries(self) -> list[QueueEntry]:
        """The selected held applications, top to bottom."""
        rows = sorted(i.row() for i in self.table.selectionModel().selectedRows())
        return [self.model.entry(r) for r in rows]

    def select_rows(self, rows: list[int]) -> None:
        """Select *rows* (the first becomes current)."""
        selection = self.table.selectionModel()
        selection.clearSelection()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        for row in rows:
            selection.select(self.model.index(row, 0), flags)
        if rows:
            selection.setCurrentIndex(
                self.model.index(rows[0], 0), QItemSelectionModel.SelectionFlag.NoUpdate
            )

    def own_selected(self) -> int:
        """How many selected applications the reviewer sealed (four eyes: not theirs)."""
        rows = self.table.selectionModel().selectedRows()
        return sum(1 for index in rows if self.model.is_own(index.row()))

    def _update_actions(self) -> None:
        entries = self.selected_entries() if self.allowed() else []
        own = self.own_selected() if entries else 0
        self.details_button.setEnabled(len(entries) == 1)
        self.approve_button.setEnabled(bool(entries) and not own)
        self.reject_button.setEnabled(bool(entries) and not own)
        self.summary_button.setEnabled(self.allowed())
        self.approve_button.setText(
            self.tr("&Approve %n", "", len(entries)) if len(entries) > 1 else self.tr("&Approve")
        )
        why = self._own_text(own) if own else ""
        self.status_label.setText(why)
        self.approve_button.setToolTip(why)
        self.reject_button.setToolTip(why)

    def _own_text(self, own: int) -> str:
        return self.tr(
            "%n selected application(s) sealed by you: another supervisor must approve or "
            "reject them. Leave them out of the selection to decide on the others.",
            "",
            own,
        )

    def _refuse_own(self) -> bool:
        """Warn and return True when the selection holds the reviewer's own applications."""
        own = self.own_selected()
        if own:
            self._ctx.notices.warning(self._own_text(own))
        return bool(own)

    # ------------------------------------------------------------------ actions

    def show_details(self) -> None:
        """Decrypt the selected application and show it read-only."""
        entries = self.selected_entries()
        if len(entries) == 1:
            show_details(self._ctx, entries[0], self, self._detail_shown)

    def _detail_shown(self, dialog: ApplicationDetailDialog) -> None:
        self.detail_dialog = dialog

    def approve_selected(self) -> None:
        """Approve the selected applications: they join the queue and go to the register."""
        entries = self.selected_entries()
        if not entries or not self.allowed() or self._refuse_own():
            return
        ids = [e.application_id for e in entries]
        review, supervisor = supervisor_review(self._ctx.core), self._ctx.session.officer_id
        engine = self._ctx.core.sync

        def approved(count: int) -> None:
            engine.wake()
            self._ctx.notices.success(
                self.tr("%n application(s) approved: they are sent to the register.", "", count)
            )
            self.refresh()

        run_for(
            self, self._ctx.tasks, lambda: review.approve(ids, supervisor), approved, self._failed
        )

    def reject_selected(self) -> None:
        """Ask for the reason, then reject the selected applications with it."""
        entries = self.selected_entries()
        if not entries or not self.allowed() or self._refuse_own():
            return
        dialog = RejectDialog([e.application_number for e in entries], self)
        dialog.accepted.connect(lambda: self._reject(entries, dialog.reason()))
        dialog.finished.connect(dialog.deleteLater)
        self.reject_dialog = dialog
        dialog.open()

    def _reject(self, entries: list[QueueEntry], reason: str) -> None:
        self.reject_dialog = None
        review, supervisor = supervisor_review(self._ctx.core), self._ctx.session.officer_id

        def work() -> int:
            for entry in entries:
                review.reject(entry.application_id, supervisor, reason)
            return len(entries)

        def rejected(count: int) -> None:
            self._ctx.notices.success(
                self.tr(
                    "%n application(s) rejected: the officer sees the reason in the queue and "
                    "can re-open them as new drafts.",
                    "",
                    count,
                )
            )
            self.refresh()

        run_for(self, self._ctx.tasks, work, rejected, self._failed)

    def _failed(self, error: BaseException) -> None:
        self._ctx.notices.error(error)
        self.refresh()  # another supervisor may have decided meanwhile

    def show_summary(self) -> None:
        """Open the end-of-day summary of today."""
        previous = self.summary_dialog
        if previous is not None and not previous.isVisible():
            previous.deleteLater()
        today = self._ctx.core.clock().astimezone(local_zone()).date()
        self.summary_dialog = DaySummaryDialog(self._ctx, today, self)
        self.summary_dialog.open()
