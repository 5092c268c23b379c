"""Application numbers: station code, date, daily sequence and an ISO 7064 check character.

Example: ``HN0001-261123-00042-1``. The check character (ISO 7064 MOD 37,36) catches every
single wrong character and every swap of two neighbours, so a number read over the phone
or typed from the slip is caught before it reaches the register.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_STATION = re.compile(r"[A-Z0-9]{2,12}")
_NUMBER = re.compile(r"([A-Z0-9]{2,12})-(\d{6})-(\d{5})-([A-Z0-9])")
MAX_SEQUENCE = 99_999


@dataclass(frozen=True, slots=True)
class ApplicationNumber:
    """The parts of an application number."""

    station_code: str
    day: dt.date
    sequence: int

    def __str__(self) -> str:
        body = f"{self.station_code}-{self.day:%y%m%d}-{self.sequence:05d}"
        return f"{body}-{check_character(body)}"


def check_character(body: str) -> str:
    """ISO 7064 MOD 37,36 check character over the letters and digits of *body*."""
    product = 36
    for ch in body:
        if ch == "-":
            continue
        total = (product + _ALPHABET.index(ch)) % 36 or 36
        product = (total * 2) % 37
    return _ALPHABET[(37 - product) % 36]


def is_valid_station_code(code: str) -> bool:
    """2 to 12 capital letters or digits."""
    return bool(_STATION.fullmatch(code))


def make_number(station_code: str, day: dt.date, sequence: int) -> ApplicationNumber:
    """Build a number; the sequence is 1 to 99,999 per station and day."""
    if not is_valid_station_code(station_code):
        raise ValueError(f"invalid station code {station_code!r}")
    if not 1 <= sequence <= MAX_SEQUENCE:
        raise ValueError(f"sequence {sequence} out of range")
    return ApplicationNumber(station_code, day, sequence)


def parse_number(text: str) -> ApplicationNumber | None:
    """The parts of a well-formed number with a correct check character, else None."""
    match = _NUMBER.fullmatch(text.strip().upper())
    if match is None:
        return None
    station, yymmdd, sequence, check = match.groups()
    body = f"{station}-{yymmdd}-{sequence}"
    if check_character(body) != check:
        return None
    try:
        day = dt.datetime.strptime(yymmdd, "%y%m%d").date()
    except ValueError:
        return None
    if int(sequence) == 0:
        return None
    return ApplicationNumber(station, day, int(sequence))
