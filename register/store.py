"""The register's records: tokens, stations, batches, applications and the status feed."""

from __future__ import annotations

import datetime as dt
import json
import secrets
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass

from sqlalchemy import func, insert, or_, select
from sqlalchemy.orm import Session

from register.db import (
    ApplicationRow,
    BatchRow,
    RegisterDatabase,
    StationRow,
    StatusEventRow,
    TokenRow,
)
from register.keys import token_hash
from station.sync.contract import ReceiptStatus, RegisterState

Clock = Callable[[], dt.datetime]


@dataclass(frozen=True, slots=True)
class StationInfo:
    """An enrolled station."""

    station_id: str
    station_code: str
    signing_public: bytes
    exchange_public: bytes
    revoked: bool


@dataclass(frozen=True, slots=True)
class ReceiptRecord:
    """One application's answer, as stored with its batch and sent back."""

    application_id: str
    application_number: str
    status: str
    reason_code: str | None = None
    reason_text: str | None = None


@dataclass(frozen=True, slots=True)
class Candidate:
    """An application of a batch after opening and checking, ready for the dedup step."""

    application_id: str
    application_number: str
    sha256: str
    size: int
    sealed_at: dt.datetime
    signature: bytes
    ciphertext: bytes
    wrapped_key: bytes
    reject_code: str | None = None  # set when the register refuses it
    reject_text: str | None = None


@dataclass(frozen=True, slots=True)
class Holding:
    """What the register holds of one application (for comparisons in tests and reports)."""

    application_id: str
    application_number: str
    station_id: str
    sha256: str
    status: str


class TokenRefusedError(Exception):
    """The enrolment token is unknown, used (with other keys) or expired."""


class RegisterStore:
    """All reads and writes of the register's database."""

    def __init__(self, db: RegisterDatabase, clock: Clock) -> None:
        self.db = db
        self._clock = clock

    # ------------------------------------------------------------------ enrolment

    def issue_tokens(self, count: int, ttl: dt.timedelta) -> list[str]:
        """Fresh one-time secrets; only their hashes are stored."""
        now = self._clock()
        issued = [secrets.token_hex(16) for _ in range(count)]
        with self.db.write() as session:
            for secret in issued:
                session.add(
                    TokenRow(token_hash=token_hash(secret), created_at=now, expires_at=now + ttl)
                )
        return issued

    def enrol(
        self, secret: str, station_code: str, signing_public: bytes, exchange_public: bytes
    ) -> str:
        """Use a token for a station's keys; the same keys again get the same station id."""
        digest = token_hash(secret)
        now = self._clock()
        with self.db.write() as session:
            token = session.get(TokenRow, digest)
            if token is None or token.expires_at < now:
                raise TokenRefusedError("unknown or expired")
            if token.used_at is not None:
                station = session.scalars(
                    select(StationRow).where(StationRow.token_hash == digest)
                ).first()
                # A lost answer: the station tries again with the same token and keys.
                if station is not None and station.signing_public == signing_public:
                    return station.station_id
                raise TokenRefusedError("used")
            token.used_at = now
            station_id = str(uuid.uuid4())
            session.add(
                StationRow(
                    station_id=station_id,
                    station_code=station_code,
                    signing_public=signing_public,
                    exchange_public=exchange_public,
                    token_hash=digest,
                    enrolled_at=now,
                )
            )
        return station_id

    def station(self, station_id: str) -> StationInfo | None:
        """An enrolled, not revoked station, or None."""
        with self.db.read() as session:
            row = session.get(StationRow, station_id)
            if row is None or row.revoked:
                return None
            return StationInfo(
                row.station_id,
                row.station_code,
                row.signing_public,
                row.exchange_public,
                row.revoked,
            )

    # ------------------------------------------------------------------ batches

    def batch_record(self, batch_id: str) -> tuple[str, list[ReceiptRecord]] | None:
        """The manifest hash and receipts of a batch already taken, or None."""
        with self.db.read() as session:
            row = session.get(BatchRow, batch_id)
            if row is None:
                return None
            return row.manifest_sha256, _receipts_from(row.receipts)

    def known(self, ids: Sequence[str], numbers: Sequence[str]) -> dict[str, tuple[str, str]]:
        """(id → (number, sha256)) of held applications matching any id or number."""
        with self.db.read() as session:
            return {a: (n, h) for a, n, h in _matching(session, ids, numbers)}

    def commit_batch(
        self,
        batch_id: str,
        station: StationInfo,
        manifest_sha256: str,
        source: str,
        candidates: Sequence[Candidate],
    ) -> tuple[list[ReceiptRecord], bool]:
        """Take a batch in one transaction; returns the receipts and whether it was a replay.

        Deduplication happens here, inside the write transaction: the same hash already
        held is a duplicate, the same id or number with another hash is a conflict.
        """
        now = self._clock()
        with self.db.write() as session:
            existing = session.get(BatchRow, batch_id)
            if existing is not None:  # a concurrent resend got here first
                return _receipts_from(existing.receipts), True
            held = {
                a: (n, h)
                for a, n, h in _matching(
                    session,
                    [c.application_id for c in candidates],
                    [c.application_number for c in candidates],
                )
            }
            by_number = {n: (a, h) for a, (n, h) in held.items()}
            receipts, applications, events = [], [], []
            for c in candidates:
                receipt = _decide(c, held, by_number)
                receipts.append(receipt)
                if receipt.status == ReceiptStatus.DUPLICATE:
                    continue  # already held and already in the feed
                if receipt.status == ReceiptStatus.ACCEPTED:
                    held[c.application_id] = (c.application_number, c.sha256)
                    by_number[c.application_number] = (c.application_id, c.sha256)
                    applications.append(_application(c, station, batch_id, now))
                events.append(_event(receipt, station, now))
            # Core bulk inserts: one executemany per table, not an ORM object per row.
            if applications:
                session.execute(insert(ApplicationRow), applications)
            if events:
                session.execute(insert(StatusEventRow), events)
            session.add(
                BatchRow(
                    batch_id=batch_id,
                    station_id=station.station_id,
                    manifest_sha256=manifest_sha256,
                    source=source,
                    received_at=now,
                    receipts=json.dumps([asdict(r) for r in receipts]),
                )
            )
        return receipts, False

    # ------------------------------------------------------------------ feed, review

    def status_page(
        self, station_id: str, cursor: int, limit: int
    ) -> tuple[list[StatusEventRow], int, bool]:
        """Events of *station_id* after *cursor*: (events, next cursor, more)."""
        with self.db.read() as session:
            rows = list(
                session.scalars(
                    select(StatusEventRow)
                    .where(StatusEventRow.station_id == station_id)
                    .where(StatusEventRow.seq > cursor)
                    .order_by(StatusEventRow.seq)
                    .limit(limit + 1)
                )
            )
        more = len(rows) > limit
        rows = rows[:limit]
        return rows, (rows[-1].seq if rows else cursor), more

    def set_status(
        self, number: str, status: RegisterState, reason_code: str | None, reason_text: str | None
    ) -> bool:
        """A later change (rejected at review, card produced); False if the number is unknown."""
        now = self._clock()
        with self.db.write() as session:
            row = session.scalars(
                select(ApplicationRow).where(ApplicationRow.application_number == number)
            ).first()
            if row is None:
                return False
            row.status = status.value
            session.add(
                StatusEventRow(
                    station_id=row.station_id,
                    application_id=row.application_id,
                    application_number=row.application_number,
                    status=status.value,
                    reason_code=reason_code,
                    reason_text=reason_text,
                    at=now,
                )
            )
        return True

    def holdings(self, station_id: str | None = None) -> list[Holding]:
        """Every application held (of one station, if given)."""
        query = select(
            ApplicationRow.application_id,
            ApplicationRow.application_number,
            ApplicationRow.station_id,
            ApplicationRow.sha256,
            ApplicationRow.status,
        )
        if station_id is not None:
            query = query.where(ApplicationRow.station_id == station_id)
        with self.db.read() as session:
            return [Holding(*row) for row in session.execute(query)]

    def count(self) -> int:
        """How many applications the register holds."""
        with self.db.read() as session:
            return int(session.scalar(select(func.count()).select_from(ApplicationRow)) or 0)


def _decide(
    c: Candidate, held: dict[str, tuple[str, str]], by_number: dict[str, tuple[str, str]]
) -> ReceiptRecord:
    """The receipt of one candidate given what is held (and taken earlier in the batch)."""
    same_id = held.get(c.application_id)
    same_number = by_number.get(c.application_number)
    if same_id is not None or same_number is not None:
        if same_id == (c.application_number, c.sha256) and same_number == (
            c.application_id,
            c.sha256,
        ):
            return ReceiptRecord(c.application_id, c.application_number, ReceiptStatus.DUPLICATE)
        return ReceiptRecord(
            c.application_id,
            c.application_number,
            ReceiptStatus.CONFLICT,
            "conflict",
            "The register holds this application number or id with different content. "
            "Investigate before resending.",
        )
    if c.reject_code is not None:
        return ReceiptRecord(
            c.application_id,
            c.application_number,
            ReceiptStatus.REJECTED,
            c.reject_code,
            c.reject_text,
        )
    return ReceiptRecord(c.application_id, c.application_number, ReceiptStatus.ACCEPTED)


def _application(
    c: Candidate, station: StationInfo, batch_id: str, now: dt.datetime
) -> dict[str, object]:
    return {
        "application_id": c.application_id,
        "application_number": c.application_number,
        "station_id": station.station_id,
        "batch_id": batch_id,
        "sha256": c.sha256,
        "size": c.size,
        "sealed_at": c.sealed_at,
        "received_at": now,
        "signature": c.signature,
        "ciphertext": c.ciphertext,
        "wrapped_key": c.wrapped_key,
        "status": RegisterState.ACCEPTED.value,
    }


def _event(receipt: ReceiptRecord, station: StationInfo, now: dt.datetime) -> dict[str, object]:
    return {
        "station_id": station.station_id,
        "application_id": receipt.application_id,
        "application_number": receipt.application_number,
        "status": str(receipt.status),
        "reason_code": receipt.reason_code,
        "reason_text": receipt.reason_text,
        "at": now,
    }


def _matching(
    session: Session, ids: Iterable[str], numbers: Iterable[str]
) -> list[tuple[str, str, str]]:
    rows = session.execute(
        select(
            ApplicationRow.application_id,
            ApplicationRow.application_number,
            ApplicationRow.sha256,
        ).where(
            or_(
                ApplicationRow.application_id.in_(list(ids)),
                ApplicationRow.application_number.in_(list(numbers)),
            )
        )
    ).all()
    return [(str(a), str(n), str(h)) for a, n, h in rows]


def _receipts_from(text: str) -> list[ReceiptRecord]:
    return [ReceiptRecord(**item) for item in json.loads(text)]
