"""Dev-time generator of the bundled reference-data files in station/refdata/data/.

Reads the data of the PyPI package vietnamadminunits 1.0.4 (MIT) and of pycountry (the
latter must be installed only while this script runs; neither is a runtime dependency)
and writes compact, deterministic JSON files. Usage:

    .venv/bin/pip install pycountry==26.2.16
    .venv/bin/python scripts/build_refdata.py [/path/to/vietnamadminunits/data]
"""

from __future__ import annotations

import argparse
import gettext
import json
import re
import sqlite3
import sys
import unicodedata
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

DEFAULT_SOURCE = Path("/tmp/pk/vau/vietnamadminunits/data")
OUT_DIR = Path(__file__).resolve().parent.parent / "station" / "refdata" / "data"
SCHEMA = 1

VAU = "vietnamadminunits 1.0.4"
VAU_LICENCE = "MIT (Copyright (c) 2025 Tran Ngoc Minh Hieu)"

# Changes known since the source data was published; each is applied and listed in the
# header notes so that a reader of the file can see what differs from the source.
DONG_NAI_CODE = "75"
ADMIN_NOTES = [
    "Source: vietnamadminunits 1.0.4 (list in force from 1 Jul 2025: 34 provinces, "
    "3,321 communes).",
    "2026-04-30: Đồng Nai became a city: province 75 is now 'Thành phố Đồng Nai' "
    "(kind 'Thành phố'); its communes are unchanged in this file.",
    "Commune kind is taken from the official name where the source's type column "
    "disagrees (4 communes: codes 10543, 11848, 31213, 31299).",
]
LEGACY_NOTES = [
    "Units in force until 30 Jun 2025 (63 provinces, 696 districts, 10,035 wards) and "
    "their successors from 1 Jul 2025.",
    "Wards abolished or merged before 30 Jun 2025 are not listed as units; some are "
    "kept as former names (aliases) of the ward they merged into.",
    "Split wards list several successors, the source's default first.",
    "Island districts without wards (Bạch Long Vĩ, Cồn Cỏ, Hoàng Sa, Lý Sơn, Côn Đảo) "
    "carry the special zone (đặc khu) that succeeded them.",
]

# Extra spellings of provinces found on old cards and in typed addresses.
CURRENT_PROVINCE_ALIASES: dict[str, list[str]] = {
    "01": ["HN"],
    "46": ["Thừa Thiên Huế"],
    "79": ["HCM", "TPHCM", "Sài Gòn"],
}
LEGACY_PROVINCE_ALIASES: dict[str, list[str]] = {
    "01": ["HN"],
    "46": ["Thừa Thiên Huế", "Thừa Thiên - Huế"],
    "77": ["Bà Rịa Vũng Tàu", "BR-VT", "BRVT"],
    "79": ["HCM", "TPHCM", "Sài Gòn"],
}

# DOMAIN.md §5, Decision 121-TCTK/PPCĐ order.
ETHNICITIES = [
    "Kinh",
    "Tày",
    "Thái",
    "Hoa",
    "Khơ-me",
    "Mường",
    "Nùng",
    "HMông",
    "Dao",
    "Gia-rai",
    "Ngái",
    "Ê-đê",
    "Ba-na",
    "Xơ-đăng",
    "Sán Chay",
    "Cơ-ho",
    "Chăm",
    "Sán Dìu",
    "Hrê",
    "Mnông",
    "Ra-glai",
    "Xtiêng",
    "Bru-Vân Kiều",
    "Thổ",
    "Giáy",
    "Cơ-tu",
    "Gié-Triêng",
    "Mạ",
    "Khơ-mú",
    "Co",
    "Tà-ôi",
    "Chơ-ro",
    "Kháng",
    "Xinh-mun",
    "Hà Nhì",
    "Chu-ru",
    "Lào",
    "La Chí",
    "La Ha",
    "Phù Lá",
    "La Hủ",
    "Lự",
    "Lô Lô",
    "Chứt",
    "Mảng",
    "Pà Thẻn",
    "Cờ Lao",
    "Cống",
    "Bố Y",
    "Si La",
    "Pu Péo",
    "Brâu",
    "Ơ Đu",
    "Rơ-măm",
]

# DOMAIN.md §5, GSO religion codes.
RELIGIONS = [
    ("00", "Không", "None"),
    ("01", "Phật giáo", "Buddhism"),
    ("02", "Công giáo", "Catholicism"),
    ("03", "Phật giáo Hòa Hảo", "Hoa Hao Buddhism"),
    ("04", "Hồi giáo", "Islam"),
    ("05", "Cao Đài", "Cao Dai"),
    ("06", "Minh Sư đạo", "Minh Su Dao"),
    ("07", "Minh Lý đạo", "Minh Ly Dao"),
    ("08", "Tin Lành", "Protestantism"),
    ("09", "Tịnh độ Cư sĩ Phật hội", "Tinh Do Cu Si Phat Hoi"),
    ("10", "Tứ Ân Hiếu Nghĩa", "Tu An Hieu Nghia"),
    ("11", "Bửu Sơn Kỳ Hương", "Buu Son Ky Huong"),
    ("12", "Baha'i", "Baha'i"),
    ("13", "Bà La Môn", "Brahmanism"),
    ("14", "Mặc Môn", "Mormonism"),
]

_COMMUNE_KINDS = ("Phường", "Xã", "Đặc khu")
_DISAMBIGUATION = re.compile(r"\s*\([^)]*\)$")


def nfc(value: str) -> str:
    """NFC with collapsed blanks, as the station stores all text."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", value)).strip()


def ascii_fold(value: str) -> str:
    """Plain ASCII transliteration that keeps case ("Ê-đê" -> "E-de")."""
    value = value.replace("đ", "d").replace("Đ", "D")
    decomposed = unicodedata.normalize("NFD", value)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def fix_kind_case(name: str) -> str:
    """The source writes a few kinds as "Thành Phố"/"Thị Xã"; official style is lower."""
    for wrong, right in (
        ("Thành Phố ", "Thành phố "),
        ("Thị Xã ", "Thị xã "),
        ("Thị Trấn ", "Thị trấn "),
    ):
        if name.startswith(wrong):
            return right + name[len(wrong) :]
    return name


def short_of(short: str) -> str:
    """Drop the source's "(Xã)"/"(Thị trấn)" suffix that only disambiguates its keys."""
    return _DISAMBIGUATION.sub("", nfc(short))


def header(
    name: str, version: str, effective: str, source: str, licence: str, notes: Sequence[str] = ()
) -> dict[str, Any]:
    """The provenance header every data file carries."""
    head: dict[str, Any] = {
        "name": name,
        "schema": SCHEMA,
        "version": version,
        "effective_date": effective,
        "source": source,
        "licence": licence,
    }
    if notes:
        head["notes"] = list(notes)
    return head


def dump(path: Path, doc: dict[str, Any]) -> int:
    """Write *doc* with one table row per line: compact, yet diffs stay readable."""
    parts = ["{\n"]
    items = list(doc.items())
    for index, (key, value) in enumerate(items):
        comma = "," if index < len(items) - 1 else ""
        if isinstance(value, list):
            rows = ",\n".join(
                json.dumps(row, ensure_ascii=False, separators=(",", ":")) for row in value
            )
            parts.append(f"{json.dumps(key)}:[\n{rows}\n]{comma}\n")
        else:
            body = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
            parts.append(f"{json.dumps(key)}:{body}{comma}\n")
    parts.append("}\n")
    data = "".join(parts).encode("utf-8")
    json.loads(data)  # never write something the loader cannot parse
    path.write_bytes(data)
    return len(data)


def compact(value: str) -> str:
    """Lower-case ASCII letters and digits only, the form of the source's keys."""
    return re.sub(r"[^a-z0-9]", "", ascii_fold(value).lower())


def aliases(raw: str | None, name: str, short: str) -> list[str]:
    """The source's alias column (compact keys of former names), minus the unit's own."""
    if not raw:
        return []
    own = {compact(name), compact(short)}
    return sorted(set(json.loads(raw)) - own)


def build_admin(db: sqlite3.Connection) -> tuple[dict[str, Any], dict[tuple[str, str], str]]:
    """Current units; also returns (province key, ward key) -> commune code."""
    provinces: dict[str, list[Any]] = {}
    communes: list[list[Any]] = []
    key_to_code: dict[tuple[str, str], str] = {}
    rows = db.execute(
        "select provinceCode, province, provinceShort, ward, wardShort, wardCode,"
        " provinceKey, wardKey from admin_units order by wardCode"
    )
    for pcode, pname, pshort, wname, wshort, wcode, pkey, wkey in rows:
        pname, pshort, wname = nfc(pname), nfc(pshort), fix_kind_case(nfc(wname))
        if pcode == DONG_NAI_CODE:
            pname = "Thành phố " + pshort
        pkind = "Thành phố" if pname.startswith("Thành phố ") else "Tỉnh"
        row = [pcode, pname, pshort, pkind]
        if pcode in CURRENT_PROVINCE_ALIASES:
            row.append(CURRENT_PROVINCE_ALIASES[pcode])
        provinces[pcode] = row
        kind = next(k for k in _COMMUNE_KINDS if wname.startswith(k + " "))
        communes.append([wcode, wname, short_of(wshort), kind, pcode])
        key_to_code[(pkey, wkey)] = wcode
    doc = {
        "header": header(
            "admin_units",
            "2026.04.30",
            "2026-04-30",
            f"{VAU}, with changes listed in notes",
            VAU_LICENCE,
            ADMIN_NOTES,
        ),
        "provinces": [provinces[c] for c in sorted(provinces)],
        "communes": communes,
    }
    return doc, key_to_code


def build_legacy(
    db: sqlite3.Connection, converter: dict[str, Any], key_to_code: dict[tuple[str, str], str]
) -> dict[str, Any]:
    """Legacy three-tier units with their successors in the current list."""
    # old composite key "prov_dist_ward" -> successor commune codes, default first
    successors: dict[str, list[str]] = {}
    for new_prov, wards in converter["DICT_PROVINCE_WARD_NO_DIVIDED"].items():
        for new_ward, olds in wards.items():
            for old in olds:
                successors.setdefault(old, []).append(key_to_code[(new_prov, new_ward)])
    for new_prov, olds in converter["DICT_PROVINCE_WARD_DIVIDED"].items():
        for old, targets in olds.items():
            ordered = sorted(
                targets,
                key=lambda t: (not t["isDefaultNewWard"], key_to_code[(new_prov, t["newWardKey"])]),
            )
            successors.setdefault(old, []).extend(
                key_to_code[(new_prov, t["newWardKey"])] for t in ordered
            )
    prov_successor: dict[str, str] = {}
    for new_prov, olds in converter["DICT_PROVINCE"].items():
        new_code = db.execute(
            "select provinceCode from admin_units where provinceKey=?", (new_prov,)
        ).fetchone()[0]
        for old in olds:
            prov_successor[old] = new_code

    provinces: dict[str, list[Any]] = {}
    districts: dict[str, list[Any]] = {}
    ward_rows: list[list[Any]] = []
    rows = db.execute(
        "select provinceCode, province, provinceShort, provinceKey, districtCode, district,"
        " districtShort, districtKey, districtAlias, wardCode, ward, wardShort, wardKey,"
        " wardAlias from admin_units_legacy order by provinceCode, districtCode, wardCode"
    )
    for (
        pcode,
        pname,
        pshort,
        pkey,
        dcode,
        dname,
        dshort,
        dkey,
        dalias,
        wcode,
        wname,
        wshort,
        wkey,
        walias,
    ) in rows:
        prow: list[Any] = [pcode, "0" + pcode, nfc(pname), nfc(pshort), prov_successor[pkey]]
        if pcode in LEGACY_PROVINCE_ALIASES:
            prow.append(LEGACY_PROVINCE_ALIASES[pcode])
        provinces[pcode] = prow
        composite = f"{pkey}_{dkey}_{wkey or ''}"
        if dcode not in districts:
            # A district without wards (islands) maps as a whole to its special zone.
            island = successors[composite][0] if wcode is None else None
            dname, dshort = fix_kind_case(nfc(dname)), short_of(dshort)
            districts[dcode] = [dcode, dname, dshort, pcode, island, aliases(dalias, dname, dshort)]
        if wcode is None:
            continue
        wname, wshort = fix_kind_case(nfc(wname)), short_of(wshort)
        ward_rows.append(
            [wcode, wname, wshort, dcode, successors[composite], aliases(walias, wname, wshort)]
        )
    return {
        "header": header(
            "legacy_units",
            "2025.06.30",
            "2025-07-01",
            f"{VAU}; ID prefixes per DOMAIN facts",
            VAU_LICENCE,
            LEGACY_NOTES,
        ),
        "provinces": [provinces[c] for c in sorted(provinces)],
        "districts": [trim(districts[c]) for c in sorted(districts)],
        "wards": [trim(w) for w in ward_rows],
    }


def trim(row: list[Any]) -> list[Any]:
    """Drop trailing empty optional fields (null island successor, no aliases)."""
    while row and row[-1] in (None, []):
        row = row[:-1]
    return row


def build_codes() -> tuple[dict[str, Any], dict[str, Any]]:
    """Ethnic groups and religions from DOMAIN §5."""
    ethnic = {
        "header": header(
            "ethnicities",
            "1979.03.02",
            "1979-03-02",
            "DOMAIN facts, Decision 121-TCTK/PPCĐ",
            "Public domain (official list)",
        ),
        "list_id": "ethnicity/121-TCTK",
        "entries": [
            [f"{i:02d}", nfc(name), ascii_fold(nfc(name))]
            for i, name in enumerate(ETHNICITIES, start=1)
        ],
    }
    religion = {
        "header": header(
            "religions",
            "2024.07.01",
            "2024-07-01",
            "DOMAIN facts, GSO religion codes",
            "Public domain (official list)",
            [
                "Codes 00-14 as used by the station from the Law on Identification "
                "(1 Jul 2024); 16 religions are recognised, add entries as needed."
            ],
        ),
        "list_id": "religion/GSO",
        "entries": [[code, nfc(vi), en] for code, vi, en in RELIGIONS],
    }
    return ethnic, religion


def build_countries() -> dict[str, Any]:
    """ISO 3166-1 countries from pycountry, Vietnamese names from its translations."""
    try:
        import pycountry  # type: ignore[import-not-found, unused-ignore]
    except ImportError:
        sys.exit("pycountry is needed at build time: .venv/bin/pip install pycountry")
    vi = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["vi"])
    version = getattr(pycountry, "__version__", None)
    if version is None:
        from importlib.metadata import version as dist_version

        version = dist_version("pycountry")
    rows: list[list[Any]] = []
    for country in sorted(pycountry.countries, key=lambda c: str(c.alpha_2)):
        name_en = str(country.name)
        name_vi = nfc(vi.gettext(name_en))
        if country.alpha_2 == "VN":
            name_vi = "Việt Nam"
        row: list[Any] = [country.alpha_2, country.alpha_3, country.numeric, name_en, name_vi]
        common = getattr(country, "common_name", None)
        if common and common != name_en:
            row.append([str(common)])
        rows.append(row)
    parts = [int(p) for p in str(version).split(".")]
    ver = f"{parts[0] + 2000 if parts[0] < 100 else parts[0]}." + ".".join(
        f"{p:02d}" for p in parts[1:]
    )
    effective = ver.replace(".", "-") if len(parts) == 3 else "2026-02-16"
    return {
        "header": header(
            "countries",
            ver,
            effective,
            f"pycountry {version} (ISO 3166-1; Vietnamese names from its "
            "iso3166-1 'vi' translations)",
            "LGPL-2.1 (pycountry data); ISO 3166 names and codes are facts",
        ),
        "countries": rows,
    }


def check(admin: dict[str, Any], legacy: dict[str, Any]) -> None:
    """Fail loudly if the generated tables are not the shape DOMAIN.md describes."""
    assert len(admin["provinces"]) == 34, len(admin["provinces"])
    assert len(admin["communes"]) == 3321, len(admin["communes"])
    assert len(legacy["provinces"]) == 63, len(legacy["provinces"])
    commune_codes = {c[0] for c in admin["communes"]}
    for ward in legacy["wards"]:
        assert set(ward[4]) <= commune_codes, ward
    for district in legacy["districts"]:
        if len(district) > 4 and district[4] is not None:
            assert district[4] in commune_codes, district


def main(argv: Iterable[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "source",
        nargs="?",
        type=Path,
        default=DEFAULT_SOURCE,
        help="vietnamadminunits/data directory (dataset.db, converter_2025.json)",
    )
    parser.add_argument("--out", type=Path, default=OUT_DIR)
    args = parser.parse_args(list(argv) if argv is not None else None)
    db = sqlite3.connect(f"file:{args.source / 'dataset.db'}?mode=ro", uri=True)
    converter = json.loads((args.source / "converter_2025.json").read_text("utf-8"))
    admin, key_to_code = build_admin(db)
    legacy = build_legacy(db, converter, key_to_code)
    check(admin, legacy)
    ethnic, religion = build_codes()
    countries = build_countries()
    args.out.mkdir(parents=True, exist_ok=True)
    for name, doc in (
        ("admin_units", admin),
        ("legacy_units", legacy),
        ("ethnicities", ethnic),
        ("religions", religion),
        ("countries", countries),
    ):
        size = dump(args.out / f"{name}.json", doc)
        print(f"{name}.json: {size} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
