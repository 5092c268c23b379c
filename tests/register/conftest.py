"""Fixtures of the register tests: the register core in-process on a temporary folder."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from register.db import RegisterDatabase, open_register_database
from register.intake import BatchIntake
from register.keys import RegisterKeys, load_or_create_keys
from register.store import RegisterStore
from station.application_number import make_number
from station.protect import aead
from station.protect.envelope import encrypt_for
from station.protect.keystore import StationSecrets
from station.record import ApplicationRecord
from station.refdata import ReferenceData, load_reference_data
from station.samples import sample_record
from station.sealed_payload import SealedContent, canonical_payload, sign_payload
from station.sealing import payload_aad, register_aad
from station.sync.batch_file import BatchEntry, SealedEnvelope, encode_batch, envelope_digest

NOW = dt.datetime(2026, 11, 23, 2, 30, tzinfo=dt.UTC)


@pytest.fixture(scope="session")
def refdata() -> ReferenceData:
    return load_reference_data()


@dataclass
class Core:
    """The register's parts, without HTTP."""

    folder: Path
    keys: RegisterKeys
    db: RegisterDatabase
    store: RegisterStore
    intake: BatchIntake


@dataclass
class Sender:
    """An enrolled station as the register knows it, able to build batches."""

    station_id: str
    code: str
    secrets: StationSecrets
    keys: RegisterKeys
    refdata: ReferenceData
    serial: int = 0

    def record(self, **changes: object) -> ApplicationRecord:
        """A valid application with a fresh id and number of this station."""
        self.serial += 1
        base = sample_record(self.refdata, NOW)
        meta = dataclasses.replace(
            base.meta,
            application_id=f"00000000-0000-4000-8000-{self.serial:012d}",
            station_code=self.code,
            application_number=str(make_number(self.code, NOW.date(), self.serial)),
        )
        return dataclasses.replace(base, meta=meta, **changes)  # type: ignore[arg-type]

    def envelope(
        self,
        record: ApplicationRecord,
        photo: bytes | None = None,
        *,
        signer: StationSecrets | None = None,
        number: str | None = None,
    ) -> SealedEnvelope:
        """Seal *record* as the station does and wrap it for the register."""
        application_id = record.meta.application_id
        number = number or str(record.meta.application_number)
        payload = canonical_payload(
            SealedContent(record, {"portrait": photo or os.urandom(2000)}, (), NOW)
        )
        sha256, signature = sign_payload((signer or self.secrets).signing_key, payload)
        key = aead.new_key()
        ciphertext = aead.encrypt(key, payload, payload_aad(application_id, number))
        wrapped = encrypt_for(
            self.keys.exchange_key.public_key(), key, register_aad(application_id, number)
        )
        entry = BatchEntry(
            application_id,
            number,
            NOW,
            sha256,
            len(payload),
            signature,
            len(ciphertext),
            len(wrapped),
            envelope_digest(ciphertext, wrapped),
        )
        return SealedEnvelope(entry, ciphertext, wrapped)

    def batch(self, envelopes: list[SealedEnvelope], batch_id: str = "") -> tuple[str, bytes]:
        """A signed container; returns its batch id and bytes."""
        batch_id = batch_id or f"batch-{self.serial}-{len(envelopes)}-{os.urandom(4).hex()}"
        body = encode_batch(
            batch_id, self.station_id, self.code, envelopes, self.secrets.signing_key
        )
        return batch_id, body


@pytest.fixture
def core(tmp_path: Path, refdata: ReferenceData) -> Iterator[Core]:
    keys = load_or_create_keys(tmp_path)
    db = open_register_database(f"sqlite:///{tmp_path / 'register.db'}")
    store = RegisterStore(db, lambda: NOW)
    yield Core(tmp_path, keys, db, store, BatchIntake(store, keys, lambda: refdata))
    db.dispose()


@pytest.fixture
def sender(core: Core, refdata: ReferenceData) -> Callable[[str], Sender]:
    def make(code: str = "HN0001") -> Sender:
        secrets = StationSecrets.generate()
        (token,) = core.store.issue_tokens(1, dt.timedelta(hours=1))
        station_id = core.store.enrol(
            token, code, secrets.signing_public(), secrets.exchange_public()
        )
        return Sender(station_id, code, secrets, core.keys, refdata)

    return make
