"""Errors of the sync path: the ones that retry on their own, and the ones that need IT."""

from __future__ import annotations

from station.errors import StationError


class SyncError(StationError):
    """Base of sync errors; ``retryable`` says whether the engine tries again by itself."""

    retryable = True


class RegisterUnreachableError(SyncError):
    """No connection to the register (offline, register down, link cut, timeout)."""

    def __init__(self, detail: str) -> None:
        super().__init__(
            "Chưa kết nối được tới cơ quan đăng ký. Hồ sơ vẫn an toàn trong hàng đợi và sẽ "
            "được gửi tự động khi có mạng.",
            "The register cannot be reached. The applications are safe in the queue and will "
            "be sent automatically when the link is back.",
            detail,
        )


class RegisterBusyError(SyncError):
    """The register answered with a temporary failure (5xx, storage full, bad answer)."""

    def __init__(self, detail: str, retry_after: float | None = None) -> None:
        super().__init__(
            "Cơ quan đăng ký tạm thời chưa nhận được hồ sơ. Trạm sẽ tự gửi lại sau.",
            "The register cannot take applications right now. The station will retry later.",
            detail,
        )
        self.retry_after = retry_after  # seconds the register asked us to wait, if any


class RegisterCertificateError(SyncError):
    """The server's certificate is not signed by the pinned register CA."""

    retryable = False

    def __init__(self, detail: str) -> None:
        super().__init__(
            "Máy chủ không phải là cơ quan đăng ký đã đăng ký với trạm (chứng thư không khớp). "
            "Đã dừng gửi hồ sơ. Gọi bộ phận kỹ thuật.",
            "The server is not the register this station is enrolled with (certificate "
            "mismatch). Sending has stopped. Call IT.",
            detail,
        )


class StationNotRecognisedError(SyncError):
    """The register does not know this station (not enrolled, revoked, or another key)."""

    retryable = False

    def __init__(self, detail: str) -> None:
        super().__init__(
            "Cơ quan đăng ký không nhận ra trạm này (chưa đăng ký hoặc đã bị thu hồi). Đã "
            "dừng gửi hồ sơ. Gọi bộ phận kỹ thuật để đăng ký lại trạm.",
            "The register does not recognise this station (not enrolled or revoked). Sending "
            "has stopped. Call IT to enrol the station again.",
            detail,
        )


class RegisterProtocolError(SyncError):
    """The register answered something the contract does not allow (a bug on one side)."""

    def __init__(self, detail: str) -> None:
        super().__init__(
            "Cơ quan đăng ký trả lời không đúng định dạng. Trạm sẽ thử lại; nếu lặp lại, gọi "
            "bộ phận kỹ thuật.",
            "The register gave an answer in an unexpected form. The station will retry; if it "
            "keeps happening, call IT.",
            detail,
        )


class SyncStorageError(SyncError):
    """The station could not record a sync step locally (e.g. its disk is full)."""

    def __init__(self, detail: str) -> None:
        super().__init__(
            "Trạm không ghi được kết quả gửi hồ sơ vào cơ sở dữ liệu (có thể ổ đĩa đầy). Sẽ "
            "thử lại; nếu lặp lại, gọi bộ phận kỹ thuật.",
            "The station could not record the sync results in its database (the disk may "
            "be full). It will retry; if this keeps happening, call IT.",
            detail,
        )


class EnrolmentError(SyncError):
    """Enrolment failed: a bad or used token, or a register that does not match it."""

    retryable = False

    def __init__(self, message_vi: str, message_en: str, detail: str) -> None:
        super().__init__(message_vi, message_en, detail)


class NotEnrolledError(SyncError):
    """The station has no enrolment yet: nothing can be sent or exported."""

    retryable = False

    def __init__(self) -> None:
        super().__init__(
            "Trạm chưa được đăng ký với cơ quan đăng ký. Gọi bộ phận kỹ thuật để đăng ký.",
            "The station is not enrolled with the register yet. Call IT to enrol it.",
            "no enrolment",
        )
