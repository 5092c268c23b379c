"""The frame grabber: states, reconnecting, bad streams, and never a backlog of frames."""

from __future__ import annotations

import itertools
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import numpy as np
import pytest

from devices.camera.config import CameraConfig, GrabberConfig
from devices.camera.frames import Image
from devices.camera.grabber import FrameGrabber
from devices.camera.opencv_source import OpenCvCamera
from devices.camera.simulated import SimulatedCamera
from devices.camera.source import CameraSource
from devices.camera.status import CameraState, CameraStatus

FAST = GrabberConfig(
    reconnect_initial_s=0.05,
    reconnect_max_s=0.2,
    stall_timeout_s=0.4,
    bad_frames_to_report=3,
    frozen_after_s=0.3,
)


class Recorder:
    """Collects the reported states; waits for one to appear."""

    def __init__(self) -> None:
        self.statuses: list[CameraStatus] = []
        self._changed = threading.Condition()

    def __call__(self, status: CameraStatus) -> None:
        with self._changed:
            self.statuses.append(status)
            self._changed.notify_all()

    @property
    def states(self) -> list[CameraState]:
        with self._changed:
            return [status.state for status in self.statuses]

    def wait_for(self, state: CameraState, timeout_s: float = 10.0, after: int = 0) -> CameraStatus:
        deadline = time.monotonic() + timeout_s
        with self._changed:
            while True:
                for status in self.statuses[after:]:
                    if status.state is state:
                        return status
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise AssertionError(f"no {state} within {timeout_s} s; saw {self.states}")
                self._changed.wait(remaining)


@pytest.fixture
def run_grabber() -> Iterator[Callable[..., tuple[FrameGrabber, Recorder]]]:
    started: list[FrameGrabber] = []

    def run(source: CameraSource, config: GrabberConfig = FAST) -> tuple[FrameGrabber, Recorder]:
        recorder = Recorder()
        grabber = FrameGrabber(source, config, on_status=recorder)
        started.append(grabber)
        grabber.start()
        return grabber, recorder

    yield run
    for grabber in started:
        assert grabber.stop(timeout_s=5)


def wait_frame(grabber: FrameGrabber, timeout_s: float = 5.0) -> None:
    deadline = time.monotonic() + timeout_s
    while grabber.latest() is None:
        assert time.monotonic() < deadline, "no frame arrived"
        time.sleep(0.01)


def test_a_simulated_camera_streams_into_the_slot(
    run_grabber: Callable[..., tuple[FrameGrabber, Recorder]], make_pattern: Callable[..., Image]
) -> None:
    camera = SimulatedCamera(images=[make_pattern(0)], fps=100)
    grabber, recorder = run_grabber(camera)
    status = recorder.wait_for(CameraState.STREAMING)
    assert status.actual == status.requested == (1280, 720)
    wait_frame(grabber)
    frame = grabber.latest()
    assert frame is not None and frame.resolution == (1280, 720)
    assert recorder.states[0] is CameraState.OPENING
    assert grabber.stop()
    assert recorder.states[-1] is CameraState.STOPPED
    assert grabber.latest() is None
    assert grabber.status.message("en") == "The camera is off."


def test_a_slow_consumer_gets_the_newest_frame_and_nothing_piles_up(
    run_grabber: Callable[..., tuple[FrameGrabber, Recorder]],
) -> None:
    camera = SimulatedCamera(pattern=True, fps=200)
    grabber, _ = run_grabber(camera)
    wait_frame(grabber)
    seen = []
    for _ in range(5):
        time.sleep(0.1)  # a consumer at 10 frames/s
        frame = grabber.latest()
        assert frame is not None
        seen.append(frame.sequence)
    # Sequence numbers jump: the frames in between were dropped, not queued.
    assert all(b - a > 3 for a, b in itertools.pairwise(seen))
    assert grabber.frames_read >= seen[-1]


def test_unplug_clears_the_picture_and_replug_reconnects(
    run_grabber: Callable[..., tuple[FrameGrabber, Recorder]], make_pattern: Callable[..., Image]
) -> None:
    camera = SimulatedCamera(images=[make_pattern(0)], fps=100)
    grabber, recorder = run_grabber(camera)
    recorder.wait_for(CameraState.STREAMING)
    wait_frame(grabber)
    camera.unplug()
    disconnected = recorder.wait_for(CameraState.DISCONNECTED)
    assert "reads failed" in disconnected.detail and disconnected.retry_in_s
    not_found = recorder.wait_for(CameraState.NOT_FOUND)
    assert not_found.message("en").startswith("No camera found")
    assert grabber.latest() is None  # no stale picture while unplugged
    mark = len(recorder.statuses)
    camera.replug()
    recorder.wait_for(CameraState.STREAMING, after=mark)
    wait_frame(grabber)


def test_a_missing_real_camera_is_retried_with_backoff_and_stops_promptly(
    run_grabber: Callable[..., tuple[FrameGrabber, Recorder]], tmp_path: Path
) -> None:
    camera = OpenCvCamera(CameraConfig(device=str(tmp_path / "video0"), backend="v4l2"))
    grabber, recorder = run_grabber(camera)
    status = recorder.wait_for(CameraState.NOT_FOUND)
    assert status.retry_in_s == FAST.reconnect_initial_s
    time.sleep(0.5)  # several retries, reported once
    assert recorder.states.count(CameraState.NOT_FOUND) == 1
    started = time.monotonic()
    assert grabber.stop(timeout_s=5)
    assert time.monotonic() - started < 2


def test_a_camera_that_opens_but_gives_no_frame_is_open_failed(
    run_grabber: Callable[..., tuple[FrameGrabber, Recorder]], tmp_path: Path
) -> None:
    class Busy:
        """A camera that is there but held by another program (opening fails)."""

        description = "busy camera"
        requested_resolution = None
        repeats_frames = False

        def open(self) -> object:
            from devices.camera.errors import CameraOpenError

            raise CameraOpenError("device busy")

        def read(self) -> None:
            return None

        def close(self) -> None:
            pass

    _, recorder = run_grabber(Busy())
    status = recorder.wait_for(CameraState.OPEN_FAILED)
    assert "another program" in status.message("en") and status.detail == "device busy"


def test_a_damaged_simulated_source_is_a_source_error(
    run_grabber: Callable[..., tuple[FrameGrabber, Recorder]], tmp_path: Path
) -> None:
    broken = tmp_path / "demo.avi"
    broken.write_bytes(b"not a video")
    grabber, recorder = run_grabber(SimulatedCamera(video=broken))
    status = recorder.wait_for(CameraState.SOURCE_ERROR)
    assert "demo.avi" in status.detail
    assert grabber.latest() is None


def test_the_wrong_resolution_is_reported_with_the_actual_size(
    run_grabber: Callable[..., tuple[FrameGrabber, Recorder]],
    write_video: Callable[..., Path],
    make_pattern: Callable[..., Image],
) -> None:
    path = write_video([make_pattern(i) for i in range(30)], fps=30)
    _grabber, recorder = run_grabber(OpenCvCamera(CameraConfig(device=str(path))))
    status = recorder.wait_for(CameraState.WRONG_RESOLUTION)
    assert status.actual == (320, 240) and status.requested == (1280, 720)
    assert "320×240" in status.message("vi") and "1280×720" in status.message("en")
    assert status.state.delivering


@pytest.mark.parametrize(
    ("level", "state"), [(0, CameraState.BLACK_FRAMES), (128, CameraState.BLANK_FRAMES)]
)
def test_black_and_flat_streams_are_reported_but_still_shown(
    run_grabber: Callable[..., tuple[FrameGrabber, Recorder]],
    make_flat: Callable[..., Image],
    level: int,
    state: CameraState,
) -> None:
    grabber, recorder = run_grabber(SimulatedCamera(images=[make_flat(level)], fps=100))
    recorder.wait_for(state)
    assert grabber.latest() is not None  # the preview shows what the camera sends


def test_a_frozen_stream_is_reported_and_a_moving_one_recovers(
    run_grabber: Callable[..., tuple[FrameGrabber, Recorder]],
    write_video: Callable[..., Path],
    make_pattern: Callable[..., Image],
) -> None:
    # A video (so repeats are not expected) whose frames are all the same.
    path = write_video([make_pattern(3)] * 20)
    _, recorder = run_grabber(SimulatedCamera(video=path, fps=100))
    recorder.wait_for(CameraState.FROZEN)


def test_a_camera_that_stops_sending_is_no_signal_and_the_picture_is_cleared(
    run_grabber: Callable[..., tuple[FrameGrabber, Recorder]], make_pattern: Callable[..., Image]
) -> None:
    hang = threading.Event()
    release = threading.Event()

    def sleep(seconds: float) -> None:
        if hang.is_set():
            release.wait(5)  # the read call hangs, as a broken driver's does
        time.sleep(seconds)

    camera = SimulatedCamera(images=[make_pattern(0)], fps=100, sleep=sleep)
    grabber, recorder = run_grabber(camera)
    recorder.wait_for(CameraState.STREAMING)
    wait_frame(grabber)
    hang.set()
    status = recorder.wait_for(CameraState.NO_SIGNAL)
    assert "no frame" in status.detail
    assert grabber.latest() is None
    mark = len(recorder.statuses)
    hang.clear()
    release.set()
    recorder.wait_for(CameraState.STREAMING, after=mark)


def test_a_failing_listener_or_read_does_not_stop_the_camera(
    run_grabber: Callable[..., tuple[FrameGrabber, Recorder]],
) -> None:
    calls = []

    class Flaky:
        description = "flaky"
        requested_resolution = None
        repeats_frames = False

        def __init__(self) -> None:
            self.count = 0

        def open(self) -> tuple[int, int]:
            return (64, 48)

        def read(self) -> Image:
            self.count += 1
            time.sleep(0.005)
            if self.count % 2:
                raise RuntimeError("driver hiccup")
            return np.full((48, 64, 3), self.count % 250, dtype=np.uint8)

        def close(self) -> None:
            pass

    def listener(status: CameraStatus) -> None:
        calls.append(status.state)
        raise RuntimeError("listener bug")

    grabber = FrameGrabber(Flaky(), FAST, on_status=listener)
    grabber.start()
    try:
        wait_frame(grabber)
        assert CameraState.STREAMING in calls or CameraState.BLANK_FRAMES in calls
    finally:
        assert grabber.stop()


def test_start_twice_and_stop_twice_are_harmless(make_pattern: Callable[..., Image]) -> None:
    grabber = FrameGrabber(SimulatedCamera(images=[make_pattern(0)], fps=100), FAST)
    grabber.start()
    grabber.start()
    wait_frame(grabber)
    assert grabber.stop()
    assert grabber.stop()
    grabber.start()  # and it can be started again
    wait_frame(grabber)
    assert grabber.stop()
