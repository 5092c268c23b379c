"""Supervisor review: held applications are never sent, approve queues, reject explains."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from sqlalchemy import select

from station.audit import AuditAction
from station.config import load_config
from station.outbox import SUPERVISOR_REJECTED, OutboxTransitionError, Receipt
from station.protect.keystore import KdfParams, Keystore
from station.record import PortraitRef
from station.refdata import ReferenceData
from station.review import ReviewRefusedError, SupervisorReview
from station.samples import sample_record
from station.sealing import Sealer
from station.services import StationCore, open_station_core
from station.storage.schema import AuditEvent, OutboxRow, OutboxState, Role
from station.sync.planner import BatchPlanner
from station.sync.state import Enrolment

PASSWORD = "Officer-pass-2026"
STATION_CODE = "HN0001"
START = dt.datetime(2026, 11, 23, 2, 30, tzinfo=dt.UTC)  # 09:30 in Hà Nội
HANOI = dt.timezone(dt.timedelta(hours=7))


class Clock:
    """A settable clock: the tests decide what time it is."""

    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> dt.datetime:
        return self.now


@dataclass
class Desk:
    """A station core with accounts, a sealer that holds for review, and the review."""

    core: StationCore
    clock: Clock
    sealer: Sealer
    review: SupervisorReview
    enrolment: Enrolment

    def seal(self, officer_id: str = "officer1", *, hold: bool = True) -> str:
        """Take the sample application and seal it; returns its application id."""
        drafts = self.core.drafts
        draft = drafts.start(officer_id, STATION_CODE)
        application_id = draft.meta.application_id
        digest = drafts.put_attachment(application_id, "portrait", os.urandom(2000))
        record = dataclasses.replace(
            sample_record(self.core.refdata, self.clock()),
            meta=draft.meta,
            portrait=PortraitRef("portrait", digest, self.clock()),
        )
        drafts.save(record)
        sealer = self.sealer if hold else self._sealer(hold=False)
        sealer.seal(application_id, officer_id)
        return application_id

    def state(self, application_id: str) -> OutboxRow:
        with self.core.database.reader_sessions()() as session:
            row = session.get(OutboxRow, application_id)
            assert row is not None
            return row

    def audit(self, action: AuditAction) -> list[AuditEvent]:
        with self.core.database.reader_sessions()() as session:
            return list(
                session.scalars(select(AuditEvent).where(AuditEvent.action == action.value))
            )

    def _sealer(self, *, hold: bool) -> Sealer:
        core = self.core
        return Sealer(
            core.writer,
            core.database.reader_sessions(),
            core.secrets,
            self.enrolment.register_key(),
            core.audit,
            core.validation_context,
            self.clock,
            hold_for_review=hold,
        )


@pytest.fixture
def desk(tmp_path: Path, refdata: ReferenceData) -> Iterator[Desk]:
    folder = tmp_path / "station"
    folder.mkdir()
    secrets = Keystore(folder / "station.keys", KdfParams(1, 1024, 1)).create("passphrase x")
    config = load_config([], {"STATION_STATION_CODE": STATION_CODE})
    clock = Clock()
    core = open_station_core(folder, secrets, config, refdata, clock=clock)
    core.accounts.create_first_admin("admin", "Quản trị", PASSWORD)
    core.accounts.create_account("admin", "officer1", "Nguyễn Văn An", Role.OFFICER, PASSWORD)
    core.accounts.create_account("admin", "officer2", "Lê Văn Cường", Role.OFFICER, PASSWORD)
    core.accounts.create_account("admin", "super1", "Trần Thị Bình", Role.SUPERVISOR, PASSWORD)
    enrolment = Enrolment(
        station_id="test-station",
        station_code=STATION_CODE,
        register_url="https://127.0.0.1:9",
        ca_pem="",
        register_exchange_public=X25519PrivateKey.generate().public_key().public_bytes_raw(),
        register_signing_public=Ed25519PrivateKey.generate().public_key().public_bytes_raw(),
        enrolled_at=START,
    )
    core.sync_state.save_enrolment(enrolment)
    review = SupervisorReview(
        core.writer, core.database.reader_sessions(), core.outbox, core.audit, clock
    )
    desk = Desk(core, clock, None, review, enrolment)  # type: ignore[arg-type]
    desk.sealer = desk._sealer(hold=True)
    yield desk
    core.close()


def test_sealing_with_review_on_holds_the_row(desk: Desk) -> None:
    application_id = desk.seal()

    row = desk.state(application_id)
    assert row.state == OutboxState.HELD
    assert row.next_attempt_at is None
    assert desk.core.outbox.counts()[OutboxState.HELD] == 1
    (entry,) = desk.core.outbox.page(state=OutboxState.HELD)
    assert entry.application_id == application_id
    (seal_event,) = desk.audit(AuditAction.SEAL)
    assert '"held_for_review":true' in seal_event.detail


def test_sealing_without_review_queues_as_before(desk: Desk) -> None:
    application_id = desk.seal(hold=False)
    assert desk.state(application_id).state == OutboxState.QUEUED


def test_held_rows_are_neither_planned_nor_exported_until_approved(desk: Desk) -> None:
    application_id = desk.seal()
    planner = BatchPlanner(desk.core.database.reader_sessions(), desk.core.secrets, desk.clock)
    long_ago = desk.clock() + dt.timedelta(days=30)  # even exported rows would be due

    assert planner.next_batch(desk.enrolment, 2_000_000, long_ago) is None
    assert desk.core.exporter.pending() == []

    desk.review.approve([application_id], "super1")

    batch = planner.next_batch(desk.enrolment, 2_000_000, None)
    assert batch is not None and batch.application_ids == (application_id,)
    assert desk.core.exporter.pending() == [application_id]


def test_held_rows_are_listed_oldest_first(desk: Desk) -> None:
    first = desk.seal("officer1")
    desk.clock.now += dt.timedelta(minutes=5)
    second = desk.seal("officer2")
    desk.seal(hold=False)

    held = desk.review.held()

    assert [e.application_id for e in held] == [first, second]
    assert [e.officer_id for e in held] == ["officer1", "officer2"]
    assert all(e.state is OutboxState.HELD for e in held)


def test_approve_queues_several_at_once_and_audits_each(desk: Desk) -> None:
    ids = [desk.seal(), desk.seal()]
    desk.clock.now += dt.timedelta(minutes=1)

    assert desk.review.approve(ids, "super1") == 2

    for application_id in ids:
        row = desk.state(application_id)
        assert row.state == OutboxState.QUEUED
        assert row.next_attempt_at == desk.clock()
    events = desk.audit(AuditAction.REVIEW_APPROVE)
    assert [e.actor for e in events] == ["super1", "super1"]
    assert {e.application_number for e in events} == {
        e.application_number for e in desk.core.outbox.page()
    }
    with desk.core.database.reader_sessions()() as session:
        assert desk.core.audit.verify(session).ok


def test_reject_ends_the_row_with_the_reason_and_keeps_it_out_of_the_audit(desk: Desk) -> None:
    application_id = desk.seal()

    desk.review.reject(application_id, "super1", "  Ảnh chân dung   bị mờ  ")

    row = desk.state(application_id)
    assert row.state == OutboxState.REJECTED
    assert row.reason_code == SUPERVISOR_REJECTED
    assert row.reason_text == "Ảnh chân dung bị mờ"
    (event,) = desk.audit(AuditAction.REVIEW_REJECT)
    assert event.actor == "super1"
    assert "mờ" not in event.detail
    assert desk.core.exporter.pending() == []


def test_reject_requires_a_reason(desk: Desk) -> None:
    application_id = desk.seal()

    with pytest.raises(ReviewRefusedError) as caught:
        desk.review.reject(application_id, "super1", "   ")

    assert "lý do" in caught.value.message("vi")
    assert "reason" in caught.value.message("en")
    assert desk.state(application_id).state == OutboxState.HELD


@pytest.mark.parametrize("actor", ["officer1", "nobody"])
def test_only_supervisors_and_admins_decide(desk: Desk, actor: str) -> None:
    application_id = desk.seal()

    with pytest.raises(ReviewRefusedError):
        desk.review.approve([application_id], actor)
    with pytest.raises(ReviewRefusedError):
        desk.review.reject(application_id, actor, "no")

    assert desk.state(application_id).state == OutboxState.HELD
    desk.review.approve([application_id], "admin")
    assert desk.state(application_id).state == OutboxState.QUEUED


def test_a_decided_row_cannot_be_decided_again(desk: Desk) -> None:
    approved, other = desk.seal(), desk.seal()
    desk.review.approve([approved], "super1")

    with pytest.raises(OutboxTransitionError):
        desk.review.approve([other, approved], "super1")
    with pytest.raises(OutboxTransitionError):
        desk.review.reject(approved, "super1", "too late")

    # One transaction: the valid row of the refused batch did not move either.
    assert desk.state(other).state == OutboxState.HELD
    with pytest.raises(ReviewRefusedError):
        desk.review.approve([], "super1")


def test_day_summary_counts_per_officer_and_in_total(desk: Desk) -> None:
    a1, a2, a3, a4 = (desk.seal("officer1") for _ in range(4))
    b1, _ = desk.seal("officer2"), desk.seal("officer2")
    desk.review.approve([a1, a2, a3, b1], "super1")
    desk.review.reject(a4, "super1", "thiếu chữ ký")
    outbox = desk.core.outbox
    outbox.transition([a1, a2, b1], OutboxState.SENDING, batch_id="b")
    outbox.apply_receipts(
        [Receipt(a1, True), Receipt(a2, False, "bad_photo", "x"), Receipt(b1, True)]
    )
    # The next day's application does not count.
    desk.clock.now += dt.timedelta(days=1)
    desk.seal("officer1")

    summary = desk.review.day_summary(START.astimezone(HANOI).date(), HANOI)

    by_officer = {o.officer_id: o for o in summary.officers}
    assert list(by_officer) == ["officer1", "officer2"]
    one, two = by_officer["officer1"], by_officer["officer2"]
    assert (one.sealed, one.approved, one.rejected_by_supervisor) == (4, 3, 1)
    assert (one.accepted, one.rejected_by_register, one.waiting, one.held) == (1, 1, 1, 0)
    assert (two.sealed, two.held, two.approved, two.accepted) == (2, 1, 1, 1)
    assert summary.total.sealed == 6
    assert summary.total.approved == 4
    assert summary.total.held == 1
    assert summary.total.officer_id == ""
    parts = ("held", "waiting", "exported", "accepted")
    rejected = summary.total.rejected_by_supervisor + summary.total.rejected_by_register
    assert sum(getattr(summary.total, p) for p in parts) + rejected == summary.total.sealed


def test_day_summary_uses_the_local_day(desk: Desk) -> None:
    desk.clock.now = dt.datetime(2026, 11, 23, 18, 0, tzinfo=dt.UTC)  # 01:00 on the 24th
    desk.seal()

    assert desk.review.day_summary(dt.date(2026, 11, 23), HANOI).total.sealed == 0
    assert desk.review.day_summary(dt.date(2026, 11, 24), HANOI).total.sealed == 1
    assert desk.review.day_summary(dt.date(2026, 11, 23), dt.UTC).total.sealed == 1


def test_viewing_a_sealed_application_is_audited(desk: Desk) -> None:
    desk.seal()
    (entry,) = desk.core.outbox.page()

    desk.review.record_viewed(entry.application_number, "super1")

    (event,) = desk.audit(AuditAction.VIEW_SEALED)
    assert (event.actor, event.application_number) == ("super1", entry.application_number)


def test_retry_now_makes_queued_rows_due(desk: Desk) -> None:
    queued = desk.seal(hold=False)
    held = desk.seal()
    later = desk.clock() + dt.timedelta(hours=1)
    desk.core.outbox.transition([queued], OutboxState.SENDING, batch_id="b")
    desk.core.outbox.transition([queued], OutboxState.QUEUED, error="x", next_attempt_at=later)

    assert desk.core.outbox.retry_now([queued, held]) == 1

    assert desk.state(queued).next_attempt_at == desk.clock()
    assert desk.state(held).state == OutboxState.HELD
    assert desk.core.outbox.payload_bytes([queued, held]) > 4000


@pytest.mark.parametrize("reviewer", ["super1", "admin"])
def test_nobody_decides_on_an_application_they_sealed(desk: Desk, reviewer: str) -> None:
    own = desk.seal(reviewer)

    with pytest.raises(ReviewRefusedError) as approving:
        desk.review.approve([own], reviewer)
    with pytest.raises(ReviewRefusedError) as rejecting:
        desk.review.reject(own, reviewer, "Ảnh mờ")

    assert "Another supervisor must review it" in approving.value.message("en")
    assert "giám sát khác" in approving.value.message("vi")
    assert "reject" in rejecting.value.message("en")
    assert "từ chối" in rejecting.value.message("vi")
    assert desk.state(own).state == OutboxState.HELD
    assert desk.audit(AuditAction.REVIEW_APPROVE) == []
    assert desk.audit(AuditAction.REVIEW_REJECT) == []
    # Another reviewer may decide on it.
    other = "admin" if reviewer == "super1" else "super1"
    desk.review.approve([own], other)
    assert desk.state(own).state == OutboxState.QUEUED


def test_a_batch_with_own_applications_is_refused_whole(desk: Desk) -> None:
    theirs = desk.seal("officer1")
    mine = [desk.seal("super1"), desk.seal("super1")]

    with pytest.raises(ReviewRefusedError) as caught:
        desk.review.approve([theirs, *mine], "super1")

    assert "2 of the 3 selected are yours" in caught.value.message("en")
    assert "none was approved" in caught.value.message("en")
    assert "2 trong 3" in caught.value.message("vi")
    assert [desk.state(i).state for i in (theirs, *mine)] == [OutboxState.HELD] * 3
    assert desk.audit(AuditAction.REVIEW_APPROVE) == []
    assert desk.review.approve([theirs], "super1") == 1
