"""Account policy and the rules for login names, display names and passwords."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from station.accounts.errors import AccountError, InvalidDisplayNameError, InvalidOfficerIdError

MAX_PASSWORD_LENGTH = 128  # longer input is refused rather than hashed (cheap DoS guard)
MAX_DISPLAY_NAME = 100
# Below this length a login name would match inside too many ordinary passwords.
MIN_LOGIN_IN_PASSWORD = 3

_OFFICER_ID = re.compile(r"[a-z0-9][a-z0-9._-]{2,63}")

# Passwords people pick first, casefolded; a new password equal to one of them is refused.
# Short on purpose: the length and character rules do most of the work.
COMMON_PASSWORDS = frozenset(
    {
        "password", "password1", "password12", "password123", "passw0rd", "p@ssw0rd",
        "p@ssword1", "p@ssw0rd123", "123456789a", "a123456789", "1234567890a", "abc1234567",
        "abcd123456", "abc@123456", "abcd@12345", "abcde12345", "1qaz2wsx3e", "1q2w3e4r5t",
        "qwerty1234", "qwerty123456", "qwertyuiop1", "asdfghjkl1", "zxcvbnm123",
        "iloveyou12", "admin12345", "admin@12345", "admin123456", "administrator1",
        "welcome123", "letmein123", "changeme123", "matkhau123", "matkhau@123", "matkhau1234",
        "matkhaumoi1", "anhyeuem123", "emyeuanh123", "congan123", "congan@123", "congan1234",
        "cong@n123", "vietnam123", "vietnam@123", "vietnam1234", "hanoi12345", "hanoi@123",
        "saigon1234", "hochiminh1", "cccd123456", "cancuoc123", "123456789q", "qwe123456789",
    }
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class AccountPolicy:
    """Lockout, idle-lock and password rules (read from the station config)."""

    max_failed_attempts: int = 5
    lockout_minutes: int = 15
    idle_lock_minutes: int = 5  # the GUI locks the session after this long without input
    min_password_length: int = 10
    password_max_age_days: int | None = None  # None: passwords never expire

    def __post_init__(self) -> None:
        if self.max_failed_attempts < 1 or self.lockout_minutes < 1:
            raise ValueError("lockout needs at least one attempt and one minute")
        if self.idle_lock_minutes < 1:
            raise ValueError("idle lock needs at least one minute")
        if not 1 <= self.min_password_length <= MAX_PASSWORD_LENGTH:
            raise ValueError("minimum password length out of range")
        if self.password_max_age_days is not None and self.password_max_age_days < 1:
            raise ValueError("password maximum age must be at least one day")


class PasswordProblem(StrEnum):
    """One broken password rule."""

    TOO_SHORT = "too_short"
    TOO_LONG = "too_long"
    NO_LETTER = "no_letter"
    NO_DIGIT = "no_digit"
    CONTAINS_LOGIN = "contains_login"
    TOO_COMMON = "too_common"
    SAME_AS_OLD = "same_as_old"


class PasswordRuleError(AccountError):
    """A new password breaks one or more rules; the message lists every broken rule."""

    def __init__(self, problems: Sequence[PasswordProblem], policy: AccountPolicy) -> None:
        texts = [_problem_text(p, policy) for p in problems]
        super().__init__(
            "Mật khẩu chưa đạt: " + "; ".join(vi for vi, _ in texts) + ".",
            "The password is not acceptable: it " + "; it ".join(en for _, en in texts) + ".",
            "password rules broken: " + ",".join(problems),
        )
        self.problems = tuple(problems)


def _problem_text(problem: PasswordProblem, policy: AccountPolicy) -> tuple[str, str]:
    n = policy.min_password_length
    return {
        PasswordProblem.TOO_SHORT: (f"cần ít nhất {n} ký tự", f"needs at least {n} characters"),
        PasswordProblem.TOO_LONG: (
            f"dài quá {MAX_PASSWORD_LENGTH} ký tự",
            f"is longer than {MAX_PASSWORD_LENGTH} characters",
        ),
        PasswordProblem.NO_LETTER: ("cần có ít nhất một chữ cái", "needs at least one letter"),
        PasswordProblem.NO_DIGIT: ("cần có ít nhất một chữ số", "needs at least one digit"),
        PasswordProblem.CONTAINS_LOGIN: (
            "không được chứa tên đăng nhập",
            "must not contain the login name",
        ),
        PasswordProblem.TOO_COMMON: ("quá phổ biến, dễ bị đoán", "is too common and easy to guess"),
        PasswordProblem.SAME_AS_OLD: ("phải khác mật khẩu cũ", "must differ from the old password"),
    }[problem]


def normalise_password(password: str) -> str:
    """NFC form, so the same password typed with another input method still matches."""
    return unicodedata.normalize("NFC", password)


def password_problems(
    password: str, officer_id: str, policy: AccountPolicy, old: str | None = None
) -> list[PasswordProblem]:
    """Every rule *password* breaks (empty when acceptable); compares NFC forms."""
    pw = normalise_password(password)
    problems: list[PasswordProblem] = []
    if len(pw) < policy.min_password_length:
        problems.append(PasswordProblem.TOO_SHORT)
    if len(pw) > MAX_PASSWORD_LENGTH:
        problems.append(PasswordProblem.TOO_LONG)
    if not any(ch.isalpha() for ch in pw):
        problems.append(PasswordProblem.NO_LETTER)
    if not any(ch.isdecimal() for ch in pw):
        problems.append(PasswordProblem.NO_DIGIT)
    login = officer_id.strip().casefold()
    if len(login) >= MIN_LOGIN_IN_PASSWORD and login in pw.casefold():
        problems.append(PasswordProblem.CONTAINS_LOGIN)
    if pw.casefold() in COMMON_PASSWORDS:
        problems.append(PasswordProblem.TOO_COMMON)
    if old is not None and normalise_password(old) == pw:
        problems.append(PasswordProblem.SAME_AS_OLD)
    return problems


def check_password(
    password: str, officer_id: str, policy: AccountPolicy, old: str | None = None
) -> None:
    """Raise :class:`PasswordRuleError` listing every rule *password* breaks."""
    problems = password_problems(password, officer_id, policy, old)
    if problems:
        raise PasswordRuleError(problems, policy)


def normalise_officer_id(officer_id: str) -> str:
    """The login name as stored: trimmed and lower-case (logins are case-insensitive)."""
    return officer_id.strip().lower()


def check_officer_id(officer_id: str) -> str:
    """The normalised login name, or :class:`InvalidOfficerIdError`."""
    normalised = normalise_officer_id(officer_id)
    if not _OFFICER_ID.fullmatch(normalised):
        raise InvalidOfficerIdError()
    return normalised


def check_display_name(display_name: str) -> str:
    """The display name in NFC with spaces tidied, or :class:`InvalidDisplayNameError`."""
    name = " ".join(unicodedata.normalize("NFC", display_name).split())
    if not 0 < len(name) <= MAX_DISPLAY_NAME:
        raise InvalidDisplayNameError()
    if any(unicodedata.category(ch).startswith("C") for ch in name):
        raise InvalidDisplayNameError()
    return name
