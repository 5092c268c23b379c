"""The quality logic with the detector's output injected: no photograph needed.

The frames are synthetic (a light backdrop with a mid-grey "face" rectangle and texture);
the FaceObservation says where the face and eyes are, as the Haar finder would.
"""

from __future__ import annotations

import cv2
import numpy as np
import pytest

from devices.camera.frames import Image
from devices.portrait import hints
from devices.portrait.analysis import QualityAnalyser, background_bands, sharpness
from devices.portrait.checks import CheckId, CheckStatus, QualityReport
from devices.portrait.faces import EyeFinding, FaceBox, FaceObservation

FACE = FaceBox(500, 160, 280, 280)  # head ≈ 1.35 × 280 = 378 px = 0.53 of 720
EYES = EyeFinding(((580.0, 265.0), (700.0, 265.0)))


class InjectedFinder:
    """A FaceFinder that reports a fixed observation (the detector's output, injected)."""

    def __init__(self, observation: FaceObservation) -> None:
        self.observation = observation
        self.calls = 0

    def find(self, grey: Image, *, track: bool = True) -> FaceObservation:
        self.calls += 1
        return self.observation


def synthetic_frame(face: FaceBox = FACE, skin: int = 150, backdrop: int = 200) -> Image:
    rng = np.random.default_rng(7)
    frame = np.full((720, 1280, 3), backdrop, dtype=np.uint8)
    texture = rng.normal(0, 18, (face.height, face.width, 1)).astype(np.float32)
    texture = cv2.GaussianBlur(texture, (0, 0), 0.8)[:, :, None]
    patch = np.clip(skin + texture, 0, 255).astype(np.uint8)
    frame[face.y : face.y + face.height, face.x : face.x + face.width] = patch
    return frame


def analyse(frame: Image, observation: FaceObservation) -> tuple[QualityAnalyser, QualityReport]:
    analyser = QualityAnalyser(finder=InjectedFinder(observation))
    return analyser, analyser.analyse(frame)


def test_an_injected_good_face_passes() -> None:
    _, report = analyse(synthetic_frame(), FaceObservation((FACE,), EYES))
    assert report.passed, [(r.check.value, r.value) for r in report.not_passed]


def test_head_size_is_the_estimated_head_over_the_frame_height() -> None:
    _, report = analyse(synthetic_frame(), FaceObservation((FACE,), EYES))
    value = report.result(CheckId.HEAD_SIZE).value
    assert value == pytest.approx((0.40 + 0.95) * 280 / 720)


def test_too_big_a_head_asks_to_move_back() -> None:
    big = FaceBox(420, 60, 440, 440)
    _, report = analyse(synthetic_frame(big), FaceObservation((big,), EYES))
    result = report.result(CheckId.HEAD_SIZE)
    assert result.status is CheckStatus.FAILED and result.hint is hints.MOVE_BACK


def test_roll_is_the_eye_line_angle() -> None:
    tilted = EyeFinding(((580.0, 250.0), (700.0, 280.0)))  # atan(30/120) = 14°
    _, report = analyse(synthetic_frame(), FaceObservation((FACE,), tilted))
    roll = report.result(CheckId.ROLL)
    assert roll.value == pytest.approx(14.04, abs=0.01)
    assert roll.status is CheckStatus.FAILED and roll.hint is hints.HEAD_STRAIGHT


def test_one_eye_fails_eyes_and_leaves_roll_unmeasured() -> None:
    one = EyeFinding(((580.0, 265.0),))
    _, report = analyse(synthetic_frame(), FaceObservation((FACE,), one))
    assert report.result(CheckId.EYES).value == 1
    assert report.result(CheckId.EYES).hint is hints.EYES_NOT_SEEN
    assert report.result(CheckId.ROLL).status is CheckStatus.NOT_MEASURED


def test_eyes_seen_only_through_the_glasses_cascade_ask_to_remove_glasses() -> None:
    glasses = EyeFinding((), glasses_eyes=2)
    _, report = analyse(synthetic_frame(), FaceObservation((FACE,), glasses))
    assert report.result(CheckId.EYES).hint is hints.TAKE_OFF_GLASSES


def test_the_largest_face_is_checked_and_the_others_counted() -> None:
    small = FaceBox(60, 60, 90, 90)
    _, report = analyse(synthetic_frame(), FaceObservation((FACE, small), EYES))
    assert report.face_count == 2
    assert report.face.box == (FACE.x, FACE.y, FACE.width, FACE.height)
    assert {r.check for r in report.not_passed} == {CheckId.FACE_COUNT}


def test_no_background_visible_is_not_measured() -> None:
    # The face fills the frame's width: no band beside or above the head is left.
    wide = FaceBox(0, 0, 1280, 700)
    _, report = analyse(synthetic_frame(wide), FaceObservation((wide,), EYES))
    for check in (CheckId.BACKGROUND_PLAIN, CheckId.BACKGROUND_LIGHT):
        assert report.result(check).status is CheckStatus.NOT_MEASURED


def test_background_bands_are_clipped_to_the_frame() -> None:
    bands = background_bands(FaceBox(10, 300, 200, 200), crown_y=220, width=1280, height=720)
    for x0, y0, x1, y1 in bands:
        assert 0 <= x0 < x1 <= 1280 and 0 <= y0 < y1 <= 720
    # The left band would start at x = 10 - 150 and end at 10 - 70: off the frame, dropped.
    assert all(x0 >= 10 for x0, _, _, _ in bands)


def test_sharpness_ignores_exposure_and_size_but_not_blur() -> None:
    rng = np.random.default_rng(1)
    detail = cv2.GaussianBlur(rng.integers(0, 255, (256, 256), dtype=np.uint8), (0, 0), 1.0)
    base = sharpness(detail)
    assert sharpness((detail * 0.4).astype(np.uint8)) == pytest.approx(base, rel=0.15)
    assert sharpness(cv2.GaussianBlur(detail, (0, 0), 3.0)) < base / 4
    assert sharpness(np.full((50, 50), 128, dtype=np.uint8)) == 0.0


def test_lighting_balance_and_clipping_are_measured_on_the_inner_face() -> None:
    frame = synthetic_frame()
    half = FACE.x + FACE.width // 2
    frame[FACE.y : FACE.y + FACE.height, half : FACE.x + FACE.width] //= 2
    _, report = analyse(frame, FaceObservation((FACE,), EYES))
    balance = report.result(CheckId.LIGHTING_BALANCE)
    assert balance.value == pytest.approx(0.5, abs=0.05)
    assert balance.hint is hints.UNEVEN_LIGHT

    frame = synthetic_frame(skin=250)
    _, report = analyse(frame, FaceObservation((FACE,), EYES))
    assert report.result(CheckId.HIGHLIGHTS).status is CheckStatus.FAILED


def test_a_grey_frame_is_analysed_too() -> None:
    grey = cv2.cvtColor(synthetic_frame(), cv2.COLOR_BGR2GRAY)
    _, report = analyse(grey, FaceObservation((FACE,), EYES))
    assert report.passed
