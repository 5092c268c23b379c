"""The BAC access key of a card from typed fields, the TD1 MRZ or the front QR code."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from devices.card.errors import AccessKeyError, MalformedDataError
from devices.card.mrz import (
    TD1_LENGTH,
    check_digit,
    normalise_mrz_text,
    parse_td1,
    parse_yymmdd,
    yymmdd,
)
from station.card_validity import expected_expiry
from station.idnumber import is_well_formed
from station.record import Sex
from station.text import clean_text

DOCUMENT_NUMBER_LENGTH = 9
QR_FIELDS = 7


class KeySource(StrEnum):
    """Where the access key came from (shown to the officer next to a refused key)."""

    TYPED = "typed"
    MRZ = "mrz"
    QR = "qr"


@dataclass(frozen=True, slots=True)
class BacKey:
    """Document number, birth date and expiry date as the MRZ writes them (BAC inputs)."""

    document_number: str  # the last nine digits of the ID number on a CCCD
    birth_yymmdd: str
    expiry_yymmdd: str
    source: KeySource = KeySource.TYPED
    expiry_computed: bool = False  # True when derived from the exchange ages (QR code)

    def mrz_information(self) -> str:
        """Document number, date of birth and expiry, each followed by its check digit."""
        number = self.document_number.ljust(DOCUMENT_NUMBER_LENGTH, "<")
        return (
            number
            + check_digit(number)
            + self.birth_yymmdd
            + check_digit(self.birth_yymmdd)
            + self.expiry_yymmdd
            + check_digit(self.expiry_yymmdd)
        )

    def __repr__(self) -> str:
        # The key is personal data: keep it out of logs and tracebacks.
        return f"BacKey(source={self.source.value}, expiry_computed={self.expiry_computed})"


def _invalid(vi: str, en: str, detail: str) -> AccessKeyError:
    return AccessKeyError(vi, en, detail)


def key_from_fields(
    id_number: str, date_of_birth: dt.date, date_of_expiry: dt.date | None
) -> BacKey:
    """The key from the ID number, DOB and expiry typed by the officer."""
    number = clean_text(id_number).replace(" ", "")
    if not is_well_formed(number):
        raise _invalid(
            "Số định danh phải gồm đúng 12 chữ số.",
            "The ID number must have exactly 12 digits.",
            "typed ID number not 12 digits",
        )
    if date_of_expiry is None:
        raise _invalid(
            "Cần ngày hết hạn in trên thẻ để mở chip.",
            "The expiry date printed on the card is needed to open the chip.",
            "typed key without expiry",
        )
    if date_of_expiry <= date_of_birth:
        raise _invalid(
            "Ngày hết hạn phải sau ngày sinh.",
            "The expiry date must be after the date of birth.",
            "typed expiry not after birth",
        )
    return BacKey(number[-DOCUMENT_NUMBER_LENGTH:], yymmdd(date_of_birth), yymmdd(date_of_expiry))


def key_from_mrz(text: str) -> BacKey:
    """The key from the three MRZ lines on the back of the card, check digits verified."""
    zone = normalise_mrz_text(text)
    if len(zone) != TD1_LENGTH:
        raise _invalid(
            "Mã MRZ phải có 3 dòng, mỗi dòng 30 ký tự.",
            "The MRZ must have 3 lines of 30 characters.",
            f"MRZ of {len(zone)} characters",
        )
    try:
        mrz = parse_td1(zone)
    except MalformedDataError as exc:
        raise _invalid(
            "Mã MRZ chứa ký tự không hợp lệ (chỉ A-Z, 0-9 và <).",
            "The MRZ holds invalid characters (only A-Z, 0-9 and <).",
            "MRZ characters invalid",
        ) from exc
    failures = mrz.check_failures
    if failures:
        raise _invalid(
            "Số kiểm tra trong mã MRZ không khớp; kiểm tra lại các ký tự đã nhập/quét.",
            "A check digit of the MRZ does not match; check the characters typed or scanned.",
            "MRZ check digits failed: " + ",".join(failures),
        )
    if parse_yymmdd(mrz.birth_yymmdd, pivot=None, future=False) is None:
        raise _invalid(
            "Ngày sinh trong mã MRZ không hợp lệ.",
            "The date of birth in the MRZ is not a valid date.",
            "MRZ birth date invalid",
        )
    return BacKey(mrz.document_number, mrz.birth_yymmdd, mrz.expiry_yymmdd, KeySource.MRZ)


@dataclass(frozen=True, slots=True)
class QrCardData:
    """What the front QR code of a CCCD says (community-documented layout, no expiry)."""

    id_number: str
    old_id_number: str
    full_name: str
    date_of_birth: dt.date
    sex: Sex | None
    address: str
    issue_date: dt.date

    def __repr__(self) -> str:
        return "QrCardData(<personal data>)"

    def expected_expiry(self) -> dt.date | None:
        """The expiry the exchange-age rule gives; None for a card valid for life."""
        return expected_expiry(self.date_of_birth, self.issue_date)

    def access_key(self, expiry_override: dt.date | None = None) -> BacKey:
        """The key with the computed expiry, or the officer's correction of it."""
        expiry = expiry_override or self.expected_expiry()
        if expiry is None:
            raise _invalid(
                "Thẻ không thời hạn: nhập ngày hết hạn ghi trên thẻ (nếu có) hoặc quét mã MRZ.",
                "The card has no expiry by rule: type the expiry printed on the card (if any) "
                "or scan the MRZ.",
                "QR key without computable expiry",
            )
        key = key_from_fields(self.id_number, self.date_of_birth, expiry)
        return BacKey(
            key.document_number,
            key.birth_yymmdd,
            key.expiry_yymmdd,
            KeySource.QR,
            expiry_computed=expiry_override is None,
        )


def _qr_date(text: str) -> dt.date:
    if len(text) != 8 or not text.isdigit():
        raise ValueError("date not ddMMyyyy")
    return dt.date(int(text[4:]), int(text[2:4]), int(text[:2]))


def parse_qr(text: str) -> QrCardData:
    """Decode the front QR code: ID|oldCMND|name|DOB ddMMyyyy|sex|address|issueDate ddMMyyyy."""
    parts = clean_text(text).split("|")
    if len(parts) < QR_FIELDS:
        raise _invalid(
            "Mã QR không phải mã của thẻ căn cước.",
            "This QR code is not an identity card's code.",
            f"QR with {len(parts)} fields",
        )
    id_number, old_id, name, dob, sex, address, issued = (p.strip() for p in parts[:QR_FIELDS])
    if not is_well_formed(id_number):
        raise _invalid(
            "Số định danh trong mã QR không hợp lệ.",
            "The ID number in the QR code is not valid.",
            "QR ID number not 12 digits",
        )
    try:
        birth, issue = _qr_date(dob), _qr_date(issued)
    except ValueError as exc:
        raise _invalid(
            "Ngày tháng trong mã QR không hợp lệ.",
            "A date in the QR code is not valid.",
            "QR date invalid",
        ) from exc
    sexes = {"nam": Sex.MALE, "nữ": Sex.FEMALE, "nu": Sex.FEMALE}
    return QrCardData(
        id_number=id_number,
        old_id_number=old_id,
        full_name=name,
        date_of_birth=birth,
        sex=sexes.get(sex.lower()),
        address=address,
        issue_date=issue,
    )
