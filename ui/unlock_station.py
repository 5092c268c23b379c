"""Station unlock: the key passphrase, asked when the OS keystore could not open the key file."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from station.errors import StationError
from station.protect.keystore import Keystore, StationSecrets, WrongPassphraseError
from ui.setup_pages import ERROR_STYLE, ui_language
from ui.tasks import TaskRunner

DAMAGED_STYLE = "color: #842029; background: #f8d7da; padding: 6px; font-weight: bold;"


class StationUnlockDialog(QDialog):
    """Asks the station passphrase; the Argon2 unlock runs on a worker."""

    def __init__(self, keystore: Keystore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stationUnlockDialog")
        self._keystore = keystore
        self._secrets: StationSecrets | None = None
        self._tasks: TaskRunner | None = None
        self.setWindowTitle(self.tr("Unlock the station"))
        self.setMinimumWidth(520)

        explanation = QLabel(
            self.tr(
                "The operating system's keystore could not unlock the station key. Type the "
                "station passphrase that IT chose during the setup."
            ),
            self,
        )
        explanation.setWordWrap(True)
        self.passphrase = QLineEdit(self)
        self.passphrase.setObjectName("unlockPassphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = QLabel(self)
        self.message.setObjectName("unlockMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.hide()
        self.unlock_button = QPushButton(self.tr("&Unlock"), self)
        self.unlock_button.setObjectName("unlockButton")
        self.unlock_button.setDefault(True)
        self.quit_button = QPushButton(self.tr("&Quit"), self)
        self.quit_button.setObjectName("unlockQuitButton")

        form = QFormLayout()
        form.addRow(self.tr("Station &passphrase:"), self.passphrase)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        buttons.addWidget(self.quit_button)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.unlock_button.clicked.connect(self.unlock)
        self.quit_button.clicked.connect(self.reject)

    def secrets(self) -> StationSecrets:
        """The unlocked keys (after the dialog was accepted)."""
        if self._secrets is None:
            raise RuntimeError("the station is not unlocked")
        return self._secrets

    @property
    def busy(self) -> bool:
        """True while the passphrase is being checked."""
        return not self.unlock_button.isEnabled()

    def unlock(self) -> None:
        """Check the passphrase on a worker (Argon2 takes a moment)."""
        passphrase = self.passphrase.text()
        if not passphrase or self.busy:
            return
        self._set_busy(True)
        self._show(self.tr("Checking the passphrase…"), "")
        keystore = self._keystore
        if self._tasks is None:
            self._tasks = TaskRunner(workers=1)
        self._tasks.run(lambda: keystore.unlock(passphrase), self._unlocked, self._failed)

    def _unlocked(self, secrets: StationSecrets) -> None:
        self._secrets = secrets
        self.passphrase.clear()
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self.passphrase.clear()
        self.passphrase.setFocus()
        if isinstance(error, WrongPassphraseError):
            self.message.setProperty("problem", "wrong")
            self._show(error.message(ui_language()), ERROR_STYLE)
        elif isinstance(error, StationError):
            # A damaged or missing key file: retrying does not help, IT must look at it.
            self.message.setProperty("problem", "damaged")
            self._show(
                self.tr("The station key file cannot be used.")
                + "\n"
                + error.message(ui_language()),
                DAMAGED_STYLE,
            )
        else:
            self.message.setProperty("problem", "unexpected")
            self._show(
                self.tr("Unlocking failed unexpectedly (%1). Call IT.").replace(
                    "%1", type(error).__name__
                ),
                DAMAGED_STYLE,
            )

    def _set_busy(self, busy: bool) -> None:
        self.unlock_button.setEnabled(not busy)
        self.passphrase.setEnabled(not busy)

    def _show(self, text: str, style: str) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(style)
        self.message.show()

    def done(self, result: int) -> None:
        """Let a running check finish on its own; nothing waits for it."""
        if self._tasks is not None:
            self._tasks.shutdown(wait=False)
            self._tasks = None
        super().done(result)
