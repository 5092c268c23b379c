"""What validation needs besides the record: reference data, the date, and the policy."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

from station.card_validity import EXCHANGE_AGES
from station.refdata.model import CodeEntry, Commune, Country, LegacyProvince, Province


class ReferenceLookup(Protocol):
    """The part of the reference data that validation reads."""

    @property
    def admin_units_version(self) -> str: ...

    def province(self, code: str) -> Province | None: ...

    def commune(self, code: str) -> Commune | None: ...

    def legacy_province_for_id_prefix(self, prefix: str) -> LegacyProvince | None: ...

    def ethnicity(self, code: str) -> CodeEntry | None: ...

    def ethnicities(self) -> Sequence[CodeEntry]: ...

    def religion(self, code: str) -> CodeEntry | None: ...

    def religions(self) -> Sequence[CodeEntry]: ...

    def country(self, alpha2: str) -> Country | None: ...


@dataclass(frozen=True, slots=True)
class ValidationPolicy:
    """Limits that law or practice may change; read from configuration."""

    max_age_years: int = 130
    partial_dob_min_age: int = 60  # "allowed for the elderly"
    representative_below_age: int = 14
    fingerprints_from_age: int = 6
    marriage_min_age: int = 18  # the lower of the two legal ages
    name_min_length: int = 2
    name_max_length: int = 100
    text_max_length: int = 200
    exchange_ages: tuple[int, ...] = EXCHANGE_AGES
    require_fingerprints: bool = True
    require_portrait: bool = True


@dataclass(frozen=True, slots=True)
class ValidationContext:
    """Everything a rule may consult; passed explicitly so tests can fix the date."""

    refdata: ReferenceLookup
    today: dt.date
    policy: ValidationPolicy = field(default_factory=ValidationPolicy)
