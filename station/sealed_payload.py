"""The sealed form of an application: canonical bytes, their hash and the station signature.

The station and the register both read this format; the register opens it from the
envelope encrypted for its key, the station from its own local copy.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import struct
from dataclasses import dataclass
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from station.protect.envelope import SignatureError, sign, verify
from station.record import ApplicationRecord
from station.record_codec import RecordFormatError, record_from_dict, record_to_dict

FORMAT = 1
SIGNING_CONTEXT = b"intake-station/seal/v1"
_MAGIC = b"ISP\x01"


@dataclass(frozen=True)
class SealedContent:
    """Everything frozen at sealing: the record, its attachments and the officer's acks."""

    record: ApplicationRecord
    attachments: dict[str, bytes]  # "portrait", "chip"
    acknowledged_warnings: tuple[str, ...]  # "field:code" of each warning accepted
    sealed_at: dt.datetime

    @property
    def application_number(self) -> str:
        """The number given at sealing."""
        number = self.record.meta.application_number
        assert number is not None
        return number


def canonical_payload(content: SealedContent) -> bytes:
    """Deterministic bytes: a canonical JSON header, then the attachments in name order.

    The header lists each attachment's SHA-256 and size, and the whole container is
    hashed and signed, so the photo is covered without inflating it into base64.
    """
    names = sorted(content.attachments)
    header = {
        "format": FORMAT,
        "record": record_to_dict(content.record),
        "attachments": [
            {
                "name": name,
                "sha256": hashlib.sha256(content.attachments[name]).hexdigest(),
                "size": len(content.attachments[name]),
            }
            for name in names
        ],
        "acknowledged_warnings": sorted(content.acknowledged_warnings),
        "sealed_at": content.sealed_at.astimezone(dt.UTC).isoformat(),
    }
    head = json.dumps(header, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()
    parts = [_MAGIC, struct.pack(">I", len(head)), head]
    parts.extend(content.attachments[name] for name in names)
    return b"".join(parts)


def sign_payload(key: Ed25519PrivateKey, payload: bytes) -> tuple[str, bytes]:
    """SHA-256 of the payload (hex) and the Ed25519 signature over that digest."""
    digest = hashlib.sha256(payload).digest()
    return digest.hex(), sign(key, SIGNING_CONTEXT, digest)


def verify_payload(
    key: Ed25519PublicKey, payload: bytes, sha256_hex: str, signature: bytes
) -> None:
    """Check hash and signature; raises SignatureError if either does not match."""
    digest = hashlib.sha256(payload).digest()
    if digest.hex() != sha256_hex:
        raise SignatureError("sealed payload hash")
    verify(key, signature, SIGNING_CONTEXT, digest)


def parse_payload(payload: bytes) -> SealedContent:
    """Read canonical payload bytes back (after verification); malformed input raises."""
    try:
        if payload[:4] != _MAGIC:
            raise ValueError("not a sealed payload")
        (head_length,) = struct.unpack(">I", payload[4:8])
        header: Any = json.loads(payload[8 : 8 + head_length])
        if not isinstance(header, dict) or header.get("format") != FORMAT:
            raise RecordFormatError("format", "unsupported sealed payload")
        attachments = {}
        offset = 8 + head_length
        for item in header["attachments"]:
            data = payload[offset : offset + int(item["size"])]
            offset += len(data)
            if hashlib.sha256(data).hexdigest() != item["sha256"]:
                raise RecordFormatError(f"attachments.{item['name']}", "hash mismatch")
            attachments[str(item["name"])] = data
        if offset != len(payload):
            raise ValueError("trailing bytes")
        return SealedContent(
            record=record_from_dict(header["record"]),
            attachments=attachments,
            acknowledged_warnings=tuple(header["acknowledged_warnings"]),
            sealed_at=dt.datetime.fromisoformat(header["sealed_at"]),
        )
    except RecordFormatError:
        raise
    except (KeyError, TypeError, AttributeError, ValueError, struct.error) as exc:
        raise RecordFormatError("", f"sealed payload malformed: {type(exc).__name__}") from None
