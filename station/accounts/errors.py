"""Typed, bilingual errors of the account service; details carry no login names or passwords."""

from __future__ import annotations

import datetime as dt

from station.errors import StationError


class AccountError(StationError):
    """Base of every account error the officer may see."""


class LoginFailedError(AccountError):
    """Unknown login name or wrong password: deliberately one message for both."""

    def __init__(self) -> None:
        super().__init__(
            "Sai tên đăng nhập hoặc mật khẩu.",
            "Wrong login name or password.",
            "login failed",
        )


class WrongCurrentPasswordError(AccountError):
    """The current password given when changing it is wrong (counts as a failed attempt)."""

    def __init__(self) -> None:
        super().__init__(
            "Mật khẩu hiện tại không đúng.",
            "The current password is wrong.",
            "current password did not verify",
        )


class AccountLockedError(AccountError):
    """Too many failed attempts: the account is locked until a given time."""

    def __init__(self, until: dt.datetime, local_tz: dt.tzinfo | None) -> None:
        # astimezone(None) converts to the computer's own time zone.
        hhmm = until.astimezone(local_tz).strftime("%H:%M")
        super().__init__(
            f"Tài khoản tạm khóa do nhập sai mật khẩu nhiều lần. Thử lại sau {hhmm} "
            "hoặc nhờ quản trị viên đặt lại mật khẩu.",
            f"The account is locked after too many wrong passwords. Try again after {hhmm} "
            "or ask an administrator to reset the password.",
            f"account locked until {until.isoformat(timespec='seconds')}",
        )
        self.until = until
        self.until_local = hhmm


class AccountDisabledError(AccountError):
    """The account exists but an administrator has disabled it."""

    def __init__(self) -> None:
        super().__init__(
            "Tài khoản đã bị vô hiệu hóa. Liên hệ quản trị viên.",
            "This account is disabled. Contact an administrator.",
            "account disabled",
        )


class PermissionDeniedError(AccountError):
    """The acting account may not do this (only administrators manage accounts)."""

    def __init__(self, what: str) -> None:
        super().__init__(
            "Chỉ quản trị viên đang hoạt động mới được quản lý tài khoản.",
            "Only an active administrator may manage accounts.",
            f"permission denied: {what}",
        )


class AdminExistsError(AccountError):
    """The station already has an administrator: the first-admin setup runs only once."""

    def __init__(self) -> None:
        super().__init__(
            "Trạm đã có quản trị viên. Hãy đăng nhập bằng tài khoản quản trị để tạo tài khoản.",
            "The station already has an administrator. Log in as an administrator to "
            "create accounts.",
            "first admin already exists",
        )


class AccountExistsError(AccountError):
    """The login name is already taken."""

    def __init__(self) -> None:
        super().__init__(
            "Tên đăng nhập này đã được dùng.",
            "This login name is already in use.",
            "officer id already exists",
        )


class AccountNotFoundError(AccountError):
    """An administrator acted on a login name that does not exist."""

    def __init__(self) -> None:
        super().__init__(
            "Không tìm thấy tài khoản.",
            "No such account.",
            "officer id not found",
        )


class SelfChangeError(AccountError):
    """An administrator tried to disable or demote their own account (the station keeps one)."""

    def __init__(self) -> None:
        super().__init__(
            "Không thể tự vô hiệu hóa hoặc hạ quyền tài khoản của chính mình.",
            "You cannot disable or demote your own account.",
            "self disable/demote refused",
        )


class InvalidOfficerIdError(AccountError):
    """The login name does not follow the rules."""

    def __init__(self) -> None:
        super().__init__(
            "Tên đăng nhập phải dài 3–64 ký tự, chỉ gồm chữ thường không dấu (a–z), "
            "chữ số và dấu . _ -, bắt đầu bằng chữ hoặc số.",
            "The login name needs 3–64 characters: lower-case letters a–z, digits and . _ -, "
            "starting with a letter or digit.",
            "invalid officer id",
        )


class InvalidDisplayNameError(AccountError):
    """The display name is empty, too long or holds control characters."""

    def __init__(self) -> None:
        super().__init__(
            "Họ tên hiển thị phải có từ 1 đến 100 ký tự.",
            "The display name needs 1 to 100 characters.",
            "invalid display name",
        )
