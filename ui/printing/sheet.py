"""Paints the intake sheet (CC01-like): every field, the portrait, the two signature boxes."""

from __future__ import annotations

from PySide6.QtCore import QLineF, QRectF, Qt
from PySide6.QtGui import QImage, QPainter, QPen

from station.documents import IntakeSheet, SheetRow
from ui.printing.flow import MARGIN_MM, NewPage, PagedPainter
from ui.printing.labels import PrintLanguage
from ui.printing.layout import CENTRED, GREY, INK, RULE, SHADE, TOP_LEFT, draw_text, font
from ui.printing.layout import text_height as measure

PHOTO_W_MM = 30.0  # 2:3 like the card photo, larger than the 20×30 mm print
PHOTO_H_MM = 45.0
LABEL_MM = 58.0  # the label column
SIGNATURES_MM = 48.0


class SheetPainter(PagedPainter):
    """Lays the sheet out row by row; starts a new page through *new_page* when one is full."""

    def __init__(
        self,
        painter: QPainter,
        sheet: IntakeSheet,
        words: PrintLanguage,
        new_page: NewPage | None = None,
    ) -> None:
        super().__init__(painter, words, new_page)
        self._sheet = sheet
        self._photo_bottom = 0.0

    def paint(self) -> None:
        """Paint the whole sheet."""
        self._header()
        for section in self._sheet.sections():
            self._section_title(self._words.key(section.title))
            for row in section.rows:
                self._row(row)
        self._signatures()
        self._footer()

    # -- parts ------------------------------------------------------------------------------

    def _header(self) -> None:
        p, page, words = self._p, self._page, self._words
        p.setPen(INK)
        p.setFont(font(9, bold=True))
        draw_text(p, page, (MARGIN_MM, self._y, self._width / 2, 0), self._sheet.station_name)
        number = self._sheet.application_number
        p.setFont(font(9, bold=number is None))
        corner = (
            words.translate("IntakeSheet", "No. %1").replace("%1", number)
            if number
            else words.translate("IntakeSheet", "DRAFT: not sealed yet")
        )
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop
        half = self._width / 2
        self._y += draw_text(p, page, (MARGIN_MM + half, self._y, half, 0), corner, right) + 5
        p.setFont(font(15, bold=True))
        title = words.translate("IntakeSheet", "IDENTITY CARD APPLICATION SHEET")
        self._y += draw_text(p, page, (MARGIN_MM, self._y, self._width, 0), title, CENTRED) + 1
        p.setFont(font(9, italic=True))
        p.setPen(GREY)
        hint = words.translate(
            "IntakeSheet", "Check every line. Tell the officer about any mistake before you sign."
        )
        self._y += draw_text(p, page, (MARGIN_MM, self._y, self._width, 0), hint, CENTRED) + 4
        p.setPen(INK)
        self._photo(self._y)

    def _photo(self, top: float) -> None:
        p, page = self._p, self._page
        left = MARGIN_MM + self._width - PHOTO_W_MM
        box = page.rect(left, top, PHOTO_W_MM, PHOTO_H_MM)
        image = QImage()
        if self._sheet.portrait_jpeg:
            image.loadFromData(self._sheet.portrait_jpeg)
        if image.isNull():
            p.save()
            p.setPen(QPen(GREY, page.mm(0.3), Qt.PenStyle.DashLine))
            p.drawRect(box)
            p.setFont(font(8))
            p.drawText(
                box, Qt.AlignmentFlag.AlignCenter, self._words.translate("IntakeSheet", "Photo")
            )
            p.restore()
        else:
            p.save()
            p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
            p.drawImage(_fit(image, box), image)
            p.setPen(QPen(GREY, page.mm(0.2)))
            p.drawRect(box)
            p.restore()
        self._photo_bottom = top + PHOTO_H_MM + 3

    def _row_width(self) -> float:
        """Rows beside the photo leave room for it."""
        if self._y < self._photo_bottom:
            return self._width - PHOTO_W_MM - 4
        return self._width

    def _section_title(self, title: str) -> None:
        p, page = self._p, self._page
        p.setFont(font(10, bold=True))
        height = measure(p, page, self._row_width(), title) + 1.6
        if not self._room_for(height + 7):  # a title never ends a page alone
            return
        width = self._row_width()
        p.fillRect(page.rect(MARGIN_MM, self._y + 1, width, height), SHADE)
        draw_text(p, page, (MARGIN_MM + 1.5, self._y + 1.8, width - 3, 0), title.upper())
        self._y += height + 2

    def _row(self, row: SheetRow) -> None:
        p, page, words = self._p, self._page, self._words
        label = words.key(row.label)
        value = words.key(row.value_key) if row.value_key else row.value_in(words.data_language)
        width = self._row_width()
        value_width = width - LABEL_MM - 2
        p.setFont(font(8.5))
        label_height = measure(p, page, LABEL_MM, label)
        p.setFont(font(10, bold=bool(value)))
        value_height = measure(p, page, value_width, value)
        height = max(label_height, value_height) + 1.8
        if not self._room_for(height):
            return
        width = self._row_width()  # the row may have moved to a new page, past the photo
        value_width = width - LABEL_MM - 2
        top = self._y + 0.9
        p.setFont(font(8.5))
        p.setPen(GREY)
        draw_text(p, page, (MARGIN_MM, top + 0.4, LABEL_MM, 0), label)
        p.setFont(font(10, bold=bool(value)))
        p.setPen(INK)
        draw_text(p, page, (MARGIN_MM + LABEL_MM + 2, top, value_width, 0), value, TOP_LEFT)
        self._y += height
        p.save()
        p.setPen(QPen(RULE, page.mm(0.15)))
        y = page.mm(self._y)
        p.drawLine(QLineF(page.mm(MARGIN_MM), y, page.mm(MARGIN_MM + width), y))
        p.restore()

    def _signatures(self) -> None:
        p, page, words = self._p, self._page, self._words
        self._y = max(self._y, self._photo_bottom) + 4
        if not self._room_for(SIGNATURES_MM):
            return
        p.setFont(font(9, italic=True))
        declaration = words.translate(
            "IntakeSheet", "I declare that the information above is true and complete."
        )
        self._y += draw_text(p, page, (MARGIN_MM, self._y, self._width, 0), declaration) + 3
        half = (self._width - 8) / 2
        for index, caption in enumerate(
            (
                words.translate("IntakeSheet", "Citizen's signature and full name"),
                words.translate("IntakeSheet", "Officer's signature and full name"),
            )
        ):
            left = MARGIN_MM + index * (half + 8)
            p.setFont(font(9, bold=True))
            draw_text(p, page, (left, self._y, half, 0), caption, CENTRED)
            p.save()
            p.setPen(QPen(GREY, page.mm(0.3)))
            p.drawRect(page.rect(left, self._y + 6, half, 30))
            p.restore()
        self._y += 38

    def _footer_text(self) -> str:
        return (
            self._words.translate("IntakeSheet", "Printed on %1 · page %2")
            .replace("%1", self._words.moment(self._sheet.printed_at))
            .replace("%2", str(self._page_number))
        )

    def _page_started(self) -> None:
        self._photo_bottom = 0.0  # the photo is on the first page only


def _fit(image: QImage, box: QRectF) -> QRectF:
    """The largest rectangle of *image*'s shape inside *box*, centred."""
    scale = min(box.width() / image.width(), box.height() / image.height())
    width, height = image.width() * scale, image.height() * scale
    return QRectF(
        box.left() + (box.width() - width) / 2,
        box.top() + (box.height() - height) / 2,
        width,
        height,
    )


def paint_sheet(
    painter: QPainter,
    sheet: IntakeSheet,
    words: PrintLanguage,
    new_page: NewPage | None = None,
) -> None:
    """Paint *sheet* with *painter*; *new_page* starts the next page (None: one page only)."""
    SheetPainter(painter, sheet, words, new_page).paint()
