"""Public-key envelopes: encrypt for a recipient's X25519 key, sign with Ed25519.

An envelope is ``version || ephemeral public key || AES-GCM blob``; the AES key comes
from HKDF-SHA256 over the X25519 shared secret, salted with both public keys, so only
the holder of the recipient's private key can open it.
"""

from __future__ import annotations

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.hashes import SHA256
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from station.errors import StationError
from station.protect import aead

_VERSION = b"\x01"
_INFO = b"intake-station/envelope/v1"
_PUBLIC_BYTES = 32


class SignatureError(StationError):
    """A signature does not match: the data was altered or signed by another key."""

    def __init__(self, what: str) -> None:
        super().__init__(
            "Chữ ký số không hợp lệ: dữ liệu đã bị thay đổi hoặc không do trạm này ký.",
            "The digital signature is invalid: the data was altered or not signed by this station.",
            f"signature check failed for {what}",
        )


def _raw(public: X25519PublicKey) -> bytes:
    return public.public_bytes(Encoding.Raw, PublicFormat.Raw)


def _key(shared: bytes, ephemeral: bytes, recipient: bytes) -> bytes:
    return HKDF(SHA256(), 32, salt=ephemeral + recipient, info=_INFO).derive(shared)


def encrypt_for(recipient: X25519PublicKey, plaintext: bytes, aad: bytes) -> bytes:
    """Encrypt *plaintext* so that only *recipient*'s private key opens it."""
    ephemeral = X25519PrivateKey.generate()
    ephemeral_raw = _raw(ephemeral.public_key())
    key = _key(ephemeral.exchange(recipient), ephemeral_raw, _raw(recipient))
    return _VERSION + ephemeral_raw + aead.encrypt(key, plaintext, aad)


def decrypt_with(private: X25519PrivateKey, envelope: bytes, aad: bytes) -> bytes:
    """Open an envelope made by :func:`encrypt_for`; raises DecryptionError if it fails."""
    if len(envelope) < 1 + _PUBLIC_BYTES or envelope[:1] != _VERSION:
        raise aead.DecryptionError("envelope")
    ephemeral_raw = envelope[1 : 1 + _PUBLIC_BYTES]
    try:
        shared = private.exchange(X25519PublicKey.from_public_bytes(ephemeral_raw))
    except ValueError:
        raise aead.DecryptionError("envelope") from None
    key = _key(shared, ephemeral_raw, _raw(private.public_key()))
    return aead.decrypt(key, envelope[1 + _PUBLIC_BYTES :], aad, "envelope")


def sign(key: Ed25519PrivateKey, context: bytes, message: bytes) -> bytes:
    """Sign *message* under a *context* label, so a signature cannot be replayed elsewhere."""
    return key.sign(context + b"\x00" + message)


def verify(key: Ed25519PublicKey, signature: bytes, context: bytes, message: bytes) -> None:
    """Check a :func:`sign` signature; raises :class:`SignatureError` if it does not match."""
    try:
        key.verify(signature, context + b"\x00" + message)
    except InvalidSignature:
        raise SignatureError(context.decode("ascii", "replace")) from None
