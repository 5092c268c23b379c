"""DG13 of the Vietnamese card: the citizen's data with diacritics, as numbered fields.

Layout (DOMAIN §8): 6D { 30 { 02 01 01, 06 <OID>, 31 { 30 { 02 01 n, value... } ... } } }.
Fields are parsed by number and may be absent; values are UTF8Strings, or a SEQUENCE of
them (parents, spouse). The raw file is kept so that a mapping mistake can be corrected
later without reading the card again.
"""

from __future__ import annotations

from dataclasses import dataclass
from types import MappingProxyType

from devices.card.errors import MalformedDataError
from devices.card.tlv import Tlv, encode_tlv, parse_one
from station.text import clean_text

TAG_DG13 = 0x6D
TAG_SEQUENCE = 0x30
TAG_SET = 0x31
TAG_INTEGER = 0x02
TAG_OID = 0x06
_STRING_TAGS = frozenset({0x0C, 0x13, 0x16, 0x1E})  # UTF8, Printable, IA5, BMP
VN_DG13_OID = bytes.fromhex("28D316010008")

# Field numbers (DOMAIN §8; 3 and 15 are unconfirmed). Kept as data so a correction is a
# one-line change here or an override passed by configuration.
DEFAULT_FIELD_NAMES: MappingProxyType[int, str] = MappingProxyType(
    {
        1: "id_number",
        2: "full_name",
        3: "date_of_birth",
        4: "sex",
        5: "nationality",
        6: "ethnicity",
        7: "religion",
        8: "place_of_origin",
        9: "place_of_residence",
        10: "identifying_marks",
        11: "issue_date",
        12: "expiry_date",
        13: "parents",
        14: "spouse",
        15: "old_id_number",
    }
)


@dataclass(frozen=True, slots=True)
class Dg13Field:
    """One numbered field: its text values in order (NFC) and its raw TLV bytes."""

    number: int
    values: tuple[str, ...]
    raw: bytes

    def __repr__(self) -> str:
        return f"Dg13Field({self.number}, {len(self.values)} values)"

    @property
    def text(self) -> str:
        """The first value, or "" when the field holds none."""
        return self.values[0] if self.values else ""


@dataclass(frozen=True, slots=True)
class Dg13Data:
    """All fields of DG13 by number, with the raw file."""

    fields: MappingProxyType[int, Dg13Field]
    raw: bytes

    def __repr__(self) -> str:
        return f"Dg13Data(fields={sorted(self.fields)})"

    def text(self, number: int) -> str:
        """The first value of field *number*, "" when absent."""
        field = self.fields.get(number)
        return field.text if field else ""

    def values(self, number: int) -> tuple[str, ...]:
        """All values of field *number* (e.g. father and mother), () when absent."""
        field = self.fields.get(number)
        return field.values if field else ()


def _integer(item: Tlv) -> int:
    if item.tag != TAG_INTEGER or not 1 <= len(item.value) <= 2:
        raise MalformedDataError("DG13 field number is not a small INTEGER")
    return int.from_bytes(item.value, "big")


def _strings(item: Tlv, depth: int = 0) -> list[str]:
    if item.tag in _STRING_TAGS:
        return [_decode(item)]
    if item.tag in (TAG_SEQUENCE, TAG_SET) and depth < 2:
        out: list[str] = []
        for child in item.children():
            out.extend(_strings(child, depth + 1))
        return out
    # Another type (an INTEGER in an undocumented field, say): kept in the raw bytes only.
    return []


def _decode(item: Tlv) -> str:
    try:
        if item.tag == 0x1E:
            text = item.value.decode("utf-16-be")
        elif item.tag == 0x0C:
            text = item.value.decode("utf-8")
        else:
            text = item.value.decode("ascii")
    except UnicodeDecodeError as exc:
        raise MalformedDataError("DG13 text is not valid for its string type") from exc
    return clean_text(text)


def parse_dg13(data: bytes) -> Dg13Data:
    """Parse DG13 into numbered fields; MalformedDataError when the structure is broken."""
    outer = parse_one(data, TAG_DG13).child(TAG_SEQUENCE)
    fields: dict[int, Dg13Field] = {}
    for item in outer.children():
        if item.tag != TAG_SET:
            continue  # version INTEGER and OID precede the field set
        for entry in item.children():
            if entry.tag != TAG_SEQUENCE:
                raise MalformedDataError(f"DG13 field of type {entry.tag:X}")
            parts = entry.children()
            if not parts:
                raise MalformedDataError("empty DG13 field")
            number = _integer(parts[0])
            values: list[str] = []
            for part in parts[1:]:
                values.extend(_strings(part))
            raw = item.value[entry.start : entry.end]
            fields.setdefault(number, Dg13Field(number, tuple(values), raw))
    return Dg13Data(MappingProxyType(fields), bytes(data))


def build_dg13(fields: dict[int, str | tuple[str, ...]]) -> bytes:
    """DG13 with *fields* (a tuple value becomes a SEQUENCE of strings); emulator and tests."""
    entries = b""
    for number in sorted(fields):
        value = fields[number]
        if isinstance(value, tuple):
            encoded = encode_tlv(
                TAG_SEQUENCE, b"".join(encode_tlv(0x0C, v.encode("utf-8")) for v in value)
            )
        else:
            encoded = encode_tlv(0x0C, value.encode("utf-8"))
        entries += encode_tlv(TAG_SEQUENCE, encode_tlv(TAG_INTEGER, bytes((number,))) + encoded)
    body = (
        encode_tlv(TAG_INTEGER, b"\x01")
        + encode_tlv(TAG_OID, VN_DG13_OID)
        + encode_tlv(TAG_SET, entries)
    )
    return encode_tlv(TAG_DG13, encode_tlv(TAG_SEQUENCE, body))
