"""DG2: the chip portrait (ISO/IEC 19794-5 face record) as JPEG or JPEG 2000 bytes."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from devices.card.errors import MalformedDataError
from devices.card.tlv import Tlv, encode_tlv, parse_one

TAG_DG2 = 0x75
TAG_BIT_GROUP = 0x7F61
TAG_BIT = 0x7F60
TAG_BDB = 0x5F2E
TAG_BDB_ENCIPHERED = 0x7F2E
FACE_MAGIC = b"FAC\x00"
_RECORD_HEADER = 14  # format id 4, version 4, record length 4, number of faces 2
_FACE_HEADER = 20  # block length 4, feature points 2, gender .. pose uncertainty
_FEATURE_POINT = 8
# image type, data type, width 2, height 2, colour space, source type, device 2, quality 2
_IMAGE_INFO = 12
JPEG_MAGIC = b"\xff\xd8\xff"
JP2_MAGIC = b"\x00\x00\x00\x0cjP  \r\n\x87\n"
J2K_MAGIC = b"\xff\x4f\xff\x51"


class ImageFormat(StrEnum):
    """How the portrait is encoded, by its magic bytes (the header field is not trusted)."""

    JPEG = "image/jpeg"
    JPEG2000 = "image/jp2"


@dataclass(frozen=True, slots=True)
class FaceImage:
    """The portrait from the chip: encoded bytes plus what the face record says about it."""

    data: bytes
    format: ImageFormat
    width: int
    height: int

    def __repr__(self) -> str:
        return f"FaceImage({self.format.value}, {self.width}x{self.height}, {len(self.data)} B)"


def _image_format(data: bytes) -> ImageFormat:
    if data.startswith(JPEG_MAGIC):
        return ImageFormat.JPEG
    if data.startswith((JP2_MAGIC, J2K_MAGIC)):
        return ImageFormat.JPEG2000
    raise MalformedDataError("portrait is neither JPEG nor JPEG 2000")


def _biometric_block(dg2: bytes) -> bytes:
    group = parse_one(dg2, TAG_DG2).child(TAG_BIT_GROUP)
    for item in group.children():
        if item.tag == TAG_BIT:
            return _bdb_of(item)
    raise MalformedDataError("DG2 holds no biometric information template")


def _bdb_of(template: Tlv) -> bytes:
    block = template.find(TAG_BDB)
    if block is None:
        if template.find(TAG_BDB_ENCIPHERED) is not None:
            raise MalformedDataError("DG2 portrait is enciphered")
        raise MalformedDataError("DG2 template without biometric data block")
    return block.value


def parse_dg2(data: bytes) -> FaceImage:
    """The first portrait of DG2."""
    record = _biometric_block(data)
    if len(record) < _RECORD_HEADER + _FACE_HEADER + _IMAGE_INFO:
        raise MalformedDataError("face record shorter than its headers")
    if record[:4] != FACE_MAGIC:
        raise MalformedDataError("face record without the FAC signature")
    record_length = int.from_bytes(record[8:12], "big")
    faces = int.from_bytes(record[12:14], "big")
    if record_length > len(record) or faces < 1:
        raise MalformedDataError("face record length or count impossible")
    face = record[_RECORD_HEADER:record_length]
    block_length = int.from_bytes(face[0:4], "big")
    points = int.from_bytes(face[4:6], "big")
    info_at = _FACE_HEADER + points * _FEATURE_POINT
    image_at = info_at + _IMAGE_INFO
    if block_length > len(face) or image_at >= block_length:
        raise MalformedDataError("face block length impossible")
    info = face[info_at:image_at]
    image = bytes(face[image_at:block_length])
    return FaceImage(
        data=image,
        format=_image_format(image),
        width=int.from_bytes(info[2:4], "big"),
        height=int.from_bytes(info[4:6], "big"),
    )


def build_dg2(image: bytes, width: int, height: int) -> bytes:
    """DG2 holding one JPEG/JPEG 2000 portrait (emulator and tests)."""
    data_type = 0 if image.startswith(JPEG_MAGIC) else 1
    info = (
        bytes((1, data_type))  # full frontal image, data type
        + width.to_bytes(2, "big")
        + height.to_bytes(2, "big")
        + bytes((1, 2))  # 24-bit RGB, captured by a digital still camera
        + bytes(4)  # device type, quality
    )
    face_header = bytes(6 + 1 + 1 + 1 + 3 + 2 + 3 + 3)  # zero feature points, unspecified
    block = face_header + info + image
    block = (len(block)).to_bytes(4, "big") + block[4:]
    record_length = _RECORD_HEADER + len(block)
    record = FACE_MAGIC + b"010\x00" + record_length.to_bytes(4, "big") + b"\x00\x01" + block
    header = encode_tlv(0x80, b"\x01\x01") + encode_tlv(0x87, b"\x01\x01")
    bit = encode_tlv(TAG_BIT, encode_tlv(0xA1, header) + encode_tlv(TAG_BDB, record))
    return encode_tlv(TAG_DG2, encode_tlv(TAG_BIT_GROUP, encode_tlv(0x02, b"\x01") + bit))
