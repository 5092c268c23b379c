"""Who is at the desk: the logged-in officer, the idle lock, switching officer."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

from station.roles import Role

if TYPE_CHECKING:  # the session exists before the core loads (fast start to the login)
    from station.accounts.base import LoginResult


class OfficerSession(QObject):
    """The current officer and the idle timer that locks the screen (work stays underneath)."""

    changed = Signal()  # logged in, out, or another officer
    locked = Signal()  # idle too long: the window shows the lock screen over the work
    unlocked = Signal()

    def __init__(self, idle_lock_minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._officer: LoginResult | None = None
        self._locked = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(idle_lock_minutes * 60_000)
        self._timer.timeout.connect(self.lock)

    @property
    def officer(self) -> LoginResult | None:
        """The logged-in officer, or None."""
        return self._officer

    @property
    def officer_id(self) -> str:
        """The logged-in officer's login name (raises when nobody is logged in)."""
        if self._officer is None:
            raise RuntimeError("no officer logged in")
        return self._officer.officer_id

    @property
    def is_locked(self) -> bool:
        """True while the lock screen covers the work."""
        return self._locked

    def has_role(self, *roles: Role) -> bool:
        """True when the officer has one of *roles* (admin may do everything)."""
        officer = self._officer
        return officer is not None and (officer.role in roles or officer.role is Role.ADMIN)

    def log_in(self, officer: LoginResult) -> None:
        """Start a session for *officer*."""
        self._officer = officer
        self._locked = False
        self._timer.start()
        self.changed.emit()

    def log_out(self) -> None:
        """End the session."""
        self._officer = None
        self._locked = False
        self._timer.stop()
        self.changed.emit()

    def lock(self) -> None:
        """Cover the work with the lock screen."""
        if self._officer is None or self._locked:
            return
        self._locked = True
        self._timer.stop()
        self.locked.emit()

    def unlock(self) -> None:
        """The officer typed the password again."""
        self._locked = False
        self._timer.start()
        self.unlocked.emit()

    def activity(self) -> None:
        """Keyboard or mouse input: restart the idle timer."""
        if self._officer is not None and not self._locked:
            self._timer.start()

    def set_idle_minutes(self, minutes: int) -> None:
        """Change the idle time (settings)."""
        self._timer.setInterval(minutes * 60_000)


class ActivityFilter(QObject):
    """Application-wide event filter: any key or mouse input counts as activity."""

    _INPUT = frozenset(
        {
            QEvent.Type.KeyPress,
            QEvent.Type.MouseButtonPress,
            QEvent.Type.Wheel,
        }
    )

    def __init__(self, session: OfficerSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in self._INPUT:
            self._session.activity()
        return False
