"""Frames as the camera delivers them: an immutable BGR image with its sequence number."""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple, TypeAlias

import numpy as np
import numpy.typing as npt

# An 8-bit image as OpenCV holds it: H×W×3 in BGR order (H×W for grey).
Image: TypeAlias = npt.NDArray[np.uint8]


class Resolution(NamedTuple):
    """Width and height of a frame in pixels."""

    width: int
    height: int

    def __str__(self) -> str:
        return f"{self.width}×{self.height}"


@dataclass(frozen=True, slots=True)
class Frame:
    """One camera frame; the image is read-only so consumers on other threads can share it."""

    image: Image
    sequence: int  # 1, 2, 3… per grabber run; gaps mean frames were dropped for a slow consumer
    captured_at: float  # time.monotonic() when the frame arrived

    @property
    def resolution(self) -> Resolution:
        """The frame's size."""
        return Resolution(int(self.image.shape[1]), int(self.image.shape[0]))


def as_image(array: object) -> Image:
    """The array as a contiguous 8-bit image (no copy when it already is one)."""
    return np.ascontiguousarray(array, dtype=np.uint8)


def frozen(image: Image) -> Image:
    """Mark *image* read-only: frames are shared across threads and must not change."""
    image.flags.writeable = False
    return image
