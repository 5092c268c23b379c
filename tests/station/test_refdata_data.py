"""The bundled reference data checked against the tables of DOMAIN.md §3, §4 and §5."""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import pytest

import station.refdata as refdata_package
from station.refdata import ReferenceData, load_reference_data
from station.refdata.keys import analyse

DATA_DIR = Path(refdata_package.__file__).parent / "data"

# DOMAIN.md §3: ID-number prefix -> legacy province (the 63 provinces before 2025).
DOMAIN_LEGACY = """
001 Hà Nội · 002 Hà Giang · 004 Cao Bằng · 006 Bắc Kạn · 008 Tuyên Quang · 010 Lào Cai ·
011 Điện Biên · 012 Lai Châu · 014 Sơn La · 015 Yên Bái · 017 Hòa Bình · 019 Thái Nguyên ·
020 Lạng Sơn · 022 Quảng Ninh · 024 Bắc Giang · 025 Phú Thọ · 026 Vĩnh Phúc · 027 Bắc Ninh ·
030 Hải Dương · 031 Hải Phòng · 033 Hưng Yên · 034 Thái Bình · 035 Hà Nam · 036 Nam Định ·
037 Ninh Bình · 038 Thanh Hóa · 040 Nghệ An · 042 Hà Tĩnh · 044 Quảng Bình · 045 Quảng Trị ·
046 Thừa Thiên Huế · 048 Đà Nẵng · 049 Quảng Nam · 051 Quảng Ngãi · 052 Bình Định ·
054 Phú Yên · 056 Khánh Hòa · 058 Ninh Thuận · 060 Bình Thuận · 062 Kon Tum · 064 Gia Lai ·
066 Đắk Lắk · 067 Đắk Nông · 068 Lâm Đồng · 070 Bình Phước · 072 Tây Ninh · 074 Bình Dương ·
075 Đồng Nai · 077 Bà Rịa–Vũng Tàu · 079 TP Hồ Chí Minh · 080 Long An · 082 Tiền Giang ·
083 Bến Tre · 084 Trà Vinh · 086 Vĩnh Long · 087 Đồng Tháp · 089 An Giang · 091 Kiên Giang ·
092 Cần Thơ · 093 Hậu Giang · 094 Sóc Trăng · 095 Bạc Liêu · 096 Cà Mau
"""

# DOMAIN.md §4: current unit -> name and the old provinces merged into it.
DOMAIN_CURRENT = """
01 Hà Nội · 04 Cao Bằng · 08 Tuyên Quang (+Hà Giang) · 11 Điện Biên · 12 Lai Châu ·
14 Sơn La · 15 Lào Cai (+Yên Bái) · 19 Thái Nguyên (+Bắc Kạn) · 20 Lạng Sơn ·
22 Quảng Ninh · 24 Bắc Ninh (+Bắc Giang) · 25 Phú Thọ (+Vĩnh Phúc, Hòa Bình) ·
31 Hải Phòng (+Hải Dương) · 33 Hưng Yên (+Thái Bình) · 37 Ninh Bình (+Hà Nam, Nam Định) ·
38 Thanh Hóa · 40 Nghệ An · 42 Hà Tĩnh · 44 Quảng Trị (+Quảng Bình) · 46 Huế ·
48 Đà Nẵng (+Quảng Nam) · 51 Quảng Ngãi (+Kon Tum) · 52 Gia Lai (+Bình Định) ·
56 Khánh Hòa (+Ninh Thuận) · 66 Đắk Lắk (+Phú Yên) · 68 Lâm Đồng (+Đắk Nông, Bình Thuận) ·
75 Đồng Nai (+Bình Phước) · 79 TP Hồ Chí Minh (+Bình Dương, Bà Rịa–Vũng Tàu) ·
80 Tây Ninh (+Long An) · 82 Đồng Tháp (+Tiền Giang) · 86 Vĩnh Long (+Bến Tre, Trà Vinh) ·
91 An Giang (+Kiên Giang) · 92 Cần Thơ (+Hậu Giang, Sóc Trăng) · 96 Cà Mau (+Bạc Liêu)
"""

# DOMAIN.md §5.
DOMAIN_ETHNICITIES = [
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
DOMAIN_RELIGIONS = {
    "00": "Không",
    "01": "Phật giáo",
    "02": "Công giáo",
    "03": "Phật giáo Hòa Hảo",
    "04": "Hồi giáo",
    "05": "Cao Đài",
    "06": "Minh Sư đạo",
    "07": "Minh Lý đạo",
    "08": "Tin Lành",
    "09": "Tịnh độ Cư sĩ Phật hội",
    "10": "Tứ Ân Hiếu Nghĩa",
    "11": "Bửu Sơn Kỳ Hương",
    "12": "Baha'i",
    "13": "Bà La Môn",
    "14": "Mặc Môn",
}


def _entries(table: str) -> list[tuple[str, str]]:
    return [tuple(item.strip().split(" ", 1)) for item in table.split("·")]  # type: ignore[misc]


def same_name(a: str, b: str) -> bool:
    """Same letters and diacritics, ignoring case, punctuation and tone placement."""
    return analyse(a)[1] == analyse(b)[1]


def dom(name: str) -> str:
    """A DOMAIN name without the "TP " the tables use for Hồ Chí Minh City."""
    return name.removeprefix("TP ")


@pytest.fixture(scope="module")
def data() -> ReferenceData:
    return load_reference_data()


def test_domain_tables_parse_as_expected() -> None:
    assert len(_entries(DOMAIN_LEGACY)) == 63
    assert len(_entries(DOMAIN_CURRENT)) == 34
    assert len(DOMAIN_ETHNICITIES) == 54


def test_legacy_provinces_match_domain_id_prefixes(data: ReferenceData) -> None:
    provinces = data.legacy_provinces()
    assert len(provinces) == 63
    assert {p.id_prefix for p in provinces} == {prefix for prefix, _ in _entries(DOMAIN_LEGACY)}
    for prefix, name in _entries(DOMAIN_LEGACY):
        province = data.legacy_province_for_id_prefix(prefix)
        assert province is not None, prefix
        assert province.id_prefix == "0" + province.code
        assert data.legacy_province(province.code) == province
        if prefix == "046":
            # The source names the 2025 city "Thành phố Huế"; old cards say "Thừa Thiên
            # Huế", which the address parser knows as an alias.
            assert same_name(province.short_name, "Huế")
            assert data.convert_legacy_address(name).matched_legacy_province == "46"
        else:
            assert same_name(province.short_name, dom(name)), (prefix, province.short_name)


def test_current_provinces_and_mergers_match_domain(data: ReferenceData) -> None:
    assert len(data.provinces()) == 34
    by_name = {analyse(p.short_name)[1]: p for p in data.legacy_provinces()}
    for head, name in _entries(DOMAIN_CURRENT):
        match = re.fullmatch(r"(.+?)(?: \(\+(.+)\))?", name)
        assert match is not None
        own, merged = dom(match.group(1)), match.group(2)
        province = data.province(head)
        assert province is not None, head
        assert same_name(province.short_name, own), (head, province.short_name)
        expected = {own, *(m.strip() for m in merged.split(","))} if merged else {own}
        old = {p.code for p in data.legacy_provinces() if p.successor_code == head}
        assert old == {by_name[analyse(n)[1]].code for n in expected}, head
    for legacy in data.legacy_provinces():
        assert data.province(legacy.successor_code) is not None


def test_dong_nai_is_a_city(data: ReferenceData) -> None:
    dong_nai = data.province("75")
    assert dong_nai is not None
    assert (dong_nai.name, dong_nai.kind) == ("Thành phố Đồng Nai", "Thành phố")
    assert data.admin_units_version == "2026.04.30"
    notes = json.loads((DATA_DIR / "admin_units.json").read_text("utf-8"))["header"]["notes"]
    assert any("Đồng Nai" in note and "2026-04-30" in note for note in notes)


def test_commune_counts_and_references(data: ReferenceData) -> None:
    communes = data.communes()
    assert len(communes) == 3321
    assert len({c.code for c in communes}) == 3321
    assert {c.kind for c in communes} == {"Phường", "Xã", "Đặc khu"}
    for commune in communes:
        assert data.province(commune.province_code) is not None
        assert commune.name == f"{commune.kind} {commune.short_name}"
        assert re.fullmatch(r"\d{5}", commune.code)
    assert sum(len(data.communes(p.code)) for p in data.provinces()) == 3321
    assert data.communes("00") == ()


def test_legacy_units_are_complete_and_map_to_current_units(data: ReferenceData) -> None:
    wards = [data.legacy_ward(f"{n:05d}") for n in range(100000)]
    present = [w for w in wards if w is not None]
    assert len(present) == 10035
    split = [w for w in present if len(w.successor_codes) > 1]
    assert len(split) == 471
    for ward in present:
        assert ward.default_successor == ward.successor_codes[0]
        assert all(data.commune(code) is not None for code in ward.successor_codes)
        district = data.legacy_district(ward.district_code)
        assert district is not None and district.province_code == ward.province_code
    assert data.problems == []


def test_all_text_is_nfc_and_clean(data: ReferenceData) -> None:
    names = [p.name for p in data.provinces()] + [c.name for c in data.communes()]
    names += [w.name for w in data.legacy_provinces()]
    names += [e.name_vi for e in data.ethnicities()] + [c.name_vi for c in data.countries()]
    for name in names:
        assert unicodedata.is_normalized("NFC", name), name
        assert name == " ".join(name.split()), name


def test_ethnicities_match_domain(data: ReferenceData) -> None:
    entries = data.ethnicities()
    assert [e.code for e in entries] == [f"{n:02d}" for n in range(1, 55)]
    assert [e.name_vi for e in entries] == DOMAIN_ETHNICITIES
    assert {e.list_id for e in entries} == {"ethnicity/121-TCTK"}
    for entry in entries:
        assert entry.name_en.isascii()
        assert same_name(entry.name_en, analyse(entry.name_vi)[0])
    hmong = data.ethnicity("08")
    assert hmong is not None and hmong.name_en == "HMong"
    assert data.ethnicity("55") is None


def test_religions_match_domain(data: ReferenceData) -> None:
    entries = data.religions()
    assert {e.code: e.name_vi for e in entries} == DOMAIN_RELIGIONS
    assert {e.list_id for e in entries} == {"religion/GSO"}
    religion = data.religion("03")
    assert religion is not None and religion.name_en == "Hoa Hao Buddhism"
    none = data.religion("00")
    assert none is not None and none.name_en == "None"


def test_countries(data: ReferenceData) -> None:
    countries = data.countries()
    assert len(countries) >= 249
    viet_nam = data.country("VN")
    assert viet_nam is not None
    assert (viet_nam.alpha3, viet_nam.numeric, viet_nam.name_vi) == ("VNM", "704", "Việt Nam")
    assert data.country("vn") == viet_nam
    assert data.country("XX") is None
    assert len({c.alpha3 for c in countries}) == len(countries)


def test_every_file_has_a_provenance_header(data: ReferenceData) -> None:
    assert set(data.info) == {
        "admin_units",
        "legacy_units",
        "ethnicities",
        "religions",
        "countries",
    }
    for name, info in data.info.items():
        head = json.loads((DATA_DIR / f"{name}.json").read_text("utf-8"))["header"]
        assert head["name"] == info.name == name
        assert head["version"] == info.version
        for field in ("version", "effective_date", "source", "licence"):
            assert head[field]
        assert "http" not in head["source"]
    assert "MIT" in data.info["admin_units"].licence
    assert "LGPL" in data.info["countries"].licence


def test_sources_document_and_budget() -> None:
    sources = (DATA_DIR / "SOURCES.md").read_text("utf-8")
    assert "Copyright (c) 2025 Tran Ngoc Minh Hieu" in sources
    assert "LGPL-2.1" in sources and "build_refdata.py" in sources
    total = sum(p.stat().st_size for p in DATA_DIR.glob("*.json"))
    assert total < 1_500_000
