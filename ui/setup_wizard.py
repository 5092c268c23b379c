"""First-run setup wizard (IT): language, station, register, first admin, station key,
camera, card reader, retention and supervisor approval, then a summary.

The wizard only collects :class:`SetupChoices` and checks them page by page; main.py writes
the configuration and creates the station on a worker after the wizard is accepted.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWizard,
)

from devices.camera.source import CameraSource
from station.first_run import SetupChoices
from ui.setup_pages import CameraPage, ReaderPage, SetupPage, ui_language
from ui.tasks import TaskRunner

# Shown in their own language whatever the screen language is: people look for their own.
LANGUAGE_NAMES = (("vi", "Tiếng Việt"), ("en", "English"))

Draft = Callable[[], SetupChoices]


def _explained(page: SetupPage, text: str) -> QLabel:
    label = QLabel(text, page)
    label.setWordWrap(True)
    return label


def _password_field(page: SetupPage, name: str) -> QLineEdit:
    field = QLineEdit(page)
    field.setObjectName(name)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class LanguagePage(SetupPage):
    """The language of the screens."""

    def __init__(self, draft: Draft, parent: QWidget | None = None) -> None:
        super().__init__(draft, {}, parent)
        self.setTitle(self.tr("Language"))
        self.setSubTitle(self.tr("The screens switch to this language when the setup is done."))
        self.language = QComboBox(self)
        self.language.setObjectName("setupLanguage")
        for code, name in LANGUAGE_NAMES:
            self.language.addItem(name, code)
        form = QFormLayout(self)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.problems_label)
        self.set_fields({"language": self.language})


class StationPage(SetupPage):
    """The station code (in every application number) and the intake point's name."""

    def __init__(self, draft: Draft, parent: QWidget | None = None) -> None:
        super().__init__(draft, {}, parent)
        self.setTitle(self.tr("Station"))
        self.setSubTitle(
            self.tr(
                "The station code starts every application number; the name is printed on the "
                "appointment slip."
            )
        )
        self.code = QLineEdit(self)
        self.code.setObjectName("setupStationCode")
        self.code.setMaxLength(12)
        self.code.setPlaceholderText("HN0001")
        self.code.setValidator(
            QRegularExpressionValidator(QRegularExpression("[A-Za-z0-9]{0,12}"), self.code)
        )
        self.name = QLineEdit(self)
        self.name.setObjectName("setupStationName")
        self.name.setMaxLength(100)
        form = QFormLayout(self)
        form.addRow(self.tr("Station &code:"), self.code)
        form.addRow(self.tr("Intake point na&me:"), self.name)
        form.addRow(self.problems_label)
        self.set_fields({"station_code": self.code, "station_name": self.name})
        self.code.textEdited.connect(self._upper)

    def _upper(self, text: str) -> None:
        # Codes are capitals; typing them in lower case is allowed.
        if text != text.upper():
            position = self.code.cursorPosition()
            self.code.setText(text.upper())
            self.code.setCursorPosition(position)


class RegisterPage(SetupPage):
    """The central register's address and the one-time enrolment token."""

    def __init__(self, draft: Draft, parent: QWidget | None = None) -> None:
        super().__init__(draft, {}, parent)
        self.setTitle(self.tr("Register"))
        self.setSubTitle(
            self.tr(
                "The register issues an enrolment token for this station. Without a token the "
                "station is set up now and enrolled later in Settings → Sync."
            )
        )
        self.url = QLineEdit(self)
        self.url.setObjectName("setupRegisterUrl")
        self.url.setPlaceholderText("https://register.example:8443")
        self.token = QLineEdit(self)
        self.token.setObjectName("setupToken")
        self.token.setPlaceholderText("IST1-…")
        form = QFormLayout(self)
        form.addRow(self.tr("Register &address:"), self.url)
        form.addRow(self.tr("Enrolment &token:"), self.token)
        form.addRow(self.problems_label)
        self.set_fields({"register_url": self.url, "enrolment_token": self.token})


class AdminPage(SetupPage):
    """The first administrator: login name, display name, password twice."""

    def __init__(self, draft: Draft, parent: QWidget | None = None) -> None:
        super().__init__(draft, {}, parent)
        self.setTitle(self.tr("First administrator"))
        self.setSubTitle(
            self.tr(
                "The administrator creates the officers' accounts and changes the settings. "
                "The password needs at least 10 characters with letters and digits."
            )
        )
        self.officer_id = QLineEdit(self)
        self.officer_id.setObjectName("setupAdminId")
        self.officer_id.setPlaceholderText("admin")
        self.display_name = QLineEdit(self)
        self.display_name.setObjectName("setupAdminName")
        self.password = _password_field(self, "setupAdminPassword")
        self.repeat = _password_field(self, "setupAdminRepeat")
        form = QFormLayout(self)
        form.addRow(self.tr("&Login name:"), self.officer_id)
        form.addRow(self.tr("Full na&me:"), self.display_name)
        form.addRow(self.tr("&Password:"), self.password)
        form.addRow(self.tr("&Repeat the password:"), self.repeat)
        form.addRow(self.problems_label)
        self.set_fields(
            {
                "admin_id": self.officer_id,
                "admin_name": self.display_name,
                "admin_password": self.password,
                "admin_password_repeat": self.repeat,
            }
        )

    def extra_problems(self) -> dict[str, str]:
        """The two passwords must be the same."""
        if self.password.text() != self.repeat.text():
            return {"admin_password_repeat": self.tr("The two passwords differ.")}
        return {}


class KeyPage(SetupPage):
    """The station key passphrase, twice, with why it matters."""

    def __init__(self, draft: Draft, parent: QWidget | None = None) -> None:
        super().__init__(draft, {}, parent)
        self.setTitle(self.tr("Station key passphrase"))
        self.setSubTitle(self.tr("At least 12 varied characters; keep it in IT's safe."))
        self.passphrase = _password_field(self, "setupPassphrase")
        self.repeat = _password_field(self, "setupPassphraseRepeat")
        layout = QVBoxLayout(self)
        layout.addWidget(
            _explained(
                self,
                self.tr(
                    "Applications are stored encrypted with the station key. The key is "
                    "unlocked by the operating system's keystore when the station starts; when "
                    "that is not available (another Windows account, a repaired computer) the "
                    "station asks for this passphrase. Without it the stored applications "
                    "cannot be opened."
                ),
            )
        )
        form = QFormLayout()
        form.addRow(self.tr("&Passphrase:"), self.passphrase)
        form.addRow(self.tr("&Repeat the passphrase:"), self.repeat)
        layout.addLayout(form)
        layout.addWidget(self.problems_label)
        layout.addStretch(1)
        self.set_fields({"key_passphrase": self.passphrase, "passphrase_repeat": self.repeat})

    def extra_problems(self) -> dict[str, str]:
        """The two passphrases must be the same."""
        if self.passphrase.text() != self.repeat.text():
            return {"passphrase_repeat": self.tr("The two passphrases differ.")}
        return {}


class OptionsPage(SetupPage):
    """How long accepted applications stay, and whether a supervisor approves each one."""

    def __init__(self, draft: Draft, parent: QWidget | None = None) -> None:
        super().__init__(draft, {}, parent)
        self.setTitle(self.tr("Retention and approval"))
        self.setSubTitle(
            self.tr(
                "Personal data is kept only until the register has it: 0 days removes an "
                "application as soon as the register accepts it."
            )
        )
        self.retention = QSpinBox(self)
        self.retention.setObjectName("setupRetention")
        self.retention.setRange(0, 365)
        self.retention.setSuffix(self.tr(" days"))
        self.approval = QCheckBox(
            self.tr("A &supervisor approves each application before it is sent"), self
        )
        self.approval.setObjectName("setupApproval")
        form = QFormLayout(self)
        form.addRow(self.tr("&Keep accepted applications:"), self.retention)
        form.addRow(self.approval)
        form.addRow(self.problems_label)
        self.set_fields({"retention_days": self.retention, "supervisor_approval": self.approval})


class SummaryPage(SetupPage):
    """Everything chosen, before the station is created."""

    def __init__(self, draft: Draft, config_path: str, parent: QWidget | None = None) -> None:
        super().__init__(draft, {}, parent)
        self._config_path = config_path
        self.setTitle(self.tr("Summary"))
        self.setSubTitle(
            self.tr(
                "Finish creates the station key, the database and the administrator, then "
                "enrols the station when a token was given."
            )
        )
        self.summary = QLabel(self)
        self.summary.setObjectName("setupSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems_label)
        layout.addStretch(1)

    def initializePage(self) -> None:
        """Show the choices as they stand now."""
        c = self._draft()
        language = dict(LANGUAGE_NAMES).get(c.language, c.language)
        lines = [
            self.tr("Language: %1").replace("%1", language),
            self.tr("Station: %1 — %2").replace("%1", c.station_code).replace("%2", c.station_name),
            self.tr("Register: %1").replace("%1", c.register_url or self.tr("(none yet)")),
            self.tr("Enrolment: %1").replace(
                "%1",
                self.tr("with the token given, at the end of the setup")
                if c.enrolment_token.strip()
                else self.tr("later, in Settings → Sync"),
            ),
            self.tr("Administrator: %1 (%2)").replace("%1", c.admin_name).replace("%2", c.admin_id),
            self.tr("Camera: %1").replace("%1", c.camera_device),
            self.tr("Card reader: %1").replace(
                "%1", c.card_reader or self.tr("automatic (first contactless reader)")
            ),
            self.tr("Keep accepted applications: %n day(s)", "", c.retention_days),
            self.tr("Supervisor approval: on")
            if c.supervisor_approval
            else self.tr("Supervisor approval: off"),
            "",
            self.tr("The settings are saved in %1").replace("%1", self._config_path),
        ]
        self.summary.setText("\n".join(lines))

    def page_problems(self) -> dict[str, str]:
        """Every problem left (the earlier pages should have caught them all)."""
        return {f: p.message(ui_language()) for f, p in self._draft().problems().items()}

    def validatePage(self) -> bool:
        """Refuse to finish with a problem left (shown here)."""
        texts = self.page_problems()
        self.problems_label.setText("\n".join(texts.values()))
        self.problems_label.setVisible(bool(texts))
        return not texts


class FirstRunWizard(QWizard):
    """The setup of a new station, page by page; :meth:`choices` after acceptance."""

    def __init__(
        self,
        program_config_path_hint: str,
        open_camera: Callable[[str], CameraSource],
        list_readers: Callable[[], Sequence[str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunWizard")
        self.setWindowTitle(self.tr("Set up the intake station"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Back"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Next >"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Finish"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))
        self.resize(760, 560)
        self._tasks = TaskRunner(workers=2)
        draft = self.draft_choices
        self.language_page = LanguagePage(draft)
        self.station_page = StationPage(draft)
        self.register_page = RegisterPage(draft)
        self.admin_page = AdminPage(draft)
        self.key_page = KeyPage(draft)
        self.camera_page = CameraPage(draft, open_camera, self._tasks)
        self.reader_page = ReaderPage(draft, list_readers, self._tasks)
        self.options_page = OptionsPage(draft)
        self.summary_page = SummaryPage(draft, program_config_path_hint)
        for page in self.setup_pages():
            self.addPage(page)

    def setup_pages(self) -> list[SetupPage]:
        """The pages in order."""
        return [
            self.language_page,
            self.station_page,
            self.register_page,
            self.admin_page,
            self.key_page,
            self.camera_page,
            self.reader_page,
            self.options_page,
            self.summary_page,
        ]

    def draft_choices(self) -> SetupChoices:
        """The choices as the pages hold them now."""
        language = self.language_page.language.currentData()
        return SetupChoices(
            station_code=self.station_page.code.text().strip().upper(),
            station_name=" ".join(self.station_page.name.text().split()),
            register_url=self.register_page.url.text().strip(),
            enrolment_token=self.register_page.token.text().strip(),
            admin_id=self.admin_page.officer_id.text().strip(),
            admin_name=" ".join(self.admin_page.display_name.text().split()),
            admin_password=self.admin_page.password.text(),
            key_passphrase=self.key_page.passphrase.text(),
            camera_device=self.camera_page.device.currentText().strip(),
            card_reader=self.reader_page.reader_test.reader(),
            language=language if isinstance(language, str) else "vi",
            retention_days=self.options_page.retention.value(),
            supervisor_approval=self.options_page.approval.isChecked(),
        )

    def choices(self) -> SetupChoices:
        """What IT chose (call after the wizard was accepted)."""
        return self.draft_choices()

    def done(self, result: int) -> None:
        """Release the camera and the workers however the wizard ends."""
        self.camera_page.camera_test.stop()
        self._tasks.shutdown(wait=False)
        super().done(result)
