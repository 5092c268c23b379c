"""Date entry as dd/mm/yyyy where day and month may be unknown (older citizens)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QRegularExpression, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QLineEdit, QWidget

from station.form_input import DateInputError, format_partial_date, parse_partial_date
from station.record import PartialDate

# Digits with up to two separators; the parser decides what the parts mean.
_SHAPE = r"\d{0,8}|\d{0,2}[/.\-]\d{0,4}|\d{0,2}[/.\-]\d{0,2}[/.\-]\d{0,4}"


class PartialDateEdit(QLineEdit):
    """A date typed as dd/mm/yyyy, mm/yyyy or yyyy ("00" or nothing for an unknown part).

    With ``partial=False`` only complete, real dates are accepted (card issue and expiry
    dates). What cannot be stored is reported by problem() rather than silently dropped.
    """

    value_changed = Signal()  # the typed value changed (typing or set_value)

    def __init__(self, *, partial: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._partial = partial
        self.setValidator(QRegularExpressionValidator(QRegularExpression(_SHAPE), self))
        self.setPlaceholderText(self.tr("dd/mm/yyyy"))
        self.setMaxLength(10)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.textChanged.connect(self.value_changed)
        self.editingFinished.connect(self._tidy)

    def value(self) -> PartialDate | None:
        """The date typed (perhaps impossible: validation says so); None if blank or unreadable."""
        try:
            value = parse_partial_date(self.text())
        except DateInputError:
            return None
        if value is not None and not self._partial and value.as_date() is None:
            return None
        return value

    def date(self) -> dt.date | None:
        """The complete calendar date typed, or None."""
        value = self.value()
        return value.as_date() if value is not None else None

    def set_value(self, value: PartialDate | dt.date | None) -> None:
        """Show *value*; nothing is emitted when the text does not change."""
        if isinstance(value, dt.date):
            value = PartialDate.of(value)
        if self.value() != value or (value is None and self.text()):
            self.setText(format_partial_date(value))

    def problem(self) -> str:
        """Why the text cannot be stored ("" when it can): the officer must fix it here."""
        try:
            value = parse_partial_date(self.text())
        except DateInputError:
            return self.tr("Type the date as dd/mm/yyyy, with a four-digit year.")
        if value is not None and not self._partial and value.as_date() is None:
            return self.tr("Type a complete, real date as dd/mm/yyyy.")
        return ""

    def _tidy(self) -> None:
        """Write the date back in its usual form ("1/3/1990" -> "01/03/1990")."""
        if not self.problem():
            value = self.value()
            text = format_partial_date(value)
            if value is not None and text != self.text():
                self.setText(text)
