"""The 12-digit personal ID number: structure and decoding (PPP C YY RRRRRR, no check digit)."""

from __future__ import annotations

from dataclasses import dataclass

from station.record import Sex

ID_NUMBER_LENGTH = 12
OLD_ID_NUMBER_LENGTH = 9
# Prefixes from 100 up mark births registered abroad (DOMAIN §3; the table is unconfirmed).
ABROAD_PREFIX_MIN = 100


@dataclass(frozen=True, slots=True)
class DecodedIdNumber:
    """What the digits of a well-formed ID number say about its holder."""

    prefix: str  # PPP: where the birth was registered
    century_sex_digit: int  # C
    birth_year: int | None  # None when C is outside 0-5 (no defined century)
    sex: Sex | None
    serial: str  # RRRRRR

    @property
    def registered_abroad(self) -> bool:
        """True for prefixes 100 and above."""
        return int(self.prefix) >= ABROAD_PREFIX_MIN


def is_well_formed(value: str) -> bool:
    """Twelve ASCII digits."""
    return len(value) == ID_NUMBER_LENGTH and value.isascii() and value.isdigit()


def decode_id_number(value: str) -> DecodedIdNumber | None:
    """Decode a well-formed number; None when it is not twelve digits."""
    if not is_well_formed(value):
        return None
    century_sex = int(value[3])
    birth_year: int | None = None
    sex: Sex | None = None
    if century_sex <= 5:
        birth_year = 1900 + 100 * (century_sex // 2) + int(value[4:6])
        sex = Sex.MALE if century_sex % 2 == 0 else Sex.FEMALE
    return DecodedIdNumber(value[:3], century_sex, birth_year, sex, value[6:])


def century_sex_digit(birth_year: int, sex: Sex) -> int | None:
    """The C digit a number issued for this birth year and sex must carry (None if no rule)."""
    if not 1900 <= birth_year <= 2199:
        return None
    return 2 * ((birth_year - 1900) // 100) + (0 if sex is Sex.MALE else 1)


def looks_fabricated(value: str) -> bool:
    """True for numbers typed to get past a form: one digit repeated, or a run like 123456."""
    if not is_well_formed(value):
        return False
    if len(set(value)) == 1:
        return True
    serial = value[6:]
    ascending = "01234567890123456789"
    descending = ascending[::-1]
    return len(set(serial)) == 1 or serial in ascending or serial in descending
