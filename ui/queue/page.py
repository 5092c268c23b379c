"""The queue screen: every sealed application, where it stands, and what the officer can do."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from station.outbox import QueueEntry
from station.storage.schema import OutboxState, Role
from ui.context import UiContext
from ui.queue.core_calls import reopen
from ui.queue.detail import ApplicationDetailDialog, may_view_details, show_details
from ui.queue.export_dialog import ExportDialog
from ui.queue.filters import DateRangeFilter, debounce
from ui.queue.guard import run_for
from ui.queue.labels import STATE_ORDER, problem_text, reopened_text, state_label
from ui.queue.model import (
    ATTEMPTS,
    NUMBER,
    OFFICER,
    SEALED_AT,
    STATE,
    QueueFilter,
    QueueModel,
)

REFRESH_THROTTLE_MS = 1000  # sync progress refreshes the table at most once a second
_WIDTHS = {NUMBER: 200, SEALED_AT: 130, OFFICER: 110, STATE: 140, ATTEMPTS: 70}


class QueuePage(QWidget):
    """Filters, the lazily loaded queue table, counts per state and the row actions."""

    draft_opened = Signal(str)  # the new draft's application id (the shell opens the wizard)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("queuePage")
        self._ctx = ctx
        self._stale = False
        self.detail_dialog: ApplicationDetailDialog | None = None
        self.export_dialog: ExportDialog | None = None
        self.reopen_box: QMessageBox | None = None
        self.model = QueueModel(ctx.core.outbox, ctx.tasks, parent=self)
        self._build_filters()
        self._build_table()
        self._build_actions()
        self.counts_label = QLabel(self)
        self.counts_label.setObjectName("queueCounts")
        self.counts_label.setWordWrap(True)
        self.status_label = QLabel(self)
        self.status_label.setObjectName("queueStatus")
        layout = QVBoxLayout(self)
        layout.addLayout(self._filter_row)
        layout.addWidget(self.counts_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status_label)
        layout.addLayout(self._action_row)
        self._search_timer = debounce(self)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(REFRESH_THROTTLE_MS)
        self.refresh_shortcut = QShortcut(QKeySequence(Qt.Key.Key_F5), self)
        self.refresh_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._connect_signals()
        self.apply_filters()
        self._load_officers()
        self._update_actions()

    # ------------------------------------------------------------------ building

    def _build_filters(self) -> None:
        self.state_combo = QComboBox(self)
        self.state_combo.setObjectName("queueStateFilter")
        self.state_combo.addItem(self.tr("All states"), None)
        for state in STATE_ORDER:
            self.state_combo.addItem(state_label(state), state)
        self.officer_combo = QComboBox(self)
        self.officer_combo.setObjectName("queueOfficerFilter")
        self.officer_combo.addItem(self.tr("All officers"), None)
        self.date_filter = DateRangeFilter(self)
        self.number_edit = QLineEdit(self)
        self.number_edit.setObjectName("queueNumberSearch")
        self.number_edit.setPlaceholderText(self.tr("Start of the number"))
        self.number_edit.setClearButtonEnabled(True)
        self._filter_row = QHBoxLayout()
        for text, widget in (
            (self.tr("&State:"), self.state_combo),
            (self.tr("&Officer:"), self.officer_combo),
            (self.tr("&Number:"), self.number_edit),
        ):
            label = QLabel(text, self)
            label.setBuddy(widget)
            self._filter_row.addWidget(label)
            self._filter_row.addWidget(widget)
        self._filter_row.addWidget(self.date_filter)
        self._filter_row.addStretch(1)

    def _build_table(self) -> None:
        self.table = QTableView(self)
        self.table.setObjectName("queueTable")
        self.table.setAccessibleName(self.tr("Applications in the queue"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        # The index serves newest first only: show that order, offer no other.
        self.table.setSortingEnabled(False)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(SEALED_AT, Qt.SortOrder.DescendingOrder)
        header.setSectionsClickable(False)
        header.setStretchLastSection(True)
        for column, width in _WIDTHS.items():
            self.table.setColumnWidth(column, width)

    def _build_actions(self) -> None:
        self.details_button = self._button("queueDetails", self.tr("&Details"))
        self.retry_button = self._button("queueRetry", self.tr("&Retry"))
        self.export_button = self._button("queueExport", self.tr("&Export to USB…"))
        self.reopen_button = self._button("queueReopen", self.tr("Re-&open as new draft"))
        self.refresh_button = self._button("queueRefresh", self.tr("Re&fresh (F5)"))
        self._action_row = QHBoxLayout()
        for button in (self.details_button, self.retry_button, self.reopen_button):
            self._action_row.addWidget(button)
        self._action_row.addStretch(1)
        self._action_row.addWidget(self.export_button)
        self._action_row.addWidget(self.refresh_button)

    def _button(self, name: str, text: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setAutoDefault(False)
        return button

    def _connect_signals(self) -> None:
        self.state_combo.currentIndexChanged.connect(self.apply_filters)
        self.officer_combo.currentIndexChanged.connect(self.apply_filters)
        self.date_filter.changed.connect(self.apply_filters)
        self.number_edit.textChanged.connect(self._search_timer.start)
        self.number_edit.returnPressed.connect(self.apply_filters)
        self._search_timer.timeout.connect(self.apply_filters)
        self.table.activated.connect(self.show_details)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.model.modelReset.connect(self._update_actions)
        self.model.dataChanged.connect(self._update_actions)  # e.g. the row was re-opened
        self.model.loading_changed.connect(self._loading_changed)
        self.model.failed.connect(self._ctx.notices.error)
        self.details_button.clicked.connect(self.show_details)
        self.retry_button.clicked.connect(self.retry_selected)
        self.export_button.clicked.connect(self.export_selected)
        self.reopen_button.clicked.connect(self.reopen_current)
        self.refresh_button.clicked.connect(self.refresh)
        self.refresh_shortcut.activated.connect(self.refresh)
        self._refresh_timer.timeout.connect(self._throttled_refresh)
        self._ctx.sync_events.progress.connect(self._sync_progressed)
        self._ctx.session.changed.connect(self._update_actions)

    # ------------------------------------------------------------------ loading

    def current_filter(self) -> QueueFilter:
        """The filter the widgets describe."""
        since, until = self.date_filter.bounds()
        prefix = self.number_edit.text().strip()
        return QueueFilter(
            state=self.state_combo.currentData(),
            officer_id=self.officer_combo.currentData(),
            number_prefix=prefix or None,
            since=since,
            until=until,
        )

    def apply_filters(self) -> None:
        """Reload the table for the filters as they stand."""
        self._search_timer.stop()
        self.model.set_filter(self.current_filter())
        self._load_counts()

    def refresh(self) -> None:
        """Reload what is shown, keeping the selection and the scroll position."""
        self._stale = False
        self.model.refresh()
        self._load_counts()

    def _sync_progressed(self, _progress: object) -> None:
        if not self._refresh_timer.isActive():
            self._refresh_timer.start()

    def _throttled_refresh(self) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True  # refreshed when shown again

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _loading_changed(self, loading: bool) -> None:
        self.status_label.setText(self.tr("Loading…") if loading else "")

    def _load_counts(self) -> None:
        outbox = self._ctx.core.outbox
        run_for(self, self._ctx.tasks, outbox.counts, self._show_counts)

    def _show_counts(self, counts: dict[OutboxState, int]) -> None:
        parts = [f"{state_label(s)}: {counts.get(s, 0)}" for s in STATE_ORDER]
        self.counts_label.setText(" · ".join(parts))

    def _load_officers(self) -> None:
        accounts = self._ctx.core.accounts
        run_for(self, self._ctx.tasks, accounts.list_accounts, self._show_officers)

    def _show_officers(self, accounts: list) -> None:
        self.officer_combo.blockSignals(True)
        for account in accounts:
            label = f"{account.display_name} ({account.officer_id})"
            self.officer_combo.addItem(label, account.officer_id)
        self.officer_combo.blockSignals(False)

    # ------------------------------------------------------------------ selection

    def selected_entries(self) -> list[QueueEntry]:
        """The selected rows' entries, top to bottom."""
        rows = sorted(i.row() for i in self.table.selectionModel().selectedRows())
        return [self.model.entry(r) for r in rows]

    def current_entry(self) -> QueueEntry | None:
        """The entry of the current row (the one Enter opens)."""
        index = self.table.currentIndex()
        if index.isValid():
            return self.model.entry(index.row())
        selected = self.selected_entries()
        return selected[0] if selected else None

    def select_row(self, row: int) -> None:
        """Make *row* current and the only selected one."""
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.selectionModel().setCurrentIndex(self.model.index(row, 0), flags)

    def _update_actions(self) -> None:
        entries = self.selected_entries()
        entry = self.current_entry() if entries else None
        allowed = may_view_details(self._ctx)
        self.details_button.setEnabled(entry is not None and allowed)
        self.details_button.setToolTip(
            "" if allowed else self.tr("Only a supervisor or an administrator may open details.")
        )
        self.retry_button.setEnabled(bool(entries))
        rejected = entry is not None and entry.state is OutboxState.REJECTED
        reopened = entry is not None and entry.reopened
        self.reopen_button.setEnabled(rejected and not reopened)
        self.reopen_button.setToolTip(
            self.tr("Already re-opened: %1").replace("%1", reopened_text(entry))
            if entry is not None and reopened
            else ""
        )
        self.export_button.setText(
            self.tr("&Export selected…") if entries else self.tr("&Export to USB…")
        )

    # ------------------------------------------------------------------ actions

    def show_details(self) -> None:
        """Decrypt the current application and show it read-only (supervisors only)."""
        entry = self.current_entry()
        if entry is None:
            return
        show_details(self._ctx, entry, self, self._detail_shown)

    def _detail_shown(self, dialog: ApplicationDetailDialog) -> None:
        self.detail_dialog = dialog
        dialog.destroyed.connect(self._detail_closed)

    def _detail_closed(self) -> None:
        self.detail_dialog = None

    def retry_selected(self) -> None:
        """Send failed rows again now; explain what happens to the others."""
        entries = self.selected_entries()
        failed = [e.application_id for e in entries if e.state is OutboxState.QUEUED]
        exported = [e for e in entries if e.state is OutboxState.EXPORTED]
        notes = []
        if exported:
            days = self._ctx.core.sync.config.exported_resend_after.days
            notes.append(
                self.tr(
                    "Exported applications are sent again by themselves if the register has not "
                    "confirmed them %n day(s) after the export.",
                    "",
                    days,
                )
            )
        if len(failed) + len(exported) < len(entries):
            notes.append(
                self.tr(
                    "Applications held for review, rejected or accepted are not retried: held "
                    "ones wait for a supervisor, rejected ones can be re-opened as a new draft."
                )
            )
        if failed:
            outbox, engine = self._ctx.core.outbox, self._ctx.core.sync

            def sent_again(count: int) -> None:
                engine.wake()
                text = self.tr("Sending %n application(s) again now.", "", count)
                self._ctx.notices.info(" ".join([text, *notes]))
                self.refresh()

            run_for(self, self._ctx.tasks, lambda: outbox.retry_now(failed), sent_again)
        elif notes:
            self._ctx.notices.info(" ".join(notes))

    def export_selected(self) -> None:
        """Open the export dialog for the selected rows (none selected: all pending)."""
        ids = [e.application_id for e in self.selected_entries()] or None
        previous = self.export_dialog
        if previous is not None and not previous.isVisible():
            previous.deleteLater()  # closed long ago: its own work has finished
        dialog = ExportDialog(self._ctx, ids, self)
        dialog.exported.connect(self.refresh)
        self.export_dialog = dialog
        dialog.open()

    def reopen_current(self) -> None:
        """Show why the application was rejected, then offer to re-open it as a new draft."""
        entry = self.current_entry()
        if entry is None or entry.state is not OutboxState.REJECTED:
            self._ctx.notices.warning(
                self.tr("Only a rejected application can be re-opened as a new draft.")
            )
            return
        if entry.reopened:
            self._ctx.notices.warning(
                self.tr(
                    "This application was already re-opened (%1): it cannot be re-opened twice. "
                    "Continue that draft or application instead."
                ).replace("%1", reopened_text(entry))
            )
            return
        session = self._ctx.session
        if entry.officer_id != session.officer_id and not session.has_role(Role.SUPERVISOR):
            self._ctx.notices.warning(
                self.tr(
                    "Only the officer who took this application or a supervisor may re-open it."
                )
            )
            return
        box = QMessageBox(
            QMessageBox.Icon.Question, self.tr("Re-open application"), "", parent=self
        )
        box.setObjectName("reopenConfirm")
        box.setText(self.tr("Application %1 was rejected.").replace("%1", entry.application_number))
        box.setInformativeText(
            problem_text(entry)
            + "\n\n"
            + self.tr(
                "Re-open it as a new draft with the same data? Correct it, then seal it again: "
                "it gets a new number."
            )
        )
        yes = box.addButton(self.tr("Re-&open as new draft"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("&Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(yes)
        box.finished.connect(lambda _: self._reopen_answered(box, entry))
        self.reopen_box = box
        box.open()

    def _reopen_answered(self, box: QMessageBox, entry: QueueEntry) -> None:
        self.reopen_box = None
        clicked = box.clickedButton()
        accepted = clicked is not None and (
            box.buttonRole(clicked) == QMessageBox.ButtonRole.AcceptRole
        )
        box.deleteLater()
        if not accepted:
            return
        core, officer_id = self._ctx.core, self._ctx.session.officer_id

        def opened(new_id: str) -> None:
            self.refresh()  # the rejected row now shows it was re-opened
            self._ctx.notices.success(
                self.tr("A new draft holds the data of %1: correct it and seal it again.").replace(
                    "%1", entry.application_number
                )
            )
            self.draft_opened.emit(new_id)

        def work() -> str:
            return reopen(core, entry.application_id, officer_id)

        run_for(self, self._ctx.tasks, work, opened)
