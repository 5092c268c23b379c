"""Checks the shape of each reference-data document and turns it into model objects."""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable, Iterable, Mapping
from itertools import chain
from typing import Any, NamedTuple, TypeVar

from station.refdata.model import (
    CodeEntry,
    Commune,
    Country,
    DataSetInfo,
    LegacyDistrict,
    LegacyProvince,
    LegacyWard,
    Province,
)

SCHEMA = 1
DATA_SETS = ("admin_units", "legacy_units", "ethnicities", "religions", "countries")
# \Z, not $: "$" also matches before a trailing newline. ASCII digits only.
_VERSION = re.compile(r"[0-9]{1,9}(\.[0-9]{1,9}){0,5}\Z")
_DIGITS = {n: re.compile(rf"[0-9]{{{n}}}\Z") for n in (2, 3, 5)}
_ALPHA2 = re.compile(r"[A-Z]{2}\Z")
_ALPHA3 = re.compile(r"[A-Z]{3}\Z")

T = TypeVar("T")


class SchemaError(ValueError):
    """The document is valid JSON but not a reference-data file of the expected kind."""


# The tables are NamedTuples rather than dataclasses: creating a dataclass costs most of
# a millisecond at import, and start-up time is budgeted.
class AdminTables(NamedTuple):
    """The current list: 34 provinces and their communes."""

    provinces: tuple[Province, ...]
    communes: tuple[Commune, ...]
    province_aliases: Mapping[str, tuple[str, ...]]


class LegacyTables(NamedTuple):
    """The frozen three-tier list and where each unit went."""

    provinces: tuple[LegacyProvince, ...]
    districts: tuple[LegacyDistrict, ...]
    wards: tuple[LegacyWard, ...]
    province_aliases: Mapping[str, tuple[str, ...]]
    district_successor: Mapping[str, str]  # wardless island district -> special zone
    district_aliases: Mapping[str, tuple[str, ...]]
    ward_aliases: Mapping[str, tuple[str, ...]]


class CodeTable(NamedTuple):
    """A code list such as ethnic groups."""

    list_id: str
    entries: tuple[CodeEntry, ...]


class CountryTable(NamedTuple):
    """ISO 3166-1 countries, with extra names to search by (common names)."""

    countries: tuple[Country, ...]
    aliases: Mapping[str, tuple[str, ...]]


def version_key(version: str) -> tuple[int, ...]:
    """Dotted numbers compared as numbers: "2026.04.30" < "2026.5.1" < "2026.05.01.1"."""
    return tuple(int(part) for part in version.split("."))


def parse_header(doc: object, name: str) -> DataSetInfo:
    """The provenance header; the file must say which data set and schema it holds."""
    if not isinstance(doc, dict):
        raise SchemaError("the top level is not a JSON object")
    head = doc.get("header")
    if not isinstance(head, dict):
        raise SchemaError("the 'header' object is missing")
    if head.get("name") != name:
        raise SchemaError(f"header name is {str(head.get('name'))[:40]!r}, expected {name!r}")
    if head.get("schema") != SCHEMA:
        raise SchemaError(f"schema {str(head.get('schema'))[:20]!r} is not supported")
    values = {}
    for key in ("version", "effective_date", "source", "licence"):
        value = head.get(key)
        if not isinstance(value, str) or not value.strip():
            raise SchemaError(f"header field {key!r} is missing or empty")
        values[key] = value
    if not _VERSION.match(values["version"]):
        raise SchemaError("header version must be dotted numbers such as 2026.04.30")
    try:
        datetime.date.fromisoformat(values["effective_date"])
    except ValueError:
        raise SchemaError("header effective_date is not an ISO date") from None
    return DataSetInfo(name=name, **values)


_STR = {str}


def _rows(
    doc: Mapping[str, Any],
    key: str,
    size: tuple[int, int],
    strings: int,
    patterns: Mapping[int, re.Pattern[str]],
    build: Callable[[list[Any]], T],
) -> tuple[T, ...]:
    """Rows of table *key*: arrays of *size* fields whose first *strings* are non-empty
    strings and match *patterns*; *build* makes the object and checks optional fields."""
    rows = doc.get(key)
    if not isinstance(rows, list) or not rows:
        raise SchemaError(f"table {key!r} is missing or empty")
    low, high = size
    out = []
    # Checks are C-level calls per row (set/map/all): 10,000 wards must parse quickly.
    for index, row in enumerate(rows):
        if type(row) is not list or not low <= len(row) <= high:
            raise SchemaError(f"{key}[{index}]: expected an array of {low} to {high} fields")
        head = row[:strings]
        if set(map(type, head)) != _STR or not all(head):
            raise SchemaError(
                f"{key}[{index}]: the first {strings} fields must be non-empty strings"
            )
        for field_index, pattern in patterns.items():
            if not pattern.match(row[field_index]):
                raise SchemaError(f"{key}[{index}]: field {field_index} has a wrong format")
        try:
            out.append(build(row))
        except SchemaError as exc:
            raise SchemaError(f"{key}[{index}]: {exc}") from None
    return tuple(out)


def _texts(row: list[Any], index: int) -> tuple[str, ...]:
    """An optional trailing list of strings (aliases, successors)."""
    if index >= len(row) or row[index] is None:
        return ()
    value = row[index]
    if type(value) is not list or set(map(type, value)) - _STR or not all(value):
        raise SchemaError(f"field {index} must be a list of non-empty strings")
    return tuple(value)


def _unique(codes: Iterable[str], what: str) -> set[str]:
    seen: set[str] = set()
    for code in codes:
        if code in seen:
            raise SchemaError(f"{what} code {code} appears twice")
        seen.add(code)
    return seen


def parse_admin(doc: Mapping[str, Any]) -> AdminTables:
    """admin_units: provinces [code, name, short, kind, aliases?] and communes
    [code, name, short, kind, province code]."""
    aliases: dict[str, tuple[str, ...]] = {}

    def province(row: list[Any]) -> Province:
        if names := _texts(row, 4):
            aliases[row[0]] = names
        return Province(row[0], row[1], row[2], row[3])

    provinces = _rows(doc, "provinces", (4, 5), 4, {0: _DIGITS[2]}, province)
    communes = _rows(
        doc, "communes", (5, 5), 5, {0: _DIGITS[5], 4: _DIGITS[2]}, lambda row: Commune(*row)
    )
    province_codes = _unique((p.code for p in provinces), "province")
    _unique((c.code for c in communes), "commune")
    for item in communes:
        if item.province_code not in province_codes:
            raise SchemaError(f"commune {item.code}: province {item.province_code} is unknown")
    return AdminTables(provinces, communes, aliases)


def parse_legacy(doc: Mapping[str, Any]) -> LegacyTables:
    """legacy_units: provinces [code, id prefix, name, short, successor, aliases?],
    districts [code, name, short, province, island successor?, aliases?] and wards
    [code, name, short, district, successors (default first), aliases?]."""
    p_aliases: dict[str, tuple[str, ...]] = {}
    d_aliases: dict[str, tuple[str, ...]] = {}
    w_aliases: dict[str, tuple[str, ...]] = {}
    island: dict[str, str] = {}
    province_of: dict[str, str] = {}

    def province(row: list[Any]) -> LegacyProvince:
        if names := _texts(row, 5):
            p_aliases[row[0]] = names
        return LegacyProvince(row[0], row[1], row[2], row[3], row[4])

    def district(row: list[Any]) -> LegacyDistrict:
        if len(row) > 4 and row[4] is not None:
            if type(row[4]) is not str or not _DIGITS[5].match(row[4]):
                raise SchemaError("field 4 must be a commune code or null")
            island[row[0]] = row[4]
        if names := _texts(row, 5):
            d_aliases[row[0]] = names
        return LegacyDistrict(row[0], row[1], row[2], row[3])

    successor_codes: set[str] = set()

    def ward(row: list[Any]) -> LegacyWard:
        # The hot loop of the legacy load (10,000 rows): plain checks, codes checked
        # once each after the loop.
        province_code = province_of.get(row[3])
        if province_code is None:
            raise SchemaError(f"district {row[3]} is unknown")
        successors = row[4]
        if type(successors) is not list or not successors or set(map(type, successors)) != _STR:
            raise SchemaError("field 4 must list successor commune codes")
        successors = tuple(successors)
        successor_codes.update(successors)
        if len(row) > 5 and (names := _texts(row, 5)):
            w_aliases[row[0]] = names
        return LegacyWard(row[0], row[1], row[2], row[3], province_code, successors, successors[0])

    provinces = _rows(
        doc, "provinces", (5, 6), 5, {0: _DIGITS[2], 1: _DIGITS[3], 4: _DIGITS[2]}, province
    )
    districts = _rows(doc, "districts", (4, 6), 4, {0: _DIGITS[3], 3: _DIGITS[2]}, district)
    province_codes = _unique((p.code for p in provinces), "legacy province")
    _unique((p.id_prefix for p in provinces), "ID prefix")
    _unique((d.code for d in districts), "legacy district")
    for item in districts:
        if item.province_code not in province_codes:
            raise SchemaError(f"district {item.code}: province {item.province_code} is unknown")
        province_of[item.code] = item.province_code
    wards = _rows(doc, "wards", (5, 6), 4, {0: _DIGITS[5]}, ward)
    for code in successor_codes:
        if not _DIGITS[5].match(code):
            raise SchemaError(f"wards: successor {str(code)[:12]!r} is not a commune code")
    _unique((w.code for w in wards), "legacy ward")
    return LegacyTables(provinces, districts, wards, p_aliases, island, d_aliases, w_aliases)


def legacy_dangling(legacy: LegacyTables, admin: AdminTables) -> list[str]:
    """Current-unit codes the legacy mapping names but the current list lacks."""
    communes = {c.code for c in admin.communes}
    provinces = {p.code for p in admin.provinces}
    missing = {p.successor_code for p in legacy.provinces} - provinces
    missing |= set(legacy.district_successor.values()) - communes
    missing |= set(chain.from_iterable(w.successor_codes for w in legacy.wards)) - communes
    return sorted(missing)


def parse_codes(doc: Mapping[str, Any]) -> CodeTable:
    """ethnicities / religions: list_id and entries [code, name_vi, name_en]."""
    list_id = doc.get("list_id")
    if not isinstance(list_id, str) or not list_id:
        raise SchemaError("'list_id' is missing")
    entries = _rows(
        doc, "entries", (3, 3), 3, {}, lambda row: CodeEntry(list_id, row[0], row[1], row[2])
    )
    _unique((e.code for e in entries), "entry")
    return CodeTable(list_id, entries)


def parse_countries(doc: Mapping[str, Any]) -> CountryTable:
    """countries: [alpha2, alpha3, numeric, name_en, name_vi, other names?]."""
    aliases: dict[str, tuple[str, ...]] = {}

    def country(row: list[Any]) -> Country:
        if names := _texts(row, 5):
            aliases[row[0]] = names
        return Country(row[0], row[1], row[2], row[3], row[4])

    countries = _rows(doc, "countries", (5, 6), 5, {0: _ALPHA2, 1: _ALPHA3, 2: _DIGITS[3]}, country)
    _unique((c.alpha2 for c in countries), "country")
    _unique((c.alpha3 for c in countries), "country alpha3")
    return CountryTable(countries, aliases)
