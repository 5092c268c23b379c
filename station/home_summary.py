"""What the home screen shows: today's counts, the queue, unfinished drafts, disk and sync age.

Plain queries on the reader session over the outbox's own columns: nothing is decrypted,
nothing personal is read. "Today" is the station's local day.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from station.drafts import DraftSummary
from station.services import StationCore
from station.storage.diskguard import DiskLevel, DiskState
from station.storage.schema import OutboxRow, OutboxState
from station.sync.progress import SyncPhase, SyncProgress

AMBER_AFTER_DAYS = 3  # days without a successful sync before the home screen warns
RED_AFTER_DAYS = 7


@dataclass(frozen=True, slots=True)
class DayCounts:
    """Applications sealed today, and answers the register (or a supervisor) gave today."""

    sealed: int = 0
    accepted: int = 0
    rejected: int = 0


@dataclass(frozen=True, slots=True)
class QueueCounts:
    """Where the station's sealed applications stand."""

    waiting: int = 0  # queued, or held for a supervisor
    sending: int = 0
    accepted: int = 0
    rejected: int = 0
    exported: int = 0

    @classmethod
    def of(cls, counts: dict[OutboxState, int]) -> QueueCounts:
        """From :meth:`Outbox.counts`."""
        return cls(
            waiting=counts.get(OutboxState.QUEUED, 0) + counts.get(OutboxState.HELD, 0),
            sending=counts.get(OutboxState.SENDING, 0),
            accepted=counts.get(OutboxState.ACCEPTED, 0),
            rejected=counts.get(OutboxState.REJECTED, 0),
            exported=counts.get(OutboxState.EXPORTED, 0),
        )


class Staleness(StrEnum):
    """How worrying the time since the last successful sync is."""

    FRESH = "fresh"
    AMBER = "amber"  # more than AMBER_AFTER_DAYS
    RED = "red"  # more than RED_AFTER_DAYS
    NEVER = "never"  # enrolled but never synced


@dataclass(frozen=True, slots=True)
class SyncAge:
    """Whole days since the last successful sync, and how worrying that is."""

    days: int | None
    level: Staleness


@dataclass(frozen=True, slots=True)
class HomeSummary:
    """One reading for the home screen."""

    day: dt.date
    mine: DayCounts
    station: DayCounts
    queue: QueueCounts
    drafts: list[DraftSummary]
    disk: DiskState
    enrolled: bool
    last_success_at: dt.datetime | None


def local_day_bounds(day: dt.date, tz: dt.tzinfo | None = None) -> tuple[dt.datetime, dt.datetime]:
    """Start and end (exclusive) of *day* in the zone *tz* (None: the computer's own)."""
    start = dt.datetime.combine(day, dt.time.min, tzinfo=tz)
    end = dt.datetime.combine(day + dt.timedelta(days=1), dt.time.min, tzinfo=tz)
    if tz is None:  # naive local times: astimezone() reads them in the computer's zone
        return start.astimezone(), end.astimezone()
    return start, end


def local_today(now: dt.datetime, tz: dt.tzinfo | None = None) -> dt.date:
    """The local date of the aware time *now*."""
    return now.astimezone(tz).date()


def day_counts(
    reader: sessionmaker[Session],
    day: dt.date,
    officer_id: str | None = None,
    tz: dt.tzinfo | None = None,
) -> DayCounts:
    """Sealed, accepted and rejected on *day*, for one officer or (None) the whole station."""
    start, end = local_day_bounds(day, tz)
    sealed_query = select(func.count()).where(
        OutboxRow.queued_at >= start, OutboxRow.queued_at < end
    )
    answered = (OutboxState.ACCEPTED, OutboxState.REJECTED)
    answers_query = (
        select(OutboxRow.state, func.count())
        .where(
            OutboxRow.state.in_(answered),
            OutboxRow.state_changed_at >= start,
            OutboxRow.state_changed_at < end,
        )
        .group_by(OutboxRow.state)
    )
    if officer_id is not None:
        sealed_query = sealed_query.where(OutboxRow.officer_id == officer_id)
        answers_query = answers_query.where(OutboxRow.officer_id == officer_id)
    with reader() as session:
        sealed = session.scalar(sealed_query) or 0
        answers = {OutboxState(state): n for state, n in session.execute(answers_query).all()}
    return DayCounts(
        sealed=sealed,
        accepted=answers.get(OutboxState.ACCEPTED, 0),
        rejected=answers.get(OutboxState.REJECTED, 0),
    )


def sync_age(
    last_success_at: dt.datetime | None, now: dt.datetime, *, enrolled: bool = True
) -> SyncAge:
    """Days since the last successful sync; amber after 3 days, red after 7."""
    if last_success_at is None:
        return SyncAge(None, Staleness.NEVER if enrolled else Staleness.FRESH)
    elapsed = now - last_success_at
    days = max(0, elapsed.days)
    if elapsed > dt.timedelta(days=RED_AFTER_DAYS):
        return SyncAge(days, Staleness.RED)
    if elapsed > dt.timedelta(days=AMBER_AFTER_DAYS):
        return SyncAge(days, Staleness.AMBER)
    return SyncAge(days, Staleness.FRESH)


def home_summary(core: StationCore, officer_id: str, tz: dt.tzinfo | None = None) -> HomeSummary:
    """Everything the home screen shows for *officer_id* (a few indexed reads; a worker's job)."""
    reader = core.database.reader_sessions()
    day = local_today(core.clock(), tz)
    return HomeSummary(
        day=day,
        mine=day_counts(reader, day, officer_id, tz),
        station=day_counts(reader, day, None, tz),
        queue=QueueCounts.of(core.outbox.counts()),
        drafts=core.drafts.unfinished(officer_id),
        disk=core.disk.state(),
        enrolled=core.sync_state.enrolment() is not None,
        last_success_at=core.sync_state.cursor().last_success_at,
    )


class WarningKind(StrEnum):
    """Something on the home screen the officer (or IT) should act on."""

    DISK_FULL = "disk_full"  # number: free MiB
    DISK_LOW = "disk_low"  # number: free MiB
    NOT_ENROLLED = "not_enrolled"
    SYNC_BLOCKED = "sync_blocked"
    NEVER_SYNCED = "never_synced"
    SYNC_STALE = "sync_stale"  # number: days since the last successful sync
    CLOCK_SKEW = "clock_skew"  # number: minutes off the register's clock
    UNFINISHED_DRAFTS = "unfinished_drafts"  # number: how many


class WarningLevel(StrEnum):
    """Amber: soon a problem; red: a problem now."""

    AMBER = "amber"
    RED = "red"


@dataclass(frozen=True, slots=True)
class HomeWarning:
    """One warning; the screen words it in its language."""

    kind: WarningKind
    level: WarningLevel
    number: int = 0


def last_success(summary: HomeSummary, progress: SyncProgress | None) -> dt.datetime | None:
    """The latest successful sync known, from the engine's snapshot or the database."""
    moments = [summary.last_success_at]
    if progress is not None:
        moments.append(progress.last_success_at)
    known = [m for m in moments if m is not None]
    return max(known) if known else None


def home_warnings(
    summary: HomeSummary, progress: SyncProgress | None, now: dt.datetime
) -> list[HomeWarning]:
    """Every warning for *summary* and the latest sync snapshot, red ones first."""
    found: list[HomeWarning] = []
    disk = summary.disk
    if disk.level is DiskLevel.FULL:
        found.append(HomeWarning(WarningKind.DISK_FULL, WarningLevel.RED, disk.free_mib))
    elif disk.level is DiskLevel.LOW:
        found.append(HomeWarning(WarningKind.DISK_LOW, WarningLevel.AMBER, disk.free_mib))
    if not summary.enrolled:
        found.append(HomeWarning(WarningKind.NOT_ENROLLED, WarningLevel.RED))
    else:
        if progress is not None and progress.phase is SyncPhase.BLOCKED:
            found.append(HomeWarning(WarningKind.SYNC_BLOCKED, WarningLevel.RED))
        age = sync_age(last_success(summary, progress), now)
        if age.level is Staleness.NEVER:
            found.append(HomeWarning(WarningKind.NEVER_SYNCED, WarningLevel.AMBER))
        elif age.level is not Staleness.FRESH and age.days is not None:
            level = WarningLevel.RED if age.level is Staleness.RED else WarningLevel.AMBER
            found.append(HomeWarning(WarningKind.SYNC_STALE, level, age.days))
    skew = progress.clock_skew_seconds if progress is not None else None
    if skew is not None:
        minutes = max(1, round(abs(skew) / 60))
        found.append(HomeWarning(WarningKind.CLOCK_SKEW, WarningLevel.AMBER, minutes))
    if summary.drafts:
        found.append(
            HomeWarning(WarningKind.UNFINISHED_DRAFTS, WarningLevel.AMBER, len(summary.drafts))
        )
    found.sort(key=lambda w: w.level is not WarningLevel.RED)
    return found
