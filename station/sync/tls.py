"""TLS towards the register: trust exactly the pinned register CA, nothing else."""

from __future__ import annotations

import hashlib
import ssl

from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding


def ca_fingerprint(ca_pem: str) -> str:
    """SHA-256 of the CA certificate (DER), hex: what an enrolment token pins."""
    certificate = x509.load_pem_x509_certificate(ca_pem.encode("ascii"))
    return hashlib.sha256(certificate.public_bytes(Encoding.DER)).hexdigest()


def pinned_context(ca_pem: str) -> ssl.SSLContext:
    """A client context trusting only *ca_pem* (no system store), hostname checked."""
    # cadata given: the default certificate store is not loaded, so only the register CA
    # can vouch for the server.
    context = ssl.create_default_context(ssl.Purpose.SERVER_AUTH, cadata=ca_pem)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    return context


def is_certificate_failure(exc: BaseException) -> bool:
    """True when *exc* (or what caused it) is a certificate verification failure."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, ssl.SSLCertVerificationError):
            return True
        if "CERTIFICATE_VERIFY_FAILED" in str(current):
            return True
        current = current.__cause__ or current.__context__
    return False
