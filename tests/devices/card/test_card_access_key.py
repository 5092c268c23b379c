"""MRZ check digits, TD1 parsing and the three ways to get the access key."""

from __future__ import annotations

import datetime as dt

import pytest

from devices.card.access_key import KeySource, key_from_fields, key_from_mrz, parse_qr
from devices.card.errors import AccessKeyError, MalformedDataError
from devices.card.mrz import build_td1, check_digit, parse_td1, parse_yymmdd
from station.record import Sex

ID = "079085631742"


def td1(**overrides: str) -> str:
    values = {
        "document_number": ID[-9:],
        "id_number": ID,
        "birth": "850614",
        "sex": "M",
        "expiry": "250614",
        "surname": "TRAN",
        "given_names": "VAN BINH",
    }
    values.update(overrides)
    return build_td1(**values)


@pytest.mark.parametrize(
    ("field", "digit"),
    [("L898902C<", "3"), ("690806", "1"), ("940623", "6"), ("D23145890", "7"), ("<<<<<<", "0")],
)
def test_check_digits_of_icao_examples(field: str, digit: str) -> None:
    assert check_digit(field) == digit


def test_check_digit_rejects_other_characters() -> None:
    with pytest.raises(ValueError):
        check_digit("a")


def test_cccd_td1_layout_and_fields() -> None:
    zone = td1()
    assert len(zone) == 90
    assert zone[:30] == f"IDVNM{ID[-9:]}{check_digit(ID[-9:])}{ID}<<0"
    mrz = parse_td1(zone)
    assert mrz.document_number == ID[-9:]
    assert mrz.id_number == ID
    assert mrz.birth_yymmdd == "850614" and mrz.expiry_yymmdd == "250614"
    assert mrz.sex == "M" and mrz.nationality == "VNM"
    assert mrz.surname == "TRAN" and mrz.given_names == "VAN BINH"
    assert mrz.name == "TRAN VAN BINH"
    assert mrz.check_failures == ()


def test_td1_check_failures_are_named() -> None:
    zone = td1()
    broken = zone[:30] + "850615" + zone[36:]  # DOB changed, its check digit not
    assert set(parse_td1(broken).check_failures) == {"date_of_birth", "composite"}


@pytest.mark.parametrize("text", ["", "IDVNM", "x" * 90, "ID VNM" + "<" * 84])
def test_td1_rejects_non_mrz_text(text: str) -> None:
    with pytest.raises(MalformedDataError):
        parse_td1(text)


def test_long_document_number_rule() -> None:
    zone = td1(document_number="D23145890", id_number="")
    line1 = "IDVNMD23145890<" + "7342" + "<" * 11  # number continues in optional data
    mrz = parse_td1(line1 + zone[30:])
    assert mrz.document_number == "D23145890734" and mrz.document_number_check == "2"


def test_yymmdd_century() -> None:
    today = dt.date(2026, 11, 23)
    assert parse_yymmdd("850614", pivot=today, future=False) == dt.date(1985, 6, 14)
    assert parse_yymmdd("200229", pivot=today, future=False) == dt.date(2020, 2, 29)
    assert parse_yymmdd("300101", pivot=today, future=False) == dt.date(1930, 1, 1)
    assert parse_yymmdd("300101", pivot=today, future=True) == dt.date(2030, 1, 1)
    assert parse_yymmdd("991331", pivot=today, future=True) is None
    assert parse_yymmdd("<<<<<<", pivot=today, future=True) is None


def test_key_from_typed_fields() -> None:
    key = key_from_fields(" 0790 8563 1742 ", dt.date(1985, 6, 14), dt.date(2025, 6, 14))
    assert (key.document_number, key.birth_yymmdd, key.expiry_yymmdd) == (
        "085631742",
        "850614",
        "250614",
    )
    assert key.source is KeySource.TYPED
    assert key.mrz_information() == "0856317424" + "8506140" + "2506148"  # by hand
    assert ID not in repr(key) and "850614" not in repr(key)


@pytest.mark.parametrize(
    ("id_number", "expiry"),
    [("07908563174", dt.date(2025, 6, 14)), (ID, None), (ID, dt.date(1980, 1, 1))],
)
def test_typed_key_errors(id_number: str, expiry: dt.date | None) -> None:
    with pytest.raises(AccessKeyError) as info:
        key_from_fields(id_number, dt.date(1985, 6, 14), expiry)
    assert info.value.message_vi and info.value.message_en
    assert ID not in info.value.detail


def test_key_from_mrz_accepts_scanned_lines() -> None:
    zone = td1()
    text = f"{zone[:30]}\n{zone[30:60]}\r\n {zone[60:].lower()}  "
    key = key_from_mrz(text)
    assert key.source is KeySource.MRZ
    assert (
        key.mrz_information()
        == key_from_fields(ID, dt.date(1985, 6, 14), dt.date(2025, 6, 14)).mrz_information()
    )


@pytest.mark.parametrize(
    "text",
    [
        "IDVNM",  # too short
        "é" * 90,  # not MRZ characters
    ],
)
def test_key_from_mrz_rejects_bad_text(text: str) -> None:
    with pytest.raises(AccessKeyError):
        key_from_mrz(text)


def test_key_from_mrz_verifies_check_digits() -> None:
    zone = td1()
    with pytest.raises(AccessKeyError) as info:
        key_from_mrz(zone[:14] + "9" + zone[15:])
    assert "document_number" in info.value.detail
    assert ID[-9:] not in info.value.detail


def test_key_from_mrz_rejects_impossible_birth_date() -> None:
    with pytest.raises(AccessKeyError):
        key_from_mrz(td1(birth="851399"))


QR = f"{ID}|025123987|Trần Văn Bình|14061985|Nam|Số 18 đường Lê Lợi, Quận 1, TP HCM|10052021"


def test_qr_code_fields_and_computed_expiry() -> None:
    card = parse_qr(QR)
    assert card.id_number == ID and card.old_id_number == "025123987"
    assert card.full_name == "Trần Văn Bình"
    assert card.date_of_birth == dt.date(1985, 6, 14) and card.issue_date == dt.date(2021, 5, 10)
    assert card.sex is Sex.MALE
    assert card.expected_expiry() == dt.date(2025, 6, 14)  # the 40th birthday
    key = card.access_key()
    assert key.source is KeySource.QR and key.expiry_computed
    assert key.expiry_yymmdd == "250614"
    corrected = card.access_key(dt.date(2026, 1, 1))
    assert corrected.expiry_yymmdd == "260101" and not corrected.expiry_computed
    assert "Bình" not in repr(card)


def test_qr_name_is_nfc() -> None:
    decomposed = QR.replace("Bình", "Bi\u0300nh")
    assert parse_qr(decomposed).full_name == "Trần Văn Bình"


def test_qr_of_a_card_valid_for_life_needs_the_officer() -> None:
    card = parse_qr(f"{ID}||Trần Văn Bình|14061950|Nam|Hà Nội|10052021")
    assert card.expected_expiry() is None
    with pytest.raises(AccessKeyError):
        card.access_key()
    assert card.access_key(dt.date(2099, 12, 31)).expiry_yymmdd == "991231"


@pytest.mark.parametrize(
    "text",
    [
        "not a card",
        f"{ID}|x|name|14061985|Nam",
        "12345|x|name|14061985|Nam|addr|10052021",
        f"{ID}|x|name|31021985|Nam|addr|10052021",
        f"{ID}|x|name|1406198|Nam|addr|10052021",
    ],
)
def test_qr_errors(text: str) -> None:
    with pytest.raises(AccessKeyError):
        parse_qr(text)
