"""The audit viewer: administrators only, paged newest first, filters, chain verification."""

from __future__ import annotations

import datetime as dt
import gc
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import update

from station.audit import AuditAction
from station.services import StationCore
from station.storage.schema import AuditEvent
from ui.audit_view import ACTION, AuditFilter, AuditModel, AuditPage, action_label
from ui.context import UiContext

PASSWORD = "Officer-pass-2026"
Screenshot = Callable[[QWidget, str], Path]


def add_events(core: StationCore, count: int, *, at: dt.datetime | None = None) -> None:
    """*count* print events by officer1, one second apart, in one transaction."""
    start = at or core.clock()

    def work(session) -> None:
        for i in range(count):
            core.audit.append(
                session,
                at=start + dt.timedelta(seconds=i),
                actor="officer1",
                action=AuditAction.PRINT,
                application_number=f"HN0001-261123-{i:05d}-XX",
                detail={"copies": 1},
            )

    core.writer.run(work)


@pytest.fixture(autouse=True)
def _collect_on_the_gui_thread() -> Iterator[None]:
    """Collect each test's Qt objects on the GUI thread, not on a worker later."""
    yield
    gc.collect()


@pytest.fixture
def admin(ui_ctx: UiContext) -> UiContext:
    ui_ctx.session.log_in(ui_ctx.core.accounts.login("admin", PASSWORD))
    return ui_ctx


def make_page(qtbot: QtBot, ctx: UiContext) -> AuditPage:
    page = AuditPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 650)
    return page


def test_recent_pages_by_sequence_and_filters_by_time(station_core: StationCore) -> None:
    core = station_core
    earlier = core.clock() - dt.timedelta(days=2)
    add_events(core, 5, at=earlier)
    add_events(core, 5)
    with core.database.reader_sessions()() as session:
        first = core.audit.recent(session, 4, action=AuditAction.PRINT)
        second = core.audit.recent(session, 4, action=AuditAction.PRINT, before_seq=first[-1].seq)
        old = core.audit.recent(session, 100, since=earlier, until=earlier + dt.timedelta(hours=1))
        mine = core.audit.recent(session, 100, actor="officer1")

    assert [e.seq for e in first + second] == sorted((e.seq for e in first + second), reverse=True)
    assert len({e.seq for e in first + second}) == 8
    assert len(old) == 5 and all(e.at < earlier + dt.timedelta(hours=1) for e in old)
    assert len(mine) == 10


def test_model_pages_lazily(qtbot: QtBot, qtmodeltester, admin: UiContext) -> None:
    core = admin.core
    add_events(core, 450)
    model = AuditModel(core.database.reader_sessions(), core.audit, admin.tasks)
    qtmodeltester.check(model)

    model.set_filter(AuditFilter(action=AuditAction.PRINT))
    qtbot.waitUntil(lambda: model.rowCount() == 200 and not model.is_loading)
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    qtbot.waitUntil(lambda: model.rowCount() == 400 and not model.is_loading)
    model.fetchMore(QModelIndex())
    qtbot.waitUntil(lambda: model.rowCount() == 450 and not model.is_loading)

    assert not model.canFetchMore(QModelIndex())
    seqs = [model.entry(r).seq for r in range(450)]
    assert seqs == sorted(seqs, reverse=True)
    assert model.data(model.index(0, ACTION)) == "Printed"
    qtbot.waitUntil(lambda: admin.tasks.running == 0)


def test_audit_page_for_an_administrator(
    qtbot: QtBot, admin: UiContext, screenshot: Screenshot
) -> None:
    add_events(admin.core, 3)
    page = make_page(qtbot, admin)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() >= 8 and not page.model.is_loading)

    assert page.denied_label.isHidden()
    actions = {page.model.entry(r).action for r in range(page.model.rowCount())}
    assert {"account_created", "login", "print"} <= actions
    screenshot(page, "audit")

    page.action_combo.setCurrentIndex(page.action_combo.findData(AuditAction.LOGIN))
    qtbot.waitUntil(
        lambda: (
            not page.model.is_loading
            and {page.model.entry(r).action for r in range(page.model.rowCount())} == {"login"}
        )
    )
    page.action_combo.setCurrentIndex(0)
    page.actor_edit.setText("officer1")
    page.apply_filters()
    qtbot.waitUntil(
        lambda: (
            not page.model.is_loading
            and {page.model.entry(r).actor for r in range(page.model.rowCount())} == {"officer1"}
        )
    )
    qtbot.waitUntil(lambda: admin.tasks.running == 0)


def test_verify_reports_an_intact_chain_then_the_tampered_event(
    qtbot: QtBot, admin: UiContext
) -> None:
    core = admin.core
    add_events(core, 5)
    page = make_page(qtbot, admin)

    page.verify_button.click()
    qtbot.waitUntil(lambda: page.verification is not None)
    assert page.verification is not None and page.verification.ok
    assert "intact" in page.verify_label.text()

    with core.database.reader_sessions()() as session:
        target = core.audit.recent(session, 1, action=AuditAction.PRINT)[0].seq - 2
    core.writer.run(
        lambda session: session.execute(
            update(AuditEvent).where(AuditEvent.seq == target).values(detail='{"copies":9}')
        )
    )
    page.verification = None
    page.verify_button.click()
    qtbot.waitUntil(lambda: page.verification is not None)

    assert page.verification is not None and not page.verification.ok
    assert page.verification.first_broken_seq == target
    assert f"event {target}" in page.verify_label.text()
    assert "call IT" in page.verify_label.text()
    qtbot.waitUntil(lambda: admin.tasks.running == 0)


@pytest.mark.parametrize("officer_id", ["officer1", "super1"])
def test_only_administrators_see_the_audit_log(
    qtbot: QtBot, ui_ctx: UiContext, officer_id: str
) -> None:
    ui_ctx.session.log_in(ui_ctx.core.accounts.login(officer_id, PASSWORD))
    page = make_page(qtbot, ui_ctx)
    qtbot.waitUntil(lambda: not page.model.is_loading)

    assert not page.denied_label.isHidden()
    assert page.model.rowCount() == 0
    assert not page.verify_button.isEnabled()
    qtbot.waitUntil(lambda: ui_ctx.tasks.running == 0)


def test_every_action_has_a_label() -> None:
    assert all(action_label(a) != a.value for a in AuditAction)
    assert action_label("something_new") == "something_new"
