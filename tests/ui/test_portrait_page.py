"""Step 4: the live portrait is captured automatically, stored with the draft, retaken, or
taken by hand with the failed checks acknowledged; no camera is said plainly."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from types import SimpleNamespace

import cv2
import numpy as np
import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QCheckBox, QWidget
from pytestqt.qtbot import QtBot

from devices.camera.demo import demo_camera
from devices.camera.errors import CameraNotFoundError
from devices.camera.frames import Image, Resolution
from devices.camera.simulated import SimulatedCamera
from devices.card.dg2 import FaceImage, ImageFormat
from devices.portrait.live import NoPictureError
from station.record import PortraitRef
from ui.context import UiContext
from ui.intake.portrait_page import PortraitPage
from ui.intake.state import IntakeState

CAMERA_THREADS = {"camera-grabber", "camera-watchdog", "portrait-live"}
CAPTURE_TIMEOUT_MS = 60_000


class MissingCamera:
    """A camera that is not plugged in."""

    description = "missing test camera"
    requested_resolution = Resolution(1280, 720)
    repeats_frames = False

    def open(self) -> Resolution:
        raise CameraNotFoundError("no device at index 7")

    def read(self) -> Image | None:
        return None

    def close(self) -> None:
        pass


def camera_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name in CAMERA_THREADS and t.is_alive()]


def jpeg_of(colour: tuple[int, int, int]) -> bytes:
    image = np.full((720, 480, 3), colour, dtype=np.uint8)
    ok, encoded = cv2.imencode(".jpg", image)
    assert ok
    return encoded.tobytes()


@pytest.fixture
def state(qtbot: QtBot, ui_ctx: UiContext) -> Iterator[IntakeState]:
    record = ui_ctx.core.drafts.start(ui_ctx.session.officer_id, ui_ctx.core.station_code)
    intake = IntakeState(ui_ctx, record)
    yield intake
    intake.save_now()
    qtbot.waitUntil(lambda: not intake.dirty, timeout=10_000)


@pytest.fixture
def page(qtbot: QtBot, ui_ctx: UiContext, state: IntakeState) -> Iterator[PortraitPage]:
    portrait = PortraitPage(ui_ctx, state)
    qtbot.addWidget(portrait)
    portrait.resize(1280, 720)
    portrait.show()
    yield portrait
    # pytest-qt may have closed the page already: its camera then stops by itself.
    if shiboken6.isValid(portrait):
        portrait.leave()
    qtbot.waitUntil(lambda: not camera_threads() and ui_ctx.tasks.running == 0, timeout=15_000)


def use_camera(ctx: UiContext, open_camera: Callable[[], object]) -> None:
    ctx.devices.open_camera = open_camera  # type: ignore[assignment]


def test_the_demo_portrait_is_captured_and_stored(
    qtbot: QtBot,
    page: PortraitPage,
    state: IntakeState,
    ui_ctx: UiContext,
    screenshot: Callable[[QWidget, str], Path],
) -> None:
    assert page.title() == "Portrait"
    with qtbot.waitSignal(page.portrait_kept, timeout=CAPTURE_TIMEOUT_MS):
        page.enter()
    ref = state.record.portrait
    captured = state.portrait
    assert ref is not None and captured is not None
    assert ref.photo_id == "portrait" and ref.acknowledged_checks == ()
    assert ref.sha256 == hashlib.sha256(captured.jpeg).hexdigest()
    assert ref.captured_at == captured.record.captured_at
    stored = ui_ctx.core.drafts.attachment(state.application_id, "portrait")
    assert stored == captured.jpeg  # decrypted back to the same JPEG
    assert page.can_leave()
    assert not page.photo_label.pixmap().isNull()
    assert "every check passed" in page.photo_status.text()
    qtbot.waitUntil(lambda: page.camera_view.frames_shown > 0)
    screenshot(page, "intake-4-portrait")


def test_retake_clears_the_portrait_and_captures_again(
    qtbot: QtBot, page: PortraitPage, state: IntakeState
) -> None:
    with qtbot.waitSignal(page.portrait_kept, timeout=CAPTURE_TIMEOUT_MS):
        page.enter()
    first = state.portrait
    page.camera_view.setFocus()
    with qtbot.waitSignal(page.portrait_kept, timeout=CAPTURE_TIMEOUT_MS):
        QTest.keyClick(page.camera_view, Qt.Key.Key_R)
        assert state.record.portrait is None and state.portrait is None
        assert page.photo_label.pixmap().isNull()
        assert not page.can_leave()
        assert "Take the portrait first" in page.problem_label.text()
    assert state.portrait is not None and state.portrait is not first
    assert state.record.portrait is not None


def test_a_manual_photo_with_failed_checks_needs_acknowledgement(
    qtbot: QtBot, page: PortraitPage, state: IntakeState, ui_ctx: UiContext
) -> None:
    use_camera(ui_ctx, lambda: SimulatedCamera(pattern=True, fps=15))  # no face at all
    with qtbot.waitSignal(page.camera_started, timeout=30_000):
        page.enter()
    qtbot.waitUntil(lambda: page.camera_view.view is not None, timeout=30_000)
    page.camera_view.setFocus()
    QTest.keyClick(page.camera_view, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: bool(page.acks_box.findChildren(QCheckBox)), timeout=30_000)
    boxes = page.acks_box.findChildren(QCheckBox)
    assert page.findChild(QCheckBox, "ack_face_count") in boxes
    assert page.keep_button.isVisible() and not page.keep_button.isEnabled()
    assert not page.can_leave()
    assert "Tick each check" in page.problem_label.text()
    for box in boxes[:-1]:
        box.setChecked(True)
    assert not page.keep_button.isEnabled()
    boxes[-1].setChecked(True)
    assert page.keep_button.isEnabled()
    with qtbot.waitSignal(page.portrait_kept, timeout=10_000):
        QTest.mouseClick(page.keep_button, Qt.MouseButton.LeftButton)
    ref = state.record.portrait
    captured = state.portrait
    assert ref is not None and captured is not None
    assert "face_count" in ref.acknowledged_checks
    assert ref.acknowledged_checks == tuple(result.check.value for result in captured.warnings)
    assert page.can_leave()
    assert "Accepted by the officer" in page.photo_status.text()


def test_no_camera_says_what_to_do_and_can_retry(
    qtbot: QtBot,
    page: PortraitPage,
    ui_ctx: UiContext,
    screenshot: Callable[[QWidget, str], Path],
) -> None:
    use_camera(ui_ctx, MissingCamera)
    page.enter()
    qtbot.waitUntil(page.retry_button.isVisible, timeout=15_000)
    message = page.camera_view.state_message()
    assert "USB cable" in message and "Settings" in message
    assert not page.can_leave()
    page.capture_now()
    no_picture = NoPictureError().message(ui_ctx.language)
    qtbot.waitUntil(lambda: page.problem_label.text() == no_picture, timeout=10_000)
    screenshot(page, "intake-4-portrait-no-camera")
    # The officer plugs the camera in and tries again.
    use_camera(ui_ctx, demo_camera)
    with qtbot.waitSignal(page.camera_started, timeout=30_000):
        QTest.mouseClick(page.retry_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.camera_view.frames_shown > 0, timeout=30_000)
    assert not page.retry_button.isVisible()


def test_leaving_stops_every_camera_thread(qtbot: QtBot, page: PortraitPage) -> None:
    with qtbot.waitSignal(page.camera_started, timeout=30_000):
        page.enter()
    assert camera_threads()
    with qtbot.waitSignal(page.camera_stopped, timeout=15_000):
        page.leave()
    assert not camera_threads()
    assert not page.camera_view.showing_picture


def test_leaving_while_the_camera_starts_stops_it_too(qtbot: QtBot, page: PortraitPage) -> None:
    page.enter()
    page.leave()  # before the pipeline was even built
    qtbot.waitUntil(lambda: not camera_threads() and page.ctx.tasks.running == 0, timeout=15_000)


def test_a_resumed_draft_shows_its_stored_photo(
    qtbot: QtBot, page: PortraitPage, state: IntakeState, ui_ctx: UiContext
) -> None:
    jpeg = jpeg_of((90, 140, 200))
    digest = ui_ctx.core.drafts.put_attachment(state.application_id, "portrait", jpeg)
    ref = PortraitRef("portrait", digest, dt.datetime.now(dt.UTC), ("sharpness",))
    state.update(dataclasses.replace(state.record, portrait=ref))
    page.enter()
    qtbot.waitUntil(lambda: not page.photo_label.pixmap().isNull(), timeout=10_000)
    assert "Photo kept" in page.photo_status.text()
    assert "Sharpness" in page.photo_status.text()
    assert page.can_leave()
    assert state.record.portrait == ref  # the kept photo is not replaced by itself


def test_the_chip_photo_is_shown_beside_it(
    qtbot: QtBot, page: PortraitPage, state: IntakeState
) -> None:
    assert state.chip is None
    page.enter()
    assert "No chip was read" in page.chip_label.text()
    page.leave()
    chip = SimpleNamespace(face=FaceImage(jpeg_of((60, 60, 60)), ImageFormat.JPEG, 480, 720))
    state.set_chip(chip)  # type: ignore[arg-type]
    with qtbot.waitSignal(page.camera_started, timeout=30_000):
        page.enter()
    qtbot.waitUntil(lambda: not page.chip_label.pixmap().isNull(), timeout=10_000)


def test_closing_the_page_stops_its_camera(
    qtbot: QtBot, ui_ctx: UiContext, state: IntakeState
) -> None:
    """The wizard closed without leave(): the camera must not run on."""
    page = PortraitPage(ui_ctx, state)
    page.enter()  # the pipeline is built on a worker while the page goes away
    page.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(page), timeout=5_000)
    qtbot.waitUntil(lambda: not camera_threads() and ui_ctx.tasks.running == 0, timeout=30_000)
    # Once more with a running camera.
    page = PortraitPage(ui_ctx, state)
    with qtbot.waitSignal(page.camera_started, timeout=30_000):
        page.enter()
    assert camera_threads()
    page.deleteLater()
    qtbot.waitUntil(lambda: not camera_threads() and ui_ctx.tasks.running == 0, timeout=30_000)
