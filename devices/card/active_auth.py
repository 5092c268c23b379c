"""Active Authentication (ICAO 9303-11 §6.1): the chip signs our challenge with its DG15 key.

It proves the chip is not a copy. Optional and reported apart from passive authentication.
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass
from enum import StrEnum

from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.asymmetric.utils import encode_dss_signature

from devices.card.errors import MalformedDataError
from devices.card.tlv import encode_tlv, parse_one

TAG_DG15 = 0x6F
CHALLENGE = 8
# ISO/IEC 9796-2 trailers: 0xBC means SHA-1; 0x?? 0xCC names the hash in the first byte.
_TRAILER_HASHES = {0x33: "sha1", 0x34: "sha256", 0x35: "sha512", 0x36: "sha384", 0x38: "sha224"}
_EC_HASHES = (hashes.SHA256(), hashes.SHA384(), hashes.SHA512(), hashes.SHA224(), hashes.SHA1())

PublicKey = rsa.RSAPublicKey | ec.EllipticCurvePublicKey


class ActiveAuthOutcome(StrEnum):
    """Result of Active Authentication, shown apart from passive authentication."""

    VALID = "valid"
    FAILED = "failed"  # the chip's signature does not verify: possible clone
    NOT_SUPPORTED = "not_supported"  # no DG15 on the chip
    NOT_CHECKED = "not_checked"  # switched off, or the chip refused the command


@dataclass(frozen=True, slots=True)
class ActiveAuthResult:
    """The outcome and a reason for the log."""

    outcome: ActiveAuthOutcome
    reason: str = ""


def parse_dg15(data: bytes) -> PublicKey:
    """The Active Authentication public key in DG15 (SubjectPublicKeyInfo)."""
    info = parse_one(data, TAG_DG15).value
    try:
        key = serialization.load_der_public_key(info)
    except (ValueError, UnsupportedAlgorithm) as exc:
        raise MalformedDataError("DG15 does not hold a usable public key") from exc
    if not isinstance(key, rsa.RSAPublicKey | ec.EllipticCurvePublicKey):
        raise MalformedDataError("DG15 key is neither RSA nor EC")
    return key


def build_dg15(key: PublicKey) -> bytes:
    """DG15 for *key* (emulator and tests)."""
    info = key.public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    return encode_tlv(TAG_DG15, info)


def verify_rsa_iso9796(key: rsa.RSAPublicKey, challenge: bytes, signature: bytes) -> bool:
    """ISO/IEC 9796-2 scheme 1 with partial message recovery; M2 is our challenge."""
    numbers = key.public_numbers()
    size = (key.key_size + 7) // 8
    value = int.from_bytes(signature, "big")
    if value >= numbers.n:
        return False
    recovered = pow(value, numbers.e, numbers.n)
    for candidate in (recovered, numbers.n - recovered):
        block = candidate.to_bytes(size, "big")
        if _check_9796_block(block, challenge):
            return True
    return False


def _check_9796_block(block: bytes, challenge: bytes) -> bool:
    if block[-1] == 0xBC:
        name, trailer = "sha1", 1
    elif block[-1] == 0xCC and block[-2] in _TRAILER_HASHES:
        name, trailer = _TRAILER_HASHES[block[-2]], 2
    else:
        return False
    digest_size = hashlib.new(name).digest_size
    if block[0] != 0x6A or len(block) < 1 + digest_size + trailer:
        return False
    m1 = block[1 : len(block) - digest_size - trailer]
    digest = block[len(block) - digest_size - trailer : len(block) - trailer]
    return hmac.compare_digest(hashlib.new(name, m1 + challenge).digest(), digest)


def verify_ecdsa_plain(key: ec.EllipticCurvePublicKey, challenge: bytes, signature: bytes) -> bool:
    """ECDSA in plain r||s form (BSI TR-03111); the hash is the one that verifies."""
    if not signature or len(signature) % 2:
        return False
    half = len(signature) // 2
    der = encode_dss_signature(
        int.from_bytes(signature[:half], "big"), int.from_bytes(signature[half:], "big")
    )
    for algorithm in _EC_HASHES:
        try:
            key.verify(der, challenge, ec.ECDSA(algorithm))
        except InvalidSignature:
            continue
        return True
    return False


def verify_active_auth(key: PublicKey, challenge: bytes, signature: bytes) -> ActiveAuthResult:
    """Check the chip's answer to INTERNAL AUTHENTICATE."""
    if isinstance(key, rsa.RSAPublicKey):
        ok = verify_rsa_iso9796(key, challenge, signature)
    else:
        ok = verify_ecdsa_plain(key, challenge, signature)
    if ok:
        return ActiveAuthResult(ActiveAuthOutcome.VALID, "chip signature verifies")
    return ActiveAuthResult(ActiveAuthOutcome.FAILED, "chip signature does not verify")


def sign_rsa_iso9796(key: rsa.RSAPrivateKey, challenge: bytes, m1: bytes) -> bytes:
    """The chip's side (emulator): 6A || M1 || SHA-1(M1 || challenge) || BC, raised to d."""
    size = (key.key_size + 7) // 8
    capacity = size - 20 - 2
    block = b"\x6a" + m1[:capacity].ljust(capacity, b"\x00")
    block += hashlib.sha1(block[1:] + challenge).digest() + b"\xbc"
    numbers = key.private_numbers()
    value = pow(int.from_bytes(block, "big"), numbers.d, numbers.public_numbers.n)
    return value.to_bytes(size, "big")
