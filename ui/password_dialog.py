"""Changing one's own password: forced after an administrator's reset, or when it expired."""

from __future__ import annotations

import dataclasses

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

from station.accounts import LoginResult, PasswordRuleError, password_problems
from ui.context import UiContext

ERROR_STYLE = "color: #842029;"


class ChangePasswordDialog(QDialog):
    """Current password (unless just typed at login), the new one twice; saved on a worker."""

    def __init__(
        self,
        ctx: UiContext,
        officer: LoginResult,
        current_password: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("changePasswordDialog")
        self.ctx = ctx
        self._officer = officer
        self._current = current_password
        self._policy = ctx.core.accounts.policy
        self.setWindowTitle(self.tr("Change your password"))
        self.setMinimumWidth(520)

        if officer.password_expired:
            reason = self.tr("Your password has expired. Choose a new one to go on.")
        elif officer.must_change_password:
            reason = self.tr(
                "An administrator set a temporary password for you. Choose your own to go on."
            )
        else:
            reason = self.tr("Choose a new password.")
        self.reason = QLabel(reason, self)
        self.reason.setWordWrap(True)
        rules = QLabel(
            self.tr(
                "At least %1 characters with letters and digits; not your login name, not a "
                "common password, not the old one."
            ).replace("%1", str(self._policy.min_password_length)),
            self,
        )
        rules.setWordWrap(True)
        self.current = self._password_field("currentPassword")
        self.new = self._password_field("newPassword")
        self.repeat = self._password_field("repeatPassword")
        self.problems = QLabel(self)
        self.problems.setObjectName("passwordProblems")
        self.problems.setWordWrap(True)
        self.problems.setTextFormat(Qt.TextFormat.PlainText)
        self.problems.setStyleSheet(ERROR_STYLE)
        self.save_button = QPushButton(self.tr("&Change password"), self)
        self.save_button.setObjectName("changePasswordButton")
        self.save_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"), self)

        form = QFormLayout()
        if not current_password:
            form.addRow(self.tr("C&urrent password:"), self.current)
        else:
            self.current.hide()
        form.addRow(self.tr("&New password:"), self.new)
        form.addRow(self.tr("&Repeat the new password:"), self.repeat)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.reason)
        layout.addWidget(rules)
        layout.addLayout(form)
        layout.addWidget(self.problems)
        layout.addLayout(buttons)
        self._connect_signals()
        self._update_problems()

    def _password_field(self, name: str) -> QLineEdit:
        field = QLineEdit(self)
        field.setObjectName(name)
        field.setEchoMode(QLineEdit.EchoMode.Password)
        return field

    def _connect_signals(self) -> None:
        self.new.textChanged.connect(self._update_problems)
        self.repeat.textChanged.connect(self._update_problems)
        self.current.textChanged.connect(self._update_problems)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)

    def officer(self) -> LoginResult:
        """The officer with the change done (must_change_password cleared)."""
        return dataclasses.replace(
            self._officer, must_change_password=False, password_expired=False
        )

    def problem_texts(self) -> list[str]:
        """What is wrong with the new password as typed (empty: it can be saved)."""
        new = self.new.text()
        if not new:
            return []
        old = self._current or self.current.text() or None
        texts = []
        problems = password_problems(new, self._officer.officer_id, self._policy, old)
        if problems:
            texts.append(PasswordRuleError(problems, self._policy).message(self.ctx.language))
        if self.repeat.text() and self.repeat.text() != new:
            texts.append(self.tr("The two new passwords differ."))
        return texts

    def _update_problems(self) -> None:
        texts = self.problem_texts()
        self.problems.setText("\n".join(texts))
        complete = bool(self.new.text()) and self.repeat.text() == self.new.text()
        has_current = bool(self._current or self.current.text())
        self.save_button.setEnabled(complete and has_current and not texts)

    def save(self) -> None:
        """Change the password on a worker (Argon2)."""
        if not self.save_button.isEnabled():
            return
        officer_id = self._officer.officer_id
        old = self._current or self.current.text()
        new = self.new.text()
        accounts = self.ctx.core.accounts
        self._set_busy(True)
        self.ctx.tasks.run(
            lambda: accounts.change_password(officer_id, old, new), self._saved, self._failed
        )

    def _saved(self, _: object) -> None:
        self._set_busy(False)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        self.problems.setText(self.ctx.notices.describe(error))
        field = self.current if self.current.isVisible() else self.new
        field.selectAll()
        field.setFocus()

    def _set_busy(self, busy: bool) -> None:
        for widget in (self.current, self.new, self.repeat, self.cancel_button):
            widget.setEnabled(not busy)
        if busy:
            self.save_button.setEnabled(False)
        else:
            self._update_problems()
