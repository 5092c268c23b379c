"""Benchmark: sealing, autosave, opening and paging on a database of 50,000 applications.

Targets: seal + enqueue p50 <= 10 ms and p99 <= 40 ms; draft autosave p99 <= 15 ms;
open database + migration check <= 200 ms; one page of 100 outbox rows <= 5 ms.
Prints one JSON line. ``--count`` sets the size of the pre-filled database (default
50,000 applications with a 40 KB photo each, about 2.2 GB); ``--dir`` keeps it for reuse.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import os
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from station.audit import AuditLog
from station.drafts import DraftStore, wrap_data_key
from station.outbox import Outbox
from station.protect import aead
from station.protect.envelope import encrypt_for
from station.protect.keystore import KdfParams, Keystore, StationSecrets
from station.record import PortraitRef
from station.refdata import load_reference_data
from station.samples import sample_record
from station.sealed_payload import SealedContent, canonical_payload, sign_payload
from station.sealing import Sealer, payload_aad, register_aad
from station.storage.database import open_database
from station.storage.diskguard import DiskGuard
from station.storage.schema import (
    Draft,
    DraftState,
    OutboxRow,
    OutboxState,
    SealedApplication,
)
from station.storage.writer import WriteExecutor
from station.validation import ValidationContext

PASSPHRASE = "benchmark station passphrase"
PHOTO_BYTES = 40_000
FILL_BATCH = 500


def _ms(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return round(ordered[min(len(ordered) - 1, int(q * len(ordered)))], 3)


def _timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def _fill(folder: Path, secrets: StationSecrets, register: X25519PrivateKey, count: int) -> None:
    """Bulk-insert *count* sealed applications made with the real crypto (one each)."""
    refdata = load_reference_data()
    now = dt.datetime.now(dt.UTC) - dt.timedelta(days=30)
    base = sample_record(refdata, now)
    db = open_database(folder / "station.db")
    have = _count(db.reader_sessions())
    sessions = db.writer_sessions()
    for start in range(have, count, FILL_BATCH):
        with sessions.begin() as session:
            for i in range(start, min(count, start + FILL_BATCH)):
                _insert_sealed(session, secrets, register, base, now, i)
    db.close()


def _insert_sealed(
    session: Session,
    secrets: StationSecrets,
    register: X25519PrivateKey,
    base: object,
    now: dt.datetime,
    i: int,
) -> None:
    application_id = str(uuid.uuid4())
    number = f"HN0001-{i // 99_999:06d}-{i % 99_999 + 1:05d}-XX"
    sealed_at = now + dt.timedelta(seconds=i)
    record = dataclasses.replace(
        base,  # type: ignore[type-var]
        meta=dataclasses.replace(base.meta, application_id=application_id),  # type: ignore[attr-defined]
    )
    payload = canonical_payload(
        SealedContent(record, {"portrait": os.urandom(PHOTO_BYTES)}, (), sealed_at)
    )
    sha256, signature = sign_payload(secrets.signing_key, payload)
    key = aead.new_key()
    session.add(
        SealedApplication(
            application_id=application_id,
            application_number=number,
            station_code="HN0001",
            officer_id=f"officer-{i % 7}",
            sealed_at=sealed_at,
            sha256=sha256,
            size=len(payload),
            signature=signature,
            ciphertext=aead.encrypt(key, payload, payload_aad(application_id, number)),
            wrapped_key=wrap_data_key(secrets, application_id, key),
            register_wrapped_key=encrypt_for(
                register.public_key(), key, register_aad(application_id, number)
            ),
        )
    )
    session.flush()
    state = OutboxState.ACCEPTED if i % 3 else OutboxState.QUEUED
    session.add(
        OutboxRow(
            application_id=application_id,
            state=state,
            queued_at=sealed_at,
            officer_id=f"officer-{i % 7}",
            attempts=1,
            next_attempt_at=sealed_at,
            state_changed_at=sealed_at,
        )
    )
    session.add(
        Draft(
            application_id=application_id,
            officer_id="officer-1",
            state=DraftState.SEALED,
            created_at=sealed_at,
            updated_at=sealed_at,
            revision=20,
            wrapped_key=wrap_data_key(secrets, application_id, aead.new_key()),
            payload=None,
        )
    )


def _count(reader: Callable[[], Session]) -> int:
    with reader() as session:
        return int(session.scalar(select(func.count()).select_from(SealedApplication)) or 0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=50_000)
    parser.add_argument("--dir", type=Path, help="data folder to create or reuse")
    parser.add_argument("--seals", type=int, default=300)
    args = parser.parse_args()
    folder = args.dir or Path(tempfile.mkdtemp(prefix="station-bench-"))
    keystore = Keystore(folder / "station.keys", KdfParams(1, 1024, 1))
    secrets = keystore.unlock(PASSPHRASE) if keystore.exists() else keystore.create(PASSPHRASE)
    register = X25519PrivateKey.generate()

    fill_start = time.perf_counter()
    _fill(folder, secrets, register, args.count)
    fill_s = time.perf_counter() - fill_start

    open_ms = []
    for _ in range(20):
        start = time.perf_counter()
        db = open_database(folder / "station.db")
        open_ms.append((time.perf_counter() - start) * 1000)
        db.writer_engine.dispose()
        db.reader_engine.dispose()
    db = open_database(folder / "station.db")
    writer = WriteExecutor(db.writer_sessions())
    reader = db.reader_sessions()
    refdata = load_reference_data()
    refdata.preload_legacy()

    def clock() -> dt.datetime:
        return dt.datetime.now(dt.UTC)

    audit = AuditLog(secrets.derived("audit"))
    drafts = DraftStore(writer, reader, secrets, audit, DiskGuard(folder, 1, 1), clock)
    sealer = Sealer(
        writer,
        reader,
        secrets,
        register.public_key(),
        audit,
        lambda day: ValidationContext(refdata, day),
        clock,
    )
    outbox = Outbox(writer, reader, audit, clock)

    seal_ms: list[float] = []
    autosave_ms: list[float] = []
    for _ in range(args.seals):
        draft = drafts.start("officer-1", "HN0001")
        digest = drafts.put_attachment(
            draft.meta.application_id, "portrait", os.urandom(PHOTO_BYTES)
        )
        record = dataclasses.replace(
            sample_record(refdata, clock()),
            meta=draft.meta,
            portrait=PortraitRef("portrait", digest, clock()),
        )
        for _ in range(3):  # a few keystrokes' worth of autosaves per application
            autosave_ms.append(_timed(lambda r=record: drafts.save(r)))
        seal_ms.append(_timed(lambda d=draft: sealer.seal(d.meta.application_id, "officer-1")))

    first_page = outbox.page(limit=100)
    page_ms = [_timed(lambda: outbox.page(limit=100)) for _ in range(200)]
    cursor = (first_page[-1].sealed_at, first_page[-1].application_id)
    deep_ms = [_timed(lambda: outbox.page(limit=100, before=cursor)) for _ in range(100)]
    state_ms = [
        _timed(lambda: outbox.page(limit=100, state=OutboxState.QUEUED)) for _ in range(100)
    ]
    officer_ms = [_timed(lambda: outbox.page(limit=100, officer_id="officer-3")) for _ in range(50)]
    search_ms = [
        _timed(lambda: outbox.page(limit=100, number_prefix="HN0001-000000-0420"))
        for _ in range(100)
    ]
    total = _count(reader)
    writer.close()
    db.close()
    size = sum(p.stat().st_size for p in folder.glob("station.db*"))
    print(
        json.dumps(
            {
                "bench": "storage",
                "applications": total,
                "photo_bytes": PHOTO_BYTES,
                "fill_s": round(fill_s, 1),
                "seal_p50_ms": _ms(seal_ms, 0.5),
                "seal_p99_ms": _ms(seal_ms, 0.99),
                "seal_samples": len(seal_ms),
                "autosave_p50_ms": _ms(autosave_ms, 0.5),
                "autosave_p99_ms": _ms(autosave_ms, 0.99),
                "open_median_ms": round(statistics.median(open_ms), 2),
                "open_max_ms": round(max(open_ms), 2),
                "page100_p50_ms": _ms(page_ms, 0.5),
                "page100_p99_ms": _ms(page_ms, 0.99),
                "page100_next_p99_ms": _ms(deep_ms, 0.99),
                "page100_queued_filter_p99_ms": _ms(state_ms, 0.99),
                "page100_officer_filter_p99_ms": _ms(officer_ms, 0.99),
                "number_search_p99_ms": _ms(search_ms, 0.99),
                "db_bytes": size,
                "db_bytes_per_application": size // max(1, total),
            }
        )
    )


if __name__ == "__main__":
    main()
