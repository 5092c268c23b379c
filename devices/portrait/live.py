"""The live portrait pipeline: newest frame → quality checks → auto-capture → display image.

It runs on its own thread and keeps only the newest result in a one-slot holder: the GUI
pulls it at display rate with ``latest()``; frames that arrive while a frame is being
analysed are dropped, never queued. Captures and errors go to plain callbacks (no Qt).
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

import cv2

from devices.camera.frames import Frame, Image, as_image
from devices.camera.grabber import FrameGrabber
from devices.camera.latest import LatestSlot
from devices.portrait.analysis import QualityAnalyser
from devices.portrait.autocapture import AutoCapture
from devices.portrait.capture import CapturedPortrait, CaptureMode, PortraitMaker
from devices.portrait.checks import QualityReport
from station.errors import StationError

_log = logging.getLogger(__name__)


class NoPictureError(StationError):
    """A manual capture was asked for while the camera shows nothing."""

    def __init__(self) -> None:
        super().__init__(
            "Chưa có hình từ máy ảnh để chụp.",
            "There is no camera picture to take yet.",
            "manual capture without an analysed frame",
        )


@dataclass(frozen=True, slots=True)
class LiveView:
    """What the preview shows now."""

    sequence: int  # the frame's sequence number from the grabber
    display: Image  # RGB (not BGR: a QImage wraps it as RGB888 directly), display size
    display_scale: float  # display pixels per frame pixel, to draw the face overlay
    report: QualityReport
    auto_progress: float  # 0–1: how far the current passing run is
    analysis_ms: float


def display_image(image: Image, width: int) -> tuple[Image, float]:
    """*image* scaled to *width* and turned RGB, with the scale used."""
    scale = min(1.0, width / image.shape[1])
    if scale < 1.0:
        size = (round(image.shape[1] * scale), round(image.shape[0] * scale))
        image = as_image(cv2.resize(image, size, interpolation=cv2.INTER_AREA))
    rgb = as_image(cv2.cvtColor(image, cv2.COLOR_BGR2RGB))
    rgb.flags.writeable = False
    return rgb, scale


class LivePortrait:
    """Drives the preview and the capture for one camera; start/stop own the grabber too.

    *on_capture* and *on_error* are called on the pipeline thread and must return quickly.
    """

    def __init__(
        self,
        grabber: FrameGrabber,
        analyser: QualityAnalyser | None = None,
        maker: PortraitMaker | None = None,
        autocapture: AutoCapture | None = None,
        *,
        display_width: int = 640,
        on_capture: Callable[[CapturedPortrait], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
    ) -> None:
        self._grabber = grabber
        self._analyser = analyser or QualityAnalyser()
        self._maker = maker or PortraitMaker()
        self._auto = autocapture or AutoCapture()
        self._display_width = display_width
        self._on_capture = on_capture
        self._on_error = on_error
        self._views: LatestSlot[LiveView] = LatestSlot()
        self._lock = threading.Lock()  # the current frame, auto-capture state, the maker
        self._current: tuple[Frame, QualityReport] | None = None
        self._last_capture: CapturedPortrait | None = None
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.frames_analysed = 0
        self.frames_skipped = 0  # newer frames arrived while one was analysed: dropped

    # -- the GUI's side ------------------------------------------------------------------

    def latest(self) -> LiveView | None:
        """The newest analysed view, or None while the camera shows nothing."""
        return self._views.latest()

    @property
    def views(self) -> LatestSlot[LiveView]:
        """The one-slot holder of views (to wait for the next one in tests and benchmarks)."""
        return self._views

    @property
    def last_capture(self) -> CapturedPortrait | None:
        """The portrait taken last (auto or manual), until ``retake``."""
        with self._lock:
            return self._last_capture

    def capture_now(self) -> CapturedPortrait:
        """Take the newest analysed frame by hand; checks that did not pass are recorded as
        acknowledged. Raises NoPictureError when there is no picture."""
        with self._lock:
            if self._current is None:
                raise NoPictureError()
            frame, report = self._current
            portrait = self._maker.make(frame.image, report, CaptureMode.MANUAL)
            self._last_capture = portrait
            self._auto.disarm()
        return portrait

    def retake(self) -> None:
        """Forget the last capture and let auto-capture look again."""
        with self._lock:
            self._last_capture = None
            self._auto.rearm()

    # -- life cycle ----------------------------------------------------------------------

    def start(self) -> None:
        """Start the camera and the analysis thread."""
        if self._thread is not None and self._thread.is_alive():
            return
        self._stop.clear()
        self._grabber.start()
        self._thread = threading.Thread(target=self._run, name="portrait-live", daemon=True)
        self._thread.start()

    def stop(self, timeout_s: float = 3.0) -> bool:
        """Stop analysing and release the camera; False if a thread did not end in time."""
        self._stop.set()
        ended = True
        if self._thread is not None:
            self._thread.join(timeout_s)
            ended = not self._thread.is_alive()
            self._thread = None
        ended = self._grabber.stop(timeout_s) and ended
        self._views.clear()
        return ended

    # -- the pipeline thread -----------------------------------------------------------------

    def _run(self) -> None:
        seen = self._grabber.slot.version
        last_sequence = 0
        while not self._stop.is_set():
            version, frame = self._grabber.slot.wait_newer(seen, 0.2)
            if version == seen:
                continue
            seen = version
            if frame is None:
                # The camera went away: show nothing rather than the last picture.
                with self._lock:
                    self._current = None
                self._views.clear()
                last_sequence = 0
                continue
            if last_sequence and frame.sequence > last_sequence + 1:
                self.frames_skipped += frame.sequence - last_sequence - 1
            last_sequence = frame.sequence
            try:
                self._process(frame)
            except Exception as exc:  # one bad frame must not end the preview
                _log.exception("portrait analysis failed")
                if self._on_error is not None:
                    self._on_error(exc)

    def _process(self, frame: Frame) -> None:
        started = time.perf_counter()
        report = self._analyser.analyse(frame.image)
        display, scale = display_image(frame.image, self._display_width)
        elapsed = (time.perf_counter() - started) * 1000
        captured = None
        with self._lock:
            self._current = (frame, report)
            choice = self._auto.feed(frame, report)
            progress = self._auto.progress
            if choice is not None:
                portrait = self._maker.make(
                    choice.frame.image, choice.report, CaptureMode.AUTO, choice.frames_considered
                )
                if portrait.record.crop_check.passed:
                    self._last_capture = captured = portrait
                else:
                    _log.info("auto-capture rejected by the crop re-check")
                    self._auto.reject()
        self.frames_analysed += 1
        self._views.put(LiveView(frame.sequence, display, scale, report, progress, elapsed))
        if captured is not None and self._on_capture is not None:
            self._on_capture(captured)
