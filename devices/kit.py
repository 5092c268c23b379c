"""The devices one station works with: card reader, trust store, camera (or simulated twins)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pyscard, OpenCV and NumPy load when the devices open, not before
    from devices.camera.source import CameraSource
    from devices.card.demo import DemoCard
    from devices.card.readers import ReaderService
    from devices.card.trust_store import CscaTrustStore


@dataclass
class StationDevices:
    """The devices as the screens use them (simulated twins in demo mode and tests)."""

    reader: ReaderService
    trust_store: CscaTrustStore | None
    open_camera: Callable[[], CameraSource]  # a new source for the configured camera
    demo_card: DemoCard | None = None  # demo mode: its QR text and MRZ fill the key fields
