"""Round trip of the record through plain data, and clear errors on damaged data."""

from __future__ import annotations

import dataclasses
import json
import unicodedata

import pytest

from station.record import ApplicationRecord, ChipReadRef, PartialDate
from station.record_codec import (
    RecordFormatError,
    canonical_json,
    record_from_dict,
    record_to_dict,
)


def test_round_trip_is_lossless(sample: ApplicationRecord) -> None:
    chip = ChipReadRef(
        "read-1", "ab" * 32, sample.meta.created_at, "valid", frozenset({"applicant.full_name"})
    )
    record = dataclasses.replace(sample, chip_read=chip)
    data = json.loads(json.dumps(record_to_dict(record)))
    assert record_from_dict(data) == record


def test_canonical_json_is_stable_and_sorted(sample: ApplicationRecord) -> None:
    first = canonical_json(sample)
    assert first == canonical_json(record_from_dict(record_to_dict(sample)))
    assert b": " not in first
    assert "Nguyễn Thị Hoà".encode() in first


def test_text_is_normalised_to_nfc_on_the_way_in(sample: ApplicationRecord) -> None:
    data = record_to_dict(sample)
    data["record"]["applicant"]["full_name"] = unicodedata.normalize("NFD", " Nguyễn  Thị Hoà ")
    assert record_from_dict(data).applicant.full_name == "Nguyễn Thị Hoà"


def test_partial_date_survives(sample: ApplicationRecord) -> None:
    applicant = dataclasses.replace(sample.applicant, date_of_birth=PartialDate(1940))
    record = dataclasses.replace(sample, applicant=applicant)
    assert record_from_dict(record_to_dict(record)).applicant.date_of_birth == PartialDate(1940)


@pytest.mark.parametrize(
    ("mutate", "path"),
    [
        (lambda d: d["record"]["applicant"].__setitem__("sex", "x"), "applicant.sex"),
        (lambda d: d["record"]["applicant"].__setitem__("full_name", 5), "applicant.full_name"),
        (lambda d: d["record"]["meta"].pop("application_id"), "meta.application_id"),
        (
            lambda d: d["record"]["meta"].__setitem__("created_at", "2026-11-23T09:30"),
            "meta.created_at",
        ),
        (lambda d: d["record"]["meta"].__setitem__("created_at", "yesterday"), "meta.created_at"),
        (
            lambda d: d["record"]["previous_card"].__setitem__("issue_date", "2021-13-01"),
            "previous_card.issue_date",
        ),
        (
            lambda d: d["record"]["applicant"]["date_of_birth"].__setitem__("year", "1990"),
            "applicant.date_of_birth.year",
        ),
        (
            lambda d: d["record"]["applicant"]["date_of_birth"].__setitem__("day", True),
            "applicant.date_of_birth.day",
        ),
        (lambda d: d["record"]["applicant"].__setitem__("surname", "x"), "applicant"),
        (lambda d: d["record"].__setitem__("family", []), "family"),
    ],
)
def test_damaged_data_names_the_field(sample: ApplicationRecord, mutate, path: str) -> None:  # type: ignore[no-untyped-def]
    data = json.loads(json.dumps(record_to_dict(sample)))
    mutate(data)
    with pytest.raises(RecordFormatError) as caught:
        record_from_dict(data)
    assert caught.value.path == path
    assert caught.value.message("vi")
    assert caught.value.message("en")


@pytest.mark.parametrize("data", [None, [], "x", {"format": 99, "record": {}}, {"format": 1}])
def test_not_a_record_at_all(data: object) -> None:
    with pytest.raises(RecordFormatError):
        record_from_dict(data)
