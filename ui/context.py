"""What every screen is given: the core, the devices, the task runner, the notices, the officer.

main.py builds one :class:`ShellContext` before the station opens (the window and the login
screen need nothing more) and one :class:`UiContext` once the core is open, then passes it
to the window, which passes it to its pages. No screen reaches for a global.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import TYPE_CHECKING

from devices.kit import StationDevices as StationDevices  # re-exported for the screens
from ui.bridges import ReaderBridge, SyncBridge
from ui.notifications import NotificationArea
from ui.session import OfficerSession
from ui.tasks import TaskRunner

if TYPE_CHECKING:  # the core loads after the login window shows
    from station.services import StationCore


@dataclass
class ShellContext:
    """The parts of the context that exist before the station is open (window, login)."""

    tasks: TaskRunner
    notices: NotificationArea
    session: OfficerSession
    language: str
    sync_events: SyncBridge
    reader_events: ReaderBridge
    demo: bool = False


@dataclass(kw_only=True)
class UiContext(ShellContext):
    """The dependencies of the screens: the window's parts plus the open station."""

    core: StationCore
    devices: StationDevices

    @classmethod
    def opened(cls, shell: ShellContext, core: StationCore, devices: StationDevices) -> UiContext:
        """The full context from the window's parts and the now open station."""
        parts = {f.name: getattr(shell, f.name) for f in fields(ShellContext)}
        return cls(**parts, core=core, devices=devices)
