"""AES-256-GCM with bound context: every blob is tied to what it belongs to by its AAD."""

from __future__ import annotations

import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from station.errors import StationError

KEY_BYTES = 32
NONCE_BYTES = 12
_VERSION = b"\x01"


class DecryptionError(StationError):
    """A blob could not be opened: wrong key, or the data was altered or damaged."""

    def __init__(self, what: str) -> None:
        super().__init__(
            "Không giải mã được dữ liệu: sai khóa hoặc dữ liệu đã bị thay đổi/hỏng.",
            "The data could not be decrypted: wrong key, or the data was altered or damaged.",
            f"authentication failed for {what}",
        )


def new_key() -> bytes:
    """A fresh random 256-bit key."""
    return AESGCM.generate_key(bit_length=256)


def encrypt(key: bytes, plaintext: bytes, aad: bytes) -> bytes:
    """version || nonce || ciphertext+tag; *aad* must be given again to open it."""
    nonce = os.urandom(NONCE_BYTES)
    return _VERSION + nonce + AESGCM(key).encrypt(nonce, plaintext, _VERSION + aad)


def decrypt(key: bytes, blob: bytes, aad: bytes, what: str = "blob") -> bytes:
    """Open :func:`encrypt` output; raises :class:`DecryptionError` on any mismatch."""
    if len(blob) < 1 + NONCE_BYTES + 16 or blob[:1] != _VERSION:
        raise DecryptionError(what)
    nonce, body = blob[1 : 1 + NONCE_BYTES], blob[1 + NONCE_BYTES :]
    try:
        return AESGCM(key).decrypt(nonce, body, _VERSION + aad)
    except (InvalidTag, ValueError):
        raise DecryptionError(what) from None
