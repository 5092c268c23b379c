"""TLV, APDU encoding, 3DES helpers and the ATR."""

from __future__ import annotations

import pytest

from devices.card import tdes
from devices.card.apdu import CommandApdu, ResponseApdu, parse_command
from devices.card.atr import announces_extended_length, contactless_atr, historical_bytes
from devices.card.errors import (
    CardCommunicationError,
    ImpossibleLengthError,
    MalformedDataError,
    SecureMessagingError,
)
from devices.card.tlv import (
    encode_length,
    encode_tlv,
    header_total_length,
    iter_tlvs,
    parse_one,
    read_tlv,
)

H = bytes.fromhex


@pytest.mark.parametrize(
    ("length", "encoded"),
    [
        (0, "00"),
        (0x7F, "7F"),
        (0x80, "8180"),
        (0xFF, "81FF"),
        (0x100, "820100"),
        (70000, "83011170"),
    ],
)
def test_length_encoding_round_trips(length: int, encoded: str) -> None:
    assert encode_length(length) == H(encoded)
    tlv = read_tlv(encode_tlv(0x5F1F, bytes(length)))
    assert tlv.tag == 0x5F1F and len(tlv.value) == length


def test_nested_tlv_and_children() -> None:
    data = encode_tlv(0x60, encode_tlv(0x5F01, b"0107") + encode_tlv(0x5C, H("616D")))
    outer = parse_one(data, 0x60)
    assert outer.constructed
    assert [c.tag for c in outer.children()] == [0x5F01, 0x5C]
    assert outer.child(0x5C).value == H("616D")
    assert outer.find(0x99) is None
    with pytest.raises(MalformedDataError):
        outer.child(0x99)


@pytest.mark.parametrize(
    ("data", "error"),
    [
        ("", MalformedDataError),
        ("5F", MalformedDataError),  # multi-byte tag cut
        ("5F1F", MalformedDataError),  # no length
        ("6105AABB", MalformedDataError),  # value shorter than announced
        ("6180", MalformedDataError),  # indefinite length
        ("6185FFFFFFFFFF", ImpossibleLengthError),  # five length bytes
        ("5F8F8F0100", MalformedDataError),  # four-byte tag
        ("6182FF", MalformedDataError),  # length bytes cut
    ],
)
def test_malformed_tlv_raises_typed_errors(data: str, error: type[Exception]) -> None:
    with pytest.raises(error):
        read_tlv(H(data))


def test_parse_one_refuses_wrong_tag_and_trailing_bytes() -> None:
    with pytest.raises(MalformedDataError):
        parse_one(H("610100"), 0x60)
    with pytest.raises(MalformedDataError):
        parse_one(H("61010000"))
    assert parse_one(H("61010000"), allow_trailing=True).value == b"\x00"
    with pytest.raises(MalformedDataError):
        list(iter_tlvs(H("610100FF")))


@pytest.mark.parametrize(
    ("head", "total"),
    [
        ("60145F01", 0x16),
        ("7582473A7F61", 4 + 0x473A),
        ("6D81F030", 3 + 0xF0),
        ("61", None),
        ("5F", None),
        ("7582", None),
        ("", None),
    ],
)
def test_header_total_length(head: str, total: int | None) -> None:
    assert header_total_length(H(head)) == total


def test_header_total_length_rejects_impossible_headers() -> None:
    with pytest.raises(ImpossibleLengthError):
        header_total_length(H("758501020304050607"))
    with pytest.raises(MalformedDataError):
        header_total_length(H("7580"))


@pytest.mark.parametrize(
    ("apdu", "encoded", "extended"),
    [
        (CommandApdu(0, 0xA4, 4, 0x0C, H("A0000002471001")), "00A4040C07A0000002471001", False),
        (CommandApdu(0, 0x84, 0, 0, le=8), "0084000008", False),
        (CommandApdu(0, 0xB0, 0, 0, le=256), "00B0000000", False),
        (CommandApdu(0, 0x82, 0, 0, bytes(40), le=40), "0082000028" + "00" * 40 + "28", False),
        (CommandApdu(0, 0xB0, 1, 0, le=1024), "00B00100000400", True),
        (CommandApdu(0, 0xB0, 0, 0, le=65536), "00B00000000000", True),
        (CommandApdu(0, 0xD6, 0, 0, bytes(300)), "00D6000000012C" + "00" * 300, True),
        (
            CommandApdu(0, 0x88, 0, 0, bytes(300), le=512),
            "008800000001 2C".replace(" ", "") + "00" * 300 + "0200",
            True,
        ),
    ],
)
def test_apdu_encoding_round_trips(apdu: CommandApdu, encoded: str, extended: bool) -> None:
    assert apdu.needs_extended() is extended
    assert apdu.to_bytes() == H(encoded)
    assert parse_command(H(encoded)) == apdu


def test_apdu_encoding_limits() -> None:
    with pytest.raises(ValueError):
        CommandApdu(0, 0xB0, 0, 0, le=1024).to_bytes(extended=False)
    with pytest.raises(ValueError):
        CommandApdu(0, 0xD6, 0, 0, bytes(70000)).to_bytes()
    for bad in ("00", "00A4040C05A000", "00A4040C0000", "00A404"):
        with pytest.raises(ValueError):
            parse_command(H(bad))


def test_response_split() -> None:
    assert ResponseApdu.from_bytes(H("01029000")) == ResponseApdu(H("0102"), 0x9000)
    assert ResponseApdu(H("01"), 0x6282).to_bytes() == H("016282")
    with pytest.raises(CardCommunicationError):
        ResponseApdu.from_bytes(H("90"))


def test_padding_and_parity() -> None:
    assert tdes.pad(b"") == H("8000000000000000")
    assert tdes.pad(H("011E")) == H("011E800000000000")
    assert tdes.unpad(H("011E800000000000")) == H("011E")
    for bad in ("0000000000000000", "011E000000000000", "80" + "00" * 9):
        with pytest.raises(SecureMessagingError):
            tdes.unpad(H(bad))
    adjusted = tdes.adjust_parity(bytes(range(256)))
    assert all(bin(b).count("1") % 2 == 1 for b in adjusted)
    with pytest.raises(SecureMessagingError):
        tdes.decrypt(bytes(16), b"\x00" * 7)
    with pytest.raises(ValueError):
        tdes.retail_mac(bytes(8), b"")


def test_atr_extended_length_announcement() -> None:
    extended = contactless_atr(H("8073000040"))
    assert extended == H("3B8580018073000040B7")
    assert historical_bytes(extended) == H("8073000040")
    assert announces_extended_length(extended)
    assert not announces_extended_length(contactless_atr(H("8073000000")))
    assert not announces_extended_length(H("3B8F8001804F0CA000000306030001000000006A"))
    assert not announces_extended_length(b"")
    assert historical_bytes(H("3B")) == b""
