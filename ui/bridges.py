"""Device and sync callbacks (called on their own threads) turned into Qt signals.

The core calls a plain function; the function only emits a signal, which Qt delivers
queued on the GUI thread. Nothing else crosses threads.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:  # the window is built before the core loads (fast start to the login)
    from devices.card.readers import ReaderSnapshot
    from station.sync.progress import SyncProgress


class SyncBridge(QObject):
    """Relays the sync engine's progress snapshots."""

    progress = Signal(object)  # SyncProgress

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.last: SyncProgress | None = None
        self.progress.connect(self._remember)

    def listener(self, progress: SyncProgress) -> None:
        """The SyncListener given to the engine (runs on the engine's thread)."""
        self.progress.emit(progress)

    def _remember(self, progress: SyncProgress) -> None:
        self.last = progress


class ReaderBridge(QObject):
    """Relays the card reader watch's snapshots (reader plugged, card in or out)."""

    snapshot = Signal(object)  # ReaderSnapshot

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.last: ReaderSnapshot | None = None
        self.snapshot.connect(self._remember)

    def listener(self, snapshot: ReaderSnapshot) -> None:
        """The on_change callback given to ReaderService (runs on its watch thread)."""
        self.snapshot.emit(snapshot)

    def _remember(self, snapshot: ReaderSnapshot) -> None:
        self.last = snapshot
