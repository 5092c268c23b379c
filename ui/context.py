"""What every screen is given: the core, the devices, the task runner, the notices, the officer.

main.py builds one :class:`ShellContext` before the station opens (the window and the login
screen need nothing more) and one :class:`UiContext` once the core is open, then passes it
to the window, which passes it to its pages. No screen reaches for a global.
"""

from __future__ import annotations

from dataclasses import dataclass
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


@dataclass
class UiContext:
    """The dependencies of the screens, built once in main.py when the station is open."""

    core: StationCore
    devices: StationDevices
    tasks: TaskRunner
    notices: NotificationArea
    session: OfficerSession
    language: str
    sync_events: SyncBridge
    reader_events: ReaderBridge
    demo: bool = False

    @classmethod
    def opened(cls, shell: ShellContext, core: StationCore, devices: StationDevices) -> UiContext:
        """The full context from the window's parts and the now open station."""
        return cls(
            core,
            devices,
            shell.tasks,
            shell.notices,
            shell.session,
            shell.language,
            sync_events=shell.sync_events,
            reader_events=shell.reader_events,
            demo=shell.demo,
        )

    @property
    def shell(self) -> ShellContext:
        """The window's parts of this context."""
        return ShellContext(
            self.tasks,
            self.notices,
            self.session,
            self.language,
            self.sync_events,
            self.reader_events,
            self.demo,
        )
