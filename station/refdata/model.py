"""Types of the reference data: administrative units, legacy units and code lists."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


@dataclass(frozen=True, slots=True)
class DataSetInfo:
    """Where a data file came from and which version of the list it holds."""

    name: str
    version: str
    effective_date: str  # ISO date from which the list applies
    source: str
    licence: str


@dataclass(frozen=True, slots=True)
class Province:
    """A current (post-2025) provincial unit: one of the 34."""

    code: str  # two digits, e.g. "01"
    name: str  # official name with its kind, e.g. "Thành phố Hà Nội"
    short_name: str  # e.g. "Hà Nội"
    kind: str  # "Thành phố" or "Tỉnh"


@dataclass(frozen=True, slots=True)
class Commune:
    """A current commune, ward or special zone (second tier since 1 Jul 2025)."""

    code: str  # five digits, e.g. "00097"
    name: str  # e.g. "Phường Hồng Hà"
    short_name: str  # e.g. "Hồng Hà"
    kind: str  # "Phường", "Xã" or "Đặc khu"
    province_code: str


@dataclass(frozen=True, slots=True)
class LegacyProvince:
    """One of the 63 provinces before 1 Jul 2025, frozen: ID-number prefixes use it."""

    code: str  # two-digit GSO code, e.g. "01"
    id_prefix: str  # three-digit ID-number prefix, e.g. "001"
    name: str  # e.g. "Thành phố Hà Nội"
    short_name: str  # e.g. "Hà Nội"
    successor_code: str  # current province code it merged into


@dataclass(frozen=True, slots=True)
class LegacyDistrict:
    """A district of the three-tier system before 1 Jul 2025."""

    code: str  # three digits
    name: str
    short_name: str
    province_code: str  # legacy province code


@dataclass(frozen=True, slots=True)
class LegacyWard:
    """A commune/ward of the three-tier system, with the current units it went to."""

    code: str  # five digits
    name: str
    short_name: str
    district_code: str
    province_code: str  # legacy province code
    successor_codes: tuple[str, ...]  # current commune codes; several when it was split
    default_successor: str | None  # the one the source names as default for a split ward


@dataclass(frozen=True, slots=True)
class CodeEntry:
    """An entry of a code list (ethnic group, religion), with the list it belongs to."""

    list_id: str  # e.g. "ethnicity/121-TCTK"
    code: str  # e.g. "01"
    name_vi: str  # e.g. "Kinh"
    name_en: str


@dataclass(frozen=True, slots=True)
class Country:
    """A country for nationality (ISO 3166-1)."""

    alpha2: str
    alpha3: str
    numeric: str
    name_en: str
    name_vi: str


class UnitLevel(StrEnum):
    """Which tier a search hit belongs to."""

    PROVINCE = "province"
    COMMUNE = "commune"


@dataclass(frozen=True, slots=True)
class UnitMatch:
    """One hit of an admin-unit search, best first."""

    level: UnitLevel
    code: str
    label: str  # e.g. "Phường Hồng Hà, Thành phố Hà Nội"
    province_code: str


class ConversionStatus(StrEnum):
    """How sure the old-to-new address conversion is."""

    EXACT = "exact"  # one current commune, unambiguous
    AMBIGUOUS = "ambiguous"  # the old ward was split: several candidates, officer chooses
    PROVINCE_ONLY = "province_only"  # the province is known, the commune is not
    UNKNOWN = "unknown"  # nothing in the text could be matched


@dataclass(frozen=True, slots=True)
class LegacyConversion:
    """Result of converting a legacy (three-tier) address to the current units."""

    status: ConversionStatus
    province_code: str | None
    commune_code: str | None  # set only when status is EXACT
    candidates: tuple[str, ...]  # current commune codes to choose from (AMBIGUOUS)
    matched_legacy_ward: str | None  # legacy ward code recognised in the text
    matched_legacy_province: str | None  # legacy province code recognised in the text
    remainder: str  # the part of the text left over (house number, street, hamlet)
    explanation_vi: str
    explanation_en: str
