"""Decoding the 12-digit personal ID number (DOMAIN §3)."""

from __future__ import annotations

import pytest

from station.idnumber import (
    century_sex_digit,
    decode_id_number,
    is_well_formed,
    looks_fabricated,
)
from station.record import Sex


@pytest.mark.parametrize(
    ("number", "year", "sex"),
    [
        ("001090372915", 1990, Sex.MALE),
        ("001190372915", 1990, Sex.FEMALE),
        ("079205372915", 2005, Sex.MALE),
        ("079305372915", 2005, Sex.FEMALE),
        ("079412372915", 2112, Sex.MALE),
        ("079512372915", 2112, Sex.FEMALE),
    ],
)
def test_century_and_sex_digit(number: str, year: int, sex: Sex) -> None:
    decoded = decode_id_number(number)
    assert decoded is not None
    assert decoded.birth_year == year
    assert decoded.sex is sex
    assert decoded.prefix == number[:3]
    assert decoded.serial == number[6:]
    assert century_sex_digit(year, sex) == int(number[3])


def test_undefined_century_digit_decodes_without_year() -> None:
    decoded = decode_id_number("001790372915")
    assert decoded is not None
    assert decoded.birth_year is None
    assert decoded.sex is None


def test_prefix_from_100_is_registered_abroad() -> None:
    decoded = decode_id_number("101190372915")
    assert decoded is not None
    assert decoded.registered_abroad
    home = decode_id_number("096190372915")
    assert home is not None
    assert not home.registered_abroad


@pytest.mark.parametrize(
    "value", ["", "00119037291", "0011903729155", "00119037291a", "٠٠١١٩٠٣٧٢٩١٥"]
)
def test_malformed_numbers_do_not_decode(value: str) -> None:
    assert not is_well_formed(value)
    assert decode_id_number(value) is None


def test_century_digit_outside_the_rule() -> None:
    assert century_sex_digit(1899, Sex.MALE) is None
    assert century_sex_digit(2200, Sex.FEMALE) is None


@pytest.mark.parametrize(
    ("value", "fabricated"),
    [
        ("111111111111", True),
        ("001190123456", True),
        ("001190654321", True),
        ("001190000000", True),
        ("001190372915", False),
    ],
)
def test_fabricated_numbers(value: str, fabricated: bool) -> None:
    assert looks_fabricated(value) is fabricated
