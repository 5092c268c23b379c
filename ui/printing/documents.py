"""The printed documents as in-memory PDFs, on a printer, or as an image.

Every function here is safe on a worker thread: QPainter on a QPdfWriter, QPrinter or
QImage, no widgets. The intake sheet holds personal data: it goes to a printer or to bytes
in memory, never to a file. The end-of-day summary holds counts only.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPaintDevice, QPainter, QPdfWriter
from PySide6.QtPrintSupport import QPrinter

from station.documents import AppointmentSlip, IntakeSheet
from station.errors import StationError
from station.review import DaySummaryReport
from ui.printing.flow import NewPage
from ui.printing.labels import PrintLanguage
from ui.printing.layout import MM_PER_INCH
from ui.printing.sheet import paint_sheet
from ui.printing.slip import paint_slip
from ui.printing.summary import paint_day_summary

PDF_DPI = 300
IMAGE_DPI = 150
CREATOR = "Intake station"


class PrintingError(StationError):
    """The document could not be painted (the printer refused to start)."""

    def __init__(self, detail: str) -> None:
        super().__init__(
            "Không in được: kiểm tra máy in đã bật, còn giấy và được chọn đúng, rồi in lại.",
            "Could not print: check that the printer is on, has paper and is the one chosen, "
            "then print again.",
            detail,
        )


def _paint(device: QPaintDevice, draw: Callable[[QPainter], None]) -> None:
    painter = QPainter()
    if not painter.begin(device):
        raise PrintingError(f"QPainter.begin failed on {type(device).__name__}")
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        draw(painter)
    finally:
        painter.end()


def _pdf(page_size: QPageSize.PageSizeId, draw: Callable[[QPainter, NewPage], None]) -> bytes:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setCreator(CREATOR)
    writer.setResolution(PDF_DPI)
    writer.setPageLayout(
        QPageLayout(QPageSize(page_size), QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0))
    )
    _paint(writer, lambda painter: draw(painter, writer.newPage))
    buffer.close()
    return bytes(buffer.data().data())


# ------------------------------------------------------------------ the appointment slip


def render_appointment_slip(
    slip: AppointmentSlip, device: QPaintDevice, language: str | None = None
) -> None:
    """Paint the slip on *device* (an A5 page or an image of A5 proportions)."""
    words = PrintLanguage(language)
    _paint(device, lambda painter: paint_slip(painter, slip, words))


def appointment_slip_pdf(slip: AppointmentSlip, language: str | None = None) -> bytes:
    """The slip as a one-page A5 PDF, in memory (*language* None: the screens' language)."""
    words = PrintLanguage(language)
    return _pdf(QPageSize.PageSizeId.A5, lambda painter, _: paint_slip(painter, slip, words))


def appointment_slip_image(
    slip: AppointmentSlip, dpi: int = IMAGE_DPI, language: str | None = None
) -> QImage:
    """The slip as an A5 image at *dpi* (for a preview on screen)."""
    image = page_image(QPageSize.PageSizeId.A5, dpi)
    render_appointment_slip(slip, image, language)
    return image


def print_appointment_slip(
    slip: AppointmentSlip, printer: QPrinter, language: str | None = None
) -> None:
    """Paint the slip on a printer the caller configured (A5 portrait expected)."""
    words = PrintLanguage(language)
    _paint(printer, lambda painter: paint_slip(painter, slip, words))


# ------------------------------------------------------------------ the intake sheet


def intake_sheet_pdf(sheet: IntakeSheet, language: str) -> bytes:
    """The sheet as an A4 PDF in memory, labels in *language* ("vi" or "en")."""
    words = PrintLanguage(language)
    return _pdf(
        QPageSize.PageSizeId.A4,
        lambda painter, new_page: paint_sheet(painter, sheet, words, new_page),
    )


def print_intake_sheet(sheet: IntakeSheet, printer: QPrinter, language: str) -> None:
    """Paint the sheet on a printer the caller configured (A4 portrait expected)."""
    words = PrintLanguage(language)
    _paint(printer, lambda painter: paint_sheet(painter, sheet, words, printer.newPage))


def intake_sheet_image(sheet: IntakeSheet, language: str, dpi: int = IMAGE_DPI) -> QImage:
    """The first page of the sheet as an A4 image at *dpi* (a preview; kept in memory)."""
    image = page_image(QPageSize.PageSizeId.A4, dpi)
    words = PrintLanguage(language)
    _paint(image, lambda painter: paint_sheet(painter, sheet, words))
    return image


# ------------------------------------------------------------------ the end-of-day summary


def day_summary_pdf(report: DaySummaryReport, language: str | None = None) -> bytes:
    """The summary as an A4 PDF in memory (*language* None: the screens' language)."""
    words = PrintLanguage(language)
    return _pdf(
        QPageSize.PageSizeId.A4,
        lambda painter, new_page: paint_day_summary(painter, report, words, new_page),
    )


def print_day_summary(
    report: DaySummaryReport, printer: QPrinter, language: str | None = None
) -> None:
    """Paint the summary on a printer the caller configured (A4 portrait expected)."""
    words = PrintLanguage(language)
    _paint(printer, lambda painter: paint_day_summary(painter, report, words, printer.newPage))


def day_summary_image(
    report: DaySummaryReport, language: str | None = None, dpi: int = IMAGE_DPI
) -> QImage:
    """The first page of the summary as an A4 image at *dpi* (a preview)."""
    image = page_image(QPageSize.PageSizeId.A4, dpi)
    words = PrintLanguage(language)
    _paint(image, lambda painter: paint_day_summary(painter, report, words))
    return image


def page_image(size: QPageSize.PageSizeId, dpi: int) -> QImage:
    """A white image of page *size* at *dpi*, its resolution set so fonts keep their size."""
    millimetres = QPageSize(size).size(QPageSize.Unit.Millimeter)
    width = round(millimetres.width() / MM_PER_INCH * dpi)
    height = round(millimetres.height() / MM_PER_INCH * dpi)
    image = QImage(width, height, QImage.Format.Format_RGB32)
    dots_per_metre = round(dpi / MM_PER_INCH * 1000)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    image.fill(0xFFFFFF)
    return image
