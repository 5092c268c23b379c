"""A validation finding: field, stable code, severity and the officer's message in two languages."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from typing import NamedTuple

from station.validation.messages import MESSAGES


class Severity(StrEnum):
    """Errors block sealing; warnings must be acknowledged by the officer one by one."""

    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem found in a record, written for the officer."""

    field: str  # dotted path into the record, e.g. "family.father.id_number"
    code: str  # stable identifier, e.g. "id_number.format"
    severity: Severity
    message_vi: str
    message_en: str

    def message(self, language: str) -> str:
        """The message in *language* ("en" for English, Vietnamese otherwise)."""
        return self.message_en if language == "en" else self.message_vi

    @property
    def blocks_sealing(self) -> bool:
        """True for errors."""
        return self.severity is Severity.ERROR


class Bilingual(NamedTuple):
    """A message parameter that reads differently in each language (e.g. "Nam"/"male")."""

    vi: str
    en: str


def finding(code: str, field: str, /, **params: object) -> Finding:
    """Build the finding *code* for *field* from the message catalogue."""
    severity, vi, en = MESSAGES[code]
    return Finding(
        field,
        code,
        Severity(severity),
        vi.format(**{key: _shown(value, "vi") for key, value in params.items()}),
        en.format(**{key: _shown(value, "en") for key, value in params.items()}),
    )


def _shown(value: object, language: str) -> str:
    if isinstance(value, Bilingual):
        return value.vi if language == "vi" else value.en
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    return str(value)
