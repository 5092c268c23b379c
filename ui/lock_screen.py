"""The lock screen: covers the work after idle time; the same officer's password unlocks it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from station.accounts import AccountDisabledError, AccountLockedError, LoginResult
from ui.context import UiContext
from ui.widgets.centred import centre_box

ERROR_STYLE = "color: #842029; background: #f8d7da; padding: 6px;"
LOCKED_STYLE = "color: #664d03; background: #fff3cd; padding: 6px; font-weight: bold;"


class LockScreen(QWidget):
    """Shows who is logged in; their password unlocks, "Switch officer" hands over the desk.

    The work underneath stays as it was: the window only shows this screen over it.
    """

    switch_officer_requested = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockScreen")
        self.ctx = ctx
        self._busy = False

        title = QLabel(self.tr("The screen is locked"), self)
        title.setObjectName("lockTitle")
        title.setStyleSheet("font-size: 18pt; font-weight: bold;")
        self.who = QLabel(self)
        self.who.setObjectName("lockOfficer")
        self.who.setWordWrap(True)
        explanation = QLabel(
            self.tr("The work in progress is kept. Type your password to go on."), self
        )
        explanation.setWordWrap(True)
        self.password = QLineEdit(self)
        self.password.setObjectName("lockPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.unlock_button = QPushButton(self.tr("&Unlock"), self)
        self.unlock_button.setObjectName("unlockButton")
        self.switch_button = QPushButton(self.tr("S&witch officer"), self)
        self.switch_button.setObjectName("switchOfficerButton")
        self.message = QLabel(self)
        self.message.setObjectName("lockMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.hide()

        form = QFormLayout()
        form.addRow(self.tr("&Password:"), self.password)
        buttons = QHBoxLayout()
        buttons.addWidget(self.switch_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        box = QFrame(self)
        box.setFixedWidth(480)
        inner = QVBoxLayout(box)
        inner.addWidget(title)
        inner.addWidget(self.who)
        inner.addWidget(explanation)
        inner.addLayout(form)
        inner.addLayout(buttons)
        inner.addWidget(self.message)
        centre_box(self, box)
        self.setFocusProxy(self.password)
        self._connect_signals()
        self.refresh()

    def _connect_signals(self) -> None:
        self.password.returnPressed.connect(self.unlock)
        self.unlock_button.clicked.connect(self.unlock)
        self.switch_button.clicked.connect(self.switch_officer_requested)
        self.ctx.session.locked.connect(self._locked)

    @property
    def busy(self) -> bool:
        """True while the password is being checked."""
        return self._busy

    def refresh(self) -> None:
        """Show who is logged in; clear what was typed."""
        officer = self.ctx.session.officer
        if officer is None:
            self.who.clear()
        else:
            self.who.setText(
                self.tr("Logged in: %1 (%2)")
                .replace("%1", officer.display_name)
                .replace("%2", officer.officer_id)
            )
        self.password.clear()
        self.message.hide()
        self._set_busy(False)

    def _locked(self) -> None:
        self.refresh()
        officer = self.ctx.session.officer
        if officer is not None:
            # Recorded in the audit log: who left the desk locked, and when.
            accounts, officer_id = self.ctx.core.accounts, officer.officer_id
            self.ctx.tasks.run(lambda: accounts.record_lock(officer_id))

    def unlock(self) -> None:
        """Check the password on a worker; wrong ones count towards the lockout."""
        password = self.password.text()
        officer = self.ctx.session.officer
        if self._busy or officer is None:
            return
        if not password:
            self.password.setFocus()
            return
        self._set_busy(True)
        accounts, officer_id = self.ctx.core.accounts, officer.officer_id
        self.ctx.tasks.run(
            lambda: accounts.unlock(officer_id, password), self._unlocked, self._failed
        )

    def _unlocked(self, _: LoginResult) -> None:
        self._set_busy(False)
        self.password.clear()
        self.message.hide()
        self.ctx.session.unlock()

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self.password.clear()
        self.password.setFocus()
        self.message.setText(self.ctx.notices.describe(error))
        refused = isinstance(error, AccountLockedError | AccountDisabledError)
        self.message.setStyleSheet(LOCKED_STYLE if refused else ERROR_STYLE)
        self.message.show()
        if refused:
            # This officer cannot come back for now: another one can take the desk.
            self.switch_button.setFocus()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.password.setEnabled(not busy)
        self.unlock_button.setEnabled(not busy)
