"""Decoding the chip's portrait (DG2: JPEG or JPEG 2000) for display beside the capture."""

from __future__ import annotations

import struct

import cv2
import numpy as np
import pytest

from devices.portrait.chip import ChipPortraitError, decode_chip_portrait, image_format


def sample_face() -> np.ndarray:
    image = np.full((80, 60, 3), 200, dtype=np.uint8)
    cv2.circle(image, (30, 40), 20, (90, 120, 170), -1)
    return image


def encoded(extension: str) -> bytes:
    ok, data = cv2.imencode(extension, sample_face())
    assert ok
    return data.tobytes()


def codestream(jp2: bytes) -> bytes:
    """The bare JPEG 2000 codestream inside a JP2 file's jp2c box."""
    position = 0
    while position < len(jp2):
        length, kind = struct.unpack(">I4s", jp2[position : position + 8])
        if kind == b"jp2c":
            return jp2[position + 8 : position + length if length else len(jp2)]
        position += length
    raise AssertionError("no jp2c box")


@pytest.mark.parametrize("extension", [".jpg", ".jp2"])
def test_jpeg_and_jpeg2000_decode_to_a_bgr_image(extension: str) -> None:
    image = decode_chip_portrait(encoded(extension))
    assert image.shape == (80, 60, 3) and image.dtype == np.uint8
    assert not image.flags.writeable
    assert abs(int(image[40, 30, 2]) - 170) < 12  # red channel of the face disc


def test_a_bare_codestream_is_recognised() -> None:
    stream = codestream(encoded(".jp2"))
    assert image_format(stream) == "j2k"
    assert decode_chip_portrait(stream).shape == (80, 60, 3)


def test_the_image_is_found_inside_an_iso_19794_5_face_record() -> None:
    jpeg = encoded(".jpg")
    record = b"FAC\0" + b"010\0" + struct.pack(">I", 46 + len(jpeg)) + bytes(34) + jpeg
    assert decode_chip_portrait(record).shape == (80, 60, 3)


@pytest.mark.parametrize(
    "data",
    [b"", b"not an image at all", b"FAC\0010\0" + bytes(40), b"\xff\xd8\xff\xe0" + bytes(20)],
)
def test_unusable_data_raises_a_chip_portrait_error(data: bytes) -> None:
    with pytest.raises(ChipPortraitError) as raised:
        decode_chip_portrait(data)
    assert raised.value.message("vi") and raised.value.message("en")
