"""The interface every camera implements, real or simulated."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from devices.camera.frames import Image, Resolution


class CameraSource(Protocol):
    """A camera the frame grabber can open, read frame by frame and close.

    Calls come from one worker thread. ``open`` raises a ``CameraError``; ``read`` blocks
    until the next frame (at the camera's rate) and returns None when reading failed, e.g.
    the camera was unplugged or the video ended.
    """

    @property
    def description(self) -> str:
        """A short technical name for logs and the settings screen (no personal data)."""
        ...

    @property
    def requested_resolution(self) -> Resolution | None:
        """The size asked for, or None when the source has no say (a video file)."""
        ...

    @property
    def repeats_frames(self) -> bool:
        """True when identical consecutive frames are normal (still images), not a freeze."""
        ...

    def open(self) -> Resolution:
        """Open the camera; returns the actual frame size."""
        ...

    def read(self) -> Image | None:
        """The next frame (read-only BGR), or None if it could not be read."""
        ...

    def close(self) -> None:
        """Release the camera; safe to call twice or when not open."""
        ...


@dataclass(frozen=True, slots=True)
class CameraInfo:
    """A camera found by enumeration."""

    device: int | str  # what goes into CameraConfig.device
    name: str
    usable: bool  # opened and gave a frame within the probe time
    resolution: Resolution | None = None  # default size it delivered when probed
    problem: str = ""  # technical reason when not usable
