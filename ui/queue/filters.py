"""Small filter widgets shared by the queue and the audit viewer."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QLabel, QWidget

from ui.queue.labels import local_zone

SEARCH_DELAY_MS = 300  # typing pauses this long before a search runs


class DateRangeFilter(QWidget):
    """ "Between [from] and [to]" (both days included), off until the officer ticks it."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        today = QDate.currentDate()
        self.enabled_box = QCheckBox(self.tr("&Between"), self)
        self.enabled_box.setObjectName("dateFilterEnabled")
        self.since_edit = self._date_edit("dateFrom", today.addDays(-7))
        self.since_edit.setAccessibleName(self.tr("From day"))
        self.until_edit = self._date_edit("dateTo", today)
        self.until_edit.setAccessibleName(self.tr("To day"))
        self.and_label = QLabel(self.tr("and"), self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.enabled_box)
        layout.addWidget(self.since_edit)
        layout.addWidget(self.and_label)
        layout.addWidget(self.until_edit)
        self._sync_enabled()
        self._connect_signals()

    def _date_edit(self, name: str, day: QDate) -> QDateEdit:
        edit = QDateEdit(day, self)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd/MM/yyyy")
        return edit

    def _connect_signals(self) -> None:
        self.enabled_box.toggled.connect(self._sync_enabled)
        self.enabled_box.toggled.connect(self.changed)
        self.since_edit.dateChanged.connect(self._date_changed)
        self.until_edit.dateChanged.connect(self._date_changed)

    def _sync_enabled(self) -> None:
        on = self.enabled_box.isChecked()
        self.since_edit.setEnabled(on)
        self.until_edit.setEnabled(on)

    def _date_changed(self) -> None:
        if self.enabled_box.isChecked():
            self.changed.emit()

    def set_range(self, since: dt.date, until: dt.date) -> None:
        """Turn the filter on for *since* to *until* (both included)."""
        self.blockSignals(True)
        self.since_edit.setDate(QDate(since.year, since.month, since.day))
        self.until_edit.setDate(QDate(until.year, until.month, until.day))
        self.enabled_box.setChecked(True)
        self.blockSignals(False)
        self.changed.emit()

    def bounds(self) -> tuple[dt.datetime | None, dt.datetime | None]:
        """Local midnight of the first day and of the day after the last, or (None, None)."""
        if not self.enabled_box.isChecked():
            return None, None
        zone = local_zone()
        first = qdate_to_date(self.since_edit.date())
        last = qdate_to_date(self.until_edit.date())
        if last < first:
            first, last = last, first
        start = dt.datetime.combine(first, dt.time(0), tzinfo=zone)
        end = dt.datetime.combine(last + dt.timedelta(days=1), dt.time(0), tzinfo=zone)
        return start, end


def qdate_to_date(day: QDate) -> dt.date:
    """A QDate as a Python date."""
    return dt.date(day.year(), day.month(), day.day())


def debounce(parent: QWidget, delay_ms: int = SEARCH_DELAY_MS) -> QTimer:
    """A single-shot timer to restart on every keystroke (the search runs when typing stops)."""
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(delay_ms)
    return timer
