"""Vietnamese text normalisation and search keys."""

from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from station.text import (
    clean_text,
    is_clean,
    printed_capitals,
    search_key,
    tone_placement_key,
)

NFC_NAME = "Nguyễn Thị Hoà"
NFD_NAME = unicodedata.normalize("NFD", NFC_NAME)


def test_clean_text_turns_nfd_into_nfc_and_collapses_spaces() -> None:
    assert NFD_NAME != NFC_NAME
    assert clean_text(f"  {NFD_NAME.replace(' ', '   ')}\t") == NFC_NAME
    assert is_clean(NFC_NAME)
    assert not is_clean(NFD_NAME)


def test_search_key_folds_diacritics_tones_case_and_d() -> None:
    assert search_key("Hòa") == search_key("hoà") == search_key("HOA") == "hoa"
    assert search_key("Đắk Lắk") == "dak lak"
    assert search_key(NFD_NAME) == search_key(NFC_NAME) == "nguyen thi hoa"


def test_search_key_keeps_i_and_y_apart() -> None:
    assert search_key("Thúy") != search_key("Thúi")


def test_tone_placement_key_folds_only_the_position_of_the_tone() -> None:
    assert tone_placement_key("Hoà") == tone_placement_key("Hòa")
    assert tone_placement_key("Thuý") == tone_placement_key("Thúy")
    assert tone_placement_key("khoẻ") == tone_placement_key("khỏe")
    assert tone_placement_key("Hoà") != tone_placement_key("Hoa")
    assert tone_placement_key("Hoà") != tone_placement_key("Hoá")
    assert tone_placement_key("Hơn") != tone_placement_key("Hon")


def test_printed_capitals_keep_diacritics() -> None:
    assert printed_capitals("Nguyễn Thị Hoà") == "NGUYỄN THỊ HOÀ"
    assert printed_capitals(NFD_NAME) == "NGUYỄN THỊ HOÀ"
    assert printed_capitals("đặng") == "ĐẶNG"


@given(st.text())
def test_normalisation_is_idempotent(value: str) -> None:
    once = clean_text(value)
    assert clean_text(once) == once
    assert is_clean(once)
    assert search_key(search_key(value)) == search_key(value)
    assert tone_placement_key(once) == tone_placement_key(value)
