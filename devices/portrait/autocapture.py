"""Auto-capture: when every check passes on N consecutive frames, take the sharpest of them."""

from __future__ import annotations

from dataclasses import dataclass

from devices.camera.frames import Frame
from devices.portrait.checks import QualityReport
from devices.portrait.config import AutoCaptureConfig


@dataclass(frozen=True, slots=True)
class AutoCaptureChoice:
    """The frame auto-capture picked, with its report and the run it came from."""

    frame: Frame
    report: QualityReport
    frames_considered: int


class AutoCapture:
    """Follows the analysed frames and says when (and which one) to take.

    It holds at most N frames (references to immutable frames, no copies) and fires once;
    ``rearm`` starts looking again (the officer wants a retake).
    """

    def __init__(self, config: AutoCaptureConfig | None = None) -> None:
        self._config = config or AutoCaptureConfig()
        if self._config.consecutive_frames < 1:
            raise ValueError("consecutive_frames must be at least 1")
        self._run: list[tuple[Frame, QualityReport]] = []
        self._armed = self._config.enabled

    @property
    def armed(self) -> bool:
        """True while waiting for a good run of frames."""
        return self._armed

    @property
    def progress(self) -> float:
        """How far the current passing run is (0–1), for a progress ring in the preview."""
        return len(self._run) / self._config.consecutive_frames

    def rearm(self) -> None:
        """Look for a new good run (after a retake request)."""
        self._run = []
        self._armed = self._config.enabled

    def disarm(self) -> None:
        """Stop looking (a picture was taken by hand)."""
        self._run = []
        self._armed = False

    def feed(self, frame: Frame, report: QualityReport) -> AutoCaptureChoice | None:
        """The next analysed frame; the chosen frame once the run is long enough."""
        if not self._armed:
            return None
        if not report.passed:
            self._run = []
            return None
        self._run.append((frame, report))
        if len(self._run) < self._config.consecutive_frames:
            return None
        best_frame, best_report = max(self._run, key=lambda item: item[1].sharpness)
        considered = len(self._run)
        self._run = []
        self._armed = False
        return AutoCaptureChoice(best_frame, best_report, considered)

    def reject(self) -> None:
        """The chosen frame failed the crop re-check: keep looking with a fresh run."""
        self._run = []
        self._armed = self._config.enabled
