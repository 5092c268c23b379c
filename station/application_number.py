"""Application numbers: station code, date, daily sequence and ISO 7064 check characters.

Example: ``HN0001-261123-00042-XX``. The two check characters (ISO 7064 MOD 1271-36, a pure
system) catch every single wrong character and every swap of two neighbours, so a number
read over the phone or typed from the slip is caught before it reaches the register.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
_STATION = re.compile(r"[A-Z0-9]{2,12}")
_NUMBER = re.compile(r"([A-Z0-9]{2,12})-(\d{6})-(\d{5})-([A-Z0-9]{2})")
_MODULUS = 1271  # 31 x 41: every difference of two characters (< 36) is a unit modulo it
_RADIX = 36
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
    """The two ISO 7064 MOD 1271-36 check characters over the letters and digits of *body*."""
    total = 0
    for ch in body:
        if ch != "-":
            total = (total + _ALPHABET.index(ch)) * _RADIX % _MODULUS
    total = total * _RADIX % _MODULUS  # room for the second check character
    check = (_MODULUS + 1 - total) % _MODULUS
    return _ALPHABET[check // _RADIX] + _ALPHABET[check % _RADIX]


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
