"""Table models of the review screens: the held applications and the end-of-day counts."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from station.outbox import QueueEntry
from station.review import DaySummary, OfficerDay, officer_label
from ui.queue.labels import local_time
from ui.table_model import HeaderedTableModel

Index = QModelIndex | QPersistentModelIndex

OWN_COLOUR = QColor("#664d03")  # the reviewer's own applications: not theirs to decide


class HeldModel(HeaderedTableModel):
    """The applications waiting for a supervisor, oldest first; the reviewer's own marked."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: list[QueueEntry] = []
        self._reviewer = ""
        self._headers = (
            self.tr("Application number"),
            self.tr("Officer"),
            self.tr("Sealed at"),
            self.tr("Note"),
        )

    def set_entries(self, entries: list[QueueEntry], reviewer: str = "") -> None:
        """Show *entries* instead; those *reviewer* sealed are marked as not theirs to decide."""
        self.beginResetModel()
        self._entries = list(entries)
        self._reviewer = reviewer
        self.endResetModel()

    def entry(self, row: int) -> QueueEntry:
        """The entry on *row*."""
        return self._entries[row]

    def is_own(self, row: int) -> bool:
        """Whether the reviewer sealed the application on *row* (four eyes: not theirs)."""
        return bool(self._reviewer) and self._entries[row].officer_id == self._reviewer

    def own_note(self) -> str:
        """The note on the reviewer's own applications."""
        return self.tr("Yours: another supervisor must review it")

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._entries):
            return None
        entry = self._entries[index.row()]
        own = self.is_own(index.row())
        if role == Qt.ItemDataRole.DisplayRole:
            note = self.own_note() if own else ""
            return (entry.application_number, entry.officer_id, local_time(entry.sealed_at), note)[
                index.column()
            ]
        if own and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(OWN_COLOUR)
        if own and role == Qt.ItemDataRole.ToolTipRole:
            return self.tr(
                "You sealed this application: you may not approve or reject it yourself. "
                "Another supervisor must review it."
            )
        return None


class DaySummaryModel(HeaderedTableModel):
    """One row per officer, then the totals (bold)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[OfficerDay] = []
        self._names: dict[str, str] = {}
        self._headers = (
            self.tr("Officer"),
            self.tr("Sealed"),
            self.tr("Waiting for review"),
            self.tr("Approved"),
            self.tr("Rejected by supervisor"),
            self.tr("Waiting to send"),
            self.tr("Exported"),
            self.tr("Accepted"),
            self.tr("Rejected by register"),
        )

    def set_summary(self, summary: DaySummary, names: dict[str, str]) -> None:
        """Show *summary*; *names* maps login names to display names."""
        self.beginResetModel()
        self._rows = [*summary.officers, summary.total]
        self._names = dict(names)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        is_total = index.row() == len(self._rows) - 1
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return self.tr("Total") if is_total else self._officer(row.officer_id)
            return str(row.counts()[column - 1])
        if role == Qt.ItemDataRole.FontRole and is_total:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _officer(self, officer_id: str) -> str:
        return officer_label(officer_id, self._names)
