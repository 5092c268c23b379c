"""The signed batch container: one format for HTTPS uploads and USB export files.

Layout, all lengths big-endian::

    b"ISB\\x01" | u32 manifest length | manifest (canonical JSON) | 64-byte Ed25519 signature
    | for each manifest entry in order: ciphertext, then the data key wrapped for the register

The manifest lists each application's number, payload hash and size, the station's seal
signature and the SHA-256 of its envelope bytes; the station signs the manifest. Binary
blobs are never base64-encoded, so the container adds about 1 % to the sealed payloads.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import struct
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any, BinaryIO

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from station.errors import StationError
from station.protect.envelope import SignatureError, sign, verify
from station.sync.contract import format_time, parse_time

FORMAT = 1
MAGIC = b"ISB\x01"
SIGNING_CONTEXT = b"intake-station/batch/v1"
SIGNATURE_BYTES = 64
MAX_MANIFEST_BYTES = 32 * 1024 * 1024
MAX_ENTRIES = 200_000
_PREFIX = struct.Struct(">4sI")


class BatchFormatError(StationError):
    """The batch bytes are malformed, truncated, or differ from what the station signed."""

    def __init__(self, detail: str) -> None:
        super().__init__(
            "Tệp/lô hồ sơ bị hỏng hoặc đã bị thay đổi; không có hồ sơ nào được nhận từ nó.",
            "The batch or file is damaged or was altered; no application was taken from it.",
            f"batch invalid: {detail}",
        )


@dataclass(frozen=True, slots=True)
class BatchEntry:
    """One sealed application as listed in the manifest."""

    application_id: str
    application_number: str
    sealed_at: dt.datetime
    sha256: str  # of the canonical payload
    size: int  # of the canonical payload
    signature: bytes  # the station's seal signature over the payload digest
    ciphertext_size: int
    wrapped_key_size: int
    envelope_sha256: str  # of ciphertext || wrapped key, as sent

    def to_json(self) -> dict[str, object]:
        """The manifest form of the entry."""
        return {
            "application_id": self.application_id,
            "application_number": self.application_number,
            "sealed_at": format_time(self.sealed_at, "microseconds"),  # exactly as sealed
            "sha256": self.sha256,
            "size": self.size,
            "signature": base64.b64encode(self.signature).decode("ascii"),
            "ciphertext_size": self.ciphertext_size,
            "wrapped_key_size": self.wrapped_key_size,
            "envelope_sha256": self.envelope_sha256,
        }

    @classmethod
    def from_json(cls, raw: Any) -> BatchEntry:
        """Parse one manifest entry; raises KeyError/TypeError/ValueError when malformed."""
        entry = cls(
            application_id=_text(raw["application_id"], 36),
            application_number=_text(raw["application_number"], 32),
            sealed_at=parse_time(_text(raw["sealed_at"], 40)),
            sha256=_text(raw["sha256"], 64),
            size=_count(raw["size"]),
            signature=base64.b64decode(_text(raw["signature"], 100), validate=True),
            ciphertext_size=_count(raw["ciphertext_size"]),
            wrapped_key_size=_count(raw["wrapped_key_size"]),
            envelope_sha256=_text(raw["envelope_sha256"], 64),
        )
        return entry


Buffer = bytes | memoryview


@dataclass(frozen=True, slots=True)
class SealedEnvelope:
    """The bytes of one application on the wire: only the register can open them."""

    entry: BatchEntry
    ciphertext: Buffer
    wrapped_key: Buffer


@dataclass(frozen=True, slots=True)
class BatchManifest:
    """What the station signs: who sends which applications under which batch id."""

    batch_id: str
    station_id: str
    station_code: str
    entries: tuple[BatchEntry, ...]

    def encode(self) -> bytes:
        """Canonical JSON bytes: the same manifest always gives the same bytes."""
        doc = {
            "format": FORMAT,
            "batch_id": self.batch_id,
            "station_id": self.station_id,
            "station_code": self.station_code,
            "entries": [e.to_json() for e in self.entries],
        }
        return json.dumps(doc, sort_keys=True, separators=(",", ":")).encode()

    @classmethod
    def decode(cls, data: bytes) -> BatchManifest:
        """Parse manifest bytes; raises :class:`BatchFormatError`."""
        try:
            doc = json.loads(data)
            if not isinstance(doc, dict) or doc.get("format") != FORMAT:
                raise ValueError("unknown manifest format")
            raw_entries = doc["entries"]
            if not isinstance(raw_entries, list) or len(raw_entries) > MAX_ENTRIES:
                raise ValueError("entries")
            return cls(
                batch_id=_text(doc["batch_id"], 36),
                station_id=_text(doc["station_id"], 64),
                station_code=_text(doc["station_code"], 16),
                entries=tuple(BatchEntry.from_json(e) for e in raw_entries),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise BatchFormatError(f"manifest: {type(exc).__name__}") from None


def envelope_digest(ciphertext: Buffer, wrapped_key: Buffer) -> str:
    """SHA-256 (hex) of an envelope as it travels."""
    digest = hashlib.sha256(ciphertext)
    digest.update(wrapped_key)
    return digest.hexdigest()


def signing_message(manifest_bytes: bytes) -> bytes:
    """The station signs the manifest's digest (the manifest covers every envelope)."""
    return hashlib.sha256(manifest_bytes).digest()


def header_bytes(manifest: BatchManifest, key: Ed25519PrivateKey) -> bytes:
    """Magic, length, manifest and signature: everything before the envelopes."""
    manifest_bytes = manifest.encode()
    signature = sign(key, SIGNING_CONTEXT, signing_message(manifest_bytes))
    return _PREFIX.pack(MAGIC, len(manifest_bytes)) + manifest_bytes + signature


def encode_batch(
    batch_id: str,
    station_id: str,
    station_code: str,
    envelopes: Sequence[SealedEnvelope],
    key: Ed25519PrivateKey,
) -> bytes:
    """The whole container in memory (uploads: at most a few megabytes)."""
    manifest = BatchManifest(batch_id, station_id, station_code, tuple(e.entry for e in envelopes))
    parts: list[Buffer] = [header_bytes(manifest, key)]
    for envelope in envelopes:
        parts.append(envelope.ciphertext)
        parts.append(envelope.wrapped_key)
    return b"".join(parts)


@dataclass(frozen=True, slots=True)
class DecodedBatch:
    """A container split into its parts; nothing verified yet but the layout."""

    manifest: BatchManifest
    manifest_bytes: bytes
    signature: bytes
    envelopes: tuple[SealedEnvelope, ...]

    def verify(self, station_key: Ed25519PublicKey) -> None:
        """Check the station's signature and every envelope hash; raises BatchFormatError."""
        try:
            verify(
                station_key, self.signature, SIGNING_CONTEXT, signing_message(self.manifest_bytes)
            )
        except SignatureError:
            raise BatchFormatError("station signature does not match the manifest") from None
        for envelope in self.envelopes:
            if envelope_digest(envelope.ciphertext, envelope.wrapped_key) != (
                envelope.entry.envelope_sha256
            ):
                raise BatchFormatError("an envelope differs from the signed manifest")


def decode_batch(data: Buffer) -> DecodedBatch:
    """Split a container; raises :class:`BatchFormatError` if truncated or malformed."""
    view = memoryview(data)
    if len(view) < _PREFIX.size:
        raise BatchFormatError("shorter than its header")
    magic, manifest_length = _PREFIX.unpack_from(view)
    if magic != MAGIC:
        raise BatchFormatError("not a batch container")
    if manifest_length > MAX_MANIFEST_BYTES:
        raise BatchFormatError("manifest too large")
    offset = _PREFIX.size
    manifest_bytes = bytes(view[offset : offset + manifest_length])
    offset += manifest_length
    signature = bytes(view[offset : offset + SIGNATURE_BYTES])
    offset += SIGNATURE_BYTES
    if len(signature) != SIGNATURE_BYTES:
        raise BatchFormatError("truncated before the envelopes")
    manifest = BatchManifest.decode(manifest_bytes)
    envelopes = []
    for entry, (ciphertext, wrapped_key) in zip(
        manifest.entries, _split(view, offset, manifest.entries), strict=True
    ):
        envelopes.append(SealedEnvelope(entry, ciphertext, wrapped_key))
    return DecodedBatch(manifest, manifest_bytes, signature, tuple(envelopes))


def verify_stream(stream: BinaryIO, station_key: Ed25519PublicKey) -> BatchManifest:
    """Check a container read from a file, one envelope at a time (exports can be large).

    Same checks as :meth:`DecodedBatch.verify` after :func:`decode_batch`, in constant
    memory; raises :class:`BatchFormatError`.
    """
    prefix = stream.read(_PREFIX.size)
    if len(prefix) != _PREFIX.size:
        raise BatchFormatError("shorter than its header")
    magic, manifest_length = _PREFIX.unpack(prefix)
    if magic != MAGIC or manifest_length > MAX_MANIFEST_BYTES:
        raise BatchFormatError("not a batch container")
    manifest_bytes = stream.read(manifest_length)
    signature = stream.read(SIGNATURE_BYTES)
    if len(manifest_bytes) != manifest_length or len(signature) != SIGNATURE_BYTES:
        raise BatchFormatError("truncated before the envelopes")
    manifest = BatchManifest.decode(manifest_bytes)
    try:
        verify(station_key, signature, SIGNING_CONTEXT, signing_message(manifest_bytes))
    except SignatureError:
        raise BatchFormatError("station signature does not match the manifest") from None
    for entry in manifest.entries:
        ciphertext = stream.read(entry.ciphertext_size)
        wrapped_key = stream.read(entry.wrapped_key_size)
        if len(ciphertext) != entry.ciphertext_size or len(wrapped_key) != entry.wrapped_key_size:
            raise BatchFormatError("truncated inside the envelopes")
        if envelope_digest(ciphertext, wrapped_key) != entry.envelope_sha256:
            raise BatchFormatError("an envelope differs from the signed manifest")
    if stream.read(1):
        raise BatchFormatError("bytes after the last envelope")
    return manifest


def _split(
    view: memoryview, offset: int, entries: Sequence[BatchEntry]
) -> Iterator[tuple[bytes, bytes]]:
    expected = offset + sum(e.ciphertext_size + e.wrapped_key_size for e in entries)
    if expected != len(view):
        raise BatchFormatError(f"length {len(view)} where the manifest says {expected}")
    for entry in entries:
        ciphertext = view[offset : offset + entry.ciphertext_size]
        offset += entry.ciphertext_size
        wrapped_key = view[offset : offset + entry.wrapped_key_size]
        offset += entry.wrapped_key_size
        yield bytes(ciphertext), bytes(wrapped_key)


def _text(value: object, limit: int) -> str:
    if not isinstance(value, str) or not value or len(value) > limit:
        raise ValueError("bad text field")
    return value


def _count(value: object) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value < 2**40:
        raise ValueError("bad size field")
    return value
