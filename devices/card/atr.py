"""What the answer to reset says about the card: historical bytes and extended length."""

from __future__ import annotations

# Compact-TLV tag of the card capabilities (ISO 7816-4 §12.1.1.9) and its bit for
# "extended Lc and Le fields" in the third software function table.
_CAPABILITIES_TAG = 0x7
_EXTENDED_LENGTH_BIT = 0x40


def historical_bytes(atr: bytes) -> bytes:
    """The historical bytes of *atr* (empty when the ATR is too short to hold them)."""
    if len(atr) < 2:
        return b""
    t0 = atr[1]
    count = t0 & 0x0F
    pos = 2
    indicator = t0 >> 4
    while True:
        pos += bin(indicator & 0x07).count("1")  # TA, TB, TC present
        if indicator & 0x08:  # TD present: it gives the next indicator
            if pos >= len(atr):
                return b""
            indicator = atr[pos] >> 4
            pos += 1
        else:
            break
    return bytes(atr[pos : pos + count]) if pos + count <= len(atr) else b""


def announces_extended_length(atr: bytes) -> bool:
    """True when the card capabilities in the historical bytes allow extended Lc/Le."""
    hist = historical_bytes(atr)
    if not hist or hist[0] != 0x80:
        return False
    pos = 1
    while pos < len(hist):
        tag, length = hist[pos] >> 4, hist[pos] & 0x0F
        value = hist[pos + 1 : pos + 1 + length]
        if tag == _CAPABILITIES_TAG and len(value) >= 3:
            return bool(value[2] & _EXTENDED_LENGTH_BIT)
        pos += 1 + length
    return False


def contactless_atr(historical: bytes) -> bytes:
    """An ATR as PC/SC part 3 builds it for a contactless ISO 14443-4 card."""
    body = bytes((0x80 | len(historical), 0x80, 0x01)) + historical
    check = 0
    for byte in body:
        check ^= byte
    return b"\x3b" + body + bytes((check,))
