"""Entry point of the intake station: parse arguments, build the object graph, start Qt."""

from __future__ import annotations

import argparse
import logging
import sys
import threading
from collections.abc import Sequence
from importlib import metadata

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from station.refdata import load_reference_data
from ui.i18n import DEFAULT_LANGUAGE, LANGUAGES, install_translator
from ui.main_window import MainWindow
from ui.qt_messages import route_qt_messages_to_logging

DISTRIBUTION = "intake-station"


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
    parser.add_argument("--version", action="version", version=f"%(prog)s {app_version()}")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    """Build the station and run it until the window closes; return the exit code."""
    args = parse_args(argv)
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
