"""Results of the portrait quality checks: one per check, and the report of a whole frame."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from devices.portrait.hints import Hint


class CheckId(StrEnum):
    """The checks, in the order their hints are shown (the first failing one is the hint)."""

    FACE_COUNT = "face_count"
    HEAD_SIZE = "head_size"
    HORIZONTAL_POSITION = "horizontal_position"
    VERTICAL_POSITION = "vertical_position"
    EYES = "eyes"
    ROLL = "roll"
    BRIGHTNESS = "brightness"
    HIGHLIGHTS = "highlights"
    LIGHTING_BALANCE = "lighting_balance"
    SHARPNESS = "sharpness"
    BACKGROUND_PLAIN = "background_plain"
    BACKGROUND_LIGHT = "background_light"
    CROP_HEAD_SIZE = "crop_head_size"  # on the output photo, after cropping


class CheckStatus(StrEnum):
    """PASSED and FAILED are measurements; NOT_MEASURED means a prerequisite was missing
    (no face, no eyes, no background visible) and counts as not passed."""

    PASSED = "passed"
    FAILED = "failed"
    NOT_MEASURED = "not_measured"


@dataclass(frozen=True, slots=True)
class Limit:
    """The accepted range [low, high]; a missing bound is open."""

    low: float | None = None
    high: float | None = None

    def accepts(self, value: float) -> bool:
        """True when *value* is inside the range."""
        return (self.low is None or value >= self.low) and (self.high is None or value <= self.high)


@dataclass(frozen=True, slots=True)
class CheckResult:
    """One check on one frame: status, measured value, accepted range, hint when not passed."""

    check: CheckId
    status: CheckStatus
    value: float | None
    limit: Limit
    unit: str = ""
    hint: Hint | None = None

    @property
    def passed(self) -> bool:
        """True only for a measured pass."""
        return self.status is CheckStatus.PASSED

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dictionary."""
        return {
            "check": self.check.value,
            "status": self.status.value,
            "value": self.value,
            "low": self.limit.low,
            "high": self.limit.high,
            "unit": self.unit,
            "hint": None
            if self.hint is None
            else {"code": self.hint.code, "vi": self.hint.vi, "en": self.hint.en},
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> CheckResult:
        """The inverse of ``to_dict``."""
        hint = data.get("hint")
        return cls(
            CheckId(data["check"]),
            CheckStatus(data["status"]),
            None if data["value"] is None else float(data["value"]),
            Limit(data["low"], data["high"]),
            str(data.get("unit", "")),
            None if hint is None else Hint(hint["code"], hint["vi"], hint["en"]),
        )


def measured(
    check: CheckId, value: float, limit: Limit, unit: str, hint: Hint | None
) -> CheckResult:
    """A measured result: passed when *value* is within *limit*, else failed with *hint*."""
    if limit.accepts(value):
        return CheckResult(check, CheckStatus.PASSED, value, limit, unit)
    return CheckResult(check, CheckStatus.FAILED, value, limit, unit, hint)


def not_measured(check: CheckId, limit: Limit, unit: str, hint: Hint | None = None) -> CheckResult:
    """A check that could not be made on this frame."""
    return CheckResult(check, CheckStatus.NOT_MEASURED, None, limit, unit, hint)


@dataclass(frozen=True, slots=True)
class FaceGeometry:
    """Where the primary face is, in frame pixels, for the preview overlay and the crop."""

    box: tuple[int, int, int, int]  # x, y, width, height of the face box
    crown_y: float  # estimated top of the head
    chin_y: float  # estimated bottom of the chin
    eyes: tuple[tuple[float, float], ...]  # eye centres found (image-left first)

    @property
    def head_height(self) -> float:
        """Crown to chin."""
        return self.chin_y - self.crown_y

    @property
    def centre_x(self) -> float:
        """Horizontal centre of the face."""
        return self.box[0] + self.box[2] / 2


@dataclass(frozen=True, slots=True)
class QualityReport:
    """Every check on one frame, with the face geometry they were measured on."""

    width: int
    height: int
    checks: tuple[CheckResult, ...]
    face: FaceGeometry | None = None
    face_count: int = 0
    full_scan: bool = True

    @property
    def passed(self) -> bool:
        """True when every check passed."""
        return all(result.passed for result in self.checks)

    @property
    def not_passed(self) -> tuple[CheckResult, ...]:
        """Failed and unmeasured checks, in hint order."""
        return tuple(result for result in self.checks if not result.passed)

    @property
    def failed_ids(self) -> frozenset[CheckId]:
        """The checks that were measured and failed."""
        return frozenset(r.check for r in self.checks if r.status is CheckStatus.FAILED)

    @property
    def hint(self) -> Hint | None:
        """The one instruction to show now: the first check that did not pass."""
        return next((result.hint for result in self.not_passed if result.hint), None)

    def result(self, check: CheckId) -> CheckResult:
        """The result of *check* (KeyError if it was not run)."""
        for result in self.checks:
            if result.check is check:
                return result
        raise KeyError(check)

    @property
    def sharpness(self) -> float:
        """The measured sharpness, 0 when not measured (to pick the sharpest frame)."""
        try:
            value = self.result(CheckId.SHARPNESS).value
        except KeyError:
            return 0.0
        return value or 0.0

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dictionary."""
        face = self.face
        return {
            "width": self.width,
            "height": self.height,
            "face_count": self.face_count,
            "full_scan": self.full_scan,
            "face": None
            if face is None
            else {
                "box": list(face.box),
                "crown_y": face.crown_y,
                "chin_y": face.chin_y,
                "eyes": [list(eye) for eye in face.eyes],
            },
            "checks": [result.to_dict() for result in self.checks],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> QualityReport:
        """The inverse of ``to_dict``."""
        face = data.get("face")
        geometry = None
        if face is not None:
            x, y, w, h = (int(v) for v in face["box"])
            geometry = FaceGeometry(
                (x, y, w, h),
                float(face["crown_y"]),
                float(face["chin_y"]),
                tuple((float(ex), float(ey)) for ex, ey in face["eyes"]),
            )
        return cls(
            int(data["width"]),
            int(data["height"]),
            tuple(CheckResult.from_dict(item) for item in data["checks"]),
            geometry,
            int(data["face_count"]),
            bool(data["full_scan"]),
        )
