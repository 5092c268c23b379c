"""What the officer types into the application form, read into record values.

Partial dates ("15/03/1990", "03/1990", "1990", "//1990", "15031990") and the result of
converting an old three-tier address onto the record's Address.
"""

from __future__ import annotations

import re

from station.record import Address, PartialDate
from station.refdata.model import LegacyConversion

_SEPARATORS = re.compile(r"[/.\-]")
_YEAR_DIGITS = 4


class DateInputError(ValueError):
    """The typed text is not shaped like a date (the UI says how to type it)."""


def parse_partial_date(text: str) -> PartialDate | None:
    """The date typed as dd/mm/yyyy, mm/yyyy or yyyy; None when blank.

    "00" or an empty part means unknown (the elderly often know only the year). The parts
    are not checked against the calendar: validation reports an impossible date with the
    values the officer typed. Raises DateInputError when the year is not four digits or
    the text has more than three parts.
    """
    text = text.strip()
    if not text:
        return None
    if text.isdigit() and len(text) == 8:  # ddmmyyyy typed without separators
        parts = [text[:2], text[2:4], text[4:]]
    elif text.isdigit() and len(text) == 6:  # mmyyyy
        parts = [text[:2], text[2:]]
    else:
        parts = [part.strip() for part in _SEPARATORS.split(text)]
    if len(parts) > 3 or not all(part.isdigit() or not part for part in parts):
        raise DateInputError(f"not a date: {len(parts)} parts")
    year = parts[-1]
    if len(year) != _YEAR_DIGITS or not year.isascii():
        raise DateInputError("the year needs four digits")
    month = int(parts[-2]) if len(parts) >= 2 and parts[-2] else 0
    day = int(parts[0]) if len(parts) == 3 and parts[0] else 0
    return PartialDate(int(year), month or None, day or None)


def format_partial_date(value: PartialDate | None) -> str:
    """The date as the form shows it: dd/mm/yyyy, mm/yyyy, yyyy, or "" when unknown."""
    return "" if value is None else str(value)


def apply_conversion(
    address: Address,
    conversion: LegacyConversion,
    version: str,
    commune_code: str | None = None,
    *,
    from_detail: bool = False,
) -> Address:
    """*address* moved onto the current units by *conversion* (see ConversionStatus).

    *commune_code* is the officer's choice among the candidates of an ambiguous
    conversion. *from_detail* says the old address was typed in the detail field (rather
    than kept as legacy text): the detail then keeps only what the conversion left over.
    The old text is dropped once a commune is set (it has been converted); while only the
    province is known it stays, so the officer can still read it.
    """
    if conversion.province_code is None:
        return address
    if commune_code is not None and commune_code not in conversion.candidates:
        raise ValueError("the commune is not one of the conversion's candidates")
    commune = commune_code or conversion.commune_code
    detail = conversion.remainder if from_detail else conversion.remainder or address.detail
    return Address(
        province_code=conversion.province_code,
        commune_code=commune,
        detail=detail,
        code_list_version=version,
        legacy_text=None if commune else address.legacy_text,
    )
