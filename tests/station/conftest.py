"""Shared fixtures of the core tests: the bundled reference data and a fixed day."""

from __future__ import annotations

import datetime as dt

import pytest

from station.record import ApplicationRecord
from station.refdata import ReferenceData, load_reference_data
from station.samples import sample_record
from station.validation import ValidationContext

TODAY = dt.date(2026, 11, 23)
NOW = dt.datetime(2026, 11, 23, 9, 30, tzinfo=dt.UTC)


@pytest.fixture(scope="session")
def refdata() -> ReferenceData:
    return load_reference_data()


@pytest.fixture
def ctx(refdata: ReferenceData) -> ValidationContext:
    return ValidationContext(refdata=refdata, today=TODAY)


@pytest.fixture
def sample(refdata: ReferenceData) -> ApplicationRecord:
    return sample_record(refdata, NOW)
