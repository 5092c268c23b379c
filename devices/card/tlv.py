"""BER-TLV as the chip uses it (ISO 7816-4 / ICAO 9303): strict decoding and encoding.

Every malformed input raises MalformedDataError (or ImpossibleLengthError): the parsers
above rely on that so that arbitrary bytes never escape as IndexError or ValueError.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from devices.card.errors import ImpossibleLengthError, MalformedDataError

# ICAO files never use tags longer than three bytes nor lengths beyond four length bytes.
MAX_TAG_BYTES = 3
MAX_LENGTH_BYTES = 4


@dataclass(frozen=True, slots=True)
class Tlv:
    """One decoded TLV: its tag, value and where it sat in the buffer."""

    tag: int
    value: bytes
    start: int  # offset of the tag byte
    end: int  # offset just past the value

    @property
    def constructed(self) -> bool:
        """True when the value is itself a sequence of TLVs (bit 6 of the first tag byte)."""
        first = self.tag
        while first > 0xFF:
            first >>= 8
        return bool(first & 0x20)

    def children(self) -> list[Tlv]:
        """The TLVs inside a constructed value."""
        return list(iter_tlvs(self.value))

    def child(self, tag: int) -> Tlv:
        """The first child with *tag*; MalformedDataError when it is missing."""
        for item in iter_tlvs(self.value):
            if item.tag == tag:
                return item
        raise MalformedDataError(f"tag {tag:X} missing inside tag {self.tag:X}")

    def find(self, tag: int) -> Tlv | None:
        """The first child with *tag*, or None."""
        for item in iter_tlvs(self.value):
            if item.tag == tag:
                return item
        return None


def read_tag(data: bytes, offset: int) -> tuple[int, int]:
    """The tag at *offset* and the offset after it."""
    if offset >= len(data):
        raise MalformedDataError(f"tag expected at offset {offset}, data ends")
    first = data[offset]
    tag = first
    offset += 1
    if first & 0x1F == 0x1F:
        count = 1
        while True:
            if offset >= len(data):
                raise MalformedDataError("multi-byte tag truncated")
            byte = data[offset]
            tag = (tag << 8) | byte
            offset += 1
            count += 1
            if count > MAX_TAG_BYTES:
                raise MalformedDataError("tag longer than three bytes")
            if not byte & 0x80:
                break
    return tag, offset


def read_length(data: bytes, offset: int) -> tuple[int, int]:
    """The definite length at *offset* and the offset after it."""
    if offset >= len(data):
        raise MalformedDataError(f"length expected at offset {offset}, data ends")
    first = data[offset]
    offset += 1
    if first < 0x80:
        return first, offset
    count = first & 0x7F
    if count == 0:
        # Indefinite length: not allowed in DER and never used by the LDS.
        raise MalformedDataError("indefinite length")
    if count > MAX_LENGTH_BYTES:
        raise ImpossibleLengthError(f"length field of {count} bytes")
    if offset + count > len(data):
        raise MalformedDataError("length field truncated")
    length = int.from_bytes(data[offset : offset + count], "big")
    return length, offset + count


def read_tlv(data: bytes, offset: int = 0) -> Tlv:
    """The TLV starting at *offset*; its value must lie entirely inside *data*."""
    tag, pos = read_tag(data, offset)
    length, pos = read_length(data, pos)
    end = pos + length
    if end > len(data):
        raise MalformedDataError(
            f"tag {tag:X} announces {length} bytes, only {len(data) - pos} present"
        )
    return Tlv(tag, bytes(data[pos:end]), offset, end)


def parse_one(data: bytes, tag: int | None = None, *, allow_trailing: bool = False) -> Tlv:
    """Exactly one TLV filling *data* (optionally followed by padding), with *tag* if given."""
    item = read_tlv(data, 0)
    if tag is not None and item.tag != tag:
        raise MalformedDataError(f"expected tag {tag:X}, found {item.tag:X}")
    if item.end != len(data) and not allow_trailing:
        raise MalformedDataError(f"{len(data) - item.end} bytes after tag {item.tag:X}")
    return item


def iter_tlvs(data: bytes) -> Iterator[Tlv]:
    """The TLVs concatenated in *data*, which they must fill exactly."""
    offset = 0
    while offset < len(data):
        item = read_tlv(data, offset)
        yield item
        offset = item.end


def header_total_length(head: bytes) -> int | None:
    """Total size (header + value) of the TLV whose first bytes are *head*.

    None when *head* is too short to hold the whole header; the file reader then asks for
    more bytes.
    """
    if not head:
        return None
    pos = 1
    if head[0] & 0x1F == 0x1F:
        while True:
            if pos >= len(head):
                return None
            byte = head[pos]
            pos += 1
            if pos > MAX_TAG_BYTES:
                raise MalformedDataError("tag longer than three bytes")
            if not byte & 0x80:
                break
    if pos >= len(head):
        return None
    first = head[pos]
    if first < 0x80:
        return pos + 1 + first
    count = first & 0x7F
    if count == 0:
        raise MalformedDataError("indefinite length")
    if count > MAX_LENGTH_BYTES:
        raise ImpossibleLengthError(f"length field of {count} bytes")
    if pos + 1 + count > len(head):
        return None
    return pos + 1 + count + int.from_bytes(head[pos + 1 : pos + 1 + count], "big")


def encode_length(length: int) -> bytes:
    """The DER length octets for *length*."""
    if length < 0:
        raise ValueError("negative length")
    if length < 0x80:
        return bytes([length])
    body = length.to_bytes((length.bit_length() + 7) // 8, "big")
    return bytes([0x80 | len(body)]) + body


def encode_tag(tag: int) -> bytes:
    """The tag octets for *tag* (as written in hex, e.g. 0x5F1F)."""
    return tag.to_bytes(max(1, (tag.bit_length() + 7) // 8), "big")


def encode_tlv(tag: int, value: bytes) -> bytes:
    """A complete TLV."""
    return encode_tag(tag) + encode_length(len(value)) + value
