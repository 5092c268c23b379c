"""Reference data of the station: code lists with provenance, search and address conversion."""

from station.refdata.errors import ReferenceDataError
from station.refdata.loader import ReferenceData, load_reference_data
from station.refdata.model import (
    CodeEntry,
    Commune,
    ConversionStatus,
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
from station.refdata.store import install_reference_data

__all__ = [
    "CodeEntry",
    "Commune",
    "ConversionStatus",
    "Country",
    "DataSetInfo",
    "LegacyConversion",
    "LegacyDistrict",
    "LegacyProvince",
    "LegacyWard",
    "Province",
    "ReferenceData",
    "ReferenceDataError",
    "UnitLevel",
    "UnitMatch",
    "install_reference_data",
    "load_reference_data",
]
