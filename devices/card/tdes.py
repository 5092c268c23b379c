"""The 3DES primitives of BAC secure messaging: CBC, ISO 9797-1 padding and retail MAC, KDF."""

from __future__ import annotations

import hashlib

from cryptography.hazmat.primitives.ciphers import Cipher, modes

try:
    from cryptography.hazmat.decrepit.ciphers.algorithms import TripleDES
except ImportError:  # pragma: no cover - cryptography < 43 keeps it among the primitives
    from cryptography.hazmat.primitives.ciphers.algorithms import TripleDES

from devices.card.errors import SecureMessagingError

BLOCK = 8
ZERO_IV = bytes(BLOCK)
KEY_ENC = 1  # KDF counter for the encryption key (ICAO 9303-11 §9.7.1)
KEY_MAC = 2  # KDF counter for the MAC key


def pad(data: bytes) -> bytes:
    """ISO/IEC 9797-1 padding method 2: 0x80 then zeros up to the block size."""
    padding = BLOCK - (len(data) % BLOCK)
    return data + b"\x80" + bytes(padding - 1)


def unpad(data: bytes) -> bytes:
    """Remove method-2 padding; SecureMessagingError when it is absent or wrong."""
    end = len(data) - 1
    while end >= 0 and data[end] == 0:
        end -= 1
    if end < 0 or data[end] != 0x80 or len(data) - end > BLOCK:
        raise SecureMessagingError("bad padding in decrypted data")
    return data[:end]


def encrypt(key: bytes, data: bytes, iv: bytes = ZERO_IV) -> bytes:
    """3DES-CBC encryption of block-aligned *data* (two-key 3DES when *key* has 16 bytes)."""
    encryptor = Cipher(TripleDES(key), modes.CBC(iv)).encryptor()
    return encryptor.update(data) + encryptor.finalize()


def decrypt(key: bytes, data: bytes, iv: bytes = ZERO_IV) -> bytes:
    """3DES-CBC decryption of block-aligned *data*."""
    if len(data) % BLOCK:
        raise SecureMessagingError(f"ciphertext of {len(data)} bytes is not block aligned")
    decryptor = Cipher(TripleDES(key), modes.CBC(iv)).decryptor()
    return decryptor.update(data) + decryptor.finalize()


def retail_mac(key: bytes, message: bytes) -> bytes:
    """ISO/IEC 9797-1 MAC algorithm 3 (retail MAC) with DES, over *message* padded (method 2).

    Single-DES CBC with Ka over all blocks but the last, then the last block through
    DES(Ka) o DES^-1(Kb) o DES(Ka), which is two-key 3DES of that chained block.
    """
    if len(key) != 2 * BLOCK:
        raise ValueError("retail MAC needs a 16-byte key")
    padded = pad(message)
    ka = key[:BLOCK]
    head, last = padded[:-BLOCK], padded[-BLOCK:]
    chain = encrypt(ka, head)[-BLOCK:] if head else ZERO_IV
    mixed = bytes(a ^ b for a, b in zip(chain, last, strict=True))
    return encrypt(key, mixed)


def adjust_parity(key: bytes) -> bytes:
    """Set the DES odd-parity bit of every key byte (ICAO derives keys without it)."""
    out = bytearray()
    for byte in key:
        high = byte & 0xFE
        out.append(high | (bin(high).count("1") + 1) % 2)
    return bytes(out)


def derive_key(seed: bytes, counter: int) -> bytes:
    """A two-key 3DES key from a 16-byte key seed (ICAO 9303-11 §9.7.1, SHA-1 KDF)."""
    # SHA-1 is what the standard prescribes for the BAC key derivation.
    digest = hashlib.sha1(seed + counter.to_bytes(4, "big")).digest()
    return adjust_parity(digest[:16])
