"""USB export: sealed applications as one signed batch file, for stations without a link.

The file is the upload container itself (station.sync.batch_file), so the register takes
it through the same checks (``register import FILE``). It is written to a temporary
name, synced and renamed, read back and verified, and only then are the rows marked
"exported". The register's receipts come back through the status feed.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import os
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from station.audit import AuditAction, AuditLog
from station.errors import StationError
from station.outbox import Outbox
from station.protect.keystore import StationSecrets
from station.storage.files import fsync_directory
from station.storage.schema import OutboxRow, OutboxState, SealedApplication
from station.storage.writer import WriteExecutor
from station.sync.batch_file import (
    BatchFormatError,
    BatchManifest,
    Buffer,
    SealedEnvelope,
    header_bytes,
    verify_stream,
)
from station.sync.errors import NotEnrolledError
from station.sync.planner import sealed_envelope
from station.sync.state import SyncStateStore

Clock = Callable[[], dt.datetime]
Guard = Callable[[], contextlib.AbstractContextManager[object]]
SUFFIX = ".isb"
_CHUNK = 200  # rows read per round trip while writing


class ExportError(StationError):
    """The export did not complete; no file was left behind and no row changed."""


def _nothing() -> ExportError:
    return ExportError(
        "Không có hồ sơ nào cần xuất.",
        "There are no applications to export.",
        "nothing to export",
    )


def _failed(detail: str) -> ExportError:
    return ExportError(
        "Không ghi được tệp xuất ra thiết bị USB (đầy, bị rút ra hoặc bị lỗi). Hồ sơ vẫn nằm "
        "trong hàng đợi; hãy thử lại với thiết bị khác.",
        "The export file could not be written to the USB drive (full, removed or faulty). "
        "The applications are still queued; try again with another drive.",
        detail,
    )


@dataclass(frozen=True, slots=True)
class ExportResult:
    """What was written, for the officer and the audit log."""

    path: Path
    batch_id: str
    applications: int
    bytes: int
    sha256: str


class UsbExporter:
    """Writes export files and marks the exported rows."""

    def __init__(
        self,
        writer: WriteExecutor,
        reader: sessionmaker[Session],
        outbox: Outbox,
        state: SyncStateStore,
        secrets: StationSecrets,
        audit: AuditLog,
        clock: Clock,
        guard: Guard | None = None,
    ) -> None:
        self._writer = writer
        self._reader = reader
        self._outbox = outbox
        self._state = state
        self._secrets = secrets
        self._audit = audit
        self._clock = clock
        # The sync engine's exclusive(): no batch may take the same rows meanwhile.
        self._guard = guard or contextlib.nullcontext

    def pending(self) -> list[str]:
        """The default choice: every application not yet accepted or rejected."""
        with self._reader() as session:
            return list(
                session.scalars(
                    select(OutboxRow.application_id)
                    .join(
                        SealedApplication,
                        SealedApplication.application_id == OutboxRow.application_id,
                    )
                    .where(OutboxRow.state.in_([OutboxState.QUEUED, OutboxState.EXPORTED]))
                    .where(SealedApplication.ciphertext.is_not(None))
                    .order_by(OutboxRow.queued_at, OutboxRow.application_id)
                )
            )

    def export(
        self, folder: Path, actor: str, application_ids: Sequence[str] | None = None
    ) -> ExportResult:
        """Write the chosen applications (default: :meth:`pending`) to *folder*."""
        enrolment = self._state.enrolment()
        if enrolment is None:
            raise NotEnrolledError()
        with self._guard():
            ids = self._exportable(application_ids)
            if not ids:
                raise _nothing()
            batch_id = str(uuid.uuid4())
            entries = [e for chunk in self._chunks(ids) for e in chunk]
            manifest = BatchManifest(
                batch_id,
                enrolment.station_id,
                enrolment.station_code,
                tuple(e.entry for e in entries),
            )
            del entries  # the bytes are read again while writing: memory stays small
            stamp = self._clock().astimezone(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
            name = f"{enrolment.station_code}-{stamp}-{len(ids)}-{batch_id[:8]}{SUFFIX}"
            path = folder / name
            size, digest = self._write(path, manifest, ids)
            self._verify(path, manifest)
            queued = self._queued(ids)
            self._outbox.transition(queued, OutboxState.EXPORTED)
            now = self._clock()
            self._writer.run(
                lambda session: self._audit.append(
                    session,
                    at=now,
                    actor=actor,
                    action=AuditAction.EXPORT,
                    detail={"applications": len(ids), "bytes": size, "batch": batch_id},
                )
            )
        return ExportResult(path, batch_id, len(ids), size, digest)

    def _exportable(self, application_ids: Sequence[str] | None) -> list[str]:
        pending = self.pending()
        if application_ids is None:
            return pending
        allowed = set(pending)
        return [i for i in dict.fromkeys(application_ids) if i in allowed]

    def _queued(self, ids: Sequence[str]) -> list[str]:
        with self._reader() as session:
            return list(
                session.scalars(
                    select(OutboxRow.application_id)
                    .where(OutboxRow.application_id.in_(list(ids)))
                    .where(OutboxRow.state == OutboxState.QUEUED)
                )
            )

    def _chunks(self, ids: Sequence[str]) -> Iterator[list[SealedEnvelope]]:
        for start in range(0, len(ids), _CHUNK):
            part = ids[start : start + _CHUNK]
            with self._reader() as session:
                rows = {
                    r.application_id: r
                    for r in session.scalars(
                        select(SealedApplication).where(SealedApplication.application_id.in_(part))
                    )
                }
                yield [sealed_envelope(rows[i]) for i in part]

    def _write(self, path: Path, manifest: BatchManifest, ids: Sequence[str]) -> tuple[int, str]:
        tmp = path.with_name(f".{path.name}.part")
        digest = hashlib.sha256()
        size = 0
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            with tmp.open("wb") as handle:
                for block in self._blocks(manifest, ids):
                    handle.write(block)
                    digest.update(block)
                    size += len(block)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, path)
            fsync_directory(path.parent)
        except OSError as exc:
            with contextlib.suppress(OSError):
                tmp.unlink()
            raise _failed(f"write: {type(exc).__name__} errno={exc.errno}") from None
        return size, digest.hexdigest()

    def _blocks(self, manifest: BatchManifest, ids: Sequence[str]) -> Iterator[Buffer]:
        yield header_bytes(manifest, self._secrets.signing_key)
        for chunk in self._chunks(ids):
            for envelope in chunk:
                yield envelope.ciphertext
                yield envelope.wrapped_key

    def _verify(self, path: Path, manifest: BatchManifest) -> None:
        """Read the file back and check it whole; a bad file is removed."""
        try:
            with path.open("rb") as handle:
                if hasattr(os, "posix_fadvise"):
                    # Ask the kernel to drop its cached copy so the read comes off the drive.
                    os.posix_fadvise(handle.fileno(), 0, 0, os.POSIX_FADV_DONTNEED)
                found = verify_stream(handle, self._secrets.signing_key.public_key())
        except (OSError, BatchFormatError) as exc:
            _remove(path)
            raise _failed(f"read-back: {type(exc).__name__}") from None
        if found != manifest:
            _remove(path)
            raise _failed("read-back: manifest differs")


def _remove(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()
