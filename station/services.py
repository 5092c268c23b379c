"""The station's core object graph on one data folder, without Qt (main.py and tests build it).

Everything here is plain objects wired to each other: the database and its single writer,
drafts, sealing, the outbox, accounts, the audit chain, the sync engine and the USB
exporter. Nothing is global: the GUI receives a :class:`StationCore` and passes it on.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from station.accounts.policy import AccountPolicy
from station.accounts.service import AccountService
from station.audit import AuditLog
from station.config import ConfigValues
from station.config.settings import (
    DISK_FLOOR_MB,
    DISK_WARN_MB,
    IDLE_LOCK_MINUTES,
    LOCKOUT_MINUTES,
    MAX_FAILED_LOGINS,
    RETENTION_DAYS,
    SLIP_HOLIDAYS,
    SLIP_PLACE,
    SLIP_WORKING_DAYS,
    STATION_CODE,
    STATION_NAME,
    SUPERVISOR_APPROVAL,
    SYNC_BATCH_BYTES,
    holiday_dates,
)
from station.documents import AppointmentSlip, appointment_slip
from station.drafts import DraftStore
from station.errors import StationError
from station.memory import limit_heap_growth
from station.outbox import Outbox
from station.paths import DATABASE_FILE
from station.protect.keystore import StationSecrets
from station.record import ApplicationRecord
from station.refdata import ReferenceData
from station.sealing import Sealer, SealReceipt
from station.storage.database import StationDatabase, open_database
from station.storage.diskguard import DiskGuard
from station.storage.writer import WriteExecutor
from station.sync.engine import SyncEngine
from station.sync.masterdata import MasterDataUpdater
from station.sync.progress import SyncListener
from station.sync.settings import SyncConfig
from station.sync.state import SyncStateStore
from station.sync.usb_export import UsbExporter
from station.validation import ValidationContext

Clock = Callable[[], dt.datetime]


def utc_now() -> dt.datetime:
    """The real time, UTC (the station's clock everywhere outside tests)."""
    return dt.datetime.now(dt.UTC)


class NotEnrolledError(StationError):
    """Sealing needs the register's key, which the station gets when IT enrols it."""

    def __init__(self) -> None:
        super().__init__(
            "Trạm chưa được đăng ký với cơ quan đăng ký: chưa thể niêm phong hồ sơ. "
            "Hãy báo bộ phận kỹ thuật (Cài đặt → Đồng bộ).",
            "The station is not enrolled with the register yet, so applications cannot be "
            "sealed. Ask IT to enrol it (Settings → Sync).",
            "no enrolment",
        )


def account_policy(config: ConfigValues) -> AccountPolicy:
    """Lockout and idle-lock rules from the configuration."""
    return AccountPolicy(
        max_failed_attempts=config[MAX_FAILED_LOGINS],
        lockout_minutes=config[LOCKOUT_MINUTES],
        idle_lock_minutes=config[IDLE_LOCK_MINUTES],
    )


def sync_config(config: ConfigValues) -> SyncConfig:
    """The sync engine's tunables from the configuration."""
    return SyncConfig(
        max_batch_bytes=config[SYNC_BATCH_BYTES],
        retention=dt.timedelta(days=config[RETENTION_DAYS]),
    )


@dataclass
class StationCore:
    """The core services of one station, opened on its data folder with its unlocked key."""

    folder: Path
    config: ConfigValues
    clock: Clock
    refdata: ReferenceData
    secrets: StationSecrets
    database: StationDatabase
    writer: WriteExecutor
    audit: AuditLog
    outbox: Outbox
    sync_state: SyncStateStore
    drafts: DraftStore
    accounts: AccountService
    disk: DiskGuard
    sync: SyncEngine
    exporter: UsbExporter
    _sealer: Sealer | None = field(default=None, repr=False)

    @property
    def station_code(self) -> str:
        """The configured station code (printed in application numbers)."""
        code: str = self.config[STATION_CODE]
        return code

    @property
    def station_name(self) -> str:
        """The intake point's name printed on slips."""
        name: str = self.config[STATION_NAME]
        return name

    @property
    def supervisor_approval(self) -> bool:
        """Whether a supervisor approves sealed applications before upload."""
        return bool(self.config[SUPERVISOR_APPROVAL])

    def appointment_slip(self, record: ApplicationRecord, receipt: SealReceipt) -> AppointmentSlip:
        """The slip of a sealed application, with the configured place and working days."""
        return appointment_slip(
            record,
            receipt,
            self.station_name,
            self.config[SLIP_PLACE] or self.station_name,
            working_days=self.config[SLIP_WORKING_DAYS],
            extra_holidays=holiday_dates(self.config[SLIP_HOLIDAYS]),
        )

    def validation_context(self, day: dt.date) -> ValidationContext:
        """The context validation needs on *day* (the station's local date)."""
        return ValidationContext(self.refdata, day)

    def sealer(self) -> Sealer:
        """The sealer, encrypting for the enrolled register; raises NotEnrolledError."""
        if self._sealer is None:
            enrolment = self.sync_state.enrolment()
            if enrolment is None:
                raise NotEnrolledError()
            self._sealer = Sealer(
                self.writer,
                self.database.reader_sessions(),
                self.secrets,
                enrolment.register_key(),
                self.audit,
                self.validation_context,
                self.clock,
                hold_for_review=self.supervisor_approval,
            )
        return self._sealer

    def forget_sealer(self) -> None:
        """Drop the cached sealer (after a new enrolment)."""
        self._sealer = None

    def close(self) -> None:
        """Stop the sync engine, finish pending writes, close the database."""
        self.sync.stop()
        self.writer.close()
        self.database.close()


def open_station_core(
    folder: Path,
    secrets: StationSecrets,
    config: ConfigValues,
    refdata: ReferenceData,
    *,
    clock: Clock = utc_now,
    sync_listener: SyncListener | None = None,
) -> StationCore:
    """Open (and migrate) the station database on *folder* and wire every core service."""
    limit_heap_growth()  # a station runs all day: its photo and batch buffers must not pile up
    folder.mkdir(parents=True, exist_ok=True)
    database = open_database(folder / DATABASE_FILE)
    writer = WriteExecutor(database.writer_sessions())
    reader = database.reader_sessions()
    audit = AuditLog(secrets.derived("audit"))
    outbox = Outbox(writer, reader, audit, clock)
    state = SyncStateStore(writer, reader)
    disk = DiskGuard(folder, config[DISK_FLOOR_MB], config[DISK_WARN_MB])
    drafts = DraftStore(writer, reader, secrets, audit, disk, clock)
    accounts = AccountService(writer, reader, audit, account_policy(config), clock)
    masterdata = MasterDataUpdater(folder / "refdata", folder / "csca", folder / "staging")
    engine = SyncEngine(
        reader=reader,
        outbox=outbox,
        state=state,
        secrets=secrets,
        clock=clock,
        config=sync_config(config),
        listener=sync_listener,
        masterdata=masterdata,
    )
    exporter = UsbExporter(
        writer, reader, outbox, state, secrets, audit, clock, guard=engine.exclusive
    )
    return StationCore(
        folder=folder,
        config=config,
        clock=clock,
        refdata=refdata,
        secrets=secrets,
        database=database,
        writer=writer,
        audit=audit,
        outbox=outbox,
        sync_state=state,
        drafts=drafts,
        accounts=accounts,
        disk=disk,
        sync=engine,
        exporter=exporter,
    )
