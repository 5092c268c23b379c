"""DG1: the machine-readable zone as the chip stores it (tag 61 / 5F1F, TD1 on a CCCD)."""

from __future__ import annotations

from devices.card.errors import MalformedDataError
from devices.card.mrz import Td1Mrz, parse_td1
from devices.card.tlv import encode_tlv, parse_one

TAG_DG1 = 0x61
TAG_MRZ = 0x5F1F


def parse_dg1(data: bytes) -> Td1Mrz:
    """The TD1 zone in DG1; MalformedDataError for anything else (e.g. a passport's TD3)."""
    mrz = parse_one(data, TAG_DG1).child(TAG_MRZ).value
    try:
        text = mrz.decode("ascii")
    except UnicodeDecodeError as exc:
        raise MalformedDataError("non-ASCII MRZ in DG1") from exc
    return parse_td1(text)


def build_dg1(td1: str) -> bytes:
    """DG1 holding *td1* (emulator and tests)."""
    return encode_tlv(TAG_DG1, encode_tlv(TAG_MRZ, td1.encode("ascii")))
