"""EF.SOD: the CMS SignedData over the LDS security object (data group hashes).

asn1crypto has no type information and parses lazily, so every access to it stays in
this module, inside one guard that turns whatever it raises into MalformedDataError.
"""

from __future__ import annotations

from dataclasses import dataclass
from types import MappingProxyType
from typing import Any, ClassVar

from asn1crypto import algos, cms, core  # type: ignore[import-untyped]

from devices.card.errors import MalformedDataError
from devices.card.tlv import parse_one

TAG_SOD = 0x77
LDS_SECURITY_OBJECT_OID = "2.23.136.1.1.1"
HASHES = frozenset({"sha1", "sha224", "sha256", "sha384", "sha512"})
# Everything asn1crypto may raise on hostile input while decoding lazily.
_ASN1_ERRORS = (ValueError, TypeError, KeyError, IndexError, OverflowError, AttributeError)


class DataGroupHash(core.Sequence):  # type: ignore[misc]
    """DataGroupHash ::= SEQUENCE { dataGroupNumber, dataGroupHashValue }."""

    _fields: ClassVar[list[tuple[Any, ...]]] = [
        ("data_group_number", core.Integer),
        ("data_group_hash_value", core.OctetString),
    ]


class DataGroupHashValues(core.SequenceOf):  # type: ignore[misc]
    """SEQUENCE OF DataGroupHash."""

    _child_spec: ClassVar[Any] = DataGroupHash


class LdsVersionInfo(core.Sequence):  # type: ignore[misc]
    """LDS and Unicode versions (LDS 1.8 security objects)."""

    _fields: ClassVar[list[tuple[Any, ...]]] = [
        ("lds_version", core.PrintableString),
        ("unicode_version", core.PrintableString),
    ]


class LdsSecurityObject(core.Sequence):  # type: ignore[misc]
    """LDSSecurityObject (ICAO 9303-10 §4.6.2)."""

    _fields: ClassVar[list[tuple[Any, ...]]] = [
        ("version", core.Integer),
        ("hash_algorithm", algos.DigestAlgorithm),
        ("data_group_hash_values", DataGroupHashValues),
        ("lds_version_info", LdsVersionInfo, {"optional": True}),
    ]


@dataclass(frozen=True, slots=True)
class SodContent:
    """What passive authentication needs from EF.SOD, as plain bytes and names."""

    hash_algorithm: str  # hashlib name for the data group hashes
    dg_hashes: MappingProxyType[int, bytes]
    econtent: bytes  # the encoded LDSSecurityObject, as signed
    digest_algorithm: str  # the signer's digest, hashlib name
    signed_attrs: bytes | None  # DER of the SET OF attributes the signature covers
    message_digest: bytes | None
    signature_algorithm: str  # "rsassa_pkcs1v15", "rsassa_pss" or "ecdsa"
    pss_hash: str | None
    pss_salt_length: int | None
    signature: bytes
    certificates: tuple[bytes, ...]  # DER, normally just the document signer
    signer_certificate: bytes | None  # DER of the one the signer info names, if present


def parse_sod(data: bytes) -> SodContent:
    """Decode EF.SOD (tag 77 around a CMS ContentInfo)."""
    content = parse_one(data, TAG_SOD).value
    try:
        return _decode(content)
    except MalformedDataError:
        raise
    except _ASN1_ERRORS as exc:
        raise MalformedDataError(f"EF.SOD does not decode: {type(exc).__name__}") from exc


def _hash_name(value: Any) -> str:
    name = value["algorithm"].native
    if name not in HASHES:
        raise MalformedDataError(f"EF.SOD uses unsupported hash {name}")
    return str(name)


def _decode(content: bytes) -> SodContent:
    info = cms.ContentInfo.load(content, strict=True)
    if info["content_type"].native != "signed_data":
        raise MalformedDataError("EF.SOD is not CMS SignedData")
    signed = info["content"]
    encap = signed["encap_content_info"]
    if encap["content_type"].dotted != LDS_SECURITY_OBJECT_OID:
        raise MalformedDataError("EF.SOD does not hold an LDS security object")
    econtent = encap["content"].contents
    if not isinstance(econtent, bytes):
        raise MalformedDataError("EF.SOD without encapsulated content")
    lds = LdsSecurityObject.load(econtent, strict=True)
    hash_algorithm = _hash_name(lds["hash_algorithm"])
    hashes: dict[int, bytes] = {}
    for entry in lds["data_group_hash_values"]:
        number = int(entry["data_group_number"].native)
        if not 1 <= number <= 16 or number in hashes:
            raise MalformedDataError("EF.SOD lists an impossible or repeated data group")
        hashes[number] = bytes(entry["data_group_hash_value"].native)
    signer_infos = signed["signer_infos"]
    if len(signer_infos) != 1:
        raise MalformedDataError(f"EF.SOD has {len(signer_infos)} signer infos, 1 expected")
    signer = signer_infos[0]
    attrs_der, digest = _signed_attributes(signer)
    algorithm = signer["signature_algorithm"]
    signature_algo = str(algorithm.signature_algo)
    pss_hash: str | None = None
    pss_salt: int | None = None
    if signature_algo == "rsassa_pss":
        params = algorithm["parameters"]
        pss_hash = _hash_name(params["hash_algorithm"])
        pss_salt = int(params["salt_length"].native)
    elif signature_algo not in ("rsassa_pkcs1v15", "ecdsa"):
        raise MalformedDataError(f"EF.SOD signed with unsupported {signature_algo}")
    certs = [c.chosen for c in (signed["certificates"] or []) if c.name == "certificate"]
    return SodContent(
        hash_algorithm=hash_algorithm,
        dg_hashes=MappingProxyType(hashes),
        econtent=bytes(econtent),
        digest_algorithm=_hash_name(signer["digest_algorithm"]),
        signed_attrs=attrs_der,
        message_digest=digest,
        signature_algorithm=signature_algo,
        pss_hash=pss_hash,
        pss_salt_length=pss_salt,
        signature=bytes(signer["signature"].native),
        certificates=tuple(bytes(c.dump()) for c in certs),
        signer_certificate=_signer_certificate(signer["sid"], certs),
    )


def _signed_attributes(signer: Any) -> tuple[bytes | None, bytes | None]:
    attrs = signer["signed_attrs"]
    if not attrs:
        return None, None
    digest: bytes | None = None
    for attr in attrs:
        if attr["type"].native == "message_digest":
            digest = bytes(attr["values"][0].native)
    # The signature covers the attributes encoded as a SET (tag 31), not as the [0]
    # IMPLICIT field they sit in; dump() returns the bytes as received.
    der = attrs.dump()
    return b"\x31" + der[1:], digest


def _signer_certificate(sid: Any, certs: list[Any]) -> bytes | None:
    """The certificate the signer info points at, by issuer and serial or key identifier."""
    for cert in certs:
        if sid.name == "issuer_and_serial_number":
            wanted = sid.chosen
            if (
                cert.serial_number == wanted["serial_number"].native
                and cert.issuer.dump() == wanted["issuer"].dump()
            ):
                return bytes(cert.dump())
        elif cert.key_identifier == sid.chosen.native:
            return bytes(cert.dump())
    return None
