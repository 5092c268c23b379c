"""The register's word on applications: batch receipts and the status feed.

The feed is pulled from a persisted cursor. It closes USB exports (the register imported
the file: accepted or rejected) and records what happened after acceptance (rejected at
review, card produced) for the officer.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from station.outbox import Outbox, Receipt
from station.storage.schema import OutboxRow, OutboxState
from station.sync.client import RegisterClient, StatusEvent, UploadResult
from station.sync.contract import ReceiptStatus, RegisterState
from station.sync.errors import RegisterProtocolError
from station.sync.state import SyncStateStore

MAX_PAGES_PER_PULL = 200  # 100,000 events; the rest waits for the next cycle

_ACCEPTING = {RegisterState.ACCEPTED, RegisterState.DUPLICATE}
_REFUSING = {RegisterState.REJECTED, RegisterState.CONFLICT}


class StatusPuller:
    """Pulls the status feed page by page and applies it."""

    def __init__(
        self, reader: sessionmaker[Session], outbox: Outbox, state: SyncStateStore
    ) -> None:
        self._reader = reader
        self._outbox = outbox
        self._state = state

    def pull(self, client: RegisterClient) -> int:
        """Read the feed from the saved cursor to its end; returns the events applied.

        Each page is applied before the cursor moves past it; a crash in between only
        makes the next pull apply the same events again, which changes nothing.
        """
        cursor = self._state.cursor().status_cursor
        applied = 0
        for _ in range(MAX_PAGES_PER_PULL):
            page = client.pull_status(cursor)
            if page.events:
                self._apply(page.events)
                applied += len(page.events)
            self._state.record_statuses(page.events, page.next_cursor)
            cursor = max(cursor, page.next_cursor)
            if not page.more:
                break
        return applied

    def _apply(self, events: Sequence[StatusEvent]) -> None:
        latest: dict[str, StatusEvent] = {}
        for event in events:
            if event.status in _ACCEPTING or event.status in _REFUSING:
                latest[event.application_id] = event
        if not latest:
            return
        with self._reader() as session:
            # Only rows waiting for this word change state: exported ones (USB). A queued
            # row is sent again and the register answers "duplicate"; a finished row stays.
            waiting = set(
                session.scalars(
                    select(OutboxRow.application_id)
                    .where(OutboxRow.application_id.in_(list(latest)))
                    .where(OutboxRow.state == OutboxState.EXPORTED)
                )
            )
        receipts = [receipt_for(latest[application_id]) for application_id in sorted(waiting)]
        if receipts:
            self._outbox.apply_receipts(receipts)


def receipt_for(event: StatusEvent) -> Receipt:
    """The outbox receipt a feed event amounts to (conflicts are rejections to look into)."""
    if event.status in _ACCEPTING:
        return Receipt(event.application_id, True)
    return Receipt(
        event.application_id,
        False,
        event.reason_code or event.status.value,
        event.reason_text,
    )


def batch_receipts(result: UploadResult, ids: tuple[str, ...]) -> list[Receipt]:
    """The outbox receipts of a batch; every application sent must have an answer."""
    by_id = {r.application_id: r for r in result.receipts}
    missing = [i for i in ids if i not in by_id]
    if missing:
        raise RegisterProtocolError(f"{len(missing)} applications without a receipt")
    receipts = []
    for application_id in ids:
        wire = by_id[application_id]
        if wire.status in (ReceiptStatus.ACCEPTED, ReceiptStatus.DUPLICATE):
            receipts.append(Receipt(application_id, True))
        else:
            code = wire.reason_code or wire.status.value
            receipts.append(Receipt(application_id, False, code, wire.reason_text))
    return receipts
