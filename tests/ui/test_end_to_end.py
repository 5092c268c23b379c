"""The whole officer's flow in demo mode, as main.py builds it, against a real register process.

Log in, read the demo citizen's chip, complete the form, auto-capture the portrait, review,
seal, save the slip as PDF, and see the register accept the application.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from main import StationLauncher
from station.config import load_config
from station.demo import DEMO_CLERK, DEMO_PASSWORD
from station.record import PortraitRef
from station.samples import sample_record
from station.services import StationCore
from station.storage.schema import OutboxState
from station.sync.progress import SyncPhase
from station.validation import Severity, validate

pytestmark = [pytest.mark.gui, pytest.mark.register, pytest.mark.slow]


@pytest.fixture
def launcher(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[StationLauncher]:
    """The demo station as main.py starts it: temp folder, local register, simulated devices."""
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    station = StationLauncher(qapp, load_config([], {}), "vi", demo=True)
    try:
        yield station
    finally:
        if station.window is not None:
            station.window.close()
        station.shutdown()


def test_a_full_application_from_card_read_to_accepted(
    qtbot: QtBot,
    launcher: StationLauncher,
    screenshot: Callable[[QWidget, str], Path],
    tmp_path: Path,
) -> None:
    assert launcher.start()
    window = launcher.window
    assert window is not None
    qtbot.addWidget(window)

    # The login window shows while the station still opens: the officer types at once and
    # the login goes through as soon as the station is open.
    login = window.login
    screenshot(window, "e2e-1-login")
    qtbot.keyClicks(login.officer_id, DEMO_CLERK)
    qtbot.keyClicks(login.password, DEMO_PASSWORD)
    qtbot.keyClick(login.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.is_open, timeout=60_000)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.screens.home, timeout=20_000)
    screenshot(window, "e2e-2-home")
    ctx, core = launcher.ctx, launcher.core
    assert ctx is not None and core is not None
    qtbot.waitUntil(lambda: core.sync_state.enrolment() is not None, timeout=90_000)

    window.new_action.trigger()
    wizard = window.screens.wizard
    qtbot.waitUntil(lambda: wizard.state is not None, timeout=10_000)  # type: ignore[attr-defined]
    state = wizard.state  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: wizard.current_index == 0)  # type: ignore[attr-defined]
    assert wizard.next()  # type: ignore[attr-defined]

    identify = wizard.current_page()  # type: ignore[attr-defined]
    identify.key_tabs.setCurrentIndex(2)
    qtbot.mouseClick(identify.demo_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(identify.read_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: state.chip is not None, timeout=30_000)
    qtbot.waitUntil(lambda: bool(state.record.applicant.id_number), timeout=5_000)
    screenshot(window, "e2e-3-identify")
    assert wizard.next()  # type: ignore[attr-defined]

    # The form: the chip filled the person; the officer completes what the chip lacks.
    form = wizard.current_page()  # type: ignore[attr-defined]
    birth = form.findChild(QWidget, "placeOfBirthRegistration")
    province = birth.findChild(QLineEdit, "provinceField")
    qtbot.keyClicks(province, "ha noi")
    qtbot.keyClick(province, Qt.Key.Key_Return)
    commune = birth.findChild(QLineEdit, "communeField")
    qtbot.keyClicks(commune, "ba dinh")
    qtbot.keyClick(commune, Qt.Key.Key_Return)
    permanent = form.findChild(QWidget, "permanentResidence")
    convert = permanent.findChild(QPushButton, "convertButton")
    qtbot.waitUntil(convert.isVisible)
    convert.click()
    qtbot.waitUntil(lambda: not form_errors(state.record, core), timeout=10_000)
    screenshot(window, "e2e-4-form")
    assert wizard.next()  # type: ignore[attr-defined]

    # The portrait: the demo camera plays a real portrait; auto-capture keeps it.
    qtbot.waitUntil(lambda: state.record.portrait is not None, timeout=60_000)
    screenshot(window, "e2e-5-portrait")
    assert wizard.next()  # type: ignore[attr-defined]

    review = wizard.current_page()  # type: ignore[attr-defined]
    for box in review.findChildren(QCheckBox):
        if box.objectName().startswith("ack:"):
            box.setChecked(True)
    screenshot(window, "e2e-6-review")
    assert wizard.next()  # type: ignore[attr-defined]

    seal = wizard.current_page()  # type: ignore[attr-defined]
    qtbot.mouseClick(seal.seal_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: state.receipt is not None, timeout=30_000)
    number = state.receipt.application_number
    assert seal.number_label.text().find(number) >= 0
    screenshot(window, "e2e-7-sealed")

    # The appointment slip, saved as the officer would from the file dialog.
    slip = tmp_path / "slip.pdf"
    seal.save_slip_to(str(slip))
    qtbot.waitUntil(slip.exists, timeout=10_000)
    assert slip.read_bytes().startswith(b"%PDF")

    qtbot.waitUntil(lambda: core.outbox.counts()[OutboxState.ACCEPTED] == 1, timeout=60_000)
    assert core.outbox.counts()[OutboxState.QUEUED] == 0
    window.show_queue()
    screenshot(window, "e2e-8-queue")


def form_errors(record: object, core: StationCore) -> list[str]:
    """Errors on the form's own fields (the portrait comes later)."""
    return [
        f"{f.field}:{f.code}"
        for f in validate(record, core.validation_context(dt.date.today()))  # type: ignore[arg-type]
        if f.severity is Severity.ERROR and not f.field.startswith("portrait")
    ]


def test_the_register_going_down_leaves_the_application_queued_and_says_so(
    qtbot: QtBot, launcher: StationLauncher, screenshot: Callable[[QWidget, str], Path]
) -> None:
    assert launcher.start()
    window = launcher.window
    assert window is not None
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.is_open, timeout=60_000)
    ctx, core = launcher.ctx, launcher.core
    assert ctx is not None and core is not None
    qtbot.waitUntil(lambda: core.sync_state.enrolment() is not None, timeout=90_000)
    ctx.session.log_in(core.accounts.login(DEMO_CLERK, DEMO_PASSWORD))
    window.show_home()
    qtbot.waitUntil(lambda: ctx.sync_events.last is not None, timeout=30_000)

    launcher._register.kill()  # the register (or the line) goes down
    application_id = seal_sample(core)
    core.sync.wake()
    qtbot.waitUntil(
        lambda: (
            ctx.sync_events.last is not None
            and ctx.sync_events.last.phase in (SyncPhase.OFFLINE, SyncPhase.RETRY_WAIT)
        ),
        timeout=60_000,
    )
    window.show_home()
    screenshot(window, "e2e-register-down")
    assert core.outbox.counts()[OutboxState.QUEUED] == 1
    assert window.sync_label.text().startswith(("Offline", "Waiting to retry"))

    launcher._register.restart()
    window.sync_action.trigger()  # the officer's "Sync now"
    qtbot.waitUntil(lambda: core.outbox.counts()[OutboxState.ACCEPTED] == 1, timeout=90_000)
    assert application_id


def seal_sample(core: StationCore) -> str:
    """Seal a complete sample application the officer's way (draft, photo, seal)."""
    draft = core.drafts.start(DEMO_CLERK, core.station_code)
    application_id = draft.meta.application_id
    digest = core.drafts.put_attachment(application_id, "portrait", b"\xff\xd8" + bytes(4000))
    record = dataclasses.replace(
        sample_record(core.refdata, core.clock()),
        meta=draft.meta,
        portrait=PortraitRef("portrait", digest, core.clock()),
    )
    core.drafts.save(record)
    core.sealer().seal(application_id, DEMO_CLERK)
    return application_id
