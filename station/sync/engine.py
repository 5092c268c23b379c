"""The sync engine: a background loop that drains the outbox to the register.

One thread, one upload at a time. Each pass: a cheap ping (connectivity and the
register's clock), the status feed and master data when due, then batches by bytes
until nothing is due, each batch's receipts applied in one transaction, then the
retention purge. Failures back off exponentially with jitter; a wrong certificate or an
unknown station stops the engine until IT acts (:meth:`SyncEngine.resume`).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import random
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import replace

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from station.errors import StationError
from station.outbox import Outbox, OutboxTransitionError
from station.protect.keystore import StationSecrets
from station.storage.schema import OutboxRow, OutboxState
from station.sync.backoff import Backoff
from station.sync.client import (
    BatchIdReusedError,
    RegisterClient,
    SkewListener,
)
from station.sync.errors import RegisterUnreachableError, SyncError, SyncStorageError
from station.sync.masterdata import MasterDataUpdater
from station.sync.planner import BatchPlanner, LinkEstimator, PlannedBatch
from station.sync.progress import SyncListener, SyncPhase, SyncProgress
from station.sync.settings import SyncConfig
from station.sync.state import Enrolment, SyncStateStore
from station.sync.status_pull import StatusPuller, batch_receipts

Clock = Callable[[], dt.datetime]
ClientFactory = Callable[[Enrolment, SkewListener], RegisterClient]

log = logging.getLogger(__name__)


class SyncEngine:
    """Drains the outbox to the register on its own thread; callbacks report progress."""

    def __init__(
        self,
        *,
        reader: sessionmaker[Session],
        outbox: Outbox,
        state: SyncStateStore,
        secrets: StationSecrets,
        clock: Clock,
        config: SyncConfig | None = None,
        listener: SyncListener | None = None,
        masterdata: MasterDataUpdater | None = None,
        client_factory: ClientFactory | None = None,
        rng: random.Random | None = None,
    ) -> None:
        self.config = config or SyncConfig()
        c = self.config
        self._reader = reader
        self._outbox = outbox
        self._state = state
        self._secrets = secrets
        self._clock = clock
        self._listener = listener
        self._masterdata = masterdata
        self._client_factory = client_factory or self._default_client
        self._planner = BatchPlanner(reader, secrets, clock)
        self._puller = StatusPuller(reader, outbox, state)
        self._link = LinkEstimator(
            c.max_batch_bytes, c.min_batch_bytes, c.target_batch_seconds, c.initial_batch_bytes
        )
        self._backoff = Backoff(c.backoff_base, c.backoff_cap, rng)
        self._upload_lock = threading.Lock()  # held per batch; the USB export takes it too
        self._pass_lock = threading.Lock()
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._thread: threading.Thread | None = None
        self._prefetch: ThreadPoolExecutor | None = None  # plans the next batch meanwhile
        self._client: RegisterClient | None = None
        self._client_for: Enrolment | None = None
        self._blocked: SyncError | None = None
        self._next_pull = 0.0
        self._next_master_data = 0.0
        self._skew: dt.timedelta | None = None
        self._pending_delay: float | None = None
        self._progress = SyncProgress(SyncPhase.STOPPED)
        self.bytes_sent = 0  # upload bodies, for the figures
        self.batch_seconds: deque[float] = deque(maxlen=10_000)  # upload round trips

    # ------------------------------------------------------------------ lifecycle

    def start(self) -> None:
        """Put rows a crash left "sending" back in the queue, then start the loop."""
        if self._thread is not None:
            return
        self._outbox.recover_after_crash()
        self._stop.clear()
        self._thread = threading.Thread(target=self._loop, name="sync-engine", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 30.0) -> None:
        """Stop after the current request (bounded by the client timeouts)."""
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None
        if self._prefetch is not None:
            self._prefetch.shutdown(wait=True, cancel_futures=True)
            self._prefetch = None
        self._drop_client()

    def wake(self) -> None:
        """Run a pass now (after sealing, enrolment, or a link coming back)."""
        self._wake.set()

    def resume(self) -> None:
        """IT fixed what blocked the engine: try again now."""
        self._blocked = None
        self._backoff.reset()
        self._drop_client()
        self.wake()

    @contextlib.contextmanager
    def exclusive(self) -> Iterator[None]:
        """Hold off uploads (a USB export must not race a batch for the same rows)."""
        with self._upload_lock:
            yield

    @property
    def progress(self) -> SyncProgress:
        """The latest snapshot."""
        return self._progress

    def _loop(self) -> None:
        while not self._stop.is_set():
            try:
                delay = self.run_pass()
            except Exception:  # a bug must not end sync for good: log it and back off
                log.exception("sync pass failed unexpectedly")
                delay = self._backoff.next_delay()
            if self._stop.is_set():
                break
            self._wake.wait(delay)
            self._wake.clear()
        self._publish(SyncPhase.STOPPED)

    # ------------------------------------------------------------------ one pass

    def run_pass(self) -> float:
        """One pass of the loop; returns the seconds until the next one is due."""
        with self._pass_lock:
            enrolment = self._state.enrolment()
            if enrolment is None:
                self._publish(SyncPhase.NOT_ENROLLED)
                return self.config.idle_interval
            if self._blocked is not None:
                self._publish(SyncPhase.BLOCKED, last_error=self._blocked)
                return self.config.idle_interval
            try:
                client = self._connected(enrolment)
                client.ping()
                self._pull_when_due(client)
                self._master_data_when_due(client)
                more = self._upload(client, enrolment)
                self._outbox.purge_accepted(self.config.retention)
            except SyncError as exc:
                return self._failed(exc)
            except StationError as exc:  # local storage trouble (e.g. a full disk)
                log.warning("sync pass interrupted: %s", exc.detail)
                return self._failed(SyncStorageError(exc.detail), phase=SyncPhase.RETRY_WAIT)
            self._backoff.reset()
            now = self._clock()
            self._state.mark_success(now)
            self._publish(SyncPhase.IDLE, last_success_at=now, last_error=None, next_retry_at=None)
            return 0.0 if more else self._idle_delay()

    def _connected(self, enrolment: Enrolment) -> RegisterClient:
        if self._client is None or self._client_for != enrolment:
            self._drop_client()
            self._client = self._client_factory(enrolment, self._observe_skew)
            self._client_for = enrolment
        return self._client

    def _default_client(self, enrolment: Enrolment, on_skew: SkewListener) -> RegisterClient:
        return RegisterClient(
            enrolment.register_url,
            enrolment.ca_pem,
            station_id=enrolment.station_id,
            signing_key=self._secrets.signing_key,
            clock=self._clock,
            timeouts=self.config.timeouts,
            on_skew=on_skew,
        )

    def _drop_client(self) -> None:
        if self._client is not None:
            self._client.close()
        self._client = None
        self._client_for = None

    def _pull_when_due(self, client: RegisterClient) -> None:
        if time.monotonic() < self._next_pull:
            return
        self._publish(SyncPhase.PULLING)
        with self._upload_lock:
            self._puller.pull(client)
        self._next_pull = time.monotonic() + self.config.status_interval

    def _master_data_when_due(self, client: RegisterClient) -> None:
        if self._masterdata is None or time.monotonic() < self._next_master_data:
            return
        self._next_master_data = time.monotonic() + self.config.master_data_interval
        try:
            installed = self._masterdata.update(client, self._state.cursor().master_data_version)
        except SyncError:
            self._next_master_data = 0.0  # the link failed: try again next pass
            raise
        except StationError as exc:  # a bad file: keep the current lists, retry later
            log.warning("master data not installed: %s", exc.detail)
            return
        if installed is not None:
            self._state.save_master_data_version(installed.version)
            self._publish(self._progress.phase, master_data_version=installed.version)

    def _upload(self, client: RegisterClient, enrolment: Enrolment) -> bool:
        """Send due batches; True when the pass ran out of time with more to send."""
        deadline = time.monotonic() + self.config.max_pass_seconds
        exported_before = self._clock() - self.config.exported_resend_after

        def plan() -> PlannedBatch | None:
            return self._planner.next_batch(enrolment, self._link.batch_bytes(), exported_before)

        upcoming: Future[PlannedBatch | None] | None = None
        try:
            while not self._stop.is_set():
                if time.monotonic() >= deadline:
                    return True
                with self._upload_lock:
                    batch = upcoming.result() if upcoming is not None else plan()
                    upcoming = None
                    if batch is not None and not self._mark_sending(batch):
                        batch = plan()  # its rows moved meanwhile (status pull, export)
                        if batch is not None:
                            self._outbox.transition(
                                batch.application_ids, OutboxState.SENDING, batch_id=batch.batch_id
                            )
                    if batch is None:
                        return False
                    # The next batch is read and signed while this one is on the wire (one
                    # upload at a time still: it is only sent after this one's answer).
                    if self._prefetch is None:
                        self._prefetch = ThreadPoolExecutor(1, thread_name_prefix="sync-plan")
                    upcoming = self._prefetch.submit(plan)
                    self._send(client, batch)
            return True
        finally:
            if upcoming is not None:
                upcoming.cancel()

    def _mark_sending(self, batch: PlannedBatch) -> bool:
        try:
            self._outbox.transition(
                batch.application_ids, OutboxState.SENDING, batch_id=batch.batch_id
            )
        except OutboxTransitionError:
            return False
        return True

    def _send(self, client: RegisterClient, batch: PlannedBatch) -> None:
        """Upload one batch whose rows are "sending" and apply its receipts."""
        ids = batch.application_ids
        self._publish(SyncPhase.SENDING, sending=len(ids))
        try:
            result = client.upload(batch.batch_id, batch.body)
            receipts = batch_receipts(result, ids)
        except BatchIdReusedError as exc:
            self._planner.refused_batch_ids.add(batch.batch_id)
            self._requeue(ids, exc, self._clock())
            return
        except SyncError as exc:
            if isinstance(exc, RegisterUnreachableError):
                self._link.shrink()
            delay = self._retry_delay(exc)
            self._requeue(ids, exc, self._clock() + dt.timedelta(seconds=delay or 0.0))
            raise
        try:
            self._outbox.apply_receipts(receipts)
        except StationError:
            self._requeue(ids, None, self._clock())  # the register dedups the resend
            raise
        self.bytes_sent += len(batch.body)
        self.batch_seconds.append(result.seconds)
        self._link.observe(len(batch.body), result.seconds)
        self._publish(SyncPhase.SENDING, sending=0, last_error=None, next_retry_at=None)

    def _requeue(self, ids: tuple[str, ...], exc: SyncError | None, at: dt.datetime) -> None:
        error = None if exc is None else f"{type(exc).__name__}: {exc.detail}"
        self._outbox.transition(ids, OutboxState.QUEUED, error=error, next_attempt_at=at)

    # ------------------------------------------------------------------ failures, clock

    def _retry_delay(self, exc: SyncError) -> float | None:
        """The backoff for *exc*, drawn once per failure (the rows and the loop share it)."""
        if not exc.retryable:
            return None
        if self._pending_delay is None:
            asked = getattr(exc, "retry_after", None) or 0.0
            self._pending_delay = self._backoff.next_delay(asked)
        return self._pending_delay

    def _failed(self, exc: SyncError, phase: SyncPhase | None = None) -> float:
        self._drop_client()
        if not exc.retryable:
            log.error("sync blocked until IT acts: %s", exc.detail)
            self._blocked = exc
            self._publish(SyncPhase.BLOCKED, last_error=exc, next_retry_at=None)
            return self.config.idle_interval
        delay = self._retry_delay(exc) or 0.0
        self._pending_delay = None
        log.info("sync retry in %.1f s: %s", delay, exc.detail)
        if phase is None:
            unreachable = isinstance(exc, RegisterUnreachableError)
            phase = SyncPhase.OFFLINE if unreachable else SyncPhase.RETRY_WAIT
        self._publish(
            phase,
            sending=0,
            last_error=exc,
            next_retry_at=self._clock() + dt.timedelta(seconds=delay),
        )
        return delay

    def _observe_skew(self, skew: dt.timedelta) -> None:
        beyond = abs(skew) > self.config.skew_tolerance
        if beyond and self._skew is None:
            log.warning("station clock differs from the register by %.0f s", skew.total_seconds())
        self._skew = skew if beyond else None

    def _idle_delay(self) -> float:
        """Sleep until the next pull or the first row whose retry time comes."""
        delay = min(self.config.idle_interval, max(0.0, self._next_pull - time.monotonic()))
        with self._reader() as session:
            first = session.scalar(
                select(func.min(OutboxRow.next_attempt_at)).where(
                    OutboxRow.state == OutboxState.QUEUED
                )
            )
        if first is not None:
            delay = min(delay, max(0.0, (first - self._clock()).total_seconds()))
        return delay

    def _publish(self, phase: SyncPhase, **changes: object) -> None:
        counts = self._outbox.counts()
        skew = None if self._skew is None else self._skew.total_seconds()
        progress = replace(
            self._progress,
            phase=phase,
            queued=counts[OutboxState.QUEUED] + counts[OutboxState.SENDING],
            exported=counts[OutboxState.EXPORTED],
            accepted=counts[OutboxState.ACCEPTED],
            rejected=counts[OutboxState.REJECTED],
            clock_skew_seconds=skew,
            link_bytes_per_second=self._link.rate,
            **changes,  # type: ignore[arg-type]
        )
        self._progress = progress
        if self._listener is not None:
            try:
                self._listener(progress)
            except Exception:  # the GUI's problem must not stop the sync
                log.exception("sync progress listener failed")
