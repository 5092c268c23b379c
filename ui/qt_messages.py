"""Route Qt's own messages (qWarning and friends) into Python logging, minus known noise."""

from __future__ import annotations

import logging
import re

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

_log = logging.getLogger("qt")

# Messages Qt prints although nothing is wrong. Keep this list short and each entry exact.
KNOWN_NOISE = (
    # The offscreen platform (tests, headless demo) cannot resize windows to their hints.
    re.compile(r"This plugin does not support propagateSizeHints\(\)"),
    # ... nor raise or grab for popups (a picker's suggestion list, a completer).
    re.compile(r"This plugin does not support raise\(\)"),
    re.compile(r"This plugin does not support grabbing the keyboard"),
)

_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def is_known_noise(message: str) -> bool:
    """Whether *message* is one of the harmless messages listed in KNOWN_NOISE."""
    return any(pattern.fullmatch(message) for pattern in KNOWN_NOISE)


def _handle(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    # Called by Qt from any thread: only Python logging here, never a Qt object.
    if is_known_noise(message):
        return
    category = context.category or "default"
    _log.log(_LEVELS.get(kind, logging.WARNING), "%s: %s", category, message)


def route_qt_messages_to_logging() -> None:
    """Install the handler; call once, before the QApplication is created."""
    qInstallMessageHandler(_handle)
