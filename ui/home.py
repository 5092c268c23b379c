"""The home screen: today's work, the queue, the link to the register, the devices, warnings,
the big actions and the officer's unfinished drafts.

The numbers come from :func:`station.home_summary.home_summary` on a worker (every 30 s, when
the screen is shown, and a little after sync progress); the GUI thread only sets labels.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from devices.card.readers import ReaderSnapshot, ReaderState
from station.config.settings import CAMERA_DEVICE
from station.home_summary import (
    HomeSummary,
    HomeWarning,
    WarningKind,
    home_summary,
    home_warnings,
    last_success,
)
from station.sync.progress import SyncPhase, SyncProgress
from ui.context import UiContext

REFRESH_MS = 30_000
SYNC_THROTTLE_MS = 2_000  # sync progress comes in bursts: reload at most this often
MAX_DRAFTS_SHOWN = 5
_WARNING_STYLE = {
    "amber": "background: #fff3cd; color: #664d03; padding: 6px;",
    "red": "background: #f8d7da; color: #842029; padding: 6px; font-weight: bold;",
}
_BIG_BUTTON = "QPushButton { font-size: 13pt; padding: 10px 18px; }"

# (signal, object name, shortcut); the window's menu actions use the same keys
ACTIONS = (
    ("new_application_requested", "newApplicationButton", "Ctrl+N"),
    ("queue_requested", "queueButton", "Ctrl+Shift+Q"),
    ("sync_requested", "syncButton", "F9"),
    ("export_requested", "exportButton", "Ctrl+E"),
)


def qt_time(moment: dt.datetime) -> QDateTime:
    """An aware datetime as a local QDateTime."""
    return QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))


def short_time(moment: dt.datetime) -> str:
    """Local date and time in the screen's locale."""
    return QLocale().toString(qt_time(moment), QLocale.FormatType.ShortFormat)


def clear_layout(layout: QVBoxLayout) -> None:
    """Remove and delete every widget of *layout*."""
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.hide()
            widget.deleteLater()


class HomePage(QWidget):
    """What the officer sees after logging in, and where every day's work starts."""

    new_application_requested = Signal()
    queue_requested = Signal()
    sync_requested = Signal()
    export_requested = Signal()
    resume_draft_requested = Signal(str)
    refreshed = Signal()  # a new summary is on screen

    def __init__(
        self, ctx: UiContext, parent: QWidget | None = None, *, shortcuts: bool = False
    ) -> None:
        """*shortcuts*: bind Ctrl+N, Ctrl+Shift+Q, F9 and Ctrl+E here; leave it off inside
        a window whose menu actions already use those keys (two owners make them dead)."""
        super().__init__(parent)
        self.setObjectName("homePage")
        self.ctx = ctx
        self.summary: HomeSummary | None = None
        self._loading = False
        self._again = False

        self.greeting = QLabel(self)
        self.greeting.setObjectName("homeGreeting")
        self.greeting.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.buttons = self._action_buttons(shortcuts)
        self.warnings_box = QWidget(self)
        self.warnings_box.setObjectName("homeWarnings")
        self.warnings_layout = QVBoxLayout(self.warnings_box)
        self.warnings_layout.setContentsMargins(0, 0, 0, 0)
        self.numbers: dict[str, QLabel] = {}
        self.connection = self._label("homeConnection")
        self.last_sync = self._label("homeLastSync")
        self.next_retry = self._label("homeNextRetry")
        self.sync_error = self._label("homeSyncError")
        self.camera = self._label("homeCamera")
        self.reader = self._label("homeReader")
        self.drafts_box = QGroupBox(self.tr("Your unfinished applications"), self)
        self.drafts_box.setObjectName("homeDrafts")
        self.drafts_layout = QVBoxLayout(self.drafts_box)
        self._build_layout()

        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._throttle = QTimer(self)
        self._throttle.setSingleShot(True)
        self._throttle.setInterval(SYNC_THROTTLE_MS)
        self._connect_signals()
        self._timer.start()
        self._session_changed()
        self._show_progress(ctx.sync_events.last)
        self._show_reader(ctx.reader_events.last)
        self._show_camera()

    # ------------------------------------------------------------------ construction

    def _label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        return label

    def _action_buttons(self, shortcuts: bool) -> dict[str, QPushButton]:
        texts = {
            "new_application_requested": self.tr("&New application"),
            "queue_requested": self.tr("&Queue"),
            "sync_requested": self.tr("S&ync now"),
            "export_requested": self.tr("&Export to USB"),
        }
        buttons = {}
        for signal_name, object_name, keys in ACTIONS:
            sequence = QKeySequence(keys)
            label = sequence.toString(QKeySequence.SequenceFormat.NativeText)
            button = QPushButton(f"{texts[signal_name]}\n{label}", self)
            button.setObjectName(object_name)
            button.setStyleSheet(_BIG_BUTTON)
            button.setMinimumHeight(64)
            button.clicked.connect(getattr(self, signal_name))
            if shortcuts:
                shortcut = QShortcut(sequence, self)
                shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
                shortcut.activated.connect(button.click)
            buttons[signal_name] = button
        return buttons

    def _numbers_group(
        self, title: str, rows: list[tuple[str, list[str]]], heads: list[str]
    ) -> QGroupBox:
        group = QGroupBox(title, self)
        grid = QGridLayout(group)
        for column, head in enumerate(heads, start=1):
            grid.addWidget(QLabel(f"<b>{head}</b>", group), 0, column, Qt.AlignmentFlag.AlignRight)
        for row, (text, names) in enumerate(rows, start=1):
            grid.addWidget(QLabel(text, group), row, 0)
            for column, name in enumerate(names, start=1):
                value = QLabel("–", group)
                value.setObjectName(name)
                value.setAlignment(Qt.AlignmentFlag.AlignRight)
                value.setStyleSheet("font-size: 13pt;")
                self.numbers[name] = value
                grid.addWidget(value, row, column)
        return group

    def _build_layout(self) -> None:
        today = self._numbers_group(
            self.tr("Today"),
            [
                (self.tr("Sealed"), ["mineSealed", "stationSealed"]),
                (self.tr("Accepted"), ["mineAccepted", "stationAccepted"]),
                (self.tr("Rejected"), ["mineRejected", "stationRejected"]),
            ],
            [self.tr("Me"), self.tr("Station")],
        )
        queue = self._numbers_group(
            self.tr("Queue"),
            [
                (self.tr("Waiting"), ["queueWaiting"]),
                (self.tr("Sending"), ["queueSending"]),
                (self.tr("Accepted"), ["queueAccepted"]),
                (self.tr("Rejected"), ["queueRejected"]),
                (self.tr("On USB, waiting for the register"), ["queueExported"]),
            ],
            [""],
        )
        connection = QGroupBox(self.tr("Register"), self)
        box = QVBoxLayout(connection)
        for label in (self.connection, self.last_sync, self.next_retry, self.sync_error):
            box.addWidget(label)
        box.addStretch(1)
        devices = QGroupBox(self.tr("Devices"), self)
        box = QVBoxLayout(devices)
        box.addWidget(self.camera)
        box.addWidget(self.reader)
        box.addStretch(1)

        actions = QHBoxLayout()
        for button in self.buttons.values():
            actions.addWidget(button)
        grid = QGridLayout()
        grid.addWidget(today, 0, 0)
        grid.addWidget(queue, 0, 1)
        grid.addWidget(connection, 0, 2)
        grid.addWidget(devices, 0, 3)
        content = QWidget(self)
        column = QVBoxLayout(content)
        column.addWidget(self.greeting)
        column.addLayout(actions)
        column.addWidget(self.warnings_box)
        column.addLayout(grid)
        column.addWidget(self.drafts_box)
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.setFocusProxy(self.buttons["new_application_requested"])

    def _connect_signals(self) -> None:
        self._timer.timeout.connect(self._timed_refresh)
        self._throttle.timeout.connect(self._timed_refresh)
        self.ctx.session.changed.connect(self._session_changed)
        self.ctx.sync_events.progress.connect(self._sync_progress)
        self.ctx.reader_events.snapshot.connect(self._show_reader)

    # ------------------------------------------------------------------ loading

    def refresh(self) -> None:
        """Reload the numbers on a worker (a second call while loading runs once after)."""
        officer = self.ctx.session.officer
        if officer is None:
            return
        if self._loading:
            self._again = True
            return
        self._loading = True
        core, officer_id = self.ctx.core, officer.officer_id
        self.ctx.tasks.run(lambda: home_summary(core, officer_id), self._loaded, self._failed)

    def _timed_refresh(self) -> None:
        if self.isVisible():
            self.refresh()

    def _loaded(self, summary: HomeSummary) -> None:
        if not isValid(self):
            return
        self._loading = False
        self.summary = summary
        self._show_summary(summary)
        self.refreshed.emit()
        if self._again:
            self._again = False
            self.refresh()

    def _failed(self, error: BaseException) -> None:
        if not isValid(self):
            return
        self._loading = False
        self._again = False
        self.ctx.notices.error(error)

    def _session_changed(self) -> None:
        officer = self.ctx.session.officer
        if officer is None:
            self.summary = None
            self.greeting.clear()
            return
        self.greeting.setText(
            self.tr("Hello, %1").replace("%1", officer.display_name)
            + " · "
            + QLocale().toString(QDate.currentDate(), QLocale.FormatType.LongFormat)
        )
        self.refresh()

    def _sync_progress(self, progress: SyncProgress) -> None:
        self._show_progress(progress)
        if not self._throttle.isActive():
            self._throttle.start()

    # ------------------------------------------------------------------ showing

    def _show_summary(self, summary: HomeSummary) -> None:
        values = {
            "mineSealed": summary.mine.sealed,
            "mineAccepted": summary.mine.accepted,
            "mineRejected": summary.mine.rejected,
            "stationSealed": summary.station.sealed,
            "stationAccepted": summary.station.accepted,
            "stationRejected": summary.station.rejected,
            "queueWaiting": summary.queue.waiting,
            "queueSending": summary.queue.sending,
            "queueAccepted": summary.queue.accepted,
            "queueRejected": summary.queue.rejected,
            "queueExported": summary.queue.exported,
        }
        locale = QLocale()
        for name, value in values.items():
            self.numbers[name].setText(locale.toString(value))
        self._show_progress(self.ctx.sync_events.last)
        self._show_drafts(summary)
        self._show_warnings(summary)

    def _show_progress(self, progress: SyncProgress | None) -> None:
        summary = self.summary
        if progress is None:
            enrolled = summary is None or summary.enrolled
            self.connection.setText(
                self.tr("Sync has not started yet.") if enrolled else self.tr("Not enrolled")
            )
        else:
            self.connection.setText(self._phase_text(progress.phase))
        last = None if summary is None else last_success(summary, progress)
        if summary is None and progress is not None:
            last = progress.last_success_at
        self.last_sync.setText(
            self.tr("Last successful sync: %1").replace("%1", short_time(last))
            if last is not None
            else self.tr("Last successful sync: never")
        )
        retry = progress.next_retry_at if progress is not None else None
        waiting = progress is not None and progress.phase in (
            SyncPhase.OFFLINE,
            SyncPhase.RETRY_WAIT,
        )
        self.next_retry.setVisible(retry is not None and waiting)
        if retry is not None:
            self.next_retry.setText(self.tr("Next attempt: %1").replace("%1", short_time(retry)))
        error = None
        if progress is not None and progress.phase is not SyncPhase.IDLE:
            error = progress.last_error
        self.sync_error.setVisible(error is not None)
        if error is not None:
            self.sync_error.setText(error.message(self.ctx.language))

    def _phase_text(self, phase: SyncPhase) -> str:
        return {
            SyncPhase.NOT_ENROLLED: self.tr("Not enrolled"),
            SyncPhase.IDLE: self.tr("Connected"),
            SyncPhase.SENDING: self.tr("Sending"),
            SyncPhase.PULLING: self.tr("Receiving results"),
            SyncPhase.OFFLINE: self.tr("Offline: the applications wait in the queue"),
            SyncPhase.RETRY_WAIT: self.tr("The register is busy: waiting to retry"),
            SyncPhase.BLOCKED: self.tr("Sync blocked: ask IT"),
            SyncPhase.STOPPED: self.tr("Sync stopped"),
        }[phase]

    def _show_camera(self) -> None:
        if self.ctx.demo:
            self.camera.setText(self.tr("Camera: simulated (demo mode)"))
        else:
            device = self.ctx.core.config[CAMERA_DEVICE]
            self.camera.setText(self.tr("Camera: device %1 configured").replace("%1", device))

    def _show_reader(self, snapshot: ReaderSnapshot | None) -> None:
        if snapshot is None:
            self.reader.setText(self.tr("Card reader: checking…"))
            return
        texts = {
            ReaderState.NO_SERVICE: self.tr("Card reader: the PC/SC service is not running"),
            ReaderState.NO_READER: self.tr("Card reader: none connected"),
            ReaderState.NO_CARD: self.tr("Card reader: ready, no card"),
            ReaderState.CARD_PRESENT: self.tr("Card reader: a card is on the reader"),
        }
        text = texts[snapshot.state]
        if snapshot.selected:
            text += f" ({snapshot.selected})"
        self.reader.setText(text)

    def _show_drafts(self, summary: HomeSummary) -> None:
        clear_layout(self.drafts_layout)
        drafts = summary.drafts
        self.drafts_box.setVisible(bool(drafts))
        for draft in drafts[:MAX_DRAFTS_SHOWN]:
            row = QWidget(self.drafts_box)
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            text = (
                self.tr("Started %1, last saved %2")
                .replace("%1", short_time(draft.created_at))
                .replace("%2", short_time(draft.updated_at))
            )
            line.addWidget(QLabel(text, row), 1)
            button = QPushButton(self.tr("&Continue"), row)
            button.setObjectName("continueDraft")
            button.setProperty("application_id", draft.application_id)
            button.setAccessibleName(
                self.tr("Continue the application started %1").replace(
                    "%1", short_time(draft.created_at)
                )
            )
            application_id = draft.application_id
            button.clicked.connect(
                lambda _=False, a=application_id: self.resume_draft_requested.emit(a)
            )
            line.addWidget(button)
            self.drafts_layout.addWidget(row)
            row.show()  # at once, not on the next event loop pass (screenshots, tests)
        hidden = len(drafts) - MAX_DRAFTS_SHOWN
        if hidden > 0:
            more = QLabel(self.tr("… and %n more.", "", hidden), self.drafts_box)
            self.drafts_layout.addWidget(more)
            more.show()

    def _show_warnings(self, summary: HomeSummary) -> None:
        clear_layout(self.warnings_layout)
        for level, text in self.warnings(summary):
            label = QLabel(text, self.warnings_box)
            label.setObjectName("homeWarning")
            label.setProperty("level", level)
            label.setWordWrap(True)
            label.setStyleSheet(_WARNING_STYLE[level])
            self.warnings_layout.addWidget(label)
            label.show()
        self.warnings_box.setVisible(self.warnings_layout.count() > 0)

    def warnings(self, summary: HomeSummary) -> list[tuple[str, str]]:
        """(level, text) of every warning for *summary*, the most serious first."""
        progress = self.ctx.sync_events.last
        now = self.ctx.core.clock()
        return [
            (w.level.value, self._warning_text(w)) for w in home_warnings(summary, progress, now)
        ]

    def _warning_text(self, warning: HomeWarning) -> str:
        n = warning.number
        kind = warning.kind
        if kind is WarningKind.DISK_FULL:
            return self.tr(
                "The disk is nearly full (%1 MB left): no new applications. "
                "Sync or export to USB, then call IT."
            ).replace("%1", str(n))
        if kind is WarningKind.DISK_LOW:
            return self.tr(
                "Free disk space is low (%1 MB left). Sync or export to USB and tell IT."
            ).replace("%1", str(n))
        if kind is WarningKind.NOT_ENROLLED:
            return self.tr(
                "The station is not enrolled with the register: applications cannot be "
                "sealed. Ask IT to enrol it (Settings → Sync)."
            )
        if kind is WarningKind.SYNC_BLOCKED:
            return self.tr("Sync has stopped: ask IT (Settings → Sync).")
        if kind is WarningKind.NEVER_SYNCED:
            return self.tr("The station has not synced with the register yet.")
        if kind is WarningKind.SYNC_STALE:
            return self.tr(
                "No successful sync for %n day(s): connect the station or export to USB.", "", n
            )
        if kind is WarningKind.CLOCK_SKEW:
            return self.tr(
                "The station clock is %n minute(s) off the register: ask IT to set the time.",
                "",
                n,
            )
        return self.tr("%n unfinished application(s): continue or discard them below.", "", n)

    def warning_texts(self) -> list[tuple[str, str]]:
        """The warnings on screen now (level, text), for tests and the log."""
        out = []
        for index in range(self.warnings_layout.count()):
            item = self.warnings_layout.itemAt(index)
            widget = item.widget() if item is not None else None
            if isinstance(widget, QLabel):
                out.append((str(widget.property("level")), widget.text()))
        return out
