"""Legacy (pre-1 Jul 2025) units: lookups and conversion of old addresses to current units."""

from __future__ import annotations

import threading
from collections.abc import Sequence

from station.refdata import address
from station.refdata.address import Hit, Names, Token
from station.refdata.keys import compact_keys, spans
from station.refdata.model import (
    Commune,
    ConversionStatus,
    LegacyConversion,
    LegacyDistrict,
    LegacyProvince,
    LegacyWard,
    Province,
)
from station.refdata.parse import AdminTables, LegacyTables
from station.text import clean_text

_TRAILING = " ,;:-–—/\\|"
_COUNTRY = {"vietnam", "vn"}


class LegacyUnits:
    """The legacy tables with indexes, and the converter to the current list."""

    def __init__(self, tables: LegacyTables, admin: AdminTables) -> None:
        self.tables = tables
        self.provinces = {p.code: p for p in tables.provinces}
        self.by_prefix = {p.id_prefix: p for p in tables.provinces}
        self.districts = {d.code: d for d in tables.districts}
        self.wards = {w.code: w for w in tables.wards}
        self._communes: dict[str, Commune] = {c.code: c for c in admin.communes}
        self._current: dict[str, Province] = {p.code: p for p in admin.provinces}
        self._district_wards: dict[str, list[LegacyWard]] = {}
        for ward in tables.wards:
            self._district_wards.setdefault(ward.district_code, []).append(ward)
        self._province_districts: dict[str, list[LegacyDistrict]] = {}
        for district in tables.districts:
            self._province_districts.setdefault(district.province_code, []).append(district)
        self._names: tuple[Names, dict[str, Names], dict[str, Names]] | None = None
        self._lock = threading.Lock()

    # -- conversion of a known ward -------------------------------------------------

    def convert_ward(self, code: str) -> LegacyConversion:
        """Current unit(s) for a legacy ward code (or a wardless island district code)."""
        code = code.strip() if isinstance(code, str) else ""
        ward = self.wards.get(code)
        if ward is not None:
            return self._ward_result(ward, alias=False, remainder="")
        district = self.districts.get(code)
        if district is not None and district.code in self.tables.district_successor:
            return self._district_result([district], remainder="")
        return _unknown(
            "", "mã xã/phường cũ không có trong danh mục", "the old ward code is not in the list"
        )

    def _ward_result(self, ward: LegacyWard, alias: bool, remainder: str) -> LegacyConversion:
        district = self.districts[ward.district_code]
        old = self.provinces[ward.province_code]
        where = f"{ward.name}, {district.name}, {old.name}"
        via_vi = " (nhận theo tên cũ của xã/phường)" if alias else ""
        via_en = " (recognised by a former name of the ward)" if alias else ""
        codes = [c for c in ward.successor_codes if c in self._communes]
        if not codes:
            return self._province_only(
                old,
                ward.code,
                remainder,
                (),
                f"Đã nhận ra {where} nhưng danh mục hiện hành không "
                "còn đơn vị kế thừa; cán bộ chọn xã/phường mới.",
                f"Recognised {where}, but the current list no longer "
                "holds its successor; the officer must choose.",
            )
        first = self._communes[codes[0]]
        if len(codes) == 1:
            label = self._label(first)
            return LegacyConversion(
                ConversionStatus.EXACT,
                first.province_code,
                first.code,
                (),
                ward.code,
                old.code,
                remainder,
                f"{where} (trước 1/7/2025) nay là {label}.{via_vi}",
                f"{where} (before 1 Jul 2025) is now {label}.{via_en}",
            )
        names = "; ".join(self._communes[c].name for c in codes)
        return LegacyConversion(
            ConversionStatus.AMBIGUOUS,
            first.province_code,
            None,
            tuple(codes),
            ward.code,
            old.code,
            remainder,
            f"Phường/xã cũ {where} đã được chia cho nhiều xã/phường mới ({names}); "
            f"cán bộ chọn một. Nguồn dữ liệu gợi ý: {first.name}.{via_vi}",
            f"The old ward {where} was split among several current units ({names}); "
            f"the officer must choose. The source suggests {first.name}.{via_en}",
        )

    def _district_result(
        self, districts: Sequence[LegacyDistrict], remainder: str
    ) -> LegacyConversion:
        """Only a district was recognised: exact for a wardless island district."""
        district = districts[0]
        old = self.provinces[district.province_code]
        where = f"{district.name}, {old.name}"
        if len(districts) == 1:
            zone = self._communes.get(self.tables.district_successor.get(district.code, ""))
            if zone is not None:
                label = self._label(zone)
                return LegacyConversion(
                    ConversionStatus.EXACT,
                    zone.province_code,
                    zone.code,
                    (),
                    None,
                    old.code,
                    remainder,
                    f"{where} (huyện đảo, không có xã/phường) nay là {label}.",
                    f"{where} (an island district without wards) is now {label}.",
                )
            candidates = self._district_candidates(district)
            return self._province_only(
                old,
                None,
                remainder,
                candidates,
                f"Đã nhận ra {where} nhưng không nhận ra xã/phường cũ; cán bộ chọn xã/phường mới.",
                f"Recognised {where}, but not the old ward; the officer must choose the "
                "current commune.",
            )
        names = " / ".join(d.name for d in districts)
        return self._province_only(
            old,
            None,
            remainder,
            (),
            f"Tên quận/huyện khớp nhiều đơn vị cũ ({names}, {old.name}); không thể quyết "
            "định, cán bộ chọn xã/phường mới.",
            f"The district name matches several old units ({names}, {old.name}); it cannot "
            "be decided: the officer must choose the current commune.",
        )

    def _district_candidates(self, district: LegacyDistrict) -> tuple[str, ...]:
        codes: dict[str, None] = {}
        for ward in self._district_wards.get(district.code, ()):
            codes.update((c, None) for c in ward.successor_codes if c in self._communes)
        return tuple(sorted(codes))

    def _province_only(
        self,
        old: LegacyProvince,
        ward_code: str | None,
        remainder: str,
        candidates: tuple[str, ...],
        vi: str,
        en: str,
    ) -> LegacyConversion:
        new = self._current.get(old.successor_code)
        if new is None:
            return LegacyConversion(
                ConversionStatus.UNKNOWN, None, None, (), ward_code, old.code, remainder, vi, en
            )
        return LegacyConversion(
            ConversionStatus.PROVINCE_ONLY,
            new.code,
            None,
            candidates,
            ward_code,
            old.code,
            remainder,
            f"{vi} Tỉnh/thành phố hiện hành: {new.name}.",
            f"{en} Current province: {new.name}.",
        )

    def _label(self, commune: Commune) -> str:
        province = self._current.get(commune.province_code)
        return f"{commune.name}, {province.name}" if province else commune.name

    # -- free-text addresses --------------------------------------------------------

    def convert_address(self, text: str) -> LegacyConversion:
        """Parse an old three-tier address from its end: province, district, ward."""
        text = clean_text(text) if isinstance(text, str) else ""
        words = [Token(*span) for span in spans(text)]
        end = len(words)
        for size in (2, 1):  # a trailing "Việt Nam" is not a unit
            if end >= size and compact_keys([w.key for w in words[end - size : end]]) in _COUNTRY:
                end -= size
                break
        provinces_names, district_names, ward_names = self._index()
        province_hit = address.find([provinces_names], words, end)
        if province_hit is None or len(province_hit.codes) != 1:
            # No province at the end: a district alone may still name it unambiguously.
            district_hit = address.find(list(district_names.values()), words, end)
            if district_hit is None:
                return _unknown(
                    text,
                    "không nhận ra tỉnh/thành phố hay quận/huyện cũ nào",
                    "no old province or district was recognised",
                )
            districts = [self.districts[c] for c in district_hit.codes]
            if len({d.province_code for d in districts}) != 1:
                return _unknown(
                    text,
                    "tên quận/huyện khớp nhiều tỉnh cũ, thiếu tên tỉnh",
                    "the district name matches several old provinces and the province is missing",
                )
            return self._from_district(text, words, district_hit, districts, ward_names)
        old = self.provinces[province_hit.codes[0]]
        district_hit = None
        if old.code in district_names:
            district_hit = address.find([district_names[old.code]], words, province_hit.start)
        if district_hit is not None:
            districts = [self.districts[c] for c in district_hit.codes]
            return self._from_district(text, words, district_hit, districts, ward_names)
        # "Phường X, Hà Nội": no district, look for the ward anywhere in the province.
        scopes = [
            ward_names[d.code]
            for d in self._province_districts.get(old.code, ())
            if d.code in ward_names
        ]
        ward_hit = address.find(scopes, words, province_hit.start)
        if ward_hit is not None:
            return self._from_ward(text, words, ward_hit)
        return self._province_only(
            old,
            None,
            _cut(text, words, province_hit.start),
            (),
            f"Chỉ nhận ra tỉnh/thành phố cũ {old.name}; không xác định được xã/phường, cán "
            "bộ chọn xã/phường mới.",
            f"Only the old province {old.name} was recognised; the commune could not be "
            "determined: the officer must choose.",
        )

    def _from_district(
        self,
        text: str,
        words: list[Token],
        hit: Hit,
        districts: list[LegacyDistrict],
        ward_names: dict[str, Names],
    ) -> LegacyConversion:
        scopes = [ward_names[d.code] for d in districts if d.code in ward_names]
        ward_hit = address.find(scopes, words, hit.start)
        if ward_hit is not None:
            return self._from_ward(text, words, ward_hit)
        return self._district_result(districts, _cut(text, words, hit.start))

    def _from_ward(self, text: str, words: list[Token], hit: Hit) -> LegacyConversion:
        remainder = _cut(text, words, hit.start)
        wards = [self.wards[c] for c in hit.codes]
        if len(wards) == 1:
            return self._ward_result(wards[0], hit.alias, remainder)
        # Same name, several old wards (e.g. "Yên Viên" was both a town and a commune).
        codes: dict[str, None] = {}
        for ward in wards:
            codes.update((c, None) for c in ward.successor_codes if c in self._communes)
        names = " / ".join(f"{w.name} ({self.districts[w.district_code].name})" for w in wards)
        old = self.provinces[wards[0].province_code]
        provinces = {self._communes[c].province_code for c in codes}
        if len(codes) == 1:
            # Whichever old ward was meant, it went to the same current unit.
            only = self._communes[next(iter(codes))]
            label = self._label(only)
            return LegacyConversion(
                ConversionStatus.EXACT,
                only.province_code,
                only.code,
                (),
                None,
                old.code,
                remainder,
                f"Tên {names} khớp nhiều đơn vị cũ nhưng đều nay là {label}.",
                f"The name matches several old units ({names}), all now {label}.",
            )
        vi = f"Tên xã/phường khớp nhiều đơn vị cũ ({names}); không thể quyết định, cán bộ chọn một."
        en = (
            f"The ward name matches several old units ({names}); it cannot be decided: "
            "the officer must choose."
        )
        if len(provinces) != 1:
            return self._province_only(old, None, remainder, tuple(codes), vi, en)
        return LegacyConversion(
            ConversionStatus.AMBIGUOUS,
            provinces.pop(),
            None,
            tuple(codes),
            None,
            old.code,
            remainder,
            vi,
            en,
        )

    def preload_index(self) -> None:
        """Build the spelling indexes now rather than on the first address."""
        self._index()

    def _index(self) -> tuple[Names, dict[str, Names], dict[str, Names]]:
        """Spelling indexes, built on the first address (about 10,000 wards)."""
        with self._lock:
            if self._names is None:
                t = self.tables
                provinces = address.scopes(
                    [
                        (p.code, "", p.name, p.short_name, t.province_aliases.get(p.code, ()))
                        for p in t.provinces
                    ],
                    address.PROVINCE_KINDS,
                )[""]
                districts = address.scopes(
                    [
                        (
                            d.code,
                            d.province_code,
                            d.name,
                            d.short_name,
                            t.district_aliases.get(d.code, ()),
                        )
                        for d in t.districts
                    ],
                    address.DISTRICT_KINDS,
                )
                wards = address.scopes(
                    [
                        (
                            w.code,
                            w.district_code,
                            w.name,
                            w.short_name,
                            t.ward_aliases.get(w.code, ()),
                        )
                        for w in t.wards
                    ],
                    address.WARD_KINDS,
                )
                self._names = (provinces, districts, wards)
            return self._names


def _cut(text: str, words: list[Token], start: int) -> str:
    """The text before the word *start*: house number, street, hamlet."""
    if start >= len(words):
        return text
    return clean_text(text[: words[start].start].rstrip(_TRAILING))


def _unknown(remainder: str, vi: str, en: str) -> LegacyConversion:
    return LegacyConversion(
        ConversionStatus.UNKNOWN,
        None,
        None,
        (),
        None,
        None,
        remainder,
        f"Không chuyển đổi được: {vi}; cán bộ nhập địa chỉ theo danh mục mới.",
        f"Cannot convert: {en}; the officer must enter the address from the current list.",
    )
