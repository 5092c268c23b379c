"""Settings (administrators): devices, sync and enrolment, language, retention, approval, idle lock.

Saving writes the user's configuration file through station.config.store (validated, atomic)
on a worker and says which changes wait for a restart. Other roles see the values read-only.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from devices.camera.source import CameraSource
from station.config import Setting
from station.config.settings import (
    CAMERA_DEVICE,
    CAMERA_HEIGHT,
    CAMERA_WIDTH,
    CARD_READER,
    IDLE_LOCK_MINUTES,
    LANGUAGE,
    REGISTER_URL,
    RETENTION_DAYS,
    SUPERVISOR_APPROVAL,
)
from station.config.store import needs_restart, update_config_file
from station.storage.schema import Role
from station.sync.enrolment import enrol_station
from station.sync.progress import SyncPhase, SyncProgress
from station.sync.state import Enrolment
from ui.context import UiContext
from ui.home import short_time
from ui.setup_pages import CameraTest, ReaderTest
from ui.setup_wizard import LANGUAGE_NAMES

EDITABLE: tuple[Setting[object], ...] = (  # type: ignore[assignment]
    CAMERA_DEVICE,
    CAMERA_WIDTH,
    CAMERA_HEIGHT,
    CARD_READER,
    REGISTER_URL,
    LANGUAGE,
    RETENTION_DAYS,
    SUPERVISOR_APPROVAL,
    IDLE_LOCK_MINUTES,
)


class SettingsPage(QWidget):
    """The station's settings; only administrators change them."""

    saved = Signal(list)  # the keys written

    def __init__(
        self,
        ctx: UiContext,
        config_path: Path,
        list_readers: Callable[[], Sequence[str]],
        parent: QWidget | None = None,
        *,
        open_camera: Callable[[str], CameraSource] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settingsPage")
        self.ctx = ctx
        self.config_path = config_path
        # The values in force, plus what was saved since the start (shown after a save).
        self._values: dict[str, object] = {s.key: ctx.core.config[s] for s in EDITABLE}
        opener = open_camera or (lambda _device: ctx.devices.open_camera())

        self.read_only_note = QLabel(
            self.tr("Only an administrator can change the settings."), self
        )
        self.read_only_note.setObjectName("settingsReadOnly")
        self.read_only_note.setStyleSheet("background: #e7f1ff; color: #084298; padding: 6px;")
        self.camera_device = QComboBox(self)
        self.camera_device.setObjectName("settingsCameraDevice")
        self.camera_device.setEditable(True)
        self.camera_device.addItems(["0", "1", "2", "3"])
        self.camera_width = self._spin("settingsCameraWidth", 320, 4096)
        self.camera_height = self._spin("settingsCameraHeight", 240, 4096)
        self.camera_test = CameraTest(opener, self.camera_device.currentText, ctx.tasks, self)
        self.reader_test = ReaderTest(list_readers, ctx.tasks, self)
        self.register_url = QLineEdit(self)
        self.register_url.setObjectName("settingsRegisterUrl")
        self.register_url.setPlaceholderText("https://register.example:8443")
        self.enrolment = QLabel(self)
        self.enrolment.setObjectName("settingsEnrolment")
        self.enrolment.setWordWrap(True)
        self.token = QLineEdit(self)
        self.token.setObjectName("settingsToken")
        self.token.setPlaceholderText("IST1-…")
        self.enrol_button = QPushButton(self.tr("&Enrol now"), self)
        self.enrol_button.setObjectName("settingsEnrolButton")
        self.sync_state = QLabel(self)
        self.sync_state.setObjectName("settingsSyncState")
        self.sync_state.setWordWrap(True)
        self.sync_button = QPushButton(self.tr("S&ync now"), self)
        self.sync_button.setObjectName("settingsSyncButton")
        self.resume_button = QPushButton(self.tr("Res&ume sync"), self)
        self.resume_button.setObjectName("settingsResumeButton")
        self.language = QComboBox(self)
        self.language.setObjectName("settingsLanguage")
        for code, name in LANGUAGE_NAMES:
            self.language.addItem(name, code)
        self.retention = self._spin("settingsRetention", 0, 365, self.tr(" days"))
        self.approval = QCheckBox(
            self.tr("A su&pervisor approves each application before it is sent"), self
        )
        self.approval.setObjectName("settingsApproval")
        self.idle = self._spin("settingsIdleLock", 1, 120, self.tr(" min"))
        self.message = QLabel(self)
        self.message.setObjectName("settingsMessage")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.setObjectName("settingsSaveButton")
        self.revert_button = QPushButton(self.tr("Re&vert"), self)
        self.revert_button.setObjectName("settingsRevertButton")
        self._save_shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        self._save_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._build_layout()
        self._connect_signals()
        self.refresh()

    def _spin(self, name: str, low: int, high: int, suffix: str = "") -> QSpinBox:
        spin = QSpinBox(self)
        spin.setObjectName(name)
        spin.setRange(low, high)
        spin.setSuffix(suffix)
        return spin

    def _build_layout(self) -> None:
        devices = QGroupBox(self.tr("Devices"), self)
        form = QFormLayout(devices)
        form.addRow(self.tr("Camera &device:"), self.camera_device)
        form.addRow(self.tr("Capture &width:"), self.camera_width)
        form.addRow(self.tr("Capture &height:"), self.camera_height)
        form.addRow(self.camera_test)
        form.addRow(self.tr("Card &reader:"), self.reader_test)

        sync = QGroupBox(self.tr("Register and sync"), self)
        form = QFormLayout(sync)
        form.addRow(self.tr("Re&gister address:"), self.register_url)
        form.addRow(self.enrolment)
        enrol_row = QHBoxLayout()
        enrol_row.addWidget(self.token, 1)
        enrol_row.addWidget(self.enrol_button)
        token_label = QLabel(self.tr("Enrolment t&oken:"), sync)
        token_label.setBuddy(self.token)
        form.addRow(token_label, enrol_row)
        form.addRow(self.sync_state)
        sync_row = QHBoxLayout()
        sync_row.addWidget(self.sync_button)
        sync_row.addWidget(self.resume_button)
        sync_row.addStretch(1)
        form.addRow(sync_row)

        general = QGroupBox(self.tr("Station"), self)
        form = QFormLayout(general)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow("", QLabel(self.tr("A new language applies after a restart."), general))
        form.addRow(self.tr("&Keep accepted applications:"), self.retention)
        form.addRow(self.approval)
        form.addRow(self.tr("Idle &minutes before the screen locks:"), self.idle)

        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        content = QWidget(self)
        column = QVBoxLayout(content)
        column.addWidget(self.read_only_note)
        columns = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(devices)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(sync)
        right.addWidget(general)
        right.addStretch(1)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        column.addLayout(columns)
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.addWidget(scroll, 1)
        outer.addLayout(buttons)
        self.setFocusProxy(self.camera_device)

    def _connect_signals(self) -> None:
        self.save_button.clicked.connect(self.save)
        self._save_shortcut.activated.connect(self.save)
        self.revert_button.clicked.connect(self.refresh)
        self.enrol_button.clicked.connect(self.enrol)
        self.sync_button.clicked.connect(self.sync_now)
        self.resume_button.clicked.connect(self.resume_sync)
        self.ctx.session.changed.connect(self._apply_role)
        self.ctx.sync_events.progress.connect(self._show_sync)

    # ------------------------------------------------------------------ showing

    @property
    def may_edit(self) -> bool:
        """True for administrators."""
        return self.ctx.session.has_role(Role.ADMIN)

    def refresh(self) -> None:
        """Show the values in force (dropping unsaved edits) and the enrolment."""
        v = self._values
        self.camera_device.setCurrentText(str(v[CAMERA_DEVICE.key]))
        self.camera_width.setValue(int(v[CAMERA_WIDTH.key]))  # type: ignore[call-overload]
        self.camera_height.setValue(int(v[CAMERA_HEIGHT.key]))  # type: ignore[call-overload]
        self.reader_test.set_reader(str(v[CARD_READER.key]))
        self.register_url.setText(str(v[REGISTER_URL.key]))
        self.language.setCurrentIndex(max(0, self.language.findData(v[LANGUAGE.key])))
        self.retention.setValue(int(v[RETENTION_DAYS.key]))  # type: ignore[call-overload]
        self.approval.setChecked(bool(v[SUPERVISOR_APPROVAL.key]))
        self.idle.setValue(int(v[IDLE_LOCK_MINUTES.key]))  # type: ignore[call-overload]
        self.message.clear()
        self._show_enrolment(self.ctx.core.sync_state.enrolment())
        self._show_sync(self.ctx.sync_events.last)
        self._apply_role()

    def _apply_role(self) -> None:
        editable = self.may_edit
        self.read_only_note.setVisible(not editable)
        for widget in (
            self.camera_device,
            self.camera_width,
            self.camera_height,
            self.reader_test.combo,
            self.register_url,
            self.token,
            self.enrol_button,
            self.resume_button,
            self.language,
            self.retention,
            self.approval,
            self.idle,
            self.save_button,
            self.revert_button,
        ):
            widget.setEnabled(editable)

    def _show_enrolment(self, enrolment: Enrolment | None) -> None:
        if enrolment is None:
            self.enrolment.setText(
                self.tr("Not enrolled: applications cannot be sealed until the station is.")
            )
            return
        self.enrolment.setText(
            self.tr("Enrolled with %1 since %2 (station id %3).")
            .replace("%1", enrolment.register_url)
            .replace("%2", short_time(enrolment.enrolled_at))
            .replace("%3", enrolment.station_id)
        )

    def _show_sync(self, progress: SyncProgress | None) -> None:
        blocked = progress is not None and progress.phase is SyncPhase.BLOCKED
        self.resume_button.setVisible(blocked)
        if progress is None:
            self.sync_state.setText(self.tr("Sync has not started yet."))
        elif blocked and progress.last_error is not None:
            self.sync_state.setText(
                self.tr("Sync is blocked: %1").replace(
                    "%1", progress.last_error.message(self.ctx.language)
                )
            )
        else:
            self.sync_state.setText(
                self.tr("Sync: %1 waiting, %2 accepted.")
                .replace("%1", str(progress.queued))
                .replace("%2", str(progress.accepted))
            )

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("color: #842029;" if error else "color: #0f5132;")

    # ------------------------------------------------------------------ saving

    def form_values(self) -> dict[str, object]:
        """The values as the form holds them, by configuration key."""
        return {
            CAMERA_DEVICE.key: self.camera_device.currentText().strip(),
            CAMERA_WIDTH.key: self.camera_width.value(),
            CAMERA_HEIGHT.key: self.camera_height.value(),
            CARD_READER.key: self.reader_test.reader(),
            REGISTER_URL.key: self.register_url.text().strip(),
            LANGUAGE.key: self.language.currentData(),
            RETENTION_DAYS.key: self.retention.value(),
            SUPERVISOR_APPROVAL.key: self.approval.isChecked(),
            IDLE_LOCK_MINUTES.key: self.idle.value(),
        }

    def changes(self) -> dict[str, object]:
        """What differs from the values in force."""
        return {k: v for k, v in self.form_values().items() if v != self._values[k]}

    def save(self) -> None:
        """Write the changes to the configuration file on a worker (administrators only)."""
        if not self.may_edit:
            self._say(self.tr("Only an administrator can change the settings."), error=True)
            return
        changes = self.changes()
        if not changes:
            self._say(self.tr("Nothing to save: no setting was changed."))
            return
        path, source = self.config_path, self.tr("the settings screen")
        self.save_button.setEnabled(False)
        self.ctx.tasks.run(
            lambda: update_config_file(path, changes, source=source),
            lambda _content: self._saved(changes),
            self._save_failed,
        )

    def _saved(self, changes: dict[str, object]) -> None:
        self.save_button.setEnabled(self.may_edit)
        self._values.update(changes)
        if IDLE_LOCK_MINUTES.key in changes:
            self.ctx.session.set_idle_minutes(int(changes[IDLE_LOCK_MINUTES.key]))  # type: ignore[call-overload]
        later = needs_restart(changes)
        text = self.tr("Settings saved.")
        if later:
            names = ", ".join(self._setting_name(key) for key in later)
            text += " " + self.tr("These changes apply after a restart: %1.").replace("%1", names)
        overridden = [
            s.key
            for s in EDITABLE
            if s.key in changes and self.ctx.core.config.source(s).startswith("environment")
        ]
        if overridden:
            text += " " + self.tr(
                "An environment variable overrides: %1; the file's value is not used."
            ).replace("%1", ", ".join(self._setting_name(k) for k in overridden))
        self._say(text)
        self.saved.emit(sorted(changes))

    def _save_failed(self, error: BaseException) -> None:
        self.save_button.setEnabled(self.may_edit)
        self._say(self.ctx.notices.describe(error), error=True)

    def _setting_name(self, key: str) -> str:
        return {
            CAMERA_DEVICE.key: self.tr("camera device"),
            CAMERA_WIDTH.key: self.tr("capture width"),
            CAMERA_HEIGHT.key: self.tr("capture height"),
            CARD_READER.key: self.tr("card reader"),
            REGISTER_URL.key: self.tr("register address"),
            LANGUAGE.key: self.tr("language"),
            RETENTION_DAYS.key: self.tr("retention"),
            SUPERVISOR_APPROVAL.key: self.tr("supervisor approval"),
            IDLE_LOCK_MINUTES.key: self.tr("screen lock"),
        }.get(key, key)

    # ------------------------------------------------------------------ sync

    def enrol(self) -> None:
        """Enrol with the token typed, on a worker; the new register key is used at once."""
        url, token = self.register_url.text().strip(), self.token.text().strip()
        if not self.may_edit:
            return
        if not url or not token:
            self._say(self.tr("Type the register address and the enrolment token."), error=True)
            (self.register_url if not url else self.token).setFocus()
            return
        core = self.ctx.core
        path = self.config_path
        self.enrol_button.setEnabled(False)
        self._say(self.tr("Enrolling with the register…"))

        def work() -> Enrolment:
            enrolment = enrol_station(
                url, token, core.station_code, core.secrets, core.sync_state, core.clock
            )
            update_config_file(path, {REGISTER_URL.key: url})
            return enrolment

        self.ctx.tasks.run(work, self._enrolled, self._enrol_failed)

    def _enrolled(self, enrolment: Enrolment) -> None:
        core = self.ctx.core
        core.forget_sealer()
        core.sync.resume()
        self._values[REGISTER_URL.key] = enrolment.register_url
        self.token.clear()
        self.enrol_button.setEnabled(self.may_edit)
        self._show_enrolment(enrolment)
        self._say(self.tr("The station is enrolled with the register."))
        self.ctx.notices.success(self.tr("The station is enrolled with the register."))

    def _enrol_failed(self, error: BaseException) -> None:
        self.enrol_button.setEnabled(self.may_edit)
        self._say(self.ctx.notices.describe(error), error=True)
        self.token.setFocus()

    def sync_now(self) -> None:
        """Ask the sync engine for a pass now."""
        self.ctx.core.sync.wake()
        self._say(self.tr("Sync started."))

    def resume_sync(self) -> None:
        """IT fixed what blocked sync: try again now."""
        if self.may_edit:
            self.ctx.core.sync.resume()
            self._say(self.tr("Sync resumed."))
