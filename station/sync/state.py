"""The persisted sync state: enrolment, status cursor, master data version, statuses."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from station.storage.sync_schema import (
    SINGLETON_ID,
    RegisterEnrolment,
    RegisterStatus,
    SyncState,
)
from station.storage.writer import WriteExecutor
from station.sync.client import StatusEvent


@dataclass(frozen=True, slots=True)
class Enrolment:
    """The station's identity at the register and the register's keys and CA."""

    station_id: str
    station_code: str
    register_url: str
    ca_pem: str
    register_exchange_public: bytes
    register_signing_public: bytes
    enrolled_at: dt.datetime

    def register_key(self) -> X25519PublicKey:
        """The key sealed applications are encrypted for (the Sealer needs it)."""
        return X25519PublicKey.from_public_bytes(self.register_exchange_public)

    def register_signing_key(self) -> Ed25519PublicKey:
        """The register's signing key (for signed answers in later contract versions)."""
        return Ed25519PublicKey.from_public_bytes(self.register_signing_public)


@dataclass(frozen=True, slots=True)
class StatusCursor:
    """Where the station stands in the register's feeds."""

    status_cursor: int
    master_data_version: str | None
    last_success_at: dt.datetime | None


@dataclass(frozen=True, slots=True)
class ApplicationStatus:
    """The register's latest status of one application, as the officer sees it."""

    application_id: str
    application_number: str
    status: str
    reason_code: str | None
    reason_text: str | None
    changed_at: dt.datetime


class SyncStateStore:
    """Reads and writes the sync tables (writes through the single writer)."""

    def __init__(self, writer: WriteExecutor, reader: sessionmaker[Session]) -> None:
        self._writer = writer
        self._reader = reader

    def enrolment(self) -> Enrolment | None:
        """The enrolment, or None before IT enrolled the station."""
        with self._reader() as session:
            row = session.get(RegisterEnrolment, SINGLETON_ID)
            if row is None:
                return None
            return Enrolment(
                row.station_id,
                row.station_code,
                row.register_url,
                row.ca_pem,
                row.register_exchange_public,
                row.register_signing_public,
                row.enrolled_at,
            )

    def save_enrolment(self, enrolment: Enrolment) -> None:
        """Record (or replace, on re-enrolment) the enrolment; the feeds restart from zero."""

        def work(session: Session) -> None:
            row = session.get(RegisterEnrolment, SINGLETON_ID)
            if row is None:
                row = RegisterEnrolment(id=SINGLETON_ID)
                session.add(row)
            row.station_id = enrolment.station_id
            row.station_code = enrolment.station_code
            row.register_url = enrolment.register_url
            row.ca_pem = enrolment.ca_pem
            row.register_exchange_public = enrolment.register_exchange_public
            row.register_signing_public = enrolment.register_signing_public
            row.enrolled_at = enrolment.enrolled_at
            state = _state(session)
            state.status_cursor = 0
            state.master_data_version = None

        self._writer.run(work)

    def cursor(self) -> StatusCursor:
        """The feed positions (zero before the first pull)."""
        with self._reader() as session:
            row = session.get(SyncState, SINGLETON_ID)
            if row is None:
                return StatusCursor(0, None, None)
            return StatusCursor(row.status_cursor, row.master_data_version, row.last_success_at)

    def record_statuses(self, events: Iterable[StatusEvent], next_cursor: int) -> None:
        """Keep the latest status of each application and move the cursor, in one step."""
        events = list(events)

        def work(session: Session) -> None:
            ids = {e.application_id for e in events}
            existing = {
                r.application_id: r
                for r in session.scalars(
                    select(RegisterStatus).where(RegisterStatus.application_id.in_(ids))
                )
            }
            for event in events:
                row = existing.get(event.application_id)
                if row is None:
                    row = RegisterStatus(application_id=event.application_id)
                    session.add(row)
                    existing[event.application_id] = row
                elif row.seq >= event.seq:
                    continue  # a stale event: the feed already told us something newer
                row.application_number = event.application_number
                row.status = event.status.value
                row.reason_code = event.reason_code
                row.reason_text = (event.reason_text or "")[:500] or None
                row.changed_at = event.at
                row.seq = event.seq
            state = _state(session)
            state.status_cursor = max(state.status_cursor, next_cursor)

        self._writer.run(work)

    def save_master_data_version(self, version: str) -> None:
        """Remember the master data version installed."""

        def work(session: Session) -> None:
            _state(session).master_data_version = version

        self._writer.run(work)

    def mark_success(self, at: dt.datetime) -> None:
        """Remember the last time a sync cycle completed."""

        def work(session: Session) -> None:
            _state(session).last_success_at = at

        self._writer.run(work)

    def statuses(self, application_ids: Iterable[str]) -> dict[str, ApplicationStatus]:
        """The register's latest statuses of the given applications (those it reported)."""
        ids = list(application_ids)
        with self._reader() as session:
            rows = session.scalars(
                select(RegisterStatus).where(RegisterStatus.application_id.in_(ids))
            ).all()
        return {
            r.application_id: ApplicationStatus(
                r.application_id,
                r.application_number,
                r.status,
                r.reason_code,
                r.reason_text,
                r.changed_at,
            )
            for r in rows
        }


def _state(session: Session) -> SyncState:
    row = session.get(SyncState, SINGLETON_ID)
    if row is None:
        row = SyncState(id=SINGLETON_ID, status_cursor=0)
        session.add(row)
    return row
