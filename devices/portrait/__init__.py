"""The portrait: live quality checks, auto-capture, the 2:3 crop and the sRGB JPEG."""

from devices.portrait.analysis import QualityAnalyser
from devices.portrait.autocapture import AutoCapture, AutoCaptureChoice
from devices.portrait.capture import (
    CapturedPortrait,
    CaptureMode,
    PortraitMaker,
    PortraitRecord,
)
from devices.portrait.checks import (
    CheckId,
    CheckResult,
    CheckStatus,
    FaceGeometry,
    Limit,
    QualityReport,
)
from devices.portrait.chip import ChipPortraitError, decode_chip_portrait
from devices.portrait.config import (
    AutoCaptureConfig,
    FaceFinderConfig,
    PortraitOutput,
    QualityThresholds,
)
from devices.portrait.crop import PortraitCrop
from devices.portrait.faces import EyeFinding, FaceBox, FaceFinder, FaceObservation, HaarFaceFinder
from devices.portrait.hints import Hint
from devices.portrait.live import LivePortrait, LiveView, NoPictureError

__all__ = [
    "AutoCapture",
    "AutoCaptureChoice",
    "AutoCaptureConfig",
    "CaptureMode",
    "CapturedPortrait",
    "CheckId",
    "CheckResult",
    "CheckStatus",
    "ChipPortraitError",
    "EyeFinding",
    "FaceBox",
    "FaceFinder",
    "FaceFinderConfig",
    "FaceGeometry",
    "FaceObservation",
    "HaarFaceFinder",
    "Hint",
    "Limit",
    "LivePortrait",
    "LiveView",
    "NoPictureError",
    "PortraitCrop",
    "PortraitMaker",
    "PortraitOutput",
    "PortraitRecord",
    "QualityAnalyser",
    "QualityReport",
    "QualityThresholds",
    "decode_chip_portrait",
]
