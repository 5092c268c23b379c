"""Expiry of identity cards by the exchange ages (DOMAIN §8)."""

from __future__ import annotations

import datetime as dt

import pytest

from station.card_validity import birthday_at, expected_expiry

DOB = dt.date(1990, 3, 15)


@pytest.mark.parametrize(
    ("issued", "expiry"),
    [
        (dt.date(2000, 1, 1), dt.date(2004, 3, 15)),  # aged 9: until 14
        (dt.date(2002, 6, 1), dt.date(2015, 3, 15)),  # aged 12, within 2 years of 14: until 25
        (dt.date(2008, 1, 1), dt.date(2015, 3, 15)),  # aged 17: until 25
        (dt.date(2013, 3, 14), dt.date(2015, 3, 15)),  # one day before the grace period
        (dt.date(2013, 3, 15), dt.date(2030, 3, 15)),  # within 2 years of 25: until 40
        (dt.date(2021, 4, 10), dt.date(2030, 3, 15)),  # aged 31: until 40
        (dt.date(2029, 1, 1), dt.date(2050, 3, 15)),  # within 2 years of 40: until 60
        (dt.date(2047, 1, 1), dt.date(2050, 3, 15)),  # aged 56: until 60
        (dt.date(2048, 3, 15), None),  # within 2 years of 60: no expiry
        (dt.date(2055, 1, 1), None),  # over 60: no expiry
    ],
)
def test_expected_expiry(issued: dt.date, expiry: dt.date | None) -> None:
    assert expected_expiry(DOB, issued) == expiry


def test_leap_day_birthday_falls_on_first_of_march() -> None:
    assert birthday_at(dt.date(2000, 2, 29), 25) == dt.date(2025, 3, 1)
    assert birthday_at(dt.date(2000, 2, 29), 24) == dt.date(2024, 2, 29)
