"""Supervisor review: held applications approved (several at once) or rejected with a reason."""

from __future__ import annotations

import dataclasses
import datetime as dt
import gc
import os
import re
import unicodedata
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from station.audit import AuditAction
from station.outbox import SUPERVISOR_REJECTED
from station.record import PortraitRef
from station.review import DaySummaryReport
from station.samples import sample_record
from station.sealing import Sealer
from station.services import StationCore
from station.storage.schema import AuditEvent, OutboxRow, OutboxState
from ui.context import UiContext
from ui.printing.documents import day_summary_image
from ui.printing.labels import PrintLanguage
from ui.queue.core_calls import supervisor_review
from ui.queue.labels import local_zone
from ui.review.dialogs import DaySummaryDialog
from ui.review.models import DaySummaryModel, HeldModel
from ui.review.page import ReviewQueuePage

PASSWORD = "Officer-pass-2026"
Screenshot = Callable[[QWidget, str], Path]


def seal_held(core: StationCore, officer_id: str = "officer1") -> str:
    """Seal the sample application with supervisor approval on; its application id."""
    enrolment = core.sync_state.enrolment()
    assert enrolment is not None
    sealer = Sealer(
        core.writer,
        core.database.reader_sessions(),
        core.secrets,
        enrolment.register_key(),
        core.audit,
        core.validation_context,
        core.clock,
        hold_for_review=True,
    )
    draft = core.drafts.start(officer_id, core.station_code)
    application_id = draft.meta.application_id
    digest = core.drafts.put_attachment(application_id, "portrait", os.urandom(500))
    now = core.clock()
    record = dataclasses.replace(
        sample_record(core.refdata, now),
        meta=draft.meta,
        portrait=PortraitRef("portrait", digest, now),
    )
    core.drafts.save(record)
    sealer.seal(application_id, officer_id)
    return application_id


def row_of(core: StationCore, application_id: str) -> OutboxRow:
    with core.database.reader_sessions()() as session:
        row = session.get(OutboxRow, application_id)
        assert row is not None
        return row


def audited(core: StationCore, action: AuditAction) -> list[AuditEvent]:
    with core.database.reader_sessions()() as session:
        return list(session.scalars(select(AuditEvent).where(AuditEvent.action == action.value)))


@pytest.fixture(autouse=True)
def _collect_on_the_gui_thread() -> Iterator[None]:
    """Collect each test's Qt objects on the GUI thread, not on a worker later."""
    yield
    gc.collect()


@pytest.fixture
def supervisor(ui_ctx: UiContext) -> UiContext:
    ui_ctx.session.log_in(ui_ctx.core.accounts.login("super1", PASSWORD))
    return ui_ctx


def make_page(qtbot: QtBot, ctx: UiContext) -> ReviewQueuePage:
    page = ReviewQueuePage(ctx)
    qtbot.addWidget(page)
    page.resize(1000, 600)
    return page


def test_models_pass_the_model_tester(qtmodeltester, supervisor: UiContext) -> None:
    held = HeldModel()
    qtmodeltester.check(held)
    seal_held(supervisor.core)
    review = supervisor_review(supervisor.core)
    held.set_entries(review.held())
    assert held.rowCount() == 1
    summary = DaySummaryModel()
    qtmodeltester.check(summary)
    today = supervisor.core.clock().astimezone(local_zone()).date()
    summary.set_summary(review.day_summary(today, local_zone()), {"officer1": "Nguyễn Văn An"})
    assert summary.rowCount() == 2
    assert summary.data(summary.index(0, 0)) == "Nguyễn Văn An (officer1)"
    assert summary.data(summary.index(1, 0)) == "Total"


def test_an_officer_cannot_review(qtbot: QtBot, ui_ctx: UiContext) -> None:
    seal_held(ui_ctx.core)
    page = make_page(qtbot, ui_ctx)

    assert "Only a supervisor" in page.heading.text()
    assert page.model.rowCount() == 0
    assert not page.approve_button.isEnabled()
    assert not page.summary_button.isEnabled()


def test_approve_several_at_once(
    qtbot: QtBot, supervisor: UiContext, monkeypatch: pytest.MonkeyPatch, screenshot: Screenshot
) -> None:
    core = supervisor.core
    woken: list[bool] = []
    monkeypatch.setattr(core.sync, "wake", lambda: woken.append(True))
    ids = [seal_held(core), seal_held(core, "super1"), seal_held(core)]
    page = make_page(qtbot, supervisor)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    assert "3 application(s) waiting" in page.heading.text()
    page.select_rows([0, 2])  # the middle one is the supervisor's own
    assert page.approve_button.text() == "&Approve 2"
    assert page.approve_button.isEnabled() and page.status_label.text() == ""
    screenshot(page, "review")

    page.approve_button.click()

    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert [row_of(core, i).state for i in ids] == [
        OutboxState.QUEUED,
        OutboxState.HELD,
        OutboxState.QUEUED,
    ]
    assert woken == [True]
    assert [e.actor for e in audited(core, AuditAction.REVIEW_APPROVE)] == ["super1", "super1"]
    qtbot.waitUntil(lambda: supervisor.tasks.running == 0)


def test_reject_requires_a_reason_and_records_it(qtbot: QtBot, supervisor: UiContext) -> None:
    core = supervisor.core
    application_id = seal_held(core)
    page = make_page(qtbot, supervisor)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.select_rows([0])

    page.reject_button.click()
    dialog = page.reject_dialog
    assert dialog is not None
    assert not dialog.reject_button.isEnabled()
    qtbot.keyClicks(dialog.reason_edit, "   ")
    assert not dialog.reject_button.isEnabled()
    dialog.reason_edit.setPlainText("Ảnh chân dung bị mờ, chụp lại")  # typed through the IME
    assert dialog.reject_button.isEnabled()
    dialog.reject_button.click()

    qtbot.waitUntil(lambda: page.model.rowCount() == 0)
    row = row_of(core, application_id)
    assert row.state == OutboxState.REJECTED
    assert row.reason_code == SUPERVISOR_REJECTED
    assert row.reason_text == "Ảnh chân dung bị mờ, chụp lại"
    (event,) = audited(core, AuditAction.REVIEW_REJECT)
    assert event.actor == "super1" and "mờ" not in event.detail
    qtbot.waitUntil(lambda: supervisor.tasks.running == 0)


def test_details_of_a_held_application(qtbot: QtBot, supervisor: UiContext) -> None:
    seal_held(supervisor.core)
    page = make_page(qtbot, supervisor)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.select_rows([0])

    page.details_button.click()

    qtbot.waitUntil(lambda: page.detail_dialog is not None)
    dialog = page.detail_dialog
    assert dialog is not None
    assert dialog.value_of("State") == "Held for review"
    assert (
        dialog.value_of("Full name")
        == sample_record(supervisor.core.refdata, supervisor.core.clock()).applicant.full_name
    )
    dialog.close()


def test_day_summary_dialog(qtbot: QtBot, supervisor: UiContext, screenshot: Screenshot) -> None:
    core = supervisor.core
    first, second, third = seal_held(core), seal_held(core), seal_held(core, "super1")
    page = make_page(qtbot, supervisor)
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    supervisor_review(core).approve([first], "super1")
    supervisor_review(core).reject(second, "super1", "thiếu giấy tờ")

    page.summary_button.click()
    dialog = page.summary_dialog
    assert isinstance(dialog, DaySummaryDialog)
    qtbot.waitUntil(lambda: dialog.summary is not None)

    assert dialog.summary is not None
    total = dialog.summary.total
    assert (total.sealed, total.approved, total.rejected_by_supervisor, total.held) == (3, 1, 1, 1)
    model = dialog.model
    assert model.rowCount() == 3  # officer1, super1, total
    assert model.data(model.index(0, 0)) == "Nguyễn Văn An (officer1)"
    assert [model.data(model.index(2, c)) for c in range(1, 5)] == ["3", "1", "1", "1"]
    screenshot(dialog, "day-summary")
    assert third
    dialog.close()
    qtbot.waitUntil(lambda: supervisor.tasks.running == 0)


def test_own_applications_are_marked_and_cannot_be_decided(
    qtbot: QtBot, supervisor: UiContext, screenshot: Screenshot
) -> None:
    core = supervisor.core
    theirs, mine = seal_held(core), seal_held(core, "super1")
    page = make_page(qtbot, supervisor)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    model = page.model
    note = "Yours: another supervisor must review it"
    assert model.headerData(3, Qt.Orientation.Horizontal) == "Note"
    assert [model.data(model.index(r, 3)) for r in range(2)] == ["", note]
    assert [model.is_own(r) for r in range(2)] == [False, True]
    assert model.data(model.index(1, 0), Qt.ItemDataRole.ForegroundRole) is not None
    assert "Another supervisor" in model.data(model.index(1, 0), Qt.ItemDataRole.ToolTipRole)
    assert model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole) is None

    page.select_rows([0, 1])

    assert not page.approve_button.isEnabled()
    assert not page.reject_button.isEnabled()
    assert page.details_button.isEnabled() is False  # two rows
    why = page.status_label.text()
    assert "1 selected application(s) sealed by you" in why and "another supervisor" in why
    assert page.approve_button.toolTip() == why == page.reject_button.toolTip()
    screenshot(page, "review-own")
    # Reached anyway (a stale shortcut): refused with the same explanation, nothing moves.
    page.approve_selected()
    notice = supervisor.notices.current
    assert notice is not None and "another supervisor" in notice.text
    page.reject_selected()
    assert page.reject_dialog is None
    assert [row_of(core, i).state for i in (theirs, mine)] == [OutboxState.HELD] * 2

    page.select_rows([0])
    assert page.approve_button.isEnabled() and page.reject_button.isEnabled()
    assert page.status_label.text() == "" and page.approve_button.toolTip() == ""

    # The administrator is another reviewer: nothing is theirs.
    supervisor.session.log_in(core.accounts.login("admin", PASSWORD))
    qtbot.waitUntil(lambda: model.rowCount() == 2 and not model.is_own(1))
    assert model.data(model.index(1, 3)) == ""
    qtbot.waitUntil(lambda: supervisor.tasks.running == 0)


def test_the_core_refusal_of_an_own_application_reaches_the_officer(
    qtbot: QtBot, supervisor: UiContext
) -> None:
    """Even if the screen let it through (a stale list), the core refuses."""
    core = supervisor.core
    mine = seal_held(core, "super1")
    page = make_page(qtbot, supervisor)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.model.set_entries([page.model.entry(0)], "someone-else")
    page.select_rows([0])
    assert page.approve_button.isEnabled()

    page.approve_button.click()

    qtbot.waitUntil(
        lambda: (
            supervisor.notices.current is not None
            and "chính mình niêm phong" in supervisor.notices.current.text
        )
    )
    assert row_of(core, mine).state == OutboxState.HELD
    qtbot.waitUntil(lambda: supervisor.tasks.running == 0)


# ---------------------------------------------------------------------------- printed summary


def _utf16(hex_text: bytes) -> str:
    return bytes.fromhex(hex_text.decode()).decode("utf-16-be")


def _stream(body: bytes) -> bytes:
    match = re.search(rb"stream\r?\n(.*?)\r?\nendstream", body, re.S)
    assert match is not None
    data = match[1]
    return zlib.decompress(data) if b"/FlateDecode" in body[: match.start()] else data


def _to_unicode(cmap: bytes) -> dict[int, str]:
    codes: dict[int, str] = {}
    for block in re.findall(rb"beginbfchar(.*?)endbfchar", cmap, re.S):
        for source, target in re.findall(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]*)>", block):
            codes[int(source, 16)] = _utf16(target)
    for block in re.findall(rb"beginbfrange(.*?)endbfrange", cmap, re.S):
        for low, high, target in re.findall(
            rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(<[0-9A-Fa-f]*>|\[[^\]]*\])", block
        ):
            first, last = int(low, 16), int(high, 16)
            if target.startswith(b"["):
                for offset, each in enumerate(re.findall(rb"<([0-9A-Fa-f]*)>", target)):
                    codes[first + offset] = _utf16(each)
            else:
                start = int(target[1:-1], 16)
                codes.update({first + i: chr(start + i) for i in range(last - first + 1)})
    return codes


def pdf_text(pdf: bytes) -> str:
    """The text of a PDF written by Qt, one line per text run (no PDF library in the venv).

    Qt shows glyphs by id (``<0001> Tj``) and gives each font a ToUnicode map: apply it.
    """
    objects = {int(m[1]): m[2] for m in re.finditer(rb"(\d+) 0 obj(.*?)endobj", pdf, re.S)}
    fonts = {
        number: _to_unicode(_stream(objects[int(ref[1])]))
        for number, body in objects.items()
        if (ref := re.search(rb"/ToUnicode (\d+) 0 R", body))
    }
    by_name = {name: fonts.get(int(n), {}) for name, n in re.findall(rb"/(F\d+) (\d+) 0 R", pdf)}
    runs: list[str] = []
    for number in re.findall(rb"/Contents (\d+) 0 R", pdf):
        codes: dict[int, str] = {}
        run = ""
        content = _stream(objects[int(number)])
        for font, glyphs, end in re.findall(
            rb"/(F\d+) [\d.]+ Tf|<([0-9A-Fa-f]+)> Tj|\b(ET)\b", content
        ):
            if font:
                codes = by_name[font]
            elif glyphs:
                run += "".join(
                    codes.get(int(glyphs[i : i + 4], 16), "?") for i in range(0, len(glyphs), 4)
                )
            elif end:
                runs.append(" ".join(run.split()))
                run = ""
    # NFKC: Qt prints "ffi" as a ligature and Vietnamese letters composed.
    return unicodedata.normalize("NFKC", " ".join(r for r in runs if r))


@pytest.mark.parametrize("language", ["vi", "en"], indirect=True)
def test_day_summary_saved_as_pdf_and_printed(
    qtbot: QtBot, supervisor: UiContext, language: str, tmp_path: Path, screenshot: Screenshot
) -> None:
    supervisor.language = language
    core = supervisor.core
    first, second, _ = seal_held(core), seal_held(core), seal_held(core, "super1")
    supervisor_review(core).approve([first], "super1")
    supervisor_review(core).reject(second, "super1", "thiếu giấy tờ")
    page = make_page(qtbot, supervisor)
    page.summary_button.click()
    dialog = page.summary_dialog
    assert isinstance(dialog, DaySummaryDialog)
    qtbot.waitUntil(lambda: dialog.summary is not None)
    assert dialog.print_button.isEnabled() and dialog.save_button.isEnabled()
    assert dialog.print_button.text() == {"vi": "&In…", "en": "&Print…"}[language]
    screenshot(dialog, f"day-summary-print-{language}")
    assert dialog.summary is not None
    day = dialog.summary.day
    words = PrintLanguage(language)

    target = tmp_path / "summary.pdf"
    dialog.save_pdf_to(str(target))

    qtbot.waitUntil(
        lambda: (
            supervisor.notices.current is not None
            and str(target) in supervisor.notices.current.text
        ),
        timeout=10_000,
    )
    assert not (tmp_path / "summary.pdf.part").exists()
    pdf = target.read_bytes()
    assert pdf.startswith(b"%PDF") and b"/MediaBox [0 0 595" in pdf  # A4
    text = pdf_text(pdf)
    assert "Công an phường Ba Đình" in text and "HN0001" in text
    assert words.date(day, with_weekday=True) in text  # the weekday in the chosen language
    assert "Nguyễn Văn An (officer1) 2 0 1 1 1 0 0 0" in text
    assert "Trần Thị Bình (super1) 1 1 0 0 0 0 0 0" in text
    total = words.translate("DaySummarySheet", "Total")
    assert f"{total} 3 1 1 1 1 0 0 0" in text
    assert "Trần Thị Bình (super1)" in text.split(total)[-1]  # printed by, after the table

    printed = tmp_path / "printed.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(printed))
    dialog.print_summary_on(printer)

    qtbot.waitUntil(
        lambda: (
            supervisor.notices.current is not None
            and supervisor.notices.current.text == dialog.tr("The summary went to the printer.")
        ),
        timeout=10_000,
    )
    assert f"{total} 3 1 1 1 1 0 0 0" in pdf_text(printed.read_bytes())
    dialog.close()
    qtbot.waitUntil(lambda: supervisor.tasks.running == 0)


def test_printed_summary_preview(
    qtbot: QtBot, supervisor: UiContext, screenshot: Screenshot
) -> None:
    """An image of the printed page, for review."""
    core = supervisor.core
    seal_held(core)
    summary = supervisor_review(core).day_summary(
        core.clock().astimezone(local_zone()).date(), local_zone()
    )
    report = DaySummaryReport(
        "HN0001",
        "Công an phường Ba Đình",
        summary,
        core.clock(),
        "super1",
        {"super1": "Trần Thị Bình"},
    )
    label = QLabel()
    qtbot.addWidget(label)
    image = day_summary_image(report, "vi", dpi=90)
    label.setPixmap(QPixmap.fromImage(image))
    label.resize(image.size())
    assert not image.isNull()
    screenshot(label, "day-summary-printed")


def test_summary_cannot_be_printed_before_it_is_counted(
    qtbot: QtBot, supervisor: UiContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(DaySummaryDialog, "load", lambda self: None)
    dialog = DaySummaryDialog(supervisor, dt.date(2026, 11, 23))
    qtbot.addWidget(dialog)

    assert not dialog.print_button.isEnabled() and not dialog.save_button.isEnabled()
    assert dialog.report() is None
    dialog.print_summary()  # nothing opens
    dialog.save_pdf()
    assert dialog.file_dialog is None
