"""What every screen is given: the core, the devices, the task runner, the notices, the officer.

main.py builds one :class:`UiContext` and passes it to the window, which passes it to its
pages. No screen reaches for a global.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from devices.card.readers import ReaderService
from devices.card.trust_store import CscaTrustStore
from station.services import StationCore
from ui.bridges import ReaderBridge, SyncBridge
from ui.notifications import NotificationArea
from ui.session import OfficerSession
from ui.tasks import TaskRunner

if TYPE_CHECKING:  # OpenCV and NumPy load with the first camera, not at start-up
    from devices.camera.source import CameraSource
    from devices.card.demo import DemoCard


@dataclass
class StationDevices:
    """The devices as the screens use them (simulated twins in demo mode and tests)."""

    reader: ReaderService
    trust_store: CscaTrustStore | None
    open_camera: Callable[[], CameraSource]  # a new source for the configured camera
    demo_card: DemoCard | None = None  # demo mode: its QR text and MRZ fill the key fields


@dataclass
class UiContext:
    """The dependencies of the screens, built once in main.py."""

    core: StationCore
    devices: StationDevices
    tasks: TaskRunner
    notices: NotificationArea
    session: OfficerSession
    language: str
    sync_events: SyncBridge
    reader_events: ReaderBridge
    demo: bool = False
