"""The camera preview: live frames at display rate, the overlay, and a camera that is not there."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
import shiboken6
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from devices.camera.demo import demo_camera
from devices.camera.errors import CameraNotFoundError
from devices.camera.frames import Image, Resolution
from devices.camera.status import CameraState, status_for
from devices.portrait import hints
from devices.portrait.checks import CheckId
from ui.tasks import TaskRunner
from ui.widgets.camera_view import (
    GOOD,
    HINT_CODES,
    CameraView,
    LiveCamera,
    check_name,
    hint_text,
    is_camera_failure,
)

CAMERA_THREADS = {"camera-grabber", "camera-watchdog", "portrait-live"}


class MissingCamera:
    """A camera source that is not plugged in: every open fails."""

    description = "missing test camera"
    requested_resolution = Resolution(1280, 720)
    repeats_frames = False

    def open(self) -> Resolution:
        raise CameraNotFoundError("no device at index 7")

    def read(self) -> Image | None:
        return None

    def close(self) -> None:
        pass


@pytest.fixture
def tasks(qtbot: QtBot) -> Iterator[TaskRunner]:
    runner = TaskRunner()
    yield runner
    qtbot.waitUntil(lambda: runner.running == 0, timeout=15_000)
    runner.shutdown()


@pytest.fixture
def view(qtbot: QtBot) -> CameraView:
    widget = CameraView()
    qtbot.addWidget(widget)
    widget.resize(640, 400)
    widget.show()
    return widget


@pytest.fixture
def camera(qtbot: QtBot, tasks: TaskRunner, view: CameraView) -> Iterator[LiveCamera]:
    """The runner behind *view*; stopped (threads joined) afterwards."""
    runner = LiveCamera(tasks, view, view)
    yield runner
    if shiboken6.isValid(runner):
        runner.stop()
    qtbot.waitUntil(lambda: not camera_threads() and tasks.running == 0, timeout=15_000)


def camera_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name in CAMERA_THREADS and t.is_alive()]


def colour_pixels(view: CameraView, colour: QColor) -> int:
    image = view.grab().toImage()
    count = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            if image.pixelColor(x, y) == colour:
                count += 1
    return count


def test_the_demo_camera_is_shown_at_display_rate(
    qtbot: QtBot, view: CameraView, camera: LiveCamera
) -> None:
    assert view.state_message() == ""
    with qtbot.waitSignal(camera.started, timeout=30_000):
        camera.start(lambda: demo_camera(fps=15))
    assert camera.live is not None
    assert view.state_message() in ("Starting the camera…", "")
    qtbot.waitUntil(lambda: view.frames_shown >= 3, timeout=30_000)
    assert view.showing_picture
    assert view.status is not None and view.status.state is CameraState.STREAMING
    assert view.state_message() == ""
    # The astronaut's face is found: the box is drawn and a hint (or "hold still") shown.
    qtbot.waitUntil(lambda: view.view is not None and view.view.report.face is not None)
    assert view.hint_message()
    assert colour_pixels(view, GOOD) + colour_pixels(view, QColor(240, 170, 40)) > 20


def test_a_missing_camera_is_a_message_with_the_next_step(
    qtbot: QtBot, view: CameraView, camera: LiveCamera
) -> None:
    with qtbot.waitSignal(
        view.status_changed,
        timeout=10_000,
        check_params_cb=lambda status: status.state is CameraState.NOT_FOUND,
    ):
        camera.start(MissingCamera)
    assert not view.showing_picture
    message = view.state_message()
    assert "USB cable" in message and "Settings" in message
    assert view.accessibleDescription() == message
    assert is_camera_failure(CameraState.NOT_FOUND)
    assert not is_camera_failure(CameraState.FROZEN)


def test_every_state_has_a_message(qtbot: QtBot) -> None:
    view = CameraView()
    qtbot.addWidget(view)
    for state in CameraState:
        view.set_status(
            status_for(state, requested=Resolution(1280, 720), actual=Resolution(640, 480))
        )
        assert (view.state_message() == "") is (state is CameraState.STREAMING)
    view.set_status(
        status_for(
            CameraState.WRONG_RESOLUTION,
            requested=Resolution(1280, 720),
            actual=Resolution(640, 480),
        )
    )
    assert view.state_message() == (
        "The camera gives 640×480 instead of 1280×720: the photo may be less sharp."
    )


def test_every_hint_and_check_has_a_translatable_text() -> None:
    every_hint = [value for value in vars(hints).values() if isinstance(value, hints.Hint)]
    assert len(every_hint) >= 20
    for hint in every_hint:
        assert hint.code in HINT_CODES
        assert hint_text(hint) == hint.en  # the same English as the core's
    assert hint_text(None) == ""
    assert hint_text(hints.Hint("new_code", "mới", "brand new")) == "brand new"
    for check in CheckId:
        assert check_name(check) != check.value
    assert check_name("unknown_check") == "unknown_check"


def test_a_retake_and_a_restart_start_afresh(
    qtbot: QtBot, view: CameraView, camera: LiveCamera
) -> None:
    captured: list[object] = []
    camera.captured.connect(captured.append)
    with qtbot.waitSignal(camera.started, timeout=30_000):
        camera.start(lambda: demo_camera(fps=15))
    qtbot.waitUntil(lambda: bool(captured), timeout=60_000)
    first = camera.live
    with qtbot.waitSignal(camera.started, timeout=30_000):
        camera.restart(lambda: demo_camera(fps=15), auto_capture=False)
    assert camera.live is not first
    with qtbot.waitSignal(camera.stopped, timeout=15_000):
        camera.stop()
    assert camera.live is None and not view.showing_picture
    qtbot.waitUntil(lambda: not camera_threads(), timeout=15_000)


def test_deleting_the_view_stops_the_camera(qtbot: QtBot, tasks: TaskRunner) -> None:
    view = CameraView()  # not given to qtbot: it is deleted here
    camera = LiveCamera(tasks, view, view)
    with qtbot.waitSignal(camera.started, timeout=30_000):
        camera.start(lambda: demo_camera(fps=30))
    assert camera_threads()
    view.deleteLater()  # the LiveCamera is its child: it goes too, and stops the camera
    qtbot.waitUntil(lambda: not camera_threads() and tasks.running == 0, timeout=15_000)
