"""Rules for contact details: Vietnamese phone numbers and email addresses."""

from __future__ import annotations

import re
from collections.abc import Iterator

from station.record import ApplicationRecord
from station.validation.context import ValidationContext
from station.validation.findings import Finding, finding

# Mobile numbers since the 2018 renumbering: 03x, 05x, 07x, 08x, 09x + 7 digits.
_MOBILE = re.compile(r"0[35789]\d{8}")
# Landlines since 2017: 02 + area code digit(s) + subscriber, 11 digits in all.
_LANDLINE = re.compile(r"02\d{9}")
_SEPARATORS = re.compile(r"[\s.\-()]")
_EMAIL = re.compile(
    r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
    r"@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}"
)
EMAIL_MAX_LENGTH = 254


def normalize_phone(value: str) -> str:
    """Digits of a phone number in national form: "+84 912.345.678" -> "0912345678"."""
    digits = _SEPARATORS.sub("", value)
    if digits.startswith("+84"):
        digits = "0" + digits[3:]
    elif digits.startswith("0084"):
        digits = "0" + digits[4:]
    return digits


def is_valid_phone(value: str) -> bool:
    """A Vietnamese mobile or landline number, in national or +84 form."""
    digits = normalize_phone(value)
    return bool(_MOBILE.fullmatch(digits) or _LANDLINE.fullmatch(digits))


def is_valid_email(value: str) -> bool:
    """A plain ASCII address with a dotted domain (no quoted local parts)."""
    return len(value) <= EMAIL_MAX_LENGTH and bool(_EMAIL.fullmatch(value))


def check_contact(record: ApplicationRecord, ctx: ValidationContext) -> Iterator[Finding]:
    """Phone and email, both optional."""
    contact = record.contact
    if contact.phone and not is_valid_phone(contact.phone):
        yield finding("phone.invalid", "contact.phone")
    if contact.email and not is_valid_email(contact.email):
        yield finding("email.invalid", "contact.email")
