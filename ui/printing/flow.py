"""Page flow shared by the A4 documents: margins, the room left, new pages, the footer."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QPainter

from ui.printing.labels import PrintLanguage
from ui.printing.layout import CENTRED, GREY, INK, Page, draw_text, font

MARGIN_MM = 15.0
FOOTER_MM = 10.0

NewPage = Callable[[], bool]


class PagedPainter:
    """A document painted top to bottom in millimetres, a new page through *new_page*.

    Without *new_page* (an image) whatever does not fit the first page is left out.
    Subclasses give the footer's text and may redraw something at the top of each page.
    """

    def __init__(
        self, painter: QPainter, words: PrintLanguage, new_page: NewPage | None = None
    ) -> None:
        self._p = painter
        self._words = words
        self._new_page = new_page
        self._page = Page(painter.device())
        self._width = self._page.width_mm - 2 * MARGIN_MM
        self._bottom = self._page.height_mm - MARGIN_MM - FOOTER_MM
        self._y = MARGIN_MM
        self._page_number = 1
        self._full = False  # out of room on a device without pages

    def _footer_text(self) -> str:
        raise NotImplementedError

    def _page_started(self) -> None:
        """A new page (after the first) has begun at the top margin."""

    def _footer(self) -> None:
        p = self._p
        p.setFont(font(7.5))
        p.setPen(GREY)
        top = self._page.height_mm - MARGIN_MM - 4
        draw_text(p, self._page, (MARGIN_MM, top, self._width, 0), self._footer_text(), CENTRED)
        p.setPen(INK)

    def _room_for(self, height: float) -> bool:
        """True when *height* mm fit on this page, after starting a new one if needed."""
        if self._full:
            return False
        if self._y + height <= self._bottom:
            return True
        if self._new_page is None:
            self._full = True
            return False
        self._footer()
        if not self._new_page():
            self._full = True
            return False
        self._page_number += 1
        self._y = MARGIN_MM
        self._page_started()
        return True
