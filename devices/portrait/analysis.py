"""The live quality checks of one frame: framing, pose, eyes, exposure, sharpness, background."""

from __future__ import annotations

import cv2
import numpy as np

from devices.camera.frames import Image, as_image
from devices.portrait import hints
from devices.portrait.checks import (
    CheckId,
    CheckResult,
    FaceGeometry,
    Limit,
    QualityReport,
    measured,
    not_measured,
)
from devices.portrait.config import FaceFinderConfig, QualityThresholds
from devices.portrait.faces import FaceBox, FaceFinder, FaceObservation, HaarFaceFinder

# Sharpness is measured on the inner face scaled down to at most this width, and with its
# contrast scaled to this standard deviation: the figure then depends on focus and motion,
# not on how large or how bright the face is.
_SHARPNESS_WIDTH = 128
_SHARPNESS_STD = 50.0


def inner_face(box: FaceBox) -> tuple[int, int, int, int]:
    """The skin part of the face box (x0, y0, x1, y1): no hair, background or collar."""
    return (
        box.x + round(0.2 * box.width),
        box.y + round(0.2 * box.height),
        box.x + round(0.8 * box.width),
        box.y + round(0.9 * box.height),
    )


def background_bands(
    box: FaceBox, crown_y: float, width: int, height: int
) -> list[tuple[int, int, int, int]]:
    """Regions beside and above the head (x0, y0, x1, y1), clipped to the frame.

    They start 0.35 face widths out from the face box, clear of ears and most hair, and
    stop at shoulder level.
    """
    w, h = box.width, box.height
    bands = [
        (box.x - round(0.75 * w), box.y, box.x - round(0.35 * w), box.y + round(0.8 * h)),
        (
            box.x + w + round(0.35 * w),
            box.y,
            box.x + w + round(0.75 * w),
            box.y + round(0.8 * h),
        ),
        (box.x, round(crown_y - 0.4 * h), box.x + w, round(crown_y - 0.1 * h)),
    ]
    clipped = []
    for x0, y0, x1, y1 in bands:
        x0, x1 = max(0, x0), min(width, x1)
        y0, y1 = max(0, y0), min(height, y1)
        # Slivers at the frame edge say nothing about the background.
        if x1 - x0 >= 4 and y1 - y0 >= 4:
            clipped.append((x0, y0, x1, y1))
    return clipped


def sharpness(grey_face: Image) -> float:
    """Variance of the Laplacian of a contrast-normalised, size-normalised face patch."""
    patch = grey_face
    if patch.shape[1] > _SHARPNESS_WIDTH:
        scale = _SHARPNESS_WIDTH / patch.shape[1]
        patch = as_image(cv2.resize(patch, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA))
    values = patch.astype(np.float32)
    std = float(values.std())
    if std < 1.0:
        return 0.0  # a flat patch has no detail at all
    values *= _SHARPNESS_STD / std
    return float(cv2.Laplacian(values, cv2.CV_32F).var())


class QualityAnalyser:
    """Runs every quality check on a frame; one analyser per camera stream (it tracks)."""

    def __init__(
        self,
        thresholds: QualityThresholds | None = None,
        finder: FaceFinder | None = None,
        finder_config: FaceFinderConfig | None = None,
    ) -> None:
        self._t = thresholds or QualityThresholds()
        self._finder_config = finder_config or FaceFinderConfig()
        self._finder = finder or HaarFaceFinder(self._finder_config)
        self._table = {check: (limit, unit) for check, limit, unit in self._limits()}

    @property
    def thresholds(self) -> QualityThresholds:
        """The accepted ranges in use."""
        return self._t

    def analyse(self, image: Image, *, track: bool = True) -> QualityReport:
        """Check *image* (BGR); *track* lets the detector reuse the previous frame's face."""
        grey = as_image(cv2.cvtColor(image, cv2.COLOR_BGR2GRAY)) if image.ndim == 3 else image
        observation = self._finder.find(grey, track=track)
        return self.report(image, grey, observation)

    def report(self, image: Image, grey: Image, observation: FaceObservation) -> QualityReport:
        """The checks on *image* for a given detector *observation* (tests inject one)."""
        t = self._t
        height, width = grey.shape[:2]
        count = len(observation.faces)
        face_count = measured(
            CheckId.FACE_COUNT,
            float(count),
            Limit(1, 1),
            "faces",
            hints.NO_FACE if count == 0 else hints.SEVERAL_FACES,
        )
        box = observation.primary
        if box is None:
            rest = [
                not_measured(check, limit, unit)
                for check, (limit, unit) in self._table.items()
                if check is not CheckId.FACE_COUNT
            ]
            return QualityReport(width, height, (face_count, *rest), None, 0, True)

        config = self._finder_config
        crown_y = box.y - config.crown_above * box.height
        chin_y = box.y + config.chin_below * box.height
        geometry = FaceGeometry(
            (box.x, box.y, box.width, box.height), crown_y, chin_y, observation.eyes.centres
        )
        results = [face_count]
        results += self._framing(geometry, width, height)
        results += self._eyes_and_roll(observation)
        results += self._exposure(image, grey, box)
        x0, y0, x1, y1 = inner_face(box)
        results.append(
            measured(
                CheckId.SHARPNESS,
                sharpness(grey[max(0, y0) : y1, max(0, x0) : x1]),
                Limit(t.min_sharpness, None),
                "laplacian variance",
                hints.HOLD_STILL,
            )
        )
        results += self._background(grey, box, crown_y)
        return QualityReport(width, height, tuple(results), geometry, count, observation.full_scan)

    # -- the checks ------------------------------------------------------------------------

    def _limits(self) -> list[tuple[CheckId, Limit, str]]:
        """Every check's accepted range and unit (for the not-measured results)."""
        t = self._t
        return [
            (CheckId.FACE_COUNT, Limit(1, 1), "faces"),
            (CheckId.HEAD_SIZE, Limit(t.head_height_min, t.head_height_max), "of frame height"),
            (
                CheckId.HORIZONTAL_POSITION,
                Limit(-t.max_horizontal_offset, t.max_horizontal_offset),
                "of frame width",
            ),
            (
                CheckId.VERTICAL_POSITION,
                Limit(-t.max_vertical_offset, t.max_vertical_offset),
                "of frame height",
            ),
            (CheckId.EYES, Limit(2, None), "eyes"),
            (CheckId.ROLL, Limit(-t.max_roll_deg, t.max_roll_deg), "degrees"),
            (CheckId.BRIGHTNESS, Limit(t.brightness_min, t.brightness_max), "grey level"),
            (CheckId.HIGHLIGHTS, Limit(None, t.max_clipped_fraction), "fraction clipped"),
            (CheckId.LIGHTING_BALANCE, Limit(t.min_lighting_balance, None), "dark/bright"),
            (CheckId.SHARPNESS, Limit(t.min_sharpness, None), "laplacian variance"),
            (CheckId.BACKGROUND_PLAIN, Limit(None, t.max_background_std), "grey std"),
            (CheckId.BACKGROUND_LIGHT, Limit(t.min_background_ratio, None), "background/face"),
        ]

    def _limit(self, check: CheckId) -> tuple[Limit, str]:
        return self._table[check]

    def _framing(self, face: FaceGeometry, width: int, height: int) -> list[CheckResult]:
        t = self._t
        ratio = face.head_height / height
        size_limit, size_unit = self._limit(CheckId.HEAD_SIZE)
        size = measured(
            CheckId.HEAD_SIZE,
            ratio,
            size_limit,
            size_unit,
            hints.MOVE_CLOSER if ratio < t.head_height_min else hints.MOVE_BACK,
        )
        dx = face.centre_x / width - 0.5
        h_limit, h_unit = self._limit(CheckId.HORIZONTAL_POSITION)
        # Face on the image's left = on the citizen's right (unmirrored camera): go left.
        horizontal = measured(
            CheckId.HORIZONTAL_POSITION,
            dx,
            h_limit,
            h_unit,
            hints.MOVE_TO_YOUR_LEFT if dx < 0 else hints.MOVE_TO_YOUR_RIGHT,
        )
        box_centre_y = face.box[1] + face.box[3] / 2
        dy = box_centre_y / height - t.target_vertical_centre
        v_limit, v_unit = self._limit(CheckId.VERTICAL_POSITION)
        vertical = measured(
            CheckId.VERTICAL_POSITION,
            dy,
            v_limit,
            v_unit,
            hints.FACE_TOO_HIGH if dy < 0 else hints.FACE_TOO_LOW,
        )
        return [size, horizontal, vertical]

    def _eyes_and_roll(self, observation: FaceObservation) -> list[CheckResult]:
        eyes = observation.eyes
        eye_limit, eye_unit = self._limit(CheckId.EYES)
        # Both eyes only by the eyeglasses cascade: glasses are the likelier reason.
        eye_hint = hints.TAKE_OFF_GLASSES if eyes.glasses_eyes == 2 else hints.EYES_NOT_SEEN
        eye_result = measured(CheckId.EYES, float(len(eyes.centres)), eye_limit, eye_unit, eye_hint)
        roll_limit, roll_unit = self._limit(CheckId.ROLL)
        roll = eyes.roll_deg
        if roll is None:
            return [eye_result, not_measured(CheckId.ROLL, roll_limit, roll_unit)]
        return [
            eye_result,
            measured(CheckId.ROLL, roll, roll_limit, roll_unit, hints.HEAD_STRAIGHT),
        ]

    def _exposure(self, image: Image, grey: Image, box: FaceBox) -> list[CheckResult]:
        t = self._t
        x0, y0, x1, y1 = inner_face(box)
        x0, y0 = max(0, x0), max(0, y0)
        face_grey = grey[y0:y1, x0:x1]
        brightness_limit, brightness_unit = self._limit(CheckId.BRIGHTNESS)
        clip_limit, clip_unit = self._limit(CheckId.HIGHLIGHTS)
        balance_limit, balance_unit = self._limit(CheckId.LIGHTING_BALANCE)
        if face_grey.size == 0:
            return [
                not_measured(CheckId.BRIGHTNESS, brightness_limit, brightness_unit),
                not_measured(CheckId.HIGHLIGHTS, clip_limit, clip_unit),
                not_measured(CheckId.LIGHTING_BALANCE, balance_limit, balance_unit),
            ]
        mean = float(face_grey.mean())
        brightness = measured(
            CheckId.BRIGHTNESS,
            mean,
            brightness_limit,
            brightness_unit,
            hints.TOO_DARK if mean < t.brightness_min else hints.TOO_BRIGHT,
        )
        # Every other pixel is plenty for a share, at a quarter of the cost.
        face_colour = image[y0:y1:2, x0:x1:2] if image.ndim == 3 else face_grey[::2, ::2]
        peak = face_colour.max(axis=2) if face_colour.ndim == 3 else face_colour
        clipped = float(np.count_nonzero(peak >= t.clipped_level)) / max(1, peak.size)
        highlights = measured(CheckId.HIGHLIGHTS, clipped, clip_limit, clip_unit, hints.GLARE)
        middle = face_grey.shape[1] // 2
        left, right = float(face_grey[:, :middle].mean()), float(face_grey[:, middle:].mean())
        balance_value = min(left, right) / max(left, right, 1.0)
        balance = measured(
            CheckId.LIGHTING_BALANCE, balance_value, balance_limit, balance_unit, hints.UNEVEN_LIGHT
        )
        return [brightness, highlights, balance]

    def _background(self, grey: Image, box: FaceBox, crown_y: float) -> list[CheckResult]:
        height, width = grey.shape[:2]
        plain_limit, plain_unit = self._limit(CheckId.BACKGROUND_PLAIN)
        light_limit, light_unit = self._limit(CheckId.BACKGROUND_LIGHT)
        bands = background_bands(box, crown_y, width, height)
        x0, y0, x1, y1 = inner_face(box)
        face_grey = grey[max(0, y0) : y1, max(0, x0) : x1]
        if not bands or face_grey.size == 0:
            return [
                not_measured(CheckId.BACKGROUND_PLAIN, plain_limit, plain_unit),
                not_measured(CheckId.BACKGROUND_LIGHT, light_limit, light_unit),
            ]
        patches = [grey[by0:by1:2, bx0:bx1:2] for bx0, by0, bx1, by1 in bands]
        # Per band, so a light-to-dark gradient across the whole backdrop is not "texture".
        spread = float(np.mean([patch.std() for patch in patches]))
        level = float(np.mean([patch.mean() for patch in patches]))
        ratio = level / max(1.0, float(face_grey.mean()))
        return [
            measured(
                CheckId.BACKGROUND_PLAIN, spread, plain_limit, plain_unit, hints.PLAIN_BACKGROUND
            ),
            measured(
                CheckId.BACKGROUND_LIGHT, ratio, light_limit, light_unit, hints.LIGHT_BACKGROUND
            ),
        ]
