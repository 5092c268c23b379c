"""Supervisor review: approve or reject held applications before upload; the day's summary.

When supervisor approval is on, sealing leaves the outbox row "held": the sync engine
and the USB export never pick it. A supervisor approves it (it joins the queue) or
rejects it with a reason the officer sees (it ends "rejected" and can be re-opened as a
new draft). Each decision is one transaction with its audit event. The rejection reason
is free text about a citizen's application, so it goes on the outbox row, never into
the audit chain. Four eyes: nobody decides on an application they sealed themselves.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, fields, replace

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from station.audit import AuditAction, AuditLog
from station.errors import StationError
from station.outbox import SUPERVISOR_REJECTED, Outbox, QueueEntry
from station.storage.schema import (
    AuditEvent,
    Officer,
    OutboxRow,
    OutboxState,
    Role,
    SealedApplication,
)
from station.storage.writer import WriteExecutor

Clock = Callable[[], dt.datetime]
MAX_REASON_CHARS = 500  # the width of the outbox's reason column
_REVIEWERS = frozenset({Role.SUPERVISOR, Role.ADMIN})


class ReviewRefusedError(StationError):
    """A review decision the station refuses: wrong role, own application, no reason, none."""


def _not_a_supervisor(actor: str) -> ReviewRefusedError:
    return ReviewRefusedError(
        "Chỉ cán bộ giám sát hoặc quản trị viên mới được duyệt hồ sơ. "
        "Hãy đăng nhập bằng tài khoản giám sát.",
        "Only a supervisor or an administrator may review applications. "
        "Log in with a supervisor account.",
        f"review refused: {actor} is not a supervisor",
    )


def _reason_required() -> ReviewRefusedError:
    return ReviewRefusedError(
        "Hãy nhập lý do từ chối: cán bộ tiếp nhận sẽ thấy lý do này để sửa hồ sơ.",
        "Enter the reason for rejecting: the officer sees it to correct the application.",
        "review reject without a reason",
    )


def _nothing_chosen() -> ReviewRefusedError:
    return ReviewRefusedError(
        "Chưa chọn hồ sơ nào. Hãy chọn hồ sơ cần duyệt trong danh sách.",
        "No application is selected. Select the applications to approve in the list.",
        "review approve with no application",
    )


def _own_applications(own: int, total: int, *, rejecting: bool) -> ReviewRefusedError:
    if total == 1:
        verb_vi, verb_en = ("từ chối", "reject") if rejecting else ("duyệt", "approve")
        return ReviewRefusedError(
            f"Bạn không được {verb_vi} hồ sơ do chính mình niêm phong. "
            "Một cán bộ giám sát khác phải duyệt hồ sơ này.",
            f"You may not {verb_en} an application you sealed yourself. "
            "Another supervisor must review it.",
            f"review refused: reviewer sealed the application ({verb_en})",
        )
    return ReviewRefusedError(
        f"Bạn không được duyệt hồ sơ do chính mình niêm phong: {own} trong {total} hồ sơ "
        "đã chọn là của bạn, nên chưa hồ sơ nào được duyệt. Hãy bỏ chọn các hồ sơ đó và "
        "duyệt lại; một cán bộ giám sát khác phải duyệt chúng.",
        f"You may not approve applications you sealed yourself: {own} of the {total} "
        "selected are yours, so none was approved. Leave them out of the selection and "
        "approve again; another supervisor must review them.",
        f"review refused: {own} of {total} sealed by the reviewer",
    )


@dataclass(frozen=True, slots=True)
class OfficerDay:
    """One officer's applications sealed on a day, by where they stand now.

    ``held``, ``waiting``, ``exported``, ``accepted``, ``rejected_by_supervisor`` and
    ``rejected_by_register`` split ``sealed``; ``approved`` counts those a supervisor
    approved (they are also counted where they went on to).
    """

    officer_id: str
    sealed: int = 0
    held: int = 0  # still waiting for a supervisor
    approved: int = 0
    rejected_by_supervisor: int = 0
    waiting: int = 0  # queued or being sent
    exported: int = 0  # on a USB drive, waiting for the register's word
    accepted: int = 0
    rejected_by_register: int = 0

    def counts(self) -> tuple[int, ...]:
        """The counters in column order (sealed, held, approved, ... rejected by register)."""
        return tuple(getattr(self, name) for name in COUNTERS)

    def plus(self, other: OfficerDay) -> OfficerDay:
        """The sum of two rows (for the totals), keeping this row's officer."""
        counts = {name: getattr(self, name) + getattr(other, name) for name in COUNTERS}
        return replace(self, **counts)


# The names of OfficerDay's counters, in the order screens and printouts show them.
COUNTERS = tuple(f.name for f in fields(OfficerDay) if f.name != "officer_id")


@dataclass(frozen=True, slots=True)
class DaySummary:
    """The end-of-day summary: per officer (by login name) and in total."""

    day: dt.date
    officers: tuple[OfficerDay, ...]
    total: OfficerDay


@dataclass(frozen=True, slots=True)
class DaySummaryReport:
    """The end-of-day summary as printed: the station, the counts, who printed it and when.

    Nothing about citizens: counts and the station's own accounts only.
    """

    station_code: str
    station_name: str
    summary: DaySummary
    printed_at: dt.datetime
    printed_by: str  # login name
    officer_names: Mapping[str, str] = field(default_factory=dict)  # login -> display name

    def officer_label(self, officer_id: str) -> str:
        """The officer as on screen: display name and login, or the login alone."""
        return officer_label(officer_id, self.officer_names)


def officer_label(officer_id: str, names: Mapping[str, str]) -> str:
    """Display name and login ("Name (login)"), or the login alone for an unknown account."""
    name = names.get(officer_id)
    return f"{name} ({officer_id})" if name else officer_id


def day_bounds(day: dt.date, tz: dt.tzinfo) -> tuple[dt.datetime, dt.datetime]:
    """Midnight to midnight of *day* in *tz*, as aware datetimes."""
    start = dt.datetime.combine(day, dt.time(0), tzinfo=tz)
    end = dt.datetime.combine(day + dt.timedelta(days=1), dt.time(0), tzinfo=tz)
    return start, end


class SupervisorReview:
    """The supervisor's decisions on held applications, and the end-of-day counts."""

    def __init__(
        self,
        writer: WriteExecutor,
        reader: sessionmaker[Session],
        outbox: Outbox,
        audit: AuditLog,
        clock: Clock,
    ) -> None:
        self._writer = writer
        self._reader = reader
        self._outbox = outbox
        self._audit = audit
        self._clock = clock

    def held(self, limit: int = 5000) -> list[QueueEntry]:
        """The applications waiting for a decision, oldest first (reviewed in order)."""
        with self._reader() as session:
            rows = session.execute(
                select(
                    OutboxRow.application_id,
                    SealedApplication.application_number,
                    OutboxRow.officer_id,
                    OutboxRow.queued_at,
                    OutboxRow.attempts,
                )
                .join(
                    SealedApplication,
                    SealedApplication.application_id == OutboxRow.application_id,
                )
                .where(OutboxRow.state == OutboxState.HELD)
                .order_by(OutboxRow.queued_at, OutboxRow.application_id)
                .limit(limit)
            ).all()
        return [
            QueueEntry(
                application_id=r[0],
                application_number=r[1],
                officer_id=r[2],
                sealed_at=r[3],
                state=OutboxState.HELD,
                attempts=r[4],
                last_error=None,
                reason_code=None,
                reason_text=None,
                purged=False,
            )
            for r in rows
        ]

    def approve(self, application_ids: Iterable[str], supervisor_id: str) -> int:
        """Approve held applications (one transaction, one audit event each); the count.

        All or none: a batch holding any application *supervisor_id* sealed is refused.
        """
        ids = list(dict.fromkeys(application_ids))
        if not ids:
            raise _nothing_chosen()
        now = self._clock()

        def work(session: Session) -> int:
            _require_supervisor(session, supervisor_id)
            _refuse_own(session, ids, supervisor_id, rejecting=False)
            numbers = self._outbox.release_held(session, ids)
            for application_id in ids:
                self._audit.append(
                    session,
                    at=now,
                    actor=supervisor_id,
                    action=AuditAction.REVIEW_APPROVE,
                    application_number=numbers[application_id],
                )
            return len(ids)

        return self._writer.run(work)

    def reject(self, application_id: str, supervisor_id: str, reason: str) -> None:
        """Reject a held application; *reason* (required) is shown to the officer.

        Refused when *supervisor_id* sealed it: another supervisor must decide.
        """
        text = " ".join(reason.split())
        if not text:
            raise _reason_required()
        now = self._clock()

        def work(session: Session) -> None:
            _require_supervisor(session, supervisor_id)
            _refuse_own(session, [application_id], supervisor_id, rejecting=True)
            number = self._outbox.refuse_held(session, application_id, text[:MAX_REASON_CHARS])
            self._audit.append(
                session,
                at=now,
                actor=supervisor_id,
                action=AuditAction.REVIEW_REJECT,
                application_number=number,
                detail={"reason_code": SUPERVISOR_REJECTED},
            )

        self._writer.run(work)

    def record_viewed(self, application_number: str, actor: str) -> None:
        """Audit that *actor* opened the personal data of a sealed application."""
        now = self._clock()
        self._writer.run(
            lambda session: self._audit.append(
                session,
                at=now,
                actor=actor,
                action=AuditAction.VIEW_SEALED,
                application_number=application_number,
            )
        )

    def day_summary(self, day: dt.date, tz: dt.tzinfo) -> DaySummary:
        """What became of the applications sealed on *day* (local to *tz*), per officer."""
        start, end = day_bounds(day, tz)
        with self._reader() as session:
            rows = session.execute(
                select(
                    OutboxRow.officer_id,
                    OutboxRow.state,
                    OutboxRow.reason_code,
                    SealedApplication.application_number,
                )
                .join(
                    SealedApplication,
                    SealedApplication.application_id == OutboxRow.application_id,
                )
                .where(OutboxRow.queued_at >= start)
                .where(OutboxRow.queued_at < end)
            ).all()
            # Approvals come after sealing, so only events from the day's start can match.
            approved = set(
                session.scalars(
                    select(AuditEvent.application_number)
                    .where(AuditEvent.action == AuditAction.REVIEW_APPROVE.value)
                    .where(AuditEvent.at >= start)
                )
            )
        per_officer: dict[str, dict[str, int]] = {}
        for officer_id, state, reason_code, number in rows:
            counts = per_officer.setdefault(officer_id, dict.fromkeys(_COUNTED, 0))
            counts["sealed"] += 1
            counts[_bucket(OutboxState(state), reason_code)] += 1
            if number in approved:
                counts["approved"] += 1
        officers = tuple(
            OfficerDay(officer_id, **per_officer[officer_id]) for officer_id in sorted(per_officer)
        )
        total = OfficerDay("")
        for officer in officers:
            total = total.plus(officer)
        return DaySummary(day, officers, total)


_COUNTED = tuple(f.name for f in fields(OfficerDay) if f.name != "officer_id")


def _bucket(state: OutboxState, reason_code: str | None) -> str:
    if state is OutboxState.REJECTED:
        supervisor = reason_code == SUPERVISOR_REJECTED
        return "rejected_by_supervisor" if supervisor else "rejected_by_register"
    return {
        OutboxState.HELD: "held",
        OutboxState.QUEUED: "waiting",
        OutboxState.SENDING: "waiting",
        OutboxState.EXPORTED: "exported",
        OutboxState.ACCEPTED: "accepted",
    }[state]


def _require_supervisor(session: Session, actor: str) -> None:
    """Checked in the decision's own transaction, not only by the screen."""
    officer = session.get(Officer, actor)
    if officer is None or officer.disabled or Role(officer.role) not in _REVIEWERS:
        raise _not_a_supervisor(actor)


def _refuse_own(session: Session, ids: list[str], reviewer: str, *, rejecting: bool) -> None:
    """Four eyes, checked in the decision's transaction: none of *ids* sealed by *reviewer*."""
    own = session.scalar(
        select(func.count())
        .select_from(OutboxRow)
        .where(OutboxRow.application_id.in_(ids))
        .where(OutboxRow.officer_id == reviewer)
    )
    if own:
        raise _own_applications(int(own), len(ids), rejecting=rejecting)
