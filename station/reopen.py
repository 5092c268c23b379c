"""Re-open a rejected application as a new draft carrying its data, for the officer to fix.

The rejected application stays as it is (sealed, signed, rejected): the register keys
applications by id and number, so the corrected one is a new application with a new id
and, when sealed, a new number. The station's own sealed copy supplies the data and the
attachments (portrait, chip read).
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable
from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from station.audit import AuditAction, AuditLog
from station.drafts import DraftStore
from station.errors import StationError
from station.sealing import Sealer
from station.storage.schema import OutboxRow, OutboxState, SealedApplication
from station.storage.writer import WriteExecutor

Clock = Callable[[], dt.datetime]


class ReopenRefusedError(StationError):
    """Only a rejected application whose sealed copy is still on the station can be re-opened."""


def _not_rejected(application_id: str, state: OutboxState | None) -> ReopenRefusedError:
    return ReopenRefusedError(
        "Chỉ hồ sơ bị từ chối mới mở lại được thành hồ sơ nháp mới. "
        "Hồ sơ này chưa bị từ chối: không cần làm lại.",
        "Only a rejected application can be re-opened as a new draft. "
        "This one was not rejected: there is nothing to redo.",
        f"reopen refused: {application_id} is {state or 'missing'}",
    )


def _purged(application_id: str) -> ReopenRefusedError:
    return ReopenRefusedError(
        "Trạm không còn giữ bản sao của hồ sơ này nên không mở lại được. "
        "Hãy tiếp nhận lại hồ sơ như một hồ sơ mới.",
        "The station no longer holds a copy of this application, so it cannot be re-opened. "
        "Take the application again as a new one.",
        f"reopen refused: sealed payload of {application_id} purged",
    )


def reopen_as_draft(
    *,
    reader: sessionmaker[Session],
    sealer: Sealer,
    drafts: DraftStore,
    writer: WriteExecutor,
    audit: AuditLog,
    clock: Clock,
    station_code: str,
    application_id: str,
    officer_id: str,
) -> str:
    """Start a new draft for *officer_id* with the data of rejected *application_id*.

    Returns the new draft's application id. Raises :class:`ReopenRefusedError` unless
    the application was rejected (by the register or a supervisor) and its sealed copy
    is still on the station.
    """
    number = _check_reopenable(reader, application_id)
    content = sealer.open_sealed(application_id)
    draft = drafts.start(officer_id, station_code)
    new_id = draft.meta.application_id
    try:
        # The old data under the new draft's identity: new id, no number, this officer.
        for name, data in sorted(content.attachments.items()):
            drafts.put_attachment(new_id, name, data)
        drafts.save(replace(content.record, meta=draft.meta))
        now = clock()
        writer.run(
            lambda session: audit.append(
                session,
                at=now,
                actor=officer_id,
                action=AuditAction.REOPEN,
                application_number=number,
            )
        )
    except BaseException:
        # A half-copied draft must not be offered after a crash as if it were complete.
        with contextlib.suppress(Exception):
            drafts.discard(new_id, officer_id)
        raise
    return new_id


def _check_reopenable(reader: sessionmaker[Session], application_id: str) -> str:
    """The application number, once the row is rejected and its payload still held."""
    with reader() as session:
        row = session.execute(
            select(
                OutboxRow.state,
                SealedApplication.application_number,
                SealedApplication.ciphertext.is_(None),
            )
            .join(SealedApplication, SealedApplication.application_id == OutboxRow.application_id)
            .where(OutboxRow.application_id == application_id)
        ).first()
    if row is None or OutboxState(row[0]) is not OutboxState.REJECTED:
        raise _not_rejected(application_id, None if row is None else OutboxState(row[0]))
    if row[2]:
        raise _purged(application_id)
    return str(row[1])
