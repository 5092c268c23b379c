"""Making the portrait from a frame: crop, re-check, encode, and the record kept with it."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

import cv2

from devices.camera.frames import Image, as_image
from devices.portrait import hints
from devices.portrait.checks import (
    CheckId,
    CheckResult,
    Limit,
    QualityReport,
    measured,
    not_measured,
)
from devices.portrait.config import FaceFinderConfig, PortraitOutput
from devices.portrait.crop import PortraitCrop, cut_portrait, plan_crop
from devices.portrait.encode import encode_jpeg
from devices.portrait.faces import HaarFaceFinder
from station.record import PortraitRef

RECORD_SCHEMA = 1
COLOUR_SPACE = "sRGB IEC61966-2.1 (ICC v2 profile embedded in APP2)"


class CaptureMode(StrEnum):
    """Who decided to take the picture."""

    AUTO = "auto"  # every check passed on consecutive frames
    MANUAL = "manual"  # the officer pressed the button


@dataclass(frozen=True, slots=True)
class PortraitRecord:
    """Stored with the photo: how it was taken and every check result (no personal data)."""

    captured_at: dt.datetime
    mode: CaptureMode
    jpeg_sha256: str
    frame_width: int
    frame_height: int
    crop: PortraitCrop
    output_width: int
    output_height: int
    jpeg_quality: int
    frame_report: QualityReport
    crop_check: CheckResult
    # Checks that did not pass and that the officer accepted by taking the picture by hand.
    acknowledged: tuple[CheckId, ...] = ()
    frames_considered: int = 1  # auto: the passing run the sharpest frame was chosen from
    colour_space: str = COLOUR_SPACE

    @property
    def upscaled(self) -> bool:
        """True when the crop had fewer pixels than the photo (it is softer than it looks)."""
        return self.crop.height < self.output_height

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dictionary."""
        return {
            "schema": RECORD_SCHEMA,
            "captured_at": self.captured_at.isoformat(),
            "mode": self.mode.value,
            "jpeg_sha256": self.jpeg_sha256,
            "frame": [self.frame_width, self.frame_height],
            "crop": self.crop.as_list(),
            "crop_centred_on_face": self.crop.centred_on_face,
            "crop_shifted": self.crop.shifted,
            "output": [self.output_width, self.output_height],
            "jpeg_quality": self.jpeg_quality,
            "upscaled": self.upscaled,
            "colour_space": self.colour_space,
            "frames_considered": self.frames_considered,
            "acknowledged": [check.value for check in self.acknowledged],
            "crop_check": self.crop_check.to_dict(),
            "frame_report": self.frame_report.to_dict(),
        }

    def to_json(self) -> str:
        """The record as compact JSON (UTF-8 text; hints keep their Vietnamese letters)."""
        return json.dumps(self.to_dict(), ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str) -> PortraitRecord:
        """The inverse of ``to_json``."""
        data = json.loads(text)
        if data.get("schema") != RECORD_SCHEMA:
            raise ValueError(f"unknown portrait record schema {data.get('schema')!r}")
        x, y, w, h = (int(v) for v in data["crop"])
        return cls(
            dt.datetime.fromisoformat(data["captured_at"]),
            CaptureMode(data["mode"]),
            str(data["jpeg_sha256"]),
            int(data["frame"][0]),
            int(data["frame"][1]),
            PortraitCrop(
                x, y, w, h, bool(data["crop_centred_on_face"]), bool(data["crop_shifted"])
            ),
            int(data["output"][0]),
            int(data["output"][1]),
            int(data["jpeg_quality"]),
            QualityReport.from_dict(data["frame_report"]),
            CheckResult.from_dict(data["crop_check"]),
            tuple(CheckId(value) for value in data["acknowledged"]),
            int(data["frames_considered"]),
            str(data["colour_space"]),
        )


@dataclass(frozen=True, slots=True)
class CapturedPortrait:
    """The photo (JPEG bytes and the decoded image to show) and its record."""

    jpeg: bytes
    image: Image  # the photo as encoded, BGR, output size
    record: PortraitRecord

    @property
    def passed(self) -> bool:
        """True when the frame's checks and the crop re-check all passed."""
        return self.record.frame_report.passed and self.record.crop_check.passed

    @property
    def warnings(self) -> tuple[CheckResult, ...]:
        """Checks that did not pass, the crop re-check included."""
        crop = () if self.record.crop_check.passed else (self.record.crop_check,)
        return self.record.frame_report.not_passed + crop

    def portrait_ref(self, photo_id: str) -> PortraitRef:
        """The record's pointer to this photo once stored under *photo_id*."""
        return PortraitRef(
            photo_id,
            self.record.jpeg_sha256,
            self.record.captured_at,
            tuple(check.value for check in self.record.acknowledged),
        )


class PortraitMaker:
    """Crops, re-checks and encodes the portrait from a full-resolution frame."""

    def __init__(
        self,
        output: PortraitOutput | None = None,
        finder_config: FaceFinderConfig | None = None,
        now: Callable[[], dt.datetime] = lambda: dt.datetime.now(dt.UTC),
    ) -> None:
        self._output = output or PortraitOutput()
        self._finder_config = finder_config or FaceFinderConfig()
        # Its own detector: the re-check must search the crop afresh, not track.
        self._finder = HaarFaceFinder(self._finder_config)
        self._now = now

    @property
    def output(self) -> PortraitOutput:
        """The photo settings in use."""
        return self._output

    def make(
        self,
        image: Image,
        report: QualityReport,
        mode: CaptureMode,
        frames_considered: int = 1,
    ) -> CapturedPortrait:
        """The portrait of *image*, analysed as *report*.

        A manual capture records every check that did not pass (the crop re-check too) as
        acknowledged by the officer.
        """
        output = self._output
        height, width = image.shape[:2]
        crop = plan_crop(report.face, width, height, output)
        photo = cut_portrait(image, crop, output)
        crop_check = self.check_head_size(photo)
        jpeg = encode_jpeg(photo, output)
        acknowledged: tuple[CheckId, ...] = ()
        if mode is CaptureMode.MANUAL:
            acknowledged = tuple(result.check for result in report.not_passed)
            if not crop_check.passed:
                acknowledged += (crop_check.check,)
        record = PortraitRecord(
            self._now(),
            mode,
            hashlib.sha256(jpeg).hexdigest(),
            width,
            height,
            crop,
            output.width,
            output.height,
            output.jpeg_quality,
            report,
            crop_check,
            acknowledged,
            frames_considered,
        )
        photo.flags.writeable = False
        return CapturedPortrait(jpeg, photo, record)

    def check_head_size(self, photo: Image) -> CheckResult:
        """The head-size rule on the finished photo: a fresh face search on the crop."""
        output = self._output
        limit = Limit(output.head_fraction_min, output.head_fraction_max)
        unit = "of photo height"
        grey = as_image(cv2.cvtColor(photo, cv2.COLOR_BGR2GRAY))
        face = self._finder.find(grey, track=False).primary
        if face is None:
            return not_measured(CheckId.CROP_HEAD_SIZE, limit, unit, hints.FACE_NOT_ON_PHOTO)
        config = self._finder_config
        head = (config.crown_above + config.chin_below) * face.height
        return measured(
            CheckId.CROP_HEAD_SIZE,
            head / photo.shape[0],
            limit,
            unit,
            hints.HEAD_SIZE_ON_PHOTO,
        )
