"""Passive authentication: data group hashes, the SOD signature and the DSC's CSCA.

Four distinct outcomes (ICAO 9303-11 §5.1), most serious first:
data altered > signature invalid > not verifiable (no trust anchor) > valid.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from cryptography import x509
from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa

from devices.card.sod import SodContent
from devices.card.trust_store import CscaTrustStore

_HASHES: dict[str, type[hashes.HashAlgorithm]] = {
    "sha1": hashes.SHA1,
    "sha224": hashes.SHA224,
    "sha256": hashes.SHA256,
    "sha384": hashes.SHA384,
    "sha512": hashes.SHA512,
}


class PassiveAuthOutcome(StrEnum):
    """What the officer is told about the genuineness of the chip data."""

    VALID = "valid"
    DATA_ALTERED = "data_altered"
    SIGNATURE_INVALID = "signature_invalid"
    NOT_VERIFIABLE = "not_verifiable"


_MESSAGES: dict[PassiveAuthOutcome, tuple[str, str]] = {
    PassiveAuthOutcome.VALID: (
        "Dữ liệu chip hợp lệ: chữ ký số của cơ quan cấp thẻ được xác thực.",
        "Chip data is genuine: the issuer's digital signature verifies.",
    ),
    PassiveAuthOutcome.DATA_ALTERED: (
        "CẢNH BÁO: dữ liệu trên chip đã bị thay đổi so với dữ liệu được ký. Không dùng dữ "
        "liệu này; báo cáo lãnh đạo.",
        "WARNING: the chip data differs from what was signed. Do not use it; report it.",
    ),
    PassiveAuthOutcome.SIGNATURE_INVALID: (
        "CẢNH BÁO: chữ ký số trên chip không hợp lệ. Thẻ có thể là giả; báo cáo lãnh đạo.",
        "WARNING: the chip's digital signature is invalid. The card may be forged; report it.",
    ),
    PassiveAuthOutcome.NOT_VERIFIABLE: (
        "Chưa xác thực được nguồn gốc dữ liệu chip (máy trạm chưa có chứng thư gốc CSCA). "
        "Dữ liệu khớp với chữ ký trên chip nhưng cần đối chiếu thẻ bằng mắt.",
        "The chip data could not be traced to the issuer (no CSCA certificate on this "
        "station). The data matches the chip's signature; check the card visually.",
    ),
}


@dataclass(frozen=True, slots=True)
class PassiveAuthResult:
    """The outcome with the reasons behind it (no personal data)."""

    outcome: PassiveAuthOutcome
    altered_groups: tuple[int, ...] = ()  # hash mismatch or not covered by the SOD
    sod_signature_valid: bool = False
    chain: str = ""  # trusted, no_trust_store, no_anchor, no_dsc, csca_signature_invalid
    dsc_expired: bool = False
    reason: str = ""

    @property
    def message_vi(self) -> str:
        """What the officer reads (Vietnamese)."""
        return _MESSAGES[self.outcome][0]

    @property
    def message_en(self) -> str:
        """What the officer reads (English)."""
        return _MESSAGES[self.outcome][1]


def _digest(name: str, data: bytes) -> bytes:
    return hashlib.new(name, data).digest()


def _find_dsc(sod: SodContent) -> x509.Certificate | None:
    if sod.signer_certificate is None:
        return None
    try:
        return x509.load_der_x509_certificate(sod.signer_certificate)
    except ValueError:
        return None


def verify_signature(sod: SodContent, dsc: x509.Certificate) -> bool:
    """True when the SOD signature verifies with the DSC's public key."""
    if sod.signed_attrs is not None:
        if sod.message_digest is None or not hmac.compare_digest(
            sod.message_digest, _digest(sod.digest_algorithm, sod.econtent)
        ):
            return False
        signed = sod.signed_attrs
    else:
        signed = sod.econtent
    key = dsc.public_key()
    digest = _HASHES[sod.digest_algorithm]()
    try:
        if isinstance(key, rsa.RSAPublicKey):
            if sod.signature_algorithm == "rsassa_pss":
                pss_hash = _HASHES[sod.pss_hash or sod.digest_algorithm]()
                scheme: padding.AsymmetricPadding = padding.PSS(
                    padding.MGF1(pss_hash), sod.pss_salt_length or pss_hash.digest_size
                )
                key.verify(sod.signature, signed, scheme, pss_hash)
            else:
                key.verify(sod.signature, signed, padding.PKCS1v15(), digest)
        elif isinstance(key, ec.EllipticCurvePublicKey):
            key.verify(sod.signature, signed, ec.ECDSA(digest))
        else:
            return False
    except (InvalidSignature, UnsupportedAlgorithm, ValueError):
        return False
    return True


def _chain(dsc: x509.Certificate, trust: CscaTrustStore | None) -> str:
    if trust is None or len(trust) == 0:
        return "no_trust_store"
    candidates = trust.issuers_of(dsc)
    if not candidates:
        return "no_anchor"
    for csca in candidates:
        try:
            dsc.verify_directly_issued_by(csca)
        except (InvalidSignature, ValueError, TypeError, UnsupportedAlgorithm):
            continue
        return "trusted"
    return "csca_signature_invalid"


def passive_authentication(
    groups: Mapping[int, bytes],
    sod: SodContent,
    trust: CscaTrustStore | None,
    now: dt.datetime | None = None,
) -> PassiveAuthResult:
    """Check the data groups read (number -> raw file) against EF.SOD and the trust store."""
    altered = tuple(
        sorted(
            number
            for number, raw in groups.items()
            if number not in sod.dg_hashes
            or not hmac.compare_digest(sod.dg_hashes[number], _digest(sod.hash_algorithm, raw))
        )
    )
    dsc = _find_dsc(sod)
    signature_ok = dsc is not None and verify_signature(sod, dsc)
    chain = "no_dsc" if dsc is None else _chain(dsc, trust)
    moment = now or dt.datetime.now(dt.UTC)
    expired = dsc is not None and dsc.not_valid_after_utc < moment
    if altered:
        outcome = PassiveAuthOutcome.DATA_ALTERED
        reason = "hash mismatch for data groups " + ",".join(map(str, altered))
    elif dsc is not None and not signature_ok:
        outcome, reason = PassiveAuthOutcome.SIGNATURE_INVALID, "SOD signature does not verify"
    elif chain == "csca_signature_invalid":
        outcome, reason = PassiveAuthOutcome.SIGNATURE_INVALID, "DSC not signed by its CSCA"
    elif chain != "trusted":
        outcome, reason = PassiveAuthOutcome.NOT_VERIFIABLE, chain
    else:
        outcome, reason = PassiveAuthOutcome.VALID, "hashes, SOD signature and CSCA verify"
    return PassiveAuthResult(outcome, altered, signature_ok, chain, expired, reason)
