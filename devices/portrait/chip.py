"""The chip's portrait (DG2) as an image the GUI can show beside the live capture."""

from __future__ import annotations

import cv2
import numpy as np

from devices.camera.frames import Image, as_image
from station.errors import StationError

_JPEG = b"\xff\xd8\xff"
_JP2_BOX = b"\x00\x00\x00\x0cjP  \r\n\x87\n"  # JPEG 2000 file (JP2) signature box
_J2K_CODESTREAM = b"\xff\x4f\xff\x51"  # bare JPEG 2000 codestream (SOC + SIZ)


class ChipPortraitError(StationError):
    """The chip's portrait cannot be shown."""

    def __init__(self, detail: str) -> None:
        super().__init__(
            "Không hiển thị được ảnh trong chip.",
            "The photo stored in the chip cannot be shown.",
            detail,
        )


def image_format(data: bytes) -> str | None:
    """ "jpeg", "jp2" or "j2k" from the magic bytes at the start of *data*, else None."""
    if data.startswith(_JPEG):
        return "jpeg"
    if data.startswith(_JP2_BOX):
        return "jp2"
    if data.startswith(_J2K_CODESTREAM):
        return "j2k"
    return None


def _image_start(data: bytes) -> int:
    """Where the image begins: 0 for bare image bytes; inside an ISO 19794-5 face record
    ("FAC\\0" header, feature points…) at the first image signature."""
    if image_format(data) is not None:
        return 0
    starts = [data.find(magic) for magic in (_JPEG, _JP2_BOX, _J2K_CODESTREAM)]
    found = [start for start in starts if start >= 0]
    if not data.startswith(b"FAC\0") or not found:
        raise ChipPortraitError("no JPEG or JPEG 2000 signature in the chip portrait")
    return min(found)


def decode_chip_portrait(data: bytes) -> Image:
    """Decode the DG2 face image (JPEG or JPEG 2000, bare or in its face record) to BGR."""
    if not data:
        raise ChipPortraitError("empty chip portrait")
    start = _image_start(data)
    kind = image_format(data[start:])
    buffer = np.frombuffer(data, dtype=np.uint8, offset=start)
    decoded = cv2.imdecode(buffer, cv2.IMREAD_COLOR)
    if decoded is None or decoded.size == 0:
        raise ChipPortraitError(f"OpenCV could not decode the {kind} chip portrait")
    image = as_image(decoded)
    image.flags.writeable = False
    return image
