"""Step 5 of the wizard: the whole record read back, the findings to fix or acknowledge, the sheet.

The rows are those of the intake sheet (station.documents), so the officer reviews exactly
what the citizen will sign. Errors send the officer to the field; each warning needs its
own tick before the application can be sealed.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from devices.camera.frames import Image
from devices.portrait.chip import ChipPortraitError, decode_chip_portrait
from station.documents import IntakeSheet, SheetRow, intake_sheet
from station.sealing import warning_key
from station.validation import Finding, Severity, validate
from ui.context import UiContext
from ui.intake.identify_page import image_pixmap
from ui.intake.page import WizardPage
from ui.intake.state import IntakeState
from ui.printing.choose import choose_printer
from ui.printing.documents import print_intake_sheet
from ui.printing.labels import PrintLanguage

PORTRAIT_SIZE = (150, 225)  # 2:3, as on the card
PRINT_LANGUAGE = "vi"  # the citizen reads and signs the sheet in Vietnamese
_ERROR_STYLE = "color: #842029;"
_WARNING_STYLE = "color: #664d03;"
_CHIP_MARK_STYLE = "color: #0b5ed7; font-size: 8pt;"


def _is_chip_field(label: str, chip_fields: frozenset[str]) -> bool:
    """True when the row's record path (or a part of it) was filled from the chip."""
    return any(
        label == path or path.startswith(label + ".") or label.startswith(path + ".")
        for path in chip_fields
    )


class ReviewPage(WizardPage):
    """Every filled field, the portrait, the validation findings and the intake sheet."""

    field_requested = Signal(str)  # a record path: the wizard shows that field

    def __init__(self, ctx: UiContext, state: IntakeState, parent: QWidget | None = None) -> None:
        super().__init__(ctx, state, parent)
        self.setObjectName("reviewPage")
        self._findings: list[Finding] = []
        self._problem_widgets: list[tuple[Finding, QWidget]] = []
        self._portrait_jpeg: bytes | None = None
        self._loading_portrait = False

        self.portrait_label = QLabel(self.tr("No portrait"), self)
        self.portrait_label.setObjectName("reviewPortrait")
        self.portrait_label.setAccessibleName(self.tr("Portrait"))
        self.portrait_label.setFixedSize(*PORTRAIT_SIZE)
        self.portrait_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.portrait_label.setStyleSheet("QLabel#reviewPortrait { border: 1px solid #999; }")
        self.print_button = QPushButton(self.tr("Print in&take sheet…"), self)
        self.print_button.setObjectName("printSheetButton")
        self.print_button.setToolTip(self.tr("For the citizen to check and sign"))
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setObjectName("reviewScroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(QWidget())

        side = QVBoxLayout()
        side.addWidget(self.portrait_label)
        side.addWidget(self.print_button)
        side.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addWidget(self.scroll_area, 1)
        layout.addLayout(side)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.print_button.clicked.connect(self.print_sheet)

    # ------------------------------------------------------------------ WizardPage

    def title(self) -> str:
        """The step's name."""
        return self.tr("Review")

    def enter(self) -> None:
        """Validate the record and show it with its findings; focus the first problem."""
        self.refresh()
        self._show_portrait()
        first = self._first_problem()
        (first or self.print_button).setFocus()

    def can_leave(self) -> bool:
        """No errors, and every warning acknowledged; else focus the first problem."""
        first = self._first_problem()
        if first is None:
            return True
        errors = sum(f.blocks_sealing for f in self._findings)
        if errors:
            text = self.tr("Correct the %n error(s) first: use “Go to field”.", "", errors)
        else:
            text = self.tr("Acknowledge each warning (tick it) before sealing.")
        self.ctx.notices.warning(text)
        self.scroll_area.ensureWidgetVisible(first)
        first.setFocus()
        return False

    # ------------------------------------------------------------------ content

    @property
    def findings(self) -> list[Finding]:
        """The findings of the last validation."""
        return list(self._findings)

    def refresh(self) -> None:
        """Validate the record again and rebuild the read-back."""
        record = self.state.record
        today = self.ctx.core.clock().astimezone().date()
        self._findings = validate(record, self.ctx.core.validation_context(today))
        content = QWidget()
        content.setObjectName("reviewContent")
        column = QVBoxLayout(content)
        column.addWidget(self._findings_box())
        sheet = self._sheet()
        words = PrintLanguage(None)  # the screens' language
        chip_fields = record.chip_read.chip_fields if record.chip_read else frozenset()
        for section in sheet.sections():
            rows = [row for row in section.rows if row.value or row.value_key]
            if rows:
                column.addWidget(self._section_box(words.key(section.title), rows, chip_fields))
        column.addStretch(1)
        old = self.scroll_area.takeWidget()
        if old is not None:
            old.deleteLater()
        self.scroll_area.setWidget(content)

    def _sheet(self) -> IntakeSheet:
        core = self.ctx.core
        return intake_sheet(
            self.state.record,
            self._portrait_jpeg,
            core.station_name,
            core.clock(),
            names=core.refdata,
        )

    def _section_box(
        self, title: str, rows: list[SheetRow], chip_fields: frozenset[str]
    ) -> QGroupBox:
        words = PrintLanguage(None)
        box = QGroupBox(title)
        form = QFormLayout(box)
        for row in rows:
            text = words.key(row.value_key) if row.value_key else row.value_in(self.ctx.language)
            value = QLabel(text)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setObjectName(f"value:{row.label}")
            line = QHBoxLayout()
            line.addWidget(value, 1)
            if _is_chip_field(row.label, chip_fields):
                mark = QLabel(self.tr("from the chip"))
                mark.setObjectName(f"chip:{row.label}")
                mark.setStyleSheet(_CHIP_MARK_STYLE)
                mark.setToolTip(self.tr("Read from the card's chip"))
                line.addWidget(mark)
            form.addRow(words.key(row.label), line)
        return box

    def _findings_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Checks"))
        box.setObjectName("reviewFindings")
        layout = QVBoxLayout(box)
        self._problem_widgets = []
        if not self._findings:
            ok = QLabel(self.tr("No problems found: the application can be sealed."))
            ok.setObjectName("reviewAllClear")
            ok.setStyleSheet("color: #0f5132;")
            layout.addWidget(ok)
        for finding in self._findings:
            message = finding.message(self.ctx.language)
            if finding.severity is Severity.ERROR:
                layout.addLayout(self._error_row(finding, message))
            else:
                layout.addLayout(self._warning_row(finding, message))
        return box

    def _error_row(self, finding: Finding, message: str) -> QHBoxLayout:
        row = QHBoxLayout()
        label = QLabel(self.tr("Error: %1").replace("%1", message))
        label.setWordWrap(True)
        label.setStyleSheet(_ERROR_STYLE)
        row.addWidget(label, 1)
        if finding.field.startswith("meta."):
            # Station data has no field to go to: IT fixes the configuration.
            self._problem_widgets.append((finding, label))
            return row
        button = QPushButton(self.tr("Go to field"))
        button.setObjectName(f"goto:{finding.field}")
        button.setAccessibleName(self.tr("Go to field: %1").replace("%1", message))
        button.setAutoDefault(True)  # Enter on the focused button follows it
        button.clicked.connect(partial(self.field_requested.emit, finding.field))
        row.addWidget(button)
        self._problem_widgets.append((finding, button))
        return row

    def _warning_row(self, finding: Finding, message: str) -> QHBoxLayout:
        row = QHBoxLayout()
        label = QLabel(self.tr("Warning: %1").replace("%1", message))
        label.setWordWrap(True)
        label.setStyleSheet(_WARNING_STYLE)
        row.addWidget(label, 1)
        key = warning_key(finding)
        check = QCheckBox(self.tr("Checked, accept"))
        check.setObjectName(f"ack:{key}")
        check.setAccessibleName(self.tr("Accept the warning: %1").replace("%1", message))
        check.setChecked(key in self.state.acknowledged)
        check.toggled.connect(partial(self._acknowledge, key))
        row.addWidget(check)
        self._problem_widgets.append((finding, check))
        return row

    def _acknowledge(self, key: str, checked: bool) -> None:
        if checked:
            self.state.acknowledged.add(key)
        else:
            self.state.acknowledged.discard(key)

    def _first_problem(self) -> QWidget | None:
        """The first error's button, else the first warning not yet acknowledged."""
        for finding, widget in self._problem_widgets:
            if finding.blocks_sealing:
                return widget
        for finding, widget in self._problem_widgets:
            if warning_key(finding) not in self.state.acknowledged:
                return widget
        return None

    # ------------------------------------------------------------------ portrait

    def _show_portrait(self) -> None:
        captured = self.state.portrait
        if captured is not None:
            self._portrait_jpeg = captured.jpeg
            self._set_portrait(captured.image)
            return
        if self.state.record.portrait is None or self._loading_portrait:
            return
        # A resumed draft: the photo is only in the (encrypted) attachment.
        drafts, application_id = self.ctx.core.drafts, self.state.application_id
        self._loading_portrait = True

        def load() -> tuple[bytes | None, Image | None]:
            data = drafts.attachment(application_id, "portrait")
            try:
                return data, decode_chip_portrait(data) if data else None
            except ChipPortraitError:  # not a picture (e.g. a placeholder): show none
                return data, None

        self.ctx.tasks.run(load, self._portrait_loaded, self._portrait_failed)

    def _portrait_loaded(self, loaded: tuple[bytes | None, Image | None]) -> None:
        self._loading_portrait = False
        self._portrait_jpeg, image = loaded
        if image is not None:
            self._set_portrait(image)

    def _portrait_failed(self, error: BaseException) -> None:
        self._loading_portrait = False
        self.ctx.notices.error(error)

    def _set_portrait(self, image: Image) -> None:
        self.portrait_label.setPixmap(image_pixmap(image, *PORTRAIT_SIZE))

    # ------------------------------------------------------------------ printing

    def print_sheet(self) -> None:
        """Choose the printer (on the GUI thread), then print the sheet on a worker."""
        printer = choose_printer(self, "printSheetDialog")
        if printer is not None:
            self.print_on(printer)

    def print_on(self, printer: QPrinter) -> None:
        """Paint the intake sheet on a configured printer, on a worker (never to a file)."""
        sheet, language = self._sheet(), PRINT_LANGUAGE
        self.print_button.setEnabled(False)
        self.ctx.tasks.run(
            lambda: print_intake_sheet(sheet, printer, language),
            self._printed,
            self._print_failed,
        )

    def _printed(self, _: object) -> None:
        self.print_button.setEnabled(True)
        self.ctx.notices.success(self.tr("The intake sheet went to the printer."))

    def _print_failed(self, error: BaseException) -> None:
        self.print_button.setEnabled(True)
        self.ctx.notices.error(error, self.tr("Print again"), self.print_sheet)
