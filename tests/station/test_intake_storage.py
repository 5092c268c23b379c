"""Drafts, sealing and the outbox on a real SQLite file, with the real keys and audit chain."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from alembic import command
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from sqlalchemy import create_engine, select, update
from sqlalchemy.orm import sessionmaker

from station.audit import AuditLog
from station.drafts import DraftNotFoundError, DraftStore, unwrap_data_key
from station.outbox import Outbox, OutboxTransitionError, Receipt
from station.protect import aead
from station.protect.envelope import SignatureError, decrypt_with
from station.protect.keystore import KdfParams, Keystore, StationSecrets
from station.record import ApplicationRecord, PortraitRef
from station.refdata import ReferenceData
from station.samples import sample_record
from station.sealed_payload import parse_payload, verify_payload
from station.sealing import (
    SealedNotAvailableError,
    Sealer,
    SealRefusedError,
    payload_aad,
    register_aad,
    warning_key,
)
from station.storage import migrations
from station.storage.database import StationDatabase, open_database
from station.storage.diskguard import MIB, DiskFullError, DiskGuard
from station.storage.schema import AuditEvent, OutboxRow, OutboxState, SealedApplication
from station.storage.writer import StorageFullError, WriteExecutor
from station.validation import ValidationContext

PHOTO = os.urandom(40_000)
START = dt.datetime(2026, 11, 23, 2, 30, tzinfo=dt.UTC)


class Clock:
    """A settable clock: the tests decide what time it is."""

    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += dt.timedelta(**delta)


@dataclass
class Station:
    """The storage graph as main.py builds it, on a temporary data folder."""

    folder: Path
    db: StationDatabase
    writer: WriteExecutor
    secrets: StationSecrets
    drafts: DraftStore
    sealer: Sealer
    outbox: Outbox
    audit: AuditLog
    clock: Clock
    register: X25519PrivateKey
    free_bytes: list[int]


@pytest.fixture
def station(tmp_path: Path, refdata: ReferenceData) -> Iterator[Station]:
    folder = tmp_path / "data"
    secrets = Keystore(folder / "station.keys", KdfParams(1, 1024, 1)).create(
        "a long station passphrase"
    )
    db = open_database(folder / "station.db")
    writer = WriteExecutor(db.writer_sessions())
    clock = Clock()
    audit = AuditLog(secrets.derived("audit"))
    free = [10_000 * MIB]
    disk = DiskGuard(folder, floor_mib=500, warn_mib=2000, free_bytes=lambda _: free[0])
    register = X25519PrivateKey.generate()
    reader = db.reader_sessions()
    st = Station(
        folder,
        db,
        writer,
        secrets,
        DraftStore(writer, reader, secrets, audit, disk, clock),
        Sealer(
            writer,
            reader,
            secrets,
            register.public_key(),
            audit,
            lambda day: ValidationContext(refdata, day),
            clock,
        ),
        Outbox(writer, reader, audit, clock),
        audit,
        clock,
        register,
        free,
    )
    yield st
    writer.close()
    db.close()


def filled_draft(st: Station, refdata: ReferenceData) -> ApplicationRecord:
    """A draft holding the sample application and its portrait."""
    draft = st.drafts.start("officer-1", "HN0001")
    sample = sample_record(refdata, st.clock())
    digest = st.drafts.put_attachment(draft.meta.application_id, "portrait", PHOTO)
    record = dataclasses.replace(
        sample,
        meta=draft.meta,
        portrait=PortraitRef("portrait", digest, st.clock()),
    )
    st.drafts.save(record)
    return record


def test_draft_autosave_and_reload(station: Station, refdata: ReferenceData) -> None:
    record = filled_draft(station, refdata)
    loaded = station.drafts.load(record.meta.application_id)
    assert loaded.applicant == record.applicant
    assert station.drafts.attachment(record.meta.application_id, "portrait") == PHOTO
    (summary,) = station.drafts.unfinished("officer-1")
    assert summary.application_id == record.meta.application_id
    assert summary.revision == 1
    assert station.drafts.unfinished("someone-else") == []


def test_draft_survives_reopening_the_database(station: Station, refdata: ReferenceData) -> None:
    record = filled_draft(station, refdata)
    station.writer.close()
    station.db.close()
    db = open_database(station.folder / "station.db")
    try:
        writer = WriteExecutor(db.writer_sessions())
        disk = DiskGuard(station.folder)
        drafts = DraftStore(
            writer, db.reader_sessions(), station.secrets, station.audit, disk, station.clock
        )
        assert drafts.load(record.meta.application_id).applicant == record.applicant
        writer.close()
    finally:
        db.close()
    station.db = open_database(station.folder / "station.db")
    station.writer = WriteExecutor(station.db.writer_sessions())


def test_discarded_draft_is_gone(station: Station, refdata: ReferenceData) -> None:
    record = filled_draft(station, refdata)
    station.drafts.discard(record.meta.application_id, "officer-1")
    with pytest.raises(DraftNotFoundError):
        station.drafts.load(record.meta.application_id)
    assert station.drafts.unfinished() == []


def test_new_intake_refused_when_disk_is_nearly_full(station: Station) -> None:
    station.free_bytes[0] = 100 * MIB
    with pytest.raises(DiskFullError) as caught:
        station.drafts.start("officer-1", "HN0001")
    assert "100 MB" in caught.value.message("vi")
    assert station.drafts.unfinished() == []


def test_seal_freezes_signs_encrypts_and_queues(station: Station, refdata: ReferenceData) -> None:
    record = filled_draft(station, refdata)
    receipt = station.sealer.seal(record.meta.application_id, "officer-1")
    assert receipt.application_number == "HN0001-261123-00001-" + receipt.application_number[-2:]
    content = station.sealer.open_sealed(record.meta.application_id)
    assert content.record.applicant == record.applicant
    assert content.record.meta.application_number == receipt.application_number
    assert content.attachments == {"portrait": PHOTO}
    with pytest.raises(DraftNotFoundError):
        station.drafts.load(record.meta.application_id)

    with station.db.reader_sessions()() as session:
        row = session.get(SealedApplication, record.meta.application_id)
        assert row is not None
        assert row.register_wrapped_key is not None and row.ciphertext is not None
        # Only the register's private key opens the upload copy.
        ids = (row.application_id, row.application_number)
        data_key = decrypt_with(station.register, row.register_wrapped_key, register_aad(*ids))
        payload = aead.decrypt(data_key, row.ciphertext, payload_aad(*ids))
        verify_payload(station.secrets.signing_key.public_key(), payload, row.sha256, row.signature)
        assert parse_payload(payload).record == content.record
        outbox = session.get(OutboxRow, record.meta.application_id)
        assert outbox is not None and outbox.state == OutboxState.QUEUED
        actions = [e.action for e in session.scalars(select(AuditEvent).order_by(AuditEvent.seq))]
    assert actions[-1] == "seal"


def test_numbers_are_sequential_per_day(station: Station, refdata: ReferenceData) -> None:
    numbers = []
    for _ in range(3):
        record = filled_draft(station, refdata)
        numbers.append(
            station.sealer.seal(record.meta.application_id, "officer-1").application_number
        )
    assert [n.split("-")[2] for n in numbers] == ["00001", "00002", "00003"]
    station.clock.advance(days=1)
    record = filled_draft(station, refdata)
    number = station.sealer.seal(record.meta.application_id, "officer-1").application_number
    assert number.split("-")[1:3] == ["261124", "00001"]
    station.clock.advance(days=-1)  # the clock is set back: numbers stay unique
    record = filled_draft(station, refdata)
    number = station.sealer.seal(record.meta.application_id, "officer-1").application_number
    assert number.split("-")[1:3] == ["261123", "00004"]


def test_seal_refused_with_errors_and_unacknowledged_warnings(
    station: Station, refdata: ReferenceData
) -> None:
    record = filled_draft(station, refdata)
    application_id = record.meta.application_id
    broken = dataclasses.replace(
        record, applicant=dataclasses.replace(record.applicant, full_name="")
    )
    station.drafts.save(broken)
    with pytest.raises(SealRefusedError) as caught:
        station.sealer.seal(application_id, "officer-1")
    assert {f.code for f in caught.value.findings} == {"name.missing"}

    warned = dataclasses.replace(
        record, applicant=dataclasses.replace(record.applicant, id_number="001191372915")
    )
    station.drafts.save(warned)
    with pytest.raises(SealRefusedError) as caught:
        station.sealer.seal(application_id, "officer-1")
    keys = frozenset(warning_key(f) for f in caught.value.findings)
    assert keys == {"applicant.id_number:id_number.year_mismatch"} | {
        k for k in keys if k.startswith("previous_card")
    }
    receipt = station.sealer.seal(application_id, "officer-1", keys)
    content = station.sealer.open_sealed(application_id)
    assert set(content.acknowledged_warnings) == keys
    assert receipt.application_number


def test_tampered_sealed_application_is_detected(station: Station, refdata: ReferenceData) -> None:
    record = filled_draft(station, refdata)
    station.sealer.seal(record.meta.application_id, "officer-1")

    def rewrite(session):  # type: ignore[no-untyped-def]
        # Someone holding the keys re-encrypts an altered payload: the signature catches it.
        row = session.get(SealedApplication, record.meta.application_id)
        aad = payload_aad(row.application_id, row.application_number)
        data_key = unwrap_data_key(station.secrets, row.application_id, row.wrapped_key)
        payload = aead.decrypt(data_key, row.ciphertext, aad)
        altered = payload.replace("Hoà".encode(), b"Hoa")
        assert altered != payload
        row.ciphertext = aead.encrypt(data_key, altered, aad)

    station.writer.run(rewrite)
    with pytest.raises(SignatureError):
        station.sealer.open_sealed(record.meta.application_id)

    def tamper(session):  # type: ignore[no-untyped-def]
        row = session.get(SealedApplication, record.meta.application_id)
        row.sha256 = "0" * 64

    station.writer.run(tamper)
    with pytest.raises(SignatureError) as caught:
        station.sealer.open_sealed(record.meta.application_id)
    assert "chữ ký" in caught.value.message("vi").lower()

    def scramble(session):  # type: ignore[no-untyped-def]
        row = session.get(SealedApplication, record.meta.application_id)
        blob = bytearray(row.ciphertext)
        blob[40] ^= 0xFF
        row.ciphertext = bytes(blob)

    station.writer.run(scramble)
    with pytest.raises(aead.DecryptionError):
        station.sealer.open_sealed(record.meta.application_id)


def test_outbox_states_and_crash_recovery(station: Station, refdata: ReferenceData) -> None:
    ids = []
    for _ in range(3):
        record = filled_draft(station, refdata)
        station.sealer.seal(record.meta.application_id, "officer-1")
        ids.append(record.meta.application_id)
    station.outbox.transition(ids, OutboxState.SENDING, batch_id="batch-1")
    assert station.outbox.counts()[OutboxState.SENDING] == 3
    # A crash while sending: on start-up the rows go back to the queue.
    assert station.outbox.recover_after_crash() == 3
    assert station.outbox.counts()[OutboxState.QUEUED] == 3
    station.outbox.transition(ids, OutboxState.SENDING, batch_id="batch-2")
    station.outbox.apply_receipts(
        [
            Receipt(ids[0], True),
            Receipt(ids[1], True),
            Receipt(ids[2], False, "photo.quality", "Ảnh không đạt"),
        ]
    )
    counts = station.outbox.counts()
    assert counts[OutboxState.ACCEPTED] == 2
    assert counts[OutboxState.REJECTED] == 1
    rejected = station.outbox.page(state=OutboxState.REJECTED)
    assert rejected[0].reason_code == "photo.quality"
    assert rejected[0].attempts == 2
    with pytest.raises(OutboxTransitionError):
        station.outbox.transition([ids[0]], OutboxState.SENDING)


def test_failed_attempt_keeps_error_and_next_time(station: Station, refdata: ReferenceData) -> None:
    record = filled_draft(station, refdata)
    station.sealer.seal(record.meta.application_id, "officer-1")
    later = station.clock() + dt.timedelta(minutes=2)
    station.outbox.transition([record.meta.application_id], OutboxState.SENDING)
    station.outbox.transition(
        [record.meta.application_id],
        OutboxState.QUEUED,
        error="register down",
        next_attempt_at=later,
    )
    with station.db.reader_sessions()() as session:
        row = session.get(OutboxRow, record.meta.application_id)
        assert row is not None
        assert (row.attempts, row.last_error, row.next_attempt_at) == (1, "register down", later)


def test_purge_after_acceptance_keeps_a_stub(station: Station, refdata: ReferenceData) -> None:
    record = filled_draft(station, refdata)
    application_id = record.meta.application_id
    receipt = station.sealer.seal(application_id, "officer-1")
    station.outbox.transition([application_id], OutboxState.SENDING)
    station.outbox.apply_receipts([Receipt(application_id, True)])
    assert station.outbox.purge_accepted(dt.timedelta(days=7)) == 0
    station.clock.advance(days=8)
    assert station.outbox.purge_accepted(dt.timedelta(days=7)) == 1
    with pytest.raises(SealedNotAvailableError):
        station.sealer.open_sealed(application_id)
    (entry,) = station.outbox.page()
    assert entry.application_number == receipt.application_number
    assert entry.state is OutboxState.ACCEPTED and entry.purged
    with station.db.reader_sessions()() as session:
        row = session.get(SealedApplication, application_id)
        assert row is not None and row.sha256 == receipt.sha256
        assert row.ciphertext is None and row.register_wrapped_key is None


def test_queue_pages_newest_first_with_filters(station: Station, refdata: ReferenceData) -> None:
    for _ in range(5):
        record = filled_draft(station, refdata)
        station.sealer.seal(record.meta.application_id, "officer-1")
        station.clock.advance(minutes=1)
    first = station.outbox.page(limit=2)
    rest = station.outbox.page(limit=10, before=(first[-1].sealed_at, first[-1].application_id))
    numbers = [e.application_number for e in first + rest]
    assert len(numbers) == 5 and numbers == sorted(numbers, reverse=True)
    assert station.outbox.page(number_prefix=numbers[0]) == first[:1]
    assert station.outbox.page(state=OutboxState.ACCEPTED) == []
    assert len(station.outbox.page(officer_id="officer-1")) == 5
    assert station.outbox.page(officer_id="officer-2") == []
    since = first[-1].sealed_at
    assert station.outbox.page(since=since) == first


def test_no_personal_data_in_plaintext_anywhere(station: Station, refdata: ReferenceData) -> None:
    """Every byte under the data folder, WAL included, is searched for the citizen's data."""
    drafted = filled_draft(station, refdata)
    sealed = filled_draft(station, refdata)
    station.sealer.seal(sealed.meta.application_id, "officer-1")
    station.clock.advance(seconds=1)
    station.drafts.save(drafted)
    applicant = drafted.applicant
    needles = {
        "name NFC": applicant.full_name.encode(),
        "name NFD": unicodedata.normalize("NFD", applicant.full_name).encode(),
        "name capitals": applicant.full_name.upper().encode(),
        "name JSON-escaped": json.dumps(applicant.full_name).encode(),
        "ID number": applicant.id_number.encode(),
        "father's ID": b"001060418273",
        "street": b"H\xc3\xa0ng B\xe1\xba\xa1c",
        "phone": b"0912 468 357",
        "photo head": PHOTO[:32],
        "photo middle": PHOTO[20_000:20_032],
    }
    files = [p for p in station.folder.rglob("*") if p.is_file()]
    assert any(p.name.endswith("-wal") for p in files)
    for path in files:
        data = path.read_bytes()
        for label, needle in needles.items():
            assert needle not in data, f"{label} found in {path.name}"


def test_rows_left_sending_recover_even_after_tampering_attempt(
    station: Station, refdata: ReferenceData
) -> None:
    record = filled_draft(station, refdata)
    station.sealer.seal(record.meta.application_id, "officer-1")
    station.writer.run(lambda s: s.execute(update(OutboxRow).values(state=OutboxState.SENDING)))
    assert station.outbox.recover_after_crash() == 1


def test_disk_full_mid_write_fails_cleanly_and_the_draft_survives(
    station: Station, refdata: ReferenceData
) -> None:
    record = filled_draft(station, refdata)
    application_id = record.meta.application_id

    def cap_size(session):  # type: ignore[no-untyped-def]
        # SQLite's page limit fails writes with SQLITE_FULL, the same error as a full disk.
        pages = session.connection().exec_driver_sql("PRAGMA page_count").scalar()
        session.connection().exec_driver_sql(f"PRAGMA max_page_count = {pages + 2}")

    station.writer.run(cap_size)
    bigger = dataclasses.replace(
        record, applicant=dataclasses.replace(record.applicant, occupation="Giáo viên")
    )
    with pytest.raises(StorageFullError) as caught:
        station.drafts.put_attachment(application_id, "chip", os.urandom(200_000))
    assert "đầy" in caught.value.message("vi")
    assert station.drafts.attachment(application_id, "chip") is None
    assert station.drafts.load(application_id).applicant == record.applicant
    # Once there is room again, work goes on where it stopped.
    station.writer.run(
        lambda s: s.connection().exec_driver_sql("PRAGMA max_page_count = 1073741823")
    )
    station.drafts.save(bigger)
    assert station.drafts.load(application_id).applicant.occupation == "Giáo viên"


def test_queued_applications_survive_an_upgrade_from_the_first_schema(
    tmp_path: Path, refdata: ReferenceData
) -> None:
    """A station on schema 0001 with a sealed, queued application is upgraded in place."""
    folder = tmp_path / "data"
    folder.mkdir()
    secrets = Keystore(folder / "station.keys", KdfParams(1, 1024, 1)).create(
        "a long station passphrase"
    )
    engine = create_engine(f"sqlite:///{folder / 'station.db'}")
    migrations.upgrade(engine)
    engine.dispose()
    # Seal with today's code (it writes today's columns), then take the schema back to the
    # first one: what a station sealed before the later migrations holds.
    sessions = sessionmaker(
        create_engine(f"sqlite:///{folder / 'station.db'}"), expire_on_commit=False
    )
    writer = WriteExecutor(sessions)
    clock = Clock()
    audit = AuditLog(secrets.derived("audit"))
    register = X25519PrivateKey.generate()
    drafts = DraftStore(writer, sessions, secrets, audit, DiskGuard(folder, 1, 1), clock)
    sealer = Sealer(
        writer,
        sessions,
        secrets,
        register.public_key(),
        audit,
        lambda day: ValidationContext(refdata, day),
        clock,
    )
    draft = drafts.start("officer-1", "HN0001")
    record = dataclasses.replace(sample_record(refdata, clock()), meta=draft.meta)
    drafts.save(record)
    receipt = sealer.seal(draft.meta.application_id, "officer-1")
    writer.close()
    command.downgrade(migrations.alembic_config(engine), "0001")
    engine.dispose()

    db = open_database(folder / "station.db")  # backs up, migrates to the head
    writer = WriteExecutor(db.writer_sessions())
    try:
        assert db.backup_path is not None
        assert migrations.current_revision(db.writer_engine) == migrations.HEAD
        outbox = Outbox(writer, db.reader_sessions(), audit, clock)
        (entry,) = outbox.page()
        assert entry.application_number == receipt.application_number
        assert entry.state is OutboxState.QUEUED
        reader_sealer = Sealer(
            writer,
            db.reader_sessions(),
            secrets,
            register.public_key(),
            audit,
            lambda day: ValidationContext(refdata, day),
            clock,
        )
        assert reader_sealer.open_sealed(draft.meta.application_id).record.applicant == (
            record.applicant
        )
    finally:
        writer.close()
        db.close()
