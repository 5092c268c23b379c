"""The login screen: officer id and password checked locally (offline) on a worker."""

from __future__ import annotations

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

from station.accounts import AccountDisabledError, AccountLockedError, LoginResult
from ui.context import UiContext
from ui.password_dialog import ChangePasswordDialog
from ui.widgets.centred import centre_box

ERROR_STYLE = "color: #842029; background: #f8d7da; padding: 6px;"
LOCKED_STYLE = "color: #664d03; background: #fff3cd; padding: 6px; font-weight: bold;"
HINT_STYLE = "color: #084298; background: #e7f1ff; padding: 6px;"


class LoginPage(QWidget):
    """Login name and password; Enter logs in. Emits :attr:`logged_in` once the session starts."""

    logged_in = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None, demo_hint: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("loginPage")
        self.ctx = ctx
        self._busy = False
        self.password_dialog: ChangePasswordDialog | None = None

        title = QLabel(self.tr("Intake station"), self)
        title.setObjectName("loginTitle")
        title.setStyleSheet("font-size: 20pt; font-weight: bold;")
        station = QLabel(
            self.tr("%1 — station %2")
            .replace("%1", ctx.core.station_name)
            .replace("%2", ctx.core.station_code),
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
        self.demo_hint.setVisible(ctx.demo and bool(demo_hint))

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
        self.ctx.session.changed.connect(self._session_changed)

    @property
    def busy(self) -> bool:
        """True while the password is being checked."""
        return self._busy

    def refresh(self) -> None:
        """Ready for the next officer: empty password, focus on the first empty field."""
        self.password.clear()
        (self.password if self.officer_id.text() else self.officer_id).setFocus()

    def _session_changed(self) -> None:
        if self.ctx.session.officer is None:
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
        accounts = self.ctx.core.accounts
        self.ctx.tasks.run(lambda: accounts.record_logout(officer_id))
        self.refresh()

    def _start_session(self, result: LoginResult) -> None:
        self.password_dialog = None
        self._set_busy(False)
        self.message.hide()
        self.ctx.session.log_in(result)
        self.logged_in.emit()

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self.password.clear()
        self.password.setFocus()
        text = self.ctx.notices.describe(error)
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
