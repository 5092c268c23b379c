"""The front QR code of the card read from camera frames: one frame, and a grabber's stream."""

from __future__ import annotations

import threading

import numpy as np
import segno

from devices.camera.config import GrabberConfig
from devices.camera.errors import CameraNotFoundError
from devices.camera.frames import Image, Resolution, as_image
from devices.camera.grabber import FrameGrabber
from devices.camera.qrscan import QrCodeScanner, scan_for_qr
from devices.camera.simulated import SimulatedCamera
from devices.camera.status import CameraState

CARD_QR = (
    "079085631742|025123987|Trần Văn Bình|14061985|Nam|"
    "Số 18 đường Lê Lợi, Phường Bến Nghé, Quận 1, TP Hồ Chí Minh|10052021"
)
FAST = GrabberConfig(reconnect_initial_s=0.05, reconnect_max_s=0.1, stall_timeout_s=1.0)


def qr_image(text: str, module_px: int = 6, border: int = 4) -> Image:
    """A black-on-white QR code of *text* as a grey image (segno's matrix, scaled up)."""
    matrix = np.array(segno.make(text, micro=False).matrix, dtype=np.uint8)
    matrix = np.pad(matrix, border)
    modules = np.kron(matrix, np.ones((module_px, module_px), dtype=np.uint8))
    return as_image(255 - modules * 255)


FRAME_SIZE = Resolution(1280, 720)


def camera_frame(text: str, size: Resolution = FRAME_SIZE) -> Image:
    """A BGR camera-sized frame with the code in the middle of a light grey desk."""
    frame = np.full((size.height, size.width, 3), 200, dtype=np.uint8)
    code = qr_image(text)
    top = (size.height - code.shape[0]) // 2
    left = (size.width - code.shape[1]) // 2
    frame[top : top + code.shape[0], left : left + code.shape[1]] = code[..., None]
    return as_image(frame)


def noise_frame() -> Image:
    """A frame with no code in it."""
    rng = np.random.default_rng(7)
    return as_image(rng.integers(0, 255, (720, 1280, 3), dtype=np.uint8))


class UnpluggedCamera(SimulatedCamera):
    """A camera that is never there."""

    def open(self) -> Resolution:
        raise CameraNotFoundError("test: no camera")


def test_a_frame_with_the_card_code_decodes_to_its_text() -> None:
    scanner = QrCodeScanner()
    assert scanner.scan(qr_image(CARD_QR)) == CARD_QR
    assert scanner.scan(camera_frame(CARD_QR)) == CARD_QR


def test_a_frame_without_a_code_gives_none() -> None:
    assert QrCodeScanner().scan(noise_frame()) is None
    assert QrCodeScanner().scan(np.full((480, 640), 255, dtype=np.uint8)) is None


def test_the_scan_stops_at_the_first_decoded_frame() -> None:
    grabber = FrameGrabber(SimulatedCamera(images=[camera_frame(CARD_QR)], fps=30), FAST)
    grabber.start()
    try:
        outcome = scan_for_qr(grabber, timeout_s=10, cancel=threading.Event())
    finally:
        grabber.stop()
    assert outcome.text == CARD_QR
    assert not outcome.cancelled
    assert outcome.frames_scanned >= 1
    assert CARD_QR not in repr(outcome)


def test_the_scan_gives_up_after_the_timeout_when_no_code_shows() -> None:
    grabber = FrameGrabber(SimulatedCamera(images=[noise_frame()], fps=30), FAST)
    grabber.start()
    try:
        outcome = scan_for_qr(grabber, timeout_s=0.5, cancel=threading.Event())
    finally:
        grabber.stop()
    assert outcome.text is None
    assert not outcome.cancelled
    assert outcome.camera.state.delivering


def test_a_cancelled_scan_ends_at_once() -> None:
    grabber = FrameGrabber(SimulatedCamera(images=[noise_frame()], fps=30), FAST)
    cancel = threading.Event()
    cancel.set()
    grabber.start()
    try:
        outcome = scan_for_qr(grabber, timeout_s=30, cancel=cancel)
    finally:
        grabber.stop()
    assert outcome.cancelled
    assert outcome.text is None


def test_a_missing_camera_is_reported_in_the_outcome() -> None:
    grabber = FrameGrabber(UnpluggedCamera(pattern=True), FAST)
    grabber.start()
    try:
        outcome = scan_for_qr(grabber, timeout_s=0.5, cancel=threading.Event())
    finally:
        grabber.stop()
    assert outcome.text is None
    assert outcome.frames_scanned == 0
    assert outcome.camera.state is CameraState.NOT_FOUND
