"""Step 4 of the wizard: the live portrait, auto-capture, retake, and the chip photo beside it.

The camera and the quality checks run on their own threads (devices/portrait/live.py); the
preview pulls their newest view at display rate. Captures arrive through a queued signal.
Building, starting and stopping the pipeline (cascade loading, thread joins) and storing
the photo all run through the task runner, never on the GUI thread.
"""

from __future__ import annotations

import logging
import weakref
from collections.abc import Callable
from dataclasses import replace
from typing import Any

import cv2
import numpy as np
import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage, QKeyEvent, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from devices.camera.frames import Image
from devices.camera.status import CameraStatus
from devices.portrait.capture import CapturedPortrait, CaptureMode
from devices.portrait.chip import decode_chip_portrait
from devices.portrait.live import LivePortrait, NoPictureError
from station.errors import StationError
from station.record import PortraitRef
from ui.context import UiContext
from ui.intake.page import WizardPage
from ui.intake.state import IntakeState
from ui.widgets.camera_view import (
    CameraView,
    LiveCamera,
    check_name,
    hint_text,
    is_camera_failure,
)

log = logging.getLogger(__name__)

PHOTO_NAME = "portrait"  # the draft attachment and PortraitRef.photo_id
PHOTO_HEIGHT = 240  # on screen, in pixels (the photo is 2:3)


def _pixmap(image: Image, height: int = PHOTO_HEIGHT) -> QPixmap:
    """A BGR image as a pixmap *height* pixels high (GUI thread: it is small)."""
    rgb = np.ascontiguousarray(cv2.cvtColor(image, cv2.COLOR_BGR2RGB))
    h, w = rgb.shape[:2]
    qimage = QImage(rgb.data, w, h, rgb.strides[0], QImage.Format.Format_RGB888).copy()
    return QPixmap.fromImage(qimage).scaledToHeight(
        height, Qt.TransformationMode.SmoothTransformation
    )


def _decode_jpeg(data: bytes | None) -> Image | None:
    if not data:
        return None
    decoded = cv2.imdecode(np.frombuffer(data, dtype=np.uint8), cv2.IMREAD_COLOR)
    return None if decoded is None else np.ascontiguousarray(decoded)


class PortraitPage(WizardPage):
    """Takes the citizen's portrait: automatically when every check passes, or by hand."""

    portrait_kept = Signal()  # the photo is stored and the record points at it
    camera_started = Signal()
    camera_stopped = Signal()

    def __init__(self, ctx: UiContext, state: IntakeState, parent: QWidget | None = None) -> None:
        super().__init__(ctx, state, parent)
        self.setObjectName("portraitPage")
        self._shown: CapturedPortrait | None = None  # the capture on screen, not yet kept
        self._acks: list[tuple[QCheckBox, str]] = []
        self._saving = False
        self._build()
        self._connect_signals()

    def title(self) -> str:
        """The step's name."""
        return self.tr("Portrait")

    # -- layout ------------------------------------------------------------------------------

    def _build(self) -> None:
        self.camera_view = CameraView(self)
        self.camera = LiveCamera(self.ctx.tasks, self.camera_view, self)
        self.capture_button = QPushButton(self.tr("&Capture now (Space)"))
        self.capture_button.setObjectName("captureButton")
        self.retake_button = QPushButton(self.tr("&Retake (R)"))
        self.retake_button.setObjectName("retakeButton")
        self.retry_button = QPushButton(self.tr("&Try the camera again"))
        self.retry_button.setObjectName("retryCameraButton")
        self.retry_button.setVisible(False)
        self.capture_info = QLabel(
            self.tr("The photo is taken automatically when every check passes.")
        )
        self.capture_info.setObjectName("captureInfo")
        self.capture_info.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.capture_button, self.retake_button, self.retry_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        left = QVBoxLayout()
        left.addWidget(self.camera_view, 1)
        left.addLayout(buttons)
        left.addWidget(self.capture_info)

        self.photo_label = QLabel()
        self.photo_label.setObjectName("capturedPhoto")
        self.photo_label.setAccessibleName(self.tr("Photo taken"))
        self.photo_label.setFixedSize(PHOTO_HEIGHT * 2 // 3, PHOTO_HEIGHT)
        self.photo_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo_label.setStyleSheet("QLabel { border: 1px solid #999; }")
        self.photo_status = QLabel()
        self.photo_status.setObjectName("photoStatus")
        self.photo_status.setWordWrap(True)
        self.acks_box = QWidget()
        self.acks_box.setObjectName("acknowledgements")
        self.acks_layout = QVBoxLayout(self.acks_box)
        self.acks_layout.setContentsMargins(0, 0, 0, 0)
        self.keep_button = QPushButton(self.tr("&Keep this photo"))
        self.keep_button.setObjectName("keepButton")
        self.keep_button.setVisible(False)
        taken = QGroupBox(self.tr("Photo taken"))
        taken_layout = QVBoxLayout(taken)
        taken_layout.addWidget(self.photo_label, 0, Qt.AlignmentFlag.AlignHCenter)
        taken_layout.addWidget(self.photo_status)
        taken_layout.addWidget(self.acks_box)
        taken_layout.addWidget(self.keep_button)

        self.chip_label = QLabel()
        self.chip_label.setObjectName("chipPhoto")
        self.chip_label.setAccessibleName(self.tr("Photo in the card's chip"))
        self.chip_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.chip_label.setWordWrap(True)
        self.chip_label.setMinimumHeight(PHOTO_HEIGHT // 2)
        chip = QGroupBox(self.tr("Photo in the card's chip"))
        QVBoxLayout(chip).addWidget(self.chip_label)

        self.problem_label = QLabel()
        self.problem_label.setObjectName("portraitProblem")
        self.problem_label.setWordWrap(True)
        self.problem_label.setStyleSheet("QLabel { color: #a4000f; font-weight: bold; }")
        right = QVBoxLayout()
        right.addWidget(taken)
        right.addWidget(chip)
        right.addWidget(self.problem_label)
        right.addStretch(1)

        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addLayout(right, 2)
        self.capture_shortcut = QShortcut(QKeySequence("Ctrl+Space"), self)
        self.retake_shortcut = QShortcut(QKeySequence("Ctrl+R"), self)
        for shortcut in (self.capture_shortcut, self.retake_shortcut):
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._show_no_photo()

    def _connect_signals(self) -> None:
        self.capture_button.clicked.connect(self.capture_now)
        self.retake_button.clicked.connect(self.retake)
        self.retry_button.clicked.connect(self.restart_camera)
        self.keep_button.clicked.connect(self._keep_acknowledged)
        self.capture_shortcut.activated.connect(self.capture_now)
        self.retake_shortcut.activated.connect(self.retake)
        self.camera_view.status_changed.connect(self._camera_status)
        self.camera.started.connect(self._camera_started)
        self.camera.stopped.connect(self.camera_stopped)
        self.camera.start_failed.connect(self._start_failed)
        self.camera.captured.connect(self._on_capture)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Space captures and R retakes, unless the focused field used the key itself."""
        plain = event.modifiers() == Qt.KeyboardModifier.NoModifier
        if plain and event.key() == Qt.Key.Key_Space:
            self.capture_now()
        elif plain and event.key() == Qt.Key.Key_R:
            self.retake()
        else:
            super().keyPressEvent(event)

    # -- wizard contract ---------------------------------------------------------------------

    def enter(self) -> None:
        """Start the camera; show the kept photo and the chip photo."""
        self.problem_label.clear()
        self._show_existing_photo()
        self._show_chip_photo()
        self.start_camera()
        self.camera_view.setFocus()

    def can_leave(self) -> bool:
        """Only with a kept portrait; otherwise say what is missing."""
        if self._saving:
            self._problem(self.tr("The photo is still being saved: wait a moment."))
            return False
        if self._shown is not None and self._acks:  # a photo taken by hand waits for a decision
            self._problem(
                self.tr(
                    "Tick each check that did not pass to keep this photo, or take it again (R)."
                )
            )
            unticked = [box for box, _ in self._acks if not box.isChecked()]
            (unticked[0] if unticked else self.keep_button).setFocus()
            return False
        if self.state.record.portrait is not None:
            return True
        self._problem(
            self.tr(
                "Take the portrait first: wait for the automatic capture, or press Space to "
                "capture now."
            )
        )
        self.camera_view.setFocus()
        return False

    def leave(self) -> None:
        """Stop the camera (off the GUI thread: stopping joins the camera's threads)."""
        self.stop_camera()

    # -- the camera ---------------------------------------------------------------------------

    def start_camera(self) -> None:
        """Start the camera; with a kept photo, auto-capture waits for a retake."""
        keep_auto = self.state.record.portrait is None and self.state.portrait is None
        self.camera.start(self.ctx.devices.open_camera, keep_auto)

    def stop_camera(self) -> None:
        """Stop the camera on a worker; camera_stopped follows."""
        self.camera.stop()

    def restart_camera(self) -> None:
        """The officer fixed the cable or the settings: start again with a fresh source."""
        self.retry_button.setVisible(False)
        self.problem_label.clear()
        keep_auto = self.state.record.portrait is None and self.state.portrait is None
        self.camera.restart(self.ctx.devices.open_camera, keep_auto)

    def _camera_started(self, live: LivePortrait) -> None:
        if self.state.record.portrait is None and self._shown is None:
            if live.last_capture is not None:  # captured before anyone listened
                self._on_capture(live.last_capture)
            else:
                live.retake()  # retaken while it started: look for a photo again
        self.camera_started.emit()

    def _start_failed(self, error: BaseException) -> None:
        log.warning("the camera pipeline could not be started: %s", type(error).__name__)
        message = (
            error.message(self.ctx.language)
            if isinstance(error, StationError)
            else self.tr("The camera could not be started.")
        )
        self._problem(
            message + " " + self.tr("Check the camera, then press “Try the camera again”.")
        )
        self.retry_button.setVisible(True)

    def _camera_status(self, status: CameraStatus) -> None:
        self.retry_button.setVisible(is_camera_failure(status.state))

    def _run(
        self,
        work: Callable[[], Any],
        on_success: Callable[[PortraitPage, Any], None] | None = None,
        on_failure: Callable[[PortraitPage, BaseException], None] | None = None,
    ) -> None:
        """ctx.tasks.run with callbacks that get the page, through a weak reference: a page
        the wizard closed meanwhile is neither kept alive by a worker nor called."""
        page = weakref.ref(self)

        def guard(callback: Callable[[PortraitPage, Any], None] | None) -> Any:
            if callback is None:
                return None

            def call(value: Any) -> None:
                alive = page()
                if alive is not None and shiboken6.isValid(alive):
                    callback(alive, value)

            return call

        self.ctx.tasks.run(work, guard(on_success), guard(on_failure))

    # -- capturing ---------------------------------------------------------------------------

    def capture_now(self) -> None:
        """Take the newest analysed frame by hand (cropping and encoding run on a worker)."""
        live = self.camera.live
        if live is None or self._saving:
            if live is None:
                self._problem(NoPictureError().message(self.ctx.language))
            return
        self.problem_label.clear()
        self._run(
            live.capture_now,
            lambda page, captured: page._manual_capture(live, captured),
            lambda page, error: page._capture_failed(error),
        )

    def retake(self) -> None:
        """Forget the photo and look again; the record no longer points at a portrait."""
        if self._saving:
            return
        if self.camera.live is not None:
            self.camera.live.retake()
        self._shown = None
        self._clear_acks()
        self.problem_label.clear()
        if self.state.record.portrait is not None:
            self.state.update(replace(self.state.record, portrait=None))
        if self.state.portrait is not None:
            self.state.set_portrait(None)
        self._show_no_photo()
        self.camera_view.setFocus()

    def _manual_capture(self, live: LivePortrait, captured: CapturedPortrait) -> None:
        if self.camera.live is live:  # not from a camera stopped meanwhile
            self._on_capture(captured)

    def _on_capture(self, captured: CapturedPortrait) -> None:
        self._shown = captured
        self._clear_acks()
        self.photo_label.setPixmap(_pixmap(captured.image))
        warnings = captured.warnings
        if not warnings:
            self.photo_status.setText(self.tr("Saving the photo…"))
            self._keep(captured, ())
            return
        self.photo_status.setText(
            self.tr(
                "Taken by hand. %n check(s) did not pass: tick each one to keep the photo.",
                "",
                len(warnings),
            )
        )
        for result in warnings:
            text = check_name(result.check)
            hint = hint_text(result.hint)
            box = QCheckBox(text + (": " + hint if hint else ""))
            box.setObjectName(f"ack_{result.check.value}")
            box.toggled.connect(self._acks_changed)
            self.acks_layout.addWidget(box)
            self._acks.append((box, result.check.value))
        previous: QWidget = self.retry_button  # tab order: the boxes, then Keep
        for box, _ in self._acks:
            QWidget.setTabOrder(previous, box)
            previous = box
        QWidget.setTabOrder(previous, self.keep_button)
        self.keep_button.setVisible(True)
        self._acks_changed()
        self._acks[0][0].setFocus()

    def _capture_failed(self, error: BaseException) -> None:
        if isinstance(error, StationError):
            self._problem(error.message(self.ctx.language))
        else:
            self.ctx.notices.error(error, self.tr("Capture again"), self.capture_now)

    def _acks_changed(self) -> None:
        self.keep_button.setEnabled(bool(self._acks) and all(b.isChecked() for b, _ in self._acks))

    def _keep_acknowledged(self) -> None:
        if self._shown is None or not all(box.isChecked() for box, _ in self._acks):
            return
        self._keep(self._shown, tuple(check for _, check in self._acks))

    def _keep(self, captured: CapturedPortrait, acknowledged: tuple[str, ...]) -> None:
        """Store the photo encrypted with the draft (worker), then point the record at it."""
        self._saving = True
        self.keep_button.setEnabled(False)
        drafts, application_id = self.ctx.core.drafts, self.state.application_id
        self._run(
            lambda: drafts.put_attachment(application_id, PHOTO_NAME, captured.jpeg),
            lambda page, digest: page._kept(captured, acknowledged, digest),
            lambda page, error: page._keep_failed(captured, acknowledged, error),
        )

    def _kept(self, captured: CapturedPortrait, acknowledged: tuple[str, ...], digest: str) -> None:
        self._saving = False
        if captured is not self._shown:  # retaken while saving
            return
        ref = PortraitRef(PHOTO_NAME, digest, captured.record.captured_at, acknowledged)
        self.state.update(replace(self.state.record, portrait=ref))
        self.state.set_portrait(captured)
        self._shown = None
        self._clear_acks()
        self._show_kept_status(acknowledged, captured.record.mode)
        self.problem_label.clear()
        self.portrait_kept.emit()

    def _keep_failed(
        self, captured: CapturedPortrait, acknowledged: tuple[str, ...], error: BaseException
    ) -> None:
        self._saving = False
        self._acks_changed()
        self.ctx.notices.error(
            error, self.tr("Save the photo again"), lambda: self._keep(captured, acknowledged)
        )

    # -- what is shown beside the preview -------------------------------------------------------

    def _show_no_photo(self) -> None:
        self.photo_label.clear()
        self.photo_label.setText(self.tr("No photo yet"))
        self.photo_status.setText("")
        self.keep_button.setVisible(False)

    def _show_kept_status(
        self, acknowledged: tuple[str, ...], mode: CaptureMode | None = None
    ) -> None:
        if acknowledged:
            names = ", ".join(check_name(check) for check in acknowledged)
            text = self.tr("Photo kept. Accepted by the officer: %1.").replace("%1", names)
        elif mode is CaptureMode.AUTO:
            text = self.tr("Photo kept: taken automatically, every check passed.")
        elif mode is CaptureMode.MANUAL:
            text = self.tr("Photo kept: taken by hand, every check passed.")
        else:
            text = self.tr("Photo kept.")
        self.photo_status.setText(text)

    def _show_existing_photo(self) -> None:
        """Back on this step, or a resumed draft: show the photo the record points at."""
        ref = self.state.record.portrait
        if self._shown is not None:  # a capture waits for the officer: keep it on screen
            return
        if ref is None:
            self._show_no_photo()
            return
        captured = self.state.portrait
        if captured is not None and captured.record.jpeg_sha256 == ref.sha256:
            self.photo_label.setPixmap(_pixmap(captured.image))
            self._show_kept_status(ref.acknowledged_checks, captured.record.mode)
            return
        drafts, application_id = self.ctx.core.drafts, self.state.application_id
        self._run(
            lambda: _decode_jpeg(drafts.attachment(application_id, PHOTO_NAME)),
            lambda page, image: page._stored_photo(image, ref),
        )

    def _stored_photo(self, image: Image | None, ref: PortraitRef) -> None:
        if self.state.record.portrait != ref:  # retaken meanwhile
            return
        if image is None:
            self.photo_label.setText(self.tr("The stored photo cannot be shown: take it again."))
            return
        self.photo_label.setPixmap(_pixmap(image))
        self._show_kept_status(ref.acknowledged_checks)

    def _show_chip_photo(self) -> None:
        chip = self.state.chip
        face = chip.face if chip is not None else None
        if face is None:
            self.chip_label.clear()
            self.chip_label.setText(
                self.tr("No chip was read for this application: there is no photo to compare.")
                if chip is None
                else self.tr("The chip holds no photo.")
            )
            return
        self.chip_label.setText(self.tr("Reading the chip photo…"))
        data = face.data
        self._run(
            lambda: decode_chip_portrait(data),
            lambda page, image: page.chip_label.setPixmap(_pixmap(image)),
            lambda page, error: page._chip_photo_failed(error),
        )

    def _chip_photo_failed(self, error: BaseException) -> None:
        self.chip_label.setText(
            error.message(self.ctx.language)
            if isinstance(error, StationError)
            else self.tr("The photo stored in the chip cannot be shown.")
        )

    def _clear_acks(self) -> None:
        for box, _ in self._acks:
            box.setParent(None)
            box.deleteLater()
        self._acks = []
        self.keep_button.setVisible(False)

    def _problem(self, text: str) -> None:
        self.problem_label.setText(text)
