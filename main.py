"""Entry point of the intake station: parse arguments, build the object graph, start Qt."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import threading
import time
from collections.abc import Sequence
from importlib import metadata
from pathlib import Path

from PySide6.QtCore import QTimer, qVersion
from PySide6.QtWidgets import QApplication

from station.config import ConfigError, default_files, load_config
from station.config.settings import CAMERA_DEVICE, CAMERA_HEIGHT, CAMERA_WIDTH, CARD_READER
from station.diagnostics import CheckResult, CheckStatus, format_report, passed, run_checks
from station.paths import data_dir
from station.refdata import load_reference_data
from station.selftest import core_checks
from ui.i18n import DEFAULT_LANGUAGE, LANGUAGES, install_translator
from ui.main_window import MainWindow
from ui.qt_messages import route_qt_messages_to_logging

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
        default=DEFAULT_LANGUAGE,
        help="language of the screens (default: %(default)s)",
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
    # OpenCV reports a missing camera on stderr as well; the report says it already.
    os.environ.setdefault("OPENCV_LOG_LEVEL", "ERROR")
    from devices.camera.config import CameraConfig
    from devices.selftest import device_checks
    from station.sync.selftest import sync_checks

    device = config[CAMERA_DEVICE]
    camera = CameraConfig(
        device=int(device) if device.isdigit() else device,
        width=config[CAMERA_WIDTH],
        height=config[CAMERA_HEIGHT],
    )
    folder = data_dir(config)
    checks = [
        *core_checks(folder),
        *device_checks(camera, config[CARD_READER]),
        *sync_checks(folder),
    ]
    results = [runtime, *run_checks(checks)]
    print(f"Intake station {app_version()} self-test")
    print(format_report(results))
    return 0 if passed(results) else 1


def main(argv: Sequence[str] | None = None) -> int:
    """Build the station and run it until the window closes; return the exit code."""
    args = parse_args(argv)
    if args.self_test:
        return self_test()
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    route_qt_messages_to_logging()
    reference_data = load_reference_data()
    # The legacy unit list (ID-number prefixes, old addresses) takes ~130 ms to parse:
    # do it off the GUI thread so the first validation does not pay for it.
    threading.Thread(
        target=reference_data.preload_legacy, name="refdata-legacy", daemon=True
    ).start()

    # Qt gets only the program name: the command line above is ours.
    app = QApplication(sys.argv[:1])
    app.setApplicationName("Intake station")
    app.setApplicationVersion(app_version())
    install_translator(app, args.lang)

    window = MainWindow(reference_data, demo=args.demo, version=app_version())
    window.show()

    if args.quit_after is not None:
        QTimer.singleShot(args.quit_after, app.quit)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
