"""Drafts: applications being typed, autosaved encrypted on every change, kept across crashes."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from station.audit import AuditAction, AuditLog
from station.errors import StationError
from station.protect import aead
from station.protect.keystore import StationSecrets
from station.record import ApplicationRecord, IntakeMeta
from station.record_codec import record_from_dict, record_to_dict
from station.storage.diskguard import DiskGuard
from station.storage.schema import Attachment, Draft, DraftState
from station.storage.writer import WriteExecutor

Clock = Callable[[], dt.datetime]
# An edit is audited at most this often per draft: autosave runs on every keystroke.
EDIT_AUDIT_INTERVAL = dt.timedelta(minutes=5)


class DraftNotFoundError(StationError):
    """The draft does not exist or is no longer open (sealed or discarded)."""

    def __init__(self, application_id: str) -> None:
        super().__init__(
            "Không tìm thấy hồ sơ nháp, hoặc hồ sơ đã được niêm phong/hủy.",
            "The draft was not found, or it was already sealed or discarded.",
            f"draft {application_id} not open",
        )


@dataclass(frozen=True, slots=True)
class DraftSummary:
    """What the start-up screen lists about an unfinished draft (no decryption needed)."""

    application_id: str
    officer_id: str
    created_at: dt.datetime
    updated_at: dt.datetime
    revision: int


def data_key_aad(application_id: str) -> bytes:
    """Binds a wrapped data key to its application, so keys cannot be swapped between rows."""
    return f"intake-station/data-key/{application_id}".encode()


def wrap_data_key(secrets: StationSecrets, application_id: str, data_key: bytes) -> bytes:
    """The application's data key, wrapped with the station storage key for storage."""
    return aead.encrypt(secrets.storage_key, data_key, data_key_aad(application_id))


def unwrap_data_key(secrets: StationSecrets, application_id: str, wrapped: bytes) -> bytes:
    """The application's data key, unwrapped with the station storage key."""
    return aead.decrypt(secrets.storage_key, wrapped, data_key_aad(application_id), "data key")


def attachment_aad(application_id: str, name: str) -> bytes:
    """Binds an attachment blob to its application and slot."""
    return f"intake-station/attachment/{application_id}/{name}".encode()


class DraftStore:
    """Creates, autosaves, reloads and discards drafts; all writes via the single writer."""

    def __init__(
        self,
        writer: WriteExecutor,
        reader: sessionmaker[Session],
        secrets: StationSecrets,
        audit: AuditLog,
        disk: DiskGuard,
        clock: Clock,
    ) -> None:
        self._writer = writer
        self._reader = reader
        self._secrets = secrets
        self._audit = audit
        self._disk = disk
        self._clock = clock
        self._last_edit_audit: dict[str, dt.datetime] = {}

    def start(self, officer_id: str, station_code: str) -> ApplicationRecord:
        """A new empty draft, saved at once; refused when the disk is nearly full."""
        self._disk.require_room_for_intake()
        now = self._clock()
        application_id = str(uuid.uuid4())
        record = ApplicationRecord(
            meta=IntakeMeta(application_id, station_code, officer_id, now, now)
        )
        data_key = aead.new_key()
        wrapped = wrap_data_key(self._secrets, application_id, data_key)
        payload = self._encrypt(data_key, record)

        def work(session: Session) -> None:
            session.add(
                Draft(
                    application_id=application_id,
                    officer_id=officer_id,
                    state=DraftState.OPEN,
                    created_at=now,
                    updated_at=now,
                    revision=0,
                    wrapped_key=wrapped,
                    payload=payload,
                )
            )
            self._audit.append(session, at=now, actor=officer_id, action=AuditAction.DRAFT_CREATE)

        self._writer.run(work)
        return record

    def save(self, record: ApplicationRecord) -> int:
        """Autosave *record* (every change); returns the new revision."""
        application_id = record.meta.application_id
        now = self._clock()
        record = replace(record, meta=replace(record.meta, updated_at=now))
        last_audit = self._last_edit_audit.get(application_id)
        audit_edit = last_audit is None or now - last_audit >= EDIT_AUDIT_INTERVAL

        def work(session: Session) -> int:
            draft = self._open_draft(session, application_id)
            data_key = unwrap_data_key(self._secrets, application_id, draft.wrapped_key)
            draft.payload = self._encrypt(data_key, record)
            draft.updated_at = now
            draft.revision += 1
            if audit_edit:
                self._audit.append(
                    session, at=now, actor=record.meta.officer_id, action=AuditAction.DRAFT_EDIT
                )
            return draft.revision

        revision = self._writer.run(work)
        if audit_edit:
            self._last_edit_audit[application_id] = now
        return revision

    def load(self, application_id: str) -> ApplicationRecord:
        """The latest saved state of an open draft."""
        with self._reader() as session:
            return read_draft(self._secrets, self._open_draft(session, application_id))

    def put_attachment(self, application_id: str, name: str, data: bytes) -> str:
        """Store the portrait or chip read of a draft, encrypted; returns its SHA-256."""
        digest = hashlib.sha256(data).hexdigest()

        def work(session: Session) -> None:
            draft = self._open_draft(session, application_id)
            data_key = unwrap_data_key(self._secrets, application_id, draft.wrapped_key)
            blob = aead.encrypt(data_key, data, attachment_aad(application_id, name))
            session.merge(
                Attachment(application_id=application_id, name=name, sha256=digest, blob=blob)
            )

        self._writer.run(work)
        return digest

    def attachment(self, application_id: str, name: str) -> bytes | None:
        """The decrypted attachment of an open draft, or None if there is none."""
        with self._reader() as session:
            draft = self._open_draft(session, application_id)
            row = session.get(Attachment, (application_id, name))
            if row is None or row.blob is None:
                return None
            data_key = unwrap_data_key(self._secrets, application_id, draft.wrapped_key)
            return aead.decrypt(data_key, row.blob, attachment_aad(application_id, name), name)

    def unfinished(self, officer_id: str | None = None) -> list[DraftSummary]:
        """Open drafts, newest first: offered again at start-up after a crash."""
        query = select(Draft).where(Draft.state == DraftState.OPEN)
        if officer_id is not None:
            query = query.where(Draft.officer_id == officer_id)
        with self._reader() as session:
            rows = session.scalars(query.order_by(Draft.updated_at.desc())).all()
            return [
                DraftSummary(r.application_id, r.officer_id, r.created_at, r.updated_at, r.revision)
                for r in rows
            ]

    def discard(self, application_id: str, officer_id: str) -> None:
        """Drop a draft and its attachments for good."""
        now = self._clock()

        def work(session: Session) -> None:
            draft = self._open_draft(session, application_id)
            draft.state = DraftState.DISCARDED
            draft.payload = None
            draft.updated_at = now
            for row in session.scalars(
                select(Attachment).where(Attachment.application_id == application_id)
            ):
                session.delete(row)
            self._audit.append(session, at=now, actor=officer_id, action=AuditAction.DRAFT_DISCARD)

        self._writer.run(work)
        self._last_edit_audit.pop(application_id, None)

    @staticmethod
    def _open_draft(session: Session, application_id: str) -> Draft:
        draft = session.get(Draft, application_id)
        if draft is None or draft.state != DraftState.OPEN or draft.payload is None:
            raise DraftNotFoundError(application_id)
        return draft

    @staticmethod
    def _encrypt(data_key: bytes, record: ApplicationRecord) -> bytes:
        plain = json.dumps(record_to_dict(record), ensure_ascii=False).encode("utf-8")
        return aead.encrypt(data_key, plain, _draft_aad(record.meta.application_id))


def _draft_aad(application_id: str) -> bytes:
    return f"intake-station/draft/{application_id}".encode()


def read_draft(secrets: StationSecrets, draft: Draft) -> ApplicationRecord:
    """Decrypt and decode an open draft row."""
    if draft.payload is None:
        raise DraftNotFoundError(draft.application_id)
    data_key = unwrap_data_key(secrets, draft.application_id, draft.wrapped_key)
    plain = aead.decrypt(data_key, draft.payload, _draft_aad(draft.application_id), "draft")
    return record_from_dict(json.loads(plain))
