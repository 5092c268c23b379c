"""The frame grabber: reads a camera on a worker thread into a one-slot latest-frame holder.

It owns the camera's life: opening, reopening with backoff after an unplug or a failed
open, and noticing black, blank, frozen and stalled streams. State changes go to a plain
callback (no Qt); the GUI adapter turns them into signals.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

from devices.camera.config import GrabberConfig
from devices.camera.errors import CameraError, CameraNotFoundError, SimulatedSourceError
from devices.camera.frames import Frame, Resolution
from devices.camera.health import FrameHealth, FrameProblem
from devices.camera.latest import LatestSlot
from devices.camera.source import CameraSource
from devices.camera.status import CameraState, CameraStatus, status_for

_log = logging.getLogger(__name__)

StatusListener = Callable[[CameraStatus], None]

_PROBLEM_STATES = {
    FrameProblem.BLACK: CameraState.BLACK_FRAMES,
    FrameProblem.BLANK: CameraState.BLANK_FRAMES,
    FrameProblem.FROZEN: CameraState.FROZEN,
}


class FrameGrabber:
    """Pulls frames from a CameraSource on its own thread; consumers take the newest one.

    *on_status* is called on the grabber's threads, once per state change; it must return
    quickly (emit a signal, set a flag).
    """

    def __init__(
        self,
        source: CameraSource,
        config: GrabberConfig | None = None,
        on_status: StatusListener | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._source = source
        self._config = config or GrabberConfig()
        self._on_status = on_status
        self._clock = clock
        self._slot: LatestSlot[Frame] = LatestSlot()
        self._stop = threading.Event()
        self._status_lock = threading.RLock()
        self._status = status_for(CameraState.STOPPED)
        self._last_frame_at = 0.0
        self._frames_read = 0
        self._threads: list[threading.Thread] = []

    # -- the consumer's side -------------------------------------------------------------

    @property
    def status(self) -> CameraStatus:
        """The current state."""
        with self._status_lock:
            return self._status

    @property
    def frames_read(self) -> int:
        """Frames read from the camera since start (delivered or later dropped)."""
        return self._frames_read

    @property
    def slot(self) -> LatestSlot[Frame]:
        """The one-slot holder frames are put into."""
        return self._slot

    def latest(self) -> Frame | None:
        """The newest frame, or None while there is no picture (never a stale one)."""
        return self._slot.latest()

    # -- life cycle ------------------------------------------------------------------------

    def start(self) -> None:
        """Start reading; the camera is opened on the worker thread."""
        if any(thread.is_alive() for thread in self._threads):
            return
        self._stop.clear()
        self._frames_read = 0
        self._set(status_for(CameraState.OPENING, requested=self._source.requested_resolution))
        self._threads = [
            threading.Thread(target=self._run, name="camera-grabber", daemon=True),
            threading.Thread(target=self._watch, name="camera-watchdog", daemon=True),
        ]
        for thread in self._threads:
            thread.start()

    def stop(self, timeout_s: float = 3.0) -> bool:
        """Stop and release the camera; False if a hung driver kept the worker busy."""
        self._stop.set()
        deadline = time.monotonic() + timeout_s
        ended = True
        for thread in self._threads:
            thread.join(max(0.0, deadline - time.monotonic()))
            ended = ended and not thread.is_alive()
        if ended:
            self._threads = []
        else:
            _log.warning("camera worker did not stop within %.1f s", timeout_s)
        return ended

    # -- worker ------------------------------------------------------------------------------

    def _run(self) -> None:
        backoff = self._config.reconnect_initial_s
        requested = self._source.requested_resolution
        while not self._stop.is_set():
            try:
                actual = self._source.open()
            except Exception as exc:  # any failure is a state, never a crash
                self._set(self._open_failure(exc, requested, backoff))
            else:
                backoff = self._config.reconnect_initial_s
                detail = self._stream(requested, actual)
                self._close_source()
                if self._stop.is_set():
                    break
                self._set(
                    status_for(
                        CameraState.DISCONNECTED,
                        requested=requested,
                        detail=detail,
                        retry_in_s=backoff,
                    )
                )
            self._slot.clear()
            if self._stop.wait(backoff):
                break
            backoff = min(backoff * 2, self._config.reconnect_max_s)
        self._close_source()
        self._slot.clear()
        self._set(status_for(CameraState.STOPPED, requested=requested))

    def _stream(self, requested: Resolution | None, actual: Resolution) -> str:
        """Read until the camera fails or we are stopped; returns why it ended."""
        base = (
            CameraState.WRONG_RESOLUTION
            if requested is not None and actual != requested
            else CameraState.STREAMING
        )
        health = FrameHealth(self._config, self._source.repeats_frames)
        failures = 0
        sequence = 0
        self._last_frame_at = self._clock()
        self._set(status_for(base, requested=requested, actual=actual))
        while not self._stop.is_set():
            try:
                image = self._source.read()
            except Exception as exc:  # a driver error is a failed read
                _log.warning("camera read raised %s", type(exc).__name__)
                image = None
            if image is None:
                failures += 1
                if failures >= self._config.read_failures_before_reopen:
                    return f"{failures} reads failed in a row"
                continue
            failures = 0
            now = self._clock()
            self._last_frame_at = now
            self._frames_read += 1
            sequence += 1
            problem = health.update(image, now)
            self._slot.put(Frame(image, sequence, now))
            state = _PROBLEM_STATES.get(problem, base)
            if state is not self.status.state:
                self._set(status_for(state, requested=requested, actual=actual))
        return "stopped"

    def _watch(self) -> None:
        """Notice a camera that is open but sends nothing (the read call hangs)."""
        interval = max(0.05, self._config.stall_timeout_s / 4)
        while not self._stop.wait(interval):
            with self._status_lock:
                status = self._status
                stalled = (
                    status.state.delivering
                    and self._clock() - self._last_frame_at > self._config.stall_timeout_s
                )
                if stalled:
                    self._slot.clear()
                    self._set(
                        status_for(
                            CameraState.NO_SIGNAL,
                            requested=status.requested,
                            actual=status.actual,
                            detail=f"no frame for {self._config.stall_timeout_s:.1f} s",
                        )
                    )

    def _open_failure(
        self, exc: Exception, requested: Resolution | None, retry_in_s: float
    ) -> CameraStatus:
        if isinstance(exc, CameraNotFoundError):
            state = CameraState.NOT_FOUND
        elif isinstance(exc, SimulatedSourceError):
            state = CameraState.SOURCE_ERROR
        else:
            state = CameraState.OPEN_FAILED
        detail = exc.detail if isinstance(exc, CameraError) else type(exc).__name__
        return status_for(state, requested=requested, detail=detail, retry_in_s=retry_in_s)

    def _close_source(self) -> None:
        try:
            self._source.close()
        except Exception as exc:  # closing a broken camera must not kill us
            _log.warning("closing the camera raised %s", type(exc).__name__)

    def _set(self, status: CameraStatus) -> None:
        """Record *status* and tell the listener, once per change of state or detail."""
        with self._status_lock:
            previous = self._status
            self._status = status
            if (previous.state, previous.detail) == (status.state, status.detail):
                return
            if status.state is not previous.state:
                _log.info("camera: %s (%s)", status.state.value, status.detail or "-")
            if self._on_status is not None:
                try:
                    self._on_status(status)
                except Exception:  # a faulty listener must not stop the camera
                    _log.exception("camera status listener failed")
