"""The one notification area: every error and notice of the screens lands here, with a next step."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from station.errors import StationError

log = logging.getLogger(__name__)

_STYLE = {
    "info": "background: #e7f1ff; color: #084298;",
    "success": "background: #d1e7dd; color: #0f5132;",
    "warning": "background: #fff3cd; color: #664d03;",
    "error": "background: #f8d7da; color: #842029;",
}


class NoticeLevel(StrEnum):
    """How serious a notice is (its colour)."""

    INFO = "info"
    SUCCESS = "success"
    WARNING = "warning"
    ERROR = "error"


@dataclass(frozen=True)
class Notice:
    """One message to the officer, with an optional button for what to do next."""

    level: NoticeLevel
    text: str
    action_text: str = ""
    action: Callable[[], None] | None = None


class NotificationArea(QFrame):
    """A bar under the toolbar showing the latest notice; the officer dismisses it."""

    notice_shown = Signal(object)  # the Notice (tests and the log listen)

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notificationArea")
        self._language = language
        self._notice: Notice | None = None
        self.history: list[Notice] = []
        self.message = QLabel(self)
        self.message.setObjectName("notificationText")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.action_button = QPushButton(self)
        self.action_button.setObjectName("notificationAction")
        self.dismiss_button = QPushButton(self.tr("Dismiss"), self)
        self.dismiss_button.setObjectName("notificationDismiss")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.action_button)
        layout.addWidget(self.dismiss_button)
        self.action_button.clicked.connect(self._act)
        self.dismiss_button.clicked.connect(self.clear)
        self.setAccessibleName(self.tr("Notifications"))
        self.hide()

    @property
    def language(self) -> str:
        """The language core messages are shown in ("vi" or "en")."""
        return self._language

    @property
    def current(self) -> Notice | None:
        """The notice on show, if any."""
        return self._notice

    def show_notice(self, notice: Notice) -> None:
        """Show *notice* (replacing the one before)."""
        self._notice = notice
        self.history.append(notice)
        del self.history[:-50]
        self.message.setText(notice.text)
        self.setStyleSheet(f"QFrame#notificationArea {{ {_STYLE[notice.level]} }}")
        self.action_button.setVisible(notice.action is not None)
        self.action_button.setText(notice.action_text)
        self.show()
        self.notice_shown.emit(notice)

    def info(self, text: str) -> None:
        """A neutral notice."""
        self.show_notice(Notice(NoticeLevel.INFO, text))

    def success(self, text: str) -> None:
        """Something finished well."""
        self.show_notice(Notice(NoticeLevel.SUCCESS, text))

    def warning(
        self, text: str, action_text: str = "", action: Callable[[], None] | None = None
    ) -> None:
        """Something the officer should know or act on."""
        self.show_notice(Notice(NoticeLevel.WARNING, text, action_text, action))

    def error(
        self,
        error: BaseException | str,
        action_text: str = "",
        action: Callable[[], None] | None = None,
    ) -> None:
        """Show an error: a core error in the screen language, anything else as a fault."""
        self.show_notice(Notice(NoticeLevel.ERROR, self.describe(error), action_text, action))

    def describe(self, error: BaseException | str) -> str:
        """The officer-facing text of *error* (never a traceback)."""
        if isinstance(error, str):
            return error
        if isinstance(error, StationError):
            return error.message(self._language)
        log.error("unexpected error reached the screen", exc_info=error)
        return self.tr(
            "Something went wrong inside the program (%1). Your work is saved; "
            "try again, and tell IT if it happens again."
        ).replace("%1", type(error).__name__)

    def clear(self) -> None:
        """Hide the notice."""
        self._notice = None
        self.hide()

    def _act(self) -> None:
        notice = self._notice
        if notice is not None and notice.action is not None:
            self.clear()
            notice.action()
