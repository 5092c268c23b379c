"""A simulated camera for demo mode and tests: still images, a video file or a test pattern.

It plays behind the same CameraSource interface as the real camera, paced at a set frame
rate, and can be "unplugged" and "replugged" so demo mode can show the reconnect states.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import cv2
import numpy as np

from devices.camera.errors import CameraNotFoundError, SimulatedSourceError
from devices.camera.frames import Image, Resolution, as_image, frozen
from devices.camera.opencv_source import to_bgr

DEFAULT_SIZE = Resolution(1280, 720)


def fit_to(image: Image, size: Resolution) -> Image:
    """Scale *image* to cover *size* and cut the overflow evenly (no letterbox bars)."""
    height, width = image.shape[:2]
    if (width, height) == size:
        return image
    scale = max(size.width / width, size.height / height)
    scaled_w = max(size.width, round(width * scale))
    scaled_h = max(size.height, round(height * scale))
    interpolation = cv2.INTER_AREA if scale < 1 else cv2.INTER_LINEAR
    scaled = as_image(cv2.resize(image, (scaled_w, scaled_h), interpolation=interpolation))
    left = (scaled_w - size.width) // 2
    top = (scaled_h - size.height) // 2
    return np.ascontiguousarray(scaled[top : top + size.height, left : left + size.width])


class SimulatedCamera:
    """Plays still images (each held for a while) or a video file, looping, at *fps*.

    Give exactly one of ``images=[...]`` (files or arrays, each shown for
    *seconds_per_image*), ``video=path`` (restarted at its end) or ``pattern=True`` (a
    moving test card: demo mode with no material at all).
    """

    def __init__(
        self,
        *,
        images: Sequence[Path | Image] = (),
        video: Path | None = None,
        pattern: bool = False,
        fps: float = 30.0,
        size: Resolution | None = DEFAULT_SIZE,
        seconds_per_image: float = 3.0,
        loop: bool = True,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        if sum((bool(images), video is not None, pattern)) != 1:
            raise ValueError("give exactly one of images, video or pattern")
        if fps <= 0:
            raise ValueError("fps must be positive")
        self._sources = tuple(images)
        self._video_path = video
        self._pattern = pattern
        self._period = 1.0 / fps
        self._size = size
        self._frames_per_image = max(1, round(seconds_per_image * fps))
        self._loop = loop
        self._clock = clock
        self._sleep = sleep
        self._stills: list[Image] = []
        self._video: cv2.VideoCapture | None = None
        self._pattern_base: Image | None = None
        self._count = 0
        self._due = 0.0
        self._open = False
        self._unplugged = threading.Event()

    # -- CameraSource -------------------------------------------------------------------

    @property
    def description(self) -> str:
        """What is being played (file names only: demo material, no personal data)."""
        if self._video_path is not None:
            return f"simulated camera: video {self._video_path.name}"
        if self._pattern:
            return "simulated camera: test pattern"
        return f"simulated camera: {len(self._sources)} still image(s)"

    @property
    def requested_resolution(self) -> Resolution | None:
        """The size frames are scaled to, or None to keep the material's own size."""
        return self._size

    @property
    def repeats_frames(self) -> bool:
        """Still images repeat by design; that is not a frozen camera."""
        return bool(self._sources)

    def open(self) -> Resolution:
        """Load the material; raises SimulatedSourceError when it cannot be read."""
        if self._unplugged.is_set():
            raise CameraNotFoundError("simulated camera unplugged")
        self.close()
        if self._video_path is not None:
            first = self._open_video(self._video_path)
        elif self._pattern:
            first = self._pattern_frame(0)
        else:
            self._stills = [self._load_still(source) for source in self._sources]
            first = self._stills[0]
        self._count = 0
        self._due = self._clock()
        self._open = True
        return Resolution(int(first.shape[1]), int(first.shape[0]))

    def read(self) -> Image | None:
        """The next frame when it is due, or None (unplugged, video damaged, end without loop)."""
        if not self._open or self._unplugged.is_set():
            return None
        self._pace()
        if self._video is not None:
            image = self._next_video_frame()
        elif self._pattern:
            image = self._pattern_frame(self._count)
        else:
            index = self._count // self._frames_per_image
            if index >= len(self._stills) and not self._loop:
                return None
            image = self._stills[index % len(self._stills)]
        self._count += 1
        return image

    def close(self) -> None:
        """Forget the loaded material."""
        self._open = False
        self._stills = []
        if self._video is not None:
            self._video.release()
            self._video = None

    # -- fault injection for demo mode and tests ----------------------------------------

    def unplug(self) -> None:
        """Behave like a camera pulled out: reads fail, opening finds nothing."""
        self._unplugged.set()

    def replug(self) -> None:
        """Plug the simulated camera back in."""
        self._unplugged.clear()

    # -- internals ----------------------------------------------------------------------

    def _pace(self) -> None:
        now = self._clock()
        if self._due > now:
            self._sleep(self._due - now)
            self._due += self._period
        else:
            # Late (slow machine, paused debugger): continue from now instead of bursting.
            self._due = now + self._period

    def _sized(self, image: Image) -> Image:
        return fit_to(image, self._size) if self._size is not None else image

    def _load_still(self, source: Path | Image) -> Image:
        if isinstance(source, Path):
            loaded = cv2.imread(str(source), cv2.IMREAD_COLOR)
            if loaded is None:
                raise SimulatedSourceError(f"cannot read image {source.name!r}")
            image = as_image(loaded)
        else:
            if source.dtype != np.uint8 or source.ndim not in (2, 3) or source.size == 0:
                raise SimulatedSourceError("still image must be a non-empty 8-bit array")
            image = to_bgr(source)
        return frozen(np.array(self._sized(image)))  # own copy: the caller's array may change

    def _open_video(self, path: Path) -> Image:
        if not path.is_file():
            raise SimulatedSourceError(f"video {path.name!r} not found")
        video = cv2.VideoCapture(str(path), cv2.CAP_ANY)
        if not video.isOpened():
            video.release()
            raise SimulatedSourceError(f"cannot open video {path.name!r}")
        ok, first = video.read()
        if not ok or first is None:
            video.release()
            raise SimulatedSourceError(f"video {path.name!r} has no readable frame")
        video.set(cv2.CAP_PROP_POS_FRAMES, 0)
        self._video = video
        return self._sized(to_bgr(first))

    def _next_video_frame(self) -> Image | None:
        assert self._video is not None
        ok, image = self._video.read()
        if (not ok or image is None) and self._loop:
            # End of the file: rewind. A file that cannot rewind is reopened.
            if not self._video.set(cv2.CAP_PROP_POS_FRAMES, 0):
                assert self._video_path is not None
                self._video.release()
                self._video = cv2.VideoCapture(str(self._video_path), cv2.CAP_ANY)
            ok, image = self._video.read()
        if not ok or image is None:
            return None
        return frozen(np.ascontiguousarray(self._sized(to_bgr(image))))

    def _pattern_frame(self, count: int) -> Image:
        if self._pattern_base is None:
            self._pattern_base = _test_card(self._size or DEFAULT_SIZE)
        image = self._pattern_base.copy()
        height, width = image.shape[:2]
        # A square crossing the picture: shows at a glance that the preview is live.
        side = height // 8
        x = (count * 8) % max(1, width - side)
        cv2.rectangle(image, (x, height - 2 * side), (x + side, height - side), (40, 40, 220), -1)
        return frozen(image)


def _test_card(size: Resolution) -> Image:
    ramp = np.linspace(60, 230, size.width, dtype=np.float32)
    grey = np.broadcast_to(ramp, (size.height, size.width)).astype(np.uint8)
    card = as_image(cv2.cvtColor(grey, cv2.COLOR_GRAY2BGR))
    cv2.putText(
        card,
        "SIMULATED CAMERA",
        (size.width // 10, size.height // 3),
        cv2.FONT_HERSHEY_SIMPLEX,
        size.height / 360,
        (30, 30, 30),
        max(1, size.height // 240),
        cv2.LINE_AA,
    )
    return card
