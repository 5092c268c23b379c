"""Step 2 of the wizard: identify the citizen by reading the card's chip, or by the typed ID number.

The access key comes from the printed fields, the MRZ or the front QR code (typed, pasted or
scanned with the camera); the read, its mapping and the chip photo's decoding run on a worker.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass

from PySide6.QtCore import QRegularExpression, Qt, QTimer, Signal
from PySide6.QtGui import QFontDatabase, QImage, QPixmap, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from devices.camera.frames import Image
from devices.camera.qrscan import QrCameraScan, QrScanOutcome
from devices.card.access_key import BacKey, key_from_fields, key_from_mrz, parse_qr
from devices.card.errors import (
    AccessKeyError,
    MalformedDataError,
    NoReaderError,
    PcscUnavailableError,
    UnsupportedCardError,
    WrongAccessKeyError,
)
from devices.card.mapping import ChipMapping, apply_to_record, map_chip_read
from devices.card.passive_auth import PassiveAuthOutcome
from devices.card.read import ChipRead
from devices.card.readers import ReaderSnapshot, ReaderState
from devices.portrait.chip import ChipPortraitError, decode_chip_portrait
from station.idnumber import decode_id_number, is_well_formed, looks_fabricated
from station.record import Sex
from ui.context import UiContext
from ui.intake.page import WizardPage
from ui.intake.state import IntakeState

SCAN_TIMEOUT_S = 20.0
_TAMPERED = frozenset({PassiveAuthOutcome.DATA_ALTERED, PassiveAuthOutcome.SIGNATURE_INVALID})
_RED = "background: #f8d7da; color: #842029; font-weight: bold;"
_PA_STYLE = dict.fromkeys(_TAMPERED, _RED) | {
    PassiveAuthOutcome.VALID: "background: #d1e7dd; color: #0f5132;",
    PassiveAuthOutcome.NOT_VERIFIABLE: "background: #fff3cd; color: #664d03;",
}
_ID_DIGITS = QRegularExpression("[0-9]{0,12}")  # validators parented to their field
# The card-reader errors after which reading again will not help: type the number instead.
_TYPE_INSTEAD = (NoReaderError, PcscUnavailableError, UnsupportedCardError, MalformedDataError)


def parse_typed_date(text: str) -> dt.date | None:
    """dd/mm/yyyy (any separator) or ddmmyyyy as typed; None when it is no real date."""
    parts = [p for p in re.split(r"\D+", text.strip()) if p]
    if len(parts) == 1 and len(parts[0]) == 8:
        parts = [parts[0][:2], parts[0][2:4], parts[0][4:]]
    if len(parts) != 3 or len(parts[2]) != 4:
        return None
    try:
        return dt.date(int(parts[2]), int(parts[1]), int(parts[0]))
    except ValueError:
        return None


def image_pixmap(image: Image, width: int, height: int) -> QPixmap:
    """A BGR (or grey) image scaled into width×height for display (aspect kept)."""
    rows, cols = image.shape[:2]
    fmt = QImage.Format.Format_Grayscale8 if image.ndim == 2 else QImage.Format.Format_BGR888
    qimage = QImage(image.data, cols, rows, image.strides[0], fmt)
    keep, smooth = Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
    return QPixmap.fromImage(qimage.scaled(width, height, keep, smooth))


@dataclass(frozen=True)
class ChipResult:
    """What the worker hands back from one successful read."""

    read: ChipRead
    mapping: ChipMapping
    portrait: Image | None


class IdentifyPage(WizardPage):
    """Read the chip (key from fields, MRZ or QR) or type the ID number."""

    _read_progress = Signal(float)  # emitted on the worker: fraction done

    def __init__(self, ctx: UiContext, state: IntakeState, parent: QWidget | None = None) -> None:
        super().__init__(ctx, state, parent)
        self.setObjectName("identifyPage")
        self._scan: QrCameraScan | None = None
        self._preview_timer = QTimer(self)
        self._build_key_tabs()
        self.read_button = self._button(self.tr("Read &chip"), "readChipButton")
        self.read_button.setAutoDefault(True)  # Enter on the focused button reads
        self.progress = QProgressBar(self)
        self.progress.setObjectName("readProgress")
        self.progress.hide()
        self.reader_label = self._label("readerState")
        self.status_label = self._label("readStatus")
        read_box = QGroupBox(self.tr("Read the chip"), self)
        read_layout = QGridLayout(read_box)
        read_layout.addWidget(self.key_tabs, 0, 0, 1, 2)
        read_layout.addWidget(self.read_button, 1, 0, Qt.AlignmentFlag.AlignLeft)
        read_layout.addWidget(self.progress, 1, 1)
        read_layout.addWidget(self.reader_label, 2, 0, 1, 2)
        read_layout.addWidget(self.status_label, 3, 0, 1, 2)

        self.result_box = QGroupBox(self.tr("From the chip"), self)
        self.portrait_label = self._label("chipPortrait", self.tr("No photo yet"))
        self.portrait_label.setAccessibleName(self.tr("Photo stored in the chip"))
        self.portrait_label.setFixedSize(120, 160)
        self.portrait_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.portrait_label.setStyleSheet("QLabel#chipPortrait { border: 1px solid #999; }")
        self.pa_label = self._label("paResult")
        self.summary_label = self._label("chipSummary")
        grid = QGridLayout(self.result_box)
        grid.addWidget(self.portrait_label, 0, 0, 2, 1)
        grid.addWidget(self.summary_label, 0, 1)
        grid.addWidget(self.pa_label, 1, 1, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(1, 1)

        self.id_box = QGroupBox(self.tr("Without the chip"), self)
        self.id_edit = self._line("typedIdNumber", self.tr("12 digits"))
        self.id_edit.setValidator(QRegularExpressionValidator(_ID_DIGITS, self.id_edit))
        self.id_hint = self._label("idHint")
        id_form = QFormLayout(self.id_box)
        id_form.addRow(self.tr("T&ype the ID number instead:"), self.id_edit)
        id_form.addRow(self.id_hint)

        top = QHBoxLayout()
        top.addWidget(read_box, 3)
        top.addWidget(self.result_box, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.id_box)
        layout.addStretch(1)
        self._reader_changed(ctx.reader_events.last)
        self._connect_signals()

    def _build_key_tabs(self) -> None:
        self.key_id = self._line("keyIdNumber", self.tr("12 digits"))
        self.key_id.setValidator(QRegularExpressionValidator(_ID_DIGITS, self.key_id))
        self.key_dob = self._line("keyBirthDate", self.tr("dd/mm/yyyy"))
        self.key_expiry = self._line("keyExpiryDate", self.tr("dd/mm/yyyy"))
        fields = QWidget(self)
        form = QFormLayout(fields)
        form.addRow(self.tr("ID n&umber:"), self.key_id)
        form.addRow(self.tr("Date of bi&rth:"), self.key_dob)
        form.addRow(self.tr("Date of e&xpiry:"), self.key_expiry)

        self.mrz_edit = QPlainTextEdit(self)
        self.mrz_edit.setObjectName("mrzText")
        self.mrz_edit.setTabChangesFocus(True)
        self.mrz_edit.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.mrz_edit.setFixedHeight(self.mrz_edit.fontMetrics().lineSpacing() * 4 + 12)
        mrz = QWidget(self)
        mrz_form = QFormLayout(mrz)
        mrz_form.addRow(self.tr("MRZ &lines (3 × 30 characters):"), self.mrz_edit)

        self.qr_edit = self._line("qrText", self.tr("Scan or paste the code on the card's front"))
        self.qr_expiry = self._line("qrExpiryDate", self.tr("dd/mm/yyyy"))
        self.qr_hint = self._label("qrHint")
        self.scan_button = self._button(self.tr("Scan with c&amera"), "scanButton")
        self.demo_button = self._button(self.tr("&Use the demo card's QR code"), "demoQrButton")
        self.demo_button.setVisible(self.ctx.devices.demo_card is not None)
        self.preview = self._label("qrPreview")
        self.preview.setAccessibleName(self.tr("Camera picture"))
        self.preview.setFixedSize(240, 135)
        qr = QWidget(self)
        qr_form = QFormLayout(qr)
        qr_form.addRow(self.tr("QR &text:"), self.qr_edit)
        qr_form.addRow(self.tr("E&xpiry date:"), self.qr_expiry)
        qr_form.addRow(self.qr_hint)
        buttons = QHBoxLayout()
        buttons.addWidget(self.scan_button)
        buttons.addWidget(self.demo_button)
        buttons.addStretch(1)
        qr_form.addRow(buttons)
        qr_form.addRow(self.preview)
        self.preview.hide()

        self.key_tabs = QTabWidget(self)
        self.key_tabs.setObjectName("keyTabs")
        self.key_tabs.addTab(fields, self.tr("Printed &fields"))
        self.key_tabs.addTab(mrz, self.tr("&MRZ"))
        self.key_tabs.addTab(qr, self.tr("&QR code"))

    def _line(self, name: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        return edit

    def _label(self, name: str, text: str = "") -> QLabel:
        label = QLabel(text, self)
        label.setObjectName(name)
        label.setWordWrap(True)
        return label

    def _button(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        return button

    def _connect_signals(self) -> None:
        self.read_button.clicked.connect(self.read_chip)
        self.scan_button.clicked.connect(self.toggle_scan)
        self.demo_button.clicked.connect(self.use_demo_qr)
        self.qr_edit.textChanged.connect(self._qr_changed)
        self.id_edit.textEdited.connect(self._id_edited)
        self.id_edit.textChanged.connect(self._id_hint)
        self._read_progress.connect(lambda f: self.progress.setValue(round(f * 100)))
        self._preview_timer.timeout.connect(self._show_preview)
        self.ctx.reader_events.snapshot.connect(self._reader_changed)

    # ------------------------------------------------------------------ WizardPage

    def title(self) -> str:
        """The step's name."""
        return self.tr("Identify")

    def enter(self) -> None:
        """Show the ID number of the record; focus the key field of the chosen way."""
        record = self.state.record
        if self.id_edit.text() != record.applicant.id_number:
            self.id_edit.setText(record.applicant.id_number)
        chip = record.chip_read
        if chip is not None and self.state.chip is None and not self.pa_label.text():
            text = self.tr("The chip was read before (%1). Read it again to see the photo.")
            self.pa_label.setText(text.replace("%1", f"{chip.read_at.astimezone():%d/%m/%Y %H:%M}"))
        self._key_field().setFocus()

    def can_leave(self) -> bool:
        """An ID number is needed, from the chip or typed; Enter in a key field reads the chip."""
        if is_well_formed(self.state.record.applicant.id_number):
            return True
        if self.key_tabs.isAncestorOf(self.focusWidget()):
            self.read_chip()
            return False
        text = self.tr("An ID number is needed: read the chip, or type the 12 digits here.")
        self.id_hint.setText(text)
        self.id_edit.setFocus()
        self.ctx.notices.warning(text)
        return False

    def leave(self) -> None:
        """Stop a running camera scan."""
        if self._scan is not None:
            self._scan.cancel()

    # ------------------------------------------------------------------ the access key

    def _key_field(self) -> QWidget:
        return (self.key_id, self.mrz_edit, self.qr_edit)[self.key_tabs.currentIndex()]

    def access_key(self) -> BacKey | None:
        """The key from the chosen tab; None (with the reason shown) when it is not usable."""
        tab = self.key_tabs.currentIndex()
        try:
            if tab == 0:
                birth = parse_typed_date(self.key_dob.text())
                expiry = parse_typed_date(self.key_expiry.text())
                if birth is None or expiry is None:
                    field = self.key_dob if birth is None else self.key_expiry
                    self._refuse(field, self.tr("Type the date as dd/mm/yyyy, e.g. 14/06/1985."))
                    return None
                return key_from_fields(self.key_id.text(), birth, expiry)
            if tab == 1:
                return key_from_mrz(self.mrz_edit.toPlainText())
            qr = parse_qr(self.qr_edit.text())
            typed = parse_typed_date(self.qr_expiry.text())
            return qr.access_key(typed if typed != qr.expected_expiry() else None)
        except AccessKeyError as exc:
            self._refuse(self._key_field(), self.ctx.notices.describe(exc))
            return None

    def _refuse(self, field: QWidget, text: str) -> None:
        self.status_label.setText(text)
        self.ctx.notices.error(text)
        field.setFocus()

    def _qr_changed(self, text: str) -> None:
        """Fill the expiry the exchange ages give; the officer corrects it if the card differs."""
        self.qr_hint.clear()
        if not text.strip():
            return
        try:
            expiry = parse_qr(text).expected_expiry()
        except AccessKeyError as exc:
            self.qr_hint.setText(self.ctx.notices.describe(exc))
            return
        self.qr_expiry.setText(expiry.strftime("%d/%m/%Y") if expiry else "")
        self.qr_hint.setText(
            self.tr("Expiry computed from the exchange ages: correct it if the card differs.")
            if expiry
            else self.tr("No expiry by rule: type the expiry printed on the card, if any.")
        )

    def use_demo_qr(self) -> None:
        """Demo mode: the fictional card's QR text, as if scanned."""
        card = self.ctx.devices.demo_card
        if card is not None:
            self.key_tabs.setCurrentIndex(2)
            self.qr_edit.setText(card.qr_text)
            self.read_button.setFocus()

    # ------------------------------------------------------------------ reading the chip

    def read_chip(self) -> None:
        """Read the card on a worker with the key of the chosen tab."""
        if not self.read_button.isEnabled():  # a read is running
            return
        key = self.access_key()
        if key is None:
            return
        self.read_button.setEnabled(False)
        self.progress.setValue(0)
        self.progress.show()
        self.status_label.setText(self.tr("Reading the chip… keep the card still on the reader."))
        reader, trust = self.ctx.devices.reader, self.ctx.devices.trust_store
        core, base = self.ctx.core, self.state.record.applicant
        application_id = self.state.application_id
        emit = self._read_progress.emit

        def work() -> ChipResult:
            read = reader.read(key, trust_store=trust, progress=lambda _stage, f: emit(f))
            refdata = core.refdata
            mapping = map_chip_read(
                read, base, codes=refdata, convert_address=refdata.convert_legacy_address
            )
            portrait = None
            if read.face is not None:
                try:
                    portrait = decode_chip_portrait(read.face.data)
                except ChipPortraitError:
                    portrait = None  # the data is still good; the photo box says so
            if read.passive_auth.outcome not in _TAMPERED:
                core.drafts.put_attachment(application_id, "chip", read.raw_bundle())
            return ChipResult(read, mapping, portrait)

        self.ctx.tasks.run(work, self._chip_read, self._read_failed)

    def _read_ended(self) -> None:
        self.read_button.setEnabled(True)
        self.progress.hide()

    def _chip_read(self, result: ChipResult) -> None:
        self._read_ended()
        pa = result.read.passive_auth
        message = pa.message_en if self.ctx.language == "en" else pa.message_vi
        self.pa_label.setText(message)
        self.pa_label.setProperty("outcome", pa.outcome.value)
        self.pa_label.setStyleSheet(f"QLabel#paResult {{ {_PA_STYLE[pa.outcome]} padding: 4px; }}")
        if result.portrait is not None:
            self.portrait_label.setPixmap(image_pixmap(result.portrait, 120, 160))
        else:
            self.portrait_label.setText(self.tr("The chip's photo cannot be shown"))
        if pa.outcome in _TAMPERED:
            # The data is not to be used: nothing of it reaches the record.
            self.status_label.setText(self.tr("The chip data was not used."))
            self.summary_label.clear()
            self.ctx.notices.error(message)
            return
        self.state.set_chip(result.read)
        record = apply_to_record(self.state.record, result.mapping)
        self.state.update(record)
        applicant = record.applicant
        birth = str(applicant.date_of_birth or "")
        self.summary_label.setText("\n".join((applicant.full_name, applicant.id_number, birth)))
        self.id_edit.setText(applicant.id_number)
        self.status_label.setText(self.tr("The chip was read; the form is filled from it."))
        if pa.outcome is PassiveAuthOutcome.VALID:
            self.ctx.notices.success(self.tr("The chip was read and its data is genuine."))
        else:
            self.ctx.notices.warning(message)
        self.id_edit.setFocus()  # Enter now goes on to the form

    def _read_failed(self, error: BaseException) -> None:
        self._read_ended()
        self.status_label.setText(self.ctx.notices.describe(error))
        focus: QWidget = self.read_button  # where the officer goes on from
        if isinstance(error, WrongAccessKeyError):
            focus = self._key_field()
            self.ctx.notices.error(error, self.tr("Check the key"), focus.setFocus)
        elif isinstance(error, _TYPE_INSTEAD):
            focus = self.id_edit
            self.ctx.notices.error(error, self.tr("Type the ID number"), focus.setFocus)
        else:
            self.ctx.notices.error(error, self.tr("Read again"), self.read_chip)
        focus.setFocus()

    def _reader_changed(self, snapshot: ReaderSnapshot | None) -> None:
        texts = {
            ReaderState.NO_SERVICE: self.tr("Card reader service not running"),
            ReaderState.NO_READER: self.tr("No card reader connected"),
            ReaderState.NO_CARD: self.tr("No card on the reader"),
            ReaderState.CARD_PRESENT: self.tr("Card on the reader"),
        }
        self.reader_label.setText(texts[snapshot.state] if snapshot is not None else "")

    # ------------------------------------------------------------------ scanning the QR code

    def toggle_scan(self) -> None:
        """Start scanning the card's QR code with the camera, or stop the running scan."""
        if self._scan is not None:
            self._scan.cancel()
            return
        try:
            scan = QrCameraScan(self.ctx.devices.open_camera(), timeout_s=SCAN_TIMEOUT_S)
        except Exception as exc:  # a camera that cannot even be set up is shown, not raised
            self.ctx.notices.error(exc)
            return
        self._scan = scan
        scan.start()
        self.scan_button.setText(self.tr("Stop sc&anning"))
        self.preview.show()
        self._preview_timer.start(100)
        self.qr_hint.setText(self.tr("Hold the front of the card in front of the camera…"))
        self.ctx.tasks.run(scan.run, self._scanned, self._scan_failed)

    def _show_preview(self) -> None:
        frame = self._scan.latest() if self._scan is not None else None
        if frame is not None:
            self.preview.setPixmap(image_pixmap(frame.image, 240, 135))

    def _scan_ended(self) -> None:
        self._scan = None
        self._preview_timer.stop()
        self.preview.hide()
        self.qr_hint.clear()
        self.scan_button.setText(self.tr("Scan with c&amera"))

    def _scanned(self, outcome: QrScanOutcome) -> None:
        self._scan_ended()
        if outcome.text is not None:
            self.qr_edit.setText(outcome.text)
            self.status_label.setText(self.tr("QR code read."))
            self.read_button.setFocus()
        elif outcome.cancelled:
            self._qr_changed(self.qr_edit.text())
        elif not outcome.camera.state.delivering:
            text = outcome.camera.message(self.ctx.language)
            self.ctx.notices.error(text, self.tr("Try again"), self.toggle_scan)
        else:
            text = self.tr(
                "No QR code was seen in %1 seconds. Hold the card's front still, closer to the "
                "camera, and scan again."
            ).replace("%1", str(round(SCAN_TIMEOUT_S)))
            self.ctx.notices.warning(text, self.tr("Scan again"), self.toggle_scan)

    def _scan_failed(self, error: BaseException) -> None:
        self._scan_ended()
        self.ctx.notices.error(error, self.tr("Try again"), self.toggle_scan)

    # ------------------------------------------------------------------ the typed ID number

    def _id_edited(self, text: str) -> None:
        record = self.state.record
        applicant = dataclasses.replace(record.applicant, id_number=text)
        self.state.update(dataclasses.replace(record, applicant=applicant))

    def _id_hint(self) -> None:
        """What the typed digits say (birth year, sex, where the birth was registered)."""
        text = self.id_edit.text()
        decoded = decode_id_number(text)
        if not text:
            self.id_hint.clear()
        elif decoded is None:
            self.id_hint.setText(self.tr("%1 of 12 digits").replace("%1", str(len(text))))
        elif decoded.birth_year is None or decoded.sex is None:
            self.id_hint.setText(self.tr("The 4th digit is not a century and sex code."))
        else:
            province = self.ctx.core.refdata.legacy_province_for_id_prefix(decoded.prefix)
            place = province.short_name if province else self.tr("an unknown province code")
            if decoded.registered_abroad:
                place = self.tr("abroad")
            sex = self.tr("male") if decoded.sex is Sex.MALE else self.tr("female")
            hint = (
                self.tr("Born in %1, %2, birth registered in %3.")
                .replace("%1", str(decoded.birth_year))
                .replace("%2", sex)
                .replace("%3", place)
            )
            if looks_fabricated(text):
                hint += " " + self.tr("This number looks made up: check it.")
            self.id_hint.setText(hint)
