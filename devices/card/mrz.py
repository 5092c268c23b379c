"""The TD1 machine-readable zone (three lines of 30) of the card: check digits and fields."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from devices.card.errors import MalformedDataError

TD1_LINE = 30
TD1_LENGTH = 3 * TD1_LINE
_WEIGHTS = (7, 3, 1)
_ALLOWED = frozenset("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ<")


def char_value(ch: str) -> int:
    """Value of one MRZ character for the check digit: digits, A=10..Z=35, '<'=0."""
    if "0" <= ch <= "9":
        return ord(ch) - ord("0")
    if "A" <= ch <= "Z":
        return ord(ch) - ord("A") + 10
    if ch == "<":
        return 0
    raise ValueError(f"not an MRZ character: {ch!r}")


def check_digit(field: str) -> str:
    """The ICAO 9303 check digit of *field* (weights 7, 3, 1)."""
    total = sum(char_value(ch) * _WEIGHTS[i % 3] for i, ch in enumerate(field))
    return str(total % 10)


def yymmdd(value: dt.date) -> str:
    """A date as the MRZ writes it."""
    return value.strftime("%y%m%d")


def parse_yymmdd(text: str, *, pivot: dt.date | None, future: bool) -> dt.date | None:
    """A YYMMDD field as a date; None when it is not a real date (e.g. '<<<<<<').

    Birth dates are placed in the century that puts them not after *pivot*; expiry dates
    (``future=True``) always fall in 20YY.
    """
    if len(text) != 6 or not text.isdigit():
        return None
    yy, mm, dd = int(text[:2]), int(text[2:4]), int(text[4:])
    if future:
        year = 2000 + yy
    else:
        today = pivot or dt.date.today()
        year = 2000 + yy if 2000 + yy <= today.year else 1900 + yy
    try:
        return dt.date(year, mm, dd)
    except ValueError:
        return None


@dataclass(frozen=True, slots=True)
class Td1Mrz:
    """The decoded TD1 zone; the raw text is kept because the chip signed it."""

    raw: str
    document_code: str
    issuing_state: str
    document_number: str
    document_number_check: str
    optional_data_1: str
    birth_yymmdd: str
    birth_check: str
    sex: str  # "M", "F" or "<"
    expiry_yymmdd: str
    expiry_check: str
    nationality: str
    optional_data_2: str
    composite_check: str
    surname: str
    given_names: str

    def __repr__(self) -> str:
        # The zone is personal data: keep it out of logs and tracebacks.
        return f"Td1Mrz(check_failures={self.check_failures})"

    @property
    def check_failures(self) -> tuple[str, ...]:
        """Names of the check digits that do not verify (empty when all do)."""
        line1, line2 = self.raw[:TD1_LINE], self.raw[TD1_LINE : 2 * TD1_LINE]
        composite = line1[5:30] + line2[0:7] + line2[8:15] + line2[18:29]
        failures = []
        for name, field, digit in (
            ("document_number", self.document_number, self.document_number_check),
            ("date_of_birth", self.birth_yymmdd, self.birth_check),
            ("date_of_expiry", self.expiry_yymmdd, self.expiry_check),
            ("composite", composite, self.composite_check),
        ):
            if check_digit(field) != digit:
                failures.append(name)
        return tuple(failures)

    @property
    def id_number(self) -> str | None:
        """The 12-digit personal ID number in the optional data of line 1 (CCCD layout)."""
        candidate = self.optional_data_1[:12]
        return candidate if candidate.isdigit() and len(candidate) == 12 else None

    @property
    def name(self) -> str:
        """Surname and given names separated by a space, without diacritics (MRZ)."""
        return " ".join(part for part in (self.surname, self.given_names) if part)


def normalise_mrz_text(text: str) -> str:
    """The 90 MRZ characters from typed or scanned text: blanks and line breaks dropped."""
    return "".join(text.split()).upper()


def parse_td1(text: str) -> Td1Mrz:
    """Parse a TD1 zone (90 characters); MalformedDataError when it is not one.

    Check digits are *reported* (Td1Mrz.check_failures), not enforced: a chip's DG1 is
    signed data, and the access-key code enforces them on typed input.
    """
    if len(text) != TD1_LENGTH:
        raise MalformedDataError(f"TD1 zone of {len(text)} characters, 90 expected")
    if not set(text) <= _ALLOWED:
        raise MalformedDataError("TD1 zone holds characters outside A-Z 0-9 <")
    line1, line2, line3 = text[:30], text[30:60], text[60:90]
    number = line1[5:14]
    number_check = line1[14]
    optional_1 = line1[15:30]
    if number_check == "<":
        # Long document numbers continue in the optional data up to a check digit
        # (ICAO 9303-5 §4.2.2); CCCD numbers have nine digits, but parse the rule anyway.
        rest = optional_1.rstrip("<")
        if rest:
            number, number_check = number + rest[:-1], rest[-1]
            optional_1 = ""
    name = line3.rstrip("<")
    surname, _, given = name.partition("<<")
    return Td1Mrz(
        raw=text,
        document_code=line1[0:2],
        issuing_state=line1[2:5],
        document_number=number,
        document_number_check=number_check,
        optional_data_1=optional_1,
        birth_yymmdd=line2[0:6],
        birth_check=line2[6],
        sex=line2[7],
        expiry_yymmdd=line2[8:14],
        expiry_check=line2[14],
        nationality=line2[15:18],
        optional_data_2=line2[18:29],
        composite_check=line2[29],
        surname=surname.replace("<", " ").strip(),
        given_names=given.replace("<", " ").strip(),
    )


def build_td1(
    *,
    document_number: str,
    id_number: str,
    birth: str,
    sex: str,
    expiry: str,
    surname: str,
    given_names: str,
    nationality: str = "VNM",
    final_digit: str = "0",
) -> str:
    """A CCCD-style TD1 zone with correct check digits (the emulator and tests use it)."""
    optional_1 = (id_number + "<<" + final_digit).ljust(15, "<")[:15]
    line1 = f"ID{nationality}{document_number}{check_digit(document_number)}{optional_1}"
    head2 = f"{birth}{check_digit(birth)}{sex}{expiry}{check_digit(expiry)}{nationality}"
    optional_2 = "<" * 11
    composite = line1[5:30] + head2[0:7] + head2[8:15] + optional_2
    line2 = head2 + optional_2 + check_digit(composite)
    name = (surname.replace(" ", "<") + "<<" + given_names.replace(" ", "<")).ljust(30, "<")
    return line1 + line2 + name[:30]
