"""The LDS1 files of the chip: application identifier, file identifiers, tags and data groups."""

from __future__ import annotations

from dataclasses import dataclass

from devices.card.errors import MalformedDataError
from devices.card.tlv import encode_tlv, parse_one

# eMRTD application (ICAO 9303-10 §3.6.3), selected with 00 A4 04 0C 07 A0000002471001.
MRTD_AID = bytes.fromhex("A0000002471001")

FID_COM = 0x011E
FID_SOD = 0x011D
TAG_COM = 0x60
TAG_SOD = 0x77

# Data group number -> (file identifier, LDS tag).
DATA_GROUPS: dict[int, tuple[int, int]] = {
    1: (0x0101, 0x61),
    2: (0x0102, 0x75),
    3: (0x0103, 0x63),
    4: (0x0104, 0x76),
    5: (0x0105, 0x65),
    6: (0x0106, 0x66),
    7: (0x0107, 0x67),
    8: (0x0108, 0x68),
    9: (0x0109, 0x69),
    10: (0x010A, 0x6A),
    11: (0x010B, 0x6B),
    12: (0x010C, 0x6C),
    13: (0x010D, 0x6D),
    14: (0x010E, 0x6E),
    15: (0x010F, 0x6F),
    16: (0x0110, 0x70),
}
TAG_TO_DG: dict[int, int] = {tag: dg for dg, (_, tag) in DATA_GROUPS.items()}

# What a CCCD read takes: DG3 (fingerprints) needs Extended Access Control and is skipped.
READ_DATA_GROUPS: tuple[int, ...] = (1, 2, 13, 14, 15)
REQUIRED_DATA_GROUPS: frozenset[int] = frozenset({1, 13})

# Upper bounds per file, far above real sizes: a length beyond them is an "impossible
# length" rather than something to allocate and read for minutes.
MAX_FILE_SIZE: dict[int, int] = {
    FID_COM: 256,
    FID_SOD: 16 * 1024,
    0x0101: 256,
    0x0102: 0x7FFF,  # offsets of READ BINARY (B0) stop at 32767
    0x010D: 16 * 1024,
    0x010E: 8 * 1024,
    0x010F: 4 * 1024,
}
DEFAULT_MAX_FILE_SIZE = 0x7FFF


def fid_of(dg: int) -> int:
    """File identifier of data group *dg*."""
    return DATA_GROUPS[dg][0]


def tag_of(dg: int) -> int:
    """LDS tag of data group *dg*."""
    return DATA_GROUPS[dg][1]


@dataclass(frozen=True, slots=True)
class EfCom:
    """EF.COM: LDS and Unicode versions and the data groups the chip holds."""

    lds_version: str
    unicode_version: str
    data_groups: tuple[int, ...]


def parse_ef_com(data: bytes) -> EfCom:
    """Parse EF.COM (tag 60 with 5F01, 5F36 and the tag list 5C)."""
    outer = parse_one(data, TAG_COM)
    lds = outer.find(0x5F01)
    uni = outer.find(0x5F36)
    tags = outer.child(0x5C).value
    groups = []
    for tag in tags:
        dg = TAG_TO_DG.get(tag)
        if dg is None:
            raise MalformedDataError(f"EF.COM lists unknown tag {tag:02X}")
        if dg not in groups:
            groups.append(dg)
    return EfCom(
        _ascii(lds.value) if lds else "",
        _ascii(uni.value) if uni else "",
        tuple(groups),
    )


def build_ef_com(data_groups: tuple[int, ...], lds: str = "0107", uni: str = "040000") -> bytes:
    """EF.COM listing *data_groups* (emulator and tests)."""
    body = (
        encode_tlv(0x5F01, lds.encode("ascii"))
        + encode_tlv(0x5F36, uni.encode("ascii"))
        + encode_tlv(0x5C, bytes(tag_of(dg) for dg in data_groups))
    )
    return encode_tlv(TAG_COM, body)


def _ascii(value: bytes) -> str:
    try:
        return value.decode("ascii")
    except UnicodeDecodeError as exc:
        raise MalformedDataError("non-ASCII version in EF.COM") from exc
