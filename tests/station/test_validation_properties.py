"""Property tests: the validator never raises, whatever the record holds."""

from __future__ import annotations

import dataclasses
import datetime as dt
import typing
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from station.record import ApplicationRecord, PartialDate
from station.record_codec import record_from_dict, record_to_dict
from station.refdata import ReferenceData, load_reference_data
from station.validation import ValidationContext, validate

REFDATA: ReferenceData = load_reference_data()

# Text that often looks like the real thing, so that deep rules are reached too.
texts = st.one_of(
    st.text(max_size=40),
    st.from_regex(r"[0-9]{12}", fullmatch=True),
    st.from_regex(r"0[0-9]{2}[0-5][0-9]{8}", fullmatch=True),
    st.sampled_from(["", "01", "79", "00097", "00004", "VN", "FR", "Nguyễn Thị Hoà", "\u0301"]),
)
partial_dates = st.builds(
    PartialDate,
    st.integers(-5, 10_000),
    st.none() | st.integers(-1, 14),
    st.none() | st.integers(-1, 32),
)
aware_datetimes = st.datetimes(timezones=st.just(dt.UTC))


def _strategy(tp: Any) -> st.SearchStrategy[Any]:
    origin = typing.get_origin(tp)
    if origin in (typing.Union, __import__("types").UnionType):
        return st.one_of(*[_strategy(a) for a in typing.get_args(tp)])
    if tp is type(None):
        return st.none()
    if tp is str:
        return texts
    if tp is PartialDate:
        return partial_dates
    if tp is dt.datetime:
        return aware_datetimes
    if origin in (tuple, frozenset):
        return st.lists(texts, max_size=3).map(origin)
    if dataclasses.is_dataclass(tp):
        return full(tp)
    return st.from_type(tp)


def full(cls: type) -> st.SearchStrategy[Any]:
    """Every field of a dataclass drawn, not only the required ones."""
    hints = typing.get_type_hints(cls)
    return st.builds(cls, **{f.name: _strategy(hints[f.name]) for f in dataclasses.fields(cls)})


records = full(ApplicationRecord)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(records, st.dates(dt.date(1990, 1, 1), dt.date(2100, 12, 31)))
def test_validate_never_raises(record: ApplicationRecord, today: dt.date) -> None:
    findings = validate(record, ValidationContext(REFDATA, today))
    for f in findings:
        assert f.message_vi and f.message_en and f.code and f.field


@settings(max_examples=100, suppress_health_check=[HealthCheck.too_slow])
@given(records)
def test_codec_round_trip_is_idempotent_after_cleaning(record: ApplicationRecord) -> None:
    cleaned = record_from_dict(record_to_dict(record))
    assert record_from_dict(record_to_dict(cleaned)) == cleaned
