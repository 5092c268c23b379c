"""Reading a QR code (the identity card's front code) from camera frames, without Qt.

:class:`QrCodeScanner` decodes one frame; :func:`scan_for_qr` watches a frame grabber's
newest frames until one decodes, the time runs out or the caller cancels;
:class:`QrCameraScan` wraps one such scan with its camera. The scans block and belong on
a worker thread.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

import cv2

from devices.camera.config import GrabberConfig
from devices.camera.frames import Frame, Image
from devices.camera.grabber import FrameGrabber
from devices.camera.source import CameraSource
from devices.camera.status import CameraStatus

# Frames wider than this are scanned at half size first: the card's code fills a good part
# of the picture when held to the camera, and a smaller image decodes several times faster.
_HALF_SIZE_FROM = 1000


class QrCodeScanner:
    """Decodes the QR code in a frame with OpenCV; one instance per thread."""

    def __init__(self) -> None:
        self._detector = cv2.QRCodeDetector()

    def scan(self, image: Image) -> str | None:
        """The decoded text of the QR code in *image* (BGR or grey), or None if none decodes."""
        grey = image if image.ndim == 2 else cv2.cvtColor(image, cv2.COLOR_BGR2GRAY)
        candidates = [grey]
        if grey.shape[1] >= _HALF_SIZE_FROM:
            half = cv2.resize(grey, None, fx=0.5, fy=0.5, interpolation=cv2.INTER_AREA)
            candidates.insert(0, half)
        for candidate in candidates:
            try:
                text, _points, _straight = self._detector.detectAndDecode(candidate)
            except cv2.error:  # a degenerate detection; the next frame gets another chance
                continue
            if text:
                return str(text)
        return None


@dataclass(frozen=True, slots=True)
class QrScanOutcome:
    """How a scan ended: the text, or why there is none (time out, cancelled, the camera)."""

    text: str | None
    cancelled: bool
    frames_scanned: int
    camera: CameraStatus  # the camera's state at the end (says why there were no frames)

    def __repr__(self) -> str:
        # The text is personal data (ID number, name): keep it out of logs.
        found = self.text is not None
        return f"QrScanOutcome(found={found}, cancelled={self.cancelled})"


def scan_for_qr(
    grabber: FrameGrabber,
    *,
    timeout_s: float,
    cancel: threading.Event,
    scanner: QrCodeScanner | None = None,
    clock: Callable[[], float] = time.monotonic,
) -> QrScanOutcome:
    """Scan the newest frames of a started *grabber* until a code decodes (blocking).

    Frames that arrive while one is being decoded are skipped, never queued. Stops on the
    first decoded code, after *timeout_s*, or when *cancel* is set; the caller stops the
    grabber afterwards.
    """
    scanner = scanner or QrCodeScanner()
    deadline = clock() + timeout_s
    version = 0
    scanned = 0
    while not cancel.is_set():
        remaining = deadline - clock()
        if remaining <= 0:
            break
        version, frame = grabber.slot.wait_newer(version, min(remaining, 0.2))
        if not isinstance(frame, Frame):
            continue
        scanned += 1
        text = scanner.scan(frame.image)
        if text is not None:
            return QrScanOutcome(text, False, scanned, grabber.status)
    return QrScanOutcome(None, cancel.is_set(), scanned, grabber.status)


class QrCameraScan:
    """One scan with the camera: its frame grabber, a cancel flag and the blocking scan.

    The GUI starts it, shows ``latest()`` frames as a preview, and runs ``run()`` on a
    worker; ``run()`` stops the camera before it returns.
    """

    def __init__(
        self,
        source: CameraSource,
        *,
        timeout_s: float = 20.0,
        config: GrabberConfig | None = None,
    ) -> None:
        self.timeout_s = timeout_s
        self.grabber = FrameGrabber(source, config)
        self._cancel = threading.Event()

    def start(self) -> None:
        """Open the camera on the grabber's thread (returns at once)."""
        self.grabber.start()

    def latest(self) -> Frame | None:
        """The newest frame, for a preview."""
        return self.grabber.latest()

    def cancel(self) -> None:
        """Make ``run()`` return soon, without a code."""
        self._cancel.set()

    def run(self) -> QrScanOutcome:
        """Scan until a code decodes, the time is up or cancel() is called; then stop."""
        try:
            return scan_for_qr(self.grabber, timeout_s=self.timeout_s, cancel=self._cancel)
        finally:
            self.grabber.stop()
