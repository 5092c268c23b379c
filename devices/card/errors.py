"""Typed, bilingual errors of the card reader; details name bytes and codes, never personal data."""

from __future__ import annotations

from station.errors import StationError


class CardError(StationError):
    """Base of every error the card reader raises to the officer."""


class PcscUnavailableError(CardError):
    """The PC/SC service (pcscd, Windows Smart Card service) is not running or not installed."""

    def __init__(self, detail: str = "") -> None:
        super().__init__(
            "Dịch vụ đầu đọc thẻ (PC/SC) chưa chạy. Khởi động lại máy hoặc gọi bộ phận kỹ thuật.",
            "The card reader service (PC/SC) is not running. Restart the computer or call IT.",
            detail or "PC/SC service unavailable",
        )


class NoReaderError(CardError):
    """No card reader is connected (or the configured one is not)."""

    def __init__(self, detail: str = "") -> None:
        super().__init__(
            "Không tìm thấy đầu đọc thẻ. Kiểm tra cáp USB của đầu đọc.",
            "No card reader found. Check the reader's USB cable.",
            detail or "no reader",
        )


class NoCardError(CardError):
    """The reader is there but no card lies on it."""

    def __init__(self, detail: str = "") -> None:
        super().__init__(
            "Chưa có thẻ trên đầu đọc. Đặt thẻ lên đầu đọc rồi thử lại.",
            "No card on the reader. Place the card on the reader and try again.",
            detail or "no card present",
        )


class CardRemovedError(CardError):
    """The card left the reader during the read: nothing of the read is used."""

    def __init__(self, detail: str = "") -> None:
        super().__init__(
            "Thẻ bị nhấc khỏi đầu đọc khi đang đọc. Đặt lại thẻ và giữ yên cho đến khi đọc xong.",
            "The card was removed while it was being read. Put it back and keep it still "
            "until the read finishes.",
            detail or "card removed during the read",
        )


class WrongAccessKeyError(CardError):
    """The chip refused the access key (6300 / MAC mismatch in BAC): a data-entry mistake."""

    def __init__(self, detail: str = "") -> None:
        super().__init__(
            "Chip từ chối khóa truy cập. Kiểm tra lại số định danh, ngày sinh và ngày hết hạn "
            "(hoặc quét lại mã MRZ/QR).",
            "The chip refused the access key. Check the ID number, date of birth and expiry "
            "date (or scan the MRZ/QR code again).",
            detail or "access key refused",
        )


class SecureMessagingError(CardError):
    """A response from the chip failed its secure-messaging MAC or structure."""

    def __init__(self, detail: str = "") -> None:
        super().__init__(
            "Dữ liệu từ chip không qua được kiểm tra bảo mật. Đọc lại thẻ; nếu vẫn lỗi, thẻ có "
            "thể bị hỏng hoặc bị can thiệp.",
            "Data from the chip failed its security check. Read the card again; if it "
            "still fails, the card may be damaged or tampered with.",
            detail or "secure messaging check failed",
        )


class UnsupportedCardError(CardError):
    """The card is not an ICAO eMRTD / CCCD chip, or behaves in a way we do not handle."""

    def __init__(self, detail: str = "") -> None:
        super().__init__(
            "Thẻ này không phải thẻ căn cước gắn chip hoặc không đọc được bằng phần mềm này.",
            "This card is not a chip identity card, or this software cannot read it.",
            detail or "unsupported card",
        )


class MalformedDataError(CardError):
    """A file from the chip does not parse (bad or truncated TLV, bad MRZ, bad image)."""

    def __init__(self, detail: str = "") -> None:
        super().__init__(
            "Dữ liệu đọc từ chip bị lỗi định dạng. Đọc lại thẻ; nếu vẫn lỗi, nhập tay.",
            "Data read from the chip is malformed. Read the card again; if it still fails, "
            "enter the data by hand.",
            detail or "malformed chip data",
        )


class ImpossibleLengthError(MalformedDataError):
    """A length on the chip is beyond what the file or the standard allows."""


class CardTimeoutError(CardError):
    """The reader or chip stopped answering within the time limit."""

    def __init__(self, detail: str = "") -> None:
        super().__init__(
            "Chip không phản hồi kịp. Giữ thẻ yên trên đầu đọc và thử lại.",
            "The chip did not answer in time. Keep the card still on the reader and try again.",
            detail or "timeout",
        )


class CardCommunicationError(CardError):
    """The reader reported a transmission error that retries did not cure."""

    def __init__(self, detail: str = "") -> None:
        super().__init__(
            "Lỗi giao tiếp với thẻ. Đặt lại thẻ cho ngay ngắn và thử lại.",
            "Communication with the card failed. Reposition the card and try again.",
            detail or "communication error",
        )


class ReaderBusyError(CardError):
    """A previous read has not finished (e.g. a chip that stopped answering is still held)."""

    def __init__(self, detail: str = "") -> None:
        super().__init__(
            "Đầu đọc đang bận với lần đọc trước. Nhấc thẻ ra, đặt lại rồi thử lại.",
            "The reader is still busy with the previous read. Lift the card, put it back "
            "and try again.",
            detail or "reader busy",
        )


class AccessKeyError(CardError):
    """The typed or scanned access-key data is invalid (check digit, format, date)."""

    def __init__(self, message_vi: str, message_en: str, detail: str) -> None:
        super().__init__(message_vi, message_en, detail)


class TrustStoreError(CardError):
    """The CSCA trust store folder cannot be read at all."""

    def __init__(self, detail: str = "") -> None:
        super().__init__(
            "Không đọc được kho chứng thư gốc (CSCA). Gọi bộ phận kỹ thuật.",
            "The CSCA trust store cannot be read. Call IT.",
            detail or "trust store unreadable",
        )


class UnexpectedReadError(CardError):
    """A read failed in a way the code does not expect (a bug): logged with its traceback."""

    def __init__(self, detail: str = "") -> None:
        super().__init__(
            "Lỗi không xác định khi đọc thẻ. Thử lại; nếu vẫn lỗi, nhập tay và gọi bộ phận "
            "kỹ thuật.",
            "Unexpected error while reading the card. Try again; if it persists, enter the "
            "data by hand and call IT.",
            detail or "unexpected error",
        )
