"""The printed documents: in-memory PDFs, printers, the slip's QR code, off the GUI thread."""

from __future__ import annotations

import dataclasses
import datetime as dt
import threading
from collections.abc import Callable
from pathlib import Path

import cv2
import numpy as np
import pytest
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from station.documents import (
    VALUE_KEYS,
    AppointmentSlip,
    IntakeSheet,
    appointment_slip,
    intake_sheet,
)
from station.record import (
    ApplicationRecord,
    PartialDate,
    Representative,
    RepresentativeRole,
    Sex,
)
from station.refdata import ReferenceData
from station.samples import sample_record
from station.sealing import SealReceipt
from ui.printing.documents import (
    appointment_slip_image,
    appointment_slip_pdf,
    intake_sheet_image,
    intake_sheet_pdf,
    print_appointment_slip,
    print_intake_sheet,
    render_appointment_slip,
)
from ui.printing.labels import SHEET_TEXTS, PrintLanguage
from ui.printing.qr import qr_matrix

NOW = dt.datetime(2026, 11, 23, 2, 30, tzinfo=dt.UTC)
NUMBER = "HN0001-261123-00042-K"


@pytest.fixture(autouse=True)
def _application(qapp: QApplication) -> None:
    """Painting text needs a QGuiApplication (the station always has one)."""


@pytest.fixture
def record(refdata: ReferenceData) -> ApplicationRecord:
    return sample_record(refdata, NOW)


@pytest.fixture
def slip(record: ApplicationRecord) -> AppointmentSlip:
    receipt = SealReceipt(record.meta.application_id, NUMBER, NOW, "ab" * 32, 1000)
    return appointment_slip(
        record, receipt, "Công an phường Ba Đình", "Bộ phận một cửa, 12 Phan Đình Phùng, Hà Nội"
    )


@pytest.fixture
def portrait_jpeg() -> bytes:
    image = np.full((720, 480, 3), 200, dtype=np.uint8)
    cv2.circle(image, (240, 330), 150, (80, 120, 190), -1)
    ok, encoded = cv2.imencode(".jpg", image)
    assert ok
    return encoded.tobytes()


@pytest.fixture
def sheet(record: ApplicationRecord, refdata: ReferenceData, portrait_jpeg: bytes) -> IntakeSheet:
    return intake_sheet(record, portrait_jpeg, "Công an phường Ba Đình", NOW, refdata)


def as_array(image: QImage) -> np.ndarray:
    rgb = image.convertToFormat(QImage.Format.Format_RGB888)
    width, height, stride = rgb.width(), rgb.height(), rgb.bytesPerLine()
    rows = np.frombuffer(rgb.constBits(), dtype=np.uint8).reshape(height, stride)
    return np.ascontiguousarray(rows[:, : width * 3].reshape(height, width, 3)[:, :, ::-1])


def test_the_slip_pdf_is_a_one_page_a5_document(slip: AppointmentSlip) -> None:
    pdf = appointment_slip_pdf(slip, "vi")
    assert pdf.startswith(b"%PDF")
    assert len(pdf) > 5_000
    assert pdf.count(b"/Type /Page\n") + pdf.count(b"/Type /Page ") >= 1
    assert b"/MediaBox [0 0 420" in pdf  # A5: 148 × 210 mm = 420 × 595 pt


def test_the_slips_qr_code_reads_back_the_application_number(slip: AppointmentSlip) -> None:
    image = appointment_slip_image(slip, dpi=150)
    assert (image.width(), image.height()) == (874, 1240)
    text, points, _ = cv2.QRCodeDetector().detectAndDecode(as_array(image))
    assert text == NUMBER
    assert points is not None


def test_render_on_any_device(slip: AppointmentSlip) -> None:
    image = QImage(600, 850, QImage.Format.Format_RGB32)
    image.fill(0xFFFFFF)
    render_appointment_slip(slip, image, "en")
    assert int(as_array(image).min()) == 0  # something black was painted


def test_the_qr_matrix_is_a_full_qr_code_never_micro() -> None:
    matrix = qr_matrix("HN1-1")  # short enough for a Micro QR
    assert len(matrix) == 21 + 8  # version 1 plus the quiet zone on both sides
    assert not any(matrix[0]) and matrix[4][4]


@pytest.mark.parametrize("language", ["vi", "en"])
def test_the_intake_sheet_pdf(sheet: IntakeSheet, language: str) -> None:
    pdf = intake_sheet_pdf(sheet, language)
    assert pdf.startswith(b"%PDF")
    assert len(pdf) > 20_000  # the portrait is embedded
    assert b"/MediaBox [0 0 595" in pdf  # A4


def test_documents_are_made_on_a_worker_thread(
    slip: AppointmentSlip, sheet: IntakeSheet, qtbot: QtBot
) -> None:
    results: dict[str, bytes] = {}

    def work() -> None:
        results["slip"] = appointment_slip_pdf(slip)
        results["sheet"] = intake_sheet_pdf(sheet, "vi")

    worker = threading.Thread(target=work)
    worker.start()
    qtbot.waitUntil(lambda: not worker.is_alive(), timeout=30_000)
    assert results["slip"].startswith(b"%PDF") and results["sheet"].startswith(b"%PDF")


def test_printing_paints_on_a_configured_printer(
    slip: AppointmentSlip, sheet: IntakeSheet, tmp_path: Path
) -> None:
    # A PDF printer stands in for a real one (fictional sample data only).
    def slip_on(printer: QPrinter) -> None:
        print_appointment_slip(slip, printer)

    def sheet_on(printer: QPrinter) -> None:
        print_intake_sheet(sheet, printer, "en")

    for name, paint in (("slip.pdf", slip_on), ("sheet.pdf", sheet_on)):
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / name))
        paint(printer)
        assert (tmp_path / name).read_bytes().startswith(b"%PDF")


def test_every_key_of_the_sheet_has_a_printed_text(
    record: ApplicationRecord, sheet: IntakeSheet
) -> None:
    full = dataclasses.replace(
        record,
        reason_note="Đổi địa giới",
        representative=Representative(
            "Nguyễn Văn An", "001060418273", RepresentativeRole.FATHER, PartialDate(1960), Sex.MALE
        ),
        biometrics=dataclasses.replace(record.biometrics, fingerprint_note="Ngón cái phải bị sẹo"),
    )
    keys = set(VALUE_KEYS)
    for section in dataclasses.replace(sheet, record=full).sections():
        keys.add(section.title)
        keys.update(row.label for row in section.rows)
    assert keys <= set(SHEET_TEXTS)
    english = PrintLanguage("en")
    assert english.key("applicant.full_name") == "Full name"
    assert english.key("sex.female") == "Female"
    assert PrintLanguage("vi").key("applicant.full_name")  # translated or the English source


def test_a_draft_sheet_without_a_photo_still_prints(record: ApplicationRecord) -> None:
    draft = intake_sheet(dataclasses.replace(record, portrait=None), None, "Trạm", NOW)
    image = intake_sheet_image(draft, "en")
    assert not image.isNull()
    assert intake_sheet_pdf(draft, "en").startswith(b"%PDF")


def test_screenshots_of_the_documents(
    qtbot: QtBot,
    slip: AppointmentSlip,
    sheet: IntakeSheet,
    screenshot: Callable[[QWidget, str], Path],
) -> None:
    for name, image in (
        ("slip", appointment_slip_image(slip, dpi=110)),
        ("intake-sheet", intake_sheet_image(sheet, "vi", dpi=90)),
    ):
        label = QLabel()
        qtbot.addWidget(label)
        label.setPixmap(QPixmap.fromImage(image))
        label.resize(image.size())
        assert screenshot(label, name).exists()
