"""A QR code painted as squares with QPainter (no image file, sharp at any resolution)."""

from __future__ import annotations

import segno
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter

QUIET_ZONE = 4  # modules of white around the symbol, as the QR standard asks


def qr_matrix(text: str) -> list[list[bool]]:
    """The dark modules of *text*'s QR code, quiet zone included (row by row).

    Error correction M; never a Micro QR, which phone readers and OpenCV do not decode.
    """
    code = segno.make(text, error="m", micro=False)
    return [[bool(module) for module in row] for row in code.matrix_iter(border=QUIET_ZONE)]


def paint_qr(painter: QPainter, text: str, area: QRectF) -> None:
    """Paint *text*'s QR code as the largest square that fits *area*, centred."""
    matrix = qr_matrix(text)
    modules = len(matrix)
    side = min(area.width(), area.height())
    module = side / modules
    left = area.left() + (area.width() - side) / 2
    top = area.top() + (area.height() - side) / 2
    painter.save()
    # Antialiasing would leave hairline seams between neighbouring squares.
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.fillRect(QRectF(left, top, side, side), Qt.GlobalColor.white)
    painter.setBrush(Qt.GlobalColor.black)
    for row_index, row in enumerate(matrix):
        column = 0
        while column < modules:
            if not row[column]:
                column += 1
                continue
            run = column
            while run < modules and row[run]:
                run += 1
            # One rectangle per horizontal run of dark modules.
            painter.drawRect(
                QRectF(
                    left + column * module,
                    top + row_index * module,
                    (run - column) * module,
                    module,
                )
            )
            column = run
    painter.restore()
