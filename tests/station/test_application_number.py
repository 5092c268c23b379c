"""Application numbers and their ISO 7064 MOD 1271-36 check characters."""

from __future__ import annotations

import datetime as dt
import string

import pytest
from hypothesis import given
from hypothesis import strategies as st

from station.application_number import make_number, parse_number

DAY = dt.date(2026, 11, 23)


def test_format_and_parse() -> None:
    number = make_number("HN0001", DAY, 42)
    assert str(number) == "HN0001-261123-00042-FD"
    assert parse_number("HN0001-261123-00042-FD") == number
    assert parse_number(" hn0001-261123-00042-fd ") == number


@pytest.mark.parametrize(
    "text",
    ["", "HN0001-261123-00042", "HN0001-261123-00042-FE", "HN0001-261332-00042-FD", "x-1-2-3"],
)
def test_rejects_malformed(text: str) -> None:
    assert parse_number(text) is None


@pytest.mark.parametrize(("code", "seq"), [("hn", 1), ("H", 1), ("HN0001", 0), ("HN0001", 100_000)])
def test_make_number_checks_its_inputs(code: str, seq: int) -> None:
    with pytest.raises(ValueError, match=r"station code|sequence"):
        make_number(code, DAY, seq)


@given(
    st.text(alphabet=string.ascii_uppercase + string.digits, min_size=2, max_size=12),
    st.dates(dt.date(2000, 1, 1), dt.date(2099, 12, 31)),
    st.integers(1, 99_999),
    st.data(),
)
def test_every_single_error_and_adjacent_swap_is_caught(
    station: str, day: dt.date, seq: int, data: st.DataObject
) -> None:
    text = str(make_number(station, day, seq))
    assert parse_number(text) is not None
    positions = [i for i, ch in enumerate(text) if ch != "-"]
    i = data.draw(st.sampled_from(positions))
    alphabet = string.digits + string.ascii_uppercase
    replacement = data.draw(st.sampled_from([c for c in alphabet if c != text[i]]))
    assert parse_number(text[:i] + replacement + text[i + 1 :]) is None
    k = data.draw(st.integers(0, len(positions) - 2))
    a, b = positions[k], positions[k + 1]
    if text[a] != text[b]:
        swapped = list(text)
        swapped[a], swapped[b] = swapped[b], swapped[a]
        assert parse_number("".join(swapped)) is None
