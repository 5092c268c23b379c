"""The queue table: outbox rows, newest first, loaded 200 at a time as the officer scrolls."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from station.outbox import Outbox, QueueEntry
from station.storage.schema import OutboxState
from ui.queue.labels import entry_state_label, local_time, problem_text, reopened_text
from ui.queue.paged import PAGE_SIZE, PagedTableModel
from ui.tasks import TaskRunner

Index = QModelIndex | QPersistentModelIndex

NUMBER, SEALED_AT, OFFICER, STATE, ATTEMPTS, PROBLEM = range(6)
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1  # the QueueEntry of the row

_PROBLEM_COLOURS = {
    OutboxState.REJECTED: QColor("#842029"),
    OutboxState.QUEUED: QColor("#664d03"),
}
_REOPENED_COLOUR = QColor("#41464b")  # dealt with: a new draft carries it on


@dataclass(frozen=True, slots=True)
class QueueFilter:
    """What the queue shows; every field narrows it (None: no restriction)."""

    state: OutboxState | None = None
    officer_id: str | None = None
    number_prefix: str | None = None
    since: dt.datetime | None = None  # sealed at or after
    until: dt.datetime | None = None  # sealed before


class QueueModel(PagedTableModel):
    """Outbox rows (no decryption: numbers, times, states, errors) for the queue view."""

    def __init__(
        self,
        outbox: Outbox,
        tasks: TaskRunner,
        page_size: int = PAGE_SIZE,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(tasks, page_size, parent)
        self._outbox = outbox
        self._filter = QueueFilter()
        self._headers = (
            self.tr("Application number"),
            self.tr("Sealed at"),
            self.tr("Officer"),
            self.tr("State"),
            self.tr("Attempts"),
            self.tr("Last error / reason"),
        )

    @property
    def queue_filter(self) -> QueueFilter:
        """The filter in force."""
        return self._filter

    def set_filter(self, queue_filter: QueueFilter) -> None:
        """Show the rows matching *queue_filter*, from the newest."""
        self._filter = queue_filter
        outbox = self._outbox
        f = queue_filter

        def query(before: Any, limit: int) -> list[QueueEntry]:
            return outbox.page(
                limit=limit,
                before=before,
                state=f.state,
                officer_id=f.officer_id,
                number_prefix=f.number_prefix,
                since=f.since,
                until=f.until,
            )

        self.set_query(query)

    def entry(self, row: int) -> QueueEntry:
        """The outbox entry shown on *row*."""
        entry: QueueEntry = self.item(row)
        return entry

    def row_key(self, item: Any) -> Any:
        return (item.sealed_at, item.application_id)

    def row_identity(self, item: Any) -> Any:
        return item.application_id

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= self.rowCount():
            return None
        entry = self.entry(index.row())
        column = index.column()
        if role == ENTRY_ROLE:
            return entry
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(entry, column)
        if role == Qt.ItemDataRole.ToolTipRole and column in (STATE, PROBLEM):
            lines = [problem_text(entry), reopened_text(entry)]
            return "\n".join(line for line in lines if line) or None
        if role == Qt.ItemDataRole.ForegroundRole and column in (STATE, PROBLEM):
            if entry.reopened:
                return QBrush(_REOPENED_COLOUR)
            colour = _PROBLEM_COLOURS.get(entry.state)
            return QBrush(colour) if colour is not None and problem_text(entry) else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == ATTEMPTS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    @staticmethod
    def _display(entry: QueueEntry, column: int) -> Any:
        if column == NUMBER:
            return entry.application_number
        if column == SEALED_AT:
            return local_time(entry.sealed_at)
        if column == OFFICER:
            return entry.officer_id
        if column == STATE:
            return entry_state_label(entry)
        if column == ATTEMPTS:
            return str(entry.attempts)
        if column == PROBLEM:
            return " · ".join(t for t in (reopened_text(entry), problem_text(entry)) if t)
        return None
