"""Paints the end-of-day summary: the station, the day, one row per officer, the totals.

Counts and the station's own accounts only: nothing about a citizen is printed, so the
summary may be saved as a PDF as well as printed.
"""

from __future__ import annotations

from PySide6.QtCore import QLineF, Qt
from PySide6.QtGui import QPainter, QPen

from station.review import COUNTERS, DaySummaryReport, OfficerDay
from ui.printing.flow import MARGIN_MM, NewPage, PagedPainter
from ui.printing.labels import PrintLanguage
from ui.printing.layout import CENTRED, GREY, INK, RULE, SHADE, TOP_LEFT, draw_text, font
from ui.printing.layout import text_height as measure

OFFICER_MM = 44.0  # the officer column; the counts share the rest of the width
SIGNATURE_MM = 34.0

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop


def _headers(words: PrintLanguage) -> tuple[str, ...]:
    # Literal contexts and texts everywhere in this module, so that lupdate finds them.
    return (
        words.translate("DaySummarySheet", "Officer"),
        words.translate("DaySummarySheet", "Sealed"),
        words.translate("DaySummarySheet", "Waiting for review"),
        words.translate("DaySummarySheet", "Approved"),
        words.translate("DaySummarySheet", "Rejected by supervisor"),
        words.translate("DaySummarySheet", "Waiting to send"),
        words.translate("DaySummarySheet", "Exported"),
        words.translate("DaySummarySheet", "Accepted"),
        words.translate("DaySummarySheet", "Rejected by register"),
    )


class SummaryPainter(PagedPainter):
    """Lays the summary out; a table longer than a page goes on with its header repeated."""

    def __init__(
        self,
        painter: QPainter,
        report: DaySummaryReport,
        words: PrintLanguage,
        new_page: NewPage | None = None,
    ) -> None:
        super().__init__(painter, words, new_page)
        self._report = report
        self._headers = _headers(words)
        officer = min(OFFICER_MM, self._width * 0.35)
        count = (self._width - officer) / len(COUNTERS)
        self._columns = [officer] + [count] * len(COUNTERS)

    def paint(self) -> None:
        """Paint the whole summary."""
        self._title()
        self._table_header()
        for officer in self._report.summary.officers:
            self._row(self._report.officer_label(officer.officer_id), officer, total=False)
        self._row(
            self._words.translate("DaySummarySheet", "Total"),
            self._report.summary.total,
            total=True,
        )
        self._note()
        self._signature()
        self._footer()

    # -- parts ------------------------------------------------------------------------------

    def _title(self) -> None:
        p, page, words, report = self._p, self._page, self._words, self._report
        half = self._width / 2
        p.setPen(INK)
        p.setFont(font(9, bold=True))
        used = draw_text(p, page, (MARGIN_MM, self._y, half, 0), report.station_name)
        p.setFont(font(9))
        code = words.translate("DaySummarySheet", "Station code: %1").replace(
            "%1", report.station_code
        )
        used = max(used, draw_text(p, page, (MARGIN_MM + half, self._y, half, 0), code, RIGHT))
        self._y += used + 6
        p.setFont(font(16, bold=True))
        title = words.translate("DaySummarySheet", "END-OF-DAY SUMMARY")
        self._y += draw_text(p, page, (MARGIN_MM, self._y, self._width, 0), title, CENTRED) + 1
        p.setFont(font(10, italic=True))
        day = words.date(report.summary.day, with_weekday=True)
        subtitle = words.translate("DaySummarySheet", "Applications sealed on %1").replace(
            "%1", day
        )
        self._y += draw_text(p, page, (MARGIN_MM, self._y, self._width, 0), subtitle, CENTRED) + 6

    def _cells(self, texts: tuple[str, ...], *, bold: bool, points: float, shade: bool) -> None:
        """One table row: the officer on the left, the counts on the right of their cells."""
        p, page = self._p, self._page
        p.setFont(font(points, bold=bold))
        height = max(measure(p, page, w - 2, t) for w, t in zip(self._columns, texts, strict=True))
        height += 2.4
        if not self._room_for(height):
            return
        p.setFont(font(points, bold=bold))  # a new page painted its header in another font
        if shade:
            p.fillRect(page.rect(MARGIN_MM, self._y, self._width, height), SHADE)
        x = MARGIN_MM
        for index, (width, text) in enumerate(zip(self._columns, texts, strict=True)):
            flags = TOP_LEFT if index == 0 else RIGHT
            draw_text(p, page, (x + 1, self._y + 1.2, width - 2, 0), text, flags)
            x += width
        self._y += height
        p.save()
        p.setPen(QPen(RULE, page.mm(0.2)))
        y = page.mm(self._y)
        p.drawLine(QLineF(page.mm(MARGIN_MM), y, page.mm(MARGIN_MM + self._width), y))
        p.restore()

    def _table_header(self) -> None:
        self._p.setPen(INK)
        self._cells(self._headers, bold=True, points=7.0, shade=True)

    def _row(self, label: str, counts: OfficerDay, *, total: bool) -> None:
        texts = (label, *(str(count) for count in counts.counts()))
        self._cells(texts, bold=total, points=9.5, shade=total)

    def _note(self) -> None:
        p, page, words = self._p, self._page, self._words
        p.setFont(font(8.5, italic=True))
        note = words.translate(
            "DaySummarySheet",
            "Counts the applications sealed that day by where they stand now; "
            '"Approved" also counts those that went on.',
        )
        height = measure(p, page, self._width, note)
        if not self._room_for(height + 3):
            return
        p.setPen(GREY)
        self._y += draw_text(p, page, (MARGIN_MM, self._y + 3, self._width, 0), note) + 3
        p.setPen(INK)

    def _signature(self) -> None:
        p, page, words = self._p, self._page, self._words
        if not self._room_for(SIGNATURE_MM + 6):
            return
        half = self._width / 2
        left = MARGIN_MM + half
        top = self._y + 6
        p.setFont(font(9, bold=True))
        caption = words.translate("DaySummarySheet", "Supervisor's signature and full name")
        draw_text(p, page, (left, top, half, 0), caption, CENTRED)
        p.save()
        p.setPen(QPen(GREY, page.mm(0.3)))
        p.drawRect(page.rect(left, top + 6, half, SIGNATURE_MM - 8))
        p.restore()
        self._y = top + SIGNATURE_MM

    def _footer_text(self) -> str:
        report = self._report
        return (
            self._words.translate("DaySummarySheet", "Printed on %1 by %2 · page %3")
            .replace("%1", self._words.moment(report.printed_at))
            .replace("%2", report.officer_label(report.printed_by))
            .replace("%3", str(self._page_number))
        )

    def _page_started(self) -> None:
        self._table_header()  # the columns are named again on every page


def paint_day_summary(
    painter: QPainter,
    report: DaySummaryReport,
    words: PrintLanguage,
    new_page: NewPage | None = None,
) -> None:
    """Paint *report* with *painter*; *new_page* starts the next page (None: one page only)."""
    SummaryPainter(painter, report, words, new_page).paint()
