"""The audit viewer (administrators): the audit chain page by page, filters, chain verification."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from station.audit import AuditAction, AuditEntry, AuditLog, AuditVerification
from station.storage.schema import Role
from ui.context import UiContext
from ui.queue.filters import DateRangeFilter, debounce
from ui.queue.guard import run_for
from ui.queue.labels import local_time
from ui.queue.paged import PAGE_SIZE, PagedTableModel
from ui.tasks import TaskRunner

Index = QModelIndex | QPersistentModelIndex
SEQ, AT, ACTOR, ACTION, NUMBER, DETAIL = range(6)


def action_label(action: str) -> str:
    """The translated name of an audit action (the stored value if unknown)."""
    labels = {
        AuditAction.LOGIN: QCoreApplication.translate("AuditAction", "Logged in"),
        AuditAction.LOGIN_FAILED: QCoreApplication.translate("AuditAction", "Login failed"),
        AuditAction.LOGOUT: QCoreApplication.translate("AuditAction", "Logged out"),
        AuditAction.LOCK: QCoreApplication.translate("AuditAction", "Screen locked"),
        AuditAction.UNLOCK: QCoreApplication.translate("AuditAction", "Screen unlocked"),
        AuditAction.LOCKOUT: QCoreApplication.translate("AuditAction", "Account locked out"),
        AuditAction.DRAFT_CREATE: QCoreApplication.translate("AuditAction", "Draft started"),
        AuditAction.DRAFT_EDIT: QCoreApplication.translate("AuditAction", "Draft edited"),
        AuditAction.DRAFT_DISCARD: QCoreApplication.translate("AuditAction", "Draft discarded"),
        AuditAction.SEAL: QCoreApplication.translate("AuditAction", "Sealed"),
        AuditAction.PRINT: QCoreApplication.translate("AuditAction", "Printed"),
        AuditAction.EXPORT: QCoreApplication.translate("AuditAction", "Exported to USB"),
        AuditAction.SYNC_RESULT: QCoreApplication.translate("AuditAction", "Register's answer"),
        AuditAction.PURGE: QCoreApplication.translate(
            "AuditAction", "Copies removed after acceptance"
        ),
        AuditAction.SETTINGS_CHANGE: QCoreApplication.translate("AuditAction", "Settings changed"),
        AuditAction.ACCOUNT_CREATED: QCoreApplication.translate("AuditAction", "Account created"),
        AuditAction.ACCOUNT_CHANGED: QCoreApplication.translate("AuditAction", "Account changed"),
        AuditAction.PASSWORD_CHANGED: QCoreApplication.translate("AuditAction", "Password changed"),
        AuditAction.KEY_UNLOCK: QCoreApplication.translate("AuditAction", "Station key unlocked"),
        AuditAction.REVIEW_APPROVE: QCoreApplication.translate(
            "AuditAction", "Approved by supervisor"
        ),
        AuditAction.REVIEW_REJECT: QCoreApplication.translate(
            "AuditAction", "Rejected by supervisor"
        ),
        AuditAction.VIEW_SEALED: QCoreApplication.translate(
            "AuditAction", "Sealed application viewed"
        ),
        AuditAction.REOPEN: QCoreApplication.translate("AuditAction", "Re-opened as new draft"),
    }
    try:
        return labels[AuditAction(action)]
    except ValueError:
        return action


@dataclass(frozen=True, slots=True)
class AuditFilter:
    """Which events the viewer shows (None: all)."""

    action: AuditAction | None = None
    actor: str | None = None
    since: Any = None  # aware datetime or None
    until: Any = None


class AuditModel(PagedTableModel):
    """Audit events, newest first, loaded a page at a time by sequence number."""

    def __init__(
        self,
        reader: Any,
        audit: AuditLog,
        tasks: TaskRunner,
        page_size: int = PAGE_SIZE,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(tasks, page_size, parent)
        self._reader = reader
        self._audit = audit
        self._headers = (
            self.tr("No."),
            self.tr("Time"),
            self.tr("Who"),
            self.tr("What"),
            self.tr("Application number"),
            self.tr("Details"),
        )

    def set_filter(self, audit_filter: AuditFilter) -> None:
        """Show the events matching *audit_filter*, newest first."""
        reader, audit, f = self._reader, self._audit, audit_filter

        def query(before: Any, limit: int) -> list[AuditEntry]:
            with reader() as session:
                return audit.recent(
                    session,
                    limit,
                    f.actor,
                    f.action,
                    before_seq=before,
                    since=f.since,
                    until=f.until,
                )

        self.set_query(query)

    def entry(self, row: int) -> AuditEntry:
        """The event on *row*."""
        entry: AuditEntry = self.item(row)
        return entry

    def row_key(self, item: Any) -> Any:
        return item.seq

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self.rowCount():
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        event = self.entry(index.row())
        column = index.column()
        if column == SEQ:
            return str(event.seq)
        if column == AT:
            return local_time(event.at)
        if column == ACTOR:
            return event.actor
        if column == ACTION:
            return action_label(event.action)
        if column == NUMBER:
            return event.application_number or ""
        if column == DETAIL:
            return ", ".join(f"{k}={v}" for k, v in sorted(event.detail.items()))
        return None


class AuditPage(QWidget):
    """For administrators: who did what and when, and whether the chain is intact."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("auditPage")
        self._ctx = ctx
        self.verification: AuditVerification | None = None
        reader = ctx.core.database.reader_sessions()
        self._reader = reader
        self.model = AuditModel(reader, ctx.core.audit, ctx.tasks, parent=self)
        self.action_combo = QComboBox(self)
        self.action_combo.setObjectName("auditActionFilter")
        self.action_combo.addItem(self.tr("All actions"), None)
        for action in AuditAction:
            self.action_combo.addItem(action_label(action), action)
        self.actor_edit = QLineEdit(self)
        self.actor_edit.setObjectName("auditActorFilter")
        self.actor_edit.setPlaceholderText(self.tr('Login name, or "system"'))
        self.actor_edit.setClearButtonEnabled(True)
        self.actor_edit.setMinimumWidth(200)
        self.date_filter = DateRangeFilter(self)
        self.table = QTableView(self)
        self.table.setObjectName("auditTable")
        self.table.setAccessibleName(self.tr("Audit events"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in ((SEQ, 70), (AT, 130), (ACTOR, 110), (ACTION, 200), (NUMBER, 200)):
            self.table.setColumnWidth(column, width)
        self.verify_button = QPushButton(self.tr("&Verify chain"), self)
        self.verify_button.setObjectName("auditVerify")
        self.verify_label = QLabel(self)
        self.verify_label.setObjectName("auditVerifyResult")
        self.verify_label.setWordWrap(True)
        self.refresh_button = QPushButton(self.tr("Re&fresh (F5)"), self)
        self.refresh_button.setObjectName("auditRefresh")
        self.denied_label = QLabel(self.tr("Only an administrator may view the audit log."), self)
        self.denied_label.setObjectName("auditDenied")

        filters = QHBoxLayout()
        for text, widget in (
            (self.tr("&Action:"), self.action_combo),
            (self.tr("W&ho:"), self.actor_edit),
        ):
            label = QLabel(text, self)
            label.setBuddy(widget)
            filters.addWidget(label)
            filters.addWidget(widget)
        filters.addWidget(self.date_filter)
        filters.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.verify_button)
        bottom.addWidget(self.verify_label, 1)
        bottom.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.denied_label)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self._search_timer = debounce(self)
        self.refresh_shortcut = QShortcut(QKeySequence(Qt.Key.Key_F5), self)
        self.refresh_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._connect_signals()
        self._session_changed()

    def _connect_signals(self) -> None:
        self.action_combo.currentIndexChanged.connect(self.apply_filters)
        self.actor_edit.textChanged.connect(self._search_timer.start)
        self.actor_edit.returnPressed.connect(self.apply_filters)
        self._search_timer.timeout.connect(self.apply_filters)
        self.date_filter.changed.connect(self.apply_filters)
        self.verify_button.clicked.connect(self.verify_chain)
        self.refresh_button.clicked.connect(self.refresh)
        self.refresh_shortcut.activated.connect(self.refresh)
        self.model.failed.connect(self._ctx.notices.error)
        self._ctx.session.changed.connect(self._session_changed)

    def allowed(self) -> bool:
        """Administrators only."""
        return self._ctx.session.has_role(Role.ADMIN)

    def _session_changed(self) -> None:
        allowed = self.allowed()
        self.denied_label.setVisible(not allowed)
        for widget in (self.table, self.verify_button, self.refresh_button, self.action_combo):
            widget.setEnabled(allowed)
        self.actor_edit.setEnabled(allowed)
        self.date_filter.setEnabled(allowed)
        if allowed:
            self.apply_filters()
        else:
            self.model.set_query(lambda _before, _limit: [])
            self.verify_label.clear()

    def current_filter(self) -> AuditFilter:
        """The filter the widgets describe."""
        since, until = self.date_filter.bounds()
        actor = self.actor_edit.text().strip()
        return AuditFilter(self.action_combo.currentData(), actor or None, since, until)

    def apply_filters(self) -> None:
        """Reload the table for the filters as they stand."""
        self._search_timer.stop()
        if self.allowed():
            self.model.set_filter(self.current_filter())

    def refresh(self) -> None:
        """Load new events on top, keeping what is shown."""
        if self.allowed():
            self.model.refresh()

    def verify_chain(self) -> None:
        """Walk the whole chain on a worker and show the outcome."""
        if not self.allowed():
            return
        reader, audit = self._reader, self._ctx.core.audit

        def work() -> AuditVerification:
            with reader() as session:
                return audit.verify(session)

        self.verify_button.setEnabled(False)
        self.verify_label.setStyleSheet("")
        self.verify_label.setText(self.tr("Checking every event…"))
        run_for(self, self._ctx.tasks, work, self._verified, self._verify_failed)

    def _verified(self, result: AuditVerification) -> None:
        self.verification = result
        self.verify_button.setEnabled(True)
        if result.ok:
            self.verify_label.setStyleSheet("color: #0f5132;")
            self.verify_label.setText(
                self.tr("The chain is intact: %n event(s) checked.", "", result.events)
            )
            return
        self.verify_label.setStyleSheet("color: #842029; font-weight: bold;")
        self.verify_label.setText(
            self.tr(
                "The audit log was altered at event %1 (%2). Leave the station as it is and "
                "call IT."
            )
            .replace("%1", str(result.first_broken_seq))
            .replace("%2", result.problem)
        )

    def _verify_failed(self, error: BaseException) -> None:
        self.verify_button.setEnabled(True)
        self.verify_label.setText(self._ctx.notices.describe(error))
