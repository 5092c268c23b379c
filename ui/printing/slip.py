"""Paints the appointment slip (CC02-like) on one page of any paint device."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter, QPen

from station.documents import AppointmentSlip
from ui.printing.labels import PrintLanguage
from ui.printing.layout import CENTRED, GREY, INK, RULE, Page, draw_text, font
from ui.printing.qr import paint_qr

MARGIN_MM = 12.0
QR_MM = 38.0


def paint_slip(painter: QPainter, slip: AppointmentSlip, words: PrintLanguage) -> None:
    """Lay the slip out on the painter's device, top to bottom, centred."""
    page = Page(painter.device())
    left = MARGIN_MM
    width = page.width_mm - 2 * MARGIN_MM
    y = MARGIN_MM
    painter.setPen(INK)

    painter.setFont(font(10, bold=True))
    y += draw_text(painter, page, (left, y, width, 0), slip.station_name.upper(), CENTRED) + 6
    painter.setFont(font(17, bold=True))
    title = words.translate("AppointmentSlip", "APPOINTMENT SLIP")
    y += draw_text(painter, page, (left, y, width, 0), title, CENTRED) + 1
    painter.setFont(font(10, italic=True))
    subtitle = words.translate("AppointmentSlip", "to collect the identity card")
    y += draw_text(painter, page, (left, y, width, 0), subtitle, CENTRED) + 4
    _rule(painter, page, left, y, width)
    y += 5

    painter.setFont(font(10))
    painter.setPen(GREY)
    label = words.translate("AppointmentSlip", "Application number")
    y += draw_text(painter, page, (left, y, width, 0), label, CENTRED) + 1
    painter.setPen(INK)
    painter.setFont(font(20, bold=True))
    y += draw_text(painter, page, (left, y, width, 0), slip.application_number, CENTRED) + 3

    paint_qr(painter, slip.application_number, page.rect(left, y, width, QR_MM))
    y += QR_MM + 5

    collect = words.date(slip.collect_on, with_weekday=True)
    y = _field(painter, page, y, words.translate("AppointmentSlip", "Date to collect"), collect, 15)
    y = _field(painter, page, y, words.translate("AppointmentSlip", "Place"), slip.place, 11)
    received = words.moment(slip.sealed_at)
    y = _field(
        painter,
        page,
        y,
        words.translate("AppointmentSlip", "Application received on"),
        received,
        10,
    )

    _rule(painter, page, left, y, width)
    y += 4
    painter.setFont(font(9))
    note = words.translate(
        "AppointmentSlip",
        "Bring this slip and your current card, if you have one, when you collect the new "
        "card. Keep the slip: its number identifies your application.",
    )
    draw_text(painter, page, (left, y, width, 0), note, Qt.AlignmentFlag.AlignJustify)


def _field(painter: QPainter, page: Page, y: float, label: str, value: str, points: float) -> float:
    """A grey label over its value, centred; returns the y below it."""
    width = page.width_mm - 2 * MARGIN_MM
    painter.setFont(font(10))
    painter.setPen(GREY)
    y += draw_text(painter, page, (MARGIN_MM, y, width, 0), label, CENTRED) + 0.5
    painter.setFont(font(points, bold=True))
    painter.setPen(INK)
    return y + draw_text(painter, page, (MARGIN_MM, y, width, 0), value, CENTRED) + 4


def _rule(painter: QPainter, page: Page, left: float, y: float, width: float) -> None:
    painter.save()
    painter.setPen(QPen(RULE, page.mm(0.3)))
    painter.drawLine(
        page.rect(left, y, width, 0).topLeft(), page.rect(left, y, width, 0).topRight()
    )
    painter.restore()
