"""Log files: rotating, size-capped, in the platform's log folder, with personal data masked.

Code must not log personal data in the first place; the filter is a second line of
defence that masks digit runs shaped like ID numbers, old CMND numbers and phone numbers.
"""

from __future__ import annotations

import logging
import re
from logging.handlers import RotatingFileHandler
from pathlib import Path

import platformdirs

APP_NAME = "intake-station"
LOG_FILE = "station.log"
_FORMAT = "%(asctime)s %(levelname)s %(threadName)s %(name)s: %(message)s"
# 9 to 12 digit runs (ID numbers, CMND, phone numbers with or without +84).
_DIGIT_RUNS = re.compile(r"(?<!\d)(?:\+84)?\d{9,12}(?!\d)")


def default_log_dir() -> Path:
    """The platform's log folder for the station."""
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def mask_personal_numbers(text: str) -> str:
    """Replace digit runs that could be ID, CMND or phone numbers."""
    return _DIGIT_RUNS.sub("<number>", text)


class PersonalDataFilter(logging.Filter):
    """Masks personal numbers in every record before any handler writes it."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        masked = mask_personal_numbers(message)
        if masked != message:
            record.msg, record.args = masked, None
        return True


def configure_logging(
    directory: Path, *, max_bytes: int = 5_000_000, files: int = 5, level: int = logging.INFO
) -> RotatingFileHandler:
    """Send the station's logs to a rotating file; returns the handler (for tests and shutdown)."""
    directory.mkdir(parents=True, exist_ok=True)
    handler = RotatingFileHandler(
        directory / LOG_FILE, maxBytes=max_bytes, backupCount=files, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter(_FORMAT))
    handler.addFilter(PersonalDataFilter())
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(min(root.level or level, level))
    return handler
