"""The register's keys: X25519 to open envelopes, Ed25519 to sign, and its own TLS CA.

Everything lives in ``<data dir>/keys`` with owner-only permissions. This is a reference
register for tests, demo mode and pilots: a production register keeps its private keys
in an HSM.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import ipaddress
import json
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from station.sync.tls import ca_fingerprint

DEFAULT_HOSTNAMES = ("127.0.0.1", "localhost")
_RAW = serialization.Encoding.Raw
_PEM = serialization.Encoding.PEM


@dataclass(frozen=True)
class RegisterKeys:
    """The unlocked keys and the paths uvicorn needs for TLS."""

    exchange_key: X25519PrivateKey
    signing_key: Ed25519PrivateKey
    ca_pem: str
    server_cert: Path
    server_key: Path

    def exchange_public(self) -> bytes:
        """Raw X25519 public key: stations encrypt for it."""
        return self.exchange_key.public_key().public_bytes(_RAW, serialization.PublicFormat.Raw)

    def signing_public(self) -> bytes:
        """Raw Ed25519 public key."""
        return self.signing_key.public_key().public_bytes(_RAW, serialization.PublicFormat.Raw)

    def ca_fingerprint(self) -> str:
        """SHA-256 fingerprint of the CA certificate, hex."""
        return ca_fingerprint(self.ca_pem)


def load_or_create_keys(data_dir: Path, hostnames: Sequence[str] | None = None) -> RegisterKeys:
    """Load the keys in *data_dir*, creating what is missing (the CA is never replaced).

    The server certificate is re-issued when *hostnames* differ from its names; with
    None, an existing certificate is kept as it is (commands other than ``serve``).
    """
    folder = data_dir / "keys"
    folder.mkdir(parents=True, exist_ok=True)
    secrets_path = folder / "register-keys.json"
    if secrets_path.exists():
        raw = json.loads(secrets_path.read_text())
        exchange = X25519PrivateKey.from_private_bytes(base64.b64decode(raw["exchange"]))
        signing = Ed25519PrivateKey.from_private_bytes(base64.b64decode(raw["signing"]))
    else:
        exchange, signing = X25519PrivateKey.generate(), Ed25519PrivateKey.generate()
        _write_private(
            secrets_path,
            json.dumps(
                {"exchange": _b64_private(exchange), "signing": _b64_private(signing)}
            ).encode(),
        )
    ca_cert_path, ca_key_path = folder / "ca.pem", folder / "ca.key.pem"
    if not ca_cert_path.exists():
        new_ca_key = ec.generate_private_key(ec.SECP256R1())
        _write_private(ca_key_path, _pem_private(new_ca_key))
        ca_cert_path.write_bytes(_ca_certificate(new_ca_key).public_bytes(_PEM))
    ca_key = serialization.load_pem_private_key(ca_key_path.read_bytes(), None)
    if not isinstance(ca_key, ec.EllipticCurvePrivateKey):
        raise ValueError("the register CA key is not an EC key")
    ca_cert = x509.load_pem_x509_certificate(ca_cert_path.read_bytes())
    server_cert_path, server_key_path = folder / "server.pem", folder / "server.key.pem"
    if not _server_cert_fits(server_cert_path, ca_cert, hostnames):
        hostnames = hostnames or DEFAULT_HOSTNAMES
        server_key = ec.generate_private_key(ec.SECP256R1())
        _write_private(server_key_path, _pem_private(server_key))
        certificate = _server_certificate(server_key, ca_key, ca_cert, hostnames)
        server_cert_path.write_bytes(certificate.public_bytes(_PEM))
    return RegisterKeys(
        exchange, signing, ca_cert_path.read_text(), server_cert_path, server_key_path
    )


def _ca_certificate(key: ec.EllipticCurvePrivateKey) -> x509.Certificate:
    name = x509.Name(
        [
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Reference register"),
            x509.NameAttribute(NameOID.COMMON_NAME, "Reference register CA"),
        ]
    )
    now = dt.datetime.now(dt.UTC)
    return (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=3650))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=False,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=True,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), False)
        .sign(key, hashes.SHA256())
    )


def _server_certificate(
    key: ec.EllipticCurvePrivateKey,
    ca_key: ec.EllipticCurvePrivateKey,
    ca_cert: x509.Certificate,
    hostnames: Sequence[str],
) -> x509.Certificate:
    now = dt.datetime.now(dt.UTC)
    return (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, hostnames[0])]))
        .issuer_name(ca_cert.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=825))
        .add_extension(x509.SubjectAlternativeName(_names(hostnames)), critical=False)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), False
        )
        .sign(ca_key, hashes.SHA256())
    )


def _names(hostnames: Sequence[str]) -> list[x509.GeneralName]:
    names: list[x509.GeneralName] = []
    for host in hostnames:
        try:
            names.append(x509.IPAddress(ipaddress.ip_address(host)))
        except ValueError:
            names.append(x509.DNSName(host))
    return names


def _server_cert_fits(
    path: Path, ca_cert: x509.Certificate, hostnames: Sequence[str] | None
) -> bool:
    """An existing server certificate is kept if the CA, the names and the dates still fit."""
    if not path.exists():
        return False
    certificate = x509.load_pem_x509_certificate(path.read_bytes())
    if certificate.issuer != ca_cert.subject:
        return False
    if certificate.not_valid_after_utc < dt.datetime.now(dt.UTC) + dt.timedelta(days=30):
        return False
    if hostnames is None:
        return True
    san = certificate.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    return set(san) == set(_names(hostnames))


def _write_private(path: Path, data: bytes) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)


def _pem_private(key: ec.EllipticCurvePrivateKey) -> bytes:
    return key.private_bytes(_PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())


def _b64_private(key: X25519PrivateKey | Ed25519PrivateKey) -> str:
    raw = key.private_bytes(_RAW, serialization.PrivateFormat.Raw, serialization.NoEncryption())
    return base64.b64encode(raw).decode("ascii")


def token_hash(secret: str) -> str:
    """What the register keeps of an enrolment token: its SHA-256."""
    return hashlib.sha256(secret.encode("ascii")).hexdigest()
