"""Portrait settings as frozen dataclasses with documented defaults (the config issue fills them).

Ratios are fractions of the frame (or photo) size; grey levels are 0–255.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class FaceFinderConfig:
    """How faces and eyes are searched with OpenCV's Haar cascades."""

    # The full-frame search runs on a grey copy this many pixels tall (320×180 for 16:9):
    # Haar search time grows with the pixel count, and a face filling 25 % of the frame
    # height is still ~30 px tall there.
    detection_height: int = 180
    # Smallest face looked for, in detection pixels (20 px at 180 = 80 px at 720p: a head
    # about 15 % of the frame high, well below "move closer").
    min_face_px: int = 20
    # Coarse steps keep the full scan near 20 ms on one core; 4 neighbours found the
    # astronaut portrait at 0.5–1× size with no false face on skimage's non-face images
    # (3 gave false faces, 5 began to miss small ones).
    scan_scale_factor: float = 1.2
    scan_min_neighbors: int = 4
    # The face found is refined in a window around it with finer scale steps, where it is
    # this many pixels wide: a steady size and position from frame to frame.
    refine_face_px: int = 48
    refine_scale_factor: float = 1.1
    # Few neighbours suffice in the window where the face just was: the strongest group wins.
    refine_min_neighbors: int = 1
    # While a face is tracked, the search of the whole frame (for a second face) is split by
    # face size over this many frames, so no frame pays for a whole search (~20 ms on one
    # core) and every size is searched again every this many frames.
    scan_phases: int = 4
    # Eyes are searched in the upper face scaled to this width (at 80 px one eye of a face
    # tilted by 11° was often missed; 120 px costs twice the time for no gain).
    eye_face_width: int = 90
    # The Haar face box spans roughly eyebrows to mouth/chin; the head (crown to chin) is
    # estimated from it: crown this many box heights above the box top, chin this many
    # below it. Calibrated on skimage's astronaut portrait; adjust on site photos.
    crown_above: float = 0.40
    chin_below: float = 0.95


@dataclass(frozen=True, slots=True)
class QualityThresholds:
    """Accepted ranges of the live checks (DOMAIN.md §7: frontal, even light, plain light
    background, no glasses)."""

    # Head height (crown to chin) / frame height. Below: the crop would be upscaled a lot;
    # above: no room for the 2:3 crop with margins.
    head_height_min: float = 0.40
    head_height_max: float = 0.68
    # Face centre offset from the frame centre, as a fraction of the frame width.
    max_horizontal_offset: float = 0.12
    # Face centre height (fraction of frame height from the top) that leaves room for the
    # crown margin and the shoulders, and the allowed offset from it.
    target_vertical_centre: float = 0.42
    max_vertical_offset: float = 0.12
    # Eye-line angle. ISO/IEC 19794-5 allows ±8° of roll for a frontal image.
    max_roll_deg: float = 8.0
    # Mean grey of the inner face.
    brightness_min: float = 80.0
    brightness_max: float = 200.0
    # A face pixel is clipped when any channel reaches this level; allowed share of them.
    clipped_level: int = 250
    max_clipped_fraction: float = 0.02
    # Mean grey of the darker face half / the brighter half.
    min_lighting_balance: float = 0.75
    # Variance of the Laplacian of the inner face, contrast-normalised (standard deviation
    # scaled to 50 grey levels) and scaled to at most 128 px wide, so it does not depend on
    # exposure or face size.
    min_sharpness: float = 60.0
    # Standard deviation of grey in the bands beside and above the head.
    max_background_std: float = 22.0
    # Mean grey of those bands / mean grey of the face: a light background is at least as
    # bright as the face (a ratio, so under-exposure fails "brightness", not this too).
    min_background_ratio: float = 1.0


@dataclass(frozen=True, slots=True)
class AutoCaptureConfig:
    """When the station takes the picture by itself."""

    enabled: bool = True
    # Every check must pass on this many consecutive analysed frames (≈0.2 s at 30 fps);
    # the sharpest of them is taken. At least FaceFinderConfig.scan_phases, so the run
    # always spans a complete search for a second face.
    consecutive_frames: int = 6


@dataclass(frozen=True, slots=True)
class PortraitOutput:
    """The photo handed to the record: size, framing and JPEG settings."""

    width: int = 480
    height: int = 720
    jpeg_quality: int = 92
    # Head height / photo height aimed at when cropping, and the range re-checked on the
    # crop. The card photo is 20×30 mm; the exact Vietnamese framing rule is unconfirmed.
    head_fraction: float = 0.62
    head_fraction_min: float = 0.50
    head_fraction_max: float = 0.75
    # Space above the crown / photo height.
    top_margin: float = 0.10
    # Printed width, written as the JPEG's pixel density (480 px over 20 mm ≈ 610 dpi).
    print_width_mm: float = 20.0
    # Full colour resolution (4:4:4) rather than 4:2:0: skin tones and edges stay clean
    # for ~20 % more bytes.
    full_chroma: bool = True

    def __post_init__(self) -> None:
        if self.width <= 0 or self.height <= 0:
            raise ValueError("portrait size must be positive")
        if abs(self.width * 3 - self.height * 2) > 3:
            raise ValueError(f"portrait size {self.width}×{self.height} is not 2:3")
        if not 1 <= self.jpeg_quality <= 100:
            raise ValueError("JPEG quality must be 1–100")
        if not 0 < self.head_fraction_min <= self.head_fraction <= self.head_fraction_max < 1:
            raise ValueError("head fractions must satisfy 0 < min <= target <= max < 1")
