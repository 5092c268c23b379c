"""What the camera is doing, as a state with a bilingual message for the officer."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from devices.camera.frames import Resolution


class CameraState(StrEnum):
    """States of the frame grabber; frames are delivered only in the *delivering* ones."""

    STOPPED = "stopped"
    OPENING = "opening"
    STREAMING = "streaming"
    WRONG_RESOLUTION = "wrong_resolution"  # streaming, but not at the configured size
    BLACK_FRAMES = "black_frames"  # streaming black: lens covered, no light
    BLANK_FRAMES = "blank_frames"  # streaming one flat colour: the camera sends no picture
    FROZEN = "frozen"  # the same frame over and over
    NO_SIGNAL = "no_signal"  # open, but no frame for a while (the driver hangs)
    DISCONNECTED = "disconnected"  # reads failed: reopening with backoff
    NOT_FOUND = "not_found"  # nothing at the configured device: retrying with backoff
    OPEN_FAILED = "open_failed"  # there but cannot be opened (in use?): retrying
    SOURCE_ERROR = "source_error"  # simulated material damaged: retrying

    @property
    def delivering(self) -> bool:
        """True while frames reach the preview (possibly bad ones, shown as they are)."""
        return self in _DELIVERING


_DELIVERING = frozenset(
    {
        CameraState.STREAMING,
        CameraState.WRONG_RESOLUTION,
        CameraState.BLACK_FRAMES,
        CameraState.BLANK_FRAMES,
        CameraState.FROZEN,
    }
)

# State → (Vietnamese, English). {actual} and {requested} are filled for WRONG_RESOLUTION.
MESSAGES: dict[CameraState, tuple[str, str]] = {
    CameraState.STOPPED: ("Máy ảnh đang tắt.", "The camera is off."),
    CameraState.OPENING: ("Đang mở máy ảnh…", "Opening the camera…"),
    CameraState.STREAMING: ("Máy ảnh sẵn sàng.", "The camera is ready."),
    CameraState.WRONG_RESOLUTION: (
        "Máy ảnh chỉ cho độ phân giải {actual} thay vì {requested}: ảnh có thể kém nét.",
        "The camera gives {actual} instead of {requested}: the photo may be less sharp.",
    ),
    CameraState.BLACK_FRAMES: (
        "Ảnh đen: kiểm tra nắp che ống kính và ánh sáng.",
        "Black picture: check the lens cover and the lighting.",
    ),
    CameraState.BLANK_FRAMES: (
        "Ảnh một màu: máy ảnh không gửi hình. Rút ra cắm lại máy ảnh.",
        "Flat picture: the camera sends no image. Unplug and replug the camera.",
    ),
    CameraState.FROZEN: (
        "Hình bị đứng: máy ảnh gửi lại cùng một ảnh. Rút ra cắm lại máy ảnh.",
        "The picture is frozen: the camera repeats the same frame. Unplug and replug it.",
    ),
    CameraState.NO_SIGNAL: (
        "Không nhận được hình từ máy ảnh.",
        "No picture is coming from the camera.",
    ),
    CameraState.DISCONNECTED: (
        "Mất kết nối máy ảnh. Đang thử kết nối lại…",
        "The camera was disconnected. Reconnecting…",
    ),
    CameraState.NOT_FOUND: (
        "Không tìm thấy máy ảnh. Kiểm tra cáp USB. Đang thử lại…",
        "No camera found. Check the USB cable. Retrying…",
    ),
    CameraState.OPEN_FAILED: (
        "Không mở được máy ảnh; có thể chương trình khác đang dùng. Đang thử lại…",
        "Cannot open the camera; another program may be using it. Retrying…",
    ),
    CameraState.SOURCE_ERROR: (
        "Nguồn ảnh mô phỏng bị hỏng hoặc không đọc được.",
        "The simulated camera's images or video are damaged or unreadable.",
    ),
}


@dataclass(frozen=True, slots=True)
class CameraStatus:
    """A state change reported to the listener, ready to show."""

    state: CameraState
    message_vi: str
    message_en: str
    requested: Resolution | None = None
    actual: Resolution | None = None
    detail: str = ""  # technical, for the log; never personal data
    retry_in_s: float | None = None  # when the next reopen is attempted

    def message(self, language: str) -> str:
        """The message in *language* ("en" for English, Vietnamese otherwise)."""
        return self.message_en if language == "en" else self.message_vi


def status_for(
    state: CameraState,
    *,
    requested: Resolution | None = None,
    actual: Resolution | None = None,
    detail: str = "",
    retry_in_s: float | None = None,
) -> CameraStatus:
    """The status of *state* with its messages filled in."""
    vi, en = MESSAGES[state]
    fill = {"actual": str(actual), "requested": str(requested)}
    return CameraStatus(
        state, vi.format(**fill), en.format(**fill), requested, actual, detail, retry_in_s
    )
