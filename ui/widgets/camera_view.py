"""The live camera preview (the newest frame at display rate, the face box, the hint, the
camera's state) and the runner that starts and stops its pipeline off the GUI thread.

A GUI timer pulls the newest view from the pipeline's one-slot holder: frames arriving
between two ticks are dropped, never queued. Camera states come as a queued signal; a
camera that gives no picture is shown as a message saying what to do.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import TypeVar

import shiboken6
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QObject,
    QRectF,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from devices.camera.grabber import FrameGrabber
from devices.camera.source import CameraSource
from devices.camera.status import CameraState, CameraStatus
from devices.portrait.autocapture import AutoCapture
from devices.portrait.capture import CapturedPortrait
from devices.portrait.checks import CheckId
from devices.portrait.hints import Hint
from devices.portrait.live import LivePortrait, LiveView
from ui.tasks import TaskRunner

DISPLAY_FPS = 25
HINTS = "PortraitHints"  # translation context of the hints and check names

GOOD = QColor(40, 180, 90)
BAD = QColor(240, 170, 40)
SHADOW = QColor(0, 0, 0, 170)
BACKGROUND = QColor(32, 32, 36)
WRAPPED = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap

# devices.portrait.hints codes → English source text (shown in the screens' language).
_HINT_TEXTS: dict[str, object] = {
    "no_face": QT_TRANSLATE_NOOP(
        "PortraitHints", "Sit in the middle of the picture and look straight at the camera."
    ),
    "several_faces": QT_TRANSLATE_NOOP("PortraitHints", "Only one person may be in the picture."),
    "move_closer": QT_TRANSLATE_NOOP("PortraitHints", "Move closer to the camera."),
    "move_back": QT_TRANSLATE_NOOP("PortraitHints", "Move back a little."),
    "move_left": QT_TRANSLATE_NOOP("PortraitHints", "Move a little to your left."),
    "move_right": QT_TRANSLATE_NOOP("PortraitHints", "Move a little to your right."),
    "face_too_high": QT_TRANSLATE_NOOP(
        "PortraitHints", "Face too high in the picture: raise the camera or lower the seat."
    ),
    "face_too_low": QT_TRANSLATE_NOOP(
        "PortraitHints", "Face too low in the picture: lower the camera or raise the seat."
    ),
    "head_straight": QT_TRANSLATE_NOOP("PortraitHints", "Keep your head straight, do not tilt it."),
    "eyes_not_seen": QT_TRANSLATE_NOOP(
        "PortraitHints", "Open your eyes and look straight at the camera; take off your glasses."
    ),
    "glasses": QT_TRANSLATE_NOOP("PortraitHints", "Please take off your glasses."),
    "too_dark": QT_TRANSLATE_NOOP("PortraitHints", "Too dark: add light."),
    "too_bright": QT_TRANSLATE_NOOP("PortraitHints", "Too bright: reduce the light."),
    "glare": QT_TRANSLATE_NOOP(
        "PortraitHints", "Glare on the face: avoid direct light, wipe off shine."
    ),
    "uneven_light": QT_TRANSLATE_NOOP(
        "PortraitHints", "Uneven light on the two sides of the face: adjust the lamps."
    ),
    "hold_still": QT_TRANSLATE_NOOP("PortraitHints", "Blurred: hold still."),
    "plain_background": QT_TRANSLATE_NOOP(
        "PortraitHints", "The background must be plain: clear things from behind the person."
    ),
    "light_background": QT_TRANSLATE_NOOP(
        "PortraitHints", "The background must be light: use a white or light-blue backdrop."
    ),
    "crop_head_size": QT_TRANSLATE_NOOP(
        "PortraitHints", "The head size on the photo is out of range: take the picture again."
    ),
    "crop_no_face": QT_TRANSLATE_NOOP(
        "PortraitHints", "No face found on the cropped photo: take the picture again."
    ),
}

HINT_CODES = frozenset(_HINT_TEXTS)  # the hint codes that have a translatable text

_CHECK_NAMES: dict[CheckId, object] = {
    CheckId.FACE_COUNT: QT_TRANSLATE_NOOP("PortraitHints", "One face in the picture"),
    CheckId.HEAD_SIZE: QT_TRANSLATE_NOOP("PortraitHints", "Head size"),
    CheckId.HORIZONTAL_POSITION: QT_TRANSLATE_NOOP("PortraitHints", "Face centred left to right"),
    CheckId.VERTICAL_POSITION: QT_TRANSLATE_NOOP("PortraitHints", "Face at the right height"),
    CheckId.EYES: QT_TRANSLATE_NOOP("PortraitHints", "Both eyes visible"),
    CheckId.ROLL: QT_TRANSLATE_NOOP("PortraitHints", "Head straight"),
    CheckId.BRIGHTNESS: QT_TRANSLATE_NOOP("PortraitHints", "Brightness"),
    CheckId.HIGHLIGHTS: QT_TRANSLATE_NOOP("PortraitHints", "No glare"),
    CheckId.LIGHTING_BALANCE: QT_TRANSLATE_NOOP("PortraitHints", "Even lighting"),
    CheckId.SHARPNESS: QT_TRANSLATE_NOOP("PortraitHints", "Sharpness"),
    CheckId.BACKGROUND_PLAIN: QT_TRANSLATE_NOOP("PortraitHints", "Plain background"),
    CheckId.BACKGROUND_LIGHT: QT_TRANSLATE_NOOP("PortraitHints", "Light background"),
    CheckId.CROP_HEAD_SIZE: QT_TRANSLATE_NOOP("PortraitHints", "Head size on the photo"),
}


def hint_text(hint: Hint | None) -> str:
    """The hint in the screens' language (its built-in English for an unknown code)."""
    if hint is None:
        return ""
    source = _HINT_TEXTS.get(hint.code)
    return hint.en if source is None else QCoreApplication.translate(HINTS, str(source))


def check_name(check: CheckId | str) -> str:
    """The name of a quality check in the screens' language."""
    try:
        source = _CHECK_NAMES.get(CheckId(check))
    except ValueError:
        source = None
    return str(check) if source is None else QCoreApplication.translate(HINTS, str(source))


def is_camera_failure(state: CameraState) -> bool:
    """True when the camera gives no picture at all (the officer must act or wait)."""
    return state in _FAILURES


_FAILURES = frozenset(
    CameraState(name)
    for name in ("no_signal", "disconnected", "not_found", "open_failed", "source_error")
)


class CameraView(QWidget):
    """Shows the live portrait pipeline's newest view with its overlay, or the camera state."""

    status_changed = Signal(object)  # CameraStatus, on the GUI thread

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cameraView")
        self.setAccessibleName(self.tr("Camera preview"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(320, 200)
        self._live: LivePortrait | None = None
        self.view: LiveView | None = None  # on screen; keeps the image's pixels alive
        self._image: QImage | None = None
        self.status: CameraStatus | None = None  # the camera's last reported state
        self.frames_shown = 0  # distinct views painted (tests, the lag benchmark)
        self._timer = QTimer(self)
        self._timer.setInterval(1000 // DISPLAY_FPS)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self._timer.timeout.connect(self._pull)

    # -- what it shows -----------------------------------------------------------------

    def set_live(self, live: LivePortrait | None) -> None:
        """Show *live*'s views (None: stop pulling and show the state only)."""
        self._live = live
        self.view = None
        self._image = None
        if live is None:
            self._timer.stop()
        else:
            self._timer.start()
        self.update()

    def set_status(self, status: CameraStatus) -> None:
        """Show the camera's state (GUI thread)."""
        self.status = status
        self.setAccessibleDescription(self.state_message())
        self.status_changed.emit(status)
        self.update()

    @property
    def showing_picture(self) -> bool:
        """True while a camera picture is on screen."""
        return self._image is not None

    def state_message(self) -> str:
        """What the view says about the camera ("" while it streams normally)."""
        status = self.status
        if status is None:
            return self.tr("Starting the camera…") if self._live is not None else ""
        return self._state_text(status)

    def hint_message(self) -> str:
        """The instruction shown over the picture now."""
        view = self.view
        if view is None:
            return ""
        if self._taken():
            return self.tr("Photo taken. Press R to take it again.")
        if view.report.passed:
            return self.tr("Good. Hold still…")
        return hint_text(view.report.hint)

    def _taken(self) -> bool:
        return self._live is not None and self._live.last_capture is not None

    # -- display-rate pull -----------------------------------------------------------------

    def _pull(self) -> None:
        live = self._live
        view = live.latest() if live is not None else None
        if view is self.view:
            return
        self.view = view
        if view is None:
            self._image = None
        else:
            pixels = view.display
            height, width = pixels.shape[:2]
            self._image = QImage(
                pixels.data, width, height, pixels.strides[0], QImage.Format.Format_RGB888
            )
            self.frames_shown += 1
        self.update()

    # -- painting ---------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        """The picture with its overlay, or the camera state."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.fillRect(self.rect(), BACKGROUND)
        image, view = self._image, self.view
        if image is None or view is None:
            self._paint_message(painter, self.state_message() or self.tr("No picture yet."))
            painter.end()
            return
        target = self._target(image)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        painter.drawImage(target, image)
        self._paint_overlay(painter, view, target, image.width())
        problem = self.state_message() if self.status is not None else ""
        if problem:
            self._paint_banner(painter, problem, top=True)
        painter.end()

    def _target(self, image: QImage) -> QRectF:
        scale = min(self.width() / image.width(), self.height() / image.height())
        width, height = image.width() * scale, image.height() * scale
        return QRectF((self.width() - width) / 2, (self.height() - height) / 2, width, height)

    def _paint_overlay(
        self, painter: QPainter, view: LiveView, target: QRectF, image_width: int
    ) -> None:
        report = view.report
        colour = GOOD if report.passed else BAD
        if report.face is not None:
            # Frame pixels → display image pixels → widget pixels.
            scale = view.display_scale * target.width() / image_width
            x, y, w, h = report.face.box
            box = QRectF(target.left() + x * scale, target.top() + y * scale, w * scale, h * scale)
            painter.setPen(QPen(colour, 3))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(box, 6, 6)
        if 0 < view.auto_progress < 1 and not self._taken():
            bar = QRectF(target.left(), target.top(), target.width() * view.auto_progress, 6)
            painter.fillRect(bar, GOOD)
        self._paint_banner(painter, self.hint_message(), top=False, colour=colour)

    def _paint_banner(
        self, painter: QPainter, text: str, top: bool, colour: QColor | None = None
    ) -> None:
        if not text:
            return
        font = QFont(self.font())
        font.setPointSizeF(max(11.0, font.pointSizeF() * 1.3))
        font.setBold(True)
        painter.setFont(font)
        margin = 10
        width = self.width() - 2 * margin
        bounds = painter.boundingRect(QRectF(0, 0, width - 2 * margin, 1000), WRAPPED, text)
        height = bounds.height() + 2 * margin
        top_y = margin if top else self.height() - height - margin
        area = QRectF(margin, top_y, width, height)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(SHADOW)
        painter.drawRoundedRect(area, 8, 8)
        if colour is not None:
            painter.fillRect(QRectF(area.left(), area.top(), 6, area.height()), colour)
        painter.setPen(QColor(255, 255, 255))
        painter.drawText(area.adjusted(margin, 0, -margin, 0), WRAPPED, text)

    def _paint_message(self, painter: QPainter, text: str) -> None:
        font = QFont(self.font())
        font.setPointSizeF(max(12.0, font.pointSizeF() * 1.4))
        painter.setFont(font)
        painter.setPen(QColor(240, 240, 240))
        painter.drawText(QRectF(self.rect()).adjusted(24, 24, -24, -24), WRAPPED, text)

    # -- texts ------------------------------------------------------------------------------

    def _state_text(self, status: CameraStatus) -> str:
        state = status.state
        if state is CameraState.WRONG_RESOLUTION:
            return (
                self.tr("The camera gives %1 instead of %2: the photo may be less sharp.")
                .replace("%1", str(status.actual))
                .replace("%2", str(status.requested))
            )
        texts = {
            CameraState.STOPPED: self.tr("The camera is off."),
            CameraState.OPENING: self.tr("Starting the camera…"),
            CameraState.STREAMING: "",
            CameraState.BLACK_FRAMES: self.tr(
                "The picture is black: check the lens cover and the lighting."
            ),
            CameraState.BLANK_FRAMES: self.tr(
                "The camera sends a flat picture: unplug the camera and plug it in again."
            ),
            CameraState.FROZEN: self.tr(
                "The picture is frozen: unplug the camera and plug it in again."
            ),
            CameraState.NO_SIGNAL: self.tr(
                "No picture is coming from the camera: unplug it and plug it in again."
            ),
            CameraState.DISCONNECTED: self.tr(
                "The camera was unplugged or stopped working. Check its USB cable. Reconnecting…"
            ),
            CameraState.NOT_FOUND: self.tr(
                "No camera found. Check the camera's USB cable, or choose another camera in "
                "Settings. Retrying…"
            ),
            CameraState.OPEN_FAILED: self.tr(
                "The camera cannot be opened: another program may be using it. Close that "
                "program, or choose another camera in Settings. Retrying…"
            ),
            CameraState.SOURCE_ERROR: self.tr(
                "The simulated camera's pictures cannot be read. Choose another camera in Settings."
            ),
        }
        return texts.get(state, status.message_en)


class _Bridge(QObject):
    """Carries a pipeline's reports from its threads to the GUI thread. Its threads hold it
    and the application owns it, so a report racing a closing page finds a live sender."""

    status = Signal(object)  # CameraStatus
    captured = Signal(object)  # CapturedPortrait

    def __init__(self) -> None:
        super().__init__(QCoreApplication.instance())

    def on_status(self, status: CameraStatus) -> None:
        self.status.emit(status)

    def on_capture(self, portrait: CapturedPortrait) -> None:
        self.captured.emit(portrait)


class _Pipeline:
    """The running pipeline, apart from the widgets: one that finishes starting, or still
    runs, after its page was closed is stopped all the same."""

    def __init__(self, tasks: TaskRunner) -> None:
        self.tasks = tasks
        self.running: tuple[LivePortrait, _Bridge] | None = None
        self.generation = 0  # bumped by every start and stop: late starts are stopped

    @property
    def live(self) -> LivePortrait | None:
        return self.running[0] if self.running is not None else None

    def stop(self, then: Callable[[bool], None] | None = None) -> None:
        self.generation += 1
        running, self.running = self.running, None
        if running is not None:
            self.stop_running(*running, then)

    def stop_running(
        self, live: LivePortrait, bridge: _Bridge, then: Callable[[bool], None] | None = None
    ) -> None:
        def stopped(ended: bool) -> None:
            if ended:  # a hung camera thread may still report: then the bridge stays
                bridge.deleteLater()
            if then is not None:
                then(ended)

        try:
            self.tasks.run(live.stop, stopped)  # stopping joins the camera's threads
        except RuntimeError:  # the runner is shut down (the program ends): stop it here
            live.stop(timeout_s=1.0)


_Q = TypeVar("_Q", bound=QObject)


def _alive(ref: weakref.ref[_Q]) -> _Q | None:
    obj = ref()
    return obj if obj is not None and shiboken6.isValid(obj) else None


class LiveCamera(QObject):
    """Runs the live portrait pipeline behind a CameraView; building (the face detectors
    load), starting and stopping happen on the task runner, never on the GUI thread."""

    started = Signal(object)  # the LivePortrait, running and shown
    stopped = Signal()  # the camera's threads have ended
    start_failed = Signal(object)  # the exception
    captured = Signal(object)  # an automatic capture (CapturedPortrait), on the GUI thread

    def __init__(self, tasks: TaskRunner, view: CameraView, parent: QObject) -> None:
        super().__init__(parent)
        self._view = view
        self._pipeline = pipeline = _Pipeline(tasks)
        # The lambda holds the pipeline only, not this object: it stops what still runs.
        self.destroyed.connect(lambda *_: pipeline.stop())

    @property
    def live(self) -> LivePortrait | None:
        """The running pipeline, once started."""
        return self._pipeline.live

    def start(self, open_camera: Callable[[], CameraSource], auto_capture: bool = True) -> None:
        """Open a camera from *open_camera* and start the checks (and auto-capture)."""
        pipeline = self._pipeline
        if pipeline.running is not None:
            return
        pipeline.generation += 1
        generation = pipeline.generation
        bridge = _Bridge()
        # Receivers on the GUI thread: Qt drops these connections when they are deleted.
        bridge.status.connect(self._view.set_status)
        bridge.captured.connect(self._on_auto_capture)

        def build() -> LivePortrait:
            auto = AutoCapture()
            if not auto_capture:
                auto.disarm()
            grabber = FrameGrabber(open_camera(), on_status=bridge.on_status)
            live = LivePortrait(grabber, autocapture=auto, on_capture=bridge.on_capture)
            live.start()
            return live

        me = weakref.ref(self)

        def built(live: LivePortrait) -> None:
            owner = _alive(me)
            if owner is None or generation != pipeline.generation:
                pipeline.stop_running(live, bridge)  # stopped or closed meanwhile
                return
            pipeline.running = (live, bridge)
            owner._view.set_live(live)
            owner.started.emit(live)

        def failed(error: BaseException) -> None:
            bridge.deleteLater()
            owner = _alive(me)
            if owner is not None:
                owner.start_failed.emit(error)

        pipeline.tasks.run(build, built, failed)

    def stop(self) -> None:
        """Stop the pipeline; ``stopped`` follows once its threads have ended."""
        self._view.set_live(None)
        me = weakref.ref(self)

        def done(_: bool) -> None:
            owner = _alive(me)
            if owner is not None:
                owner.stopped.emit()

        self._pipeline.stop(done)

    def restart(self, open_camera: Callable[[], CameraSource], auto_capture: bool = True) -> None:
        """Stop, then start again with a fresh source (the officer fixed the camera)."""
        self._view.set_live(None)
        if self._pipeline.running is None:
            self._pipeline.generation += 1  # a start still under way is dropped
            self.start(open_camera, auto_capture)
            return
        me = weakref.ref(self)

        def again(_: bool) -> None:
            owner = _alive(me)
            if owner is not None:
                owner.start(open_camera, auto_capture)

        self._pipeline.stop(again)

    def _on_auto_capture(self, portrait: object) -> None:
        live = self._pipeline.live
        # A capture made stale by a retake or a restart is dropped.
        if live is not None and live.last_capture is portrait:
            self.captured.emit(portrait)
