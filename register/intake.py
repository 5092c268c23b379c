"""Taking a batch in: check the station's signature, open each envelope, validate, store.

The same path serves HTTPS uploads and USB imports. The slow part (opening and
validating) runs before the write transaction, so concurrent stations only queue for the
short dedup-and-insert step.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable
from dataclasses import dataclass, replace

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy.exc import IntegrityError

from register.keys import RegisterKeys
from register.store import Candidate, ReceiptRecord, RegisterStore, StationInfo
from station.application_number import parse_number
from station.protect import aead
from station.protect.envelope import SignatureError, decrypt_with
from station.record_codec import RecordFormatError
from station.refdata import ReferenceData
from station.sealed_payload import parse_payload, verify_payload
from station.sealing import payload_aad, register_aad
from station.sync.batch_file import BatchFormatError, SealedEnvelope, decode_batch
from station.sync.contract import ErrorCode, RejectReason
from station.validation import Severity, ValidationContext, validate

# Sealing days are counted in Vietnam's time zone, as the station does.
VIETNAM = dt.timezone(dt.timedelta(hours=7))


class IntakeRefusedError(Exception):
    """The whole batch is refused (HTTP status, error code); nothing was stored."""

    def __init__(self, status: int, code: ErrorCode, detail: str) -> None:
        super().__init__(detail)
        self.status = status
        self.code = code
        self.detail = detail


@dataclass(frozen=True, slots=True)
class IntakeResult:
    """The answer to a batch."""

    batch_id: str
    station_id: str
    receipts: list[ReceiptRecord]
    replayed: bool


class BatchIntake:
    """Verifies, opens, validates and stores batches."""

    def __init__(
        self, store: RegisterStore, keys: RegisterKeys, refdata: Callable[[], ReferenceData]
    ) -> None:
        self._store = store
        self._keys = keys
        self._refdata = refdata

    def take(self, body: bytes, source: str, batch_id: str | None = None) -> IntakeResult:
        """Take one container; raises :class:`IntakeRefusedError` for the whole batch."""
        try:
            decoded = decode_batch(body)
        except BatchFormatError as exc:
            raise IntakeRefusedError(400, ErrorCode.BATCH_INVALID, exc.detail) from None
        manifest = decoded.manifest
        if batch_id is not None and manifest.batch_id != batch_id:
            raise IntakeRefusedError(400, ErrorCode.BATCH_INVALID, "batch id differs from URL")
        station = self._store.station(manifest.station_id)
        if station is None:
            raise IntakeRefusedError(403, ErrorCode.UNKNOWN_STATION, "station not enrolled")
        try:
            decoded.verify(Ed25519PublicKey.from_public_bytes(station.signing_public))
        except BatchFormatError as exc:
            raise IntakeRefusedError(400, ErrorCode.BATCH_INVALID, exc.detail) from None
        if manifest.station_code != station.station_code:
            raise IntakeRefusedError(400, ErrorCode.BATCH_INVALID, "station code differs")
        manifest_sha256 = hashlib.sha256(decoded.manifest_bytes).hexdigest()
        previous = self._store.batch_record(manifest.batch_id)
        if previous is not None:
            return self._replay(manifest.batch_id, station, manifest_sha256, previous)
        known = self._store.known(
            [e.application_id for e in manifest.entries],
            [e.application_number for e in manifest.entries],
        )
        candidates = [self._check(station, env, known) for env in decoded.envelopes]
        commit = (manifest.batch_id, station, manifest_sha256, source, candidates)
        try:
            receipts, replayed = self._store.commit_batch(*commit)
        except IntegrityError:
            # Another process (a second server, an import) took the same application or
            # batch between our checks and our insert: the dedup step looks again, once.
            receipts, replayed = self._store.commit_batch(*commit)
        if replayed:
            previous = self._store.batch_record(manifest.batch_id)
            if previous is not None:
                return self._replay(manifest.batch_id, station, manifest_sha256, previous)
        return IntakeResult(manifest.batch_id, station.station_id, receipts, replayed)

    def _replay(
        self,
        batch_id: str,
        station: StationInfo,
        manifest_sha256: str,
        previous: tuple[str, list[ReceiptRecord]],
    ) -> IntakeResult:
        stored_sha256, receipts = previous
        if stored_sha256 != manifest_sha256:
            raise IntakeRefusedError(409, ErrorCode.BATCH_ID_REUSED, "another manifest")
        return IntakeResult(batch_id, station.station_id, receipts, True)

    def _check(
        self, station: StationInfo, envelope: SealedEnvelope, known: dict[str, tuple[str, str]]
    ) -> Candidate:
        entry = envelope.entry
        candidate = Candidate(
            application_id=entry.application_id,
            application_number=entry.application_number,
            sha256=entry.sha256,
            size=entry.size,
            sealed_at=entry.sealed_at,
            signature=entry.signature,
            ciphertext=bytes(envelope.ciphertext),
            wrapped_key=bytes(envelope.wrapped_key),
        )
        if known.get(entry.application_id) == (entry.application_number, entry.sha256):
            return candidate  # held already: a duplicate, no need to open it again
        reason = self._open_and_validate(station, envelope)
        if reason is None:
            return candidate
        code, text = reason
        return replace(candidate, reject_code=code, reject_text=text)

    def _open_and_validate(
        self, station: StationInfo, envelope: SealedEnvelope
    ) -> tuple[str, str] | None:
        entry = envelope.entry
        number = entry.application_number
        try:
            key = decrypt_with(
                self._keys.exchange_key,
                bytes(envelope.wrapped_key),
                register_aad(entry.application_id, number),
            )
            payload = aead.decrypt(
                key,
                bytes(envelope.ciphertext),
                payload_aad(entry.application_id, number),
                "payload",
            )
        except aead.DecryptionError:
            return RejectReason.ENVELOPE_UNREADABLE, (
                "The envelope could not be opened with the register's key (damaged, or "
                "encrypted for another register)."
            )
        if len(payload) != entry.size:
            return RejectReason.PAYLOAD_MALFORMED, "The payload size differs from the manifest."
        try:
            verify_payload(
                Ed25519PublicKey.from_public_bytes(station.signing_public),
                payload,
                entry.sha256,
                entry.signature,
            )
        except SignatureError:
            return RejectReason.SIGNATURE_INVALID, (
                "The station's seal signature does not match the payload."
            )
        try:
            content = parse_payload(payload)
        except RecordFormatError as exc:
            return RejectReason.PAYLOAD_MALFORMED, f"The payload is malformed ({exc.detail})."[:500]
        meta = content.record.meta
        parsed = parse_number(number)
        if (
            parsed is None
            or parsed.station_code != station.station_code
            or meta.application_id != entry.application_id
            or meta.application_number != number
            or meta.station_code != station.station_code
            or abs((content.sealed_at - entry.sealed_at).total_seconds()) > 0.001
        ):
            return RejectReason.IDENTITY_MISMATCH, (
                "The id, number, station or sealing time inside differ from the manifest."
            )
        day = content.sealed_at.astimezone(VIETNAM).date()
        findings = validate(content.record, ValidationContext(self._refdata(), day))
        errors = sorted({f"{f.field}:{f.code}" for f in findings if f.severity is Severity.ERROR})
        if errors:
            return RejectReason.VALIDATION_FAILED, ("Validation errors: " + ", ".join(errors))[:500]
        return None
