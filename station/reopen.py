"""Re-open a rejected application as a new draft carrying its data, for the officer to fix.

The rejected application stays as it is (sealed, signed, rejected): the register keys
applications by id and number, so the corrected one is a new application with a new id
and, when sealed, a new number. The station's own sealed copy supplies the data and the
attachments (portrait, chip read). The rejected row remembers the new draft (id, time,
officer), so the queue shows it re-opened and the same rejection is never re-opened twice.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable
from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased, sessionmaker

from station.audit import AuditAction, AuditLog
from station.drafts import DraftStore
from station.errors import StationError
from station.sealing import Sealer
from station.storage.schema import OutboxRow, OutboxState, SealedApplication
from station.storage.writer import WriteExecutor

Clock = Callable[[], dt.datetime]


class ReopenRefusedError(StationError):
    """Only a rejected application not re-opened yet, whose sealed copy is still held."""


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


def _already_reopened(
    application_id: str, at: dt.datetime | None, by: str | None, new_number: str | None
) -> ReopenRefusedError:
    when = at.astimezone().strftime("%d/%m/%Y %H:%M") if at is not None else ""
    who = by or "?"
    if new_number:
        vi_done = f"thành hồ sơ mới số {new_number}"
        en_done = f"and became application {new_number}"
        vi_next = "Hãy làm tiếp với hồ sơ mới đó."
        en_next = "Work on that application instead."
    else:
        vi_done = "thành một hồ sơ nháp mới"
        en_done = "as a new draft"
        vi_next = f"Hãy tiếp tục hồ sơ nháp đó (trong các hồ sơ chưa hoàn thành của {who})."
        en_next = f"Continue that draft instead (among the unfinished drafts of {who})."
    return ReopenRefusedError(
        f"Hồ sơ này đã được mở lại {vi_done} lúc {when}, do {who}; không mở lại lần nữa được. "
        + vi_next,
        f"This application was already re-opened {en_done} on {when} by {who}; it cannot be "
        "re-opened twice. " + en_next,
        f"reopen refused: {application_id} already re-opened as {new_number or 'a draft'}",
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
    the application was rejected (by the register or a supervisor), was not re-opened
    before, and its sealed copy is still on the station.
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

        def record(session: Session) -> None:
            # Checked again in the writing transaction: two desks re-opening at once.
            row = session.get(OutboxRow, application_id)
            assert row is not None  # outbox rows are never deleted
            if row.reopened_as is not None:
                raise _already_reopened(application_id, row.reopened_at, row.reopened_by, None)
            row.reopened_as = new_id
            row.reopened_at = now
            row.reopened_by = officer_id
            audit.append(
                session,
                at=now,
                actor=officer_id,
                action=AuditAction.REOPEN,
                application_number=number,
                detail={"new_application_id": new_id},
            )

        writer.run(record)
    except BaseException:
        # A half-copied draft must not be offered after a crash as if it were complete.
        with contextlib.suppress(Exception):
            drafts.discard(new_id, officer_id)
        raise
    return new_id


def _check_reopenable(reader: sessionmaker[Session], application_id: str) -> str:
    """The application number, once the row is rejected, not re-opened, its payload held."""
    successor = aliased(SealedApplication)
    with reader() as session:
        row = session.execute(
            select(
                OutboxRow.state,
                SealedApplication.application_number,
                SealedApplication.ciphertext.is_(None),
                OutboxRow.reopened_as,
                OutboxRow.reopened_at,
                OutboxRow.reopened_by,
                successor.application_number,
            )
            .join(SealedApplication, SealedApplication.application_id == OutboxRow.application_id)
            .outerjoin(successor, successor.application_id == OutboxRow.reopened_as)
            .where(OutboxRow.application_id == application_id)
        ).first()
    if row is None or OutboxState(row[0]) is not OutboxState.REJECTED:
        raise _not_rejected(application_id, None if row is None else OutboxState(row[0]))
    if row[3] is not None:
        raise _already_reopened(application_id, row[4], row[5], row[6])
    if row[2]:
        raise _purged(application_id)
    return str(row[1])
