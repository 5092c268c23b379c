"""The home screen's numbers: today's counts per officer and station, queue, sync age."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

from station.config import load_config
from station.drafts import DraftSummary
from station.home_summary import (
    DayCounts,
    HomeSummary,
    HomeWarning,
    QueueCounts,
    Staleness,
    WarningKind,
    WarningLevel,
    day_counts,
    home_summary,
    home_warnings,
    last_success,
    local_day_bounds,
    sync_age,
)
from station.outbox import Receipt
from station.protect.keystore import KdfParams, Keystore
from station.record import PortraitRef
from station.refdata import ReferenceData
from station.samples import sample_record
from station.services import StationCore, open_station_core
from station.storage.diskguard import MIB, DiskLevel, DiskState
from station.storage.schema import OutboxState
from station.sync.progress import SyncPhase, SyncProgress
from station.sync.state import Enrolment

DAY = dt.date(2026, 11, 23)
UTC = dt.UTC


class Clock:
    """A clock the test moves by hand."""

    def __init__(self, now: dt.datetime) -> None:
        self.now = now

    def __call__(self) -> dt.datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock(dt.datetime(2026, 11, 22, 9, 0, tzinfo=UTC))


@pytest.fixture
def core(tmp_path: Path, refdata: ReferenceData, clock: Clock) -> Iterator[StationCore]:
    """A real station core, enrolled with a made-up register key so sealing works."""
    folder = tmp_path / "station"
    secrets = Keystore(folder / "station.keys", KdfParams(1, 1024, 1)).create("home summary keys")
    config = load_config([], {"STATION_STATION_CODE": "HN0001"})
    core = open_station_core(folder, secrets, config, refdata, clock=clock)
    core.sync_state.save_enrolment(
        Enrolment(
            "test-station",
            "HN0001",
            "https://127.0.0.1:9",
            "",
            X25519PrivateKey.generate().public_key().public_bytes_raw(),
            Ed25519PrivateKey.generate().public_key().public_bytes_raw(),
            clock(),
        )
    )
    yield core
    core.close()


def seal(core: StationCore, officer_id: str) -> str:
    """Draft, portrait and seal, as the officer does it (see register/simstation.py)."""
    now = core.clock()
    draft = core.drafts.start(officer_id, core.station_code)
    application_id = draft.meta.application_id
    digest = core.drafts.put_attachment(application_id, "portrait", os.urandom(1000))
    record = dataclasses.replace(
        sample_record(core.refdata, now),
        meta=draft.meta,
        portrait=PortraitRef("portrait", digest, now),
    )
    core.drafts.save(record)
    core.sealer().seal(application_id, officer_id)
    return application_id


def answer(core: StationCore, application_id: str, accepted: bool) -> None:
    core.outbox.transition([application_id], OutboxState.SENDING)
    core.outbox.apply_receipts(
        [Receipt(application_id, accepted, None if accepted else "X1", "bad photo")]
    )


def test_counts_of_one_day_per_officer_and_station(core: StationCore, clock: Clock) -> None:
    yesterday = seal(core, "officer1")  # sealed on the 22nd, accepted on the 23rd
    clock.now = dt.datetime(2026, 11, 23, 8, 0, tzinfo=UTC)
    mine_a = seal(core, "officer1")
    mine_b = seal(core, "officer1")
    seal(core, "officer2")
    clock.now = dt.datetime(2026, 11, 23, 15, 0, tzinfo=UTC)
    answer(core, yesterday, accepted=True)
    answer(core, mine_a, accepted=True)
    answer(core, mine_b, accepted=False)
    core.drafts.start("officer1", "HN0001")  # an unfinished draft

    reader = core.database.reader_sessions()
    assert day_counts(reader, DAY, "officer1", UTC) == DayCounts(2, 2, 1)
    assert day_counts(reader, DAY, "officer2", UTC) == DayCounts(1, 0, 0)
    assert day_counts(reader, DAY, None, UTC) == DayCounts(3, 2, 1)
    assert day_counts(reader, DAY - dt.timedelta(days=1), None, UTC) == DayCounts(1, 0, 0)

    summary = home_summary(core, "officer1", UTC)
    assert summary.day == DAY
    assert summary.mine == DayCounts(2, 2, 1)
    assert summary.station == DayCounts(3, 2, 1)
    assert summary.queue == QueueCounts(waiting=1, accepted=2, rejected=1)
    assert [d.officer_id for d in summary.drafts] == ["officer1"]
    assert summary.enrolled
    assert summary.last_success_at is None


def test_local_day_follows_the_zone() -> None:
    hanoi = dt.timezone(dt.timedelta(hours=7))
    start, end = local_day_bounds(DAY, hanoi)
    assert start == dt.datetime(2026, 11, 22, 17, 0, tzinfo=UTC)
    assert end - start == dt.timedelta(days=1)
    local_start, _ = local_day_bounds(DAY)
    assert local_start.tzinfo is not None


def test_waiting_counts_queued_and_held() -> None:
    counts = dict.fromkeys(OutboxState, 1)
    assert QueueCounts.of(counts) == QueueCounts(2, 1, 1, 1, 1)


@pytest.mark.parametrize(
    ("days", "level"),
    [(0, Staleness.FRESH), (3, Staleness.FRESH), (4, Staleness.AMBER), (8, Staleness.RED)],
)
def test_sync_age_turns_amber_after_three_days_and_red_after_seven(
    days: int, level: Staleness
) -> None:
    now = dt.datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
    age = sync_age(now - dt.timedelta(days=days), now)
    assert age.level is level
    assert age.days == days


def test_never_synced() -> None:
    now = dt.datetime(2026, 11, 23, tzinfo=UTC)
    assert sync_age(None, now).level is Staleness.NEVER
    assert sync_age(None, now, enrolled=False).level is Staleness.FRESH


def summary_with(**changes: object) -> HomeSummary:
    base = HomeSummary(
        day=DAY,
        mine=DayCounts(),
        station=DayCounts(),
        queue=QueueCounts(),
        drafts=[],
        disk=DiskState(DiskLevel.OK, 10_000 * MIB),
        enrolled=True,
        last_success_at=dt.datetime(2026, 11, 23, 8, 0, tzinfo=UTC),
    )
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


NOON = dt.datetime(2026, 11, 23, 12, 0, tzinfo=UTC)


def test_no_warnings_on_a_good_day() -> None:
    assert home_warnings(summary_with(), None, NOON) == []


def test_warnings_red_first_with_their_numbers() -> None:
    draft = DraftSummary("a", "officer1", NOON, NOON, 1)
    summary = summary_with(
        disk=DiskState(DiskLevel.LOW, 900 * MIB),
        last_success_at=NOON - dt.timedelta(days=9),
        drafts=[draft, draft],
    )
    progress = SyncProgress(SyncPhase.BLOCKED, clock_skew_seconds=-400.0)

    warnings = home_warnings(summary, progress, NOON)

    assert warnings == [
        HomeWarning(WarningKind.SYNC_BLOCKED, WarningLevel.RED),
        HomeWarning(WarningKind.SYNC_STALE, WarningLevel.RED, 9),
        HomeWarning(WarningKind.DISK_LOW, WarningLevel.AMBER, 900),
        HomeWarning(WarningKind.CLOCK_SKEW, WarningLevel.AMBER, 7),
        HomeWarning(WarningKind.UNFINISHED_DRAFTS, WarningLevel.AMBER, 2),
    ]


def test_not_enrolled_and_disk_full() -> None:
    summary = summary_with(
        enrolled=False, last_success_at=None, disk=DiskState(DiskLevel.FULL, 10 * MIB)
    )
    kinds = [w.kind for w in home_warnings(summary, None, NOON)]
    assert kinds == [WarningKind.DISK_FULL, WarningKind.NOT_ENROLLED]


def test_engine_snapshot_can_be_newer_than_the_database() -> None:
    summary = summary_with(last_success_at=NOON - dt.timedelta(days=5))
    progress = SyncProgress(SyncPhase.IDLE, last_success_at=NOON)
    assert last_success(summary, progress) == NOON
    assert home_warnings(summary, progress, NOON) == []
    kinds = [w.kind for w in home_warnings(summary_with(last_success_at=None), None, NOON)]
    assert kinds == [WarningKind.NEVER_SYNCED]
