"""Loads the reference data (bundled, or newer overrides) and answers lookups and searches."""

from __future__ import annotations

import threading
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Literal, cast

from station.refdata.errors import ReferenceDataError
from station.refdata.indexes import CodeIndex, CountryIndex, UnitIndex
from station.refdata.model import (
    CodeEntry,
    Commune,
    Country,
    DataSetInfo,
    LegacyConversion,
    LegacyDistrict,
    LegacyProvince,
    LegacyWard,
    Province,
    UnitLevel,
    UnitMatch,
)
from station.refdata.parse import (
    AdminTables,
    CodeTable,
    CountryTable,
    LegacyTables,
    legacy_dangling,
)
from station.refdata.store import DataFile, bundled_file, newer, override_file

if TYPE_CHECKING:
    from importlib.resources.abc import Traversable

    from station.refdata.legacy import LegacyUnits


class ReferenceData:
    """All code lists of the station, loaded once at start-up; read-only and thread-safe.

    The legacy (three-tier) list is large and only needed for old addresses and ID
    prefixes, so it is parsed on first use (or by preload_legacy() in the background).
    """

    def __init__(
        self,
        info: dict[str, DataSetInfo],
        admin: AdminTables,
        ethnicities: CodeTable,
        religions: CodeTable,
        countries: CountryTable,
        legacy_files: list[DataFile],
        problems: list[str],
    ) -> None:
        self.info: Mapping[str, DataSetInfo] = info
        self.problems: list[str] = problems
        self._info = info
        self._admin = admin
        self._provinces = {p.code: p for p in admin.provinces}
        self._communes = {c.code: c for c in admin.communes}
        self._communes_of: dict[str, list[Commune]] = {}
        for commune in admin.communes:
            self._communes_of.setdefault(commune.province_code, []).append(commune)
        self._units = UnitIndex(admin)
        self._codes = {"ethnicity": ethnicities, "religion": religions}
        self._code_maps = {
            name: {e.code: e for e in table.entries} for name, table in self._codes.items()
        }
        self._code_indexes = {name: CodeIndex(table) for name, table in self._codes.items()}
        self._countries = countries
        self._country_map = {c.alpha2: c for c in countries.countries}
        self._country_index = CountryIndex(countries)
        self._legacy_files = legacy_files  # preferred first; the last is the bundled one
        self._legacy: LegacyUnits | None = None
        self._lock = threading.Lock()

    @property
    def admin_units_version(self) -> str:
        """Version of the current admin-unit list, to be stored with each address."""
        return self._info["admin_units"].version

    # -- current units ----------------------------------------------------------------

    def provinces(self) -> Sequence[Province]:
        """The current provincial units, by code."""
        return self._admin.provinces

    def province(self, code: str) -> Province | None:
        """A current province by its two-digit code."""
        return self._provinces.get(code)

    def communes(self, province_code: str | None = None) -> Sequence[Commune]:
        """All current communes, or those of one province."""
        if province_code is None:
            return self._admin.communes
        return tuple(self._communes_of.get(province_code, ()))

    def commune(self, code: str) -> Commune | None:
        """A current commune by its five-digit code."""
        return self._communes.get(code)

    def search_units(
        self,
        query: str,
        *,
        province_code: str | None = None,
        level: UnitLevel | None = None,
        limit: int = 20,
    ) -> list[UnitMatch]:
        """Provinces and communes matching *query*, best first (see search.TextIndex)."""
        if not isinstance(query, str):
            return []
        return self._units.search(query, province_code, level, limit)

    # -- code lists -------------------------------------------------------------------

    def ethnicities(self) -> Sequence[CodeEntry]:
        """Ethnic groups in list order."""
        return self._codes["ethnicity"].entries

    def ethnicity(self, code: str) -> CodeEntry | None:
        """An ethnic group by code ("01".."54")."""
        return self._code_maps["ethnicity"].get(code)

    def religions(self) -> Sequence[CodeEntry]:
        """Religions in list order."""
        return self._codes["religion"].entries

    def religion(self, code: str) -> CodeEntry | None:
        """A religion by code ("00" = none)."""
        return self._code_maps["religion"].get(code)

    def search_codes(
        self, list_name: Literal["ethnicity", "religion"], query: str, limit: int = 20
    ) -> list[CodeEntry]:
        """Entries of a code list matching *query*, best first; a typed code comes first."""
        index = self._code_indexes.get(list_name)
        if index is None or not isinstance(query, str):
            return []
        return index.search(query, limit)

    def countries(self) -> Sequence[Country]:
        """ISO 3166-1 countries by alpha-2 code."""
        return self._countries.countries

    def country(self, alpha2: str) -> Country | None:
        """A country by its alpha-2 code (any case)."""
        return self._country_map.get(alpha2.upper()) if isinstance(alpha2, str) else None

    def search_countries(self, query: str, limit: int = 20) -> list[Country]:
        """Countries matching *query* by name (Vietnamese or English) or ISO code."""
        if not isinstance(query, str):
            return []
        return self._country_index.search(query, limit)

    # -- legacy units -----------------------------------------------------------------

    def preload_legacy(self) -> None:
        """Parse the legacy list and build its spelling index now (from a background thread
        after start-up): the first chip read or address conversion then costs nothing."""
        self._legacy_units().preload_index()

    def legacy_provinces(self) -> Sequence[LegacyProvince]:
        """The 63 provinces before 1 Jul 2025, by code."""
        return self._legacy_units().tables.provinces

    def legacy_province(self, code: str) -> LegacyProvince | None:
        """A legacy province by its two-digit GSO code."""
        return self._legacy_units().provinces.get(code)

    def legacy_province_for_id_prefix(self, prefix: str) -> LegacyProvince | None:
        """The province of birth registration encoded in an ID number ("001".."096")."""
        return self._legacy_units().by_prefix.get(prefix)

    def legacy_district(self, code: str) -> LegacyDistrict | None:
        """A legacy district by its three-digit code."""
        return self._legacy_units().districts.get(code)

    def legacy_ward(self, code: str) -> LegacyWard | None:
        """A legacy ward by its five-digit code."""
        return self._legacy_units().wards.get(code)

    def convert_legacy_ward(self, legacy_ward_code: str) -> LegacyConversion:
        """The current unit(s) an old ward went to (see ConversionStatus)."""
        return self._legacy_units().convert_ward(legacy_ward_code)

    def convert_legacy_address(self, text: str) -> LegacyConversion:
        """Recognise an old three-tier address in free text and convert it; never guesses:
        a split ward or an unclear name comes back with candidates and an explanation."""
        return self._legacy_units().convert_address(text)

    def _legacy_units(self) -> LegacyUnits:
        with self._lock:
            if self._legacy is None:
                self._legacy = self._load_legacy()
            return self._legacy

    def _load_legacy(self) -> LegacyUnits:
        # Try the override first; an unusable one is reported and the bundled file used.
        for file in self._legacy_files[:-1]:
            try:
                info, tables = file.load()
            except ReferenceDataError as exc:
                self.problems.append(_ignored(exc))
                continue
            return self._legacy_from(info, cast(LegacyTables, tables))
        info, tables = self._legacy_files[-1].load()
        return self._legacy_from(info, cast(LegacyTables, tables))

    def _legacy_from(self, info: DataSetInfo, tables: LegacyTables) -> LegacyUnits:
        from station.refdata.legacy import LegacyUnits  # imported on first use: start-up

        self._info["legacy_units"] = info
        if missing := legacy_dangling(tables, self._admin):
            # The current list was replaced without a matching legacy mapping: those
            # conversions fall back to "province only" rather than name unknown units.
            self.problems.append(
                f"legacy_units {info.version}: {len(missing)} successor codes are not in "
                f"admin_units {self.admin_units_version}"
            )
        return LegacyUnits(tables, self._admin)


def load_reference_data(
    override_dir: Path | None = None, *, _bundled: Traversable | Path | None = None
) -> ReferenceData:
    """Load the bundled lists, each replaced by a newer valid file in *override_dir*.

    A bad override is ignored and described in ReferenceData.problems; a bad bundled file
    raises ReferenceDataError. *_bundled* points at another bundled folder (tests only).
    """
    problems: list[str] = []
    info: dict[str, DataSetInfo] = {}
    tables: dict[str, object] = {}
    for name in ("admin_units", "ethnicities", "religions", "countries"):
        info[name], tables[name] = _load_one(name, override_dir, _bundled, problems)
    bundled_legacy = bundled_file("legacy_units", _bundled)
    legacy_files = [bundled_legacy]
    info["legacy_units"] = bundled_legacy.peek_header()
    override = override_file("legacy_units", override_dir) if override_dir else None
    if override is not None:
        try:
            candidate = override.peek_header()
        except ReferenceDataError as exc:
            problems.append(_ignored(exc))
        else:
            if newer(candidate, info["legacy_units"]):
                info["legacy_units"] = candidate
                legacy_files.insert(0, override)
    return ReferenceData(
        info,
        cast(AdminTables, tables["admin_units"]),
        cast(CodeTable, tables["ethnicities"]),
        cast(CodeTable, tables["religions"]),
        cast(CountryTable, tables["countries"]),
        legacy_files,
        problems,
    )


def _load_one(
    name: str, override_dir: Path | None, bundled: Traversable | Path | None, problems: list[str]
) -> tuple[DataSetInfo, object]:
    """The override when valid and newer than the bundled header, else the bundled file."""
    base = bundled_file(name, bundled)
    override = override_file(name, override_dir) if override_dir is not None else None
    if override is not None:
        base_info = base.peek_header()
        try:
            info, tables = override.load()
        except ReferenceDataError as exc:
            problems.append(_ignored(exc))
        else:
            if newer(info, base_info):
                return info, tables
    return base.load()


def _ignored(error: ReferenceDataError) -> str:
    """The problems entry for an unusable override (file name and problem, no path)."""
    return f"{error.detail}; ignored, the bundled list is used"
