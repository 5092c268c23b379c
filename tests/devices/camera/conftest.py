"""Test material for the camera and portrait tests, made at test time.

The only photograph is scikit-image's public-domain astronaut portrait (NASA, Eileen
Collins), with its non-face images (coffee, chelsea the cat, rocket); scikit-image is a
test-only dependency and the tests that need it skip without it. Everything else is
synthetic: flat frames, test patterns and small videos written with OpenCV.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np
import pytest

from devices.camera.frames import Image, as_image
from devices.portrait.analysis import QualityAnalyser


def _skimage_bgr(name: str) -> Image:
    data = pytest.importorskip("skimage.data")
    rgb = np.asarray(getattr(data, name)(), dtype=np.uint8)
    if rgb.ndim == 2:
        return as_image(cv2.cvtColor(rgb, cv2.COLOR_GRAY2BGR))
    return as_image(cv2.cvtColor(rgb, cv2.COLOR_RGB2BGR))


def fill_frame(image: Image, width: int = 1280, height: int = 720) -> Image:
    """*image* scaled to cover width×height and centre-cut (how a camera frames a scene)."""
    h, w = image.shape[:2]
    scale = max(width / w, height / h)
    scaled = cv2.resize(image, (round(w * scale), round(h * scale)), interpolation=cv2.INTER_CUBIC)
    top = (scaled.shape[0] - height) // 2
    left = (scaled.shape[1] - width) // 2
    return as_image(np.ascontiguousarray(scaled[top : top + height, left : left + width]))


@pytest.fixture(scope="session")
def portrait_frame() -> Image:
    """A 1280×720 camera-like frame of the astronaut: head and shoulders, face near centre.

    The top 288 rows of the 512×512 photo, scaled 2.5× (16:9), so the head is about half
    the frame height, as at an intake desk.
    """
    astronaut = _skimage_bgr("astronaut")
    frame = cv2.resize(astronaut[0:288, 0:512], (1280, 720), interpolation=cv2.INTER_CUBIC)
    frame = as_image(frame)
    frame.flags.writeable = False
    return frame


@pytest.fixture(scope="session", params=["coffee", "chelsea", "rocket"])
def non_face_frame(request: pytest.FixtureRequest) -> Image:
    """A 1280×720 frame of a photograph with no human face."""
    return fill_frame(_skimage_bgr(str(request.param)))


@dataclass(frozen=True)
class Degrade:
    """Synthetic degradations of a frame, each aimed at one quality check."""

    frame: Image
    face: tuple[int, int, int, int]  # the clean frame's face box
    eyes: tuple[tuple[float, float], ...]

    @property
    def centre(self) -> tuple[float, float]:
        x, y, w, h = self.face
        return x + w / 2, y + h / 2

    def _warp(self, matrix: np.ndarray) -> Image:
        height, width = self.frame.shape[:2]
        return as_image(
            cv2.warpAffine(
                self.frame,
                matrix,
                (width, height),
                flags=cv2.INTER_LINEAR,
                borderMode=cv2.BORDER_REPLICATE,
            )
        )

    def darken(self, factor: float = 0.35) -> Image:
        return as_image((self.frame.astype(np.float32) * factor).astype(np.uint8))

    def blur(self, sigma: float = 4.0) -> Image:
        return as_image(cv2.GaussianBlur(self.frame, (0, 0), sigma))

    def rotate(self, degrees: float) -> Image:
        return self._warp(cv2.getRotationMatrix2D(self.centre, degrees, 1.0))

    def shift(self, dx: float = 0.0, dy: float = 0.0) -> Image:
        return self._warp(np.float32([[1, 0, dx], [0, 1, dy]]))

    def shrink(self, factor: float = 0.6) -> Image:
        return self._warp(cv2.getRotationMatrix2D(self.centre, 0, factor))

    def second_face(self) -> Image:
        """A 70 % copy of the head pasted on the left, over the flag."""
        x, y, w, h = self.face
        cx = x + w / 2
        patch = self.frame[
            max(0, round(y - 0.6 * h)) : round(y + 1.4 * h),
            round(cx - 0.9 * w) : round(cx + 0.9 * w),
        ]
        small = cv2.resize(patch, None, fx=0.7, fy=0.7, interpolation=cv2.INTER_AREA)
        out = self.frame.copy()
        out[300 : 300 + small.shape[0], 0 : small.shape[1]] = small
        return as_image(out)

    def cover_eyes(self) -> Image:
        """Dark lenses over both eyes (sunglasses)."""
        _, _, w, h = self.face
        out = self.frame.copy()
        for ex, ey in self.eyes:
            axes = (round(0.17 * w), round(0.10 * h))
            cv2.ellipse(out, (round(ex), round(ey)), axes, 0, 0, 360, (20, 20, 20), -1)
        return as_image(out)

    def side_light(self) -> Image:
        """Light falling off from the image-left to the image-right side of the face."""
        x, _, w, _ = self.face
        columns = np.arange(self.frame.shape[1], dtype=np.float32)
        gain = np.clip(1.0 - 0.5 * (columns - x) / w, 0.5, 1.0)
        out = self.frame.astype(np.float32) * gain[None, :, None]
        return as_image(out.clip(0, 255).astype(np.uint8))

    def glare(self) -> Image:
        """A burnt-out highlight on the nose and cheeks."""
        x, y, w, h = self.face
        out = self.frame.copy()
        centre = (round(x + w / 2), round(y + 0.68 * h))
        cv2.ellipse(out, centre, (round(0.2 * w), round(0.08 * h)), 0, 0, 360, (255, 255, 255), -1)
        return as_image(out)

    def _outside_head(self) -> np.ndarray:
        x, y, w, h = self.face
        mask = np.ones(self.frame.shape[:2], dtype=bool)
        mask[
            max(0, round(y - 0.6 * h)) : round(y + 1.2 * h),
            max(0, round(x - 0.2 * w)) : round(x + 1.2 * w),
        ] = False
        mask[round(y + 0.9 * h) :, :] = False  # keep the shoulders as they are
        return mask

    def busy_background(self) -> Image:
        """Light vertical stripes behind the head: as light as before, but not plain."""
        stripes = np.full(self.frame.shape, 235, dtype=np.uint8)
        stripes[:, (np.arange(self.frame.shape[1]) // 24) % 2 == 1] = 175
        out = self.frame.copy()
        mask = self._outside_head()
        out[mask] = stripes[mask]
        return as_image(out)

    def dark_background(self) -> Image:
        """The backdrop darkened to a third: still plain, no longer light."""
        out = self.frame.copy()
        mask = self._outside_head()
        out[mask] = (out[mask] * 0.3).astype(np.uint8)
        return as_image(out)


@pytest.fixture(scope="session")
def degrade(portrait_frame: Image) -> Degrade:
    """Degradations of the astronaut frame, positioned from its analysed face."""
    report = QualityAnalyser().analyse(portrait_frame, track=False)
    assert report.face is not None, "the astronaut portrait must be found as a face"
    return Degrade(portrait_frame, report.face.box, report.face.eyes)


@pytest.fixture
def write_video(tmp_path: Path) -> Callable[..., Path]:
    """Write frames to an MJPG .avi (OpenCV's bundled FFmpeg) and return its path."""

    def write(frames: list[Image], name: str = "clip.avi", fps: float = 25.0) -> Path:
        path = tmp_path / name
        height, width = frames[0].shape[:2]
        writer = cv2.VideoWriter(str(path), cv2.VideoWriter.fourcc(*"MJPG"), fps, (width, height))
        assert writer.isOpened(), "OpenCV cannot write MJPG video here"
        for frame in frames:
            writer.write(frame)
        writer.release()
        return path

    return write


def flat(value: int, width: int = 320, height: int = 240) -> Image:
    """A frame of one grey level."""
    return np.full((height, width, 3), value, dtype=np.uint8)


def pattern(index: int, width: int = 320, height: int = 240) -> Image:
    """A textured frame that differs with *index* (a moving bar on a gradient)."""
    ramp = np.linspace(40, 220, width, dtype=np.float32)
    image = np.repeat(np.broadcast_to(ramp, (height, width))[:, :, None], 3, axis=2).astype(
        np.uint8
    )
    x = (index * 10) % (width - 20)
    image[:, x : x + 20] = (30, 30, 200)
    return np.ascontiguousarray(image)


@pytest.fixture
def make_flat() -> Callable[..., Image]:
    """Flat grey frames."""
    return flat


@pytest.fixture
def make_pattern() -> Callable[..., Image]:
    """Textured frames that change with their index."""
    return pattern
