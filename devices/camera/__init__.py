"""Cameras for the portrait: real (OpenCV) and simulated sources, and the frame grabber."""

from devices.camera.config import CameraConfig, GrabberConfig
from devices.camera.errors import (
    CameraError,
    CameraNotFoundError,
    CameraOpenError,
    SimulatedSourceError,
)
from devices.camera.frames import Frame, Image, Resolution
from devices.camera.grabber import FrameGrabber, StatusListener
from devices.camera.latest import LatestSlot
from devices.camera.opencv_source import OpenCvCamera, enumerate_cameras
from devices.camera.simulated import SimulatedCamera
from devices.camera.source import CameraInfo, CameraSource
from devices.camera.status import CameraState, CameraStatus

__all__ = [
    "CameraConfig",
    "CameraError",
    "CameraInfo",
    "CameraNotFoundError",
    "CameraOpenError",
    "CameraSource",
    "CameraState",
    "CameraStatus",
    "Frame",
    "FrameGrabber",
    "GrabberConfig",
    "Image",
    "LatestSlot",
    "OpenCvCamera",
    "Resolution",
    "SimulatedCamera",
    "SimulatedSourceError",
    "StatusListener",
    "enumerate_cameras",
]
