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
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QCoreApplication, QTimer, qVersion
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QProgressDialog, QWidget

from devices.card.pcsc import list_pcsc_readers
from devices.card.trust_store import CscaTrustStore
from station.config import ConfigError, ConfigValues, default_files, load_config
from station.config.settings import (
    CAMERA_DEVICE,
    CAMERA_HEIGHT,
    CAMERA_WIDTH,
    CARD_READER,
    CSCA_DIR,
    IDLE_LOCK_MINUTES,
    LANGUAGE,
    LOG_FILES,
    LOG_MAX_BYTES,
)
from station.demo import (
    DEMO_OFFICER,
    DEMO_PASSWORD,
    DemoRegisterMissingError,
    create_demo_station,
    demo_config,
)
from station.diagnostics import (
    Check,
    CheckResult,
    CheckStatus,
    format_report,
    passed,
    run_checks,
)
from station.errors import StationError
from station.logs import configure_logging, default_log_dir
from station.paths import data_dir
from station.protect.keystore import Keystore, StationSecrets
from station.protect.oskeystore import system_keystore
from station.protect.unlock import unattended_unlock
from station.refdata import ReferenceData, load_reference_data
from station.selftest import core_checks
from station.services import KEYS_FILE, StationCore, open_station_core
from station.sync.enrolment import enrol_station
from ui.bridges import ReaderBridge, SyncBridge
from ui.context import StationDevices, UiContext
from ui.i18n import LANGUAGES, install_translator
from ui.notifications import NotificationArea
from ui.qt_messages import route_qt_messages_to_logging
from ui.session import ActivityFilter, OfficerSession
from ui.shell import ShellScreens, StationWindow
from ui.tasks import TaskRunner

if TYPE_CHECKING:
    from devices.camera.config import CameraConfig
    from devices.camera.source import CameraSource

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
        help="quit the event loop after MS milliseconds (smoke tests)",
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
    from station.sync.selftest import sync_checks

    folder = data_dir(config)
    return [
        *core_checks(folder, unlocked=unlocked),
        *device_checks(camera_config(config), config[CARD_READER]),
        *sync_checks(folder),
    ]


def camera_config(config: ConfigValues) -> CameraConfig:
    """The configured camera (an index or a device path)."""
    from devices.camera.config import CameraConfig

    device = config[CAMERA_DEVICE]
    return CameraConfig(
        device=int(device) if device.isdigit() else device,
        width=config[CAMERA_WIDTH],
        height=config[CAMERA_HEIGHT],
    )


def _lazy(module: str, name: str, *args: Any, **kwargs: Any) -> Callable[[], QWidget]:
    """A screen built on first use: its module (and OpenCV, NumPy) loads only then."""

    def build() -> QWidget:
        screen: QWidget = getattr(importlib.import_module(module), name)(*args, **kwargs)
        return screen

    return build


def open_camera_device(device: str) -> CameraSource:
    """A camera by index or path for the settings' live test (OpenCV loads only then)."""
    from devices.camera.opencv_source import open_camera_device as open_device

    return open_device(device)


class StationLauncher:
    """Builds the station's object graph for one run of the GUI, and takes it down again."""

    def __init__(
        self, app: QApplication, config: ConfigValues, language: str, *, demo: bool
    ) -> None:
        self.app = app
        self.config = config
        self.language = language
        self.demo = demo
        self.failed = False
        self.core: StationCore | None = None
        self.ctx: UiContext | None = None
        self.window: StationWindow | None = None
        self._register: Any = None
        self._demo_dir: Path | None = None
        self._log_handler: logging.Handler | None = None
        self._first_run_message = ""
        self._early_unlock: Future[StationSecrets | None] | None = None

    def begin_unlock(self) -> None:
        """Unlock the station key without the officer (OS keystore, STATION_PASSPHRASE) on a
        thread, while Qt starts: Argon2 releases the GIL, so the start-up overlaps it."""
        if self.demo:
            return
        keystore = Keystore(data_dir(self.config) / KEYS_FILE)
        if not keystore.exists():
            return
        pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="key-unlock")
        self._early_unlock = pool.submit(unattended_unlock, keystore)
        pool.shutdown(wait=False)

    # ------------------------------------------------------------------ start-up

    def start(self) -> bool:
        """Open the station (setup or unlock first) and show the window; False to stop."""
        if self.demo:
            self._demo_dir = Path(tempfile.mkdtemp(prefix="intake-demo-"))
            self.config = demo_config(self._demo_dir, self.language)
        folder = data_dir(self.config)
        log_dir = folder / "logs" if self.demo else default_log_dir()
        self._log_handler = configure_logging(
            log_dir, max_bytes=self.config[LOG_MAX_BYTES], files=self.config[LOG_FILES]
        )
        log.info("station %s starting (demo=%s)", app_version(), self.demo)
        refdata = load_reference_data(folder / "refdata")
        # The legacy unit list (ID-number prefixes, old addresses) takes ~130 ms to parse:
        # do it off the GUI thread so the first validation does not pay for it.
        threading.Thread(target=refdata.preload_legacy, name="refdata-legacy", daemon=True).start()

        notices = NotificationArea(self.language)
        tasks = TaskRunner(notices.error)
        sync_events = SyncBridge()
        reader_events = ReaderBridge()
        core = self._open_core(folder, refdata, sync_events, tasks)
        if core is None:
            tasks.shutdown()
            return False
        self.core = core
        session = OfficerSession(self.config[IDLE_LOCK_MINUTES])
        self.app.installEventFilter(ActivityFilter(session, self.app))
        devices = self._devices(folder, reader_events)
        self.ctx = UiContext(
            core,
            devices,
            tasks,
            notices,
            session,
            self.language,
            sync_events=sync_events,
            reader_events=reader_events,
            demo=self.demo,
        )
        self.window = self._window(self.ctx, log_dir)
        self.window.show()
        mark = os.environ.get("STATION_STARTUP_MARK")  # the start-up benchmark's stopwatch
        if mark:
            QTimer.singleShot(0, lambda: Path(mark).write_text(f"{time.monotonic():.6f}"))
        core.sync.start()
        devices.reader.start()
        if self._first_run_message:
            self.ctx.notices.info(self._first_run_message)
        if self.demo:
            tasks.run(self._start_demo_register, self._demo_register_ready, self._demo_failed)
        return True

    def _open_core(
        self, folder: Path, refdata: ReferenceData, events: SyncBridge, tasks: TaskRunner
    ) -> StationCore | None:
        if self.demo:
            return create_demo_station(folder, self.config, refdata, sync_listener=events.listener)
        keystore = Keystore(folder / KEYS_FILE)
        if not keystore.exists():
            return self._first_run(folder, refdata, events, tasks)
        secrets = self._unlock(keystore)
        if secrets is None:
            return None
        try:
            return open_station_core(
                folder, secrets, self.config, refdata, sync_listener=events.listener
            )
        except StationError as exc:
            self._fatal(exc.message(self.language))
            return None

    def _unlock(self, keystore: Keystore) -> StationSecrets | None:
        secrets = self._early_unlock.result() if self._early_unlock is not None else None
        if secrets is not None:
            return secrets
        from ui.unlock_station import StationUnlockDialog

        dialog = StationUnlockDialog(keystore)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.secrets()

    def _first_run(
        self, folder: Path, refdata: ReferenceData, events: SyncBridge, tasks: TaskRunner
    ) -> StationCore | None:
        from station.config.store import update_config_file
        from station.first_run import config_values, create_station
        from ui.setup_wizard import FirstRunWizard

        user_file = default_files(PROGRAM_DIR)[-1]
        wizard = FirstRunWizard(
            str(user_file), open_camera=open_camera_device, list_readers=list_pcsc_readers
        )
        if wizard.exec() != QDialog.DialogCode.Accepted:
            return None
        choices = wizard.choices()
        update_config_file(user_file, config_values(choices))
        self.config = load_config(default_files(PROGRAM_DIR), os.environ)
        if choices.language != self.language:  # chosen on the setup's first page
            self.language = choices.language
            install_translator(self.app, self.language)
        config = self.config
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

        tasks.run(
            lambda: create_station(
                choices,
                folder,
                config,
                refdata,
                sync_listener=events.listener,
                os_keystore=system_keystore(),
            ),
            done,
            failed,
        )
        busy.exec()
        result = outcome[0] if outcome else None
        if isinstance(result, BaseException) or result is None:
            message = result.message(self.language) if isinstance(result, StationError) else ""
            self._fatal(message or repr(result))
            return None
        core, enrolment = result
        self._first_run_message = enrolment.message(self.language)
        return cast(StationCore, core)

    def _devices(self, folder: Path, reader_events: ReaderBridge) -> StationDevices:
        from devices.card.readers import ReaderConfig, ReaderService

        preferred = self.config[CARD_READER]
        if self.demo:
            from devices.camera.demo import demo_camera
            from devices.card.demo import make_demo_card

            card = make_demo_card()
            backend: Any = card.backend
            trust: CscaTrustStore | None = card.trust_store
            opener: Callable[[], CameraSource] = demo_camera
        else:
            from devices.camera.opencv_source import OpenCvCamera
            from devices.card.pcsc import PcscBackend

            card = None
            backend = PcscBackend()
            csca = self.config[CSCA_DIR]
            trust = CscaTrustStore.load_folder(Path(csca) if csca else folder / "csca")
            camera = camera_config(self.config)
            opener = functools.partial(OpenCvCamera, camera)
        reader = ReaderService(
            backend, ReaderConfig(preferred_reader=preferred), on_change=reader_events.listener
        )
        return StationDevices(reader, trust, opener, demo_card=card)

    def _window(self, ctx: UiContext, log_dir: Path) -> StationWindow:
        hint = ""
        if self.demo:
            hint = (
                QCoreApplication.translate(
                    "StationLauncher", "Demo: log in as %1 with the password %2"
                )
                .replace("%1", DEMO_OFFICER)
                .replace("%2", DEMO_PASSWORD)
            )
        screens = build_screens(
            ctx,
            default_files(PROGRAM_DIR)[-1],
            demo_hint=hint,
            open_camera=None if self.demo else open_camera_device,
        )
        return StationWindow(
            ctx,
            screens,
            version=app_version(),
            open_diagnostics=functools.partial(self._open_diagnostics, log_dir),
            open_export=self._open_export,
            open_day_summary=self._open_day_summary,
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
        ctx = self.ctx
        if ctx is not None:
            ctx.devices.reader.stop()
            ctx.tasks.shutdown(wait=True)
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
    demo_hint: str = "",
    open_camera: Callable[[str], CameraSource] | None = None,
    list_readers: Callable[[], list[str]] | None = None,
) -> ShellScreens:
    """Every screen of the window, each given the same context (most built on first use)."""
    from ui.home import HomePage
    from ui.lock_screen import LockScreen
    from ui.login import LoginPage

    return ShellScreens(
        login=LoginPage(ctx, demo_hint=demo_hint),
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
                list_readers or list_pcsc_readers,
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
    launcher = StationLauncher(app, config, language, demo=args.demo)
    launcher.begin_unlock()
    app.setApplicationName("Intake station")
    app.setApplicationVersion(app_version())
    install_translator(app, language)
    try:
        if not launcher.start():
            return 1 if launcher.failed else 0
        if args.quit_after is not None:
            QTimer.singleShot(args.quit_after, app.quit)
        return app.exec()
    finally:
        launcher.shutdown()


if __name__ == "__main__":
    sys.exit(main())
