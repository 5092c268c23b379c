"""Auto-capture and the live pipeline (simulated camera → checks → display → capture)."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator

import numpy as np
import pytest

from devices.camera.config import GrabberConfig
from devices.camera.frames import Frame, Image
from devices.camera.grabber import FrameGrabber
from devices.camera.simulated import SimulatedCamera
from devices.portrait.analysis import QualityAnalyser
from devices.portrait.autocapture import AutoCapture
from devices.portrait.capture import CapturedPortrait, CaptureMode
from devices.portrait.checks import CheckId, CheckResult, CheckStatus, Limit, QualityReport
from devices.portrait.config import AutoCaptureConfig
from devices.portrait.faces import FaceObservation, HaarFaceFinder
from devices.portrait.live import LivePortrait, LiveView, NoPictureError, display_image


def report(passed: bool, sharpness: float) -> QualityReport:
    status = CheckStatus.PASSED if passed else CheckStatus.FAILED
    return QualityReport(
        1280,
        720,
        (
            CheckResult(CheckId.BRIGHTNESS, status, 120.0, Limit(80, 200)),
            CheckResult(CheckId.SHARPNESS, CheckStatus.PASSED, sharpness, Limit(60, None)),
        ),
    )


def frame(sequence: int) -> Frame:
    return Frame(np.zeros((4, 4, 3), dtype=np.uint8), sequence, float(sequence))


def test_auto_capture_takes_the_sharpest_of_n_passing_frames() -> None:
    auto = AutoCapture(AutoCaptureConfig(consecutive_frames=3))
    assert auto.feed(frame(1), report(True, 100)) is None
    assert auto.progress == pytest.approx(1 / 3)
    assert auto.feed(frame(2), report(True, 300)) is None
    choice = auto.feed(frame(3), report(True, 200))
    assert choice is not None
    assert choice.frame.sequence == 2 and choice.frames_considered == 3
    assert not auto.armed
    assert auto.feed(frame(4), report(True, 999)) is None  # fires once


def test_a_failing_frame_restarts_the_run() -> None:
    auto = AutoCapture(AutoCaptureConfig(consecutive_frames=2))
    auto.feed(frame(1), report(True, 100))
    auto.feed(frame(2), report(False, 100))
    assert auto.progress == 0
    assert auto.feed(frame(3), report(True, 100)) is None
    assert auto.feed(frame(4), report(True, 100)) is not None


def test_rearm_disarm_and_disabled() -> None:
    auto = AutoCapture(AutoCaptureConfig(consecutive_frames=1))
    auto.disarm()
    assert auto.feed(frame(1), report(True, 1)) is None
    auto.rearm()
    assert auto.feed(frame(2), report(True, 1)) is not None
    auto.reject()
    assert auto.armed
    off = AutoCapture(AutoCaptureConfig(enabled=False, consecutive_frames=1))
    assert off.feed(frame(1), report(True, 1)) is None
    with pytest.raises(ValueError):
        AutoCapture(AutoCaptureConfig(consecutive_frames=0))


def test_the_display_image_is_small_rgb_and_read_only() -> None:
    bgr = np.zeros((720, 1280, 3), dtype=np.uint8)
    bgr[:, :, 0] = 255  # blue
    display, scale = display_image(bgr, 640)
    assert display.shape == (360, 640, 3) and scale == 0.5
    assert display[0, 0].tolist() == [0, 0, 255]
    assert not display.flags.writeable
    small, same = display_image(np.zeros((100, 200, 3), dtype=np.uint8), 640)
    assert small.shape == (100, 200, 3) and same == 1.0


FAST = GrabberConfig(reconnect_initial_s=0.05, reconnect_max_s=0.2, stall_timeout_s=1.0)


@pytest.fixture
def live_of() -> Iterator[Callable[..., LivePortrait]]:
    made: list[LivePortrait] = []

    def build(camera: SimulatedCamera, **options: object) -> LivePortrait:
        live = LivePortrait(FrameGrabber(camera, FAST), **options)  # type: ignore[arg-type]
        made.append(live)
        return live

    yield build
    for live in made:
        assert live.stop(timeout_s=5)


def wait_view(live: LivePortrait, timeout_s: float = 10.0) -> LiveView:
    deadline = time.monotonic() + timeout_s
    while (view := live.latest()) is None:
        assert time.monotonic() < deadline, "no live view"
        time.sleep(0.01)
    return view


def test_the_portrait_is_taken_automatically(
    portrait_frame: Image, live_of: Callable[..., LivePortrait]
) -> None:
    captured: list[CapturedPortrait] = []
    done = threading.Event()

    def on_capture(portrait: CapturedPortrait) -> None:
        captured.append(portrait)
        done.set()

    live = live_of(SimulatedCamera(images=[portrait_frame], fps=30), on_capture=on_capture)
    live.start()
    view = wait_view(live)
    assert view.display.shape == (360, 640, 3) and view.display_scale == 0.5
    assert done.wait(15), "no automatic capture"
    portrait = captured[0]
    assert portrait.record.mode is CaptureMode.AUTO
    assert portrait.passed and portrait.record.acknowledged == ()
    assert portrait.record.frames_considered == AutoCaptureConfig().consecutive_frames
    assert live.last_capture is portrait
    time.sleep(0.3)
    assert len(captured) == 1  # once, until a retake
    live.retake()
    assert live.last_capture is None
    assert done.wait(15) and len(captured) >= 1


def test_a_manual_capture_records_what_did_not_pass(live_of: Callable[..., LivePortrait]) -> None:
    live = live_of(SimulatedCamera(pattern=True, fps=30))
    with pytest.raises(NoPictureError) as raised:
        live.capture_now()
    assert raised.value.message("vi")
    live.start()
    view = wait_view(live)
    assert view.report.hint is not None and view.report.hint.code == "no_face"
    portrait = live.capture_now()
    assert portrait.record.mode is CaptureMode.MANUAL
    assert CheckId.FACE_COUNT in portrait.record.acknowledged
    assert portrait.image.shape == (720, 480, 3)


def test_unplugging_clears_the_preview(
    make_pattern: Callable[..., Image], live_of: Callable[..., LivePortrait]
) -> None:
    camera = SimulatedCamera(images=[make_pattern(0)], fps=50)
    live = live_of(camera)
    live.start()
    wait_view(live)
    camera.unplug()
    deadline = time.monotonic() + 5
    while live.latest() is not None:
        assert time.monotonic() < deadline, "the preview kept a stale picture"
        time.sleep(0.01)
    with pytest.raises(NoPictureError):
        live.capture_now()
    camera.replug()
    wait_view(live)


def test_an_analysis_error_is_reported_and_the_preview_goes_on(
    make_pattern: Callable[..., Image], live_of: Callable[..., LivePortrait]
) -> None:
    class FailsOnce(HaarFaceFinder):
        failed = False

        def find(self, grey: Image, *, track: bool = True) -> FaceObservation:
            if not FailsOnce.failed:
                FailsOnce.failed = True
                raise RuntimeError("detector broke")
            return super().find(grey, track=track)

    errors: list[Exception] = []
    live = live_of(
        SimulatedCamera(images=[make_pattern(0)], fps=50),
        analyser=QualityAnalyser(finder=FailsOnce()),
        on_error=errors.append,
    )
    live.start()
    wait_view(live)
    assert [str(error) for error in errors] == ["detector broke"]


def test_frames_are_dropped_not_queued_when_analysis_is_slower(
    live_of: Callable[..., LivePortrait],
) -> None:
    live = live_of(SimulatedCamera(pattern=True, fps=400))
    live.start()
    wait_view(live)
    time.sleep(1.0)
    assert live.frames_analysed > 5
    assert live.frames_skipped > 0
