"""Demo mode's camera: a real portrait (scikit-image's astronaut) played as a live feed.

scikit-image comes with the development tools, not with the station itself: without it
the simulated camera plays its moving test card instead, and says so in its description.
"""

from __future__ import annotations

import importlib.util
import logging
from pathlib import Path

import cv2

from devices.camera.frames import Image, as_image
from devices.camera.simulated import SimulatedCamera

log = logging.getLogger(__name__)


def demo_portrait_frame() -> Image | None:
    """A 1280×720 head-and-shoulders frame of the astronaut, or None without scikit-image."""
    astronaut = _astronaut_bgr()
    if astronaut is None:
        return None
    # The top 288 rows of the 512×512 photo scaled 2.5× (16:9): the head fills about half
    # the frame height, as at an intake desk.
    frame = cv2.resize(astronaut[0:288, 0:512], (1280, 720), interpolation=cv2.INTER_CUBIC)
    return as_image(frame)


def _astronaut_bgr() -> Image | None:
    """The 512×512 astronaut photo (BGR), or None without scikit-image.

    The PNG shipped in skimage/data is decoded with OpenCV, already loaded for the camera:
    skimage.data.astronaut() would load imageio, Pillow and SciPy for this one picture
    (about 50 MB resident for as long as the station runs).
    """
    spec = importlib.util.find_spec("skimage")
    if spec is None or spec.origin is None:
        return None
    picture = cv2.imread(str(Path(spec.origin).parent / "data" / "astronaut.png"))
    if picture is not None:
        return as_image(picture)
    try:  # a scikit-image that no longer ships the file inside the package
        from skimage import data

        rgb = data.astronaut()  # type: ignore[no-untyped-call]
    except (ImportError, OSError, ValueError):
        return None
    return as_image(cv2.cvtColor(rgb, cv2.COLOR_RGB2BGR))


def demo_camera(fps: float = 15.0) -> SimulatedCamera:
    """The demo camera: the astronaut portrait, or the test card when it is not installed."""
    frame = demo_portrait_frame()
    if frame is None:
        log.info("scikit-image not installed: the demo camera shows a test card")
        return SimulatedCamera(pattern=True, fps=fps)
    return SimulatedCamera(images=[frame], fps=fps, seconds_per_image=3600.0)
