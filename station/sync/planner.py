"""Which sealed applications go in the next batch, and how big a batch the link can take."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session, sessionmaker

from station.protect.keystore import StationSecrets
from station.storage.schema import OutboxRow, OutboxState, SealedApplication
from station.sync.batch_file import BatchEntry, SealedEnvelope, encode_batch, envelope_digest
from station.sync.state import Enrolment

Clock = Callable[[], dt.datetime]

# Manifest entry, container framing and wrapped key per application, for sizing only.
ENTRY_OVERHEAD = 600
_SCAN_ROWS = 2000  # candidate rows read per planning pass (ids and sizes only)


@dataclass(frozen=True, slots=True)
class PlannedBatch:
    """A batch ready to send: its id, the applications and the signed container bytes."""

    batch_id: str
    application_ids: tuple[str, ...]
    payload_bytes: int  # sum of the sealed payload sizes it carries
    body: bytes


class LinkEstimator:
    """Sizes batches by bytes from the throughput of the last uploads.

    A batch should take about *target_seconds* on the wire: large on a good link (fewer
    round trips), small on a slow 3G link (less to resend when the link drops mid-way).
    """

    def __init__(
        self,
        max_bytes: int = 2_000_000,
        min_bytes: int = 64_000,
        target_seconds: float = 10.0,
        initial_bytes: int = 512_000,
    ) -> None:
        self.max_bytes = max_bytes
        self.min_bytes = min(min_bytes, max_bytes)
        self.target_seconds = target_seconds
        self._bytes = max(self.min_bytes, min(initial_bytes, max_bytes))
        self.rate: float | None = None  # bytes per second, smoothed

    def batch_bytes(self) -> int:
        """The byte budget of the next batch."""
        return self._bytes

    def observe(self, sent_bytes: int, seconds: float) -> None:
        """Learn from one completed upload."""
        rate = sent_bytes / max(seconds, 1e-3)
        self.rate = rate if self.rate is None else 0.5 * self.rate + 0.5 * rate
        wanted = int(self.rate * self.target_seconds)
        self._bytes = max(self.min_bytes, min(wanted, self.max_bytes))

    def shrink(self) -> None:
        """A transfer failed mid-way: try a smaller batch next time."""
        self._bytes = max(self.min_bytes, self._bytes // 2)


class BatchPlanner:
    """Picks due outbox rows by bytes and builds the signed container for them."""

    def __init__(
        self, reader: sessionmaker[Session], secrets: StationSecrets, clock: Clock
    ) -> None:
        self._reader = reader
        self._secrets = secrets
        self._clock = clock
        self.refused_batch_ids: set[str] = set()  # ids the register holds another manifest under

    def next_batch(
        self,
        enrolment: Enrolment,
        max_bytes: int,
        exported_before: dt.datetime | None,
    ) -> PlannedBatch | None:
        """The next batch, or None when nothing is due.

        Rows left "queued" by a failed or interrupted attempt go again first, under the
        batch id they were sent with, so the register answers from its record of that
        batch if it had committed it. Exported rows are included once *exported_before*
        has passed (the USB file may never arrive).
        """
        now = self._clock()
        with self._reader() as session:
            retry = self._retry_group(session, now, max_bytes)
            if retry is not None:
                batch_id, ids = retry
            else:
                batch_id, ids = (
                    str(uuid.uuid4()),
                    self._fresh(session, now, max_bytes, exported_before),
                )
            if not ids:
                return None
            envelopes = self._envelopes(session, ids)
        body = encode_batch(
            batch_id,
            enrolment.station_id,
            enrolment.station_code,
            envelopes,
            self._secrets.signing_key,
        )
        payload = sum(e.entry.size for e in envelopes)
        return PlannedBatch(
            batch_id, tuple(e.entry.application_id for e in envelopes), payload, body
        )

    def _retry_group(
        self, session: Session, now: dt.datetime, max_bytes: int
    ) -> tuple[str, list[str]] | None:
        row = session.execute(
            select(OutboxRow.batch_id)
            .where(OutboxRow.state == OutboxState.QUEUED)
            .where(OutboxRow.batch_id.is_not(None))
            .where(OutboxRow.next_attempt_at <= now)
            .order_by(OutboxRow.queued_at, OutboxRow.application_id)
            .limit(1)
        ).first()
        if row is None or row[0] is None:
            return None
        batch_id = str(row[0])
        members = session.execute(
            select(OutboxRow.application_id, SealedApplication.size)
            .join(SealedApplication, SealedApplication.application_id == OutboxRow.application_id)
            .where(OutboxRow.state == OutboxState.QUEUED)
            .where(OutboxRow.batch_id == batch_id)
            .order_by(OutboxRow.queued_at, OutboxRow.application_id)
        ).all()
        total = sum(size + ENTRY_OVERHEAD for _, size in members)
        if batch_id in self.refused_batch_ids or total > max_bytes:
            # Another manifest under that id, or the link got slower: a fresh batch instead.
            return str(uuid.uuid4()), _take(members, max_bytes)
        return batch_id, [application_id for application_id, _ in members]

    def _fresh(
        self,
        session: Session,
        now: dt.datetime,
        max_bytes: int,
        exported_before: dt.datetime | None,
    ) -> list[str]:
        due = and_(OutboxRow.state == OutboxState.QUEUED, OutboxRow.next_attempt_at <= now)
        if exported_before is not None:
            due = or_(
                due,
                and_(
                    OutboxRow.state == OutboxState.EXPORTED,
                    OutboxRow.state_changed_at <= exported_before,
                ),
            )
        rows = session.execute(
            select(OutboxRow.application_id, SealedApplication.size)
            .join(SealedApplication, SealedApplication.application_id == OutboxRow.application_id)
            .where(due)
            .where(SealedApplication.ciphertext.is_not(None))
            .order_by(OutboxRow.queued_at, OutboxRow.application_id)
            .limit(_SCAN_ROWS)
        ).all()
        return _take(rows, max_bytes)

    def _envelopes(self, session: Session, ids: Sequence[str]) -> list[SealedEnvelope]:
        rows = {
            r.application_id: r
            for r in session.scalars(
                select(SealedApplication).where(SealedApplication.application_id.in_(ids))
            )
        }
        envelopes = []
        for application_id in ids:
            row = rows[application_id]
            if row.ciphertext is None or row.register_wrapped_key is None:
                continue  # purged: accepted already, nothing to send
            envelopes.append(sealed_envelope(row))
        return envelopes


def sealed_envelope(row: SealedApplication) -> SealedEnvelope:
    """The wire form of one sealed application row."""
    assert row.ciphertext is not None and row.register_wrapped_key is not None
    entry = BatchEntry(
        application_id=row.application_id,
        application_number=row.application_number,
        sealed_at=row.sealed_at,
        sha256=row.sha256,
        size=row.size,
        signature=row.signature,
        ciphertext_size=len(row.ciphertext),
        wrapped_key_size=len(row.register_wrapped_key),
        envelope_sha256=envelope_digest(row.ciphertext, row.register_wrapped_key),
    )
    return SealedEnvelope(entry, row.ciphertext, row.register_wrapped_key)


def _take(rows: Sequence[tuple[str, int]], max_bytes: int) -> list[str]:
    """Rows in order until the byte budget is spent (always at least one)."""
    taken: list[str] = []
    total = 0
    for application_id, size in rows:
        cost = size + ENTRY_OVERHEAD
        if taken and total + cost > max_bytes:
            break
        taken.append(application_id)
        total += cost
    return taken
