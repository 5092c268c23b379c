"""Re-opening a rejected application: a new draft with the same data, a new id, no number."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from sqlalchemy import select, update

from station import reopen as reopen_module
from station.audit import AuditAction, AuditLog
from station.drafts import DraftStore
from station.outbox import Outbox, QueueEntry, Receipt
from station.protect.keystore import KdfParams, Keystore, StationSecrets
from station.record import ApplicationRecord, PortraitRef
from station.refdata import ReferenceData
from station.reopen import ReopenRefusedError, reopen_as_draft
from station.review import SupervisorReview
from station.samples import sample_record
from station.sealing import Sealer
from station.storage.database import StationDatabase, open_database
from station.storage.diskguard import DiskGuard
from station.storage.schema import AuditEvent, Officer, OutboxState, Role, SealedApplication
from station.storage.writer import WriteExecutor
from station.validation import ValidationContext

PHOTO = os.urandom(3000)
CHIP = os.urandom(500)
NOW = dt.datetime(2026, 11, 23, 2, 30, tzinfo=dt.UTC)


@dataclass
class Desk:
    """The storage graph of a station, a sealer holding for review, and the review."""

    db: StationDatabase
    writer: WriteExecutor
    secrets: StationSecrets
    drafts: DraftStore
    sealer: Sealer
    outbox: Outbox
    audit: AuditLog
    review: SupervisorReview
    refdata: ReferenceData

    def seal(self) -> tuple[str, ApplicationRecord]:
        """Seal the sample application (held for review); its id and record."""
        draft = self.drafts.start("officer-1", "HN0001")
        application_id = draft.meta.application_id
        digest = self.drafts.put_attachment(application_id, "portrait", PHOTO)
        self.drafts.put_attachment(application_id, "chip", CHIP)
        record = dataclasses.replace(
            sample_record(self.refdata, NOW),
            meta=draft.meta,
            portrait=PortraitRef("portrait", digest, NOW),
        )
        self.drafts.save(record)
        self.sealer.seal(application_id, "officer-1")
        return application_id, record

    def reopen(self, application_id: str, officer_id: str = "officer-2") -> str:
        return reopen_as_draft(
            reader=self.db.reader_sessions(),
            sealer=self.sealer,
            drafts=self.drafts,
            writer=self.writer,
            audit=self.audit,
            clock=lambda: NOW,
            station_code="HN0001",
            application_id=application_id,
            officer_id=officer_id,
        )


@pytest.fixture
def desk(tmp_path: Path, refdata: ReferenceData) -> Iterator[Desk]:
    secrets = Keystore(tmp_path / "station.keys", KdfParams(1, 1024, 1)).create("passphrase x")
    db = open_database(tmp_path / "station.db")
    writer = WriteExecutor(db.writer_sessions())
    reader = db.reader_sessions()
    audit = AuditLog(secrets.derived("audit"))

    def clock() -> dt.datetime:
        return NOW

    outbox = Outbox(writer, reader, audit, clock)
    sealer = Sealer(
        writer,
        reader,
        secrets,
        X25519PrivateKey.generate().public_key(),
        audit,
        lambda day: ValidationContext(refdata, day),
        clock,
        hold_for_review=True,
    )
    drafts = DraftStore(writer, reader, secrets, audit, DiskGuard(tmp_path, 1, 1), clock)
    writer.run(
        lambda s: s.add(
            Officer(
                officer_id="super1",
                display_name="Giám sát",
                role=Role.SUPERVISOR,
                password_hash="x",
                created_at=NOW,
            )
        )
    )
    review = SupervisorReview(writer, reader, outbox, audit, clock)
    yield Desk(db, writer, secrets, drafts, sealer, outbox, audit, review, refdata)
    writer.close()
    db.close()


def rejected_by_register(desk: Desk) -> tuple[str, ApplicationRecord]:
    application_id, record = desk.seal()
    desk.review.approve([application_id], "super1")
    desk.outbox.transition([application_id], OutboxState.SENDING, batch_id="b")
    desk.outbox.apply_receipts([Receipt(application_id, False, "photo", "Ảnh không đạt")])
    return application_id, record


def test_reopen_copies_the_data_under_a_new_id(desk: Desk) -> None:
    application_id, record = rejected_by_register(desk)

    new_id = desk.reopen(application_id)

    assert new_id != application_id
    draft = desk.drafts.load(new_id)
    assert draft.meta.application_id == new_id
    assert draft.meta.application_number is None
    assert draft.meta.officer_id == "officer-2"
    assert draft.applicant == record.applicant
    assert draft.contact == record.contact
    assert draft.portrait == record.portrait
    assert desk.drafts.attachment(new_id, "portrait") == PHOTO
    assert desk.drafts.attachment(new_id, "chip") == CHIP
    assert [d.application_id for d in desk.drafts.unfinished("officer-2")] == [new_id]
    # The rejected application stays as it was.
    (entry,) = desk.outbox.page()
    assert entry.state is OutboxState.REJECTED
    with desk.db.reader_sessions()() as session:
        (event,) = session.scalars(
            select(AuditEvent).where(AuditEvent.action == AuditAction.REOPEN.value)
        )
        assert (event.actor, event.application_number) == ("officer-2", entry.application_number)
        assert desk.audit.verify(session).ok


def test_reopen_after_a_supervisor_rejected(desk: Desk) -> None:
    application_id, record = desk.seal()
    desk.review.reject(application_id, "super1", "Sai ngày sinh")

    new_id = desk.reopen(application_id)

    assert desk.drafts.load(new_id).applicant == record.applicant


@pytest.mark.parametrize("state", ["held", "queued", "accepted", "missing"])
def test_reopen_refused_unless_rejected(desk: Desk, state: str) -> None:
    application_id, _ = desk.seal()
    if state != "held":
        desk.review.approve([application_id], "super1")
    if state == "accepted":
        desk.outbox.transition([application_id], OutboxState.SENDING, batch_id="b")
        desk.outbox.apply_receipts([Receipt(application_id, True)])
    target = "no-such-id" if state == "missing" else application_id

    with pytest.raises(ReopenRefusedError) as caught:
        desk.reopen(target)

    assert "bị từ chối" in caught.value.message("vi")
    assert "rejected" in caught.value.message("en")
    assert desk.drafts.unfinished() == []


def test_reopen_refused_when_the_copy_is_gone(desk: Desk) -> None:
    application_id, _ = rejected_by_register(desk)
    desk.writer.run(
        lambda s: s.execute(
            update(SealedApplication)
            .where(SealedApplication.application_id == application_id)
            .values(ciphertext=None, wrapped_key=None, purged_at=NOW)
        )
    )

    with pytest.raises(ReopenRefusedError) as caught:
        desk.reopen(application_id)

    assert "new one" in caught.value.message("en")
    assert desk.drafts.unfinished() == []


def test_a_failed_copy_leaves_no_draft_behind(desk: Desk, monkeypatch: pytest.MonkeyPatch) -> None:
    application_id, _ = rejected_by_register(desk)

    def broken_save(record: ApplicationRecord) -> int:
        raise OSError("disk gone")

    monkeypatch.setattr(desk.drafts, "save", broken_save)
    with pytest.raises(OSError):
        desk.reopen(application_id)

    assert desk.drafts.unfinished() == []


def entry_of(desk: Desk, application_id: str) -> QueueEntry:
    (entry,) = [e for e in desk.outbox.page() if e.application_id == application_id]
    return entry


def test_the_rejected_row_remembers_its_new_draft(desk: Desk) -> None:
    application_id, _ = rejected_by_register(desk)
    assert not entry_of(desk, application_id).reopened

    new_id = desk.reopen(application_id)

    entry = entry_of(desk, application_id)
    assert entry.reopened
    assert (entry.reopened_as, entry.reopened_at, entry.reopened_by) == (new_id, NOW, "officer-2")
    assert entry.reopened_number is None  # the new draft is not sealed yet
    with desk.db.reader_sessions()() as session:
        (event,) = session.scalars(
            select(AuditEvent).where(AuditEvent.action == AuditAction.REOPEN.value)
        )
    assert new_id in event.detail
    # Once the new draft is sealed, the rejected row shows its number.
    receipt = desk.sealer.seal(new_id, "officer-2")
    assert entry_of(desk, application_id).reopened_number == receipt.application_number
    assert not entry_of(desk, new_id).reopened


def test_a_second_reopen_is_refused_and_says_when_and_by_whom(desk: Desk) -> None:
    application_id, _ = rejected_by_register(desk)
    first = desk.reopen(application_id)

    with pytest.raises(ReopenRefusedError) as caught:
        desk.reopen(application_id, "officer-3")

    when = NOW.astimezone().strftime("%d/%m/%Y %H:%M")
    english, vietnamese = caught.value.message("en"), caught.value.message("vi")
    assert "already re-opened" in english and "twice" in english
    assert when in english and "officer-2" in english and "unfinished drafts" in english
    assert "đã được mở lại" in vietnamese and when in vietnamese and "officer-2" in vietnamese
    assert [d.application_id for d in desk.drafts.unfinished()] == [first]

    receipt = desk.sealer.seal(first, "officer-2")
    with pytest.raises(ReopenRefusedError) as again:
        desk.reopen(application_id)
    assert receipt.application_number in again.value.message("en")
    assert receipt.application_number in again.value.message("vi")


def test_two_desks_reopening_at_once_make_one_draft(
    desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    application_id, _ = rejected_by_register(desk)
    number = entry_of(desk, application_id).application_number
    first = desk.reopen(application_id)
    # The second desk read the row before the first one wrote: its check passed.
    monkeypatch.setattr(reopen_module, "_check_reopenable", lambda reader, app_id: number)

    with pytest.raises(ReopenRefusedError):
        desk.reopen(application_id, "officer-3")

    assert [d.application_id for d in desk.drafts.unfinished()] == [first]
    assert entry_of(desk, application_id).reopened_as == first
