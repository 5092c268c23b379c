"""Simulated stations: the real station core on a temporary folder, for soaks and benchmarks.

Each one has its own keys, database, sealer, outbox and sync engine, exactly as main.py
builds them, and can be compared with what the register holds (:func:`reconcile`).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import time
import uuid
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from register.store import Holding
from station.application_number import make_number
from station.config import load_config
from station.drafts import wrap_data_key
from station.paths import KEYS_FILE
from station.protect import aead
from station.protect.envelope import encrypt_for
from station.protect.keystore import KdfParams, Keystore, StationSecrets
from station.record import PortraitRef
from station.refdata import ReferenceData, load_reference_data
from station.samples import sample_record
from station.sealed_payload import SealedContent, canonical_payload, sign_payload
from station.sealing import Sealer, payload_aad, register_aad
from station.services import open_station_core
from station.storage.schema import NumberSequence, OutboxRow, OutboxState, SealedApplication
from station.sync.engine import SyncEngine
from station.sync.enrolment import enrol_station
from station.sync.progress import SyncListener
from station.sync.settings import SyncConfig
from station.sync.state import Enrolment
from station.sync.usb_export import UsbExporter

Clock = Callable[[], dt.datetime]
PASSPHRASE = "simulated station passphrase"
FAST_KDF = KdfParams(1, 1024, 1)


def utc_now() -> dt.datetime:
    """The real time, UTC."""
    return dt.datetime.now(dt.UTC)


@dataclass(frozen=True, slots=True)
class OutboxView:
    """One outbox row as the reconciliation sees it."""

    application_id: str
    application_number: str
    sha256: str
    state: OutboxState
    reason_code: str | None
    reason_text: str | None


@dataclass(frozen=True, slots=True)
class Reconciliation:
    """Station outbox versus register holdings."""

    lost: list[str]  # accepted by the station's record, not held by the register
    duplicated: list[str]  # held more than once, or held with another hash
    unexplained: list[str]  # rejected without a reason
    pending: list[str]  # not finished yet (queued, sending, exported)
    unknown: list[str]  # held for this station but not in its outbox
    accepted: int
    rejected: int

    @property
    def clean(self) -> bool:
        """0 lost, 0 duplicated, every rejection explained, nothing left over."""
        return not (
            self.lost or self.duplicated or self.unexplained or self.pending or self.unknown
        )


class SimulatedStation:
    """A station's core object graph on *folder*."""

    def __init__(
        self,
        folder: Path,
        station_code: str,
        *,
        clock: Clock = utc_now,
        refdata: ReferenceData | None = None,
    ) -> None:
        self.folder = folder
        self.station_code = station_code
        self.clock = clock
        self.refdata = refdata or load_reference_data()
        keystore = Keystore(folder / KEYS_FILE, FAST_KDF)
        self.secrets: StationSecrets = (
            keystore.unlock(PASSPHRASE) if keystore.exists() else keystore.create(PASSPHRASE)
        )
        # The same graph main.py opens; simulations test their own sync engines (engine()).
        config = load_config(
            [], {"STATION_STATION_CODE": station_code, "STATION_STORAGE_DISK_FLOOR_MB": "50"}
        )
        self.core = open_station_core(folder, self.secrets, config, self.refdata, clock=clock)
        self.db = self.core.database
        self.writer = self.core.writer
        self.reader = self.db.reader_sessions()
        self.audit = self.core.audit
        self.outbox = self.core.outbox
        self.state = self.core.sync_state
        self.drafts = self.core.drafts
        self._engines: list[SyncEngine] = []

    @property
    def enrolment(self) -> Enrolment:
        """The enrolment (the station must be enrolled)."""
        enrolment = self.state.enrolment()
        if enrolment is None:
            raise RuntimeError("station not enrolled")
        return enrolment

    def enrol(self, url: str, token: str) -> Enrolment:
        """Enrol with the register."""
        return enrol_station(url, token, self.station_code, self.secrets, self.state, self.clock)

    def sealer(self) -> Sealer:
        """The sealer, encrypting for the enrolled register (NotEnrolledError before)."""
        return self.core.sealer()

    def seal(self, count: int, photo_bytes: int = 40_000) -> list[str]:
        """Take and seal *count* applications the officer's way (draft, photo, seal)."""
        ids = []
        for _ in range(count):
            draft = self.drafts.start("officer-1", self.station_code)
            application_id = draft.meta.application_id
            digest = self.drafts.put_attachment(application_id, "portrait", os.urandom(photo_bytes))
            record = dataclasses.replace(
                sample_record(self.refdata, self.clock()),
                meta=draft.meta,
                portrait=PortraitRef("portrait", digest, self.clock()),
            )
            self.drafts.save(record)
            self.sealer().seal(application_id, "officer-1")
            ids.append(application_id)
        return ids

    def seal_fast(self, count: int, photo_bytes: int = 40_000, chunk: int = 200) -> int:
        """Sealed applications written in bulk with the same crypto (benchmarks); the count."""
        register_key = self.enrolment.register_key()
        base = sample_record(self.refdata, self.clock())
        done = 0
        while done < count:
            part = min(chunk, count - done)

            def work(session: Session, n: int = part) -> None:
                self._insert(session, n, base, register_key, photo_bytes)

            self.writer.run(work)
            done += part
        return done

    def _insert(self, session: Session, count: int, base: Any, key: Any, photo_bytes: int) -> None:
        now = self.clock()
        day = now.astimezone().date()
        seq = session.get(NumberSequence, (self.station_code, f"{day:%Y%m%d}"))
        if seq is None:
            seq = NumberSequence(station_code=self.station_code, day=f"{day:%Y%m%d}", last=0)
            session.add(seq)
        for _ in range(count):
            seq.last += 1
            application_id = str(uuid.uuid4())
            number = str(make_number(self.station_code, day, seq.last))
            photo = os.urandom(photo_bytes)
            meta = dataclasses.replace(
                base.meta,
                application_id=application_id,
                station_code=self.station_code,
                application_number=number,
            )
            record = dataclasses.replace(base, meta=meta)
            payload = canonical_payload(SealedContent(record, {"portrait": photo}, (), now))
            sha256, signature = sign_payload(self.secrets.signing_key, payload)
            data_key = aead.new_key()
            session.add(
                SealedApplication(
                    application_id=application_id,
                    application_number=number,
                    station_code=self.station_code,
                    officer_id="officer-1",
                    sealed_at=now,
                    sha256=sha256,
                    size=len(payload),
                    signature=signature,
                    ciphertext=aead.encrypt(data_key, payload, payload_aad(application_id, number)),
                    wrapped_key=wrap_data_key(self.secrets, application_id, data_key),
                    register_wrapped_key=encrypt_for(
                        key, data_key, register_aad(application_id, number)
                    ),
                )
            )
            session.flush()
            session.add(
                OutboxRow(
                    application_id=application_id,
                    state=OutboxState.QUEUED,
                    queued_at=now,
                    officer_id="officer-1",
                    attempts=0,
                    next_attempt_at=now,
                    state_changed_at=now,
                )
            )

    def engine(
        self, config: SyncConfig | None = None, listener: SyncListener | None = None, **kw: Any
    ) -> SyncEngine:
        """A sync engine for this station (stopped by :meth:`close`)."""
        engine = SyncEngine(
            reader=self.reader,
            outbox=self.outbox,
            state=self.state,
            secrets=self.secrets,
            clock=self.clock,
            config=config,
            listener=listener,
            **kw,
        )
        self._engines.append(engine)
        return engine

    def exporter(self, engine: SyncEngine | None = None) -> UsbExporter:
        """The USB exporter (sharing the engine's upload lock when given)."""
        return UsbExporter(
            self.writer,
            self.reader,
            self.outbox,
            self.state,
            self.secrets,
            self.audit,
            self.clock,
            guard=None if engine is None else engine.exclusive,
        )

    def outbox_rows(self) -> list[OutboxView]:
        """Every outbox row with its number and hash."""
        with self.reader() as session:
            rows = session.execute(
                select(
                    OutboxRow.application_id,
                    SealedApplication.application_number,
                    SealedApplication.sha256,
                    OutboxRow.state,
                    OutboxRow.reason_code,
                    OutboxRow.reason_text,
                ).join(
                    SealedApplication,
                    SealedApplication.application_id == OutboxRow.application_id,
                )
            ).all()
        return [OutboxView(r[0], r[1], r[2], OutboxState(r[3]), r[4], r[5]) for r in rows]

    def close(self) -> None:
        """Stop the engines, close the writer and the database."""
        for engine in self._engines:
            engine.stop()
        self.core.close()


def drain(engine: SyncEngine, station: SimulatedStation, timeout: float = 60.0) -> int:
    """Run engine passes until nothing is queued or in flight; returns the passes run."""
    deadline = time.monotonic() + timeout
    passes = 0
    while time.monotonic() < deadline:
        delay = engine.run_pass()
        passes += 1
        counts = station.outbox.counts()
        if counts[OutboxState.QUEUED] + counts[OutboxState.SENDING] == 0:
            return passes
        time.sleep(min(delay, 0.5))
    raise TimeoutError(f"outbox not drained in {timeout} s: {station.outbox.counts()}")


def reconcile(rows: list[OutboxView], holdings: list[Holding]) -> Reconciliation:
    """Compare one station's outbox with what the register holds for it."""
    held: dict[str, list[Holding]] = {}
    for h in holdings:
        held.setdefault(h.application_id, []).append(h)
    counts = Counter(h.application_number for h in holdings)
    duplicated = sorted(n for n, k in counts.items() if k > 1)
    lost, unexplained, pending = [], [], []
    mine = set()
    for row in rows:
        mine.add(row.application_id)
        copies = held.get(row.application_id, [])
        if len(copies) > 1 or any(c.sha256 != row.sha256 for c in copies):
            duplicated.append(row.application_number)
        if row.state is OutboxState.ACCEPTED and not copies:
            lost.append(row.application_number)
        elif row.state is OutboxState.REJECTED and not (row.reason_code and row.reason_text):
            unexplained.append(row.application_number)
        elif row.state not in (OutboxState.ACCEPTED, OutboxState.REJECTED):
            pending.append(row.application_number)
    unknown = sorted(h.application_number for h in holdings if h.application_id not in mine)
    return Reconciliation(
        lost=lost,
        duplicated=duplicated,
        unexplained=unexplained,
        pending=pending,
        unknown=unknown,
        accepted=sum(r.state is OutboxState.ACCEPTED for r in rows),
        rejected=sum(r.state is OutboxState.REJECTED for r in rows),
    )
