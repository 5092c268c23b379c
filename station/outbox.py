"""The outbox: delivery state of sealed applications, crash recovery, retention purge."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from sqlalchemy import ColumnElement, and_, func, literal, select, update
from sqlalchemy.orm import Session, aliased, sessionmaker

from station.audit import AuditAction, AuditLog
from station.errors import StationError
from station.storage.schema import OutboxRow, OutboxState, SealedApplication
from station.storage.writer import WriteExecutor

Clock = Callable[[], dt.datetime]
SYSTEM_ACTOR = "system"
# The reason code of a row a supervisor rejected (the register's codes are its own).
SUPERVISOR_REJECTED = "supervisor_rejected"
# More numbers than this under a prefix: walk the queue order instead of the number index.
_DENSE_PREFIX = 2000
_IN_CHUNK = 500  # ids per IN (...) clause, well under SQLite's variable limit

# Transitions the outbox allows; anything else is a bug or a stale receipt.
_ALLOWED: dict[OutboxState, frozenset[OutboxState]] = {
    OutboxState.QUEUED: frozenset({OutboxState.SENDING, OutboxState.EXPORTED}),
    # Supervisor approval: approved rows join the queue, rejected ones end here.
    OutboxState.HELD: frozenset({OutboxState.QUEUED, OutboxState.REJECTED}),
    OutboxState.SENDING: frozenset(
        {OutboxState.QUEUED, OutboxState.ACCEPTED, OutboxState.REJECTED}
    ),
    OutboxState.EXPORTED: frozenset(
        {OutboxState.ACCEPTED, OutboxState.REJECTED, OutboxState.SENDING}
    ),
    OutboxState.ACCEPTED: frozenset(),
    OutboxState.REJECTED: frozenset(),
}


class OutboxTransitionError(StationError):
    """A state change the outbox does not allow (e.g. a receipt for an unsent row)."""

    def __init__(self, application_id: str, old: OutboxState, new: OutboxState) -> None:
        super().__init__(
            "Trạng thái hồ sơ trong hàng đợi không cho phép thao tác này.",
            "The application's queue state does not allow this.",
            f"{application_id}: {old} -> {new} not allowed",
        )


@dataclass(frozen=True, slots=True)
class QueueEntry:
    """One row of the queue view: nothing personal, nothing to decrypt."""

    application_id: str
    application_number: str
    officer_id: str
    sealed_at: dt.datetime
    state: OutboxState
    attempts: int
    last_error: str | None
    reason_code: str | None
    reason_text: str | None
    purged: bool
    # Re-opened as a new draft (rejected rows only): its id, when, by whom, and its number
    # once that draft is sealed.
    reopened_as: str | None = None
    reopened_at: dt.datetime | None = None
    reopened_by: str | None = None
    reopened_number: str | None = None

    @property
    def reopened(self) -> bool:
        """This rejected application was already re-opened as a new draft."""
        return self.reopened_as is not None


@dataclass(frozen=True, slots=True)
class Receipt:
    """The register's answer for one application of a batch."""

    application_id: str
    accepted: bool  # accepted or duplicate
    reason_code: str | None = None
    reason_text: str | None = None


class Outbox:
    """Reads and moves outbox rows; every write goes through the single writer."""

    def __init__(
        self,
        writer: WriteExecutor,
        reader: sessionmaker[Session],
        audit: AuditLog,
        clock: Clock,
    ) -> None:
        self._writer = writer
        self._reader = reader
        self._audit = audit
        self._clock = clock

    def recover_after_crash(self) -> int:
        """Rows left "sending" by a crash go back to "queued" (the register is idempotent)."""
        now = self._clock()

        def work(session: Session) -> int:
            result = session.execute(
                update(OutboxRow)
                .where(OutboxRow.state == OutboxState.SENDING)
                .values(state=OutboxState.QUEUED, next_attempt_at=now, state_changed_at=now)
            )
            return int(result.rowcount)  # type: ignore[attr-defined]

        return self._writer.run(work)

    def counts(self) -> dict[OutboxState, int]:
        """How many applications are in each state."""
        with self._reader() as session:
            rows = session.execute(
                select(OutboxRow.state, func.count()).group_by(OutboxRow.state)
            ).all()
        counts = dict.fromkeys(OutboxState, 0)
        counts.update({OutboxState(state): n for state, n in rows})
        return counts

    def page(
        self,
        *,
        limit: int = 100,
        before: tuple[dt.datetime, str] | None = None,
        state: OutboxState | None = None,
        officer_id: str | None = None,
        number_prefix: str | None = None,
        since: dt.datetime | None = None,
        until: dt.datetime | None = None,
    ) -> list[QueueEntry]:
        """One page of the queue, newest first, continuing after *before* (keyset paging).

        Only the columns the view shows are read: the encrypted payloads are never loaded.
        """
        sealed = SealedApplication
        successor = aliased(SealedApplication)  # the re-opened draft, once sealed
        query = (
            select(
                sealed.application_id,
                sealed.application_number,
                OutboxRow.officer_id,
                OutboxRow.queued_at,
                OutboxRow.state,
                OutboxRow.attempts,
                OutboxRow.last_error,
                OutboxRow.reason_code,
                OutboxRow.reason_text,
                sealed.purged_at,
                OutboxRow.reopened_as,
                OutboxRow.reopened_at,
                OutboxRow.reopened_by,
                successor.application_number,
            )
            .join(sealed, sealed.application_id == OutboxRow.application_id)
            .outerjoin(successor, successor.application_id == OutboxRow.reopened_as)
        )
        if before is not None:
            queued_at, application_id = before
            query = query.where(
                (OutboxRow.queued_at < queued_at)
                | ((OutboxRow.queued_at == queued_at) & (OutboxRow.application_id < application_id))
            )
        if state is not None:
            query = query.where(OutboxRow.state == state)
        if since is not None:
            query = query.where(OutboxRow.queued_at >= since)
        if until is not None:
            query = query.where(OutboxRow.queued_at < until)
        if officer_id is not None:
            query = query.where(OutboxRow.officer_id == officer_id)
        query = query.order_by(OutboxRow.queued_at.desc(), OutboxRow.application_id.desc()).limit(
            limit
        )
        with self._reader() as session:
            if number_prefix:
                query = query.where(_number_prefix(session, number_prefix))
            rows = session.execute(query).all()
        return [
            QueueEntry(
                application_id=r[0],
                application_number=r[1],
                officer_id=r[2],
                sealed_at=r[3],
                state=OutboxState(r[4]),
                attempts=r[5],
                last_error=r[6],
                reason_code=r[7],
                reason_text=r[8],
                purged=r[9] is not None,
                reopened_as=r[10],
                reopened_at=r[11],
                reopened_by=r[12],
                reopened_number=r[13],
            )
            for r in rows
        ]

    def transition(
        self,
        application_ids: Iterable[str],
        new_state: OutboxState,
        *,
        batch_id: str | None = None,
        error: str | None = None,
        next_attempt_at: dt.datetime | None = None,
    ) -> None:
        """Move rows to *new_state* in one transaction, checking each move is allowed."""
        ids = list(application_ids)
        now = self._clock()

        def work(session: Session) -> None:
            for row in _rows(session, ids):
                _move(row, new_state, now)
                if new_state is OutboxState.SENDING:
                    row.attempts += 1
                    row.batch_id = batch_id
                elif new_state is OutboxState.QUEUED:
                    row.last_error = error[:500] if error else None
                    row.next_attempt_at = next_attempt_at or now

        self._writer.run(work)

    def apply_receipts(self, receipts: Iterable[Receipt]) -> None:
        """Record the register's answers for a batch, all in one transaction."""
        by_id = {r.application_id: r for r in receipts}
        now = self._clock()

        def work(session: Session) -> None:
            accepted = rejected = 0
            for row in _rows(session, list(by_id)):
                receipt = by_id[row.application_id]
                if receipt.accepted:
                    _move(row, OutboxState.ACCEPTED, now)
                    accepted += 1
                else:
                    _move(row, OutboxState.REJECTED, now)
                    row.reason_code = receipt.reason_code
                    row.reason_text = (receipt.reason_text or "")[:500]
                    rejected += 1
                row.last_error = None
            self._audit.append(
                session,
                at=now,
                actor=SYSTEM_ACTOR,
                action=AuditAction.SYNC_RESULT,
                detail={"accepted": accepted, "rejected": rejected},
            )

        self._writer.run(work)

    def retry_now(self, application_ids: Iterable[str]) -> int:
        """Make queued rows due at once (the officer asked to retry); returns how many."""
        ids = list(application_ids)
        now = self._clock()

        def work(session: Session) -> int:
            result = session.execute(
                update(OutboxRow)
                .where(OutboxRow.application_id.in_(ids))
                .where(OutboxRow.state == OutboxState.QUEUED)
                .values(next_attempt_at=now)
            )
            return int(result.rowcount)  # type: ignore[attr-defined]

        return self._writer.run(work) if ids else 0

    def payload_bytes(self, application_ids: Iterable[str]) -> int:
        """The summed size of the sealed payloads still held for *application_ids*."""
        ids = list(application_ids)
        total = 0
        with self._reader() as session:
            for start in range(0, len(ids), _IN_CHUNK):
                total += (
                    session.scalar(
                        select(func.coalesce(func.sum(SealedApplication.size), 0))
                        .where(SealedApplication.application_id.in_(ids[start : start + _IN_CHUNK]))
                        .where(SealedApplication.ciphertext.is_not(None))
                    )
                    or 0
                )
        return total

    def release_held(self, session: Session, application_ids: Iterable[str]) -> dict[str, str]:
        """Approved by a supervisor: held rows join the queue, due now (caller's transaction).

        Returns the application number of each row, for the caller's audit events.
        """
        now = self._clock()
        rows = _rows(session, list(application_ids))
        for row in rows:
            _move(row, OutboxState.QUEUED, now)
            row.next_attempt_at = now
        return _numbers(session, [r.application_id for r in rows])

    def refuse_held(self, session: Session, application_id: str, reason_text: str) -> str:
        """Rejected by a supervisor with *reason_text* (caller's transaction); the number."""
        now = self._clock()
        (row,) = _rows(session, [application_id])
        _move(row, OutboxState.REJECTED, now)
        row.reason_code = SUPERVISOR_REJECTED
        row.reason_text = reason_text[:500]
        row.next_attempt_at = None
        return _numbers(session, [application_id])[application_id]

    def purge_accepted(self, retention: dt.timedelta = dt.timedelta(0)) -> int:
        """Drop the sealed payload of accepted applications older than *retention*.

        A stub stays (number, time, state, hash) for reports; nothing personal remains.
        """
        now = self._clock()
        cutoff = now - retention

        def work(session: Session) -> int:
            ids = session.scalars(
                select(OutboxRow.application_id)
                .join(
                    SealedApplication, SealedApplication.application_id == OutboxRow.application_id
                )
                .where(OutboxRow.state == OutboxState.ACCEPTED)
                .where(OutboxRow.state_changed_at <= cutoff)
                .where(SealedApplication.purged_at.is_(None))
            ).all()
            if not ids:
                return 0
            session.execute(
                update(SealedApplication)
                .where(SealedApplication.application_id.in_(ids))
                .values(ciphertext=None, wrapped_key=None, register_wrapped_key=None, purged_at=now)
            )
            self._audit.append(
                session,
                at=now,
                actor=SYSTEM_ACTOR,
                action=AuditAction.PURGE,
                detail={"applications": len(ids)},
            )
            return len(ids)

        return self._writer.run(work)


def _rows(session: Session, ids: list[str]) -> list[OutboxRow]:
    rows = list(session.scalars(select(OutboxRow).where(OutboxRow.application_id.in_(ids))))
    missing = set(ids) - {r.application_id for r in rows}
    if missing:
        raise StationError(
            "Không tìm thấy hồ sơ trong hàng đợi.",
            "The application is not in the queue.",
            f"outbox rows missing: {len(missing)}",
        )
    return rows


def _number_prefix(session: Session, number_prefix: str) -> ColumnElement[bool]:
    """The condition "the number starts with *number_prefix*", for the faster index.

    A range instead of LIKE, so the unique index on the number can serve it: the best
    plan when few numbers match (the matches are then sorted). When many match, walking
    the newest-first index and testing each row stops sooner, so the column is wrapped
    (``|| ''``) to keep SQLite off the number index. A capped count on the number index
    tells which case this is.
    """
    prefix = number_prefix.strip().upper()
    low, high = prefix, prefix + "\uffff"
    number = SealedApplication.application_number
    sample = select(literal(1)).where(number >= low, number < high).limit(_DENSE_PREFIX).subquery()
    if (session.scalar(select(func.count()).select_from(sample)) or 0) >= _DENSE_PREFIX:
        number = number + ""  # type: ignore[assignment]
    return and_(number >= low, number < high)


def _numbers(session: Session, ids: list[str]) -> dict[str, str]:
    rows = session.execute(
        select(SealedApplication.application_id, SealedApplication.application_number).where(
            SealedApplication.application_id.in_(ids)
        )
    ).all()
    return {str(application_id): str(number) for application_id, number in rows}


def _move(row: OutboxRow, new: OutboxState, now: dt.datetime) -> None:
    old = OutboxState(row.state)
    if new not in _ALLOWED[old]:
        raise OutboxTransitionError(row.application_id, old, new)
    row.state = new
    row.state_changed_at = now
