"""Camera errors the officer may see, each with a bilingual message and a log detail."""

from __future__ import annotations

from station.errors import StationError


class CameraError(StationError):
    """A camera could not be used."""


class CameraNotFoundError(CameraError):
    """No camera answers at the configured device."""

    def __init__(self, detail: str = "") -> None:
        super().__init__(
            "Không tìm thấy máy ảnh. Kiểm tra cáp USB và chọn đúng máy ảnh trong cài đặt.",
            "No camera found. Check the USB cable and the camera chosen in the settings.",
            detail,
        )


class CameraOpenError(CameraError):
    """The camera exists but cannot be opened or gives no picture (often: in use elsewhere)."""

    def __init__(self, detail: str = "") -> None:
        super().__init__(
            "Không mở được máy ảnh. Có thể chương trình khác đang dùng máy ảnh: hãy đóng "
            "chương trình đó hoặc rút ra cắm lại máy ảnh.",
            "Cannot open the camera. Another program may be using it: close that program or "
            "unplug and replug the camera.",
            detail,
        )


class SimulatedSourceError(CameraError):
    """The simulated camera's still images or video cannot be read."""

    def __init__(self, detail: str = "") -> None:
        super().__init__(
            "Nguồn ảnh mô phỏng bị hỏng hoặc không đọc được.",
            "The simulated camera's images or video are damaged or unreadable.",
            detail,
        )
