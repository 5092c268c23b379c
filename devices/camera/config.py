"""Camera settings as frozen dataclasses with documented defaults (the config issue fills them)."""

from __future__ import annotations

from dataclasses import dataclass

from devices.camera.frames import Resolution


@dataclass(frozen=True, slots=True)
class CameraConfig:
    """Which camera to open and how.

    *device* is an index (0, 1, …) or a string: a device path such as "/dev/video2", a video
    file or a stream URL understood by OpenCV.
    """

    device: int | str = 0
    width: int = 1280
    height: int = 720
    fps: float = 30.0
    # "auto" picks per platform: V4L2 on Linux, Media Foundation on Windows (DirectShow with
    # "dshow" when a driver misbehaves under MSMF), AVFoundation on macOS.
    backend: str = "auto"
    # Many USB webcams give 1280×720 at 30 fps only as MJPG (raw YUYV drops to 5–10 fps).
    # Empty: leave the driver's default pixel format.
    fourcc: str = "MJPG"
    # Opening can hang on a broken driver: give up after this long and report it.
    open_timeout_s: float = 5.0

    @property
    def resolution(self) -> Resolution:
        """The requested frame size."""
        return Resolution(self.width, self.height)


@dataclass(frozen=True, slots=True)
class GrabberConfig:
    """How the frame grabber reconnects and what it calls a bad stream."""

    # Reopen after unplugging or a failed open: first wait, doubled up to the maximum.
    reconnect_initial_s: float = 0.5
    reconnect_max_s: float = 5.0
    # Consecutive failed reads before the camera is closed and reopened (one failed read is
    # common on a busy USB bus and not worth a reopen).
    read_failures_before_reopen: int = 3
    # No frame for this long while streaming: "no signal", the preview is cleared.
    stall_timeout_s: float = 2.0
    # Mean grey level at or below which a frame counts as black (0–255).
    black_level: float = 16.0
    # Standard deviation of grey at or below which a frame is blank (one flat colour).
    blank_std: float = 2.5
    # A black/blank stream is reported after this many consecutive bad frames, so a single
    # dark frame (a hand passing the lens) does not flicker the state.
    bad_frames_to_report: int = 8
    # Byte-identical frames for this long: the driver is redelivering a stale buffer.
    frozen_after_s: float = 2.0
