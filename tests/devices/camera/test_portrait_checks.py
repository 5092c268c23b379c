"""The quality checks on a real portrait (skimage's astronaut), its degradations and non-faces."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest

from devices.camera.frames import Image
from devices.portrait import hints
from devices.portrait.analysis import QualityAnalyser
from devices.portrait.checks import CheckId, CheckStatus, QualityReport
from devices.portrait.config import FaceFinderConfig, QualityThresholds


def analyse(image: Image) -> QualityReport:
    return QualityAnalyser().analyse(image, track=False)


def failed(report: QualityReport) -> set[CheckId]:
    return {r.check for r in report.checks if r.status is CheckStatus.FAILED}


def test_the_portrait_passes_every_check(portrait_frame: Image) -> None:
    report = analyse(portrait_frame)
    assert report.passed, [(r.check.value, r.value) for r in report.not_passed]
    assert report.face_count == 1
    assert report.hint is None
    assert len(report.face.eyes if report.face else ()) == 2
    # Every check carries its measured value and its accepted range.
    for result in report.checks:
        assert result.value is not None
        assert result.limit.accepts(result.value)


def test_the_report_is_measured_against_the_configured_thresholds(portrait_frame: Image) -> None:
    strict = QualityAnalyser(QualityThresholds(brightness_max=150.0))
    report = strict.analyse(portrait_frame, track=False)
    brightness = report.result(CheckId.BRIGHTNESS)
    assert brightness.status is CheckStatus.FAILED
    assert brightness.limit.high == 150.0
    assert brightness.hint is hints.TOO_BRIGHT


# degradation → the checks that must fail (and nothing else), and the hint shown
DEGRADATIONS: dict[str, tuple[Callable[[Any], Image], set[CheckId], hints.Hint]] = {
    "darken": (lambda d: d.darken(), {CheckId.BRIGHTNESS}, hints.TOO_DARK),
    "blur": (lambda d: d.blur(), {CheckId.SHARPNESS}, hints.HOLD_STILL),
    "rotate": (lambda d: d.rotate(-12), {CheckId.ROLL}, hints.HEAD_STRAIGHT),
    "off-centre": (
        lambda d: d.shift(dx=-300),
        {CheckId.HORIZONTAL_POSITION},
        hints.MOVE_TO_YOUR_LEFT,
    ),
    "too low": (lambda d: d.shift(dy=150), {CheckId.VERTICAL_POSITION}, hints.FACE_TOO_LOW),
    "shrink": (lambda d: d.shrink(), {CheckId.HEAD_SIZE}, hints.MOVE_CLOSER),
    "second face": (lambda d: d.second_face(), {CheckId.FACE_COUNT}, hints.SEVERAL_FACES),
    "side light": (lambda d: d.side_light(), {CheckId.LIGHTING_BALANCE}, hints.UNEVEN_LIGHT),
    "glare": (lambda d: d.glare(), {CheckId.HIGHLIGHTS}, hints.GLARE),
    "busy background": (
        lambda d: d.busy_background(),
        {CheckId.BACKGROUND_PLAIN},
        hints.PLAIN_BACKGROUND,
    ),
    "dark background": (
        lambda d: d.dark_background(),
        {CheckId.BACKGROUND_LIGHT},
        hints.LIGHT_BACKGROUND,
    ),
}


@pytest.mark.parametrize("name", list(DEGRADATIONS))
def test_each_degradation_fails_exactly_its_check(name: str, degrade: Any) -> None:
    make, expected, hint = DEGRADATIONS[name]
    report = analyse(make(degrade))
    assert failed(report) == expected, {r.check.value: r.value for r in report.checks}
    assert report.face_count >= 1
    # Nothing else is left unmeasured either.
    assert {r.check for r in report.not_passed} == expected
    assert report.hint is hint


def test_rotation_the_other_way_is_measured_with_the_opposite_sign(degrade: Any) -> None:
    clean = analyse(degrade.frame).result(CheckId.ROLL).value
    left = analyse(degrade.rotate(-12)).result(CheckId.ROLL).value
    right = analyse(degrade.rotate(12)).result(CheckId.ROLL).value
    assert clean is not None and left is not None and right is not None
    # The astronaut holds her head ~3° tilted; rotating by ±12° moves the eye line by ~12°.
    assert left - clean == pytest.approx(12, abs=4)
    assert clean - right == pytest.approx(12, abs=4)


def test_covered_eyes_fail_the_eye_check_and_leave_roll_unmeasured(degrade: Any) -> None:
    report = analyse(degrade.cover_eyes())
    assert failed(report) == {CheckId.EYES}
    assert report.result(CheckId.ROLL).status is CheckStatus.NOT_MEASURED
    assert report.result(CheckId.EYES).value == 0
    assert report.hint in (hints.EYES_NOT_SEEN, hints.TAKE_OFF_GLASSES)


def test_a_face_on_the_other_side_gets_the_other_direction(degrade: Any) -> None:
    report = analyse(degrade.shift(dx=260))
    result = report.result(CheckId.HORIZONTAL_POSITION)
    assert result.status is CheckStatus.FAILED and result.value is not None and result.value > 0
    assert result.hint is hints.MOVE_TO_YOUR_RIGHT


def test_no_face_fails_with_the_no_face_hint(non_face_frame: Image) -> None:
    report = analyse(non_face_frame)
    assert report.face_count == 0
    assert report.result(CheckId.FACE_COUNT).status is CheckStatus.FAILED
    assert report.hint is hints.NO_FACE
    others = [r for r in report.checks if r.check is not CheckId.FACE_COUNT]
    assert others and all(r.status is CheckStatus.NOT_MEASURED for r in others)
    assert report.face is None


def test_tracking_keeps_the_checks_and_notices_a_second_face(degrade: Any) -> None:
    analyser = QualityAnalyser()
    clean = [analyser.analyse(degrade.frame) for _ in range(4)]
    assert all(report.passed for report in clean)
    two = degrade.second_face()
    phases = FaceFinderConfig().scan_phases
    counts = [analyser.analyse(two).face_count for _ in range(phases + 1)]
    # The whole-frame search is spread over `phases` frames: the newcomer is seen by then.
    assert 2 in counts[:phases]
    assert counts[-1] == 2
    after = [analyser.analyse(degrade.frame).face_count for _ in range(phases + 1)]
    assert after[-1] == 1


def test_the_report_serialises_to_json_and_back(portrait_frame: Image) -> None:
    report = analyse(portrait_frame)
    text = json.dumps(report.to_dict(), ensure_ascii=False)
    again = QualityReport.from_dict(json.loads(text))
    assert again == report


def test_hints_are_bilingual_and_the_first_failure_wins(degrade: Any) -> None:
    # Both smaller (head size) and darker (brightness): the framing hint comes first.
    small_and_dark = (degrade.shrink() * 0.35).astype("uint8")
    report = analyse(small_and_dark)
    assert {CheckId.HEAD_SIZE, CheckId.BRIGHTNESS} <= failed(report)
    assert report.hint is hints.MOVE_CLOSER
    assert report.hint.message("vi") == "Tiến lại gần máy ảnh hơn."
    assert report.hint.message("en") == "Move closer to the camera."
