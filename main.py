"""Entry point of the intake station: parse arguments, build the object graph, start Qt."""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import importlib
import logging
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from concurrent.futures import Future
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QCoreApplication, QTimer, qVersion
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QProgressDialog, QWidget

from station.config import ConfigError, ConfigValues, default_files, load_config
from station.config.settings import (
    CARD_READER,
    IDLE_LOCK_MINUTES,
    LANGUAGE,
    LOG_FILES,
    LOG_MAX_BYTES,
    STATION_CODE,
    STATION_NAME,
)
from station.demo import DEMO_OFFICER, DEMO_PASSWORD, DemoRegisterMissingError, demo_config
from station.diagnostics import Check, CheckResult, CheckStatus, format_report, passed, run_checks
from station.errors import StationError
from station.logs import configure_logging, default_log_dir
from station.paths import KEYS_FILE, data_dir
from ui.bridges import ReaderBridge, SyncBridge
from ui.context import ShellContext, UiContext
from ui.i18n import LANGUAGES, install_translator
from ui.login import LoginPage
from ui.notifications import NotificationArea
from ui.qt_messages import route_qt_messages_to_logging
from ui.session import ActivityFilter, OfficerSession
from ui.shell import ShellScreens, StationWindow
from ui.tasks import TaskRunner

# Only what the login window needs loads before it shows; the core (SQLAlchemy, the crypto
# stack, OpenCV) loads on a worker while the officer types (station/startup.py).
if TYPE_CHECKING:
    from devices.camera.source import CameraSource
    from station.protect.keystore import StationSecrets
    from station.services import StationCore
    from station.startup import OpenedStation, StationOpener

log = logging.getLogger("station.main")

DISTRIBUTION = "intake-station"
# The folder IT's preset configuration sits in: the executable's when frozen.
PROGRAM_DIR = (
    Path(sys.executable).resolve().parent
    if getattr(sys, "frozen", False)
    else Path(__file__).resolve().parent
)


def app_version() -> str:
    """The installed version of the station (from the package metadata)."""
    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        return "0+unknown"


def _milliseconds(text: str) -> int:
    value = int(text)
    if value < 0:
        raise argparse.ArgumentTypeError("must be zero or more milliseconds")
    return value


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """The command line of the station."""
    parser = argparse.ArgumentParser(
        prog="intake-station",
        description="Intake station for chip identity card applications.",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help="run with simulated devices and a local test register",
    )
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        default=None,
        help="language of the screens (default: the configured one, Vietnamese)",
    )
    parser.add_argument(
        "--quit-after",
        type=_milliseconds,
        metavar="MS",
        help="quit MS milliseconds after the station has opened (smoke tests)",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check the installation (runtime, database, keys, disk, ...) and exit",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {app_version()}")
    return parser.parse_args(argv)


def qt_runtime_check() -> tuple[CheckStatus, str, str]:
    """The Qt runtime and its platform plugin load (the check IT needs on a new machine)."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    platform = QApplication.platformName() if app is not None else "?"
    return CheckStatus.OK, f"Qt {qVersion()} on '{platform}', Python {sys.version.split()[0]}", ""


def self_test() -> int:
    """Print the self-test report; non-zero when a check failed."""
    try:
        config = load_config(default_files(PROGRAM_DIR), os.environ)
    except ConfigError as exc:
        print(exc.message_en, file=sys.stderr)
        return 2
    # Qt must start on the main thread: its check runs here, the others concurrently.
    started = time.monotonic()
    status, value, hint = qt_runtime_check()
    runtime = CheckResult("runtime", status, value, hint, time.monotonic() - started)
    results = [runtime, *run_checks(station_checks(config))]
    print(f"Intake station {app_version()} self-test")
    print(format_report(results))
    return 0 if passed(results) else 1


def station_checks(config: ConfigValues, unlocked: StationSecrets | None = None) -> list[Check]:
    """The self-test's checks after the runtime (core, devices, sync), bounded in time each."""
    from devices.selftest import device_checks
    from station.selftest import core_checks
    from station.startup import camera_config
    from station.sync.selftest import sync_checks

    folder = data_dir(config)
    return [
        *core_checks(folder, unlocked=unlocked),
        *device_checks(camera_config(config), config[CARD_READER]),
        *sync_checks(folder),
    ]


def _lazy(module: str, name: str, *args: Any, **kwargs: Any) -> Callable[[], QWidget]:
    """A screen built on first use: its module (and OpenCV, NumPy) loads only then."""

    def build() -> QWidget:
        screen: QWidget = getattr(importlib.import_module(module), name)(*args, **kwargs)
        return screen

    return build


def list_card_readers() -> list[str]:
    """The PC/SC readers present, for the setup and settings (pyscard loads only then)."""
    from devices.card.pcsc import list_pcsc_readers

    return list_pcsc_readers()


def open_camera_device(device: str) -> CameraSource:
    """A camera by index or path for the settings' live test (OpenCV loads only then)."""
    from devices.camera.opencv_source import open_camera_device as open_device

    return open_device(device)


class StationLauncher:
    """Builds the station's object graph for one run of the GUI, and takes it down again.

    The window shows at once with the login screen; the station (key, database, devices)
    opens on a worker meanwhile and the other screens join the window when it is open. A
    first start runs the setup before any window.
    """

    def __init__(
        self,
        app: QApplication,
        config: ConfigValues,
        language: str,
        *,
        demo: bool,
        quit_after: int | None = None,
    ) -> None:
        self.app = app
        self.config = config
        self.language = language
        self.demo = demo
        self.quit_after = quit_after  # smoke tests: quit this many ms after the station opens
        self.failed = False
        self.core: StationCore | None = None
        self.ctx: UiContext | None = None
        self.window: StationWindow | None = None
        self._shell: ShellContext | None = None
        self._opener: StationOpener | None = None
        self._opening: Future[OpenedStation | None] | None = None
        self._register: Any = None
        self._demo_dir: Path | None = None
        self._log_dir: Path | None = None
        self._log_handler: logging.Handler | None = None
        self._first_run_message = ""
        self._closing = False
        self._mark = os.environ.get("STATION_STARTUP_MARK")  # the start-up benchmark's stopwatch

    # ------------------------------------------------------------------ start-up

    def start(self) -> bool:
        """Show the window (after the setup on a first start); False to stop at once."""
        from station.startup import StationOpener

        if self.demo:
            self._demo_dir = Path(tempfile.mkdtemp(prefix="intake-demo-"))
            self.config = demo_config(self._demo_dir, self.language)
        folder = data_dir(self.config)
        self._log_dir = folder / "logs" if self.demo else default_log_dir()
        self._log_handler = configure_logging(
            self._log_dir, max_bytes=self.config[LOG_MAX_BYTES], files=self.config[LOG_FILES]
        )
        log.info("station %s starting (demo=%s)", app_version(), self.demo)
        notices = NotificationArea(self.language)
        session = OfficerSession(self.config[IDLE_LOCK_MINUTES])
        self.app.installEventFilter(ActivityFilter(session, self.app))
        shell = ShellContext(
            TaskRunner(notices.error),
            notices,
            session,
            self.language,
            SyncBridge(),
            ReaderBridge(),
            self.demo,
        )
        self._shell = shell
        self._opener = StationOpener(
            self.config,
            folder,
            demo=self.demo,
            sync_listener=shell.sync_events.listener,
            reader_listener=shell.reader_events.listener,
        )
        if not self.demo and not (folder / KEYS_FILE).exists():
            opened = self._first_run(folder, shell)
            if opened is None:
                shell.tasks.shutdown()
                return False
            self._show_window(shell)
            self._station_opened(opened)
            return True
        self._show_window(shell)
        # After the first paint: the worker's imports would otherwise hold up the window.
        QTimer.singleShot(0, lambda: self._open(None))
        return True

    def _show_window(self, shell: ShellContext) -> None:
        self.window = self._window(shell)
        self.window.show()
        QTimer.singleShot(0, self._stamp)  # once the window has been painted

    def _stamp(self) -> None:
        """The start-up benchmark's stopwatch: the window shown, then the station open."""
        if self._mark:
            with Path(self._mark).open("a") as mark:
                mark.write(f"{time.monotonic():.6f}\n")

    def _open(self, secrets: StationSecrets | None) -> None:
        """Open the station on a worker (key, database, devices); the window waits for it."""
        assert self._shell is not None and self._opener is not None
        opener = self._opener
        self._opening = self._shell.tasks.run(
            lambda: opener.open(secrets), self._station_opened, self._open_failed
        )

    def _station_opened(self, opened: OpenedStation | None) -> None:
        if self._closing:  # delivered after shutdown, which closed what was opened
            return
        if opened is None:  # no unattended unlock: ask the passphrase over the login window
            self._ask_passphrase()
            return
        assert self._shell is not None and self.window is not None
        core, devices = opened.core, opened.devices
        self.core = core
        self.ctx = UiContext.opened(self._shell, core, devices)
        self.window.attach(self.ctx, self._screens(self.ctx, self.window.login))
        core.sync.start()
        devices.reader.start()
        log.info("station %s open", core.station_code)
        self._stamp()
        if self._first_run_message:
            self.ctx.notices.info(self._first_run_message)
        if self.demo:
            self.ctx.tasks.run(
                self._start_demo_register, self._demo_register_ready, self._demo_failed
            )
        if self.quit_after is not None:
            QTimer.singleShot(self.quit_after, self.app.quit)

    def _ask_passphrase(self) -> None:
        from ui.unlock_station import StationUnlockDialog

        assert self._opener is not None and self.window is not None
        dialog = StationUnlockDialog(self._opener.keystore(), self.window)
        dialog.accepted.connect(lambda: self._open(dialog.secrets()))
        dialog.rejected.connect(self.app.quit)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _open_failed(self, error: BaseException) -> None:
        if self._closing:
            return
        log.error("the station did not open: %r", error)
        message = error.message(self.language) if isinstance(error, StationError) else repr(error)
        self.failed = True
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            QCoreApplication.translate("StationLauncher", "Intake station"),
            message,
            QMessageBox.StandardButton.Close,
            self.window,
        )
        box.setObjectName("openFailedBox")
        box.finished.connect(lambda _result: self.app.exit(1))
        box.open()

    def _first_run(self, folder: Path, shell: ShellContext) -> OpenedStation | None:
        from station.config.store import update_config_file
        from station.first_run import config_values, create_station
        from station.protect.oskeystore import system_keystore
        from station.startup import OpenedStation
        from ui.setup_wizard import FirstRunWizard

        assert self._opener is not None
        user_file = default_files(PROGRAM_DIR)[-1]
        wizard = FirstRunWizard(
            str(user_file), open_camera=open_camera_device, list_readers=list_card_readers
        )
        if wizard.exec() != QDialog.DialogCode.Accepted:
            return None
        choices = wizard.choices()
        update_config_file(user_file, config_values(choices))
        self.config = load_config(default_files(PROGRAM_DIR), os.environ)
        self._opener.config = self.config
        if choices.language != self.language:  # chosen on the setup's first page
            self.language = choices.language
            shell.language = choices.language
            install_translator(self.app, self.language)
        config, opener = self.config, self._opener
        busy = QProgressDialog(
            QCoreApplication.translate("StationLauncher", "Setting up the station…"), "", 0, 0
        )
        busy.setCancelButton(None)
        busy.setMinimumDuration(0)
        outcome: list[Any] = []

        def done(result: Any) -> None:
            outcome.append(result)
            busy.accept()

        def failed(error: BaseException) -> None:
            outcome.append(error)
            busy.reject()

        def create() -> tuple[OpenedStation, Any]:
            core, enrolment = create_station(
                choices,
                folder,
                config,
                opener.refdata(),
                sync_listener=shell.sync_events.listener,
                os_keystore=system_keystore(),
            )
            return OpenedStation(core, opener.devices()), enrolment

        shell.tasks.run(create, done, failed)
        busy.exec()
        result = outcome[0] if outcome else None
        if isinstance(result, BaseException) or result is None:
            message = result.message(self.language) if isinstance(result, StationError) else ""
            self._fatal(message or repr(result))
            return None
        opened, enrolment = result
        self._first_run_message = enrolment.message(self.language)
        return cast("OpenedStation", opened)

    def _window(self, shell: ShellContext) -> StationWindow:
        hint = ""
        if self.demo:
            hint = (
                QCoreApplication.translate(
                    "StationLauncher", "Demo: log in as %1 with the password %2"
                )
                .replace("%1", DEMO_OFFICER)
                .replace("%2", DEMO_PASSWORD)
            )
        login = LoginPage(
            shell, self.config[STATION_NAME], self.config[STATION_CODE], demo_hint=hint
        )
        assert self._log_dir is not None
        return StationWindow(
            shell,
            login,
            version=app_version(),
            open_diagnostics=functools.partial(self._open_diagnostics, self._log_dir),
            open_export=self._open_export,
            open_day_summary=self._open_day_summary,
        )

    def _screens(self, ctx: UiContext, login: LoginPage) -> ShellScreens:
        return build_screens(
            ctx,
            default_files(PROGRAM_DIR)[-1],
            login=login,
            open_camera=None if self.demo else open_camera_device,
        )

    # ------------------------------------------------------------------ dialogs

    def _open_diagnostics(self, log_dir: Path, parent: QWidget) -> None:
        from station.diagnostics_bundle import collect_diagnostics
        from ui.diagnostics import DiagnosticsDialog

        assert self.core is not None
        config, secrets = self.config, self.core.secrets

        runtime = runtime_check()

        def checks() -> list[Check]:
            return [runtime, *station_checks(config, secrets)]

        def collect(target: Path, results: Sequence[CheckResult]) -> Path:
            return collect_diagnostics(
                target, log_dir=log_dir, config=config, results=results, version=app_version()
            )

        DiagnosticsDialog(checks, collect, parent).exec()

    def _open_export(self, parent: QWidget) -> None:
        from ui.queue.export_dialog import ExportDialog

        assert self.ctx is not None
        ExportDialog(self.ctx, None, parent).exec()

    def _open_day_summary(self, parent: QWidget) -> None:
        from ui.review.dialogs import DaySummaryDialog

        assert self.ctx is not None
        DaySummaryDialog(self.ctx, dt.date.today(), parent).exec()

    # ------------------------------------------------------------------ demo register

    def _start_demo_register(self) -> str:
        """Start the local reference register and enrol the demo station (worker thread)."""
        from station.sync.enrolment import enrol_station

        try:
            from register.demo import DemoRegister
        except ImportError:
            raise DemoRegisterMissingError() from None
        assert self.core is not None and self._demo_dir is not None
        self._register = DemoRegister(self._demo_dir / "register")
        url, token = self._register.start()
        core = self.core
        enrol_station(url, token, core.station_code, core.secrets, core.sync_state, core.clock)
        core.forget_sealer()
        core.sync.wake()
        return url

    def _demo_register_ready(self, url: str) -> None:
        assert self.ctx is not None
        self.ctx.notices.success(
            QCoreApplication.translate(
                "StationLauncher",
                "The local test register is running at %1; the station is enrolled.",
            ).replace("%1", url)
        )

    def _demo_failed(self, error: BaseException) -> None:
        assert self.ctx is not None
        log.warning("demo register: %r", error)
        self.ctx.notices.error(error)

    # ------------------------------------------------------------------ shutdown

    def _fatal(self, message: str) -> None:
        self.failed = True
        log.error("start-up stopped: %s", message)
        QMessageBox.critical(
            None, QCoreApplication.translate("StationLauncher", "Intake station"), message
        )

    def shutdown(self) -> None:
        """Stop devices and sync, finish writes, close the database, stop the demo register."""
        self._closing = True
        if self.ctx is not None:
            self.ctx.devices.reader.stop()
        if self._shell is not None:
            self._shell.tasks.shutdown(wait=True)
        # Closed while the station was still opening: the worker finished it, nobody took it.
        opening = self._opening
        if (
            self.core is None
            and opening is not None
            and opening.done()
            and opening.exception() is None
            and (opened := opening.result()) is not None
        ):
            opened.core.close()
        if self.core is not None:
            self.core.close()
        if self._register is not None:
            self._register.stop()
        if self._demo_dir is not None:
            shutil.rmtree(self._demo_dir, ignore_errors=True)
        if self._log_handler is not None:
            logging.getLogger().removeHandler(self._log_handler)
            self._log_handler.close()


def build_screens(
    ctx: UiContext,
    config_path: Path,
    *,
    login: LoginPage,
    open_camera: Callable[[str], CameraSource] | None = None,
    list_readers: Callable[[], list[str]] | None = None,
) -> ShellScreens:
    """Every screen of the window, each given the same context (most built on first use)."""
    from ui.home import HomePage
    from ui.lock_screen import LockScreen

    return ShellScreens(
        login=login,
        lock=LockScreen(ctx),
        home=HomePage(ctx),
        factories={
            "wizard": _lazy("ui.intake.wizard", "IntakeWizard", ctx),
            "queue": _lazy("ui.queue.page", "QueuePage", ctx),
            "review": _lazy("ui.review.page", "ReviewQueuePage", ctx),
            "settings": _lazy(
                "ui.settings_page",
                "SettingsPage",
                ctx,
                config_path,
                list_readers or list_card_readers,
                open_camera=open_camera,
            ),
            "audit": _lazy("ui.audit_view", "AuditPage", ctx),
        },
    )


def runtime_check() -> Check:
    """The Python/Qt runtime, read now on the GUI thread (the checks run on workers)."""
    outcome = qt_runtime_check()
    return Check("runtime", lambda: outcome)


def main(argv: Sequence[str] | None = None) -> int:
    """Build the station and run it until the window closes; return the exit code."""
    args = parse_args(argv)
    if args.self_test:
        return self_test()
    try:
        config = load_config(default_files(PROGRAM_DIR), os.environ)
    except ConfigError as exc:
        print(exc.message_en, file=sys.stderr)
        return 2
    language = args.lang or config[LANGUAGE]
    route_qt_messages_to_logging()
    # Qt gets only the program name: the command line above is ours.
    app = QApplication(sys.argv[:1])
    app.setApplicationName("Intake station")
    app.setApplicationVersion(app_version())
    install_translator(app, language)
    launcher = StationLauncher(app, config, language, demo=args.demo, quit_after=args.quit_after)
    try:
        if not launcher.start():
            return 1 if launcher.failed else 0
        return app.exec()
    finally:
        launcher.shutdown()


if __name__ == "__main__":
    sys.exit(main())
