"""A small sRGB ICC profile (version 2.1, matrix/TRC), built in code, for the portrait JPEG.

No profile file ships with OpenCV or numpy, and copying one in would need its licence; the
profile is fully defined by IEC 61966-2-1, so it is generated: D50-adapted sRGB primaries
(the Bradford-adapted values every sRGB profile carries), D65 media white point as in the
widespread v2 "sRGB IEC61966-2.1" profile, and the sRGB tone curve sampled at 1024 points.
"""

from __future__ import annotations

import struct
from functools import cache

_DESCRIPTION = "sRGB IEC61966-2.1 (intake station)"
_COPYRIGHT = "No copyright, use freely"

# XYZ of the red, green and blue primaries adapted to the D50 profile connection space.
_RED = (0.4360747, 0.2225045, 0.0139322)
_GREEN = (0.3850649, 0.7168786, 0.0971045)
_BLUE = (0.1430804, 0.0606169, 0.7141733)
_D65 = (0.9504559, 1.0, 1.0890578)
_D50 = (0.9642, 1.0, 0.8249)
_CURVE_POINTS = 1024


def _s15f16(value: float) -> bytes:
    return struct.pack(">i", round(value * 65536))


def _xyz(values: tuple[float, float, float]) -> bytes:
    return b"XYZ " + bytes(4) + b"".join(_s15f16(v) for v in values)


def _srgb_to_linear(encoded: float) -> float:
    if encoded <= 0.04045:
        return encoded / 12.92
    return float(((encoded + 0.055) / 1.055) ** 2.4)


def _curve() -> bytes:
    points = [round(_srgb_to_linear(i / (_CURVE_POINTS - 1)) * 65535) for i in range(_CURVE_POINTS)]
    return b"curv" + bytes(4) + struct.pack(f">I{_CURVE_POINTS}H", _CURVE_POINTS, *points)


def _text_description(text: str) -> bytes:
    ascii_text = text.encode("ascii") + b"\0"
    # textDescriptionType: ASCII part, then empty Unicode and ScriptCode parts (67 bytes).
    return (
        b"desc"
        + bytes(4)
        + struct.pack(">I", len(ascii_text))
        + ascii_text
        + struct.pack(">II", 0, 0)
        + struct.pack(">HB", 0, 0)
        + bytes(67)
    )


def _text(text: str) -> bytes:
    return b"text" + bytes(4) + text.encode("ascii") + b"\0"


def _padded(data: bytes) -> bytes:
    return data + bytes(-len(data) % 4)


@cache
def srgb_icc_profile() -> bytes:
    """The profile's bytes (about 2.5 KB), identical on every call and every machine."""
    curve = _curve()
    # Tags in file order; the three TRC tags share one curve.
    elements: list[tuple[bytes, bytes]] = [
        (b"desc", _text_description(_DESCRIPTION)),
        (b"cprt", _text(_COPYRIGHT)),
        (b"wtpt", _xyz(_D65)),
        (b"rXYZ", _xyz(_RED)),
        (b"gXYZ", _xyz(_GREEN)),
        (b"bXYZ", _xyz(_BLUE)),
        (b"rTRC", curve),
    ]
    shared = {b"gTRC": b"rTRC", b"bTRC": b"rTRC"}
    count = len(elements) + len(shared)
    offset = 128 + 4 + 12 * count
    table: list[bytes] = []
    body = b""
    placed: dict[bytes, tuple[int, int]] = {}
    for signature, data in elements:
        placed[signature] = (offset + len(body), len(data))
        table.append(signature + struct.pack(">II", *placed[signature]))
        body += _padded(data)
    for signature, same_as in shared.items():
        table.append(signature + struct.pack(">II", *placed[same_as]))
    tags = struct.pack(">I", count) + b"".join(table)
    size = 128 + len(tags) + len(body)
    header = (
        struct.pack(">I", size)
        + bytes(4)  # preferred CMM: none
        + bytes((2, 0x10, 0, 0))  # version 2.1.0
        + b"mntr"  # device class: display
        + b"RGB "
        + b"XYZ "
        + struct.pack(">6H", 2024, 1, 1, 0, 0, 0)  # fixed date: byte-identical output
        + b"acsp"
        + bytes(4)  # primary platform: none
        + bytes(4)  # flags
        + bytes(4)  # device manufacturer
        + bytes(4)  # device model
        + bytes(8)  # device attributes
        + struct.pack(">I", 0)  # rendering intent: perceptual
        + b"".join(_s15f16(v) for v in _D50)
        + bytes(4)  # creator
        + bytes(16)  # profile ID (v4 only)
        + bytes(28)  # reserved
    )
    assert len(header) == 128
    return header + tags + body
