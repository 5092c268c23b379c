"""Legacy (three-tier) units: lookups and conversion of old codes and addresses."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from station.refdata import ConversionStatus, ReferenceData, load_reference_data
from station.refdata.address import ALIAS, OWN, Names


@pytest.fixture(scope="module")
def data() -> ReferenceData:
    return load_reference_data()


def test_lookups(data: ReferenceData) -> None:
    ward = data.legacy_ward("00001")
    assert ward is not None
    assert (ward.name, ward.short_name, ward.district_code, ward.province_code) == (
        "Phường Phúc Xá",
        "Phúc Xá",
        "001",
        "01",
    )
    district = data.legacy_district("001")
    assert district is not None and district.name == "Quận Ba Đình"
    province = data.legacy_province("01")
    assert province is not None and province.successor_code == "01"
    assert data.legacy_province_for_id_prefix("079") == data.legacy_province("79")
    assert data.legacy_province_for_id_prefix("003") is None
    assert data.legacy_province_for_id_prefix("100") is None
    assert data.legacy_ward("99999") is None and data.legacy_district("999") is None
    # Short names keep no disambiguation suffix ("Yên Viên (Thị trấn)" in the source).
    town = data.legacy_ward("00526")
    assert town is not None and (town.name, town.short_name) == ("Thị trấn Yên Viên", "Yên Viên")


def test_convert_exact_ward(data: ReferenceData) -> None:
    result = data.convert_legacy_ward("00001")
    assert result.status is ConversionStatus.EXACT
    assert (result.commune_code, result.province_code) == ("00097", "01")
    assert result.matched_legacy_ward == "00001" and result.matched_legacy_province == "01"
    assert result.candidates == () and result.remainder == ""
    assert "Phường Hồng Hà" in result.explanation_vi and "Phường Hồng Hà" in result.explanation_en
    assert data.convert_legacy_ward(" 00001 ") == result


def test_convert_split_ward_lists_candidates_default_first(data: ReferenceData) -> None:
    ward = data.legacy_ward("00019")  # Phường Điện Biên, Ba Đình: split in four
    assert ward is not None and len(ward.successor_codes) == 4
    result = data.convert_legacy_ward("00019")
    assert result.status is ConversionStatus.AMBIGUOUS
    assert result.commune_code is None
    assert result.candidates == ward.successor_codes
    assert result.candidates[0] == ward.default_successor
    assert result.province_code == "01"
    assert "cán bộ chọn" in result.explanation_vi
    assert "the officer must choose" in result.explanation_en


def test_convert_island_district_and_unknown_codes(data: ReferenceData) -> None:
    result = data.convert_legacy_ward("755")  # Huyện Côn Đảo has no wards
    assert result.status is ConversionStatus.EXACT
    zone = data.commune(result.commune_code or "")
    assert zone is not None and zone.name == "Đặc khu Côn Đảo" and zone.province_code == "79"
    for code in ("", "0", "99999", "abc", "001", "00001x"):
        unknown = data.convert_legacy_ward(code)
        assert unknown.status is ConversionStatus.UNKNOWN, code
        assert unknown.province_code is None and unknown.candidates == ()
        assert unknown.explanation_vi and unknown.explanation_en


@pytest.mark.parametrize(
    ("text", "ward", "commune", "remainder"),
    [
        ("Số 12 ngõ 34, Phường Phúc Xá, Quận Ba Đình, Hà Nội", "00001", "00097", "Số 12 ngõ 34"),
        ("Số 12 ngõ 34 Phường Phúc Xá Quận Ba Đình Hà Nội", "00001", "00097", "Số 12 ngõ 34"),
        ("so 12 ngo 34, phuong phuc xa, quan ba dinh, ha noi", "00001", "00097", "so 12 ngo 34"),
        ("P. Phúc Xá, Q. Ba Đình, TP. Hà Nội", "00001", "00097", ""),
        ("Phúc Xá, Ba Đình, Thành phố Hà Nội, Việt Nam", "00001", "00097", ""),
        ("12 Lê Lợi, P.01, Q.3, TP.HCM", "27160", "27154", "12 Lê Lợi"),
        ("12 Lê Lợi, Phường 1, Quận 3, Thành phố Hồ Chí Minh", "27160", "27154", "12 Lê Lợi"),
        ("Thị trấn Yên Viên, Huyện Gia Lâm, Hà Nội", "00526", "00541", ""),
    ],
)
def test_convert_exact_addresses(
    data: ReferenceData, text: str, ward: str, commune: str, remainder: str
) -> None:
    for variant in (text, unicodedata.normalize("NFD", text)):
        result = data.convert_legacy_address(variant)
        assert result.status is ConversionStatus.EXACT, (variant, result.explanation_en)
        assert result.matched_legacy_ward == ward
        assert result.commune_code == commune
        assert unicodedata.normalize("NFC", result.remainder) == remainder


def test_convert_split_ward_address(data: ReferenceData) -> None:
    result = data.convert_legacy_address("Xã Tân Thành, Huyện Thới Lai, TP Cần Thơ")
    # Thới Lai had a "Tân Thạnh" (the folded names agree), split in two.
    assert result.status is ConversionStatus.AMBIGUOUS
    assert result.matched_legacy_ward == "31268"
    assert len(result.candidates) == 2 and result.commune_code is None
    assert result.province_code == "92"
    assert "đã được chia cho nhiều xã/phường mới" in result.explanation_vi
    assert "split among several current units" in result.explanation_en


def test_convert_island_district_address(data: ReferenceData) -> None:
    result = data.convert_legacy_address("Huyện Côn Đảo, Tỉnh Bà Rịa - Vũng Tàu")
    assert result.status is ConversionStatus.EXACT
    assert result.matched_legacy_province == "77" and result.province_code == "79"
    zone = data.commune(result.commune_code or "")
    assert zone is not None and zone.kind == "Đặc khu"
    assert data.convert_legacy_address("H. Côn Đảo, BR-VT").commune_code == zone.code


def test_convert_address_district_or_province_only(data: ReferenceData) -> None:
    # Quận 1 had no "Phường 1": the district is known, the ward is not.
    result = data.convert_legacy_address("12 Lê Lợi, Phường 1, Quận 1, TP Hồ Chí Minh")
    assert result.status is ConversionStatus.PROVINCE_ONLY
    assert result.province_code == "79" and result.commune_code is None
    assert result.remainder == "12 Lê Lợi, Phường 1"
    assert result.candidates and all(data.commune(c) for c in result.candidates)
    assert "cán bộ chọn" in result.explanation_vi
    result = data.convert_legacy_address("Thôn 3, Thừa Thiên Huế")
    assert result.status is ConversionStatus.PROVINCE_ONLY
    assert (result.province_code, result.matched_legacy_province) == ("46", "46")
    assert result.remainder == "Thôn 3"
    result = data.convert_legacy_address("Tổ 1, Tỉnh Bình Dương")
    assert (result.status, result.province_code) == (ConversionStatus.PROVINCE_ONLY, "79")


def test_ambiguous_names_are_not_guessed(data: ReferenceData) -> None:
    # Hà Tĩnh had both a district and a town named Kỳ Anh.
    result = data.convert_legacy_address("Kỳ Anh, Hà Tĩnh")
    assert result.status is ConversionStatus.PROVINCE_ONLY
    assert "không thể quyết định" in result.explanation_vi
    assert "cannot be decided" in result.explanation_en
    # The kind decides it.
    assert data.convert_legacy_address("Thị xã Kỳ Anh, Hà Tĩnh").explanation_en.startswith(
        "Recognised Thị xã Kỳ Anh"
    )


def test_former_ward_names_and_missing_province(data: ReferenceData) -> None:
    merged = data.convert_legacy_address("Phường Nguyễn Trung Trực, Quận Ba Đình, Hà Nội")
    assert merged.status is ConversionStatus.EXACT
    assert merged.matched_legacy_ward == "00004"  # merged into Trúc Bạch before 2025
    assert "former name" in merged.explanation_en
    no_province = data.convert_legacy_address("Phường Phúc Xá, Quận Ba Đình")
    assert no_province.matched_legacy_ward == "00001"
    no_district = data.convert_legacy_address("Phường Phúc Xá, Hà Nội")
    assert no_district.matched_legacy_ward == "00001"


def test_unrecognised_text(data: ReferenceData) -> None:
    for text in ("", "   ", "foo bar", "12", "Số 12 ngõ 34"):
        result = data.convert_legacy_address(text)
        assert result.status is ConversionStatus.UNKNOWN
        assert result.remainder == " ".join(text.split())
        assert "Không chuyển đổi được" in result.explanation_vi


@settings(
    max_examples=300, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None
)
@given(
    st.one_of(
        st.text(),
        st.lists(
            st.sampled_from(
                [
                    "Phường",
                    "P.",
                    "Xã",
                    "Q.",
                    "Quận 1",
                    "Huyện",
                    "TP",
                    "Tp.",
                    "Hà Nội",
                    "Ba Đình",
                    "Phúc Xá",
                    "Côn Đảo",
                    "Thới Lai",
                    ",",
                    "Số 12",
                    "0",
                    "Việt Nam",
                    "-",
                    "Cần Thơ",
                    "Yên Viên",
                ]
            ),
            max_size=12,
        ).map(" ".join),
    )
)
def test_conversion_never_raises(data: ReferenceData, text: str) -> None:
    result = data.convert_legacy_address(text)
    assert isinstance(result.status, ConversionStatus)
    assert result.explanation_vi and result.explanation_en
    if result.status is ConversionStatus.EXACT:
        assert result.commune_code is not None and data.commune(result.commune_code)
    if result.status is ConversionStatus.AMBIGUOUS:
        assert len(result.candidates) > 1 and result.commune_code is None
    data.convert_legacy_ward(text)


def test_a_spelling_index_keeps_one_code_per_own_name_and_lets_it_win_over_aliases() -> None:
    names = Names(max_words=3)
    names.put("phucxa", "00001", OWN)
    names.put("phucxa", "00001", ALIAS)  # also a former name of itself: its own name wins
    assert names.by_key["phucxa"] == "00001"  # no dict for the common case (memory)
    assert names.units("phucxa") == [("00001", OWN)]
    names.put("phucxa", "00004", ALIAS)
    assert sorted(names.units("phucxa")) == [("00001", OWN), ("00004", ALIAS)]
    names.put("dongxuan", "00007", ALIAS)
    names.put("dongxuan", "00007", OWN)
    assert names.units("dongxuan") == [("00007", OWN)]
    assert names.units("nowhere") == []
