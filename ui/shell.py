"""The station's main window: menus, the notification area and one screen at a time.

The window only composes and switches screens; each screen is its own widget built from
the same :class:`UiContext`. Signals between screens are wired in ``_connect_signals``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from station.roles import Role
from station.sync.progress import SyncPhase, SyncProgress
from ui.context import ShellContext, UiContext
from ui.login import LoginPage

log = logging.getLogger(__name__)


class ShellScreens:
    """The screens the window switches between.

    Login, lock and home exist from the start; the others are built the first time they
    are shown (each is a few hundred widgets, and most sessions never open some of them),
    which keeps the start to the login window short.
    """

    LAZY = ("wizard", "queue", "review", "settings", "audit")

    def __init__(
        self,
        *,
        login: QWidget,
        lock: QWidget,
        home: QWidget,
        factories: dict[str, Callable[[], QWidget]],
    ) -> None:
        self.login = login
        self.lock = lock
        self.home = home
        self._factories = factories
        self._built: dict[str, QWidget] = {}
        self.on_built: Callable[[str, QWidget], None] | None = None

    def get(self, name: str) -> QWidget:
        """The screen *name*, built now if it was not yet."""
        screen = self._built.get(name)
        if screen is None:
            screen = self._factories[name]()
            self._built[name] = screen
            if self.on_built is not None:
                self.on_built(name, screen)
        return screen

    def built(self, name: str) -> QWidget | None:
        """The screen *name* if it has been built, else None (nothing is built)."""
        return self._built.get(name)

    def name_of(self, screen: QWidget) -> str | None:
        """The name of a built lazy screen."""
        return next((n for n, w in self._built.items() if w is screen), None)

    @property
    def wizard(self) -> QWidget:
        """The new-application wizard."""
        return self.get("wizard")

    @property
    def queue(self) -> QWidget:
        """The queue screen."""
        return self.get("queue")

    @property
    def review(self) -> QWidget:
        """The supervisor's review screen."""
        return self.get("review")

    @property
    def settings(self) -> QWidget:
        """The settings screen."""
        return self.get("settings")

    @property
    def audit(self) -> QWidget:
        """The audit log screen."""
        return self.get("audit")


class StationWindow(QMainWindow):
    """Top-level window: one screen at a time under the menus and the notification area.

    It shows with the login screen alone while the station opens (the officer can type at
    once); :meth:`attach` then brings the open station's context and the other screens.
    """

    def __init__(
        self,
        shell: ShellContext,
        login: LoginPage,
        *,
        version: str,
        open_diagnostics: Callable[[QWidget], None],
        open_export: Callable[[QWidget], None],
        open_day_summary: Callable[[QWidget], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.shell = shell
        self.login = login
        self._ctx: UiContext | None = None
        self._screens: ShellScreens | None = None
        self._version = version
        self._open_diagnostics = open_diagnostics
        self._open_export = open_export
        self._open_day_summary = open_day_summary
        self._before_lock: QWidget | None = None

        self.setWindowTitle(self.tr("Intake station"))
        self.setMinimumSize(1024, 640)
        self.resize(1366, 768)

        self.demo_banner = QLabel(self.tr("Demo mode is on: nothing entered here is real."))
        self.demo_banner.setObjectName("demoBanner")
        self.demo_banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.demo_banner.setStyleSheet(
            "QLabel#demoBanner { background: #fff3cd; color: #664d03; padding: 4px;"
            " font-weight: bold; }"
        )
        self.demo_banner.setVisible(shell.demo)

        self.stack = QStackedWidget(self)
        self.stack.setObjectName("screens")
        self.stack.addWidget(login)

        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.demo_banner)
        layout.addWidget(shell.notices)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.officer_label = QLabel(self)
        self.officer_label.setObjectName("officerLabel")
        self.sync_label = QLabel(self.tr("Opening the station…"), self)
        self.sync_label.setObjectName("syncLabel")
        self.statusBar().addPermanentWidget(self.sync_label)
        self.statusBar().addPermanentWidget(self.officer_label)

        self._build_actions()
        self.diagnostics_action.setEnabled(False)  # it checks the open station's key
        self._build_menus()
        self._connect_signals()
        self._session_changed()

    def attach(self, ctx: UiContext, screens: ShellScreens) -> None:
        """The station is open: its context and every screen (login is already there)."""
        self._ctx = ctx
        self._screens = screens
        for screen in (screens.lock, screens.home):
            self.stack.addWidget(screen)
        screens.on_built = self._screen_built
        self._connect_screens(screens)
        self.diagnostics_action.setEnabled(True)
        last = ctx.sync_events.last
        if last is None:
            self.sync_label.clear()
        else:
            self._sync_progress(last)
        self.login.attach(ctx)

    @property
    def ctx(self) -> UiContext:
        """The open station's context (the window gets it in :meth:`attach`)."""
        if self._ctx is None:
            raise RuntimeError("the station is not open yet")
        return self._ctx

    @property
    def screens(self) -> ShellScreens:
        """The screens (all but login come with :meth:`attach`)."""
        if self._screens is None:
            raise RuntimeError("the station is not open yet")
        return self._screens

    @property
    def is_open(self) -> bool:
        """True once the station is open and every screen is in place."""
        return self._ctx is not None

    # ------------------------------------------------------------------ construction

    def _action(self, text: str, name: str, shortcut: str | None = None) -> QAction:
        action = QAction(text, self)
        action.setObjectName(name)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        return action

    def _build_actions(self) -> None:
        self.home_action = self._action(self.tr("&Home"), "homeAction", "Ctrl+H")
        self.new_action = self._action(self.tr("&New application"), "newAction", "Ctrl+N")
        self.queue_action = self._action(self.tr("&Queue"), "queueAction", "Ctrl+Shift+Q")
        self.sync_action = self._action(self.tr("&Sync now"), "syncAction", "F9")
        self.export_action = self._action(self.tr("&Export to USB…"), "exportAction", "Ctrl+E")
        self.lock_action = self._action(self.tr("&Lock screen"), "lockAction", "Ctrl+L")
        self.switch_action = self._action(self.tr("S&witch officer"), "switchAction")
        self.quit_action = self._action(self.tr("E&xit"), "quitAction", "Ctrl+Q")
        self.review_action = self._action(self.tr("&Review queue"), "reviewAction", "Ctrl+R")
        self.summary_action = self._action(self.tr("&End-of-day summary…"), "summaryAction")
        self.settings_action = self._action(self.tr("&Settings"), "settingsAction")
        self.audit_action = self._action(self.tr("&Audit log"), "auditAction")
        self.diagnostics_action = self._action(self.tr("&Diagnostics…"), "diagnosticsAction", "F12")
        self.about_action = self._action(self.tr("&About"), "aboutAction")
        self._session_actions = [
            self.home_action,
            self.new_action,
            self.queue_action,
            self.sync_action,
            self.export_action,
            self.lock_action,
            self.switch_action,
            self.review_action,
            self.summary_action,
            self.settings_action,
            self.audit_action,
        ]

    def _build_menus(self) -> None:
        bar = self.menuBar()
        station = bar.addMenu(self.tr("&Station"))
        station.setObjectName("stationMenu")
        for action in (self.home_action, self.new_action, self.queue_action):
            station.addAction(action)
        station.addSeparator()
        station.addAction(self.sync_action)
        station.addAction(self.export_action)
        station.addSeparator()
        station.addAction(self.lock_action)
        station.addAction(self.switch_action)
        station.addAction(self.quit_action)
        self.supervisor_menu = bar.addMenu(self.tr("Su&pervisor"))
        self.supervisor_menu.setObjectName("supervisorMenu")
        self.supervisor_menu.addAction(self.review_action)
        self.supervisor_menu.addAction(self.summary_action)
        self.admin_menu = bar.addMenu(self.tr("A&dministration"))
        self.admin_menu.setObjectName("adminMenu")
        self.admin_menu.addAction(self.settings_action)
        self.admin_menu.addAction(self.audit_action)
        self.help_menu = bar.addMenu(self.tr("&Help"))
        self.help_menu.setObjectName("helpMenu")
        self.help_menu.addAction(self.diagnostics_action)
        self.help_menu.addAction(self.about_action)

    def _connect_signals(self) -> None:
        shell = self.shell
        self.home_action.triggered.connect(self.show_home)
        self.new_action.triggered.connect(self.new_application)
        self.queue_action.triggered.connect(self.show_queue)
        self.sync_action.triggered.connect(self.sync_now)
        self.export_action.triggered.connect(lambda: self._open_export(self))
        self.lock_action.triggered.connect(shell.session.lock)
        self.switch_action.triggered.connect(self.switch_officer)
        self.quit_action.triggered.connect(self.close)
        self.review_action.triggered.connect(lambda: self.show_named("review"))
        self.summary_action.triggered.connect(lambda: self._open_day_summary(self))
        self.settings_action.triggered.connect(lambda: self.show_named("settings"))
        self.audit_action.triggered.connect(lambda: self.show_named("audit"))
        self.diagnostics_action.triggered.connect(lambda: self._open_diagnostics(self))
        self.about_action.triggered.connect(self.show_about)

        shell.session.changed.connect(self._session_changed)
        shell.session.locked.connect(self._locked)
        shell.session.unlocked.connect(self._unlocked)
        shell.sync_events.progress.connect(self._sync_progress)
        self.login.logged_in.connect(self.show_home)

    def _connect_screens(self, s: ShellScreens) -> None:
        s.lock.switch_officer_requested.connect(self.switch_officer)  # type: ignore[attr-defined]
        home = s.home
        home.new_application_requested.connect(self.new_application)  # type: ignore[attr-defined]
        home.queue_requested.connect(self.show_queue)  # type: ignore[attr-defined]
        home.sync_requested.connect(self.sync_now)  # type: ignore[attr-defined]
        home.export_requested.connect(lambda: self._open_export(self))  # type: ignore[attr-defined]
        home.resume_draft_requested.connect(self.resume_draft)  # type: ignore[attr-defined]

    def _screen_built(self, name: str, screen: QWidget) -> None:
        """A lazy screen came into being: put it in the stack and wire its signals."""
        self.stack.addWidget(screen)
        if name == "wizard":
            screen.finished.connect(self.show_home)  # type: ignore[attr-defined]
        elif name == "queue":
            screen.draft_opened.connect(self.resume_draft)  # type: ignore[attr-defined]

    # ------------------------------------------------------------------ navigation

    def show_named(self, name: str) -> None:
        """Switch to a lazy screen by name, if the officer's role allows it (built then)."""
        if not self._role_allows(name):
            self.shell.notices.warning(self.tr("Your role does not allow this screen."))
            return
        self.show_screen(self.screens.get(name))

    def show_screen(self, screen: QWidget) -> None:
        """Switch to *screen* (only while an officer is logged in and not locked)."""
        session = self.shell.session
        if (
            screen is not self.login
            and screen is not self.screens.lock
            and (session.officer is None or session.is_locked)
        ):
            return
        if not self._allowed(screen):
            self.shell.notices.warning(self.tr("Your role does not allow this screen."))
            return
        self.stack.setCurrentWidget(screen)
        refresh = getattr(screen, "refresh", None)
        if callable(refresh) and screen is not self.screens.built("wizard"):
            refresh()
        screen.setFocus()

    def _allowed(self, screen: QWidget) -> bool:
        return self._role_allows(self.screens.name_of(screen))

    def _role_allows(self, name: str | None) -> bool:
        session = self.shell.session
        if name in ("settings", "audit"):
            return session.has_role(Role.ADMIN)
        if name == "review":
            return session.has_role(Role.SUPERVISOR)
        return True

    def show_home(self) -> None:
        """The home screen."""
        self.show_screen(self.screens.home)

    def show_queue(self) -> None:
        """The queue screen."""
        self.show_screen(self.screens.queue)

    def new_application(self) -> None:
        """Start a new application (or go back to the one in progress)."""
        wizard = self.screens.wizard
        state = wizard.state  # type: ignore[attr-defined]
        if state is None or state.is_sealed:
            wizard.start_new()  # type: ignore[attr-defined]
        self.show_screen(wizard)

    def resume_draft(self, application_id: str) -> None:
        """Open a saved draft in the wizard."""
        wizard = self.screens.wizard
        wizard.resume(application_id)  # type: ignore[attr-defined]
        self.show_screen(wizard)

    def sync_now(self) -> None:
        """Ask the sync engine for a pass now."""
        self.ctx.core.sync.resume()
        self.ctx.core.sync.wake()
        self.ctx.notices.info(self.tr("Sync started."))

    # ------------------------------------------------------------------ session

    def _session_changed(self) -> None:
        officer = self.shell.session.officer
        logged_in = officer is not None
        for action in self._session_actions:
            action.setEnabled(logged_in)
        session = self.shell.session
        self.supervisor_menu.menuAction().setVisible(session.has_role(Role.SUPERVISOR))
        self.admin_menu.menuAction().setVisible(session.has_role(Role.ADMIN))
        if officer is None:
            self.officer_label.setText(self.tr("Not logged in"))
            self.stack.setCurrentWidget(self.login)
            self.login.setFocus()
        else:
            self.officer_label.setText(
                self.tr("Officer: %1 (%2)")
                .replace("%1", officer.display_name)
                .replace("%2", officer.officer_id)
            )

    def _locked(self) -> None:
        self._save_work()
        current = self.stack.currentWidget()
        self._before_lock = current if current is not self.screens.lock else None
        for action in self._session_actions:
            action.setEnabled(False)
        self.stack.setCurrentWidget(self.screens.lock)
        refresh = getattr(self.screens.lock, "refresh", None)
        if callable(refresh):
            refresh()
        self.screens.lock.setFocus()

    def _unlocked(self) -> None:
        for action in self._session_actions:
            action.setEnabled(True)
        self.stack.setCurrentWidget(self._before_lock or self.screens.home)
        self._before_lock = None

    def switch_officer(self) -> None:
        """Save the work in progress and return to the login screen."""
        self._save_work()
        officer = self.ctx.session.officer
        if officer is not None:
            accounts = self.ctx.core.accounts
            officer_id = officer.officer_id
            self.ctx.tasks.run(lambda: accounts.record_logout(officer_id))
        self._before_lock = None
        self.ctx.session.log_out()

    def _save_work(self) -> None:
        if self._screens is None:
            return  # closed before the station opened: no work yet
        save = getattr(self._screens.built("wizard"), "save_now", None)
        if callable(save):
            save()

    # ------------------------------------------------------------------ status

    def _sync_progress(self, progress: SyncProgress) -> None:
        texts = {
            SyncPhase.NOT_ENROLLED: self.tr("Not enrolled"),
            SyncPhase.IDLE: self.tr("Connected"),
            SyncPhase.SENDING: self.tr("Sending"),
            SyncPhase.PULLING: self.tr("Receiving results"),
            SyncPhase.OFFLINE: self.tr("Offline"),
            SyncPhase.RETRY_WAIT: self.tr("Waiting to retry"),
            SyncPhase.BLOCKED: self.tr("Sync blocked: ask IT"),
            SyncPhase.STOPPED: self.tr("Sync stopped"),
        }
        waiting = self.tr("%n waiting", "", progress.queued)
        self.sync_label.setText(f"{texts[progress.phase]} · {waiting}")

    def show_about(self) -> None:
        """Help → About: what this program is and which version runs."""
        QMessageBox.about(
            self,
            self.tr("About the intake station"),
            self.tr(
                "<p><b>Intake station</b></p>"
                "<p>Takes applications for the chip identity card.</p>"
                "<p>Version %1</p>"
            ).replace("%1", self._version),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        """Save the draft in progress before the window goes (the app then shuts down)."""
        self._save_work()
        super().closeEvent(event)
