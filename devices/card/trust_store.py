"""The CSCA trust store: country signing certificates from a configurable PEM/DER folder."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from cryptography import x509

from devices.card.errors import TrustStoreError

SUFFIXES = frozenset({".pem", ".crt", ".cer", ".der"})


class CscaTrustStore:
    """The CSCA certificates the station trusts; empty means nothing can be verified.

    Vietnam's CSCA source is not confirmed (DOMAIN §8): the folder is configuration, and
    an empty or missing folder yields "not verifiable", never "invalid".
    """

    def __init__(
        self, certificates: Iterable[x509.Certificate], skipped: Sequence[str] = ()
    ) -> None:
        self._certificates = tuple(certificates)
        self.skipped = tuple(skipped)  # file names that held no usable certificate

    def __len__(self) -> int:
        return len(self._certificates)

    def __repr__(self) -> str:
        return f"CscaTrustStore({len(self)} certificates, {len(self.skipped)} skipped)"

    @property
    def certificates(self) -> tuple[x509.Certificate, ...]:
        """All trusted certificates."""
        return self._certificates

    def issuers_of(self, certificate: x509.Certificate) -> list[x509.Certificate]:
        """Trusted certificates whose subject is the issuer of *certificate*."""
        return [c for c in self._certificates if c.subject == certificate.issuer]

    @classmethod
    def load_folder(cls, folder: Path) -> CscaTrustStore:
        """Every certificate in *folder* (not recursive); a missing folder is an empty store."""
        if not folder.exists():
            return cls(())
        try:
            paths = sorted(p for p in folder.iterdir() if p.suffix.lower() in SUFFIXES)
        except OSError as exc:
            raise TrustStoreError(f"cannot list {folder}: {exc.strerror}") from exc
        certificates: list[x509.Certificate] = []
        skipped: list[str] = []
        for path in paths:
            try:
                loaded = load_certificates(path.read_bytes())
            except (OSError, ValueError):
                loaded = []
            if loaded:
                certificates.extend(loaded)
            else:
                skipped.append(path.name)
        return cls(certificates, skipped)


def load_certificates(data: bytes) -> list[x509.Certificate]:
    """The certificates in a PEM bundle or a single DER certificate."""
    if b"-----BEGIN" in data:
        return list(x509.load_pem_x509_certificates(data))
    return [x509.load_der_x509_certificate(data)]
