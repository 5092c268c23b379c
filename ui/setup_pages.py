"""Device tests shared by the setup wizard and the settings (camera, card reader), and the
setup's page base and device pages.

Each test is bounded in time and runs its slow part off the GUI thread: the camera is
opened and read by a FrameGrabber on its own threads (a display timer pulls the newest
frame), the reader list comes from a TaskRunner worker.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence

import numpy as np
from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from devices.camera.frames import Frame
from devices.camera.grabber import FrameGrabber
from devices.camera.source import CameraSource
from devices.camera.status import CameraState, CameraStatus
from devices.card.errors import PcscUnavailableError
from station.errors import StationError
from station.first_run import FieldProblem, SetupChoices
from ui.tasks import TaskRunner

CAMERA_TEST_SECONDS = 8.0  # a live picture this long is enough to judge the camera
READER_TEST_SECONDS = 10.0  # a PC/SC service that does not answer by then is reported
_FAILED_STATES = frozenset(
    {
        CameraState.NOT_FOUND,
        CameraState.OPEN_FAILED,
        CameraState.SOURCE_ERROR,
        CameraState.DISCONNECTED,
        CameraState.NO_SIGNAL,
    }
)
ERROR_STYLE = "color: #842029;"
OK_STYLE = "color: #0f5132;"
WARN_STYLE = "color: #664d03;"


def ui_language() -> str:
    """The language the screens are shown in ("vi" or "en"), from the installed locale."""
    return "en" if QLocale().language() == QLocale.Language.English else "vi"


def frame_pixmap(frame: Frame, width: int, height: int) -> QPixmap:
    """A small preview of *frame* (subsampled first: the full frame never goes to Qt)."""
    image = frame.image
    step = max(1, image.shape[1] // max(1, width), image.shape[0] // max(1, height))
    small = np.ascontiguousarray(image[::step, ::step])
    h, w = small.shape[:2]
    qimage = QImage(small.data, w, h, small.strides[0], QImage.Format.Format_BGR888).copy()
    return QPixmap.fromImage(qimage)


class _StatusRelay(QObject):
    """Carries the grabber's status (called on its thread) to the GUI thread."""

    status = Signal(object)  # CameraStatus


class CameraTest(QWidget):
    """ "Test camera": a live preview of the chosen device for a few seconds, or its error."""

    finished = Signal(bool)  # the test ended; True when frames came

    def __init__(
        self,
        open_camera: Callable[[str], CameraSource],
        device: Callable[[], str],
        tasks: TaskRunner,
        parent: QWidget | None = None,
        *,
        seconds: float = CAMERA_TEST_SECONDS,
    ) -> None:
        super().__init__(parent)
        self._open_camera = open_camera
        self._device = device
        self._tasks = tasks
        self._grabber: FrameGrabber | None = None
        self._relay: _StatusRelay | None = None
        self._run = 0  # bumps per test, so a late answer of an old test is ignored
        self._last_sequence = -1
        self._frames = 0
        self._resolution = ""

        self.test_button = QPushButton(self.tr("&Test camera"), self)
        self.test_button.setObjectName("cameraTestButton")
        self.preview = QLabel(self)
        self.preview.setObjectName("cameraPreview")
        self.preview.setFixedSize(320, 180)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setStyleSheet("background: #202020; color: #e0e0e0;")
        self.preview.setText(self.tr("No picture yet"))
        self.preview.setAccessibleName(self.tr("Camera preview"))
        self.status = QLabel(self.tr("Press “Test camera” to see a live picture."), self)
        self.status.setObjectName("cameraTestStatus")
        self.status.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.test_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.preview)
        layout.addWidget(self.status)

        self._display = QTimer(self)
        self._display.setInterval(100)
        self._deadline = QTimer(self)
        self._deadline.setSingleShot(True)
        self._deadline.setInterval(int(seconds * 1000))
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.test_button.clicked.connect(self.start)
        self._display.timeout.connect(self._show_latest)
        self._deadline.timeout.connect(self._time_up)

    @property
    def running(self) -> bool:
        """True while a test runs."""
        return self._grabber is not None or self._deadline.isActive()

    def start(self) -> None:
        """Open the chosen device on a worker and show its picture."""
        self.stop()
        self._run += 1
        run = self._run
        device = self._device().strip()
        self._frames = 0
        self._last_sequence = -1
        self.preview.clear()
        self.preview.setText(self.tr("Opening…"))
        self._say(self.tr("Opening camera %1…").replace("%1", device), "")
        self._deadline.start()
        opener = self._open_camera
        self._tasks.run(
            lambda: opener(device),
            lambda source: self._opened(run, source),
            lambda error: self._failed(run, error),
        )

    def stop(self) -> None:
        """End the test; the camera is released on a background thread (it may take a while)."""
        self._run += 1
        self._display.stop()
        self._deadline.stop()
        grabber, self._grabber = self._grabber, None
        self._relay = None
        if grabber is not None:
            threading.Thread(target=grabber.stop, name="camera-test-stop", daemon=True).start()

    def _opened(self, run: int, source: CameraSource) -> None:
        if run != self._run:
            source.close()
            return
        relay = _StatusRelay()
        relay.status.connect(lambda status: self._status(run, status))
        self._relay = relay
        self._grabber = FrameGrabber(source, on_status=relay.status.emit)
        self._grabber.start()
        self._display.start()

    def _failed(self, run: int, error: BaseException) -> None:
        if run != self._run:
            return
        self.stop()
        self.preview.setText(self.tr("No picture"))
        self._say(_describe(error), ERROR_STYLE)
        self.finished.emit(False)

    def _status(self, run: int, status: CameraStatus) -> None:
        if run != self._run:
            return
        if status.actual is not None:
            self._resolution = str(status.actual)
        if status.state in _FAILED_STATES:
            self.stop()
            self.preview.setText(self.tr("No picture"))
            self._say(status.message(ui_language()), ERROR_STYLE)
            self.finished.emit(False)
        elif status.state is CameraState.STREAMING:
            text = self.tr("Live picture from the camera (%1).").replace("%1", str(status.actual))
            self._say(text, OK_STYLE)
        elif status.state.delivering:
            self._say(status.message(ui_language()), WARN_STYLE)

    def _show_latest(self) -> None:
        grabber = self._grabber
        frame = grabber.latest() if grabber is not None else None
        if frame is None or frame.sequence == self._last_sequence:
            return
        self._last_sequence = frame.sequence
        self._frames += 1
        self.preview.setPixmap(frame_pixmap(frame, self.preview.width(), self.preview.height()))

    def _time_up(self) -> None:
        got_frames = self._frames > 0
        self.stop()
        if got_frames:
            self._say(
                self.tr("The camera works (%1). Test finished.").replace("%1", self._resolution),
                OK_STYLE,
            )
        else:
            self.preview.setText(self.tr("No picture"))
            self._say(
                self.tr("No picture came from the camera in time. Check the cable and the device."),
                ERROR_STYLE,
            )
        self.finished.emit(got_frames)

    def _say(self, text: str, style: str) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(style)


class ReaderTest(QWidget):
    """The card reader choice with "Find readers": lists the PC/SC readers on a worker."""

    finished = Signal(bool)  # True when the service answered

    def __init__(
        self,
        list_readers: Callable[[], Sequence[str]],
        tasks: TaskRunner,
        parent: QWidget | None = None,
        *,
        seconds: float = READER_TEST_SECONDS,
    ) -> None:
        super().__init__(parent)
        self._list_readers = list_readers
        self._tasks = tasks
        self._run = 0
        self.combo = QComboBox(self)
        self.combo.setObjectName("readerCombo")
        self.combo.addItem(self.tr("Automatic: the first contactless reader"), "")
        self.find_button = QPushButton(self.tr("&Find readers"), self)
        self.find_button.setObjectName("readerFindButton")
        self.status = QLabel(self)
        self.status.setObjectName("readerTestStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)

        row = QHBoxLayout()
        row.addWidget(self.combo, 1)
        row.addWidget(self.find_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.status)
        self.setFocusProxy(self.combo)

        self._deadline = QTimer(self)
        self._deadline.setSingleShot(True)
        self._deadline.setInterval(int(seconds * 1000))
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.find_button.clicked.connect(self.refresh)
        self._deadline.timeout.connect(self._time_up)

    @property
    def running(self) -> bool:
        """True while the readers are being listed."""
        return self._deadline.isActive()

    def reader(self) -> str:
        """The chosen reader name ("" = automatic)."""
        value = self.combo.currentData()
        return value if isinstance(value, str) else ""

    def set_reader(self, name: str) -> None:
        """Select *name*, adding it when it is not listed (a configured, unplugged reader)."""
        index = self.combo.findData(name)
        if index < 0:
            self.combo.addItem(name, name)
            index = self.combo.count() - 1
        self.combo.setCurrentIndex(index)

    def refresh(self) -> None:
        """List the readers now (bounded in time)."""
        self._run += 1
        run = self._run
        self.find_button.setEnabled(False)
        self._say(self.tr("Looking for card readers…"), "")
        self._deadline.start()
        self._tasks.run(
            self._list_readers,
            lambda names: self._listed(run, list(names)),
            lambda error: self._failed(run, error),
        )

    def _listed(self, run: int, names: list[str]) -> None:
        if run != self._run:
            return
        self._end()
        chosen = self.reader()
        while self.combo.count() > 1:
            self.combo.removeItem(1)
        for name in names:
            self.combo.addItem(name, name)
        if chosen:
            self.set_reader(chosen)
        if names:
            self._say(self.tr("%n card reader(s) found.", "", len(names)), OK_STYLE)
        else:
            self._say(
                self.tr("No card reader is connected. Check the reader's USB cable."), WARN_STYLE
            )
        self.finished.emit(True)

    def _failed(self, run: int, error: BaseException) -> None:
        if run != self._run:
            return
        self._end()
        if isinstance(error, PcscUnavailableError):
            text = self.tr("PC/SC service not running.") + " " + error.message(ui_language())
        else:
            text = _describe(error)
        self._say(text, ERROR_STYLE)
        self.finished.emit(False)

    def _time_up(self) -> None:
        self._run += 1  # a late answer is ignored
        self._end()
        self._say(
            self.tr(
                "The card reader service did not answer in time. Restart the computer or call IT."
            ),
            ERROR_STYLE,
        )
        self.finished.emit(False)

    def _end(self) -> None:
        self._deadline.stop()
        self.find_button.setEnabled(True)

    def _say(self, text: str, style: str) -> None:
        self.status.setText(text)
        self.status.setStyleSheet(style)


def _describe(error: BaseException) -> str:
    if isinstance(error, StationError):
        return error.message(ui_language())
    return QCoreApplication.translate("DeviceTest", "The device test failed (%1).").replace(
        "%1", type(error).__name__
    )


# ---------------------------------------------------------------------------- wizard pages


class SetupPage(QWizardPage):
    """A setup page that checks its fields with SetupChoices.problems() before going on."""

    def __init__(
        self,
        draft: Callable[[], SetupChoices],
        fields: dict[str, QWidget],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._draft = draft
        self._fields = fields  # SetupChoices field -> the widget to focus when it is wrong
        self.problems_label = QLabel(self)
        self.problems_label.setObjectName("setupProblems")
        self.problems_label.setWordWrap(True)
        self.problems_label.setTextFormat(Qt.TextFormat.PlainText)
        self.problems_label.setStyleSheet(ERROR_STYLE)
        self.problems_label.hide()

    def set_fields(self, fields: dict[str, QWidget]) -> None:
        """The fields this page checks (pages build their widgets after the base)."""
        self._fields = fields

    def extra_problems(self) -> dict[str, str]:
        """Page-level problems beyond SetupChoices (e.g. two passwords that differ)."""
        return {}

    def page_problems(self) -> dict[str, str]:
        """This page's problems by field, in the screen's language."""
        language = ui_language()
        found: dict[str, FieldProblem] = self._draft().problems()
        texts = {f: p.message(language) for f, p in found.items() if f in self._fields}
        for field, text in self.extra_problems().items():
            texts.setdefault(field, text)
        return texts

    def validatePage(self) -> bool:
        """Stay on the page, list the problems and focus the first wrong field."""
        texts = self.page_problems()
        if not texts:
            self.problems_label.hide()
            return True
        self.problems_label.setText("\n".join(texts.values()))
        self.problems_label.show()
        first = next(f for f in self._fields if f in texts)
        self._fields[first].setFocus()
        return False


class CameraPage(SetupPage):
    """Which camera takes the portraits, with a live test."""

    def __init__(
        self,
        draft: Callable[[], SetupChoices],
        open_camera: Callable[[str], CameraSource],
        tasks: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(draft, {}, parent)
        self.setTitle(self.tr("Camera"))
        self.setSubTitle(
            self.tr("Choose the camera for the portrait photos and test it: 0 is the first one.")
        )
        self.device = QComboBox(self)
        self.device.setObjectName("cameraDevice")
        self.device.setEditable(True)
        self.device.addItems(["0", "1", "2", "3"])
        self.device.setAccessibleName(self.tr("Camera device"))
        self.camera_test = CameraTest(open_camera, self.device.currentText, tasks, self)
        form = QFormLayout()
        form.addRow(self.tr("Camera &device:"), self.device)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.camera_test)
        layout.addWidget(self.problems_label)
        layout.addStretch(1)
        self.set_fields({"camera_device": self.device})

    def validatePage(self) -> bool:
        """Stop the test when leaving the page (the camera is released)."""
        ok = super().validatePage()
        if ok:
            self.camera_test.stop()
        return ok

    def cleanupPage(self) -> None:
        """Going back: stop the test too."""
        self.camera_test.stop()
        super().cleanupPage()


class ReaderPage(SetupPage):
    """Which card reader reads the chips, with a test of the PC/SC service."""

    def __init__(
        self,
        draft: Callable[[], SetupChoices],
        list_readers: Callable[[], Sequence[str]],
        tasks: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(draft, {}, parent)
        self.setTitle(self.tr("Card reader"))
        self.setSubTitle(
            self.tr(
                "Choose the contactless reader for the chip cards. Automatic picks the first "
                "contactless reader connected."
            )
        )
        self.reader_test = ReaderTest(list_readers, tasks, self)
        label = QLabel(self.tr("Card &reader:"), self)
        label.setBuddy(self.reader_test.combo)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.reader_test)
        layout.addWidget(self.problems_label)
        layout.addStretch(1)
        self.set_fields({"card_reader": self.reader_test.combo})
        self._listed_once = False

    def initializePage(self) -> None:
        """List the readers the first time the page is shown."""
        if not self._listed_once:
            self._listed_once = True
            self.reader_test.refresh()
