"""Child process of the crash test: seals applications until it is killed.

Run as ``python crash_worker.py DATA_DIR REGISTER_PUBLIC_KEY_HEX`` with the station
passphrase in ``CRASH_PASSPHRASE``. After each seal returns it prints
``SEALED <application_id> <number> <sha256>`` and flushes, so the parent knows exactly
which seals the station reported as done before the kill.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import sys
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey

from station.audit import AuditLog
from station.drafts import DraftStore
from station.outbox import Outbox
from station.protect.keystore import Keystore
from station.record import PortraitRef
from station.refdata import load_reference_data
from station.samples import sample_record
from station.sealing import Sealer
from station.storage.database import open_database
from station.storage.diskguard import DiskGuard
from station.storage.writer import WriteExecutor
from station.validation import ValidationContext


def main() -> None:
    folder = Path(sys.argv[1])
    register_key = X25519PublicKey.from_public_bytes(bytes.fromhex(sys.argv[2]))
    secrets = Keystore(folder / "station.keys").unlock(os.environ["CRASH_PASSPHRASE"])
    refdata = load_reference_data()
    db = open_database(folder / "station.db")
    writer = WriteExecutor(db.writer_sessions())
    reader = db.reader_sessions()
    audit = AuditLog(secrets.derived("audit"))

    def clock() -> dt.datetime:
        return dt.datetime.now(dt.UTC)

    drafts = DraftStore(writer, reader, secrets, audit, DiskGuard(folder, 1, 1), clock)
    sealer = Sealer(
        writer,
        reader,
        secrets,
        register_key,
        audit,
        lambda day: ValidationContext(refdata, day),
        clock,
    )
    Outbox(writer, reader, audit, clock).recover_after_crash()
    print("READY", flush=True)
    while True:
        draft = drafts.start("officer-1", "HN0001")
        photo = os.urandom(40_000)
        digest = drafts.put_attachment(draft.meta.application_id, "portrait", photo)
        record = dataclasses.replace(
            sample_record(refdata, clock()),
            meta=draft.meta,
            portrait=PortraitRef("portrait", digest, clock()),
        )
        drafts.save(record)
        receipt = sealer.seal(draft.meta.application_id, "officer-1")
        number, sha256 = receipt.application_number, receipt.sha256
        print("SEALED", receipt.application_id, number, sha256, flush=True)


if __name__ == "__main__":
    main()
