"""Self-test checks of the devices: the camera gives frames, the PC/SC service lists readers."""

from __future__ import annotations

from devices.camera.config import CameraConfig
from devices.camera.errors import CameraError
from devices.camera.opencv_source import OpenCvCamera
from devices.card.errors import CardError, PcscUnavailableError
from devices.card.pcsc import PcscBackend
from devices.card.readers import choose_reader
from station.diagnostics import Check, CheckStatus

Outcome = tuple[CheckStatus, str, str]
FRAMES = 5


def device_checks(camera: CameraConfig, preferred_reader: str = "") -> list[Check]:
    """The device checks, each bounded (a driver that hangs becomes a timed-out line)."""
    return [
        Check("camera", lambda: camera_check(camera), timeout=camera.open_timeout_s + 3.0),
        Check("card reader", lambda: reader_check(preferred_reader), timeout=5.0),
    ]


def camera_check(config: CameraConfig) -> Outcome:
    """Open the configured camera and read a few frames."""
    source = OpenCvCamera(config)
    try:
        resolution = source.open()
        frames = sum(source.read() is not None for _ in range(FRAMES))
    except CameraError as exc:
        return CheckStatus.FAIL, exc.detail, exc.message_en
    finally:
        source.close()
    value = (
        f"{source.description}: {resolution.width}x{resolution.height}, {frames}/{FRAMES} frames"
    )
    if frames < FRAMES:
        return CheckStatus.FAIL, value, "the camera stops sending frames: check its cable"
    if (resolution.width, resolution.height) != (config.width, config.height):
        return CheckStatus.WARN, value, f"configured {config.width}x{config.height}"
    return CheckStatus.OK, value, ""


def reader_check(preferred: str) -> Outcome:
    """The PC/SC service answers and a reader is there."""
    backend = PcscBackend()
    try:
        readers = sorted(backend.statuses())
    except PcscUnavailableError as exc:
        return CheckStatus.FAIL, "PC/SC service not running", exc.message_en
    except CardError as exc:
        return CheckStatus.FAIL, exc.detail, exc.message_en
    finally:
        backend.close()
    if not readers:
        return CheckStatus.WARN, "no reader", "plug in the card reader"
    chosen = choose_reader(readers, preferred)
    listed = ", ".join(readers)
    if chosen is None:
        return (
            CheckStatus.WARN,
            f"readers: {listed}",
            f"the configured reader {preferred!r} is absent",
        )
    return CheckStatus.OK, f"{len(readers)} reader(s); using {chosen}", ""
