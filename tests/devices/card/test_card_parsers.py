"""Parsers of the chip files: EF.COM, DG1, DG2, DG13, DG15 and EF.SOD."""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from devices.card.active_auth import build_dg15, parse_dg15
from devices.card.dg1 import build_dg1, parse_dg1
from devices.card.dg2 import FaceImage, ImageFormat, build_dg2, parse_dg2
from devices.card.dg13 import build_dg13, parse_dg13
from devices.card.emulator_files import CardFiles, CardProfile, synthetic_portrait
from devices.card.emulator_pki import TestPki, build_sod
from devices.card.errors import MalformedDataError
from devices.card.lds import FID_COM, FID_SOD, build_ef_com, fid_of, parse_ef_com
from devices.card.sod import parse_sod
from devices.card.tlv import encode_tlv
from devices.portrait.chip import ChipPortraitError, decode_chip_portrait

H = bytes.fromhex


def test_ef_com_lists_data_groups() -> None:
    com = parse_ef_com(build_ef_com((1, 2, 13, 14, 15)))
    assert com.lds_version == "0107" and com.unicode_version == "040000"
    assert com.data_groups == (1, 2, 13, 14, 15)


def test_ef_com_of_appendix_d() -> None:
    com = parse_ef_com(H("60145F0104303130365F36063034303030305C026175"))
    assert com.lds_version == "0106" and com.data_groups == (1, 2)


@pytest.mark.parametrize(
    "data",
    [
        "6003 5C01FF",  # unknown tag in the list
        "6006 5F0102FF80 5C00",  # non-ASCII version
        "6104 5C026175",  # wrong outer tag
        "6004 5F010130",  # no tag list
    ],
)
def test_ef_com_errors(data: str) -> None:
    with pytest.raises(MalformedDataError):
        parse_ef_com(H(data.replace(" ", "")))


def test_dg1_td1(profile: CardProfile) -> None:
    mrz = parse_dg1(build_dg1(profile.td1()))
    assert mrz.id_number == profile.id_number and mrz.check_failures == ()


def test_dg1_refuses_a_passport_td3_and_non_ascii() -> None:
    with pytest.raises(MalformedDataError):
        parse_dg1(build_dg1("P<UTO" + "<" * 83))
    with pytest.raises(MalformedDataError):
        parse_dg1(encode_tlv(0x61, encode_tlv(0x5F1F, "É".encode() * 45)))


def test_dg2_jpeg_portrait_decodes() -> None:
    jpeg = synthetic_portrait(10_000)
    face = parse_dg2(build_dg2(jpeg, 240, 320))
    assert face.format is ImageFormat.JPEG and face.data == jpeg
    assert (face.width, face.height) == (240, 320)
    assert decode_chip_portrait(face.data).shape == (320, 240, 3)
    assert "240x320" in repr(face)


def test_dg2_jpeg2000_portrait_detected_by_magic() -> None:
    image = np.full((128, 96, 3), 200, dtype=np.uint8)
    ok, encoded = cv2.imencode(".jp2", image)
    assert ok
    jp2 = bytes(np.asarray(encoded).tobytes())
    face = parse_dg2(build_dg2(jp2, 96, 128))
    assert face.format is ImageFormat.JPEG2000
    assert decode_chip_portrait(face.data).shape == (128, 96, 3)


def test_dg2_errors() -> None:
    with pytest.raises(MalformedDataError):
        parse_dg2(build_dg2(b"GIF89a" + bytes(100), 1, 1))
    good = build_dg2(synthetic_portrait(5_000), 240, 320)
    with pytest.raises(MalformedDataError):
        parse_dg2(good.replace(b"FAC\x00", b"FAX\x00"))
    with pytest.raises(ChipPortraitError):
        decode_chip_portrait(FaceImage(b"\xff\xd8\xff" + bytes(20), ImageFormat.JPEG, 1, 1).data)
    enciphered = encode_tlv(
        0x75,
        encode_tlv(
            0x7F61, encode_tlv(0x02, b"\x01") + encode_tlv(0x7F60, encode_tlv(0x7F2E, b"x"))
        ),
    )
    with pytest.raises(MalformedDataError, match="enciphered"):
        parse_dg2(enciphered)


def test_dg13_fields_by_number(profile: CardProfile) -> None:
    raw = build_dg13(profile.dg13_fields())
    data = parse_dg13(raw)
    assert data.raw == raw
    assert data.text(1) == profile.id_number
    assert data.text(2) == "Trần Văn Bình"
    assert data.values(13) == (profile.father, profile.mother)
    assert data.values(14) == (profile.spouse,)
    assert data.text(16) == "" and data.values(16) == ()
    assert data.fields[2].raw.startswith(b"\x30")
    assert "Bình" not in repr(data)


def test_dg13_absent_fields_and_nfc() -> None:
    data = parse_dg13(build_dg13({2: "Nguyê\u0303n  Thi\u0323 Hoa\u0300", 4: "Nữ"}))
    assert data.text(2) == "Nguyễn Thị Hoà"
    assert sorted(data.fields) == [2, 4]
    assert data.text(13) == ""


def test_dg13_unknown_value_types_are_kept_raw() -> None:
    entry = encode_tlv(0x30, encode_tlv(0x02, b"\x10") + encode_tlv(0x02, b"\x05"))
    raw = encode_tlv(0x6D, encode_tlv(0x30, encode_tlv(0x02, b"\x01") + encode_tlv(0x31, entry)))
    data = parse_dg13(raw)
    assert data.values(16) == () and data.fields[16].raw == entry


@pytest.mark.parametrize(
    "raw",
    [
        encode_tlv(0x6D, encode_tlv(0x30, encode_tlv(0x31, encode_tlv(0x04, b"x")))),
        encode_tlv(0x6D, encode_tlv(0x30, encode_tlv(0x31, encode_tlv(0x30, b"")))),
        encode_tlv(
            0x6D,
            encode_tlv(0x30, encode_tlv(0x31, encode_tlv(0x30, encode_tlv(0x04, b"\x01")))),
        ),
        encode_tlv(
            0x6D,
            encode_tlv(
                0x30,
                encode_tlv(
                    0x31,
                    encode_tlv(0x30, encode_tlv(0x02, b"\x02") + encode_tlv(0x0C, b"\xff\xfe")),
                ),
            ),
        ),
    ],
)
def test_dg13_errors(raw: bytes) -> None:
    with pytest.raises(MalformedDataError):
        parse_dg13(raw)


def test_dg15_round_trip(card_files: CardFiles) -> None:
    assert card_files.aa_key is not None
    key = parse_dg15(card_files.files[fid_of(15)])
    assert key.public_numbers() == card_files.aa_key.public_key().public_numbers()  # type: ignore[union-attr]
    assert parse_dg15(build_dg15(card_files.aa_key.public_key())) is not None
    with pytest.raises(MalformedDataError):
        parse_dg15(encode_tlv(0x6F, b"\x30\x00"))


def test_sod_lists_hashes_and_signer(card_files: CardFiles, pki: TestPki) -> None:
    sod = parse_sod(card_files.files[FID_SOD])
    assert sod.hash_algorithm == "sha256" and sorted(sod.dg_hashes) == [1, 2, 13, 14, 15]
    assert sod.signature_algorithm == "rsassa_pkcs1v15"
    assert sod.signed_attrs is not None and sod.signed_attrs[0] == 0x31
    assert sod.signer_certificate is not None
    assert len(sod.certificates) == 1
    assert FID_COM in card_files.files


def test_sod_errors(pki: TestPki) -> None:
    with pytest.raises(MalformedDataError):
        parse_sod(encode_tlv(0x77, b"\x30\x03\x02\x01\x00"))
    with pytest.raises(MalformedDataError):
        parse_sod(encode_tlv(0x60, b""))
    with pytest.raises(MalformedDataError, match="unsupported hash"):
        parse_sod(build_sod({1: b"x"}, pki, hash_name="md5"))
