"""Lay out a box in the middle of a screen (login and lock screens)."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget


def centre_box(screen: QWidget, box: QWidget) -> None:
    """Put *box* in the middle of *screen*, a little above centre."""
    # Stretches, not an alignment flag: an aligned widget gets its size hint and the
    # wrapped messages would be cut off.
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(box)
    row.addStretch(1)
    outer = QVBoxLayout(screen)
    outer.addStretch(1)
    outer.addLayout(row)
    outer.addStretch(2)
