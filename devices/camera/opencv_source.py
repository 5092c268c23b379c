"""A real camera through OpenCV's VideoCapture, and enumeration of the cameras present.

Verified on Linux only through its failure paths (no camera on the build machine: no
device, a device node that is not a camera) and its success path on a video file, which
goes through the same VideoCapture calls. The Windows (Media Foundation / DirectShow) and
macOS (AVFoundation) backends are chosen by platform but have not been run here.
"""

from __future__ import annotations

import re
import sys
import threading
from collections.abc import Callable
from pathlib import Path

import cv2

from devices.camera.config import CameraConfig
from devices.camera.errors import CameraError, CameraNotFoundError, CameraOpenError
from devices.camera.frames import Image, Resolution, as_image, frozen
from devices.camera.source import CameraInfo

_BACKENDS = {
    "any": cv2.CAP_ANY,
    "v4l2": cv2.CAP_V4L2,
    "dshow": cv2.CAP_DSHOW,
    "msmf": cv2.CAP_MSMF,
    "avfoundation": cv2.CAP_AVFOUNDATION,
}


def backend_for(device: int | str, backend: str = "auto", platform: str = sys.platform) -> int:
    """The cv2.CAP_* backend to open *device* with."""
    if backend != "auto":
        try:
            return _BACKENDS[backend]
        except KeyError:
            raise ValueError(f"unknown camera backend {backend!r}") from None
    if isinstance(device, str) and not device.startswith("/dev/video"):
        return cv2.CAP_ANY  # a file, URL or pipeline: let OpenCV pick the reader
    if platform.startswith("linux"):
        return cv2.CAP_V4L2
    if platform == "win32":
        return cv2.CAP_MSMF
    if platform == "darwin":
        return cv2.CAP_AVFOUNDATION
    return cv2.CAP_ANY


def to_bgr(image: object) -> Image:
    """A camera image as 3-channel BGR (a few drivers deliver grey)."""
    array = as_image(image)
    if array.ndim == 2:
        return as_image(cv2.cvtColor(array, cv2.COLOR_GRAY2BGR))
    return array


def _open_capture(
    device: int | str, api: int, config: CameraConfig | None
) -> tuple[cv2.VideoCapture, Image]:
    """Open and read one frame; raises CameraError. Runs on a helper thread (it may hang)."""
    capture = cv2.VideoCapture(device, api)
    if not capture.isOpened():
        capture.release()
        if isinstance(device, str) and not device.startswith("/dev/") and "://" not in device:
            raise CameraNotFoundError(f"cannot open {device!r}")
        raise CameraNotFoundError(f"no camera at {device!r} (backend {api})")
    if config is not None:
        if config.fourcc:
            # The pixel format first: on V4L2 it decides which sizes and rates are offered.
            capture.set(cv2.CAP_PROP_FOURCC, cv2.VideoWriter.fourcc(*config.fourcc[:4]))
        capture.set(cv2.CAP_PROP_FRAME_WIDTH, config.width)
        capture.set(cv2.CAP_PROP_FRAME_HEIGHT, config.height)
        capture.set(cv2.CAP_PROP_FPS, config.fps)
        # One driver buffer: the preview shows the newest frame, not one from 100 ms ago.
        capture.set(cv2.CAP_PROP_BUFFERSIZE, 1)
    ok, first = capture.read()
    if not ok or first is None:
        capture.release()
        # The usual cause: another program holds the camera (V4L2 opens, streaming fails).
        raise CameraOpenError(f"{device!r} opened but gave no frame")
    return capture, to_bgr(first)


def open_with_timeout(
    device: int | str, api: int, config: CameraConfig | None, timeout_s: float
) -> tuple[cv2.VideoCapture, Image]:
    """Open *device* on a helper thread and give up after *timeout_s*.

    A capture that finishes opening after we gave up is released by the helper itself, so a
    late open does not keep the camera busy.
    """
    outcome: list[tuple[cv2.VideoCapture, Image] | BaseException] = []
    abandoned = threading.Event()
    lock = threading.Lock()

    def run() -> None:
        try:
            result: tuple[cv2.VideoCapture, Image] | BaseException = _open_capture(
                device, api, config
            )
        except BaseException as exc:  # handed over to the caller's thread
            result = exc
        with lock:
            if abandoned.is_set():
                if not isinstance(result, BaseException):
                    result[0].release()
                return
            outcome.append(result)

    helper = threading.Thread(target=run, name="camera-open", daemon=True)
    helper.start()
    helper.join(timeout_s)
    with lock:
        if not outcome:
            abandoned.set()
            raise CameraOpenError(f"opening {device!r} took longer than {timeout_s:.1f} s")
        result = outcome[0]
    if isinstance(result, CameraError):
        raise result
    if isinstance(result, BaseException):
        raise CameraOpenError(f"opening {device!r} failed: {type(result).__name__}") from result
    return result


class OpenCvCamera:
    """A USB or built-in camera (or any VideoCapture source) at the configured resolution."""

    def __init__(self, config: CameraConfig, platform: str = sys.platform) -> None:
        self._config = config
        self._api = backend_for(config.device, config.backend, platform)
        self._capture: cv2.VideoCapture | None = None
        self._pending: Image | None = None

    @property
    def description(self) -> str:
        """Device and backend, e.g. "camera 0 (backend 200)"."""
        return f"camera {self._config.device!r} (backend {self._api})"

    @property
    def requested_resolution(self) -> Resolution:
        """The configured size."""
        return self._config.resolution

    @property
    def repeats_frames(self) -> bool:
        """A live camera never sends byte-identical frames (sensor noise): that is a freeze."""
        return False

    def open(self) -> Resolution:
        """Open and check that a frame arrives; the actual size may differ from the request."""
        self.close()
        capture, first = open_with_timeout(
            self._config.device, self._api, self._config, self._config.open_timeout_s
        )
        self._capture = capture
        self._pending = frozen(first)  # the probe frame is a real frame: deliver it
        return Resolution(int(first.shape[1]), int(first.shape[0]))

    def read(self) -> Image | None:
        """The next frame, or None after a failed read (unplugged, driver error)."""
        if self._pending is not None:
            image, self._pending = self._pending, None
            return image
        if self._capture is None:
            return None
        ok, raw = self._capture.read()
        if not ok or raw is None:
            return None
        return frozen(to_bgr(raw))

    def close(self) -> None:
        """Release the device."""
        capture, self._capture, self._pending = self._capture, None, None
        if capture is not None:
            capture.release()


ProbeFunction = Callable[[int | str, int, float], tuple[Resolution | None, str]]


def probe(device: int | str, api: int, timeout_s: float) -> tuple[Resolution | None, str]:
    """Open *device* briefly: its default frame size, or None and the reason it failed."""
    try:
        capture, first = open_with_timeout(device, api, None, timeout_s)
    except CameraError as exc:
        return None, exc.detail
    capture.release()
    return Resolution(int(first.shape[1]), int(first.shape[0])), ""


def enumerate_cameras(
    *,
    platform: str = sys.platform,
    probe_timeout_s: float = 2.0,
    max_index: int = 8,
    dev_dir: Path = Path("/dev"),
    sys_dir: Path = Path("/sys/class/video4linux"),
    prober: ProbeFunction = probe,
) -> list[CameraInfo]:
    """The cameras present, each probed within *probe_timeout_s*.

    Linux: every /dev/videoN node, named from sysfs (UVC cameras also create metadata nodes,
    which are listed as not usable). Elsewhere OpenCV offers no names or device list, so
    indexes 0… are probed until two in a row fail. Probing opens each camera: call this
    while the grabber is stopped, or the station's own camera shows up as busy.
    """
    if platform.startswith("linux"):
        return _enumerate_linux(dev_dir, sys_dir, probe_timeout_s, prober)
    api = backend_for(0, "auto", platform)
    found: list[CameraInfo] = []
    misses = 0
    for index in range(max_index):
        resolution, problem = prober(index, api, probe_timeout_s)
        if resolution is None:
            misses += 1
            if misses >= 2:
                break
            continue
        misses = 0
        found.append(CameraInfo(index, f"Camera {index}", True, resolution, problem))
    return found


def _enumerate_linux(
    dev_dir: Path, sys_dir: Path, timeout_s: float, prober: ProbeFunction
) -> list[CameraInfo]:
    nodes: list[tuple[int, Path]] = []
    for path in dev_dir.glob("video*"):
        match = re.fullmatch(r"video(\d+)", path.name)
        if match:
            nodes.append((int(match.group(1)), path))
    found = []
    for _number, path in sorted(nodes):
        name = _sysfs_name(sys_dir / path.name) or path.name
        resolution, problem = prober(str(path), cv2.CAP_V4L2, timeout_s)
        found.append(CameraInfo(str(path), name, resolution is not None, resolution, problem))
    return found


def _sysfs_name(node_dir: Path) -> str:
    try:
        return (node_dir / "name").read_text(encoding="utf-8", errors="replace").strip()
    except OSError:
        return ""


def open_camera_device(device: str) -> OpenCvCamera:
    """A camera by index ("0") or device path, at the default size (setup's live test)."""
    return OpenCvCamera(CameraConfig(device=int(device) if device.isdigit() else device))
