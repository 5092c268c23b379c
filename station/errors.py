"""Base error of the core: an officer-facing message in both languages plus a log detail."""

from __future__ import annotations


class StationError(Exception):
    """An error the officer may see: short bilingual message, technical detail for the log.

    The detail must never carry personal data: it goes to the log files.
    """

    def __init__(self, message_vi: str, message_en: str, detail: str = "") -> None:
        super().__init__(detail or message_en)
        self.message_vi = message_vi
        self.message_en = message_en
        self.detail = detail

    def message(self, language: str) -> str:
        """The officer-facing message in *language* ("vi" or "en"; Vietnamese otherwise)."""
        return self.message_en if language == "en" else self.message_vi
