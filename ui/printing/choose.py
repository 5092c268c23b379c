"""Choosing a printer: the system's print dialog, shown modally on the GUI thread."""

from __future__ import annotations

from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget


def choose_printer(
    parent: QWidget, name: str, page: QPageSize.PageSizeId | None = None
) -> QPrinter | None:
    """The printer the officer chose (object name *name* on the dialog), or None."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    if page is not None:
        printer.setPageSize(QPageSize(page))
    dialog = QPrintDialog(printer, parent)
    dialog.setObjectName(name)
    # exec(): the native Windows print dialog only works modally (open() shows it empty).
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    dialog.deleteLater()
    return printer if accepted else None
