"""Qt's messages reach Python logging; only the listed harmless ones are dropped."""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest
from PySide6.QtCore import qInstallMessageHandler, qWarning

from ui.qt_messages import is_known_noise, route_qt_messages_to_logging


@pytest.fixture
def routed() -> Iterator[None]:
    previous = qInstallMessageHandler(None)
    route_qt_messages_to_logging()
    yield
    qInstallMessageHandler(previous)


def test_offscreen_size_hint_message_is_noise() -> None:
    assert is_known_noise("This plugin does not support propagateSizeHints()")
    assert not is_known_noise("This plugin does not support propagateSizeHints() at all")
    assert not is_known_noise("QPainter::begin: Paint device returned engine == 0")


def test_qt_warning_is_logged(routed: None, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="qt"):
        qWarning("something odd")
        qWarning("This plugin does not support propagateSizeHints()")

    assert [r.getMessage() for r in caplog.records] == ["default: something odd"]
    assert caplog.records[0].levelno == logging.WARNING
