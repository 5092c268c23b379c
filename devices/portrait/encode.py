"""The portrait as a colour-tagged sRGB JPEG: OpenCV encodes, we add the ICC profile and DPI.

OpenCV's imencode writes a JFIF file without a colour profile. Camera frames are taken to be
sRGB (what webcams deliver, untagged); the photo is tagged as such by an APP2 ICC_PROFILE
segment so that viewers, printers and the register read the colours as meant. No colour
conversion happens here.
"""

from __future__ import annotations

import struct

import cv2

from devices.camera.frames import Image
from devices.portrait.config import PortraitOutput
from devices.portrait.srgb import srgb_icc_profile

_SOI = b"\xff\xd8"
_APP0 = b"\xff\xe0"
_ICC_SIGNATURE = b"ICC_PROFILE\0"


class EncodeError(RuntimeError):
    """OpenCV failed to write the JPEG (an empty or malformed image)."""


def icc_segment(profile: bytes) -> bytes:
    """An APP2 segment carrying *profile* whole (it must fit one segment: < 64 KB)."""
    payload = _ICC_SIGNATURE + bytes((1, 1)) + profile  # chunk 1 of 1
    if len(payload) + 2 > 0xFFFF:
        raise ValueError("ICC profile too large for one APP2 segment")
    return b"\xff\xe2" + struct.pack(">H", len(payload) + 2) + payload


def encode_jpeg(image: Image, output: PortraitOutput) -> bytes:
    """*image* (BGR) as a JPEG with the sRGB profile and the print density of *output*."""
    params = [cv2.IMWRITE_JPEG_QUALITY, output.jpeg_quality]
    if output.full_chroma:
        params += [cv2.IMWRITE_JPEG_SAMPLING_FACTOR, cv2.IMWRITE_JPEG_SAMPLING_FACTOR_444]
    ok, encoded = cv2.imencode(".jpg", image, params)
    if not ok:
        raise EncodeError("cv2.imencode failed")
    data = bytearray(encoded.tobytes())
    if data[:2] != _SOI or data[2:4] != _APP0 or data[6:11] != b"JFIF\0":
        raise EncodeError("unexpected JPEG layout from OpenCV (no JFIF header)")
    app0_end = 4 + struct.unpack(">H", data[4:6])[0]
    # JFIF density: units 1 = dots per inch, so the file prints at the card's photo width.
    dpi = max(1, min(0xFFFF, round(image.shape[1] * 25.4 / output.print_width_mm)))
    data[13:18] = bytes((1,)) + struct.pack(">HH", dpi, dpi)
    return bytes(data[:app0_end]) + icc_segment(srgb_icc_profile()) + bytes(data[app0_end:])


def embedded_icc_profile(jpeg: bytes) -> bytes | None:
    """The ICC profile in a JPEG's APP2 segments (joined in order), or None."""
    chunks: dict[int, bytes] = {}
    position = 2
    while position + 4 <= len(jpeg) and jpeg[position] == 0xFF:
        marker = jpeg[position + 1]
        if marker in (0xD9, 0xDA):  # end of image, start of scan: no more headers
            break
        length = struct.unpack(">H", jpeg[position + 2 : position + 4])[0]
        segment = jpeg[position + 4 : position + 2 + length]
        if marker == 0xE2 and segment.startswith(_ICC_SIGNATURE):
            chunks[segment[12]] = segment[14:]
        position += 2 + length
    if not chunks:
        return None
    return b"".join(chunks[index] for index in sorted(chunks))
