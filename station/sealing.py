"""Sealing: freeze a validated draft, sign it, encrypt it, number it, queue it, atomically."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, replace

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from station.application_number import make_number
from station.audit import AuditAction, AuditLog
from station.drafts import (
    DraftNotFoundError,
    attachment_aad,
    read_draft,
    unwrap_data_key,
    wrap_data_key,
)
from station.errors import StationError
from station.protect import aead
from station.protect.envelope import encrypt_for
from station.protect.keystore import StationSecrets
from station.sealed_payload import (
    SealedContent,
    canonical_payload,
    parse_payload,
    sign_payload,
    verify_payload,
)
from station.storage.schema import (
    Attachment,
    Draft,
    DraftState,
    NumberSequence,
    OutboxRow,
    OutboxState,
    SealedApplication,
)
from station.storage.writer import WriteExecutor
from station.validation import Finding, Severity, ValidationContext, validate

Clock = Callable[[], dt.datetime]


class SealRefusedError(StationError):
    """The draft still has errors, or warnings the officer has not acknowledged."""

    def __init__(self, findings: list[Finding]) -> None:
        errors = sum(f.severity is Severity.ERROR for f in findings)
        warnings = len(findings) - errors
        super().__init__(
            f"Chưa thể niêm phong: còn {errors} lỗi và {warnings} cảnh báo chưa xác nhận.",
            f"Cannot seal yet: {errors} errors and {warnings} unacknowledged warnings remain.",
            "seal refused: " + ",".join(sorted({f.code for f in findings})),
        )
        self.findings = findings


class SealedNotAvailableError(StationError):
    """The sealed copy is gone: purged after the register accepted it."""

    def __init__(self, application_id: str) -> None:
        super().__init__(
            "Hồ sơ đã được cơ quan đăng ký tiếp nhận và xóa khỏi trạm theo quy định lưu giữ.",
            "The register accepted this application and the station removed its copy, as the "
            "retention rule requires.",
            f"sealed payload of {application_id} purged or missing",
        )


def warning_key(finding: Finding) -> str:
    """How an acknowledged warning is recorded: "field:code"."""
    return f"{finding.field}:{finding.code}"


@dataclass(frozen=True, slots=True)
class SealReceipt:
    """What the officer gets back: the number for the slip, and the hash for the record."""

    application_id: str
    application_number: str
    sealed_at: dt.datetime
    sha256: str
    size: int


class Sealer:
    """Turns open drafts into sealed applications in the outbox."""

    def __init__(
        self,
        writer: WriteExecutor,
        reader: sessionmaker[Session],
        secrets: StationSecrets,
        register_key: X25519PublicKey,
        audit: AuditLog,
        validation: Callable[[dt.date], ValidationContext],
        clock: Clock,
        *,
        hold_for_review: bool = False,
    ) -> None:
        self._writer = writer
        self._reader = reader
        self._secrets = secrets
        self._register_key = register_key
        self._audit = audit
        self._validation = validation
        self._clock = clock
        # Supervisor approval on: sealed rows wait "held" until a supervisor decides.
        self._hold_for_review = hold_for_review

    def seal(
        self, application_id: str, officer_id: str, acknowledged: frozenset[str] = frozenset()
    ) -> SealReceipt:
        """Seal the draft; raises :class:`SealRefusedError` while findings stand in the way."""
        return self._writer.run(
            lambda session: self._seal(session, application_id, officer_id, acknowledged)
        )

    def _seal(
        self, session: Session, application_id: str, officer_id: str, acknowledged: frozenset[str]
    ) -> SealReceipt:
        now = self._clock()
        draft = session.get(Draft, application_id)
        if draft is None or draft.state != DraftState.OPEN or draft.payload is None:
            raise DraftNotFoundError(application_id)
        record = read_draft(self._secrets, draft)
        data_key = unwrap_data_key(self._secrets, application_id, draft.wrapped_key)

        local_day = now.astimezone().date()
        findings = validate(record, self._validation(local_day))
        standing = [
            f
            for f in findings
            if f.severity is Severity.ERROR or warning_key(f) not in acknowledged
        ]
        if standing:
            raise SealRefusedError(standing)

        station_code = record.meta.station_code
        number = str(
            make_number(station_code, local_day, _next_sequence(session, station_code, local_day))
        )
        record = replace(
            record, meta=replace(record.meta, application_number=number, updated_at=now)
        )
        attachments = {}
        for row in session.scalars(
            select(Attachment).where(Attachment.application_id == application_id)
        ):
            if row.blob is not None:
                aad = attachment_aad(application_id, row.name)
                attachments[row.name] = aead.decrypt(data_key, row.blob, aad, row.name)
            session.delete(row)
        content = SealedContent(
            record=record,
            attachments=attachments,
            acknowledged_warnings=tuple(sorted(warning_key(f) for f in findings)),
            sealed_at=now,
        )
        payload = canonical_payload(content)
        sha256, signature = sign_payload(self._secrets.signing_key, payload)
        # A fresh data key for the sealed copy (the draft's key goes with the draft),
        # wrapped for this station and, separately, for the register alone.
        sealed_key = aead.new_key()
        session.add(
            SealedApplication(
                application_id=application_id,
                application_number=number,
                station_code=station_code,
                officer_id=officer_id,
                sealed_at=now,
                sha256=sha256,
                size=len(payload),
                signature=signature,
                ciphertext=aead.encrypt(sealed_key, payload, payload_aad(application_id, number)),
                wrapped_key=wrap_data_key(self._secrets, application_id, sealed_key),
                register_wrapped_key=encrypt_for(
                    self._register_key, sealed_key, register_aad(application_id, number)
                ),
            )
        )
        session.flush()  # the outbox row refers to it (no ORM relationship orders them)
        held = self._hold_for_review
        session.add(
            OutboxRow(
                application_id=application_id,
                state=OutboxState.HELD if held else OutboxState.QUEUED,
                queued_at=now,
                officer_id=officer_id,
                attempts=0,
                next_attempt_at=None if held else now,
                state_changed_at=now,
            )
        )
        draft.state = DraftState.SEALED
        draft.payload = None
        draft.updated_at = now
        self._audit.append(
            session,
            at=now,
            actor=officer_id,
            action=AuditAction.SEAL,
            application_number=number,
            detail={"size": len(payload), "warnings_acknowledged": len(findings)}
            | ({"held_for_review": True} if held else {}),
        )
        return SealReceipt(application_id, number, now, sha256, len(payload))

    def open_sealed(self, application_id: str) -> SealedContent:
        """The station's own copy, hash and signature checked (for printing and review)."""
        with self._reader() as session:
            row = session.get(SealedApplication, application_id)
            if row is None or row.ciphertext is None or row.wrapped_key is None:
                raise SealedNotAvailableError(application_id)
            sealed_key = unwrap_data_key(self._secrets, application_id, row.wrapped_key)
            payload = aead.decrypt(
                sealed_key,
                row.ciphertext,
                payload_aad(application_id, row.application_number),
                "sealed application",
            )
            verify_payload(
                self._secrets.signing_key.public_key(), payload, row.sha256, row.signature
            )
        return parse_payload(payload)


def payload_aad(application_id: str, application_number: str) -> bytes:
    """Binds the sealed ciphertext to its application, as listed in the upload manifest."""
    return f"intake-station/sealed/{application_id}/{application_number}".encode()


def register_aad(application_id: str, application_number: str) -> bytes:
    """Binds the data key wrapped for the register to the same application."""
    return f"intake-station/register-key/{application_id}/{application_number}".encode()


def _next_sequence(session: Session, station_code: str, day: dt.date) -> int:
    """The next number of the day, in the sealing transaction: a crash rolls both back."""
    key = (station_code, day.strftime("%Y%m%d"))
    row = session.get(NumberSequence, key)
    if row is None:
        row = NumberSequence(station_code=key[0], day=key[1], last=0)
        session.add(row)
    row.last += 1
    return row.last
