"""The login screen: officer id and password checked locally (offline) on a worker."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.context import ShellContext, UiContext
from ui.widgets.centred import centre_box

if TYPE_CHECKING:  # the login shows before the core (SQLAlchemy, Argon2) has loaded
    from station.accounts import LoginResult
    from ui.password_dialog import ChangePasswordDialog

ERROR_STYLE = "color: #842029; background: #f8d7da; padding: 6px;"
LOCKED_STYLE = "color: #664d03; background: #fff3cd; padding: 6px; font-weight: bold;"
HINT_STYLE = "color: #084298; background: #e7f1ff; padding: 6px;"


class LoginPage(QWidget):
    """Login name and password; Enter logs in. Emits :attr:`logged_in` once the session starts.

    The page shows while the station is still opening (the officer can type at once); a
    login asked before :meth:`attach` gives it the open station waits for it.
    """

    logged_in = Signal()

    def __init__(
        self,
        shell: ShellContext,
        station_name: str,
        station_code: str,
        parent: QWidget | None = None,
        demo_hint: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("loginPage")
        self.shell = shell
        self.ctx: UiContext | None = None
        self._busy = False
        self._waiting_for_station = False
        self.password_dialog: ChangePasswordDialog | None = None

        title = QLabel(self.tr("Intake station"), self)
        title.setObjectName("loginTitle")
        title.setStyleSheet("font-size: 20pt; font-weight: bold;")
        station = QLabel(
            self.tr("%1 — station %2").replace("%1", station_name).replace("%2", station_code),
            self,
        )
        station.setObjectName("loginStation")
        self.officer_id = QLineEdit(self)
        self.officer_id.setObjectName("loginOfficerId")
        self.officer_id.setMaxLength(64)
        self.password = QLineEdit(self)
        self.password.setObjectName("loginPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.login_button = QPushButton(self.tr("Log &in"), self)
        self.login_button.setObjectName("loginButton")
        self.message = QLabel(self)
        self.message.setObjectName("loginMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.hide()
        self.demo_hint = QLabel(demo_hint, self)
        self.demo_hint.setObjectName("loginDemoHint")
        self.demo_hint.setWordWrap(True)
        self.demo_hint.setStyleSheet(HINT_STYLE)
        self.demo_hint.setVisible(shell.demo and bool(demo_hint))

        form = QFormLayout()
        form.addRow(self.tr("&Login name:"), self.officer_id)
        form.addRow(self.tr("&Password:"), self.password)
        box = QFrame(self)
        box.setObjectName("loginBox")
        box.setFixedWidth(480)
        inner = QVBoxLayout(box)
        inner.addWidget(title)
        inner.addWidget(station)
        inner.addSpacing(12)
        inner.addLayout(form)
        inner.addWidget(self.login_button, 0, Qt.AlignmentFlag.AlignRight)
        inner.addWidget(self.message)
        inner.addWidget(self.demo_hint)
        centre_box(self, box)
        self.setFocusProxy(self.officer_id)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.officer_id.returnPressed.connect(self._next_field)
        self.password.returnPressed.connect(self.log_in)
        self.login_button.clicked.connect(self.log_in)
        self.shell.session.changed.connect(self._session_changed)

    def attach(self, ctx: UiContext) -> None:
        """The station is open: logins go to its accounts (one typed meanwhile goes now)."""
        self.ctx = ctx
        if self._waiting_for_station:
            self._waiting_for_station = False
            self._set_busy(False)
            self.log_in()

    @property
    def waiting_for_station(self) -> bool:
        """True while a login waits for the station to finish opening."""
        return self._waiting_for_station

    @property
    def busy(self) -> bool:
        """True while the password is being checked."""
        return self._busy

    def refresh(self) -> None:
        """Ready for the next officer: empty password, focus on the first empty field."""
        self.password.clear()
        (self.password if self.officer_id.text() else self.officer_id).setFocus()

    def _session_changed(self) -> None:
        if self.shell.session.officer is None:
            self.officer_id.clear()
            self.password.clear()

    def _next_field(self) -> None:
        if self.password.text():
            self.log_in()
        else:
            self.password.setFocus()

    def log_in(self) -> None:
        """Check the login on a worker (Argon2 must not run on the GUI thread)."""
        officer_id = self.officer_id.text().strip()
        password = self.password.text()
        if self._busy:
            return
        if not officer_id:
            self.officer_id.setFocus()
            return
        if not password:
            self.password.setFocus()
            return
        self._set_busy(True)
        if self.ctx is None:
            self._waiting_for_station = True
            self._show(self.tr("Opening the station… your login follows in a moment."), "")
            return
        self._show(self.tr("Checking…"), "")
        accounts = self.ctx.core.accounts
        self.ctx.tasks.run(
            lambda: accounts.login(officer_id, password),
            lambda result: self._checked(result, password),
            self._failed,
        )

    def _checked(self, result: LoginResult, password: str) -> None:
        self.password.clear()
        if not result.must_change_password:
            self._start_session(result)
            return
        # The change comes first: the session starts only once it is done.
        from ui.password_dialog import ChangePasswordDialog

        assert self.ctx is not None
        dialog = ChangePasswordDialog(self.ctx, result, password, self)
        self.password_dialog = dialog
        dialog.accepted.connect(lambda: self._start_session(dialog.officer()))
        dialog.rejected.connect(lambda: self._change_refused(result))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _change_refused(self, result: LoginResult) -> None:
        self.password_dialog = None
        self._set_busy(False)
        self._show(self.tr("You must choose a new password before you can work."), ERROR_STYLE)
        officer_id = result.officer_id
        assert self.ctx is not None
        accounts = self.ctx.core.accounts
        self.ctx.tasks.run(lambda: accounts.record_logout(officer_id))
        self.refresh()

    def _start_session(self, result: LoginResult) -> None:
        self.password_dialog = None
        self._set_busy(False)
        self.message.hide()
        self.shell.session.log_in(result)
        self.logged_in.emit()

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self.password.clear()
        self.password.setFocus()
        from station.accounts import AccountDisabledError, AccountLockedError  # loaded by now

        text = self.shell.notices.describe(error)
        refused = isinstance(error, AccountLockedError | AccountDisabledError)
        self._show(text, LOCKED_STYLE if refused else ERROR_STYLE)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for widget in (self.officer_id, self.password, self.login_button):
            widget.setEnabled(not busy)

    def _show(self, text: str, style: str) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(style)
        self.message.show()
