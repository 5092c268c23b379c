"""Small drawing helpers shared by the printed documents: millimetres, fonts, wrapped text."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPaintDevice, QPainter

MM_PER_INCH = 25.4
INK = QColor(0, 0, 0)
GREY = QColor(90, 90, 90)
RULE = QColor(190, 190, 190)
SHADE = QColor(235, 235, 235)


class Page:
    """Millimetre arithmetic on a paint device (a PDF writer, a printer or an image)."""

    def __init__(self, device: QPaintDevice) -> None:
        self.dots_per_mm = device.logicalDpiX() / MM_PER_INCH
        self.width_mm = device.width() / self.dots_per_mm
        self.height_mm = device.height() / self.dots_per_mm

    def mm(self, value: float) -> float:
        """*value* millimetres in device units."""
        return value * self.dots_per_mm

    def rect(self, x: float, y: float, width: float, height: float) -> QRectF:
        """A rectangle given in millimetres, in device units."""
        return QRectF(self.mm(x), self.mm(y), self.mm(width), self.mm(height))


def font(points: float, bold: bool = False, italic: bool = False) -> QFont:
    """A sans-serif font of *points* (physical size: QPainter scales it to the device)."""
    result = QFont()
    result.setStyleHint(QFont.StyleHint.SansSerif)
    result.setPointSizeF(points)
    result.setBold(bold)
    result.setItalic(italic)
    return result


TOP_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
CENTRED = Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop


def text_height(
    painter: QPainter, page: Page, width_mm: float, text: str, flags: Qt.AlignmentFlag = TOP_LEFT
) -> float:
    """How many millimetres *text* takes when wrapped to *width_mm* in the painter's font."""
    if not text:
        return painter.fontMetrics().height() / page.dots_per_mm
    bounds = painter.boundingRect(
        page.rect(0, 0, width_mm, 1000), flags | Qt.TextFlag.TextWordWrap, text
    )
    return bounds.height() / page.dots_per_mm


def draw_text(
    painter: QPainter,
    page: Page,
    area: tuple[float, float, float, float],
    text: str,
    flags: Qt.AlignmentFlag = TOP_LEFT,
) -> float:
    """Draw *text* wrapped in *area* (x, y, width, height in mm); returns the height used."""
    x, y, width, height = area
    used = text_height(painter, page, width, text, flags)
    painter.drawText(
        page.rect(x, y, width, max(height, used)), flags | Qt.TextFlag.TextWordWrap, text
    )
    return used
