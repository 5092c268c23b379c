"""Test-only PKI for the card emulator: a CSCA, a document signer and EF.SOD signing.

Generated at run time; nothing here is a real key of any issuer.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from asn1crypto import cms  # type: ignore[import-untyped]
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.x509.oid import NameOID

from devices.card.sod import LDS_SECURITY_OBJECT_OID, TAG_SOD, LdsSecurityObject
from devices.card.tlv import encode_tlv

KeyKind = Literal["rsa", "ec"]
SigningKey = rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey


@dataclass(frozen=True, slots=True)
class TestPki:
    """A country signing CA and one document signer it certified."""

    __test__ = False  # not a pytest test class despite the name

    csca_key: SigningKey
    csca_cert: x509.Certificate
    dsc_key: SigningKey
    dsc_cert: x509.Certificate

    def write_trust_store(self, folder: Path, *, pem: bool = True) -> Path:
        """Write the CSCA certificate into *folder* (created) as PEM or DER; return the file."""
        folder.mkdir(parents=True, exist_ok=True)
        if pem:
            path = folder / "test-csca.pem"
            path.write_bytes(self.csca_cert.public_bytes(serialization.Encoding.PEM))
        else:
            path = folder / "test-csca.der"
            path.write_bytes(self.csca_cert.public_bytes(serialization.Encoding.DER))
        return path


def _new_key(kind: KeyKind, bits: int = 2048) -> SigningKey:
    if kind == "ec":
        return ec.generate_private_key(ec.SECP256R1())
    return rsa.generate_private_key(public_exponent=65537, key_size=bits)


def _name(common_name: str) -> x509.Name:
    return x509.Name(
        [
            x509.NameAttribute(NameOID.COUNTRY_NAME, "VN"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Intake Station Test PKI"),
            x509.NameAttribute(NameOID.COMMON_NAME, common_name),
        ]
    )


def _certificate(
    subject: x509.Name,
    issuer: x509.Name,
    public_key: rsa.RSAPublicKey | ec.EllipticCurvePublicKey,
    signer: SigningKey,
    *,
    ca: bool,
    now: dt.datetime,
    days: int,
) -> x509.Certificate:
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer)
        .public_key(public_key)
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=days))
        .add_extension(x509.BasicConstraints(ca=ca, path_length=0 if ca else None), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public_key), critical=False)
    )
    return builder.sign(signer, hashes.SHA256())


def make_test_pki(kind: KeyKind = "rsa", now: dt.datetime | None = None) -> TestPki:
    """A fresh CSCA and DSC (RSA 2048 or EC P-256), valid from yesterday for years."""
    moment = now or dt.datetime.now(dt.UTC)
    csca_key = _new_key(kind)
    csca_name = _name("Test CSCA")
    csca_cert = _certificate(
        csca_name, csca_name, csca_key.public_key(), csca_key, ca=True, now=moment, days=3650
    )
    dsc_key = _new_key(kind)
    dsc_cert = _certificate(
        _name("Test Document Signer"),
        csca_name,
        dsc_key.public_key(),
        csca_key,
        ca=False,
        now=moment,
        days=3650,
    )
    return TestPki(csca_key, csca_cert, dsc_key, dsc_cert)


def _sign(key: SigningKey, data: bytes, pss: bool) -> tuple[bytes, str]:
    if isinstance(key, ec.EllipticCurvePrivateKey):
        return key.sign(data, ec.ECDSA(hashes.SHA256())), "sha256_ecdsa"
    if pss:
        scheme = padding.PSS(padding.MGF1(hashes.SHA256()), 32)
        return key.sign(data, scheme, hashes.SHA256()), "rsassa_pss"
    return key.sign(data, padding.PKCS1v15(), hashes.SHA256()), "sha256_rsa"


def build_sod(
    groups: Mapping[int, bytes],
    pki: TestPki,
    *,
    hash_name: str = "sha256",
    pss: bool = False,
) -> bytes:
    """EF.SOD over the raw data groups *groups*, signed by the DSC of *pki*.

    *hash_name* is the data-group hash; the signature always uses SHA-256, as chips may
    mix the two.
    """
    lds = LdsSecurityObject(
        {
            "version": 0,
            "hash_algorithm": {"algorithm": hash_name},
            "data_group_hash_values": [
                {
                    "data_group_number": number,
                    "data_group_hash_value": hashlib.new(hash_name, raw).digest(),
                }
                for number, raw in sorted(groups.items())
            ],
        }
    )
    econtent = lds.dump()
    attrs = cms.CMSAttributes(
        [
            cms.CMSAttribute({"type": "content_type", "values": [LDS_SECURITY_OBJECT_OID]}),
            cms.CMSAttribute(
                {"type": "message_digest", "values": [hashlib.sha256(econtent).digest()]}
            ),
        ]
    )
    signature, algorithm = _sign(pki.dsc_key, attrs.dump(), pss)
    signature_algorithm: dict[str, object] = {"algorithm": algorithm}
    if algorithm == "rsassa_pss":
        signature_algorithm["parameters"] = {
            "hash_algorithm": {"algorithm": "sha256"},
            "mask_gen_algorithm": {
                "algorithm": "mgf1",
                "parameters": {"algorithm": "sha256"},
            },
            "salt_length": 32,
            "trailer_field": "trailer_field_bc",
        }
    dsc = asn1_x509.Certificate.load(pki.dsc_cert.public_bytes(serialization.Encoding.DER))
    signer = cms.SignerInfo(
        {
            "version": "v1",
            "sid": cms.SignerIdentifier(
                {
                    "issuer_and_serial_number": {
                        "issuer": dsc.issuer,
                        "serial_number": dsc.serial_number,
                    }
                }
            ),
            "digest_algorithm": {"algorithm": "sha256"},
            "signed_attrs": attrs,
            "signature_algorithm": signature_algorithm,
            "signature": signature,
        }
    )
    signed = cms.SignedData(
        {
            "version": "v3",
            "digest_algorithms": [{"algorithm": "sha256"}],
            "encap_content_info": {"content_type": LDS_SECURITY_OBJECT_OID, "content": econtent},
            "certificates": [dsc],
            "signer_infos": [signer],
        }
    )
    info = cms.ContentInfo({"content_type": "signed_data", "content": signed})
    return encode_tlv(TAG_SOD, info.dump())
